import { http } from '@/api'
import type { AffairsAssignment, Page } from '@/api/types'

/** Organisation roles and members' logins (affairs-service, tenant admin only). */

export type AssignedRole = 'officer' | 'member'
export const ASSIGNED_ROLES: AssignedRole[] = ['officer', 'member']

/** A login holding a role on an organisation node (`GET /api/affairs/role-assignments`); `/api/affairs/me` lists the caller's. */
export type RoleAssignment = AffairsAssignment

export interface NewRoleAssignment {
  userId: string
  memberId?: string | null
  orgId: string
  role: AssignedRole
}

/** The Keycloak login created for a member by an invitation. */
export interface MemberLogin {
  memberId: string
  memberName: string | null
  orgId: string | null
  orgName: string | null
  userId: string
  username: string
  createdAt: string
}

export type InvitationOutcome = 'created' | 'alreadyHasLogin' | 'notFound' | 'notCurrent'

export interface InvitationOutcomeRow {
  memberId: string
  memberName: string | null
  outcome: InvitationOutcome
  username: string | null
  userId: string | null
  /** Shown once: the server keeps no copy. */
  temporaryPassword: string | null
}

export interface InvitationResult {
  created: number
  results: InvitationOutcomeRow[]
}

const scoped = { tenantScoped: true } as const
const assignments = '/api/affairs/role-assignments'
const logins = '/api/affairs/member-logins'
const enc = encodeURIComponent

/** `?memberId=a&memberId=b`: the client's query builder takes one value per name. */
function memberIdQuery(memberIds: string[]): string {
  return memberIds.map((id) => `memberId=${enc(id)}`).join('&')
}

export const usersRolesApi = {
  assignments: (query: { orgId?: string; userId?: string; page?: number; size?: number }) =>
    http.get<Page<RoleAssignment>>(assignments, { ...scoped, query: { ...query } }),
  assign: (assignment: NewRoleAssignment) => http.post<RoleAssignment>(assignments, assignment, scoped),
  withdraw: (id: string) => http.delete<void>(`${assignments}/${enc(id)}`, scoped),
  /** The logins of these members (up to 100), to tell who has one. */
  loginsOf: (memberIds: string[]) =>
    memberIds.length === 0
      ? Promise.resolve<Page<MemberLogin>>({ items: [], total: 0, page: 0, size: 100 })
      : http.get<Page<MemberLogin>>(`${logins}?${memberIdQuery(memberIds.slice(0, 100))}`, { ...scoped, query: { size: 100 } }),
  invite: (memberIds: string[]) => http.post<InvitationResult>(logins, { memberIds }, scoped),
}
