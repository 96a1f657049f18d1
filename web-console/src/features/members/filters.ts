import type { LocationQuery } from 'vue-router'
import {
  AGE_BANDS, ARCHIVES, EDUCATIONS, GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES, type AgeBand, type Archive, type Education,
  type Gender, type MemberCategory, type MemberQuery, type MemberStatus,
} from '@/api/types'

/** The member list's filters as the screen keeps them (and the URL, so a reload keeps them). */
export interface MemberFilters {
  q: string
  orgId: string
  category: MemberCategory | ''
  status: MemberStatus | ''
  gender: Gender | ''
  ageBand: AgeBand | ''
  education: Education | ''
  joinedYear: number | null
  archive: Archive
  /** 1-based, as the pager shows it. */
  page: number
  size: number
  sort: string
}

export const PAGE_SIZES = [10, 20, 50, 100]
export const SORTABLE = ['name', 'birthDate', 'probationaryDate', 'fullMembershipDate', 'createdAt', 'updatedAt']
export const DEFAULT_FILTERS: MemberFilters = {
  q: '', orgId: '', category: '', status: '', gender: '', ageBand: '', education: '', joinedYear: null,
  archive: 'current', page: 1, size: 20, sort: 'name,asc',
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function oneOf<T extends string>(values: readonly T[], value: string): T | '' {
  return (values as readonly string[]).includes(value) ? (value as T) : ''
}

/** Reads the filters from the URL; anything unknown falls back to the default. */
export function fromQuery(query: LocationQuery): MemberFilters {
  const one = (v: unknown) => (typeof v === 'string' ? v : '')
  const year = Number(one(query.joinedYear))
  const sort = one(query.sort)
  const [sortProp, sortDir] = sort.split(',')
  return {
    q: one(query.q).trim().slice(0, 50),
    orgId: UUID.test(one(query.orgId)) ? one(query.orgId) : '',
    category: oneOf(MEMBER_CATEGORIES, one(query.category)),
    status: oneOf(MEMBER_STATUSES, one(query.status)),
    gender: oneOf(GENDERS, one(query.gender)),
    ageBand: oneOf(AGE_BANDS, one(query.ageBand)),
    education: oneOf(EDUCATIONS, one(query.education)),
    joinedYear: Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : null,
    archive: oneOf(ARCHIVES, one(query.archive)) || 'current',
    page: Math.max(1, Math.floor(Number(one(query.page))) || 1),
    size: PAGE_SIZES.includes(Number(one(query.size))) ? Number(one(query.size)) : DEFAULT_FILTERS.size,
    sort: SORTABLE.includes(sortProp) && (sortDir === 'asc' || sortDir === 'desc') ? sort : DEFAULT_FILTERS.sort,
  }
}

/** The URL query: only what differs from the default. */
export function toRouteQuery(filters: MemberFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(filters) as [keyof MemberFilters, unknown][]) {
    if (value === '' || value === null || value === DEFAULT_FILTERS[key]) continue
    query[key] = String(value)
  }
  return query
}

/** The API's query: pages count from 0; empty filters are left out (the client drops empty values). */
export function toApiQuery(filters: MemberFilters): MemberQuery {
  return {
    q: filters.q.trim() || undefined,
    orgId: filters.orgId || undefined,
    category: filters.category || undefined,
    status: filters.status || undefined,
    gender: filters.gender || undefined,
    ageBand: filters.ageBand || undefined,
    education: filters.education || undefined,
    joinedYear: filters.joinedYear ?? undefined,
    archive: filters.archive === 'current' ? undefined : filters.archive,
    page: filters.page - 1,
    size: filters.size,
    sort: filters.sort,
  }
}

/** The statuses worth offering as a filter in an archive: current members' ones, former members' ones, or all. */
export function statusesOf(archive: Archive): MemberStatus[] {
  const former: MemberStatus[] = ['probation_cancelled', 'left', 'deceased']
  if (archive === 'all') return [...MEMBER_STATUSES]
  return MEMBER_STATUSES.filter((s) => former.includes(s) === (archive === 'history'))
}
