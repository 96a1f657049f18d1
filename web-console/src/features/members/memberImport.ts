import { ApiError } from '@/api'
import { buildUrl } from '@/api/client'
import type { ImportMode, ImportReport, ImportRowError, MemberQuery } from '@/api/types'
import { toApiQuery, type MemberFilters } from './filters'

/** The server's limit (spring.servlet.multipart.max-file-size of affairs-service): checked here before uploading. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const EXPORT_PATH = '/api/affairs/members/export'

/** Why a chosen file is not sent: not an .xlsx by its name, over the limit, or empty. */
export type FileRefusal = 'notXlsx' | 'tooLarge' | 'empty'

export function checkImportFile(file: { name: string; size: number }): FileRefusal | null {
  if (!/\.xlsx$/i.test(file.name.trim())) return 'notXlsx'
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge'
  if (file.size === 0) return 'empty'
  return null
}

/** "812 KB", "4.8 MB": how big the chosen file is. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A report read defensively from the 200 answer or the 422 problem's extension fields. */
export function reportOf(body: unknown): ImportReport {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
  const errors: ImportRowError[] = Array.isArray(source.errors)
    ? source.errors
      .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
      .map((e) => ({
        row: count(e.row),
        column: typeof e.column === 'string' && e.column ? e.column : null,
        reason: typeof e.reason === 'string' ? e.reason : '',
      }))
    : []
  return { rows: count(source.rows), imported: count(source.imported), rejected: count(source.rejected), errors }
}

/**
 * What an import came to:
 * - `done`: the 200 answer (with `validOnly` it may still list rejected rows);
 * - `refused`: the 422 `member-import-invalid` problem — nothing was written; `canRetryValidOnly` when the file was
 *   sent whole (`all`) and some rows were valid;
 * - `failed`: any other problem (413, 415, empty, template mismatch, …), shown as one message.
 */
export type ImportOutcome =
  | { kind: 'done'; report: ImportReport }
  | { kind: 'refused'; report: ImportReport; canRetryValidOnly: boolean }
  | { kind: 'failed'; error: unknown }

export function outcomeOfAnswer(body: unknown): ImportOutcome {
  return { kind: 'done', report: reportOf(body) }
}

export function outcomeOfError(error: unknown, mode: ImportMode): ImportOutcome {
  if (error instanceof ApiError && error.status === 422 && error.slug === 'member-import-invalid') {
    const report = reportOf(error.problem)
    return { kind: 'refused', report, canRetryValidOnly: mode === 'all' && report.rejected < report.rows }
  }
  return { kind: 'failed', error }
}

/** The export's query: the list's filters and sort, without the page (the export is the whole filtered list). */
export function exportQuery(filters: MemberFilters): Omit<MemberQuery, 'page' | 'size'> {
  const { page: _page, size: _size, ...rest } = toApiQuery(filters)
  return rest
}

export function exportUrl(filters: MemberFilters): string {
  return buildUrl(EXPORT_PATH, { ...exportQuery(filters) })
}

/** Hands a fetched file to the browser's downloads under its name. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Some browsers start the download after the click returns: let go of the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
