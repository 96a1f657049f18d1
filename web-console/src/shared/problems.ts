import { ElMessage } from 'element-plus'
import { ApiError } from '@/api'
import { i18n, keyOf, locale } from '@/i18n'
import { fieldMessages } from './fieldMessages'

/** The readable message for a failed call, in the user's language. */
export function problemMessage(error: unknown): string {
  const { t, te } = i18n.global
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error)
  const problem = error.problem
  const key = `problem.${keyOf(error.slug)}`
  if (te(key)) {
    const status = typeof problem.tenantStatus === 'string' ? t(`status.${problem.tenantStatus}`) : ''
    return t(key, { status, end: String(problem.subscriptionEnd ?? ''), status_code: error.status })
  }
  if (locale.value === 'en' && problem.detail) return problem.detail
  // Titles are "中文 English": the Chinese half for Chinese readers.
  const title = problem.title ?? ''
  const chinese = title.split(/\s+(?=[A-Za-z])/)[0]
  if (locale.value === 'zh-CN' && chinese && /[\u4e00-\u9fff]/.test(chinese)) return chinese
  return t('problem.unknown', { status: error.status || '—' })
}

/** Shows a failed call as a notice (for errors that belong to no field). */
export function notifyError(error: unknown): void {
  ElMessage({ type: 'error', message: problemMessage(error), showClose: true, duration: 6000 })
}

/** The field errors of a validation problem, translated; empty for any other error. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  return fieldMessages(error.fieldErrors, locale.value)
}
