import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, type Page } from '@playwright/test'

/** Every demo login's password (development realm only); ConsoleBrowserIT gives its extra user the same. */
export const PASSWORD = process.env.E2E_PASSWORD ?? 'partycloud'
/** A user who belongs to democorp and demobureau (ConsoleBrowserIT creates it). */
export const TWO_TENANT_USER = process.env.E2E_TWO_TENANT_USER ?? 'e2e-two-tenants'

export const DEMO = {
  democorp: '示范集团公司党委',
  demobureau: '示范市统计局机关党委',
} as const

const SCREENSHOTS = resolve(process.env.SCREENSHOT_DIR ?? '../infra/target/console-screenshots')
mkdirSync(SCREENSHOTS, { recursive: true })

/**
 * A full-page PNG named by screen and language, for a person to look at. The console's shell keeps the header
 * in place and scrolls only its main area, which a full-page screenshot alone would cut at the window's height:
 * the window is made as tall as the content (of the main area or the side menu) for the picture, then put back.
 */
export async function screenshot(page: Page, screen: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  const viewport = page.viewportSize()!
  const hidden = await page.evaluate(() => {
    const hiddenOf = (el: Element | null) => (el ? el.scrollHeight - el.clientHeight : 0)
    return Math.max(hiddenOf(document.getElementById('main')), hiddenOf(document.querySelector('.pc-aside')))
  })
  if (hidden > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + hidden })
  try {
    await page.screenshot({ path: join(SCREENSHOTS, `${screen}.${locale}.png`), fullPage: true, animations: 'disabled' })
  } finally {
    if (hidden > 0) await page.setViewportSize(viewport)
  }
}

/**
 * Logs in as a person does: the console sends the browser to Keycloak, whose login is identity-first (the user
 * name, then the password, in Chinese); back at the console, the shell is shown. `shots` saves both login pages.
 */
export async function logIn(page: Page, username: string, shots?: string): Promise<void> {
  await page.goto('/')
  const user = page.locator('#username')
  await expect(user).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/)
  await user.fill(username)
  // Keycloak's pages are part of the journey: they must fit a phone too (the 党建云 login theme sees to it).
  if (shots) await expectNoHorizontalOverflow(page)
  if (shots) await screenshot(page, `${shots}-username`)
  await page.locator('#kc-login').click()
  const password = page.locator('#password')
  await expect(password).toBeVisible()
  await password.fill(PASSWORD)
  if (shots) await expectNoHorizontalOverflow(page)
  if (shots) await screenshot(page, `${shots}-password`)
  await page.locator('#kc-login').click()
  await expect(page.locator('.pc-shell')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('heading', { level: 1 })).toContainText(username)
}

export interface Answer {
  status: number
  type: string | null
}

/**
 * One API call from the page, as the console makes it: same-origin session cookie, the CSRF cookie echoed in
 * X-XSRF-TOKEN for a change, the tenant in X-Tenant.
 */
export async function callApi(page: Page, method: string, path: string, tenant?: string, body?: unknown): Promise<Answer> {
  return page.evaluate(async ({ method, path, tenant, body }) => {
    const headers: Record<string, string> = { Accept: 'application/json' }
    const csrf = document.cookie.split(';').map((c) => c.trim().split('=')).find(([k]) => k === 'XSRF-TOKEN')
    if (method !== 'GET' && csrf) headers['X-XSRF-TOKEN'] = decodeURIComponent(csrf.slice(1).join('='))
    if (tenant) headers['X-Tenant'] = tenant
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await response.text()
    let type: string | null = null
    try {
      type = (JSON.parse(text) as { type?: string }).type ?? null
    } catch {
      // not JSON
    }
    return { status: response.status, type }
  }, { method, path, tenant, body })
}

/** The side menu (the desktop aside, or the phone drawer when it is open). */
export function menuEntry(page: Page, module: string) {
  return page.locator(`.pc-menu [data-module="${module}"]`)
}

/** The page does not scroll sideways: nothing is wider than the viewport. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const width = page.viewportSize()!.width
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(overflow, `scrollWidth of ${page.url()}`).toBeLessThanOrEqual(width)
}
