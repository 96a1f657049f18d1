import {
  AGE_BANDS, EDUCATIONS, GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES, ORGANIZATION_TYPES,
  type Dashboard, type DashboardPathEntry, type Figures, type TenantKind, type TrendPoint,
} from '@/api/types'
import { keyOf } from '@/i18n'
import type { ChartOption } from './echarts'

/**
 * From the dashboard's figures to what the page shows: cards, chart options, the table of subordinates. Plain
 * functions of the API's answer and the messages, so they are tested without a browser.
 */

/** The part of vue-i18n the mapping needs (`i18n.global` or `useI18n()`). */
export interface Messages {
  t: (key: string, values?: Record<string, unknown>) => string
  te: (key: string) => boolean
}

/**
 * A dimension of a metric and where its labels live. The nightly job writes the codes in upper case
 * (`FULL`, `LOST_CONTACT`, `FROM35TO45`); the members and organisations screens already label the same values in
 * lower case (`memberCategory.full`, `ageBand.35_45`), and the dashboard reuses those labels.
 */
export interface Dimension {
  metric: string
  /** The message group that labels the codes; none for free text such as ethnicities. */
  messages?: string
  /** The order of the known codes (lower case); unknown codes follow, largest first. */
  order?: readonly string[]
  /** Other spellings of a code (lower case) → the code the messages use: AgeBand's enum names. */
  aliases?: Record<string, string>
}

export const DIMENSIONS = {
  category: { metric: 'members.category', messages: 'memberCategory', order: MEMBER_CATEGORIES },
  status: { metric: 'members.status', messages: 'memberStatus', order: MEMBER_STATUSES },
  gender: { metric: 'members.gender', messages: 'gender', order: GENDERS },
  ageBand: {
    metric: 'members.ageBand', messages: 'ageBand', order: AGE_BANDS,
    aliases: { from35to45: '35-45', from46to60: '46-60' },
  },
  education: { metric: 'members.education', messages: 'education', order: EDUCATIONS },
  orgType: { metric: 'organizations.type', messages: 'orgType', order: ORGANIZATION_TYPES },
  ethnicity: { metric: 'members.ethnicity' },
  development: {
    metric: 'development.stage', messages: 'dashboard.stage',
    order: ['probationary', 'joined_this_year', 'converted_this_year'],
  },
  ruleBroken: { metric: 'organizations.ruleBroken', messages: 'dashboard.rule' },
} satisfies Record<string, Dimension>

const TOTAL = 'total'
const UNKNOWN = 'unknown'

function canonical(dimension: Dimension, code: string): string {
  const lower = code.toLowerCase()
  return dimension.aliases?.[lower] ?? lower
}

/** The label of a code: the shared Chinese (or English) label, 未填写 for UNKNOWN, else the code itself. */
export function codeLabel(dimension: Dimension, code: string, m: Messages): string {
  const value = canonical(dimension, code)
  if (value === UNKNOWN) return m.t('dashboard.unknown')
  if (dimension.messages) {
    const key = `${dimension.messages}.${keyOf(value)}`
    if (m.te(key)) return m.t(key)
  }
  return code
}

export interface Entry {
  code: string
  name: string
  value: number
}

/** A metric's counts by code, labelled, in the dimension's order (a metric's `total` is not a code). */
export function entries(figures: Figures, dimension: Dimension, m: Messages): Entry[] {
  const counts = figures[dimension.metric] ?? {}
  const rank = (code: string) => {
    const i = dimension.order?.indexOf(canonical(dimension, code)) ?? -1
    return i < 0 ? Number.MAX_SAFE_INTEGER : i
  }
  return Object.entries(counts)
    .filter(([code, value]) => code !== TOTAL && typeof value === 'number')
    .map(([code, value]) => ({ code, name: codeLabel(dimension, code, m), value }))
    .sort((a, b) => rank(a.code) - rank(b.code) || b.value - a.value)
}

/** Whether a chart would show anything. */
export function hasValues(list: Entry[]): boolean {
  return list.some((e) => e.value > 0)
}

/** One count: null when the metric is missing altogether (not computed), 0 when only the code is. */
export function count(figures: Figures, metric: string, code: string = TOTAL): number | null {
  const counts = figures[metric]
  if (!counts) return null
  return counts[code] ?? 0
}

/** The six headline numbers of a tenant (or a subtree), for cards and table rows alike. */
export interface Headline {
  members: number | null
  full: number | null
  probationary: number | null
  organizations: number | null
  termsEndingSoon: number | null
  ruleBroken: number | null
}

export function headline(figures: Figures): Headline {
  return {
    members: count(figures, 'members'),
    full: count(figures, 'members.category', 'FULL'),
    probationary: count(figures, 'members.category', 'PROBATIONARY'),
    organizations: count(figures, 'organizations'),
    termsEndingSoon: count(figures, 'officers.termsEndingSoon'),
    ruleBroken: count(figures, 'organizations.ruleBroken'),
  }
}

export interface FigureCard {
  key: keyof Headline
  /** i18n key */
  label: string
  value: number | null
  /** A number above zero asks for action (a re-election due, an organisation set up against the rules). */
  alert: boolean
}

const ALERTS: (keyof Headline)[] = ['termsEndingSoon', 'ruleBroken']

export function figureCards(figures: Figures): FigureCard[] {
  const numbers = headline(figures)
  return (Object.keys(numbers) as (keyof Headline)[]).map((key) => ({
    key,
    label: `dashboard.card.${key}`,
    value: numbers[key],
    alert: ALERTS.includes(key) && (numbers[key] ?? 0) > 0,
  }))
}

export type RowRole = 'own' | 'subordinate' | 'total'

export interface SubordinateRow extends Headline {
  role: RowRole
  /** The tenant to drill into; null for the own and total rows. */
  key: string | null
  name: string
  kind: TenantKind | null
  hasSubordinates: boolean
}

/**
 * The table below the charts: 本级 (the tenant alone), one row per direct subordinate (its subtree), and 合计
 * (everything, which is what the cards show). Empty when the tenant has no subordinates: the cards say it all.
 */
export function subordinateRows(dashboard: Dashboard, m: Messages): SubordinateRow[] {
  if (dashboard.subordinates.length === 0) return []
  const own: SubordinateRow = {
    role: 'own', key: null, name: m.t('dashboard.ownOf', { name: dashboard.tenant.name }), kind: dashboard.tenant.kind,
    hasSubordinates: false, ...headline(dashboard.own),
  }
  const below = dashboard.subordinates.map((s): SubordinateRow => ({
    role: 'subordinate', key: s.key, name: s.name, kind: s.kind, hasSubordinates: s.hasSubordinates, ...headline(s.figures),
  }))
  const total: SubordinateRow = {
    role: 'total', key: null, name: m.t('dashboard.total'), kind: null, hasSubordinates: false, ...headline(dashboard.figures),
  }
  return [own, ...below, total]
}

/** Subordinate rows per page of the table: a committee may have hundreds of units below it. */
export const SUBORDINATE_PAGE = 20

/**
 * One page of the subordinate rows whose name or key contains the filter, between the own-level row and the
 * total (both on every page); `matching` counts the subordinates that match.
 */
export function pageOfRows(rows: SubordinateRow[], filter: string, page: number, size = SUBORDINATE_PAGE):
    { rows: SubordinateRow[]; matching: number } {
  const needle = filter.trim().toLowerCase()
  const below = rows.filter((r) => r.role === 'subordinate'
    && (!needle || r.name.toLowerCase().includes(needle) || (r.key ?? '').includes(needle)))
  const start = (Math.max(1, page) - 1) * size
  return {
    rows: [...rows.filter((r) => r.role === 'own'), ...below.slice(start, start + size), ...rows.filter((r) => r.role === 'total')],
    matching: below.length,
  }
}

/** No figures yet (before the first night's run), or none on the day asked for. */
export function isEmpty(dashboard: Dashboard): boolean {
  return dashboard.date === null
}

/** The `subordinate` query for a tenant of the path: none for the active tenant itself (the path's first). */
export function subordinateQuery(path: DashboardPathEntry[], key: string): string | undefined {
  return path.length === 0 || path[0].key === key ? undefined : key
}

const TENANT_KEY = /^[a-z][a-z0-9]{2,29}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The dashboard's query from the page's URL; anything malformed is left out rather than sent. */
export function queryOf(raw: Record<string, unknown>): { date?: string; subordinate?: string } {
  const date = typeof raw.date === 'string' && DATE.test(raw.date) ? raw.date : undefined
  const subordinate = typeof raw.subordinate === 'string' && TENANT_KEY.test(raw.subordinate) ? raw.subordinate : undefined
  return { date, subordinate }
}

/** A calendar day as YYYY-MM-DD in the browser's time zone (the date picker's days). */
export function isoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

// ---- chart options ----

/** The party red first, then colours that stay apart from it and from each other. */
export const PALETTE = ['#c8161d', '#f0a020', '#3a7bd5', '#2e9d6c', '#8e5cc9', '#e0673c', '#1aa3b8', '#9a9a9a']

export function pieOption(list: Entry[]): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [{
      type: 'pie',
      radius: ['36%', '60%'],
      center: ['50%', '45%'],
      avoidLabelOverlap: true,
      // Labels keep to the canvas's edges, so a narrow phone shortens them rather than cutting them off.
      label: { formatter: '{b}\n{c}', alignTo: 'edge', edgeDistance: 8, minMargin: 4, lineHeight: 16 },
      labelLine: { length: 12, length2: 0, maxSurfaceAngle: 80 },
      data: list.filter((e) => e.value > 0).map((e) => ({ name: e.name, value: e.value })),
    }],
  }
}

/** Bars with their counts; horizontal for long labels (education, status), so they read on a phone. */
export function barOption(list: Entry[], horizontal = false): ChartOption {
  const names = list.map((e) => e.name)
  const values = list.map((e) => e.value)
  const category = { type: 'category' as const, data: names, axisTick: { alignWithLabel: true }, axisLabel: { interval: 0 } }
  const value = { type: 'value' as const, minInterval: 1 }
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: horizontal ? 40 : 8, top: 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{
      type: 'bar',
      data: values,
      barMaxWidth: 28,
      label: { show: true, position: horizontal ? 'right' : 'top' },
    }],
  }
}

/** Members and organisations over the last days that have figures, oldest first. */
export function trendOption(trend: TrendPoint[], m: Messages): ChartOption {
  const dates = trend.map((p) => p.date.substring(5))
  const few = trend.length <= 10
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', boundaryGap: false, data: dates },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'line', name: m.t('dashboard.trendMembers'), data: trend.map((p) => p.members), showSymbol: few },
      { type: 'line', name: m.t('dashboard.trendOrganizations'), data: trend.map((p) => p.organizations), showSymbol: few },
    ],
  }
}
