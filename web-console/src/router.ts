import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Requirement } from './app/access'
import { allows, COMMITTEE_VIEWER, TENANT_ADMIN } from './app/access'
import { accessContext } from './app/session'
import { affairsAccessSettled } from './app/affairsAccess'
import { MODULES, modulePath } from './layout/menu'

declare module 'vue-router' {
  interface RouteMeta extends Requirement {
    /** i18n key of the page title. */
    title?: string
  }
}

/** Modules whose screens exist; the others show a placeholder. */
const BUILT = ['affairs.members', 'affairs.organizations', 'stats.dashboard']
const members = { module: 'affairs.members', title: 'module.affairs_members' }

const moduleRoutes: RouteRecordRaw[] = MODULES.filter((m) => !BUILT.includes(m.key)).map((m) => ({
  path: modulePath(m.key),
  component: () => import('./features/home/ModulePlaceholder.vue'),
  props: { module: m.key },
  meta: { module: m.key, roles: m.roles, title: `module.${m.key.replace('.', '_')}` },
}))

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./features/home/HomeView.vue'), meta: { title: 'menu.home' } },
  {
    path: '/operator/tenants',
    name: 'tenants',
    component: () => import('./features/operator-tenants/TenantList.vue'),
    meta: { operator: true, title: 'menu.tenants' },
  },
  {
    path: '/operator/tenants/new',
    name: 'tenant-create',
    component: () => import('./features/operator-tenants/TenantCreate.vue'),
    meta: { operator: true, title: 'create.title' },
  },
  {
    path: '/operator/tenants/:key',
    name: 'tenant',
    component: () => import('./features/operator-tenants/TenantDetail.vue'),
    props: (to) => ({ tenantKey: String(to.params.key) }),
    meta: { operator: true, title: 'menu.tenants' },
  },
  {
    path: '/operator/plans',
    component: () => import('./features/operator-plans/PlanList.vue'),
    meta: { operator: true, title: 'menu.plans' },
  },
  {
    path: '/operator/stats',
    component: () => import('./features/operator-stats/StatsRunList.vue'),
    meta: { operator: true, title: 'menu.statsRuns' },
  },
  {
    path: '/tenant/modules',
    component: () => import('./features/tenant-modules/ModuleSwitches.vue'),
    meta: { roles: ['tenant-admin'], title: 'menu.modules' },
  },
  {
    path: '/tenant/settings',
    component: () => import('./features/tenant-settings/SettingsForm.vue'),
    meta: { roles: ['tenant-admin'], title: 'menu.settings' },
  },
  {
    path: '/tenant/profile',
    component: () => import('./features/tenant-profile/ProfileView.vue'),
    meta: { tenant: true, title: 'menu.profile' },
  },
  {
    path: '/affairs/organizations',
    name: 'organizations',
    component: () => import('./features/organizations/OrganizationTree.vue'),
    meta: { module: 'affairs.organizations', title: 'module.affairs_organizations' },
  },
  {
    path: '/affairs/members',
    name: 'members',
    component: () => import('./features/members/MemberList.vue'),
    meta: members,
  },
  {
    path: '/affairs/members/new',
    name: 'member-create',
    component: () => import('./features/members/MemberEdit.vue'),
    meta: { ...members, roles: ['tenant-admin'] },
  },
  {
    path: '/affairs/members/:id',
    name: 'member',
    component: () => import('./features/members/MemberDetail.vue'),
    props: (to) => ({ id: String(to.params.id) }),
    meta: members,
  },
  {
    path: '/affairs/members/:id/edit',
    name: 'member-edit',
    component: () => import('./features/members/MemberEdit.vue'),
    props: (to) => ({ id: String(to.params.id) }),
    meta: { ...members, roles: ['tenant-admin'] },
  },
  {
    path: '/tenant/users-roles',
    component: () => import('./features/users-roles/UsersRoles.vue'),
    meta: { module: 'affairs.organizations', roles: ['tenant-admin'], title: 'usersRoles.title' },
  },
  {
    path: '/affairs/audit',
    component: () => import('./features/audit/AuditLog.vue'),
    meta: { module: 'affairs.organizations', roles: ['tenant-admin'], title: 'menu.audit' },
  },
  {
    // By role only: a tenant admin sees the own figures whatever the plan (see MODULES in layout/menu.ts).
    path: '/stats/dashboard',
    name: 'dashboard',
    component: () => import('./features/dashboard/DashboardView.vue'),
    meta: { roles: [TENANT_ADMIN, COMMITTEE_VIEWER], title: 'module.stats_dashboard' },
  },
  {
    // A member's own archive and correction requests (信息修改审核): by the rights affairs-service grants.
    path: '/me/archive',
    name: 'my-archive',
    component: () => import('./features/my-archive/MyArchive.vue'),
    meta: { module: 'affairs.members', may: 'requestCorrections', title: 'myArchive.title' },
  },
  {
    path: '/affairs/corrections',
    name: 'corrections',
    component: () => import('./features/corrections/CorrectionList.vue'),
    meta: { module: 'affairs.members', may: 'reviewCorrections', title: 'corrections.title' },
  },
  ...moduleRoutes,
  { path: '/forbidden', name: 'forbidden', component: () => import('./features/home/StatusPage.vue'), props: { kind: 'forbidden' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./features/home/StatusPage.vue'), props: { kind: 'not-found' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

// A deep link to a screen the user may not use (or a module the tenant has off) shows "forbidden", not the screen.
router.beforeEach(async (to) => {
  if (to.name === 'forbidden') return true
  // Rights from affairs-service may still be on their way (just after a tenant switch).
  if (to.meta.may) await affairsAccessSettled()
  if (allows(to.meta, accessContext.value)) return true
  return { name: 'forbidden', query: { from: to.fullPath } }
})
