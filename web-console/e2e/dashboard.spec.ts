import { expect, test, type Page } from '@playwright/test'
import { DEMO, expectNoHorizontalOverflow, logIn, screenshot } from './support'

/**
 * The committee viewer of demogw opens the statistics dashboard: the figures of the committee and the two tenants
 * linked below it (democorp, demobureau), drawn by ECharts under the gateway's Content-Security-Policy; drills into
 * democorp and comes back by the breadcrumb; on a phone the page fits the width. Needs the nightly figures of at
 * least one day (the platform's statistics run).
 */

const COMMITTEE = '示范市直机关工委'

/** A figure as the page shows it (`1,234` in a card or a cell) as a number. */
async function numberIn(page: Page, selector: string): Promise<number> {
  const text = (await page.locator(selector).first().textContent()) ?? ''
  return Number(text.replace(/[^\d]/g, ''))
}

/** The members of a row of the subordinate table (the column after the unit). */
async function rowMembers(page: Page, role: 'own' | 'subordinate' | 'total'): Promise<number[]> {
  const rows = page.locator(`[data-test=subordinate-table] tr.pc-dash-row--${role}`)
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? ''))
  return cells.map((text) => Number(text.replace(/[^\d]/g, '')))
}

test('a committee viewer reads the figures of the committee and its subordinates, drills into one and back', async ({ page }) => {
  const cspViolations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text())
  })

  await logIn(page, 'gw-viewer')
  const first = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/tenant/dashboard')
  await page.getByRole('menuitem', { name: '统计看板' }).click()
  await expect(page).toHaveURL(/\/stats\/dashboard$/)
  expect((await first).headers()['x-tenant']).toBe('demogw')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${COMMITTEE} 统计看板`)

  await expect(page.locator('[data-test=dashboard-empty]'), 'no nightly figures yet: run the statistics first').toHaveCount(0)
  await expect(page.locator('[data-test=data-date]')).toHaveText(/^数据日期：\d{4}-\d{2}-\d{2}（每日凌晨更新）$/)

  // The cards: members, organisations and both categories are counted.
  const cards = page.locator('[data-test=figure-cards]')
  await expect(cards.locator('[data-figure]')).toHaveCount(6)
  for (const key of ['members', 'full', 'organizations']) {
    expect(await numberIn(page, `[data-figure=${key}] [data-test=figure-value]`), key).toBeGreaterThan(0)
  }
  const members = await numberIn(page, '[data-figure=members] [data-test=figure-value]')
  const full = await numberIn(page, '[data-figure=full] [data-test=figure-value]')
  const probationary = await numberIn(page, '[data-figure=probationary] [data-test=figure-value]')
  expect(full + probationary).toBe(members)

  // ECharts drew on canvases (a CSP that refused it would leave the hosts empty).
  for (const chart of ['category', 'gender', 'ageBand', 'orgType', 'trend']) {
    await expect(page.locator(`[data-chart=${chart}] [data-test=chart] canvas`).first(), chart).toBeVisible()
  }

  // The table: the committee itself, democorp and demobureau, and the total, which is what the cards show.
  const table = page.locator('[data-test=subordinate-table]')
  await expect(table).toContainText(`本级（${COMMITTEE}）`)
  await expect(table.locator('[data-drill=democorp]')).toHaveText(DEMO.democorp)
  await expect(table.locator('[data-drill=demobureau]')).toHaveText(DEMO.demobureau)
  const [own] = await rowMembers(page, 'own')
  const below = await rowMembers(page, 'subordinate')
  const [total] = await rowMembers(page, 'total')
  expect(total).toBe(members)
  expect(own + below.reduce((sum, n) => sum + n, 0)).toBe(total)
  await screenshot(page, 'dashboard')

  // Drill into democorp: the same view for it, with the way back up.
  const drill = page.waitForRequest((r) => {
    const url = new URL(r.url())
    return url.pathname === '/api/tenant/dashboard' && url.searchParams.get('subordinate') === 'democorp'
  })
  await table.locator('[data-drill=democorp]').click()
  expect((await drill).headers()['x-tenant']).toBe('demogw')
  await expect(page).toHaveURL(/[?&]subordinate=democorp/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${DEMO.democorp} 统计看板`)
  const path = page.locator('[data-test=dashboard-path]')
  await expect(path).toContainText(COMMITTEE)
  await expect(path).toContainText(DEMO.democorp)
  expect(await numberIn(page, '[data-figure=members] [data-test=figure-value]')).toBeGreaterThan(0)
  expect(await numberIn(page, '[data-figure=members] [data-test=figure-value]')).toBeLessThan(members)
  await expect(page.locator('[data-chart=category] [data-test=chart] canvas').first()).toBeVisible()
  await screenshot(page, 'dashboard-democorp')

  await path.locator('[data-path-key=demogw]').click()
  await expect(page).toHaveURL(/\/stats\/dashboard$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${COMMITTEE} 统计看板`)
  await expect(page.locator('[data-test=dashboard-path]')).toHaveCount(0)
  await expect(table.locator('[data-drill=democorp]')).toBeVisible()

  // On a 375-px phone: two cards a row, charts the full width, the subordinates as cards, nothing sideways.
  await page.setViewportSize({ width: 375, height: 812 })
  await expect(page.locator('[data-test=subordinate-cards]')).toBeVisible()
  await expect(page.locator('[data-test=subordinate-table]')).toHaveCount(0)
  const [a, b, c] = await cards.locator('[data-figure]').evaluateAll((els) => els.slice(0, 3).map((el) => el.getBoundingClientRect().top))
  expect(a).toBe(b)
  expect(c).toBeGreaterThan(a)
  const chartWidth = await page.locator('[data-chart=category]').evaluate((el) => el.getBoundingClientRect().width)
  expect(chartWidth).toBeGreaterThan(300)
  await expect(page.locator('[data-chart=category] [data-test=chart] canvas').first()).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await screenshot(page, 'phone-dashboard')

  expect(cspViolations).toEqual([])
})
