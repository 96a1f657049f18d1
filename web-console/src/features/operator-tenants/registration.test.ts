import { describe, expect, it } from 'vitest'
import type { TenantRegistration } from '@/api/types'
import { registrationBody, registrationViolations } from './registration'

const valid = (): TenantRegistration => ({
  key: 'acme2026', name: '阿克米集团有限公司党委 🚩', kind: 'enterprise', plan: 'standard', contactName: '张三',
  contactPhone: '13800138000', adminEmail: 'admin@acme.cn', subscriptionStart: '2026-11-01', subscriptionEnd: '2027-10-31',
  adminUsername: '',
})
const TODAY = '2026-11-10'

describe('tenant registration rules (mirroring the server)', () => {
  it('accepts a complete registration with Chinese text and emoji', () => {
    expect(registrationViolations(valid(), TODAY)).toEqual({})
  })

  it.each(['ab', 'Acme', '1acme', 'acme-corp', 'a'.repeat(31), '党建云'])('refuses the key %s', (key) => {
    expect(registrationViolations({ ...valid(), key }, TODAY).key?.key).toBe('validation.tenantKey')
  })

  it.each(['abc', 'a'.repeat(30), 'x2026'])('accepts the key %s', (key) => {
    expect(registrationViolations({ ...valid(), key }, TODAY).key).toBeUndefined()
  })

  it.each([['13800138000', true], ['+86 13800138000', true], ['010-12345678', true], ['0571-8888888-123', true],
    ['12345', false], ['23800138000', false]])('phone %s is valid: %s', (phone, ok) => {
    expect(registrationViolations({ ...valid(), contactPhone: phone }, TODAY).contactPhone === undefined).toBe(ok)
  })

  it('requires every mandatory field', () => {
    const v = registrationViolations({ ...valid(), name: '  ', kind: '', plan: '' }, TODAY)
    expect(v.name?.key).toBe('validation.required')
    expect(v.kind?.key).toBe('validation.select')
    expect(v.plan?.key).toBe('validation.select')
  })

  it('limits the name to 100 characters', () => {
    expect(registrationViolations({ ...valid(), name: '党'.repeat(101) }, TODAY).name?.params).toMatchObject({ n: 100 })
  })

  it('refuses an end before the start or in the past', () => {
    expect(registrationViolations({ ...valid(), subscriptionEnd: '2026-10-01' }, TODAY).subscriptionEnd?.key).toBe('validation.endBeforeStart')
    expect(registrationViolations({ ...valid(), subscriptionStart: '2026-01-01', subscriptionEnd: '2026-11-09' }, TODAY)
      .subscriptionEnd?.key).toBe('validation.endInPast')
  })

  it('checks an admin username only when one is given', () => {
    expect(registrationViolations({ ...valid(), adminUsername: 'Admin' }, TODAY).adminUsername?.key).toBe('validation.adminUsername')
    expect(registrationViolations({ ...valid(), adminUsername: 'zhang.san_01' }, TODAY).adminUsername).toBeUndefined()
  })

  it('sends trimmed values and no empty admin username', () => {
    const body = registrationBody({ ...valid(), name: ' 阿克米 ', adminEmail: ' a@b.cn ' })
    expect(body.name).toBe('阿克米')
    expect(body.adminEmail).toBe('a@b.cn')
    expect(body).not.toHaveProperty('adminUsername')
  })
})
