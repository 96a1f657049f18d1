/** The shapes the gateway and tenant-service answer (see MeController, TenantView, PlanController, …). */

export type TenantStatus = 'PROVISIONING' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'FAILED' | 'DELETING' | 'DELETED'
export type TenantKind = 'enterprise' | 'agency' | 'committee'

export const TENANT_STATUSES: TenantStatus[] = ['PROVISIONING', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'FAILED', 'DELETING', 'DELETED']
export const TENANT_KINDS: TenantKind[] = ['enterprise', 'agency', 'committee']

/** GET /api/me */
export interface Me {
  id: string
  username: string
  realmRoles: string[]
  platformAdmin: boolean
  tenants: MyTenant[]
}

export interface MyTenant {
  key: string
  name: string | null
  kind: TenantKind | null
  status: TenantStatus | null
  roles: string[]
  modules: string[]
}

/** A tenant as the operator sees it (GET /api/tenant/tenants/{key}). */
export interface Tenant {
  key: string
  name: string
  kind: TenantKind
  plan: string
  status: TenantStatus
  failedStep: string | null
  failureReason: string | null
  suspensionReason: string | null
  contactName: string
  contactPhone: string
  adminEmail: string
  adminUsername: string
  subscriptionStart: string
  subscriptionEnd: string
  keycloakOrganizationId: string | null
  modules: string[]
  createdAt: string
  updatedAt: string | null
  activatedAt: string | null
  deletedAt: string | null
}

/** The answer to POST /api/tenant/tenants (202): the tenant and the admin's one-time password, shown once. */
export interface TenantCreated extends Tenant {
  admin: { username: string; email: string; oneTimePassword: string }
}

export interface TenantRegistration {
  key: string
  name: string
  kind: TenantKind | ''
  plan: string
  contactName: string
  contactPhone: string
  adminEmail: string
  subscriptionStart: string
  subscriptionEnd: string
  adminUsername?: string
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface TenantQuery {
  status?: TenantStatus | ''
  kind?: TenantKind | ''
  plan?: string
  q?: string
  page?: number
  size?: number
  /** `property,asc|desc` with property one of createdAt, updatedAt, key, name, status, subscriptionEnd */
  sort?: string
}

export interface PlanModule {
  key: string
  platform: string
  name: string
  nameEn: string
}

export interface Plan {
  key: string
  name: string
  nameEn: string
  description: string
  modules: PlanModule[]
}

/** GET /api/tenant/modules: the plan's modules with the tenant's switch. */
export interface TenantModule extends PlanModule {
  enabled: boolean
}

export type RoundingMode = 'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN'
export type MeetingFrequency = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY'

export interface TenantSettings {
  dues: { roundingScale: number; roundingMode: RoundingMode; collectionDay: number; arrearsReminderMonths: number }
  transfers: { letterValidityDaysInCity: number; letterValidityDaysOutOfCity: number }
  meetings: {
    generalMeeting: MeetingFrequency
    committeeMeeting: MeetingFrequency
    groupMeeting: MeetingFrequency
    partyLecture: MeetingFrequency
    organizationalLife: MeetingFrequency
    memberReview: MeetingFrequency
  }
}

/** GET /api/tenant/profile */
export interface TenantProfile {
  key: string
  name: string
  kind: TenantKind
  plan: { key: string; name: string; nameEn: string }
  status: TenantStatus
  subscriptionStart: string
  subscriptionEnd: string
  contactName: string
  contactPhone: string
  modules: string[]
}

// ---- affairs-service: organisations and members (OrganizationView, MemberView, MemberDetails, StatusChange) ----

export type OrganizationType = 'committee' | 'general_branch' | 'branch' | 'joint_branch' | 'group'
export const ORGANIZATION_TYPES: OrganizationType[] = ['committee', 'general_branch', 'branch', 'joint_branch', 'group']

export interface Organization {
  id: string
  parentId: string | null
  name: string
  type: OrganizationType
  code: string | null
  displayOrder: number
  foundedOn: string | null
  contact: string | null
  address: string | null
  dissolvedOn: string | null
  dissolutionReason: string | null
  createdAt: string
  updatedAt: string | null
  version: number
}

export interface OrganizationQuery {
  parentId?: string
  q?: string
  includeDissolved?: boolean
  page?: number
  size?: number
  sort?: string
}

export type MemberCategory = 'full' | 'probationary'
export type MemberStatus =
  | 'normal' | 'mobile' | 'lost_contact' | 'suspended' | 'probation_extended' | 'probation_cancelled' | 'left' | 'deceased'
export type Gender = 'male' | 'female'
export type Education =
  | 'doctorate' | 'master' | 'bachelor' | 'junior_college' | 'secondary_vocational' | 'high_school' | 'junior_high_or_below'
export type AgeBand = 'lt35' | '35-45' | '46-60' | 'gt60'
export type Archive = 'current' | 'history' | 'all'
export type LeaveKind = 'self_withdrawn' | 'persuaded_to_leave' | 'struck_off' | 'expelled'
export type StatusOperation =
  | 'mobile' | 'lost_contact' | 'suspend' | 'restore' | 'extend_probation' | 'cancel_probation' | 'convert_to_full'
  | 'leave' | 'deceased'

export const MEMBER_CATEGORIES: MemberCategory[] = ['full', 'probationary']
export const MEMBER_STATUSES: MemberStatus[] = [
  'normal', 'mobile', 'lost_contact', 'suspended', 'probation_extended', 'probation_cancelled', 'left', 'deceased',
]
export const GENDERS: Gender[] = ['male', 'female']
export const EDUCATIONS: Education[] = [
  'doctorate', 'master', 'bachelor', 'junior_college', 'secondary_vocational', 'high_school', 'junior_high_or_below',
]
export const AGE_BANDS: AgeBand[] = ['lt35', '35-45', '46-60', 'gt60']
export const ARCHIVES: Archive[] = ['current', 'history', 'all']
export const LEAVE_KINDS: LeaveKind[] = ['self_withdrawn', 'persuaded_to_leave', 'struck_off', 'expelled']

/** A member as the API shows it; idNumber is always masked (110***********002X). */
export interface Member {
  id: string
  orgId: string
  name: string
  namePinyin: string | null
  gender: Gender | null
  ethnicity: string | null
  birthDate: string | null
  idNumber: string
  nativePlace: string | null
  education: Education | null
  job: string | null
  phone: string | null
  address: string | null
  applicationDate: string | null
  activistDate: string | null
  probationaryDate: string | null
  fullMembershipDate: string | null
  category: MemberCategory
  status: MemberStatus
  statusSince: string | null
  statusReason: string | null
  mobilePlace: string | null
  mobileUntil: string | null
  probationExtendedUntil: string | null
  leaveKind: LeaveKind | null
  former: boolean
  createdAt: string
  updatedAt: string | null
  version: number
}

/** The body of POST and PUT /api/affairs/members. */
export interface MemberDetails {
  orgId: string
  name: string
  gender?: Gender | null
  ethnicity?: string | null
  birthDate?: string | null
  idNumber: string
  nativePlace?: string | null
  education?: Education | null
  job?: string | null
  phone?: string | null
  address?: string | null
  applicationDate?: string | null
  activistDate?: string | null
  probationaryDate?: string | null
  fullMembershipDate?: string | null
  category?: MemberCategory | null
}

export interface MemberQuery {
  q?: string
  orgId?: string
  category?: MemberCategory
  status?: MemberStatus
  gender?: Gender
  ageBand?: AgeBand
  education?: Education
  joinedYear?: number
  idNumber?: string
  archive?: Archive
  page?: number
  size?: number
  sort?: string
}

/** `all`: the whole file or nothing; `validOnly`: the valid rows, the others reported. */
export type ImportMode = 'all' | 'validOnly'

/** One problem of an imported row; `row` as Excel numbers it (the header is row 1), `column` null for the whole row. */
export interface ImportRowError {
  row: number
  column: string | null
  reason: string
}

/** What a member import did (the 200 answer; the 422 `member-import-invalid` problem carries the same fields). */
export interface ImportReport {
  rows: number
  imported: number
  rejected: number
  errors: ImportRowError[]
}

export interface StatusChange {
  operation: StatusOperation
  date: string
  reason: string
  place?: string
  until?: string
  months?: number
  kind?: LeaveKind
}

export interface MemberHistoryEntry {
  id: number
  at: string
  actorId: string | null
  actorName: string | null
  /** created, edited or a status operation */
  action: string
  field: string | null
  oldValue: string | null
  newValue: string | null
  reason: string | null
}

export interface RevealedIdNumber {
  memberId: string
  idNumber: string
}

/** The body of POST (with parentId) and PUT /api/affairs/organizations. */
export interface OrganizationDetails {
  parentId?: string | null
  name: string
  type: OrganizationType
  code?: string | null
  displayOrder?: number | null
  foundedOn?: string | null
  contact?: string | null
  address?: string | null
}

export type OfficerPosition =
  | 'secretary' | 'deputy_secretary' | 'organization_officer' | 'publicity_officer' | 'discipline_officer' | 'dues_collector'
export const OFFICER_POSITIONS: OfficerPosition[] = [
  'secretary', 'deputy_secretary', 'organization_officer', 'publicity_officer', 'discipline_officer', 'dues_collector',
]

export interface Officer {
  id: string
  orgId: string
  memberId: string
  memberName: string | null
  position: OfficerPosition
  termStart: string
  termEnd: string
  endedOn: string | null
  endReason: string | null
  serving: boolean
}

export interface Appointment {
  memberId: string
  position: OfficerPosition
  termStart: string
  termEnd?: string | null
}

export interface ReElectionDue {
  orgId: string
  orgName: string
  orgType: OrganizationType
  termEnd: string
  daysLeft: number
  overdue: boolean
}

export interface EstablishmentWarning {
  code: string
  /** Chinese and English */
  message: string
  actual: number
}

export interface Establishment {
  orgId: string
  type: OrganizationType
  fullMembers: number
  probationaryMembers: number
  committeeMembers: number
  warnings: EstablishmentWarning[]
}

/** GET /api/affairs/audit (AuditEntryView) */
export interface AuditEntry {
  id: number
  at: string
  actorId: string | null
  actorName: string | null
  action: string
  targetType: string | null
  targetId: string | null
  summary: string | null
}

export interface AuditQuery {
  action?: string
  actor?: string
  from?: string
  to?: string
  page?: number
  size?: number
  sort?: string
}

/** A domain service's statistics job of a day, as tenant-service recorded it (Spring Batch statuses). */
export interface StatsSourceRun {
  executionId: number
  statDate: string
  status: string
  startedAt?: string | null
  endedAt?: string | null
  partitions?: { total: number; completed: number; failed: number } | null
  failures?: { tenant: string; message: string }[] | null
}

/** One run of the nightly statistics (operator view). */
export interface StatsRun {
  id: string
  statDate: string
  trigger: 'SCHEDULE' | 'OPERATOR'
  requestedBy: string
  status: 'RUNNING' | 'COMPLETED' | 'FAILED'
  startedAt: string
  endedAt: string | null
  durationMillis: number | null
  sources: Record<string, StatsSourceRun>
  tenants: number | null
  rowsWritten: number | null
  error: string | null
}

// ---- tenant-service: the dashboard of the nightly figures (GET /api/tenant/dashboard) ----

/** One metric's counts: `total`, or a count per dimension code (`FULL`, `MALE`, `汉族`, `TOO_FEW_FULL_MEMBERS`…). */
export type FigureCounts = Record<string, number>

/** Metric (`members`, `members.category`, `organizations.type`, …) → counts; `{}` before the first night's run. */
export type Figures = Record<string, FigureCounts>

export interface DashboardTenant {
  key: string
  name: string
  kind: TenantKind
}

export interface DashboardPathEntry {
  key: string
  name: string
}

/** A direct subordinate with the totals of its whole subtree (a subset of the metrics). */
export interface DashboardSubordinate extends DashboardTenant {
  hasSubordinates: boolean
  figures: Figures
}

export interface TrendPoint {
  date: string
  members: number
  organizations: number
}

export interface Dashboard {
  /** The tenant shown: the active one, or the subordinate drilled into. */
  tenant: DashboardTenant
  /** From the active tenant down to the one shown. */
  path: DashboardPathEntry[]
  /** The day the figures are of; null while none exist yet. */
  date: string | null
  computedAt: string | null
  /** The tenant and everything below it. */
  figures: Figures
  /** The tenant alone (本级). */
  own: Figures
  subordinates: DashboardSubordinate[]
  /** The last 30 days that have figures, oldest first. */
  trend: TrendPoint[]
}

export interface DashboardQuery {
  /** YYYY-MM-DD; the latest day with figures when left out. */
  date?: string
  /** A tenant below the active one (404 if it is not below). */
  subordinate?: string
}

// ---- affairs-service: what the caller may do (GET /api/affairs/me) and correction requests (信息修改审核) ----

/** One flag per thing the caller may do in the active tenant; the services decide again on every request. */
export interface AffairsRights {
  readMembers: boolean
  maintainMembers: boolean
  manageOrganizations: boolean
  manageRoles: boolean
  readAudit: boolean
  revealIdNumbers: boolean
  requestCorrections: boolean
  reviewCorrections: boolean
}
export type AffairsRight = keyof AffairsRights

/** A role the caller holds on an organisation node (officer: maintains it; member: their own archive). */
export interface AffairsAssignment {
  id: string
  userId: string
  memberId: string | null
  memberName: string | null
  orgId: string
  orgName: string | null
  role: 'officer' | 'member'
  createdAt: string
}

/** The caller in the active tenant as affairs-service sees them; `memberIds` are their own archive entries. */
export interface AffairsMe {
  userId: string | null
  username: string | null
  tenant: string
  tenantAdmin: boolean
  committeeViewer: boolean
  assignments: AffairsAssignment[]
  memberIds: string[]
  may: AffairsRights
}

export type CorrectionStatus = 'pending' | 'approved' | 'rejected'
export const CORRECTION_STATUSES: CorrectionStatus[] = ['pending', 'approved', 'rejected']

/** A correction request: field → the new value asked for (null clears the field). */
export interface Correction {
  id: string
  memberId: string
  memberName: string
  changes: Record<string, string | null>
  reason: string
  status: CorrectionStatus
  requestedBy: string
  requestedAt: string
  decidedBy: string | null
  decidedByName: string | null
  decidedAt: string | null
  decisionReason: string | null
}

/** The body of POST /api/affairs/members/{id}/corrections. */
export interface NewCorrection {
  changes: Record<string, string>
  reason: string
}

export interface CorrectionQuery {
  status?: CorrectionStatus
  page?: number
  size?: number
  sort?: string
}
