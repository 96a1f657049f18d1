import { describe, expect, it, vi } from 'vitest'
import { buildUrl, createClient, filenameOf, readCookie, type ClientEnvironment } from './client'
import { ApiError } from './problem'

function problemResponse(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })
}

/** The ApiError a call fails with. */
async function failure(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('the call did not fail')
}

function client(answer: Response | Error, env: Partial<ClientEnvironment> = {}) {
  const fetch = vi.fn(async () => {
    if (answer instanceof Error) throw answer
    return answer
  })
  const login = vi.fn()
  const api = createClient({
    fetch: fetch as unknown as typeof globalThis.fetch,
    cookies: () => 'PARTYCLOUD_SESSION=ignored; XSRF-TOKEN=abc%2D123; other=1',
    tenant: () => 'acme',
    login,
    ...env,
  })
  const sent = () => {
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    return { url, init, headers: init.headers as Record<string, string> }
  }
  return { api, fetch, login, sent }
}

describe('the API client', () => {
  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on calls that change something', async () => {
    const { api, sent } = client(new Response('{"ok":true}', { status: 200 }))
    await api.post('/api/tenant/tenants/acme/resume')
    expect(sent().headers['X-XSRF-TOKEN']).toBe('abc-123')
    expect(sent().init.method).toBe('POST')
    expect(sent().init.credentials).toBe('same-origin')
  })

  it('sends no CSRF header on a GET, but asks for JSON', async () => {
    const { api, sent } = client(new Response('[]', { status: 200 }))
    await api.get('/api/tenant/plans')
    expect(sent().headers).not.toHaveProperty('X-XSRF-TOKEN')
    expect(sent().headers.Accept).toBe('application/json')
  })

  it('names the active tenant only on tenant-scoped calls', async () => {
    const scoped = client(new Response('[]', { status: 200 }))
    await scoped.api.get('/api/tenant/modules', { tenantScoped: true })
    expect(scoped.sent().headers['X-Tenant']).toBe('acme')

    const platform = client(new Response('[]', { status: 200 }))
    await platform.api.get('/api/tenant/plans')
    expect(platform.sent().headers).not.toHaveProperty('X-Tenant')
  })

  it('sends a body as JSON', async () => {
    const { api, sent } = client(new Response('{}', { status: 200 }))
    await api.put('/api/tenant/modules/info.notices', { enabled: false }, { tenantScoped: true })
    expect(sent().headers['Content-Type']).toBe('application/json')
    expect(sent().init.body).toBe('{"enabled":false}')
  })

  it('turns a validation problem into an ApiError with its slug and field errors', async () => {
    const { api } = client(problemResponse(400, {
      type: 'urn:partycloud:problem:validation', title: '输入有误 Invalid input', status: 400,
      detail: 'Some fields are not valid.', errors: { key: '3-30 characters: a lower-case letter, then lower-case letters or digits' },
    }))
    const error = await failure(api.post('/api/tenant/tenants', {}))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.slug).toBe('validation')
    expect(error.fieldErrors).toEqual({ key: '3-30 characters: a lower-case letter, then lower-case letters or digits' })
  })

  it('keeps the extension members of a problem', async () => {
    const { api } = client(problemResponse(409, {
      type: 'urn:partycloud:problem:illegal-tenant-transition', status: 409, tenant: 'acme', tenantStatus: 'DELETING',
    }))
    const error: ApiError = await failure(api.post('/api/tenant/tenants/acme/suspend', { reason: 'x' }))
    expect(error.slug).toBe('illegal-tenant-transition')
    expect(error.problem.tenantStatus).toBe('DELETING')
    expect(error.fieldErrors).toEqual({})
  })

  it('sends the browser to the login the 401 names', async () => {
    const { api, login } = client(problemResponse(401, {
      type: 'urn:partycloud:problem:unauthenticated', status: 401, login: '/oauth2/authorization/keycloak',
    }))
    const error: ApiError = await failure(api.get('/api/me'))
    expect(error.status).toBe(401)
    expect(login).toHaveBeenCalledWith('/oauth2/authorization/keycloak')
  })

  it('never follows a 401 to another origin', async () => {
    const { api, login } = client(problemResponse(401, { type: 'x', status: 401, login: 'https://evil.example/' }))
    await api.get('/api/me').catch(() => undefined)
    expect(login).toHaveBeenCalledWith('/oauth2/authorization/keycloak')
  })

  it('never follows a 401 to a protocol-relative or backslash path', async () => {
    for (const sneaky of ['//evil.example/login', '/\\evil.example/login']) {
      const { api, login } = client(problemResponse(401, { type: 'x', status: 401, login: sneaky }))
      await api.get('/api/me').catch(() => undefined)
      expect(login).toHaveBeenCalledWith('/oauth2/authorization/keycloak')
    }
  })

  it('makes a problem of an answer that is not problem JSON (a proxy error page)', async () => {
    const { api, login } = client(new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }))
    const error: ApiError = await failure(api.get('/api/tenant/plans'))
    expect(error.status).toBe(502)
    expect(error.slug).toBe('http-502')
    expect(login).not.toHaveBeenCalled()
  })

  it('makes a network problem of a request that reached no server', async () => {
    const { api } = client(new TypeError('Failed to fetch'))
    const error: ApiError = await failure(api.get('/api/me'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.slug).toBe('network')
    expect(error.status).toBe(0)
  })

  it('answers undefined for 202 or 204 without a body', async () => {
    const { api } = client(new Response(null, { status: 204 }))
    await expect(api.delete('/api/x')).resolves.toBeUndefined()
  })
})

describe('helpers', () => {
  it('reads a cookie among others and decodes it', () => {
    expect(readCookie('a=1; XSRF-TOKEN=x%3Dy; b=2', 'XSRF-TOKEN')).toBe('x=y')
    expect(readCookie('a=1', 'XSRF-TOKEN')).toBeNull()
  })

  it('leaves empty query parameters out', () => {
    expect(buildUrl('/api/tenant/tenants', { status: '', q: '党建 云', page: 0, kind: undefined, plan: null }))
      .toBe('/api/tenant/tenants?q=%E5%85%9A%E5%BB%BA+%E4%BA%91&page=0')
    expect(buildUrl('/api/x', { a: '' })).toBe('/api/x')
  })
})

describe('the file name of a download', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback, never a path', () => {
    expect(filenameOf("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%E5%85%9A%E5%91%98.xlsx", 'f')).toBe('党员.xlsx')
    expect(filenameOf('attachment; filename="members.xlsx"', 'f')).toBe('members.xlsx')
    expect(filenameOf('attachment; filename=plain.xlsx', 'f')).toBe('plain.xlsx')
    expect(filenameOf("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", 'f')).toBe('passwd')
    expect(filenameOf("attachment; filename*=UTF-8''%E5%85", 'f')).toBe('f')
    expect(filenameOf(null, 'fallback.xlsx')).toBe('fallback.xlsx')
  })
})
