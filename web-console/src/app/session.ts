import { computed, reactive } from 'vue'
import { api, ApiError } from '@/api'
import type { Me, MyTenant } from '@/api/types'
import { activeTenantKey } from './activeTenant'
import type { AccessContext } from './access'
import { affairsAccess, loadAffairsAccess } from './affairsAccess'

const TENANT_KEY = 'partycloud.tenant'

/** Who is logged in (GET /api/me) and which of their tenants is active. */
export const session = reactive({
  me: null as Me | null,
  state: 'loading' as 'loading' | 'ready' | 'login' | 'error',
  error: null as ApiError | null,
})

export const activeTenant = computed<MyTenant | null>(
  () => session.me?.tenants.find((t) => t.key === activeTenantKey.value) ?? null,
)

export const accessContext = computed<AccessContext>(() => ({
  platformAdmin: session.me?.platformAdmin ?? false,
  tenant: activeTenant.value,
  affairs: affairsAccess.me?.may ?? null,
}))

/** The remembered tenant if the user still belongs to it, else the first active one. */
export function chooseTenant(tenants: MyTenant[], remembered: string | null): string | null {
  if (remembered && tenants.some((t) => t.key === remembered)) return remembered
  return (tenants.find((t) => t.status === 'ACTIVE') ?? tenants[0])?.key ?? null
}

export async function loadSession(): Promise<void> {
  session.state = 'loading'
  try {
    const me = await api.me()
    session.me = me
    activeTenantKey.value = chooseTenant(me.tenants, localStorage.getItem(TENANT_KEY))
    await loadAffairsAccess(activeTenant.value)
    session.state = 'ready'
  } catch (e) {
    const error = e instanceof ApiError ? e : null
    session.error = error
    // A 401 has already sent the browser to the login.
    const loginError = new URLSearchParams(window.location.search).has('loginError')
    session.state = error?.status === 401 && !loginError ? 'login' : 'error'
  }
}

export function switchTenant(key: string): void {
  if (!session.me?.tenants.some((t) => t.key === key)) return
  activeTenantKey.value = key
  localStorage.setItem(TENANT_KEY, key)
  void loadAffairsAccess(activeTenant.value)
}

/** After a module switch the menu follows at once (the gateway learns it from the tenant feed a moment later). */
export function setTenantModule(key: string, module: string, enabled: boolean): void {
  const tenant = session.me?.tenants.find((t) => t.key === key)
  if (!tenant) return
  const modules = new Set(tenant.modules)
  if (enabled) modules.add(module)
  else modules.delete(module)
  tenant.modules = [...modules].sort()
}
