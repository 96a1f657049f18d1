import { allows, COMMITTEE_VIEWER, TENANT_ADMIN, type AccessContext, type Requirement } from '@/app/access'

export interface MenuItem extends Requirement {
  /** Route path, also the menu index. */
  path: string
  /** i18n key of the label. */
  label: string
  icon: string
}

export interface MenuGroup {
  key: string
  label: string
  items: MenuItem[]
}

/**
 * The feature modules of the plan catalogue (tenant-service V2__insert_plans.sql), in catalogue order.
 * `always`: shown by role whether or not the module is on. The statistics dashboard is one: every tenant admin sees
 * their own tenant's figures, whatever the plan, and its API (`/api/tenant/dashboard`) is not module-gated.
 */
export const MODULES: { key: string; platform: string; icon: string; roles?: string[]; always?: boolean }[] = [
  { key: 'affairs.development', platform: 'work', icon: 'UserFilled' },
  { key: 'affairs.transfers', platform: 'work', icon: 'Switch' },
  { key: 'affairs.meetings', platform: 'work', icon: 'Calendar' },
  { key: 'info.notices', platform: 'information', icon: 'Bell' },
  { key: 'info.disclosure', platform: 'information', icon: 'Document' },
  { key: 'info.suggestions', platform: 'information', icon: 'ChatDotRound' },
  { key: 'info.messages', platform: 'information', icon: 'Message' },
  { key: 'affairs.organizations', platform: 'management', icon: 'OfficeBuilding' },
  { key: 'affairs.members', platform: 'management', icon: 'User' },
  { key: 'dues.billing', platform: 'management', icon: 'Tickets' },
  { key: 'dues.payments', platform: 'management', icon: 'Wallet' },
  { key: 'learning.courses', platform: 'learning', icon: 'Reading' },
  { key: 'learning.exams', platform: 'learning', icon: 'EditPen' },
  { key: 'stats.dashboard', platform: 'statistics', icon: 'DataAnalysis', roles: [TENANT_ADMIN, COMMITTEE_VIEWER], always: true },
]

export const PLATFORMS = ['work', 'information', 'management', 'learning', 'statistics'] as const

/** `affairs.members` → `/affairs/members` */
export function modulePath(module: string): string {
  return '/' + module.replace('.', '/')
}

/**
 * Entries of a platform beyond its modules, shown by a right affairs-service grants (GET /api/affairs/me) rather
 * than by a token role: officers and members of the archive are role assignments there.
 */
export const EXTRA_ITEMS: Partial<Record<(typeof PLATFORMS)[number], MenuItem[]>> = {
  management: [
    { path: '/affairs/corrections', label: 'corrections.menu', icon: 'EditPen', module: 'affairs.members', may: 'reviewCorrections' },
  ],
}

export const MENU: MenuGroup[] = [
  {
    key: 'personal',
    label: 'myArchive.menuGroup',
    items: [
      { path: '/me/archive', label: 'myArchive.menu', icon: 'Document', module: 'affairs.members', may: 'requestCorrections' },
    ],
  },
  ...PLATFORMS.map((platform) => ({
    key: platform,
    label: `platform.${platform}`,
    items: [...MODULES.filter((m) => m.platform === platform).map((m) => ({
      path: modulePath(m.key),
      label: `module.${m.key}`,
      icon: m.icon,
      module: m.always ? undefined : m.key,
      roles: m.roles,
    })), ...(EXTRA_ITEMS[platform] ?? [])],
  })),
  {
    key: 'tenant',
    label: 'menu.tenantAdmin',
    items: [
      { path: '/tenant/modules', label: 'menu.modules', icon: 'Grid', roles: [TENANT_ADMIN] },
      { path: '/tenant/settings', label: 'menu.settings', icon: 'Setting', roles: [TENANT_ADMIN] },
      { path: '/tenant/profile', label: 'menu.profile', icon: 'InfoFilled', tenant: true },
      { path: '/tenant/users-roles', label: 'usersRoles.menu', icon: 'UserFilled', module: 'affairs.organizations', roles: [TENANT_ADMIN] },
      { path: '/affairs/audit', label: 'menu.audit', icon: 'Notebook', module: 'affairs.organizations', roles: [TENANT_ADMIN] },
    ],
  },
  {
    key: 'operator',
    label: 'menu.operator',
    items: [
      { path: '/operator/tenants', label: 'menu.tenants', icon: 'OfficeBuilding', operator: true },
      { path: '/operator/plans', label: 'menu.plans', icon: 'Collection', operator: true },
      { path: '/operator/stats', label: 'menu.statsRuns', icon: 'DataLine', operator: true },
    ],
  },
]

/** The menu as this user sees it in the active tenant: entries they may not use and empty groups are left out. */
export function visibleMenu(ctx: AccessContext, menu: MenuGroup[] = MENU): MenuGroup[] {
  return menu
    .map((group) => ({ ...group, items: group.items.filter((item) => allows(item, ctx)) }))
    .filter((group) => group.items.length > 0)
}
