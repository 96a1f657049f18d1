import type { Education, Gender, Member, MemberCategory, MemberDetails } from '@/api/types'
import { isIdCardInfo, parseIdNumber, type IdCardProblem } from './idCard'

/** The create/edit form's values (dates as YYYY-MM-DD or ''). */
export interface MemberForm {
  orgId: string
  name: string
  idNumber: string
  gender: Gender | ''
  birthDate: string
  ethnicity: string
  nativePlace: string
  education: Education | ''
  job: string
  phone: string
  address: string
  applicationDate: string
  activistDate: string
  probationaryDate: string
  fullMembershipDate: string
  category: MemberCategory | ''
}

export function emptyForm(): MemberForm {
  return {
    orgId: '', name: '', idNumber: '', gender: '', birthDate: '', ethnicity: '', nativePlace: '', education: '', job: '',
    phone: '', address: '', applicationDate: '', activistDate: '', probationaryDate: '', fullMembershipDate: '',
    category: '',
  }
}

/** An existing member in the form; the masked ID number is not put in (the officer types the number again to change it). */
export function formOf(m: Member): MemberForm {
  return {
    orgId: m.orgId, name: m.name, idNumber: '', gender: m.gender ?? '', birthDate: m.birthDate ?? '',
    ethnicity: m.ethnicity ?? '', nativePlace: m.nativePlace ?? '', education: m.education ?? '', job: m.job ?? '',
    phone: m.phone ?? '', address: m.address ?? '', applicationDate: m.applicationDate ?? '',
    activistDate: m.activistDate ?? '', probationaryDate: m.probationaryDate ?? '',
    fullMembershipDate: m.fullMembershipDate ?? '', category: m.category,
  }
}

export type FormError =
  | { key: 'required' }
  | { key: 'idNumber'; problem: IdCardProblem }
  | { key: 'idMismatch'; expected: string }
  | { key: 'future' }
  | { key: 'beforePrevious'; previous: string; date: string }
  | { key: 'fullAfterProbationary' }
  | { key: 'probationaryHasNoFull' }
  | { key: 'phone' }
  | { key: 'maxLength'; n: number }

const MILESTONES = ['applicationDate', 'activistDate', 'probationaryDate', 'fullMembershipDate'] as const
const LENGTHS: Partial<Record<keyof MemberForm, number>> = {
  name: 50, ethnicity: 20, nativePlace: 100, job: 100, phone: 30, address: 200,
}

/**
 * The server's rules (MemberDetails and Member.check), checked before sending. `idRequired` is false when
 * editing: an empty number keeps the stored one.
 */
export function validateForm(form: MemberForm, today: string, idRequired = true): Partial<Record<keyof MemberForm, FormError>> {
  const errors: Partial<Record<keyof MemberForm, FormError>> = {}
  if (!form.orgId) errors.orgId = { key: 'required' }
  if (!form.name.trim()) errors.name = { key: 'required' }
  if (!form.category) errors.category = { key: 'required' }
  for (const [field, n] of Object.entries(LENGTHS) as [keyof MemberForm, number][]) {
    if (!errors[field] && form[field].trim().length > n) errors[field] = { key: 'maxLength', n }
  }
  if (form.phone && !/^[0-9+\-() ]*$/.test(form.phone)) errors.phone = { key: 'phone' }
  let birthDate: string | null = form.birthDate || null
  if (!form.idNumber.trim()) {
    if (idRequired) errors.idNumber = { key: 'required' }
  } else {
    const id = parseIdNumber(form.idNumber, today)
    if (!isIdCardInfo(id)) {
      errors.idNumber = { key: 'idNumber', problem: id.problem }
    } else {
      birthDate = id.birthDate
      if (form.birthDate && form.birthDate !== id.birthDate) errors.birthDate = { key: 'idMismatch', expected: id.birthDate }
      if (form.gender && form.gender !== id.gender) errors.gender = { key: 'idMismatch', expected: id.gender }
    }
  }
  let previous = birthDate
  for (const field of MILESTONES) {
    const date = form[field]
    if (!date) continue
    if (date > today) errors[field] = { key: 'future' }
    else if (previous && date < previous) errors[field] = { key: 'beforePrevious', previous, date }
    previous = date
  }
  if (!errors.fullMembershipDate && form.fullMembershipDate && form.probationaryDate
      && form.fullMembershipDate <= form.probationaryDate) {
    errors.fullMembershipDate = { key: 'fullAfterProbationary' }
  }
  if (form.category === 'probationary' && form.fullMembershipDate) errors.fullMembershipDate = { key: 'probationaryHasNoFull' }
  return errors
}

/** The body to send; empty strings become absent. */
export function detailsOf(form: MemberForm, includeCategory: boolean): MemberDetails {
  const text = (v: string) => (v.trim() ? v.trim() : null)
  return {
    orgId: form.orgId,
    name: form.name.trim(),
    idNumber: form.idNumber.trim().toUpperCase(),
    gender: form.gender || null,
    birthDate: form.birthDate || null,
    ethnicity: text(form.ethnicity),
    nativePlace: text(form.nativePlace),
    education: form.education || null,
    job: text(form.job),
    phone: text(form.phone),
    address: text(form.address),
    applicationDate: form.applicationDate || null,
    activistDate: form.activistDate || null,
    probationaryDate: form.probationaryDate || null,
    fullMembershipDate: form.fullMembershipDate || null,
    ...(includeCategory ? { category: form.category || null } : {}),
  }
}

/** Completed years on `today` (YYYY-MM-DD dates). */
export function ageOn(birthDate: string | null | undefined, today: string): number | null {
  if (!birthDate) return null
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number)
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}
