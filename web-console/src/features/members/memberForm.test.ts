import { describe, expect, it } from 'vitest'
import { withCheckDigit } from './idCard'
import { detailsOf, emptyForm, validateForm } from './memberForm'

const TODAY = '2026-11-24'
const ID = withCheckDigit('11010519800101001') // born 1980-01-01, male
const valid = () => ({ ...emptyForm(), orgId: 'o', name: '张三丰', idNumber: ID, category: 'full' as const })

describe('member form', () => {
  it('accepts a valid member and sends only what is filled', () => {
    expect(validateForm(valid(), TODAY)).toEqual({})
    const body = detailsOf({ ...valid(), idNumber: ID.toLowerCase(), job: '  ' }, true)
    expect(body.idNumber).toBe(ID)
    expect(body.job).toBeNull()
    expect(body.category).toBe('full')
    expect('category' in detailsOf(valid(), false)).toBe(false)
  })

  it('checks the ID number and that birth date and gender agree with it', () => {
    expect(validateForm({ ...valid(), idNumber: ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0') }, TODAY).idNumber)
      .toEqual({ key: 'idNumber', problem: 'checkDigit' })
    const e = validateForm({ ...valid(), birthDate: '1980-01-02', gender: 'female' }, TODAY)
    expect(e.birthDate).toEqual({ key: 'idMismatch', expected: '1980-01-01' })
    expect(e.gender).toEqual({ key: 'idMismatch', expected: 'male' })
  })

  it('keeps the milestones in order, none in the future', () => {
    const e = validateForm({ ...valid(), applicationDate: '1979-12-31', activistDate: '2030-01-01' }, TODAY)
    expect(e.applicationDate).toEqual({ key: 'beforePrevious', previous: '1980-01-01', date: '1979-12-31' })
    expect(e.activistDate).toEqual({ key: 'future' })
    expect(validateForm({ ...valid(), probationaryDate: '2010-01-01', fullMembershipDate: '2010-01-01' }, TODAY)
      .fullMembershipDate).toEqual({ key: 'fullAfterProbationary' })
    expect(validateForm({ ...valid(), category: 'probationary', fullMembershipDate: '2011-01-01' }, TODAY)
      .fullMembershipDate).toEqual({ key: 'probationaryHasNoFull' })
  })

  it('requires organisation, name, ID number and category', () => {
    expect(Object.keys(validateForm(emptyForm(), TODAY)).sort()).toEqual(['category', 'idNumber', 'name', 'orgId'])
  })
})
