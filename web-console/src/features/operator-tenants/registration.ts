import type { TenantRegistration } from '@/api/types'

/** The server's rules for a tenant registration (TenantRegistration.java, TenantRegistry.register), mirrored. */
export const TENANT_KEY = /^[a-z][a-z0-9]{2,29}$/
export const PHONE = /^(\+?86[- ]?)?(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}(-[0-9]{1,6})?)$/
export const ADMIN_USERNAME = /^[a-z][a-z0-9._-]{2,49}$/
/** No stricter than Hibernate Validator's @Email: something@something. */
const EMAIL = /^[^\s@]+@[^\s@]+$/

export type RegistrationField = keyof TenantRegistration

/** An i18n key with its parameters. */
export interface Violation {
  key: string
  params?: Record<string, string | number>
}

const MAX: Partial<Record<RegistrationField, number>> = { name: 100, plan: 30, contactName: 50, adminEmail: 254 }

/** Every rule the registration breaks, by field; `today` as YYYY-MM-DD in the operator's calendar. */
export function registrationViolations(r: TenantRegistration, today: string): Partial<Record<RegistrationField, Violation>> {
  const v: Partial<Record<RegistrationField, Violation>> = {}
  const required = (field: RegistrationField, select = false) => {
    const value = r[field]
    if (value === undefined || value === null || String(value).trim() === '') {
      v[field] = { key: select ? 'validation.select' : 'validation.required', params: { field: `tenants.${field}` } }
      return false
    }
    return true
  }
  const maxLength = (field: RegistrationField) => {
    const n = MAX[field]
    if (n !== undefined && String(r[field] ?? '').trim().length > n) {
      v[field] = { key: 'validation.maxLength', params: { field: `tenants.${field}`, n } }
    }
  }
  if (required('key') && !TENANT_KEY.test(r.key)) v.key = { key: 'validation.tenantKey' }
  if (required('name')) maxLength('name')
  if (required('kind', true) && !['enterprise', 'agency', 'committee'].includes(r.kind)) v.kind = { key: 'validation.select', params: { field: 'tenants.kind' } }
  if (required('plan', true)) maxLength('plan')
  if (required('contactName')) maxLength('contactName')
  if (required('contactPhone') && !PHONE.test(r.contactPhone.trim())) v.contactPhone = { key: 'validation.phone' }
  if (required('adminEmail')) {
    if (!EMAIL.test(r.adminEmail.trim())) v.adminEmail = { key: 'validation.email' }
    else maxLength('adminEmail')
  }
  required('subscriptionStart', true)
  if (required('subscriptionEnd', true)) {
    if (r.subscriptionStart && r.subscriptionEnd < r.subscriptionStart) v.subscriptionEnd = { key: 'validation.endBeforeStart' }
    else if (r.subscriptionEnd < today) v.subscriptionEnd = { key: 'validation.endInPast' }
  }
  if (r.adminUsername && r.adminUsername.trim() !== '' && !ADMIN_USERNAME.test(r.adminUsername)) {
    v.adminUsername = { key: 'validation.adminUsername' }
  }
  return v
}

/** The body to send: trimmed, without an empty optional admin username. */
export function registrationBody(r: TenantRegistration): TenantRegistration {
  const body: TenantRegistration = {
    ...r,
    key: r.key.trim(),
    name: r.name.trim(),
    contactName: r.contactName.trim(),
    contactPhone: r.contactPhone.trim(),
    adminEmail: r.adminEmail.trim(),
  }
  if (!body.adminUsername || body.adminUsername.trim() === '') delete body.adminUsername
  return body
}

/** Which form field a conflict about the registration belongs to. */
export const CONFLICT_FIELDS: Record<string, RegistrationField> = {
  'tenant-exists': 'key',
  'admin-username-taken': 'adminUsername',
}
