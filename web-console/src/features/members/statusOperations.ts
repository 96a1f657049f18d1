import type { MemberCategory, MemberStatus, StatusOperation } from '@/api/types'

/**
 * Which status operations the server accepts for a member (affairs-service StatusOperation and Member):
 * the statuses each starts from, the category it needs, and the six months of lost contact before a suspension.
 */
export const STATUS_OPERATIONS: StatusOperation[] = [
  'mobile', 'lost_contact', 'suspend', 'restore', 'extend_probation', 'cancel_probation', 'convert_to_full', 'leave',
  'deceased',
]

const CURRENT: MemberStatus[] = ['normal', 'mobile', 'lost_contact', 'suspended', 'probation_extended']

const FROM: Record<StatusOperation, MemberStatus[]> = {
  mobile: ['normal'],
  lost_contact: ['normal', 'mobile'],
  suspend: ['normal', 'mobile', 'lost_contact'],
  restore: ['mobile', 'lost_contact', 'suspended'],
  extend_probation: ['normal'],
  cancel_probation: ['normal', 'probation_extended'],
  convert_to_full: ['normal', 'probation_extended'],
  leave: CURRENT,
  deceased: CURRENT,
}

const CATEGORY: Partial<Record<StatusOperation, MemberCategory>> = {
  extend_probation: 'probationary',
  cancel_probation: 'probationary',
  convert_to_full: 'probationary',
  suspend: 'full',
}

export const LOST_CONTACT_MONTHS_BEFORE_SUSPENSION = 6

export interface MemberState {
  status: MemberStatus
  category: MemberCategory
  statusSince: string | null
}

/** Why an operation is not offered, or null when the server would accept it (given valid dates and fields). */
export type Unavailable = 'status' | 'category' | 'lostContactTooShort' | null

/** Adds months to a YYYY-MM-DD date the way java.time does (the 31st becomes the month's last day). */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

export function unavailable(op: StatusOperation, member: MemberState, today: string): Unavailable {
  if (!FROM[op].includes(member.status)) return 'status'
  const needs = CATEGORY[op]
  if (needs && needs !== member.category) return 'category'
  if (op === 'suspend' && member.status === 'lost_contact' && member.statusSince
      && today < plusMonths(member.statusSince, LOST_CONTACT_MONTHS_BEFORE_SUSPENSION)) {
    return 'lostContactTooShort'
  }
  return null
}

/** The operations to offer, each with whether it may be chosen. */
export function operationsFor(member: MemberState, today: string): { op: StatusOperation; reason: Unavailable }[] {
  return STATUS_OPERATIONS.map((op) => ({ op, reason: unavailable(op, member, today) }))
}

/** The earliest date the operation may carry: not before the current status began (nor, for a suspension after lost contact, before six months of it). */
export function earliestDate(op: StatusOperation, member: MemberState): string | null {
  if (!member.statusSince) return null
  if (op === 'suspend' && member.status === 'lost_contact') {
    return plusMonths(member.statusSince, LOST_CONTACT_MONTHS_BEFORE_SUSPENSION)
  }
  return member.statusSince
}
