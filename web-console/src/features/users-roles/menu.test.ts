import { describe, expect, it } from 'vitest'
import type { AccessContext } from '@/app/access'
import { visibleMenu } from '@/layout/menu'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

const paths = (ctx: AccessContext) => visibleMenu(ctx).flatMap((g) => g.items.map((i) => i.path))
const tenant = (roles: string[], modules: string[]) => ({ roles, modules, status: 'ACTIVE' as const })

describe('users and roles', () => {
  it('is in the menu of a tenant admin only, with the organisations module on', () => {
    expect(paths({ platformAdmin: false, tenant: tenant(['tenant-admin'], ['affairs.organizations']) }))
      .toContain('/tenant/users-roles')
    expect(paths({ platformAdmin: false, tenant: tenant(['committee-viewer'], ['affairs.organizations']) }))
      .not.toContain('/tenant/users-roles')
    expect(paths({ platformAdmin: false, tenant: tenant([], ['affairs.organizations', 'affairs.members']) }))
      .not.toContain('/tenant/users-roles')
    expect(paths({ platformAdmin: false, tenant: tenant(['tenant-admin'], ['affairs.members']) }))
      .not.toContain('/tenant/users-roles')
  })

  it('has every message in both languages', () => {
    expect(Object.keys(en.usersRoles).sort()).toEqual(Object.keys(zhCN.usersRoles).sort())
  })
})
