import { computed } from 'vue'
import { TENANT_ADMIN } from '@/app/access'
import { activeTenant } from '@/app/session'

/** Changes to the archive (and revealing an ID number) need the tenant admin; reading is open to the tenant's members. */
export const canManageMembers = computed(() => activeTenant.value?.roles.includes(TENANT_ADMIN) ?? false)
