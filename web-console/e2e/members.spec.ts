import { expect, test, type Page } from '@playwright/test'
import { expectNoHorizontalOverflow, logIn, menuEntry, screenshot } from './support'

/**
 * The tenant admin of democorp enters a member with a valid ID-card number: birth date and gender are read from
 * it, the member is found by the pinyin initials of the name (zsf), and the detail shows the number masked.
 * On a phone the member list fits the width.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** A GB 11643 number with a valid check digit: Beijing Chaoyang, born on the given day, sequence odd (a man). */
function idNumber(birth: string, sequence: number): string {
  const first17 = `110105${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * WEIGHTS[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

// A unique name per run whose initials start with zsf: 张三丰 and two characters more.
const SUFFIX = '一二三四五六七八九十甲乙丙丁'
const pick = () => SUFFIX[Math.floor(Math.random() * SUFFIX.length)]
const NAME = `张三丰${pick()}${pick()}`
const year = 1970 + Math.floor(Math.random() * 30)
const BIRTH = `${year}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`
const ID = idNumber(BIRTH, 1 + 2 * Math.floor(Math.random() * 499))
const BRANCH = '综合管理部党支部'

/** Element Plus puts a data-test on an el-input's (or date picker's) native input, not its wrapper. */
const input = (page: Page, testId: string) => page.locator(`input[data-test=${testId}], [data-test=${testId}] input`).first()

async function pickDate(page: Page, testId: string, date: string) {
  const field = input(page, testId)
  await field.fill(date)
  await field.press('Enter')
}

test('a tenant admin enters a member, finds them by pinyin initials and opens the detail with the number masked', async ({ page }) => {
  await logIn(page, 'corp-admin')
  await menuEntry(page, 'affairs.members').click()
  await expect(page).toHaveURL(/\/affairs\/members$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党员管理')

  await page.locator('[data-test=create-member]').click()
  await expect(page.locator('[data-test=member-form]')).toBeVisible()
  await page.locator('[data-test=member-org]').first().click()
  await page.locator('.el-popper:visible').getByText(BRANCH, { exact: true }).click()
  await input(page, 'member-name-input').fill(NAME)

  // A wrong check digit is caught before anything is sent.
  const wrong = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0')
  const id = input(page, 'member-id-number')
  await id.fill(wrong)
  await id.blur()
  await expect(page.locator('.el-form-item', { has: id }).locator('.el-form-item__error')).toContainText('校验码')

  // The right one fills in birth date and gender.
  await id.fill(ID)
  await id.blur()
  await expect(input(page, 'member-birth-date')).toHaveValue(BIRTH)
  await expect(page.getByRole('radio', { name: '男' })).toBeChecked()

  await page.locator('[data-test=member-category]').getByText('正式党员').click()
  await pickDate(page, 'member-probationaryDate', '2010-06-01')
  await pickDate(page, 'member-fullMembershipDate', '2011-06-01')
  await page.locator('[data-test=member-submit]').click()

  await expect(page).toHaveURL(/\/affairs\/members\/[0-9a-f-]{36}$/)
  await expect(page.locator('[data-test=member-name]')).toHaveText(NAME)
  const masked = `${ID.slice(0, 3)}***********${ID.slice(14)}`
  await expect(page.locator('[data-test=id-masked]')).toHaveText(masked)
  await expect(page.locator('[data-test=member-data]')).toContainText(BRANCH)
  await expect(page.locator('[data-test=member-data]')).not.toContainText(ID)
  await expect(page.locator('[data-test=member-history]')).toContainText('建档')
  await screenshot(page, 'member-detail')

  // The tenant admin reveals the full number after a confirmation; it is shown, not kept.
  await page.locator('[data-test=reveal]').click()
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  await expect(page.locator('[data-test=id-revealed]')).toContainText(ID)
  await page.reload()
  await expect(page.locator('[data-test=id-masked]')).toHaveText(masked)
  await expect(page.locator('[data-test=id-revealed]')).toHaveCount(0)

  // The status dialog offers only what the server accepts: a full member cannot be converted to full.
  await page.locator('[data-test=change-status]').click()
  await page.locator('[data-test=operation]').click()
  await expect(page.locator('.el-select-dropdown__item.is-disabled', { hasText: '预备党员转正' })).toBeVisible()
  await expect(page.locator('.el-select-dropdown__item:not(.is-disabled)', { hasText: '流动' })).toBeVisible()
  const dialog = page.getByRole('dialog', { name: `党员状态变更：${NAME}` })
  await dialog.locator('.el-dialog__title').click() // closes the option list
  await expect(page.locator('.el-select-dropdown__item', { hasText: '预备党员转正' })).toBeHidden()
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  // Back in the list, the pinyin initials find the member.
  await page.goto('/affairs/members')
  await input(page, 'member-search').fill('zsf')
  await input(page, 'member-search').press('Enter')
  await expect(page).toHaveURL(/q=zsf/)
  const table = page.locator('[data-test=member-table]')
  await expect(table.getByText(NAME, { exact: true })).toBeVisible()
  await expect(table).toContainText(masked)
  await screenshot(page, 'members-list')

  await table.getByText(NAME, { exact: true }).click()
  await expect(page.locator('[data-test=member-name]')).toHaveText(NAME)

  // On a 375-px phone the list becomes cards and nothing scrolls sideways; so does the detail.
  await page.setViewportSize({ width: 375, height: 812 })
  await page.goto('/affairs/members?q=zsf')
  const cards = page.locator('[data-test=member-cards]')
  await expect(cards.getByText(NAME, { exact: true })).toBeVisible()
  await expect(page.locator('[data-test=member-table]')).toHaveCount(0)
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-members-list')
  await cards.getByText(NAME, { exact: true }).click()
  await expect(page.locator('[data-test=member-data]')).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-member-detail')
})
