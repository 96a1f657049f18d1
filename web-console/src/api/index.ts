import { createClient } from './client'
import { activeTenantKey } from '@/app/activeTenant'
import type {
  AuditEntry, AuditQuery, Appointment, Establishment, Officer, OrganizationDetails, ReElectionDue,
  ImportMode, ImportReport, Me, Member, MemberDetails, MemberHistoryEntry, MemberQuery, Organization, OrganizationQuery, Page, Plan,
  RevealedIdNumber, StatsRun, StatusChange, Tenant, TenantCreated, TenantModule, TenantProfile, TenantQuery, TenantRegistration,
  TenantSettings,
} from './types'
import type { Dashboard, DashboardQuery } from './types'
import type { AffairsMe, Correction, CorrectionQuery, NewCorrection } from './types'

export { ApiError } from './problem'
export type { Download } from './client'
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
const organizations = '/api/affairs/organizations'
const members = '/api/affairs/members'
const corrections = '/api/affairs/corrections'
const scoped = { tenantScoped: true } as const
const enc = encodeURIComponent

/** The member import's multipart body: the file and the mode. */
export function importForm(file: File, mode: ImportMode): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('mode', mode)
  return form
}

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
  statsRuns: (page: number, size: number) => http.get<Page<StatsRun>>('/api/tenant/stats/runs', { query: { page, size } }),
  runStatistics: (date: string) => http.post<StatsRun>('/api/tenant/stats/runs', { date }),

  // Tenant admin (X-Tenant)
  modules: () => http.get<TenantModule[]>('/api/tenant/modules', { tenantScoped: true }),
  switchModule: (module: string, enabled: boolean) =>
    http.put<TenantModule>(`/api/tenant/modules/${enc(module)}`, { enabled }, { tenantScoped: true }),
  settings: () => http.get<TenantSettings>('/api/tenant/settings', { tenantScoped: true }),
  saveSettings: (settings: TenantSettings) =>
    http.put<TenantSettings>('/api/tenant/settings', settings, { tenantScoped: true }),
  profile: () => http.get<TenantProfile>('/api/tenant/profile', { tenantScoped: true }),
  /** The nightly figures of the active tenant (and all below it), or of a subordinate drilled into. */
  dashboard: (query: DashboardQuery = {}) =>
    http.get<Dashboard>('/api/tenant/dashboard', { ...scoped, query: { ...query } }),

  // Party affairs (X-Tenant): organisations and members
  organizations: (query: OrganizationQuery = {}) =>
    http.get<Page<Organization>>(organizations, { ...scoped, query: { ...query } }),
  organization: (id: string) => http.get<Organization>(`${organizations}/${enc(id)}`, scoped),
  createOrganization: (details: OrganizationDetails) => http.post<Organization>(organizations, details, scoped),
  editOrganization: (id: string, details: OrganizationDetails) =>
    http.put<Organization>(`${organizations}/${enc(id)}`, details, scoped),
  moveOrganization: (id: string, parentId: string | null) =>
    http.post<Organization>(`${organizations}/${enc(id)}/move`, { parentId }, scoped),
  dissolveOrganization: (id: string, date: string, reason: string) =>
    http.post<Organization>(`${organizations}/${enc(id)}/dissolution`, { date, reason }, scoped),
  establishment: (id: string) => http.get<Establishment>(`${organizations}/${enc(id)}/establishment`, scoped),
  officers: (orgId: string, includeFormer = false) =>
    http.get<Page<Officer>>(`${organizations}/${enc(orgId)}/officers`, { ...scoped, query: { includeFormer: includeFormer || undefined } }),
  appointOfficer: (orgId: string, appointment: Appointment) =>
    http.post<Officer>(`${organizations}/${enc(orgId)}/officers`, appointment, scoped),
  endOfficer: (orgId: string, id: string, date: string, reason: string) =>
    http.post<Officer>(`${organizations}/${enc(orgId)}/officers/${enc(id)}/end`, { date, reason }, scoped),
  reElectionsDue: (withinMonths = 6) =>
    http.get<Page<ReElectionDue>>(`${organizations}/re-elections-due`, { ...scoped, query: { withinMonths } }),
  audit: (query: AuditQuery) => http.get<Page<AuditEntry>>('/api/affairs/audit', { ...scoped, query: { ...query } }),
  members: (query: MemberQuery) => http.get<Page<Member>>(members, { ...scoped, query: { ...query } }),
  member: (id: string) => http.get<Member>(`${members}/${enc(id)}`, scoped),
  enrolMember: (details: MemberDetails) => http.post<Member>(members, details, scoped),
  editMember: (id: string, details: MemberDetails) => http.put<Member>(`${members}/${enc(id)}`, details, scoped),
  changeMemberStatus: (id: string, change: StatusChange) =>
    http.post<Member>(`${members}/${enc(id)}/status-changes`, change, scoped),
  memberHistory: (id: string, page = 0, size = 100) =>
    http.get<Page<MemberHistoryEntry>>(`${members}/${enc(id)}/history`, { ...scoped, query: { page, size } }),
  revealIdNumber: (id: string) => http.post<RevealedIdNumber>(`${members}/${enc(id)}/id-number/reveal`, undefined, scoped),
  memberImportTemplate: () => http.download(`${members}/import/template`, scoped, 'member-import-template.xlsx'),
  /** Multipart: the file and the mode; the CSRF header goes along as for every POST. */
  importMembers: (file: File, mode: ImportMode) => http.post<ImportReport>(`${members}/import`, importForm(file, mode), scoped),
  /** The whole filtered list (page and size are ignored by the server), in the list's sort. */
  exportMembers: (query: Omit<MemberQuery, 'page' | 'size'>) =>
    http.download(`${members}/export`, { ...scoped, query: { ...query } }, 'members.xlsx'),

  // Party affairs: what the caller may do, and correction requests (a member asks, an officer decides)
  affairsMe: (signal?: AbortSignal) => http.get<AffairsMe>('/api/affairs/me', { ...scoped, signal }),
  askCorrection: (memberId: string, correction: NewCorrection) =>
    http.post<Correction>(`${members}/${enc(memberId)}/corrections`, correction, scoped),
  memberCorrections: (memberId: string, page = 0, size = 50) =>
    http.get<Page<Correction>>(`${members}/${enc(memberId)}/corrections`, { ...scoped, query: { page, size } }),
  corrections: (query: CorrectionQuery) =>
    http.get<Page<Correction>>(corrections, { ...scoped, query: { ...query } }),
  correction: (id: string) => http.get<Correction>(`${corrections}/${enc(id)}`, scoped),
  approveCorrection: (id: string, reason?: string) =>
    http.post<Correction>(`${corrections}/${enc(id)}/approval`, { reason: reason || null }, scoped),
  rejectCorrection: (id: string, reason: string) =>
    http.post<Correction>(`${corrections}/${enc(id)}/rejection`, { reason }, scoped),
}
