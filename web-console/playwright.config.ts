import { defineConfig, devices } from '@playwright/test'

/**
 * Browser tests of the console against a running platform (infra's ConsoleBrowserIT starts one with
 * `./partycloud up` and sets BASE_URL). They drive Debian's `chromium`, never a browser Playwright downloads;
 * Playwright gives every launch a fresh temporary profile (it refuses `--user-data-dir` in `args`).
 *
 *   BASE_URL            the gateway (default http://localhost:8080)
 *   CHROMIUM            the browser (default /usr/bin/chromium)
 *   SCREENSHOT_DIR      where the screens are saved (default ../infra/target/console-screenshots)
 *   E2E_OUTPUT_DIR      traces and failure screenshots (default target/e2e-results)
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'target/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
})
