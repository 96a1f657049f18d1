import type { MeetingFrequency, RoundingMode, TenantSettings } from '@/api/types'
import type { Violation } from '@/features/operator-tenants/registration'

/** The server's rules for the settings document (TenantSettings.java, SettingsRules.java), mirrored. */
export const ROUNDING_MODES: RoundingMode[] = ['HALF_UP', 'HALF_EVEN', 'HALF_DOWN', 'UP', 'DOWN', 'CEILING', 'FLOOR']
export const FREQUENCIES: MeetingFrequency[] = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY']
const TIMES_PER_YEAR: Record<MeetingFrequency, number> = { WEEKLY: 52, MONTHLY: 12, QUARTERLY: 4, HALF_YEARLY: 2, YEARLY: 1 }

export type Meeting = keyof TenantSettings['meetings']
export const MEETINGS: Meeting[] = ['generalMeeting', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'organizationalLife', 'memberReview']

/** The national minimum, which is also the default (《中国共产党支部工作条例（试行）》). */
export const MINIMUM: Record<Meeting, MeetingFrequency> = {
  generalMeeting: 'QUARTERLY', committeeMeeting: 'MONTHLY', groupMeeting: 'MONTHLY', partyLecture: 'QUARTERLY',
  organizationalLife: 'YEARLY', memberReview: 'YEARLY',
}

export function atLeastAsOftenAs(chosen: MeetingFrequency, minimum: MeetingFrequency): boolean {
  return TIMES_PER_YEAR[chosen] >= TIMES_PER_YEAR[minimum]
}

const RANGES: Record<string, [number, number]> = {
  'dues.roundingScale': [0, 2], 'dues.collectionDay': [1, 28], 'dues.arrearsReminderMonths': [1, 5],
  'transfers.letterValidityDaysInCity': [1, 90], 'transfers.letterValidityDaysOutOfCity': [1, 90],
}

/** Every rule the document breaks, by field path as the server names it (`meetings.partyLecture`). */
export function settingsViolations(s: TenantSettings): Record<string, Violation> {
  const v: Record<string, Violation> = {}
  for (const [path, [min, max]] of Object.entries(RANGES)) {
    const [section, field] = path.split('.') as [keyof TenantSettings, string]
    const value = (s[section] as Record<string, unknown>)[field]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      v[path] = { key: 'validation.range', params: { field: `settings.${field}`, min, max } }
    }
  }
  if (!ROUNDING_MODES.includes(s.dues.roundingMode)) v['dues.roundingMode'] = { key: 'validation.select', params: { field: 'settings.roundingMode' } }
  const { letterValidityDaysInCity: inCity, letterValidityDaysOutOfCity: outOfCity } = s.transfers
  if (!v['transfers.letterValidityDaysInCity'] && !v['transfers.letterValidityDaysOutOfCity'] && inCity > outOfCity) {
    v['transfers.letterValidityDaysInCity'] = { key: 'validation.inCityExceeds' }
  }
  for (const meeting of MEETINGS) {
    const chosen = s.meetings[meeting]
    if (!FREQUENCIES.includes(chosen) || !atLeastAsOftenAs(chosen, MINIMUM[meeting])) {
      v[`meetings.${meeting}`] = { key: 'settings.minimum', params: { f: `settings.frequency.${MINIMUM[meeting]}` } }
    }
  }
  return v
}
