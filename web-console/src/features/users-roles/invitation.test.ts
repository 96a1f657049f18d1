import { describe, expect, it } from 'vitest'
import type { InvitationResult } from './api'
import { credentialsText, loginsByMember, MAX_INVITATION, summarise, toggle } from './invitation'

const result: InvitationResult = {
  created: 2,
  results: [
    { memberId: 'm1', memberName: '孙志强', outcome: 'created', username: 'democorp.sunzhiqiang', userId: 'u1', temporaryPassword: 'Ab3!xYz9Qw2#Er4t' },
    { memberId: 'm2', memberName: '钱七', outcome: 'notCurrent', username: null, userId: null, temporaryPassword: null },
    { memberId: 'm3', memberName: '孙志强', outcome: 'created', username: 'democorp.sunzhiqiang2', userId: 'u3', temporaryPassword: 'Zx8$Cv7%Bn6^Mm5&' },
    { memberId: 'm4', memberName: null, outcome: 'notFound', username: null, userId: null, temporaryPassword: null },
    { memberId: 'm5', memberName: '李四', outcome: 'alreadyHasLogin', username: 'democorp.lisi', userId: 'u5', temporaryPassword: null },
    { memberId: 'm6', memberName: '王五', outcome: 'created', username: 'democorp.wangwu', userId: 'u6', temporaryPassword: null },
  ],
}

describe('invitation result', () => {
  it('lists the new logins with their one-time passwords in the order the members were picked', () => {
    const summary = summarise(result)
    expect(summary.credentials.map((c) => [c.memberName, c.username, c.temporaryPassword])).toEqual([
      ['孙志强', 'democorp.sunzhiqiang', 'Ab3!xYz9Qw2#Er4t'],
      ['孙志强', 'democorp.sunzhiqiang2', 'Zx8$Cv7%Bn6^Mm5&'],
      ['王五', 'democorp.wangwu', null],
    ])
  })

  it('groups the members who got no login by why, and counts every outcome', () => {
    const summary = summarise(result)
    expect(summary.others.map((g) => [g.outcome, g.rows.map((r) => r.memberId)])).toEqual([
      ['alreadyHasLogin', ['m5']], ['notCurrent', ['m2']], ['notFound', ['m4']],
    ])
    expect(summary.counts).toEqual({ created: 3, alreadyHasLogin: 1, notFound: 1, notCurrent: 1 })
  })

  it('shows nothing to hand over when nobody got a login', () => {
    const summary = summarise({ created: 0, results: [result.results[1]] })
    expect(summary.credentials).toEqual([])
    expect(summary.others).toHaveLength(1)
  })

  it('copies the credentials as tab-separated lines under a header, naming a password the member chose', () => {
    const text = credentialsText(summarise(result).credentials,
      { name: '姓名', username: '用户名', password: '一次性密码', ownPassword: '（已自行设置）' })
    expect(text.split('\n')).toEqual([
      '姓名\t用户名\t一次性密码',
      '孙志强\tdemocorp.sunzhiqiang\tAb3!xYz9Qw2#Er4t',
      '孙志强\tdemocorp.sunzhiqiang2\tZx8$Cv7%Bn6^Mm5&',
      '王五\tdemocorp.wangwu\t（已自行设置）',
    ])
  })
})

describe('member selection', () => {
  it('knows who has a login already', () => {
    const logins = loginsByMember([{ memberId: 'm5', memberName: '李四', orgId: null, orgName: null, userId: 'u5',
      username: 'democorp.lisi', createdAt: '2026-11-24T00:00:00Z' }])
    expect(logins.get('m5')).toBe('democorp.lisi')
    expect(logins.has('m1')).toBe(false)
  })

  it('keeps at most the server limit of members', () => {
    const selection = new Map<string, string>()
    for (let i = 0; i < MAX_INVITATION; i++) expect(toggle(selection, { id: `m${i}`, name: `党员${i}` }, true)).toBe(true)
    expect(toggle(selection, { id: 'one-more', name: '多一个' }, true)).toBe(false)
    expect(toggle(selection, { id: 'm0', name: '党员0' }, true)).toBe(true)
    expect(selection.size).toBe(MAX_INVITATION)
    toggle(selection, { id: 'm0', name: '党员0' }, false)
    expect(toggle(selection, { id: 'one-more', name: '多一个' }, true)).toBe(true)
  })
})
