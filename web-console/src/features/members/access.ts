import { computed } from 'vue'
import { TENANT_ADMIN } from '@/app/access'
import { affairsAccess } from '@/app/affairsAccess'
import { activeTenant } from '@/app/session'

const isTenantAdmin = computed(() => activeTenant.value?.roles.includes(TENANT_ADMIN) ?? false)

/**
 * Entering, editing, importing and exporting members and changing their status: the tenant admin, and officers
 * within the organisations they maintain (affairs-service says so in `may.maintainMembers` and checks every call).
 */
export const canManageMembers = computed(() => isTenantAdmin.value || (affairsAccess.me?.may.maintainMembers ?? false))

/** Revealing an ID number in full (audited): the tenant admin only. */
export const canRevealIdNumbers = computed(() => isTenantAdmin.value || (affairsAccess.me?.may.revealIdNumbers ?? false))

/** The organisation tree, officers and terms: the tenant admin. */
export const canManageOrganizations = computed(
  () => isTenantAdmin.value || (affairsAccess.me?.may.manageOrganizations ?? false),
)
