import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Unit tests of plain TypeScript (API client, menu rules, validation) in Node; a screen's component test mounts it
// in happy-dom (`// @vitest-environment happy-dom` atop the file) with the API mocked. Browser tests drive the
// real console.
export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
})
