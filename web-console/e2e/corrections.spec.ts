import { expect, test, type Page } from '@playwright/test'
import { expectNoHorizontalOverflow, logIn, screenshot } from './support'

/**
 * Correction requests (信息修改审核) end to end on the demo platform: 孙志强 (corp-member), a member who reads only
 * his own archive, opens 我的档案 on a 375 × 812 phone, sees his ID-card number masked and asks for a new phone
 * number; 赵红梅 (corp-secretary), secretary of his branch, approves it at her desk, and his archive then holds the
 * new number with a history line. Each run asks for a number of its own, so runs do not disturb each other.
 */

test.describe.configure({ mode: 'serial' })

const PHONE = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
const REASON = '更换了手机号码（浏览器测试）'
const MEMBER = '孙志强'
const BRANCH = '综合管理部党支部'

/** Element Plus puts a data-test on an el-input's native input (or textarea), not its wrapper. */
const field = (page: Page, testId: string) =>
  page.locator(`input[data-test=${testId}], textarea[data-test=${testId}], [data-test=${testId}] input`).first()

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('a member sees his own archive with the ID number masked and asks for a correction', async ({ page }) => {
    await logIn(page, 'corp-member')
    await page.locator('[data-test=menu-toggle]').click()
    const drawer = page.locator('.pc-drawer')
    await expect(drawer).toBeVisible()
    await drawer.getByRole('menuitem', { name: '我的档案' }).click()
    await expect(drawer).toBeHidden()
    await expect(page).toHaveURL(/\/me\/archive$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的档案')

    await expect(page.locator('[data-test=member-name]')).toHaveText(MEMBER)
    // Masked as the server masks it (110***********002X); a member is never offered the full number.
    await expect(page.locator('[data-test=id-masked]')).toHaveText(/^\d{3}\*{11}\d{3}[\dX]$/)
    await expect(page.locator('[data-test=reveal]')).toHaveCount(0)
    await expect(page.locator('[data-test=member-party]')).toContainText(BRANCH)
    await expect(page.locator('[data-test=member-history]')).toContainText('建档')
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'phone-my-archive')

    // The form opens full-screen; nothing is sent before a field is picked.
    await page.locator('[data-test=ask-correction]').click()
    const dialog = page.locator('[data-test=correction-dialog]')
    await expect(dialog).toBeVisible()
    await dialog.locator('[data-test=correction-submit]').click()
    await expect(dialog.locator('.el-form-item__error').first()).toContainText('请至少选择一项')

    await dialog.locator('[data-test=correction-fields] [data-field=phone]').click()
    await field(page, 'correction-value-phone').fill(PHONE)
    await field(page, 'correction-reason').fill(REASON)
    await expect(dialog.locator('.el-form-item__error')).toHaveCount(0)
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'phone-correction-form')

    await dialog.locator('[data-test=correction-submit]').click()
    await expect(dialog).toBeHidden()
    await expect(page.locator('.el-message--success')).toContainText('更正申请已提交')

    const request = page.locator('[data-test=my-corrections] .el-card', { hasText: PHONE })
    await expect(request).toHaveAttribute('data-status', 'pending')
    await expect(request.locator('[data-test=correction-status]')).toHaveText('待处理')
    await expect(request).toContainText(`联系电话：`)
    await expect(request).toContainText(REASON)
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'phone-my-archive-pending')
  })
})

test('the branch secretary approves the request and the archive holds the new number', async ({ page }) => {
  await logIn(page, 'corp-secretary')
  await page.getByRole('menuitem', { name: '更正申请' }).click()
  await expect(page).toHaveURL(/\/affairs\/corrections$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('更正申请')

  // Pending requests are shown first: his is there, with what it asks (old → new), why and where he belongs.
  const table = page.locator('[data-test=correction-table]')
  const row = table.locator('tr.el-table__row', { hasText: PHONE })
  await expect(row).toBeVisible()
  await expect(row).toContainText(MEMBER)
  await expect(row).toContainText(BRANCH)
  await expect(row).toContainText(`→ ${PHONE}`)
  await expect(row).toContainText(REASON)
  await expect(row).toContainText('待处理')
  await screenshot(page, 'corrections-pending')

  await row.locator('[data-test=approve]').click()
  await page.locator('.el-message-box').getByRole('button', { name: '通过' }).click()
  await expect(page.locator('.el-message--success')).toContainText('已通过')
  // The list refreshes: decided, it leaves the pending ones.
  await expect(row).toHaveCount(0)

  await page.locator('[data-test=status-filter] [data-status=approved]').click()
  await expect(page).toHaveURL(/status=approved/)
  const approved = table.locator('tr.el-table__row', { hasText: PHONE })
  await expect(approved).toContainText('已通过')
  await expect(approved.locator('[data-test=approve]')).toHaveCount(0)
  await screenshot(page, 'corrections-approved')

  // His archive now holds the new number, and its history says by which correction.
  await approved.getByRole('link', { name: MEMBER }).click()
  await expect(page).toHaveURL(/\/affairs\/members\/[0-9a-f-]{36}$/)
  await expect(page.locator('[data-test=member-name]')).toHaveText(MEMBER)
  await expect(page.locator('[data-test=member-data]')).toContainText(PHONE)
  await expect(page.locator('[data-test=member-history]')).toContainText('信息更正')
  await expect(page.locator('[data-test=member-history]')).toContainText(PHONE)
  await screenshot(page, 'correction-applied')
})
