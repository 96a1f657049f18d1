/** RFC 9457 problem details as every PartyCloud service and the gateway answer them. */
export interface Problem {
  /** `urn:partycloud:problem:<slug>` */
  type: string
  /** Chinese and English, e.g. "输入有误 Invalid input" */
  title?: string
  status: number
  detail?: string
  instance?: string
  /** Field → message, for validation problems (`dues.roundingScale` for nested fields). */
  errors?: Record<string, string>
  /** Where a browser logs in, on 401. */
  login?: string
  [extension: string]: unknown
}

export const PROBLEM_PREFIX = 'urn:partycloud:problem:'

/** A call that did not succeed: the server's problem, or one made up for a network failure or a non-problem answer. */
export class ApiError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }

  /** The stable part of the type: `validation`, `tenant-exists`, `forbidden`, … */
  get slug(): string {
    const type = this.problem.type ?? ''
    return type.startsWith(PROBLEM_PREFIX) ? type.substring(PROBLEM_PREFIX.length) : type
  }

  get fieldErrors(): Record<string, string> {
    const errors = this.problem.errors
    return errors && typeof errors === 'object' ? errors : {}
  }
}

export function isProblemContentType(contentType: string | null): boolean {
  if (!contentType) return false
  const mime = contentType.split(';')[0].trim().toLowerCase()
  return mime === 'application/problem+json' || mime === 'application/json'
}

/** Reads an error response into a problem; a body that is not problem JSON still yields one with the status. */
export async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: `${PROBLEM_PREFIX}http-${response.status}`,
    status: response.status,
    title: response.statusText || undefined,
  }
  if (!isProblemContentType(response.headers.get('Content-Type'))) return fallback
  try {
    const body = (await response.json()) as Partial<Problem> | null
    if (!body || typeof body !== 'object') return fallback
    return { ...fallback, ...body, status: typeof body.status === 'number' ? body.status : response.status } as Problem
  } catch {
    return fallback
  }
}

/** The problem for a request that reached no server (offline, connection refused, aborted). */
export function networkProblem(cause: unknown): Problem {
  return {
    type: `${PROBLEM_PREFIX}network`,
    status: 0,
    title: '网络错误 Network error',
    detail: cause instanceof Error ? cause.message : String(cause),
  }
}
