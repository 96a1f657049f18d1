/**
 * Resident ID-card numbers (居民身份证号码) as GB 11643-1999 defines them, checked the way affairs-service's
 * IdCardNumber does: 17 digits and a check digit (0–9 or X), a real birth date from 1900-01-01 to today,
 * the 17th digit odd for men and even for women.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_DIGITS = '10X98765432'
const SHAPE = /^[1-9][0-9]{16}[0-9X]$/

export type IdCardProblem = 'shape' | 'checkDigit' | 'birthDate'

export interface IdCardInfo {
  value: string
  birthDate: string
  gender: 'male' | 'female'
}

/** How people type it: spaces around, a small x. */
export function normaliseIdNumber(input: string | null | undefined): string {
  return (input ?? '').trim().toUpperCase()
}

/** The check digit of the first seventeen digits. */
export function checkDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_DIGITS[sum % 11]
}

/** The number with its right check digit appended (for tests and demo data). */
export function withCheckDigit(first17: string): string {
  return first17 + checkDigit(first17)
}

/** Reads and checks a number: the derived birth date and gender, or what is wrong with it. */
export function parseIdNumber(input: string, today: string): IdCardInfo | { problem: IdCardProblem } {
  const value = normaliseIdNumber(input)
  if (!SHAPE.test(value)) return { problem: 'shape' }
  if (checkDigit(value.substring(0, 17)) !== value[17]) return { problem: 'checkDigit' }
  const y = Number(value.substring(6, 10))
  const m = Number(value.substring(10, 12))
  const d = Number(value.substring(12, 14))
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { problem: 'birthDate' }
  const birthDate = `${value.substring(6, 10)}-${value.substring(10, 12)}-${value.substring(12, 14)}`
  if (birthDate < '1900-01-01' || birthDate > today) return { problem: 'birthDate' }
  return { value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'male' : 'female' }
}

export function isIdCardInfo(result: IdCardInfo | { problem: IdCardProblem }): result is IdCardInfo {
  return 'value' in result
}

/** First three and last four characters, the rest starred, as the server shows it: 110***********002X. */
export function maskIdNumber(number: string): string {
  if (number.length < 8) return '*'.repeat(number.length)
  return number.substring(0, 3) + '*'.repeat(number.length - 7) + number.substring(number.length - 4)
}
