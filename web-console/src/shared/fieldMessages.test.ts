import { describe, expect, it } from 'vitest'
import { fieldMessage, fieldMessages } from './fieldMessages'

describe('server field messages', () => {
  it('reads in Chinese for a Chinese user', () => {
    expect(fieldMessage('3-30 characters: a lower-case letter, then lower-case letters or digits', 'zh-CN'))
      .toBe('3–30 位：小写字母开头，其后为小写字母或数字')
    expect(fieldMessage('size must be between 0 and 100', 'zh-CN')).toBe('长度须在 0 到 100 之间')
    expect(fieldMessage('must be at least MONTHLY (national minimum)', 'zh-CN')).toBe('不得低于国家规定的最低频次（每月）')
    expect(fieldMessage("no plan 'gold'", 'zh-CN')).toBe('套餐 gold 不存在')
  })

  it('stays as the server wrote it in English, and when unknown', () => {
    expect(fieldMessage('must not be blank', 'en')).toBe('must not be blank')
    expect(fieldMessage('something new', 'zh-CN')).toBe('something new')
  })

  it('keeps the field paths of nested fields', () => {
    expect(fieldMessages({ 'dues.roundingScale': 'must be less than or equal to 2' }, 'zh-CN'))
      .toEqual({ 'dues.roundingScale': '不能大于 2' })
  })
})
