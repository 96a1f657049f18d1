import { describe, expect, it } from 'vitest'
import { checkDigit, isIdCardInfo, maskIdNumber, parseIdNumber, withCheckDigit } from './idCard'

const TODAY = '2026-11-24'

describe('ID-card numbers (GB 11643)', () => {
  it('computes the check digit, X included', () => {
    expect(checkDigit('11010519491231002')).toBe('X') // the standard's own example
    expect(checkDigit('44052419800101001')).toBe('3')
    expect(withCheckDigit('11010519491231002')).toBe('11010519491231002X')
  })

  it('derives birth date and gender, reading a small x and spaces', () => {
    const id = parseIdNumber(' 11010519491231002x ', TODAY)
    expect(isIdCardInfo(id) && id).toEqual({ value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' })
    const man = parseIdNumber(withCheckDigit('11010519800101001'), TODAY)
    expect(isIdCardInfo(man) && man.gender).toBe('male')
  })

  it('names what is wrong', () => {
    expect(parseIdNumber('1101051949123100', TODAY)).toEqual({ problem: 'shape' })
    expect(parseIdNumber('01010519491231002X', TODAY)).toEqual({ problem: 'shape' })
    expect(parseIdNumber('110105194912310021', TODAY)).toEqual({ problem: 'checkDigit' })
    expect(parseIdNumber(withCheckDigit('11010519490231002'), TODAY)).toEqual({ problem: 'birthDate' })
    expect(parseIdNumber(withCheckDigit('11010518991231002'), TODAY)).toEqual({ problem: 'birthDate' })
    expect(parseIdNumber(withCheckDigit('11010520301231002'), TODAY)).toEqual({ problem: 'birthDate' })
  })

  it('masks as the server does', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X')
  })
})
