import { afterEach, describe, expect, it } from 'vitest'
import type { AffairsMe, AffairsRights, MyTenant } from '@/api/types'
import { activeTenantKey } from '@/app/activeTenant'
import { affairsAccess } from '@/app/affairsAccess'
import { session } from '@/app/session'
import { canManageMembers, canManageOrganizations, canRevealIdNumbers } from './access'

const NONE: AffairsRights = {
  readMembers: false, maintainMembers: false, manageOrganizations: false, manageRoles: false, readAudit: false,
  revealIdNumbers: false, requestCorrections: false, reviewCorrections: false,
}

function signIn(roles: string[], may: Partial<AffairsRights> | null) {
  const tenant = { key: 'democorp', name: '示范集团', kind: 'enterprise', status: 'ACTIVE', roles, modules: ['affairs.members'] }
  session.me = { userId: 'u1', username: 'someone', platformAdmin: false, tenants: [tenant as unknown as MyTenant] } as never
  activeTenantKey.value = 'democorp'
  affairsAccess.me = may === null ? null : ({ may: { ...NONE, ...may } } as AffairsMe)
}

afterEach(() => {
  session.me = null
  affairsAccess.me = null
})

describe('who changes members in the console', () => {
  it('lets the tenant admin do everything', () => {
    signIn(['tenant-admin'], null)
    expect([canManageMembers.value, canRevealIdNumbers.value, canManageOrganizations.value]).toEqual([true, true, true])
  })

  it('lets a branch secretary enter, edit, import and export members, but not reveal numbers or change the tree', () => {
    signIn([], { readMembers: true, maintainMembers: true, reviewCorrections: true })
    expect([canManageMembers.value, canRevealIdNumbers.value, canManageOrganizations.value]).toEqual([true, false, false])
  })

  it('lets a member or a committee viewer change nothing, and nobody before affairs-service has answered', () => {
    signIn([], { readMembers: true, requestCorrections: true })
    expect(canManageMembers.value).toBe(false)
    signIn(['committee-viewer'], NONE)
    expect(canManageMembers.value).toBe(false)
    signIn([], null)
    expect(canManageMembers.value).toBe(false)
  })
})
