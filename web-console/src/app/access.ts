import type { AffairsRight, AffairsRights, MyTenant } from '@/api/types'

/** Tenant-level roles as the token carries them (organisation groups in Keycloak). */
export const TENANT_ADMIN = 'tenant-admin'
export const COMMITTEE_VIEWER = 'committee-viewer'

/** What a screen or menu entry needs. */
export interface Requirement {
  /** Platform operators only. */
  operator?: boolean
  /** Needs an active tenant (implied by module and roles). */
  tenant?: boolean
  /** The module that must be on in the active tenant. */
  module?: string
  /** Any one of these roles in the active tenant. */
  roles?: string[]
  /**
   * A right affairs-service grants in the active tenant (GET /api/affairs/me): officers and members are people of
   * the archive with role assignments, which the token does not carry.
   */
  may?: AffairsRight
}

export interface AccessContext {
  platformAdmin: boolean
  tenant: Pick<MyTenant, 'roles' | 'modules' | 'status'> | null
  /** What affairs-service says the user may do in the active tenant; absent or null: nothing. */
  affairs?: AffairsRights | null
}

/** Whether the user may use a screen: the same rule for the menu and for the router (a deep link to a hidden screen). */
export function allows(requirement: Requirement, ctx: AccessContext): boolean {
  if (requirement.operator && !ctx.platformAdmin) return false
  const needsTenant = requirement.tenant || requirement.module !== undefined || (requirement.roles?.length ?? 0) > 0
    || requirement.may !== undefined
  if (!needsTenant) return true
  const tenant = ctx.tenant
  if (!tenant) return false
  if (requirement.module !== undefined && !tenant.modules.includes(requirement.module)) return false
  if (requirement.roles && requirement.roles.length > 0 && !requirement.roles.some((r) => tenant.roles.includes(r))) {
    return false
  }
  if (requirement.may !== undefined && !ctx.affairs?.[requirement.may]) return false
  return true
}
