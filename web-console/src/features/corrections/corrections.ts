import type { Correction, CorrectionStatus, Member, NewCorrection } from '@/api/types'
import { EDUCATIONS } from '@/api/types'
import { fieldMessage } from '@/shared/fieldMessages'

/**
 * Correction requests (信息修改审核): the fields a member may ask to change in their own archive, with the rules of
 * affairs-service's CorrectionChanges and NewCorrection checked before sending. Identity and party data are not
 * among them: an officer edits those directly.
 */
export const CORRECTABLE = ['phone', 'address', 'education', 'job', 'nativePlace', 'ethnicity'] as const
export type CorrectableField = (typeof CORRECTABLE)[number]

/** The longest value per field (education is one of its levels). */
export const MAX_LENGTHS: Record<CorrectableField, number> = {
  phone: 30, address: 200, education: 30, job: 100, nativePlace: 100, ethnicity: 20,
}
export const REASON_MAX = 300
export const DECISION_REASON_MAX = 500
const PHONE = /^[0-9+\-() ]*$/

export function isCorrectable(field: string): field is CorrectableField {
  return (CORRECTABLE as readonly string[]).includes(field)
}

/** The form: which fields are picked, the new value of each (kept when unpicked and picked again), and why. */
export interface CorrectionForm {
  fields: CorrectableField[]
  values: Record<CorrectableField, string>
  reason: string
}

/** The member's value of a field as the archive holds it (null when empty). */
export function currentValue(member: Member, field: CorrectableField): string | null {
  const value = member[field]
  return value === null || value === undefined || value === '' ? null : String(value)
}

/** A fresh form with the current values to start from. */
export function correctionFormOf(member: Member): CorrectionForm {
  const values = Object.fromEntries(CORRECTABLE.map((f) => [f, currentValue(member, f) ?? ''])) as Record<CorrectableField, string>
  return { fields: [], values, reason: '' }
}

const normalise = (value: string | null | undefined) => (value ?? '').trim()

export type CorrectionError =
  | { key: 'noField' }
  | { key: 'required' }
  | { key: 'maxLength'; n: number }
  | { key: 'phone' }
  | { key: 'education' }
  | { key: 'unchanged' }

/**
 * The problems of the form by field (`fields` for the choice, `reason`, and each picked field); empty when it may
 * be sent. A value the same as the archive's is refused here: the request would change nothing.
 */
export function checkCorrection(form: CorrectionForm, member: Member): Record<string, CorrectionError> {
  const errors: Record<string, CorrectionError> = {}
  if (form.fields.length === 0) errors.fields = { key: 'noField' }
  for (const field of form.fields) {
    const value = normalise(form.values[field])
    if (value.length > MAX_LENGTHS[field]) errors[field] = { key: 'maxLength', n: MAX_LENGTHS[field] }
    else if (field === 'phone' && !PHONE.test(value)) errors[field] = { key: 'phone' }
    else if (field === 'education' && value !== '' && !(EDUCATIONS as string[]).includes(value)) errors[field] = { key: 'education' }
    else if (value === normalise(currentValue(member, field))) errors[field] = { key: 'unchanged' }
  }
  const reason = normalise(form.reason)
  if (reason === '') errors.reason = { key: 'required' }
  else if (reason.length > REASON_MAX) errors.reason = { key: 'maxLength', n: REASON_MAX }
  return errors
}

/** The request body: the picked fields in the form's order, values trimmed; a blank value asks to clear the field. */
export function correctionBody(form: CorrectionForm): NewCorrection {
  const changes: Record<string, string> = {}
  for (const field of CORRECTABLE) {
    if (form.fields.includes(field)) changes[field] = normalise(form.values[field])
  }
  return { changes, reason: normalise(form.reason) }
}

/** Element Plus tag type per status: pending stands out, a rejection reads as one. */
export const STATUS_TAGS: Record<CorrectionStatus, 'warning' | 'success' | 'danger'> = {
  pending: 'warning', approved: 'success', rejected: 'danger',
}

/** The i18n key of a status label (待处理, 已通过, 已驳回). */
export const statusKey = (status: CorrectionStatus) => `corrections.status.${status}`

export interface ChangeLine {
  field: string
  /** The archive's value now; shown only while the request is pending and the archive is at hand. */
  old: string | null
  new: string | null
  showOld: boolean
}

/**
 * The asked changes as lines "field: old → new", in the form's order. The request keeps only the new values; the old
 * one is the archive's current value, which is the value being replaced only while the request is pending.
 */
export function changeLines(correction: Correction, member?: Member | null): ChangeLine[] {
  const order = (field: string) => (isCorrectable(field) ? CORRECTABLE.indexOf(field) : CORRECTABLE.length)
  const showOld = correction.status === 'pending' && !!member
  return Object.keys(correction.changes)
    .sort((a, b) => order(a) - order(b))
    .map((field) => ({
      field,
      old: showOld && member && isCorrectable(field) ? currentValue(member, field) : null,
      new: correction.changes[field] === '' ? null : correction.changes[field] ?? null,
      showOld,
    }))
}

/** The server's field messages of a correction, in the user's language (its own sentences, then the shared ones). */
export function correctionFieldMessage(message: string, locale: string): string {
  if (locale !== 'zh-CN') return message
  const size = /^size must be at most (\d+)$/.exec(message)
  if (size) return `最多 ${size[1]} 个字符`
  if (message.startsWith('must be one of ')) return '请从列表中选择'
  if (message === 'must name at least one field') return '请至少选择一项'
  return fieldMessage(message, locale)
}

export type StatusFilter = CorrectionStatus | 'all'
export const STATUS_FILTERS: StatusFilter[] = ['pending', 'approved', 'rejected', 'all']

/** The list's status filter from the address (`?status=approved`); pending, the work to do, unless another is named. */
export function statusFilterOf(value: unknown): StatusFilter {
  return typeof value === 'string' && (STATUS_FILTERS as string[]).includes(value) ? (value as StatusFilter) : 'pending'
}

/** The list query: pending oldest first (first come, first served), decided ones newest first. */
export function listQuery(filter: StatusFilter, page: number, size: number) {
  return {
    status: filter === 'all' ? undefined : filter,
    page: page - 1,
    size,
    sort: filter === 'pending' ? 'requestedAt,asc' : 'requestedAt,desc',
  }
}
