import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, fromQuery, statusesOf, toApiQuery, toRouteQuery } from './filters'

const ORG = '0b6f3d2e-1c1a-4c55-9a55-6f2d7c1a2b3c'

describe('member list filters', () => {
  it('map to the API query with 0-based pages, leaving out what is empty', () => {
    const filters = fromQuery({ q: ' zsf ', orgId: ORG, category: 'probationary', gender: 'female', ageBand: '35-45',
      education: 'bachelor', joinedYear: '2021', archive: 'history', page: '3', size: '50' })
    expect(toApiQuery(filters)).toEqual({
      q: 'zsf', orgId: ORG, category: 'probationary', status: undefined, gender: 'female', ageBand: '35-45',
      education: 'bachelor', joinedYear: 2021, archive: 'history', page: 2, size: 50, sort: 'name,asc',
    })
  })

  it('send no archive for the current members (the default) and drop unknown values', () => {
    const filters = fromQuery({ status: 'bogus', ageBand: '99', orgId: 'x', joinedYear: 'abc', size: '7', sort: 'idNumber,asc' })
    expect(filters).toEqual(DEFAULT_FILTERS)
    const api = toApiQuery(filters)
    expect(api.archive).toBeUndefined()
    expect(api.status).toBeUndefined()
    expect(api.page).toBe(0)
  })

  it('keep only what differs from the default in the URL', () => {
    expect(toRouteQuery({ ...DEFAULT_FILTERS, q: 'zsf', page: 2 })).toEqual({ q: 'zsf', page: '2' })
    expect(toRouteQuery(DEFAULT_FILTERS)).toEqual({})
    expect(fromQuery(toRouteQuery({ ...DEFAULT_FILTERS, joinedYear: 2020, archive: 'all' })))
      .toEqual({ ...DEFAULT_FILTERS, joinedYear: 2020, archive: 'all' })
  })

  it('offer the statuses of the chosen archive', () => {
    expect(statusesOf('history')).toEqual(['probation_cancelled', 'left', 'deceased'])
    expect(statusesOf('current')).not.toContain('left')
    expect(statusesOf('all')).toHaveLength(8)
  })
})
