import { describe, expect, it } from 'vitest'
import type { AccessContext } from '@/app/access'
import { allows } from '@/app/access'
import { visibleMenu } from './menu'

const paths = (ctx: AccessContext) => visibleMenu(ctx).flatMap((g) => g.items.map((i) => i.path))
const tenant = (roles: string[], modules: string[]) => ({ roles, modules, status: 'ACTIVE' as const })

describe('the menu', () => {
  it('shows only the modules the active tenant has on', () => {
    const shown = paths({ platformAdmin: false, tenant: tenant([], ['affairs.members', 'info.notices']) })
    expect(shown).toContain('/affairs/members')
    expect(shown).toContain('/info/notices')
    expect(shown).not.toContain('/affairs/meetings')
    expect(shown).not.toContain('/learning/courses')
  })

  it('leaves out a module as soon as it is turned off', () => {
    const on = tenant(['tenant-admin'], ['affairs.members', 'info.notices'])
    expect(paths({ platformAdmin: false, tenant: on })).toContain('/info/notices')
    const off = { ...on, modules: ['affairs.members'] }
    expect(paths({ platformAdmin: false, tenant: off })).not.toContain('/info/notices')
  })

  it('shows the audit log to a tenant admin with the organisations module only', () => {
    expect(paths({ platformAdmin: false, tenant: tenant(['tenant-admin'], ['affairs.organizations']) })).toContain('/affairs/audit')
    expect(paths({ platformAdmin: false, tenant: tenant([], ['affairs.organizations']) })).not.toContain('/affairs/audit')
    expect(paths({ platformAdmin: false, tenant: tenant(['tenant-admin'], ['affairs.members']) })).not.toContain('/affairs/audit')
  })

  it('drops a platform group with no module on', () => {
    const groups = visibleMenu({ platformAdmin: false, tenant: tenant([], ['affairs.members']) }).map((g) => g.key)
    expect(groups).toContain('management')
    expect(groups).not.toContain('learning')
    expect(groups).not.toContain('operator')
  })

  it('gives the tenant settings to tenant admins only, the profile to every member', () => {
    const member = paths({ platformAdmin: false, tenant: tenant([], []) })
    expect(member).toEqual(['/tenant/profile'])
    const admin = paths({ platformAdmin: false, tenant: tenant(['tenant-admin'], []) })
    expect(admin).toEqual(expect.arrayContaining(['/tenant/modules', '/tenant/settings', '/tenant/profile']))
  })

  it('shows the statistics dashboard to committee viewers and admins, not to plain members', () => {
    const modules = ['stats.dashboard']
    expect(paths({ platformAdmin: false, tenant: tenant([], modules) })).not.toContain('/stats/dashboard')
    expect(paths({ platformAdmin: false, tenant: tenant(['committee-viewer'], modules) })).toContain('/stats/dashboard')
  })

  it('shows every tenant admin the dashboard of their own figures, whatever modules the plan has', () => {
    expect(paths({ platformAdmin: false, tenant: tenant(['tenant-admin'], ['affairs.members']) })).toContain('/stats/dashboard')
    expect(paths({ platformAdmin: false, tenant: tenant(['committee-viewer'], []) })).toContain('/stats/dashboard')
    expect(paths({ platformAdmin: false, tenant: tenant([], ['affairs.members']) })).not.toContain('/stats/dashboard')
    expect(paths({ platformAdmin: true, tenant: null })).not.toContain('/stats/dashboard')
  })

  it('shows the operator menu to platform operators, with or without a tenant', () => {
    expect(paths({ platformAdmin: true, tenant: null })).toEqual(['/operator/tenants', '/operator/plans', '/operator/stats'])
    expect(paths({ platformAdmin: false, tenant: null })).toEqual([])
    const both = paths({ platformAdmin: true, tenant: tenant(['tenant-admin'], ['affairs.members']) })
    expect(both).toEqual(expect.arrayContaining(['/affairs/members', '/tenant/modules', '/operator/tenants']))
  })
})

describe('the access rule of the router', () => {
  it('refuses a deep link to a module that is off and to operator screens for others', () => {
    const ctx = { platformAdmin: false, tenant: tenant([], ['affairs.members']) }
    expect(allows({ module: 'affairs.members' }, ctx)).toBe(true)
    expect(allows({ module: 'affairs.meetings' }, ctx)).toBe(false)
    expect(allows({ operator: true }, ctx)).toBe(false)
    expect(allows({}, ctx)).toBe(true)
    expect(allows({ tenant: true }, { platformAdmin: true, tenant: null })).toBe(false)
  })
})
