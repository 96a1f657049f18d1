import { describe, expect, it } from 'vitest'
import type { TenantSettings } from '@/api/types'
import { settingsViolations } from './settings'

const national = (): TenantSettings => ({
  dues: { roundingScale: 2, roundingMode: 'HALF_UP', collectionDay: 25, arrearsReminderMonths: 3 },
  transfers: { letterValidityDaysInCity: 10, letterValidityDaysOutOfCity: 30 },
  meetings: { generalMeeting: 'QUARTERLY', committeeMeeting: 'MONTHLY', groupMeeting: 'MONTHLY', partyLecture: 'QUARTERLY',
    organizationalLife: 'YEARLY', memberReview: 'YEARLY' },
})

describe('settings rules (mirroring the server)', () => {
  it('accepts the national defaults and stricter meetings', () => {
    expect(settingsViolations(national())).toEqual({})
    const stricter = national()
    stricter.meetings.partyLecture = 'MONTHLY'
    expect(settingsViolations(stricter)).toEqual({})
  })

  it('refuses meetings less often than the national minimum, at the field the server names', () => {
    const laxer = national()
    laxer.meetings.committeeMeeting = 'QUARTERLY'
    expect(Object.keys(settingsViolations(laxer))).toEqual(['meetings.committeeMeeting'])
  })

  it('refuses a letter valid longer in the city than to another city', () => {
    const s = national()
    s.transfers.letterValidityDaysInCity = 40
    expect(settingsViolations(s)['transfers.letterValidityDaysInCity']?.key).toBe('validation.inCityExceeds')
  })

  it('keeps numbers within their bounds', () => {
    const s = national()
    s.dues.collectionDay = 29
    s.dues.roundingScale = 3
    expect(Object.keys(settingsViolations(s)).sort()).toEqual(['dues.collectionDay', 'dues.roundingScale'])
  })
})
