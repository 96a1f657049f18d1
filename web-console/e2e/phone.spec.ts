import { expect, test } from '@playwright/test'
import { expectNoHorizontalOverflow, logIn, screenshot } from './support'

/** On a 375 × 812 phone: the menu is a drawer, the tenant table becomes cards, nothing scrolls sideways. */

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

test('on a phone the menu collapses into a drawer, the tenant list becomes cards and nothing overflows', async ({ page }) => {
  await logIn(page, 'operator', 'phone-login')
  await expect(page.locator('.pc-aside')).toHaveCount(0)
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-home')

  const toggle = page.locator('[data-test=menu-toggle]')
  const drawer = page.locator('.pc-drawer')
  await toggle.click()
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('menuitem', { name: '租户管理' })).toBeVisible()
  await screenshot(page, 'phone-menu-drawer')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  await toggle.click()
  await expect(drawer).toBeVisible()
  await drawer.getByRole('menuitem', { name: '租户管理' }).click()
  await expect(drawer).toBeHidden()
  await expect(page).toHaveURL(/\/operator\/tenants$/)
  const cards = page.locator('[data-test=tenant-cards]')
  await expect(cards.locator('[data-tenant=democorp]')).toBeVisible()
  await expect(page.locator('[data-test=tenant-table]')).toHaveCount(0)
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-tenant-cards')

  await cards.locator('[data-tenant=democorp]').click()
  await expect(page.locator('[data-test=tenant-data]')).toContainText('示范集团公司党委')
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-tenant-detail')

  await page.goto('/operator/tenants/new')
  await expect(page.locator('[data-test=tenant-form]')).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-tenant-create')
})

test('on a phone a tenant admin’s screens fit the width', async ({ page }) => {
  await logIn(page, 'corp-admin')
  for (const [path, screen] of [['/tenant/modules', 'phone-tenant-modules'], ['/tenant/profile', 'phone-tenant-profile']]) {
    await page.goto(path)
    await expect(page.locator('.el-card, .el-descriptions').first()).toBeVisible()
    await expectNoHorizontalOverflow(page)
    await screenshot(page, screen)
  }
})
