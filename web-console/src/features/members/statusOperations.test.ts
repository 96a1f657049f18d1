import { describe, expect, it } from 'vitest'
import { earliestDate, operationsFor, plusMonths, unavailable } from './statusOperations'

const TODAY = '2026-11-24'
const offered = (state: Parameters<typeof operationsFor>[0]) =>
  operationsFor(state, TODAY).filter((o) => o.reason === null).map((o) => o.op)

describe('status operations', () => {
  it('offers a normal full member mobility, lost contact, suspension, leaving and death', () => {
    expect(offered({ status: 'normal', category: 'full', statusSince: '2020-01-01' }))
      .toEqual(['mobile', 'lost_contact', 'suspend', 'leave', 'deceased'])
  })

  it('offers a probationary member the probation operations but not suspension', () => {
    const state = { status: 'normal', category: 'probationary', statusSince: '2026-01-01' } as const
    expect(offered(state)).toEqual(['mobile', 'lost_contact', 'extend_probation', 'cancel_probation', 'convert_to_full', 'leave', 'deceased'])
    expect(unavailable('suspend', state, TODAY)).toBe('category')
  })

  it('extends probation only once', () => {
    expect(offered({ status: 'probation_extended', category: 'probationary', statusSince: '2026-01-01' }))
      .toEqual(['cancel_probation', 'convert_to_full', 'leave', 'deceased'])
  })

  it('suspends after six months of lost contact, not before', () => {
    expect(unavailable('suspend', { status: 'lost_contact', category: 'full', statusSince: '2026-06-01' }, TODAY))
      .toBe('lostContactTooShort')
    expect(unavailable('suspend', { status: 'lost_contact', category: 'full', statusSince: '2026-05-24' }, TODAY)).toBeNull()
    expect(earliestDate('suspend', { status: 'lost_contact', category: 'full', statusSince: '2026-05-24' })).toBe('2026-11-24')
  })

  it('offers a former member nothing', () => {
    for (const status of ['left', 'deceased', 'probation_cancelled'] as const) {
      expect(offered({ status, category: 'full', statusSince: '2020-01-01' })).toEqual([])
    }
  })

  it('adds months as java.time does', () => {
    expect(plusMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(plusMonths('2026-01-15', 12)).toBe('2027-01-15')
  })
})
