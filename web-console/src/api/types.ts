/** The shapes the gateway and tenant-service answer (see MeController, TenantView, PlanController, …). */

export type TenantStatus = 'PROVISIONING' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'FAILED' | 'DELETING' | 'DELETED'
export type TenantKind = 'enterprise' | 'agency' | 'committee'

export const TENANT_STATUSES: TenantStatus[] = ['PROVISIONING', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'FAILED', 'DELETING', 'DELETED']
export const TENANT_KINDS: TenantKind[] = ['enterprise', 'agency', 'committee']

/** GET /api/me */
export interface Me {
  id: string
  username: string
  realmRoles: string[]
  platformAdmin: boolean
  tenants: MyTenant[]
}

export interface MyTenant {
  key: string
  name: string | null
  kind: TenantKind | null
  status: TenantStatus | null
  roles: string[]
  modules: string[]
}

/** A tenant as the operator sees it (GET /api/tenant/tenants/{key}). */
export interface Tenant {
  key: string
  name: string
  kind: TenantKind
  plan: string
  status: TenantStatus
  failedStep: string | null
  failureReason: string | null
  suspensionReason: string | null
  contactName: string
  contactPhone: string
  adminEmail: string
  adminUsername: string
  subscriptionStart: string
  subscriptionEnd: string
  keycloakOrganizationId: string | null
  modules: string[]
  createdAt: string
  updatedAt: string | null
  activatedAt: string | null
  deletedAt: string | null
}

/** The answer to POST /api/tenant/tenants (202): the tenant and the admin's one-time password, shown once. */
export interface TenantCreated extends Tenant {
  admin: { username: string; email: string; oneTimePassword: string }
}

export interface TenantRegistration {
  key: string
  name: string
  kind: TenantKind | ''
  plan: string
  contactName: string
  contactPhone: string
  adminEmail: string
  subscriptionStart: string
  subscriptionEnd: string
  adminUsername?: string
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface TenantQuery {
  status?: TenantStatus | ''
  kind?: TenantKind | ''
  plan?: string
  q?: string
  page?: number
  size?: number
  /** `property,asc|desc` with property one of createdAt, updatedAt, key, name, status, subscriptionEnd */
  sort?: string
}

export interface PlanModule {
  key: string
  platform: string
  name: string
  nameEn: string
}

export interface Plan {
  key: string
  name: string
  nameEn: string
  description: string
  modules: PlanModule[]
}

/** GET /api/tenant/modules: the plan's modules with the tenant's switch. */
export interface TenantModule extends PlanModule {
  enabled: boolean
}

export type RoundingMode = 'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN'
export type MeetingFrequency = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY'

export interface TenantSettings {
  dues: { roundingScale: number; roundingMode: RoundingMode; collectionDay: number; arrearsReminderMonths: number }
  transfers: { letterValidityDaysInCity: number; letterValidityDaysOutOfCity: number }
  meetings: {
    generalMeeting: MeetingFrequency
    committeeMeeting: MeetingFrequency
    groupMeeting: MeetingFrequency
    partyLecture: MeetingFrequency
    organizationalLife: MeetingFrequency
    memberReview: MeetingFrequency
  }
}

/** GET /api/tenant/profile */
export interface TenantProfile {
  key: string
  name: string
  kind: TenantKind
  plan: { key: string; name: string; nameEn: string }
  status: TenantStatus
  subscriptionStart: string
  subscriptionEnd: string
  contactName: string
  contactPhone: string
  modules: string[]
}
