import { createApp } from 'vue'
// Element Plus: components and their CSS are imported on demand (unplugin-vue-components); the services called
// as functions (ElMessage, ElMessageBox) need their CSS here.
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { applyDocumentLocale, i18n } from './i18n'
import { loadSession, session } from './app/session'
import { RETURN_TO_KEY } from './api'

applyDocumentLocale()
const app = createApp(App).use(i18n)

// Who the user is decides the menu and the screens: known before the router resolves the first route.
// Without a session (on the way to the login, or the platform not answering) no route is resolved at all.
loadSession().then(() => {
  if (session.state === 'ready') {
    app.use(router)
    const returnTo = sessionStorage.getItem(RETURN_TO_KEY)
    if (returnTo) {
      sessionStorage.removeItem(RETURN_TO_KEY)
      if (window.location.pathname === '/' && returnTo.startsWith('/') && !returnTo.startsWith('//')) router.replace(returnTo)
    }
  }
  app.mount('#app')
})
