import { expect, test } from '@playwright/test'
import { callApi, logIn, menuEntry, screenshot } from './support'

/**
 * The tenant admin of democorp turns 在线学习 (learning.courses) off: it leaves the menu and the gateway refuses
 * its API; on again, both come back. The module is on again at the end, whatever happened.
 */

const MODULE = 'learning.courses'
const API = '/api/learning/courses'
const TENANT = 'democorp'

test.afterEach(async ({ page }) => {
  if (!page.url().startsWith('http')) return
  await callApi(page, 'PUT', `/api/tenant/modules/${MODULE}`, TENANT, { enabled: true }).catch(() => undefined)
})

test('a tenant admin turns a module off: it leaves the menu and its API answers 403; on again, it returns', async ({ page }) => {
  await logIn(page, 'corp-admin')
  await expect(menuEntry(page, MODULE)).toBeVisible()
  expect((await callApi(page, 'GET', API, TENANT)).status).toBe(200)

  await page.getByRole('menuitem', { name: '功能模块' }).click()
  const toggle = page.locator(`.pc-switch-row[data-module="${MODULE}"] .el-switch`)
  await expect(toggle).toHaveClass(/is-checked/)
  await screenshot(page, 'tenant-admin-modules')

  await toggle.click()
  await expect(toggle).not.toHaveClass(/is-checked/)
  await expect(page.locator('.el-message--success', { hasText: '已关闭 在线学习' })).toBeVisible()
  await expect(menuEntry(page, MODULE)).toHaveCount(0)
  // The gateway learns of the switch from the tenant feed, a moment later.
  await expect.poll(() => callApi(page, 'GET', API, TENANT), { timeout: 15_000 })
    .toEqual({ status: 403, type: 'urn:partycloud:problem:module-disabled' })
  await screenshot(page, 'tenant-admin-module-off')

  // A deep link to the module's page shows "forbidden", not the page.
  await page.goto('/learning/courses')
  await expect(page.locator('.pc-shell')).toBeVisible()
  await expect(page).toHaveURL(/\/forbidden/)

  await page.getByRole('menuitem', { name: '功能模块' }).click()
  await toggle.click()
  await expect(toggle).toHaveClass(/is-checked/)
  await expect(menuEntry(page, MODULE)).toBeVisible()
  await expect.poll(async () => (await callApi(page, 'GET', API, TENANT)).status, { timeout: 15_000 }).toBe(200)
  await screenshot(page, 'tenant-admin-module-on')
})
