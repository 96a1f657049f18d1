import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The gateway serves the built console from classpath:/static/, so Vite writes straight into the Maven module's
// target/classes/static (the jar then carries it). `npm run dev` proxies the API and the login to a local gateway.
const gateway = process.env.PARTYCLOUD_GATEWAY ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components are imported on demand (with their CSS) where a template uses them.
    Components({ dts: 'components.d.ts', resolvers: [ElementPlusResolver({ importStyle: 'css' })] }),
  ],
  // vue-i18n feature flags: the Composition API only, no devtools in production.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/oauth2', '/login', '/logout'].map((p) => [p, { target: gateway }])),
  },
})
