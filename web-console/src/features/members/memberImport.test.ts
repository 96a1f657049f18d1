import { describe, expect, it, vi } from 'vitest'
import { createClient } from '@/api/client'
import { ApiError } from '@/api/problem'
import { importForm } from '@/api'
import { DEFAULT_FILTERS, fromQuery } from './filters'
import { checkImportFile, exportQuery, exportUrl, fileSize, MAX_IMPORT_BYTES, outcomeOfAnswer, outcomeOfError } from './memberImport'

const ORG = '0b6f3d2e-1c1a-4c55-9a55-6f2d7c1a2b3c'
const ERRORS = [
  { row: 2, column: '公民身份号码', reason: '公民身份号码校验位错误' },
  { row: 4, column: null, reason: '与第 5 行的公民身份号码重复' },
]

function invalidProblem(rows: number, rejected: number) {
  // As it comes off the wire: its `errors` is the row list, not the field map of validation problems.
  return new ApiError(JSON.parse(JSON.stringify({
    type: 'urn:partycloud:problem:member-import-invalid', status: 422, title: '导入数据有误 Invalid rows',
    detail: '2 行有错误', rows, imported: 0, rejected, errors: ERRORS,
  })))
}

describe('the member import report', () => {
  it('is read from the 200 answer, rejected rows listed with validOnly', () => {
    const outcome = outcomeOfAnswer({ rows: 6, imported: 4, rejected: 2, errors: ERRORS })
    expect(outcome).toEqual({ kind: 'done', report: { rows: 6, imported: 4, rejected: 2, errors: ERRORS } })
  })

  it('is read from the 422 member-import-invalid problem, which says nothing was imported and offers the valid rows', () => {
    const outcome = outcomeOfError(invalidProblem(6, 2), 'all')
    expect(outcome).toEqual({
      kind: 'refused', canRetryValidOnly: true, report: { rows: 6, imported: 0, rejected: 2, errors: ERRORS },
    })
  })

  it('offers no valid-rows retry when no row was valid or the valid rows were already asked for', () => {
    expect(outcomeOfError(invalidProblem(2, 2), 'all')).toMatchObject({ kind: 'refused', canRetryValidOnly: false })
    expect(outcomeOfError(invalidProblem(6, 2), 'validOnly')).toMatchObject({ kind: 'refused', canRetryValidOnly: false })
  })

  it('turns a column-less error into null and ignores malformed entries', () => {
    const outcome = outcomeOfAnswer({ rows: 1, imported: 0, rejected: 1, errors: [{ row: 2, column: '', reason: 'x' }, null, 'y'] })
    expect(outcome).toEqual({ kind: 'done', report: { rows: 1, imported: 0, rejected: 1, errors: [{ row: 2, column: null, reason: 'x' }] } })
  })

  it('keeps every other problem (413, 415, empty, template mismatch) as a failure to word', () => {
    for (const [status, slug] of [[413, 'member-import-too-large'], [415, 'member-import-not-xlsx'],
      [422, 'member-import-empty'], [422, 'member-import-template-mismatch']] as const) {
      const error = new ApiError({ type: `urn:partycloud:problem:${slug}`, status })
      expect(outcomeOfError(error, 'all')).toEqual({ kind: 'failed', error })
    }
  })
})

describe('the chosen import file', () => {
  it('is refused before uploading when over the server limit of 5 MB', () => {
    expect(checkImportFile({ name: '党员.xlsx', size: MAX_IMPORT_BYTES + 1 })).toBe('tooLarge')
    expect(checkImportFile({ name: '党员.xlsx', size: MAX_IMPORT_BYTES })).toBeNull()
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024)
  })

  it('must be an .xlsx by its name and not empty', () => {
    expect(checkImportFile({ name: '党员.xls', size: 10 })).toBe('notXlsx')
    expect(checkImportFile({ name: '党员.csv', size: 10 })).toBe('notXlsx')
    expect(checkImportFile({ name: '党员.XLSX', size: 10 })).toBeNull()
    expect(checkImportFile({ name: '党员.xlsx', size: 0 })).toBe('empty')
  })

  it('shows its size readably', () => {
    expect(fileSize(900)).toBe('900 B')
    expect(fileSize(812 * 1024)).toBe('812 KB')
    expect(fileSize(4.8 * 1024 * 1024)).toBe('4.8 MB')
  })
})

describe('the member export', () => {
  it('asks for the list as filtered and sorted now, without the page', () => {
    const filters = fromQuery({ q: '张', orgId: ORG, category: 'full', status: 'normal', gender: 'male', ageBand: '35-45',
      education: 'bachelor', joinedYear: '2020', archive: 'all', page: '3', size: '50', sort: 'birthDate,desc' })
    expect(exportQuery(filters)).toEqual({
      q: '张', orgId: ORG, category: 'full', status: 'normal', gender: 'male', ageBand: '35-45', education: 'bachelor',
      joinedYear: 2020, archive: 'all', sort: 'birthDate,desc',
    })
    expect(exportUrl(filters)).toBe(`/api/affairs/members/export?q=%E5%BC%A0&orgId=${ORG}&category=full&status=normal`
      + '&gender=male&ageBand=35-45&education=bachelor&joinedYear=2020&archive=all&sort=birthDate%2Cdesc')
  })

  it('of the unfiltered list carries only the sort', () => {
    expect(exportUrl({ ...DEFAULT_FILTERS, page: 4 })).toBe('/api/affairs/members/export?sort=name%2Casc')
  })
})

describe('the import and export calls', () => {
  function client(answer: Response) {
    const fetch = vi.fn(async () => answer)
    const api = createClient({
      fetch: fetch as unknown as typeof globalThis.fetch,
      cookies: () => 'XSRF-TOKEN=tok%2D1',
      tenant: () => 'acme',
      login: vi.fn(),
    })
    const sent = () => {
      const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
      return { url, init, headers: init.headers as Record<string, string> }
    }
    return { api, sent }
  }

  it('upload the file as multipart FormData with the CSRF header and no Content-Type of their own', async () => {
    const { api, sent } = client(new Response('{"rows":1,"imported":1,"rejected":0,"errors":[]}', { status: 200 }))
    const form = importForm(new File([new Uint8Array([80, 75, 3, 4])], '党员.xlsx'), 'validOnly')

    const report = await api.post('/api/affairs/members/import', form, { tenantScoped: true })

    expect(report).toEqual({ rows: 1, imported: 1, rejected: 0, errors: [] })
    expect(sent().init.method).toBe('POST')
    expect(sent().init.body).toBe(form)
    expect(sent().headers['X-XSRF-TOKEN']).toBe('tok-1')
    expect(sent().headers['X-Tenant']).toBe('acme')
    expect(Object.keys(sent().headers).map((h) => h.toLowerCase())).not.toContain('content-type')
    expect((sent().init.body as FormData).get('mode')).toBe('validOnly')
    expect(((sent().init.body as FormData).get('file') as File).name).toBe('党员.xlsx')
  })

  it('turn the 422 of a refused import into an ApiError that still carries the rows', async () => {
    const { api } = client(new Response(JSON.stringify({ type: 'urn:partycloud:problem:member-import-invalid', status: 422,
      rows: 3, imported: 0, rejected: 1, errors: [ERRORS[0]] }), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }))
    const error = await api.post('/api/affairs/members/import', new FormData(), { tenantScoped: true }).catch((e) => e)
    expect(outcomeOfError(error, 'all')).toEqual({
      kind: 'refused', canRetryValidOnly: true, report: { rows: 3, imported: 0, rejected: 1, errors: [ERRORS[0]] },
    })
  })

  it('download the export with the tenant header and the UTF-8 file name the server gave', async () => {
    const { api, sent } = client(new Response(new Uint8Array([80, 75]), { status: 200, headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': "attachment; filename=\"members-20261124.xlsx\"; filename*=UTF-8''%E5%85%9A%E5%91%98%E5%90%8D%E5%8D%95-20261124.xlsx",
    } }))
    const file = await api.download('/api/affairs/members/export', { tenantScoped: true, query: exportQuery(DEFAULT_FILTERS) }, 'x.xlsx')
    expect(file.filename).toBe('党员名单-20261124.xlsx')
    expect(file.blob.size).toBe(2)
    expect(sent().url).toBe('/api/affairs/members/export?sort=name%2Casc')
    expect(sent().headers['X-Tenant']).toBe('acme')
    expect(sent().headers['X-XSRF-TOKEN']).toBeUndefined()
  })
})
