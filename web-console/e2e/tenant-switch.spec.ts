import { expect, test, type Page } from '@playwright/test'
import { DEMO, logIn, screenshot, TWO_TENANT_USER } from './support'

/** A user of democorp and demobureau switches between them and sees each tenant's own data only. */

async function switchTo(page: Page, key: keyof typeof DEMO) {
  const profileCall = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/tenant/profile')
  await page.locator('[data-test=tenant-switcher]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: DEMO[key] }).click()
  expect((await profileCall).headers()['x-tenant']).toBe(key)
}

async function expectProfileOf(page: Page, key: keyof typeof DEMO) {
  const profile = page.locator('[data-page=profile] .el-descriptions')
  await expect(profile).toContainText(DEMO[key])
  await expect(profile).toContainText(key)
  for (const other of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
    if (other !== key) {
      await expect(profile).not.toContainText(DEMO[other])
      await expect(profile).not.toContainText(other)
    }
  }
  const switcher = page.locator('[data-test=tenant-switcher]')
  await expect(switcher).toContainText(DEMO[key])
  // The switcher shows the whole name, not a sliver of it.
  const label = switcher.locator('.el-select__placeholder span').first()
  expect(await label.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(0)
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right
    <= el.closest('.el-select')!.getBoundingClientRect().right)).toBe(true)
}

test('a user of two tenants switches between them and sees each tenant’s own profile only', async ({ page }) => {
  await logIn(page, TWO_TENANT_USER)
  const switcher = page.locator('[data-test=tenant-switcher]')
  await expect(switcher).toBeVisible()

  await page.getByRole('menuitem', { name: '单位信息' }).click()
  await expect(page.locator('[data-page=profile] .el-descriptions')).toBeVisible()
  // The first tenant is whichever /api/me lists first: start from democorp either way.
  if (!(await switcher.textContent())?.includes(DEMO.democorp)) await switchTo(page, 'democorp')
  await expectProfileOf(page, 'democorp')
  await screenshot(page, 'tenant-profile-democorp')

  await switchTo(page, 'demobureau')
  await expect(page.locator('.el-message--success', { hasText: `已切换到 ${DEMO.demobureau}` })).toBeVisible()
  await expectProfileOf(page, 'demobureau')
  await screenshot(page, 'tenant-profile-demobureau')

  // The same screen in English, through the console's language switch.
  await page.locator('[data-test=language]').click()
  await page.locator('.el-dropdown-menu__item:visible', { hasText: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation profile')
  await expectProfileOf(page, 'demobureau')
  await expect(page.locator('.el-message')).toHaveCount(0) // the Chinese notices of before have gone
  await screenshot(page, 'tenant-profile-demobureau', 'en')

  await switchTo(page, 'democorp')
  await expectProfileOf(page, 'democorp')
})
