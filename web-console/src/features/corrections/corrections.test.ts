import { describe, expect, it } from 'vitest'
import type { Correction, Member } from '@/api/types'
import {
  changeLines, checkCorrection, correctionBody, correctionFieldMessage, correctionFormOf, isCorrectable, listQuery, STATUS_TAGS,
  statusFilterOf, statusKey, type CorrectionForm,
} from './corrections'

const member = (patch: Partial<Member> = {}): Member => ({
  id: 'm1', orgId: 'o1', name: '孙志强', namePinyin: 'szq', gender: 'male', ethnicity: '汉族', birthDate: '1985-03-02',
  idNumber: '110***********123X', nativePlace: '北京', education: 'bachelor', job: '工程师', phone: '13800000000',
  address: null, applicationDate: null, activistDate: null, probationaryDate: '2010-06-01', fullMembershipDate: '2011-06-01',
  category: 'full', status: 'normal', statusSince: null, statusReason: null, mobilePlace: null, mobileUntil: null,
  probationExtendedUntil: null, leaveKind: null, former: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: null, version: 0,
  ...patch,
})

const correction = (patch: Partial<Correction> = {}): Correction => ({
  id: 'c1', memberId: 'm1', memberName: '孙志强', changes: { phone: '13911112222' }, reason: '换号', status: 'pending',
  requestedBy: 'u1', requestedAt: '2026-11-24T01:00:00Z', decidedBy: null, decidedByName: null, decidedAt: null,
  decisionReason: null, ...patch,
})

describe('which fields a member may ask to correct', () => {
  it('are contact details, education, job, native place and ethnicity, never identity or party data', () => {
    for (const field of ['phone', 'address', 'education', 'job', 'nativePlace', 'ethnicity']) expect(isCorrectable(field)).toBe(true)
    for (const field of ['name', 'idNumber', 'gender', 'birthDate', 'category', 'status', 'orgId', 'probationaryDate']) {
      expect(isCorrectable(field)).toBe(false)
    }
  })

  it('start from the archive’s current values', () => {
    const form = correctionFormOf(member())
    expect(form.fields).toEqual([])
    expect(form.values.phone).toBe('13800000000')
    expect(form.values.address).toBe('')
    expect(form.values.education).toBe('bachelor')
  })
})

describe('checking a correction before it is sent', () => {
  const valid = (): CorrectionForm => ({ ...correctionFormOf(member()), fields: ['phone'], reason: '换了号码' })

  it('passes a changed phone number with a reason', () => {
    const form = valid()
    form.values.phone = '139 1111-2222'
    expect(checkCorrection(form, member())).toEqual({})
  })

  it('asks for at least one field and a reason', () => {
    const errors = checkCorrection(correctionFormOf(member()), member())
    expect(errors.fields).toEqual({ key: 'noField' })
    expect(errors.reason).toEqual({ key: 'required' })
    const blankReason = { ...valid(), reason: '   ' }
    blankReason.values.phone = '139'
    expect(checkCorrection(blankReason, member()).reason).toEqual({ key: 'required' })
  })

  it('refuses what the server refuses: letters in a phone number, too long a value or reason, an unknown education', () => {
    const form = valid()
    form.values.phone = 'call me'
    expect(checkCorrection(form, member()).phone).toEqual({ key: 'phone' })
    form.fields = ['address', 'education']
    form.values.address = '路'.repeat(201)
    form.values.education = 'genius'
    form.reason = 'x'.repeat(301)
    const errors = checkCorrection(form, member())
    expect(errors.address).toEqual({ key: 'maxLength', n: 200 })
    expect(errors.education).toEqual({ key: 'education' })
    expect(errors.reason).toEqual({ key: 'maxLength', n: 300 })
  })

  it('refuses a value the archive already holds, and clearing a field that is empty', () => {
    const form = valid()
    form.values.phone = ' 13800000000 '
    expect(checkCorrection(form, member()).phone).toEqual({ key: 'unchanged' })
    form.fields = ['address']
    form.values.address = ''
    expect(checkCorrection(form, member()).address).toEqual({ key: 'unchanged' })
  })

  it('lets a member clear a field that has a value', () => {
    const form: CorrectionForm = { ...valid(), fields: ['job'] }
    form.values.job = ''
    expect(checkCorrection(form, member())).toEqual({})
  })
})

describe('the request body', () => {
  it('holds only the picked fields, trimmed, in the form’s order, and the trimmed reason', () => {
    const form = correctionFormOf(member())
    form.fields = ['job', 'phone']
    form.values.phone = ' 13911112222 '
    form.values.job = ''
    form.values.address = 'not picked'
    form.reason = ' 换了号码，也换了工作 '
    const body = correctionBody(form)
    expect(body).toEqual({ changes: { phone: '13911112222', job: '' }, reason: '换了号码，也换了工作' })
    expect(Object.keys(body.changes)).toEqual(['phone', 'job'])
  })
})

describe('statuses and change lines', () => {
  it('names each status and gives pending, approved and rejected their own colour', () => {
    expect(statusKey('pending')).toBe('corrections.status.pending')
    expect(new Set(Object.values(STATUS_TAGS)).size).toBe(3)
    expect(STATUS_TAGS.rejected).toBe('danger')
  })

  it('shows old → new from the archive while pending', () => {
    const lines = changeLines(correction({ changes: { job: '', phone: '13911112222' } }), member())
    expect(lines).toEqual([
      { field: 'phone', old: '13800000000', new: '13911112222', showOld: true },
      { field: 'job', old: '工程师', new: null, showOld: true },
    ])
  })

  it('shows only the new value once decided (the archive’s value is no longer the one replaced) or without the archive', () => {
    expect(changeLines(correction({ status: 'approved' }), member())).toEqual([
      { field: 'phone', old: null, new: '13911112222', showOld: false },
    ])
    expect(changeLines(correction(), null)[0].showOld).toBe(false)
  })
})

describe('server field messages', () => {
  it('reads the correction’s own sentences in Chinese and falls back to the shared ones', () => {
    expect(correctionFieldMessage('size must be at most 30', 'zh-CN')).toBe('最多 30 个字符')
    expect(correctionFieldMessage('must be one of doctorate, master', 'zh-CN')).toBe('请从列表中选择')
    expect(correctionFieldMessage('may hold digits, +, -, ( ) and spaces only', 'zh-CN')).toBe('只能包含数字、+、-、括号和空格')
    expect(correctionFieldMessage('size must be at most 30', 'en')).toBe('size must be at most 30')
  })
})

describe('the reviewers’ list', () => {
  it('shows pending requests unless the address names another status', () => {
    expect(statusFilterOf(undefined)).toBe('pending')
    expect(statusFilterOf('rejected')).toBe('rejected')
    expect(statusFilterOf('all')).toBe('all')
    expect(statusFilterOf('bogus')).toBe('pending')
    expect(statusFilterOf(['approved'])).toBe('pending')
  })

  it('asks for pending requests oldest first, decided ones newest first, and for every status with “all”', () => {
    expect(listQuery('pending', 1, 20)).toEqual({ status: 'pending', page: 0, size: 20, sort: 'requestedAt,asc' })
    expect(listQuery('approved', 3, 10)).toEqual({ status: 'approved', page: 2, size: 10, sort: 'requestedAt,desc' })
    expect(listQuery('all', 1, 20).status).toBeUndefined()
  })
})
