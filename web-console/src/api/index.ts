import { createClient } from './client'
import { activeTenantKey } from '@/app/activeTenant'
import type {
  Me, Page, Plan, Tenant, TenantCreated, TenantModule, TenantProfile, TenantQuery, TenantRegistration,
  TenantSettings,
} from './types'

export { ApiError } from './problem'
export type { Problem } from './problem'

/** Where to come back to after the login (the gateway always returns to `/`). */
export const RETURN_TO_KEY = 'partycloud.returnTo'

export const http = createClient({
  fetch: (input, init) => window.fetch(input, init),
  cookies: () => document.cookie,
  tenant: () => activeTenantKey.value,
  login: (url) => {
    // After a failed login the page says so and offers the login again, rather than going round in a circle.
    if (new URLSearchParams(window.location.search).has('loginError')) return
    const here = window.location.pathname + window.location.search
    if (here !== '/' && !here.startsWith('/?')) sessionStorage.setItem(RETURN_TO_KEY, here)
    window.location.assign(url)
  },
})

const tenants = '/api/tenant/tenants'
const enc = encodeURIComponent

/** Every call the console makes, typed. */
export const api = {
  me: () => http.get<Me>('/api/me'),

  // Operator (platform-admin)
  tenants: (query: TenantQuery) => http.get<Page<Tenant>>(tenants, { query: { ...query } }),
  tenant: (key: string) => http.get<Tenant>(`${tenants}/${enc(key)}`),
  registerTenant: (registration: TenantRegistration) => http.post<TenantCreated>(tenants, registration),
  suspendTenant: (key: string, reason: string) => http.post<Tenant>(`${tenants}/${enc(key)}/suspend`, { reason }),
  resumeTenant: (key: string) => http.post<Tenant>(`${tenants}/${enc(key)}/resume`),
  renewTenant: (key: string, subscriptionEnd: string) =>
    http.post<Tenant>(`${tenants}/${enc(key)}/renew`, { subscriptionEnd }),
  retryTenant: (key: string) => http.post<Tenant>(`${tenants}/${enc(key)}/retry`),
  deleteTenant: (key: string) => http.delete<Tenant>(`${tenants}/${enc(key)}`),
  plans: () => http.get<Plan[]>('/api/tenant/plans'),

  // Tenant admin (X-Tenant)
  modules: () => http.get<TenantModule[]>('/api/tenant/modules', { tenantScoped: true }),
  switchModule: (module: string, enabled: boolean) =>
    http.put<TenantModule>(`/api/tenant/modules/${enc(module)}`, { enabled }, { tenantScoped: true }),
  settings: () => http.get<TenantSettings>('/api/tenant/settings', { tenantScoped: true }),
  saveSettings: (settings: TenantSettings) =>
    http.put<TenantSettings>('/api/tenant/settings', settings, { tenantScoped: true }),
  profile: () => http.get<TenantProfile>('/api/tenant/profile', { tenantScoped: true }),
}
