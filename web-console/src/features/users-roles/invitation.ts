import type { InvitationOutcome, InvitationOutcomeRow, InvitationResult, MemberLogin } from './api'

/** The most members one invitation takes (the server's limit). */
export const MAX_INVITATION = 200

/** A login to hand over: shown once, copied as a whole or line by line. */
export interface Credential {
  memberId: string
  memberName: string
  username: string
  /** Null when the member had already chosen a password (a login left over from an earlier, failed run). */
  temporaryPassword: string | null
}

/** What the result screen shows, in the order the admin picked the members. */
export interface InvitationSummary {
  credentials: Credential[]
  /** Members who got no new login, grouped by why, in this order. */
  others: { outcome: Exclude<InvitationOutcome, 'created'>; rows: InvitationOutcomeRow[] }[]
  counts: Record<InvitationOutcome, number>
}

const OTHER_OUTCOMES = ['alreadyHasLogin', 'notCurrent', 'notFound'] as const

export function summarise(result: InvitationResult): InvitationSummary {
  const counts: Record<InvitationOutcome, number> = { created: 0, alreadyHasLogin: 0, notFound: 0, notCurrent: 0 }
  for (const row of result.results) counts[row.outcome]++
  const credentials = result.results
    .filter((r) => r.outcome === 'created' && r.username)
    .map((r) => ({
      memberId: r.memberId,
      memberName: r.memberName ?? r.memberId,
      username: r.username!,
      temporaryPassword: r.temporaryPassword,
    }))
  const others = OTHER_OUTCOMES
    .map((outcome) => ({ outcome, rows: result.results.filter((r) => r.outcome === outcome) }))
    .filter((group) => group.rows.length > 0)
  return { credentials, others, counts }
}

/**
 * The credentials as tab-separated lines under a header (pastes into a spreadsheet as columns). A login without
 * a temporary password says so in the password column instead of leaving it blank.
 */
export function credentialsText(credentials: Credential[], labels: { name: string; username: string;
  password: string; ownPassword: string }): string {
  const lines = [[labels.name, labels.username, labels.password].join('\t')]
  for (const c of credentials) lines.push([c.memberName, c.username, c.temporaryPassword ?? labels.ownPassword].join('\t'))
  return lines.join('\n')
}

/** Member id → username, for the members that have a login. */
export function loginsByMember(logins: MemberLogin[]): Map<string, string> {
  return new Map(logins.map((l) => [l.memberId, l.username]))
}

/** Adds or removes one member of the selection, which never grows past {@link MAX_INVITATION}. */
export function toggle(selection: Map<string, string>, member: { id: string; name: string }, on: boolean): boolean {
  if (!on) return selection.delete(member.id)
  if (selection.has(member.id)) return true
  if (selection.size >= MAX_INVITATION) return false
  selection.set(member.id, member.name)
  return true
}
