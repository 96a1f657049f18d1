import { locale } from '@/i18n'

/** 2026-11-03 14:05 in the user's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale.value, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date)
}

/** Dates without a time (subscription start and end) are shown as they are: YYYY-MM-DD. */
export function formatDate(date: string | null | undefined): string {
  return date ?? '—'
}

/** Today as YYYY-MM-DD in the user's calendar. */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const result = new Date(y + years, m - 1, d - 1)
  return `${result.getFullYear()}-${String(result.getMonth() + 1).padStart(2, '0')}-${String(result.getDate()).padStart(2, '0')}`
}
