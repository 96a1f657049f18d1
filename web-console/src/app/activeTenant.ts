import { ref } from 'vue'

/** The tenant the user works in (the switcher's choice); the API client sends it as X-Tenant. */
export const activeTenantKey = ref<string | null>(null)
