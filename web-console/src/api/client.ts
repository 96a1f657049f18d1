import { ApiError, networkProblem, problemOf } from './problem'

/**
 * The one HTTP client of the console. Same origin as the gateway: the session cookie goes along by itself, the
 * console never sees a token. It adds the CSRF header to every call that changes something, the active tenant
 * (X-Tenant) to tenant-scoped calls, turns problem+json into an {@link ApiError}, and sends the browser to the
 * login on 401.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
export const TENANT_HEADER = 'X-Tenant'
export const DEFAULT_LOGIN = '/oauth2/authorization/keycloak'

export interface ClientEnvironment {
  fetch: typeof fetch
  /** The current value of document.cookie. */
  cookies: () => string
  /** The active tenant's key, if any. */
  tenant: () => string | null
  /** Leaves the page for the login (a full-page navigation). */
  login: (url: string) => void
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, string | number | boolean | null | undefined>
  /** JSON, or FormData for a multipart upload. */
  body?: unknown
  /** Send the active tenant (X-Tenant); true for calls on the tenant's own data. */
  tenantScoped?: boolean
  signal?: AbortSignal
}

export interface ApiResponse<T> {
  status: number
  body: T
}

export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path
}

/**
 * The file name a download was given: the UTF-8 `filename*=UTF-8''…` (RFC 6266) when there is one, else the plain
 * `filename="…"`, else the fallback. Only the last path segment, so a name cannot climb out of the downloads folder.
 */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  let name: string | null = null
  if (extended) {
    try {
      name = decodeURIComponent(extended[1].trim())
    } catch {
      name = null
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(disposition)
    name = plain ? (plain[1] ?? plain[2]) : null
  }
  const base = name?.split(/[\\/]/).pop()?.trim()
  return base || fallback
}

/** A file the server sent, with the name it gave it. */
export interface Download {
  blob: Blob
  filename: string
}

export function createClient(env: ClientEnvironment) {
  /** Sends one call with the headers every call needs; an answer that is not 2xx becomes an {@link ApiError}. */
  async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
    const method = options.method ?? 'GET'
    const headers: Record<string, string> = { Accept: accept }
    if (method !== 'GET') {
      const token = readCookie(env.cookies(), CSRF_COOKIE)
      if (token) headers[CSRF_HEADER] = token
    }
    if (options.tenantScoped) {
      const tenant = env.tenant()
      if (tenant) headers[TENANT_HEADER] = tenant
    }
    let body: BodyInit | undefined
    if (options.body instanceof FormData) {
      // No Content-Type: the browser writes multipart/form-data with the boundary it chose.
      body = options.body
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    let response: Response
    try {
      response = await env.fetch(buildUrl(path, options.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      })
    } catch (e) {
      throw new ApiError(networkProblem(e))
    }
    if (!response.ok) {
      const problem = await problemOf(response)
      if (response.status === 401) {
        // Only a path of this origin: not "https://…", not "//host/…" (protocol-relative), not "/\\host".
        const login = typeof problem.login === 'string' && /^\/(?![\/\\])/.test(problem.login) ? problem.login : DEFAULT_LOGIN
        env.login(login)
      }
      throw new ApiError(problem)
    }
    return response
  }

  async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const response = await send(path, options, 'application/json')
    const text = response.status === 204 ? '' : await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T }
  }

  /**
   * Fetches a file (the session cookie and X-Tenant go along, which a plain link could not send) with the name
   * from Content-Disposition; a refusal still arrives as problem details.
   */
  async function download(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {},
    fallbackName = 'download'): Promise<Download> {
    const response = await send(path, { ...options, method: 'GET' }, '*/*')
    return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition'), fallbackName) }
  }

  return {
    request,
    download,
    get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
      request<T>(path, { ...options, method: 'GET' }).then((r) => r.body),
    post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
      request<T>(path, { ...options, method: 'POST', body }).then((r) => r.body),
    put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
      request<T>(path, { ...options, method: 'PUT', body }).then((r) => r.body),
    delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
      request<T>(path, { ...options, method: 'DELETE' }).then((r) => r.body),
  }
}

export type Client = ReturnType<typeof createClient>
