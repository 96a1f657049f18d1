import { afterEach, describe, expect, it } from 'vitest'
import type { Dashboard, Figures } from '@/api/types'
import { i18n } from '@/i18n'
import {
  DIMENSIONS, barOption, codeLabel, count, entries, figureCards, hasValues, isEmpty, isoDate, pieOption, queryOf,
  pageOfRows, subordinateQuery, subordinateRows, trendOption, type Messages,
} from './figures'

const m: Messages = { t: (key, values) => (values ? i18n.global.t(key, values) : i18n.global.t(key)), te: (key) => i18n.global.te(key) }

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const FIGURES: Figures = {
  members: { total: 72 },
  'members.category': { FULL: 60, PROBATIONARY: 12 },
  'members.status': { NORMAL: 70, MOBILE: 2 },
  'members.gender': { FEMALE: 32, MALE: 40 },
  'members.ageBand': { GT60: 5, LT35: 10, FROM35TO45: 30, FROM46TO60: 27 },
  'members.education': { UNKNOWN: 2, BACHELOR: 30, MASTER: 40 },
  'members.ethnicity': { 回族: 2, 汉族: 70 },
  organizations: { total: 14 },
  'organizations.type': { BRANCH: 10, COMMITTEE: 1, GENERAL_BRANCH: 3 },
  'development.stage': { PROBATIONARY: 12, JOINED_THIS_YEAR: 5, CONVERTED_THIS_YEAR: 3 },
  'officers.termsEndingSoon': { total: 1 },
  'organizations.ruleBroken': { total: 2, TOO_FEW_FULL_MEMBERS: 2 },
}

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    tenant: { key: 'demogw', name: '示范市直机关工委', kind: 'committee' },
    path: [{ key: 'demogw', name: '示范市直机关工委' }],
    date: '2026-11-23',
    computedAt: '2026-11-24T02:00:41Z',
    figures: FIGURES,
    own: { members: { total: 12 }, 'members.category': { FULL: 10, PROBATIONARY: 2 }, organizations: { total: 3 } },
    subordinates: [
      {
        key: 'democorp', name: '示范集团公司党委', kind: 'enterprise', hasSubordinates: false,
        figures: {
          members: { total: 36 }, 'members.category': { FULL: 30, PROBATIONARY: 6 }, organizations: { total: 5 },
          'officers.termsEndingSoon': { total: 1 }, 'organizations.ruleBroken': { total: 0 },
        },
      },
      {
        key: 'demobureau', name: '示范市统计局机关党委', kind: 'agency', hasSubordinates: true,
        figures: { members: { total: 24 }, 'members.category': { FULL: 20, PROBATIONARY: 4 }, organizations: { total: 4 } },
      },
    ],
    trend: [
      { date: '2026-11-22', members: 70, organizations: 14 },
      { date: '2026-11-23', members: 72, organizations: 14 },
    ],
    ...overrides,
  }
}

describe('labels of the dimension codes', () => {
  it('reuse the members screens’ Chinese labels for the job’s upper-case codes', () => {
    expect(codeLabel(DIMENSIONS.category, 'FULL', m)).toBe('正式党员')
    expect(codeLabel(DIMENSIONS.status, 'LOST_CONTACT', m)).toBe('失联')
    expect(codeLabel(DIMENSIONS.status, 'PROBATION_EXTENDED', m)).toBe('延长预备期')
    expect(codeLabel(DIMENSIONS.gender, 'FEMALE', m)).toBe('女')
    expect(codeLabel(DIMENSIONS.education, 'JUNIOR_HIGH_OR_BELOW', m)).toBe('初中及以下')
    expect(codeLabel(DIMENSIONS.orgType, 'GENERAL_BRANCH', m)).toBe('党总支')
  })

  it('read the age bands by their enum names and by their codes', () => {
    expect(codeLabel(DIMENSIONS.ageBand, 'FROM35TO45', m)).toBe('35–45 岁')
    expect(codeLabel(DIMENSIONS.ageBand, '46-60', m)).toBe('46–60 岁')
    expect(codeLabel(DIMENSIONS.ageBand, 'LT35', m)).toBe('35 岁以下')
  })

  it('name every establishment rule affairs-service reports, by its kebab-case code', () => {
    const rules = ['too-few-full-members', 'committee-needed', 'general-branch-needed', 'branch-committee-needed',
      'branch-committee-too-large', 'secretary-only']
    const labels = rules.map((code) => codeLabel(DIMENSIONS.ruleBroken, code, m))
    expect(labels).toEqual(['正式党员不足 3 名', '党员百人以上未设党委', '党支部超过 50 人', '未设支部委员会',
      '支委会超过 7 人', '不足 7 人却设支委会'])
  })

  it('show a code nobody has labelled as it is, and UNKNOWN as not recorded', () => {
    expect(codeLabel(DIMENSIONS.ageBand, 'UNDER_30', m)).toBe('UNDER_30')
    expect(codeLabel(DIMENSIONS.status, 'ON_LEAVE', m)).toBe('ON_LEAVE')
    expect(codeLabel(DIMENSIONS.ruleBroken, 'TOO_MANY_MEMBERS', m)).toBe('TOO_MANY_MEMBERS')
    expect(codeLabel(DIMENSIONS.education, 'UNKNOWN', m)).toBe('未填写')
    expect(codeLabel(DIMENSIONS.ethnicity, '汉族', m)).toBe('汉族')
  })

  it('follow the language', () => {
    i18n.global.locale.value = 'en'
    expect(codeLabel(DIMENSIONS.gender, 'MALE', m)).toBe('Male')
    expect(codeLabel(DIMENSIONS.education, 'UNKNOWN', m)).toBe('Not recorded')
  })
})

describe('entries of a metric', () => {
  it('come in the order the members screens use, whatever order the answer has', () => {
    expect(entries(FIGURES, DIMENSIONS.ageBand, m).map((e) => e.name)).toEqual(['35 岁以下', '35–45 岁', '46–60 岁', '60 岁以上'])
    expect(entries(FIGURES, DIMENSIONS.gender, m).map((e) => e.code)).toEqual(['MALE', 'FEMALE'])
    expect(entries(FIGURES, DIMENSIONS.orgType, m).map((e) => e.name)).toEqual(['党委', '党总支', '党支部'])
  })

  it('put unknown codes after the known ones, largest first', () => {
    const figures: Figures = { 'members.education': { UNKNOWN: 2, PHD_ABROAD: 5, BACHELOR: 30 } }
    expect(entries(figures, DIMENSIONS.education, m).map((e) => e.code)).toEqual(['BACHELOR', 'PHD_ABROAD', 'UNKNOWN'])
    expect(entries(FIGURES, DIMENSIONS.ethnicity, m).map((e) => e.name)).toEqual(['汉族', '回族'])
  })

  it('leave a metric’s total out of its codes', () => {
    expect(entries(FIGURES, DIMENSIONS.ruleBroken, m)).toEqual([{ code: 'TOO_FEW_FULL_MEMBERS', name: '正式党员不足 3 名', value: 2 }])
  })

  it('are empty for a metric the answer lacks, and then nothing is charted', () => {
    expect(entries({}, DIMENSIONS.category, m)).toEqual([])
    expect(hasValues([])).toBe(false)
    expect(hasValues([{ code: 'FULL', name: '正式党员', value: 0 }])).toBe(false)
    expect(hasValues(entries(FIGURES, DIMENSIONS.category, m))).toBe(true)
  })
})

describe('the figure cards', () => {
  it('show totals, the two categories, organisations and the two warnings', () => {
    const cards = figureCards(FIGURES)
    expect(cards.map((c) => [c.key, c.value])).toEqual([
      ['members', 72], ['full', 60], ['probationary', 12], ['organizations', 14], ['termsEndingSoon', 1], ['ruleBroken', 2],
    ])
    expect(cards.filter((c) => c.alert).map((c) => c.key)).toEqual(['termsEndingSoon', 'ruleBroken'])
    expect(cards.map((c) => m.t(c.label))).toEqual(['党员总数', '正式党员', '预备党员', '党组织数', '换届提醒', '设置不规范的组织'])
  })

  it('tell a metric not computed (—) from a count of zero', () => {
    const cards = figureCards({ members: { total: 5 }, 'members.category': { FULL: 5 } })
    const value = (key: string) => cards.find((c) => c.key === key)!.value
    expect(value('probationary')).toBe(0)
    expect(value('organizations')).toBeNull()
    expect(cards.some((c) => c.alert)).toBe(false)
    expect(count({}, 'members')).toBeNull()
  })
})

describe('the table of subordinates', () => {
  it('has the own level first, one row per direct subordinate, and the total last', () => {
    const rows = subordinateRows(dashboard(), m)
    expect(rows.map((r) => [r.role, r.key, r.name])).toEqual([
      ['own', null, '本级（示范市直机关工委）'],
      ['subordinate', 'democorp', '示范集团公司党委'],
      ['subordinate', 'demobureau', '示范市统计局机关党委'],
      ['total', null, '合计'],
    ])
    expect(rows[0]).toMatchObject({ members: 12, full: 10, probationary: 2, organizations: 3, termsEndingSoon: null })
    expect(rows[1]).toMatchObject({ members: 36, full: 30, probationary: 6, organizations: 5, termsEndingSoon: 1, ruleBroken: 0 })
    expect(rows[2].hasSubordinates).toBe(true)
    expect(rows[3]).toMatchObject({ members: 72, organizations: 14 })
  })

  it('pages hundreds of subordinates and filters them by name or key, the own level and the total on every page', () => {
    const many = dashboard({
      subordinates: Array.from({ length: 45 }, (_, i) => ({
        key: `unit${String(i).padStart(3, '0')}`, name: `第${i}单位党委`, kind: 'enterprise' as const, hasSubordinates: false,
        figures: { members: { total: i } },
      })),
    })
    const rows = subordinateRows(many, m)
    const first = pageOfRows(rows, '', 1)
    expect(first.matching).toBe(45)
    expect(first.rows).toHaveLength(22)
    expect(first.rows[0].role).toBe('own')
    expect(first.rows[21].role).toBe('total')
    expect(first.rows[1].key).toBe('unit000')
    const last = pageOfRows(rows, '', 3)
    expect(last.rows.map((r) => r.key)).toEqual([null, 'unit040', 'unit041', 'unit042', 'unit043', 'unit044', null])
    const filtered = pageOfRows(rows, ' 第4', 1)
    expect(filtered.matching).toBe(6)
    expect(filtered.rows.filter((r) => r.role === 'subordinate').map((r) => r.key))
      .toEqual(['unit004', 'unit040', 'unit041', 'unit042', 'unit043', 'unit044'])
    expect(pageOfRows(rows, 'UNIT01', 1).matching).toBe(10)
    expect(pageOfRows(rows, '没有这个单位', 1)).toEqual({ rows: [rows[0], rows[46]], matching: 0 })
  })

  it('is left out for a tenant without subordinates', () => {
    expect(subordinateRows(dashboard({ subordinates: [] }), m)).toEqual([])
  })
})

describe('the empty state and the drill-down path', () => {
  it('is empty when no night has computed figures yet', () => {
    expect(isEmpty(dashboard({ date: null, computedAt: null, figures: {}, own: {}, subordinates: [], trend: [] }))).toBe(true)
    expect(isEmpty(dashboard())).toBe(false)
  })

  it('goes back up to the active tenant without a subordinate, to any tenant between with it', () => {
    const path = [{ key: 'demogw', name: '工委' }, { key: 'demobureau', name: '统计局' }, { key: 'statbranch', name: '下属单位' }]
    expect(subordinateQuery(path, 'demogw')).toBeUndefined()
    expect(subordinateQuery(path, 'demobureau')).toBe('demobureau')
    expect(subordinateQuery(path, 'statbranch')).toBe('statbranch')
  })

  it('takes the day and the subordinate from the URL only when they are well formed', () => {
    expect(queryOf({ date: '2026-11-23', subordinate: 'democorp' })).toEqual({ date: '2026-11-23', subordinate: 'democorp' })
    expect(queryOf({ date: '23.11.2026', subordinate: '../x' })).toEqual({ date: undefined, subordinate: undefined })
    expect(queryOf({ date: ['2026-11-23'], subordinate: null })).toEqual({ date: undefined, subordinate: undefined })
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})

describe('chart options', () => {
  it('draw a pie of the labelled counts and leave zero slices out', () => {
    const option = pieOption(entries({ 'members.category': { FULL: 60, PROBATIONARY: 0 } }, DIMENSIONS.category, m))
    const series = (option.series as { type: string; data: unknown[] }[])[0]
    expect(series.type).toBe('pie')
    expect(series.data).toEqual([{ name: '正式党员', value: 60 }])
  })

  it('draw bars with the labels on the category axis, lying down for long labels', () => {
    const list = entries(FIGURES, DIMENSIONS.education, m)
    const upright = barOption(list)
    expect((upright.xAxis as { data: string[] }).data).toEqual(['硕士研究生', '大学本科', '未填写'])
    expect((upright.series as { data: number[] }[])[0].data).toEqual([40, 30, 2])
    const lying = barOption(list, true)
    expect((lying.yAxis as { type: string; data: string[] }).type).toBe('category')
    expect((lying.yAxis as { data: string[] }).data).toEqual(['硕士研究生', '大学本科', '未填写'])
    expect((lying.xAxis as { type: string }).type).toBe('value')
  })

  it('draw the trend of members and organisations by day, oldest first', () => {
    const option = trendOption(dashboard().trend, m)
    expect((option.xAxis as { data: string[] }).data).toEqual(['11-22', '11-23'])
    const series = option.series as { name: string; data: number[] }[]
    expect(series.map((s) => s.name)).toEqual(['党员数', '党组织数'])
    expect(series[0].data).toEqual([70, 72])
    expect(series[1].data).toEqual([14, 14])
  })
})
