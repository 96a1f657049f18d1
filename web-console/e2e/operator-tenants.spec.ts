import { expect, test, type Page } from '@playwright/test'
import { callApi, logIn, screenshot } from './support'

/** The operator registers a tenant through the form and follows its provisioning until it is ACTIVE. */

const key = `e2e${Date.now().toString(36)}`

function fieldError(page: Page, name: string) {
  return page.locator('.el-form-item', { has: page.locator(`input[name="${name}"]`) }).locator('.el-form-item__error')
}

function registrationCall(page: Page) {
  return page.waitForResponse((r) => new URL(r.url()).pathname === '/api/tenant/tenants' && r.request().method() === 'POST')
}

test('the operator creates a tenant, the server refuses a bad or taken key at the field, the new tenant becomes ACTIVE', async ({ page }) => {
  await logIn(page, 'operator', 'login')
  await screenshot(page, 'operator-home')

  await page.getByRole('menuitem', { name: '租户管理' }).click()
  const table = page.locator('[data-test=tenant-table]')
  await expect(table.locator('tr', { hasText: 'democorp' })).toBeVisible()
  await expect(table.locator('tr', { hasText: 'demobureau' })).toBeVisible()
  await screenshot(page, 'operator-tenant-list')

  await page.locator('[data-test=create-tenant]').click()
  await expect(page.locator('[data-test=tenant-form]')).toBeVisible()
  await page.locator('input[name="name"]').fill(`浏览器测试单位 ${key}`)
  await page.locator('[data-test=tenant-form] .el-radio', { hasText: '企业' }).click()
  await page.locator('[data-test=plan]').click()
  await page.locator('.el-select-dropdown__item:visible').first().click()
  await page.locator('input[name="contactName"]').fill('测试联系人')
  await page.locator('input[name="contactPhone"]').fill('13912345678')
  await page.locator('input[name="adminEmail"]').fill(`${key}@example.com`)

  // A bad key: the form's own rule (the same pattern as the server's) would stop it before sending, so the test
  // sends a valid key and rewrites it to `Bad-Key` on the way out: the server's 400 is what the field shows.
  await page.locator('input[name="key"]').fill(key)
  await page.route('**/api/tenant/tenants', async (route) => {
    const request = route.request()
    if (request.method() !== 'POST') return route.continue()
    await route.continue({ postData: JSON.stringify({ ...request.postDataJSON(), key: 'Bad-Key' }) })
  }, { times: 1 })
  let answer = registrationCall(page)
  await page.locator('[data-test=submit]').click()
  const refused = await answer
  expect(refused.status()).toBe(400)
  expect(Object.keys((await refused.json()).errors ?? {})).toContain('key')
  await expect(fieldError(page, 'key')).toHaveText('3–30 位：小写字母开头，其后为小写字母或数字')
  await screenshot(page, 'operator-tenant-create-bad-key')

  // A taken key passes every rule of the form: only the server knows, and says so at the field.
  await page.locator('input[name="key"]').fill('democorp')
  await expect(fieldError(page, 'key')).toHaveCount(0)
  answer = registrationCall(page)
  await page.locator('[data-test=submit]').click()
  expect((await answer).status()).toBe(409)
  await expect(fieldError(page, 'key')).toContainText('该租户标识已被使用')
  await screenshot(page, 'operator-tenant-create-key-taken')

  await page.locator('input[name="key"]').fill(key)
  answer = registrationCall(page)
  await page.locator('[data-test=submit]').click()
  expect((await answer).status()).toBe(202)
  await expect(page.locator('[data-test=one-time-password]')).toContainText(`${key}-admin`)
  const progress = page.locator('[data-test=provisioning]')
  await expect(progress).toBeVisible()
  await screenshot(page, 'operator-tenant-provisioning')
  await expect(progress).toHaveAttribute('data-status', 'ACTIVE', { timeout: 120_000 })
  await expect(progress).toContainText('租户已开通')
  await screenshot(page, 'operator-tenant-active')

  await page.getByRole('button', { name: '查看租户' }).click()
  await expect(page.locator('[data-test=tenant-data]')).toContainText(key)
  await expect(page.locator('.el-page-header')).toContainText('正常')
  await screenshot(page, 'operator-tenant-detail')

  // Nothing left behind on a platform that outlives the run: the deletion runs on in the background.
  expect((await callApi(page, 'DELETE', `/api/tenant/tenants/${key}`)).status).toBe(202)
})
