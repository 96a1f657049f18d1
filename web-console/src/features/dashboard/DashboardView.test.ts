// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import ElementPlus from 'element-plus'
import type { Dashboard, DashboardQuery } from '@/api/types'
import { i18n } from '@/i18n'
import { ApiError } from '@/api/problem'
import { activeTenantKey } from '@/app/activeTenant'
import { session } from '@/app/session'

const dashboardCall = vi.hoisted(() => vi.fn<(query?: DashboardQuery) => Promise<Dashboard>>())
vi.mock('@/api', async (original) => ({ ...(await original<typeof import('@/api')>()), api: { dashboard: dashboardCall } }))

const { default: DashboardView } = await import('./DashboardView.vue')

/** ECharts needs a real canvas: the chart is replaced by a canvas that keeps the options it was given. */
const drawn: { label: string; option: unknown }[] = []
const ChartStub = defineComponent({
  props: { option: { type: Object, required: true }, label: { type: String, required: true } },
  setup(props) {
    drawn.push({ label: props.label, option: props.option })
    return () => h('canvas', { 'data-test': 'chart', 'aria-label': props.label })
  },
})

const GW = { key: 'demogw', name: '示范市直机关工委' }
const CORP = { key: 'democorp', name: '示范集团公司党委' }

function gwDashboard(): Dashboard {
  return {
    tenant: { ...GW, kind: 'committee' },
    path: [GW],
    date: '2026-11-23',
    computedAt: '2026-11-24T02:00:41Z',
    figures: {
      members: { total: 72 }, 'members.category': { FULL: 60, PROBATIONARY: 12 }, 'members.gender': { MALE: 40, FEMALE: 32 },
      'members.ageBand': { LT35: 10, FROM35TO45: 62 }, 'members.education': { BACHELOR: 70, UNKNOWN: 2 },
      'members.status': { NORMAL: 70, MOBILE: 2 }, organizations: { total: 14 }, 'organizations.type': { COMMITTEE: 3, BRANCH: 11 },
      'officers.termsEndingSoon': { total: 1 }, 'organizations.ruleBroken': { total: 2, TOO_FEW_FULL_MEMBERS: 2 },
    },
    own: { members: { total: 12 }, 'members.category': { FULL: 10, PROBATIONARY: 2 }, organizations: { total: 3 } },
    subordinates: [{
      ...CORP, kind: 'enterprise', hasSubordinates: false,
      figures: { members: { total: 36 }, 'members.category': { FULL: 30, PROBATIONARY: 6 }, organizations: { total: 5 } },
    }],
    trend: [{ date: '2026-11-22', members: 70, organizations: 14 }, { date: '2026-11-23', members: 72, organizations: 14 }],
  }
}

function corpDashboard(): Dashboard {
  return {
    ...gwDashboard(),
    tenant: { ...CORP, kind: 'enterprise' },
    path: [GW, CORP],
    figures: { members: { total: 36 }, 'members.category': { FULL: 30, PROBATIONARY: 6 }, organizations: { total: 5 } },
    own: { members: { total: 36 } },
    subordinates: [],
  }
}

let router: Router
let wrapper: VueWrapper

async function open(url = '/stats/dashboard'): Promise<VueWrapper> {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/stats/dashboard', name: 'dashboard', component: DashboardView, meta: { roles: ['tenant-admin', 'committee-viewer'] } }],
  })
  await router.push(url)
  await router.isReady()
  wrapper = mount({ render: () => h(DashboardView) }, {
    global: { plugins: [ElementPlus, i18n, router], stubs: { DashboardChart: ChartStub } },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const text = (selector: string) => wrapper.find(selector).text()

/** happy-dom's own window API: the viewport its `matchMedia` answers for (the page's phone layout). */
function setViewport(width: number, height: number) {
  const dom = (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM
  dom.setViewport({ width, height })
}

beforeEach(() => {
  drawn.length = 0
  dashboardCall.mockReset()
  setViewport(1366, 800)
  session.me = {
    id: 'u1', username: 'gw-viewer', realmRoles: [], platformAdmin: false,
    tenants: [{ key: 'demogw', name: GW.name, kind: 'committee', status: 'ACTIVE', roles: ['committee-viewer'], modules: [] }],
  }
  activeTenantKey.value = 'demogw'
})

afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('the dashboard page', () => {
  it('shows the latest figures of the active tenant: date, cards, charts and the subordinates with the own level', async () => {
    dashboardCall.mockResolvedValue(gwDashboard())
    await open()

    expect(dashboardCall).toHaveBeenCalledWith({ date: undefined, subordinate: undefined })
    expect(text('[data-test=dashboard-title]')).toBe('示范市直机关工委 统计看板')
    expect(text('[data-test=data-date]')).toBe('数据日期：2026-11-23（每日凌晨更新）')
    const card = (key: string) => wrapper.find(`[data-figure=${key}] [data-test=figure-value]`).text()
    expect(card('members')).toBe('72')
    expect(card('full')).toBe('60')
    expect(card('probationary')).toBe('12')
    expect(card('organizations')).toBe('14')
    expect(card('termsEndingSoon')).toBe('1')
    expect(card('ruleBroken')).toBe('2')
    expect(text('[data-figure=ruleBroken]')).toContain('正式党员不足 3 名 2')

    expect(drawn.map((c) => c.label)).toEqual(['党员类别', '性别结构', '年龄结构', '学历结构', '党组织类型', '党员状态', '近 30 日趋势'])
    expect(wrapper.findAll('canvas[data-test=chart]')).toHaveLength(7)

    const table = wrapper.find('[data-test=subordinate-table]')
    expect(table.text()).toContain('本级（示范市直机关工委）')
    expect(table.text()).toContain('合计')
    expect(table.find('[data-drill=democorp]').text()).toBe('示范集团公司党委')
    expect(wrapper.find('[data-test=dashboard-path]').exists()).toBe(false)
  })

  it('drills down into a subordinate and goes back up by the breadcrumb, keeping the day', async () => {
    dashboardCall.mockResolvedValueOnce(gwDashboard()).mockResolvedValueOnce(corpDashboard()).mockResolvedValueOnce(gwDashboard())
    await open('/stats/dashboard?date=2026-11-23')
    expect(dashboardCall).toHaveBeenLastCalledWith({ date: '2026-11-23', subordinate: undefined })

    await wrapper.find('[data-test=subordinate-table] [data-drill=democorp]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ date: '2026-11-23', subordinate: 'democorp' })
    expect(dashboardCall).toHaveBeenLastCalledWith({ date: '2026-11-23', subordinate: 'democorp' })
    expect(text('[data-test=dashboard-title]')).toBe('示范集团公司党委 统计看板')
    expect(text('[data-test=dashboard-path]')).toContain('示范市直机关工委')
    expect(text('[data-test=dashboard-path]')).toContain('示范集团公司党委')
    expect(wrapper.find('[data-test=subordinate-table]').exists()).toBe(false)

    await wrapper.find('[data-test=dashboard-path] [data-path-key=demogw]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ date: '2026-11-23' })
    expect(dashboardCall).toHaveBeenLastCalledWith({ date: '2026-11-23', subordinate: undefined })
    expect(dashboardCall).toHaveBeenCalledTimes(3)
    expect(text('[data-test=dashboard-title]')).toBe('示范市直机关工委 统计看板')
  })

  it('shows the latest day in the date picker, refuses days to come and loads the day picked', async () => {
    dashboardCall.mockResolvedValue(gwDashboard())
    await open()
    const picker = wrapper.findComponent({ name: 'ElDatePicker' })
    expect(picker.props('modelValue')).toBe('2026-11-23')
    const disabled = picker.props('disabledDate') as (day: Date) => boolean
    const now = new Date()
    expect(disabled(now)).toBe(false)
    expect(disabled(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1))).toBe(true)

    picker.vm.$emit('update:modelValue', '2026-11-20')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ date: '2026-11-20' })
    expect(dashboardCall).toHaveBeenLastCalledWith({ date: '2026-11-20', subordinate: undefined })
  })

  it('says when a day picked has no figures and leads back to the latest', async () => {
    dashboardCall.mockResolvedValueOnce({ ...gwDashboard(), date: null, figures: {}, own: {}, subordinates: [], trend: [] })
      .mockResolvedValue(gwDashboard())
    await open('/stats/dashboard?date=2020-01-01')
    expect(text('[data-test=dashboard-empty]')).toContain('2020-01-01 没有统计数据')
    await wrapper.find('[data-test=dashboard-empty] button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(text('[data-test=data-date]')).toBe('数据日期：2026-11-23（每日凌晨更新）')
  })

  it('says when the first figures will come while there are none', async () => {
    dashboardCall.mockResolvedValue({
      ...gwDashboard(), date: null, computedAt: null, figures: {}, own: {}, subordinates: [], trend: [],
    })
    await open()
    expect(text('[data-test=dashboard-empty]')).toContain('暂无统计数据，首次统计将在每日凌晨 2 点生成')
    expect(wrapper.find('[data-test=figure-cards]').exists()).toBe(false)
    expect(drawn).toHaveLength(0)
  })

  it('shows a failed drill-down as a problem with the way back to the own figures', async () => {
    dashboardCall.mockRejectedValue(new ApiError({ type: 'urn:partycloud:problem:not-found', status: 404, title: '不存在 Not found' }))
    await open('/stats/dashboard?subordinate=elsewhere')
    expect(text('[data-test=load-error]')).toContain('要找的内容不存在。')
    const back = wrapper.find('.pc-dash-back a')
    expect(back.text()).toBe('返回本单位')

    dashboardCall.mockResolvedValue(gwDashboard())
    await back.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(wrapper.find('[data-test=load-error]').exists()).toBe(false)
    expect(text('[data-test=dashboard-title]')).toBe('示范市直机关工委 统计看板')
  })

  it('lists the subordinates as cards on a phone', async () => {
    setViewport(375, 812)
    dashboardCall.mockResolvedValue(gwDashboard())
    await open()
    expect(wrapper.find('[data-test=subordinate-table]').exists()).toBe(false)
    const cards = wrapper.find('[data-test=subordinate-cards]')
    expect(cards.findAll('[data-row]').map((c) => c.attributes('data-row'))).toEqual(['own', 'democorp', 'total'])
    expect(cards.find('[data-drill=democorp]').exists()).toBe(true)
  })

  it('pages a long list of subordinates and filters it by name, keeping the own level and the total', async () => {
    setViewport(375, 812)
    const units = Array.from({ length: 45 }, (_, i) => ({
      key: `unit${String(i).padStart(3, '0')}`, name: `第${i}单位党委`, kind: 'enterprise' as const, hasSubordinates: false,
      figures: { members: { total: i } },
    }))
    dashboardCall.mockResolvedValue({ ...gwDashboard(), subordinates: units })
    await open()
    const rows = () => wrapper.findAll('[data-test=subordinate-cards] [data-row]').map((c) => c.attributes('data-row'))
    expect(rows()).toHaveLength(22)
    expect(rows()[0]).toBe('own')
    expect(rows()[21]).toBe('total')
    expect(wrapper.find('[data-test=subordinate-pages]').exists()).toBe(true)

    const field = wrapper.find('[data-field=unit-filter]')
    await (field.element.tagName === 'INPUT' ? field : field.find('input')).setValue('第4')
    await flushPromises()
    expect(rows()).toEqual(['own', 'unit004', 'unit040', 'unit041', 'unit042', 'unit043', 'unit044', 'total'])
    expect(wrapper.find('[data-test=subordinate-pages]').exists()).toBe(false)
  })

  it('loads the new tenant’s own figures after a tenant switch, leaving the subordinate behind', async () => {
    session.me!.tenants.push({ key: 'demobureau', name: '示范市统计局机关党委', kind: 'agency', status: 'ACTIVE', roles: ['tenant-admin'], modules: [] })
    dashboardCall.mockResolvedValueOnce(corpDashboard()).mockResolvedValue(gwDashboard())
    await open('/stats/dashboard?subordinate=democorp')
    activeTenantKey.value = 'demobureau'
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(dashboardCall).toHaveBeenLastCalledWith({ date: undefined, subordinate: undefined })
  })
})
