// Runs `npm ci` unless node_modules is already at least as new as package-lock.json, so that a rebuild of the
// Maven module does not reinstall ~180 MB of packages. Used by web-console/pom.xml; works wherever node runs.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const lock = 'package-lock.json'
const installed = 'node_modules/.package-lock.json'
if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
  console.log('[web-console] node_modules is up to date with package-lock.json; skipping npm ci')
  process.exit(0)
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' })
process.exit(result.status ?? 1)
