/**
 * Everyday names of periods (`last-month`, `last-7-days`, `ytd`) are not relative dates: a
 * date-time parameter takes one instant, and a period has two ends. They are recognised so that
 * the message can give the exact tokens of ./relative-dates.js to write instead, for both ends.
 */

type Period = 'day' | 'week' | 'month' | 'quarter' | 'year'

const UNIT: Record<Period, string> = { day: 'd', week: 'w', month: 'M', quarter: 'Q', year: 'y' }
const TO_DATE: Record<string, Period> = {
  ytd: 'year',
  qtd: 'quarter',
  mtd: 'month',
  wtd: 'week',
  'year-to-date': 'year',
  'quarter-to-date': 'quarter',
  'month-to-date': 'month',
  'week-to-date': 'week'
}
const SEP = '[-_ ]'
const PERIOD = '(day|week|month|quarter|year)'
const ONE = new RegExp(`^(last|previous|prior|this|current|next)${SEP}${PERIOD}$`, 'i')
const SEVERAL = new RegExp(`^(last|past|previous|next)${SEP}(\\d{1,4})${SEP}${PERIOD}s?$`, 'i')

/** The two ends of a period as relative-date tokens, or undefined when `value` names none. */
export function periodTokens(value: string): { from: string; to: string } | undefined {
  const text = value.trim().toLowerCase().replace(/[_ ]/g, '-')
  const toDate = TO_DATE[text]
  if (toDate) return { from: `start-of-${toDate}`, to: 'now' }
  if (text === 'tomorrow') return { from: 'today+1d', to: 'end-of-day+1d' }
  const one = ONE.exec(text)
  if (one) {
    const [, which = '', period = 'day'] = one as unknown as string[]
    const p = period as Period
    const shift =
      which === 'this' || which === 'current' ? '' : `${which === 'next' ? '+' : '-'}1${UNIT[p]}`
    return { from: `start-of-${p}${shift}`, to: `end-of-${p}${shift}` }
  }
  const several = SEVERAL.exec(text)
  if (several) {
    const [, which = '', n = '1', period = 'day'] = several as unknown as string[]
    const u = UNIT[period as Period]
    return which === 'next'
      ? { from: 'today+1d', to: `end-of-day+${n}${u}` }
      : { from: `today-${n}${u}`, to: 'end-of-day-1d' }
  }
  return undefined
}

/** The advice for a period's name in a date-time value, or undefined when it is not one. */
export function periodAdvice(value: string): string | undefined {
  const tokens = periodTokens(value)
  if (!tokens) return undefined
  return `'${value.trim()}' is a period, not one date: a date-time parameter takes one instant. Write ${tokens.from} for its first moment and ${tokens.to} for its last, as two parameters (From: ${tokens.from}, To: ${tokens.to})`
}
