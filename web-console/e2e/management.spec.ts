import { mkdir, readFile } from 'node:fs/promises'
import { expect, test, type Download, type Locator, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { logIn, menuEntry, screenshot } from './support'

/**
 * Organisation and member management as democorp's people do it, on the demo platform (its data stays between
 * runs, so every run builds its own tree with names and codes of its own):
 * 1. the tenant admin (corp-admin) builds 党委 → 党总支 → 党支部 under the existing root in 组织管理, enters a member
 *    of the new branch through the member form, fills the import template downloaded through 下载模板 with two good
 *    rows and one whose ID-card number has a wrong check digit; 全部导入 is refused with the row and column named,
 *    仅导入有效行 imports 2; the list filtered to the branch holds 3 members, and 导出 downloads them as an .xlsx;
 * 2. the first branch's secretary (corp-secretary, 赵红梅) sees her branch's members only, cannot find the new
 *    branch's member, and has the spreadsheet buttons (officers maintain their members).
 */

test.describe.configure({ mode: 'serial' })

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

interface Person {
  name: string
  idNumber: string
  birth: string
  gender: '男' | '女'
}

/** A GB 11643 number (Beijing Chaoyang) with its check digit, for a random birth day; odd sequence = a man. */
function person(name: string, gender: '男' | '女'): Person {
  const year = 1960 + Math.floor(Math.random() * 36)
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const sequence = 2 * Math.floor(Math.random() * 499) + (gender === '男' ? 1 : 2)
  const first17 = `110105${year}${month}${day}${String(sequence).padStart(3, '0')}`
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * WEIGHTS[i], 0)
  return { name, idNumber: first17 + CHECK[sum % 11], birth: `${year}-${month}-${day}`, gender }
}

/** The same number with another check digit: GB 11643 refuses it. */
function wrongCheckDigit(idNumber: string): string {
  const right = idNumber[17]
  return idNumber.slice(0, 17) + [...CHECK].find((c) => c !== right)
}

// One run's own organisation names and codes (the time in base 36); the people's names end in two Chinese numerals
// of the time, so they read as names: they need not be unique, since the run's branch and numbers are.
const RUN = Date.now().toString(36).toUpperCase()
const DIGITS = '零一二三四五六七八九'
const TAG = [...String(Date.now()).slice(-2)].map((d) => DIGITS[Number(d)]).join('')
const ROOT = '中共示范集团有限公司委员会'
const COMMITTEE = { name: `测试分公司党委${RUN}`, code: `E2E-${RUN}-DW`, type: '党委' }
const GENERAL = { name: `测试党总支${RUN}`, code: `E2E-${RUN}-DZZ`, type: '党总支' }
const BRANCH = { name: `测试第一党支部${RUN}`, code: `E2E-${RUN}-ZB`, type: '党支部' }
const ENTERED = person(`林${TAG}`, '女')
const IMPORTED = [person(`郑${TAG}`, '男'), person(`冯${TAG}`, '女')]
const BAD = { ...person(`陈${TAG}`, '男') }
BAD.idNumber = wrongCheckDigit(BAD.idNumber)
/** 赵红梅's branch, the first of democorp, and one of its members. */
const SECRETARY_BRANCH = '综合管理部党支部'
const SECRETARY_BRANCH_MEMBER = '孙志强'

/** Element Plus puts a data-test on an el-input's (or date picker's) native input, not its wrapper. */
const input = (page: Page, testId: string) => page.locator(`input[data-test=${testId}], [data-test=${testId}] input`).first()
/** A form item of a dialog by its label. */
const item = (scope: Locator, label: string) =>
  scope.locator('.el-form-item').filter({ has: scope.page().locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) })
/** The open drop-down (select or tree-select) of Element Plus. */
const popper = (page: Page) => page.locator('.el-popper:visible')

async function pickDate(page: Page, testId: string, date: string) {
  const field = input(page, testId)
  await field.fill(date)
  await field.press('Enter')
}

/** A downloaded .xlsx: its name says so and it is a zip (PK); answers where Playwright saved it. */
async function expectXlsx(download: Download): Promise<string> {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const path = await download.path()
  const bytes = await readFile(path)
  expect(bytes.subarray(0, 2).toString('latin1'), 'an .xlsx is a zip').toBe('PK')
  return path
}

/** The text of a cell as a person reads it (exceljs gives rich text and dates as objects). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('')
  return String(value)
}

/** Creates an organisation from the open 新增组织 dialog; the tree then selects it. */
async function createOrganization(page: Page, org: { name: string; code: string; type: string }, parent: string) {
  const dialog = page.getByRole('dialog', { name: '新增组织' })
  await expect(dialog).toBeVisible()
  await expect(item(dialog, '上级组织')).toContainText(parent)
  await item(dialog, '名称').locator('input').fill(org.name)
  const type = item(dialog, '类型')
  if ((await type.locator('.el-select').innerText()).trim() !== org.type) {
    await type.locator('.el-select').click()
    await popper(page).locator('.el-select-dropdown__item').getByText(org.type, { exact: true }).click()
  }
  await expect(type.locator('.el-select')).toHaveText(org.type)
  await item(dialog, '编码').locator('input').fill(org.code)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.el-message--success', { hasText: `已新增 ${org.name}` })).toBeVisible()
  const detail = page.locator('[data-test=org-detail]')
  await expect(detail.locator('h2')).toHaveText(org.name)
  await expect(detail.locator('.el-descriptions')).toContainText(org.code)
  await expect(detail.locator('.el-descriptions')).toContainText(parent)
}

test('a tenant admin builds a three-level tree, enters and imports members of the new branch and exports them', async ({ page }, testInfo) => {
  await logIn(page, 'corp-admin')

  // ---- 组织管理: 党委 under the existing root, 党总支 under it, 党支部 under that ----
  await page.locator('.pc-menu [data-menu="/affairs/organizations"]').click()
  await expect(page).toHaveURL(/\/affairs\/organizations$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('组织管理')
  const tree = page.locator('[data-test=org-tree]')
  await tree.locator('.pc-org-node', { hasText: ROOT }).click()
  await expect(page.locator('[data-test=org-detail] h2')).toHaveText(ROOT)

  let parent = ROOT
  for (const org of [COMMITTEE, GENERAL, BRANCH]) {
    await page.getByRole('button', { name: '新增下级' }).click()
    await createOrganization(page, org, parent)
    parent = org.name
  }
  // The tree filtered by this run's tag: the three levels under the root, each the one above's child.
  await page.getByPlaceholder('筛选组织').fill(RUN)
  for (const org of [COMMITTEE, GENERAL, BRANCH]) {
    await expect(tree.locator('.pc-org-node', { hasText: org.name })).toBeVisible()
    await expect(tree.locator('.pc-org-node', { hasText: org.name })).toContainText(org.type)
  }
  const level = (name: string) => tree.locator('.el-tree-node__content', { hasText: name })
    .evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft))
  const [root, committee, general, branch] = [await level(ROOT), await level(COMMITTEE.name), await level(GENERAL.name), await level(BRANCH.name)]
  expect(committee).toBeGreaterThan(root)
  expect(general).toBeGreaterThan(committee)
  expect(branch).toBeGreaterThan(general)
  await screenshot(page, 'management-org-tree')

  // ---- 党员管理: one member through the form ----
  await menuEntry(page, 'affairs.members').click()
  await expect(page).toHaveURL(/\/affairs\/members$/)
  await page.locator('[data-test=create-member]').click()
  await expect(page.locator('[data-test=member-form]')).toBeVisible()
  await page.locator('[data-test=member-org]').first().click()
  await popper(page).getByText(BRANCH.name, { exact: true }).click()
  await input(page, 'member-name-input').fill(ENTERED.name)
  const id = input(page, 'member-id-number')
  await id.fill(ENTERED.idNumber)
  await id.blur()
  await expect(input(page, 'member-birth-date')).toHaveValue(ENTERED.birth)
  await expect(page.getByRole('radio', { name: ENTERED.gender })).toBeChecked()
  await page.locator('[data-test=member-category]').getByText('正式党员').click()
  await pickDate(page, 'member-probationaryDate', '2015-07-01')
  await pickDate(page, 'member-fullMembershipDate', '2016-07-01')
  await page.locator('[data-test=member-submit]').click()
  await expect(page).toHaveURL(/\/affairs\/members\/[0-9a-f-]{36}$/)
  await expect(page.locator('[data-test=member-name]')).toHaveText(ENTERED.name)
  await expect(page.locator('[data-test=member-data]')).toContainText(BRANCH.name)

  // ---- the import template, downloaded through the console and filled in ----
  await page.goto('/affairs/members')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党员管理')
  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=import-template]').click()])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await expectXlsx(template))
  const codes = workbook.getWorksheet('组织编码')
  expect(codes, 'the template lists the organisation codes').toBeTruthy()
  const listed: string[] = []
  codes!.eachRow((row) => listed.push(cellText(row.getCell(1).value)))
  expect(listed).toContain(BRANCH.code)

  const sheet = workbook.worksheets[0]
  const columns = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, col) => columns.set(cellText(cell.value).replace(/[\s*＊]/g, ''), col))
  const put = (row: number, header: string, value: string) => {
    const col = columns.get(header)
    expect(col, `template column ${header}`).toBeTruthy()
    sheet.getCell(row, col!).value = value
  }
  ;[...IMPORTED, BAD].forEach((p, i) => {
    const row = 2 + i
    put(row, '姓名', p.name)
    put(row, '性别', p.gender)
    put(row, '出生日期', p.birth)
    put(row, '公民身份号码', p.idNumber)
    put(row, '所在组织(组织编码)', BRANCH.code)
    put(row, '人员类别', '正式党员')
    put(row, '入党日期(预备)', '2012-07-01')
    put(row, '转正日期', '2013-07-01')
  })
  const BAD_ROW = 4
  await mkdir(testInfo.outputDir, { recursive: true })
  const file = testInfo.outputPath(`members-${RUN}.xlsx`)
  await workbook.xlsx.writeFile(file)

  // ---- 导入: all or nothing is refused with the bad row named; the valid rows then go in ----
  await page.locator('[data-action=import]').click()
  const dialog = page.locator('[data-test=import-dialog]')
  await expect(dialog).toBeVisible()
  await dialog.locator('[data-field=import-file]').setInputFiles(file)
  await expect(dialog.locator('[data-field=import-file-name]')).toContainText(`members-${RUN}.xlsx`)
  await expect(dialog.locator('[data-mode=all]')).toHaveClass(/is-checked/)
  await dialog.locator('[data-action=import-submit]').click()

  const refused = dialog.locator('[data-result=refused]')
  await expect(refused).toBeVisible({ timeout: 20_000 })
  await expect(refused.locator('[data-field=import-summary]')).toContainText('本次没有导入任何数据')
  await expect(refused.locator('[data-count=rows] .el-statistic__number')).toHaveText('3')
  await expect(refused.locator('[data-count=imported] .el-statistic__number')).toHaveText('0')
  await expect(refused.locator('[data-count=rejected] .el-statistic__number')).toHaveText('1')
  const errors = refused.locator('[data-table=import-errors] tbody tr.el-table__row')
  await expect(errors).toHaveCount(1)
  await expect(errors.locator('td').nth(0)).toHaveText(String(BAD_ROW))
  await expect(errors.locator('td').nth(1)).toHaveText('公民身份号码')
  await expect(errors.locator('td').nth(2)).toContainText('校验位')
  await screenshot(page, 'management-import-refused')

  await dialog.locator('[data-action=import-valid-only]').click()
  const done = dialog.locator('[data-result=done]')
  await expect(done).toBeVisible({ timeout: 20_000 })
  await expect(done.locator('[data-field=import-summary]')).toContainText('已导入 2 名党员')
  await expect(done.locator('[data-count=imported] .el-statistic__number')).toHaveText('2')
  await expect(done.locator('[data-count=rejected] .el-statistic__number')).toHaveText('1')
  await expect(done.locator('[data-table=import-errors] tbody tr.el-table__row')).toHaveCount(1)
  await screenshot(page, 'management-import-report')
  await dialog.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(dialog).toBeHidden()

  // ---- the list filtered to the new branch: the entered member and the two imported ----
  await page.locator('.el-select[data-test=org-filter]').click()
  await popper(page).getByText(BRANCH.name, { exact: true }).click()
  await expect(page).toHaveURL(/orgId=[0-9a-f-]{36}/)
  const rows = page.locator('[data-test=member-table] tbody tr.el-table__row')
  await expect(rows).toHaveCount(3)
  for (const p of [ENTERED, ...IMPORTED]) await expect(rows.filter({ hasText: p.name })).toHaveCount(1)
  await expect(rows.filter({ hasText: BAD.name })).toHaveCount(0)
  await expect(page.locator('.pc-pagination')).toContainText('共 3 条')
  await page.mouse.move(0, 0) // no tooltip over the list in the picture
  await screenshot(page, 'management-branch-members')

  // ---- 导出: the filtered list as an .xlsx ----
  const [exported] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export]').click()])
  const exportBook = new ExcelJS.Workbook()
  await exportBook.xlsx.readFile(await expectXlsx(exported))
  const names: string[] = []
  exportBook.worksheets[0].eachRow((row, n) => { if (n > 1) names.push(cellText(row.getCell(1).value)) })
  expect(names.sort()).toEqual([ENTERED, ...IMPORTED].map((p) => p.name).sort())
  await expect(page.locator('.el-message--success', { hasText: exported.suggestedFilename() })).toBeVisible()
})

test("the branch secretary sees her branch's members only and may import and export them", async ({ page }) => {
  await logIn(page, 'corp-secretary')
  await menuEntry(page, 'affairs.members').click()
  await expect(page).toHaveURL(/\/affairs\/members$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党员管理')
  for (const action of ['import-template', 'import', 'export']) {
    await expect(page.locator(`[data-action=${action}]`)).toBeVisible()
  }

  // Every row is of her branch (the 4th column is the organisation).
  const rows = page.locator('[data-test=member-table] tbody tr.el-table__row')
  await expect(rows.first()).toBeVisible()
  const orgs = await rows.locator('td:nth-child(4)').allInnerTexts()
  expect(orgs.length).toBeGreaterThan(0)
  expect(new Set(orgs.map((o) => o.trim()))).toEqual(new Set([SECRETARY_BRANCH]))
  await screenshot(page, 'management-secretary-members')

  // A member of her branch is found by name; the member entered in the new branch is not.
  const search = input(page, 'member-search')
  await search.fill(SECRETARY_BRANCH_MEMBER)
  await search.press('Enter')
  await expect(rows.filter({ hasText: SECRETARY_BRANCH_MEMBER })).toHaveCount(1)
  await search.fill(ENTERED.name)
  await search.press('Enter')
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(ENTERED.name)}`))
  await expect(page.locator('[data-test=member-table]')).toContainText('没有符合条件的党员')
  await expect(rows).toHaveCount(0)
})
