import { describe, expect, it } from 'vitest'
import type { AffairsRights } from '@/api/types'
import type { AccessContext } from '@/app/access'
import { allows } from '@/app/access'
import { hasAffairs } from '@/app/affairsAccess'
import { visibleMenu } from '@/layout/menu'

const NONE: AffairsRights = {
  readMembers: false, maintainMembers: false, manageOrganizations: false, manageRoles: false, readAudit: false,
  revealIdNumbers: false, requestCorrections: false, reviewCorrections: false,
}
const tenant = (roles: string[] = [], modules = ['affairs.members']) => ({ roles, modules, status: 'ACTIVE' as const })
const ctx = (may: Partial<AffairsRights> | null, modules?: string[], roles?: string[]): AccessContext => ({
  platformAdmin: false, tenant: tenant(roles, modules), affairs: may === null ? null : { ...NONE, ...may },
})
const paths = (c: AccessContext) => visibleMenu(c).flatMap((g) => g.items.map((i) => i.path))

describe('who sees 我的档案 and 更正申请', () => {
  it('shows 我的档案 to a member with an own archive entry, not 更正申请', () => {
    const member = paths(ctx({ readMembers: true, requestCorrections: true }))
    expect(member).toContain('/me/archive')
    expect(member).not.toContain('/affairs/corrections')
  })

  it('shows 更正申请 to an officer (or the tenant admin) who reviews, and 我的档案 only if they are in the archive too', () => {
    const officer = paths(ctx({ readMembers: true, maintainMembers: true, reviewCorrections: true }))
    expect(officer).toContain('/affairs/corrections')
    expect(officer).not.toContain('/me/archive')
    const both = paths(ctx({ readMembers: true, requestCorrections: true, reviewCorrections: true }))
    expect(both).toEqual(expect.arrayContaining(['/me/archive', '/affairs/corrections']))
  })

  it('shows neither without the rights, before they are known, or with the members module off', () => {
    for (const c of [ctx({}), ctx(null), { platformAdmin: false, tenant: tenant() }]) {
      expect(paths(c)).not.toContain('/me/archive')
      expect(paths(c)).not.toContain('/affairs/corrections')
    }
    const off = ctx({ requestCorrections: true, reviewCorrections: true }, ['affairs.organizations'])
    expect(paths(off)).not.toContain('/me/archive')
    expect(paths(off)).not.toContain('/affairs/corrections')
  })

  it('lets the router refuse a deep link by the same rule, and a platform operator without a tenant never passes', () => {
    expect(allows({ module: 'affairs.members', may: 'reviewCorrections' }, ctx({ requestCorrections: true }))).toBe(false)
    expect(allows({ module: 'affairs.members', may: 'requestCorrections' }, ctx({ requestCorrections: true }))).toBe(true)
    expect(allows({ may: 'reviewCorrections' }, { platformAdmin: true, tenant: null, affairs: { ...NONE, reviewCorrections: true } })).toBe(false)
  })

  it('asks affairs-service only for an active tenant with an affairs module', () => {
    expect(hasAffairs(tenant())).toBe(true)
    expect(hasAffairs(tenant([], ['info.notices']))).toBe(false)
    expect(hasAffairs({ modules: ['affairs.members'], status: 'SUSPENDED' })).toBe(false)
    expect(hasAffairs(null)).toBe(false)
  })
})
