/**
 * The services answer field errors in English (Bean Validation's and their own sentences); a Chinese user reads
 * them in Chinese. Known sentences are translated, unknown ones are shown as they are.
 */
const EXACT: Record<string, string> = {
  'invalid value': '值无效',
  'must not be blank': '不能为空',
  'must not be null': '不能为空',
  'must not be empty': '不能为空',
  'must be a well-formed email address': '邮箱格式不正确',
  'must be today or later': '不能早于今天',
  'must not be before subscriptionStart': '不能早于服务开始日期',
  'must not exceed letterValidityDaysOutOfCity': '不能超过市外介绍信有效期',
  'must round (UNNECESSARY would refuse most dues)': '必须选择一种取整方式',
  'one of enterprise, agency, committee': '须为企业、机关事业单位或上级党委/工委',
  'a mainland China mobile or landline number': '请输入大陆手机号或带区号的固定电话',
  '3-30 characters: a lower-case letter, then lower-case letters or digits': '3–30 位：小写字母开头，其后为小写字母或数字',
  "3-50 characters: a lower-case letter, then lower-case letters, digits, '.', '_' or '-'":
    '3–50 位：小写字母开头，其后为小写字母、数字、“.”、“_” 或 “-”',
  'at most 100 characters': '最多 100 个字符',
  'must be 18 characters: 17 digits and a digit or X': '须为 18 位：17 位数字加 1 位数字或 X',
  'check digit does not match (GB 11643)': '校验码不正确（GB 11643），请核对号码',
  'contains an impossible birth date': '号码中的出生日期不存在',
  'must not be in the future': '不能晚于今天',
  'must be after date': '须晚于变更日期',
  'may hold digits, +, -, ( ) and spaces only': '只能包含数字、+、-、括号和空格',
  'a probationary member has none until converted': '预备党员转正前没有转正日期',
  'changes only by the convert_to_full status operation': '只能通过“预备党员转正”变更',
}

const FREQUENCY: Record<string, string> = {
  WEEKLY: '每周', MONTHLY: '每月', QUARTERLY: '每季度', HALF_YEARLY: '每半年', YEARLY: '每年',
}

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^size must be between (\d+) and (\d+)$/, (min, max) => `长度须在 ${min} 到 ${max} 之间`],
  [/^must be greater than or equal to (-?\d+)$/, (n) => `不能小于 ${n}`],
  [/^must be less than or equal to (-?\d+)$/, (n) => `不能大于 ${n}`],
  [/^no plan '(.*)'$/, (plan) => `套餐 ${plan} 不存在`],
  [/^must be at least ([A-Z_]+) \(national minimum\)$/, (f) => `不得低于国家规定的最低频次（${FREQUENCY[f] ?? f}）`],
  [/^at most (\d+) characters$/, (n) => `最多 ${n} 个字符`],
  [/^one of \[(.*)\]$/, (list) => `须为以下之一：${list}`],
  [/^does not match the ID-card number, which says (.*)$/, (v) => `与身份证号码不符（应为 ${v === 'male' ? '男' : v === 'female' ? '女' : v}）`],
  [/^must not be before the current status began \((.*)\)$/, (d) => `不能早于当前状态的起始日期（${d}）`],
  [/^must not be before (\w+) \((.*)\)$/, (_f, d) => `不能早于前一日期（${d}）`],
  [/^must be after (?:probationaryDate|the probationary date) \((.*)\)$/, (d) => `须晚于入党日期（${d}）`],
]

export function fieldMessage(message: string, locale: string): string {
  if (locale !== 'zh-CN') return message
  const exact = EXACT[message]
  if (exact) return exact
  for (const [pattern, translate] of PATTERNS) {
    const match = pattern.exec(message)
    if (match) return translate(...match.slice(1))
  }
  return message
}

/** Translates every field error of a problem; keys stay as the server names them (`dues.roundingScale`). */
export function fieldMessages(errors: Record<string, string>, locale: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, fieldMessage(message, locale)]))
}
