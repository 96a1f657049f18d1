import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import elEn from 'element-plus/es/locale/lang/en'
import zhCN from './zh-CN'
import en from './en'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: Locale[] = ['zh-CN', 'en']
const STORAGE_KEY = 'partycloud.locale'

function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export const locale = computed<Locale>(() => i18n.global.locale.value as Locale)
export const elementLocale = computed(() => (locale.value === 'en' ? elEn : elZhCn))

/** Switches the language and remembers the choice in this browser. */
export function setLocale(next: Locale): void {
  i18n.global.locale.value = next
  localStorage.setItem(STORAGE_KEY, next)
  applyDocumentLocale()
}

export function applyDocumentLocale(): void {
  document.documentElement.lang = locale.value
  document.title = locale.value === 'en' ? 'PartyCloud 党建云' : '党建云 PartyCloud'
}

/** Message keys cannot hold dots or hyphens: `affairs.members` → `affairs_members`. */
export function keyOf(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '_')
}
