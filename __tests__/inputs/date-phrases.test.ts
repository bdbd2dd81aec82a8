import { describe, expect, test } from '@jest/globals'
import { periodAdvice, periodTokens } from '../../src/inputs/date-phrases.js'
import { readParameters } from '../../src/inputs/parameters.js'
import { Problems } from '../../src/inputs/problems.js'
import { parseRelativeDate, resolveRelativeDate } from '../../src/inputs/relative-dates.js'

const NOW = new Date('2025-03-12T10:30:00Z')
const at = (token: string) =>
  resolveRelativeDate(parseRelativeDate(token), NOW, 'UTC').toISOString()

describe('names of periods get the tokens to write', () => {
  test.each([
    ['last-month', '2025-02-01T00:00:00.000Z', '2025-02-28T23:59:59.000Z'],
    ['Last Month', '2025-02-01T00:00:00.000Z', '2025-02-28T23:59:59.000Z'],
    ['previous_month', '2025-02-01T00:00:00.000Z', '2025-02-28T23:59:59.000Z'],
    ['last-week', '2025-03-03T00:00:00.000Z', '2025-03-09T23:59:59.000Z'],
    ['this-month', '2025-03-01T00:00:00.000Z', '2025-03-31T23:59:59.000Z'],
    ['last-quarter', '2024-10-01T00:00:00.000Z', '2024-12-31T23:59:59.000Z'],
    ['last-year', '2024-01-01T00:00:00.000Z', '2024-12-31T23:59:59.000Z'],
    ['next-month', '2025-04-01T00:00:00.000Z', '2025-04-30T23:59:59.000Z'],
    ['last-7-days', '2025-03-05T00:00:00.000Z', '2025-03-11T23:59:59.000Z'],
    ['past 30 days', '2025-02-10T00:00:00.000Z', '2025-03-11T23:59:59.000Z'],
    ['ytd', '2025-01-01T00:00:00.000Z', '2025-03-12T10:30:00.000Z'],
    ['month-to-date', '2025-03-01T00:00:00.000Z', '2025-03-12T10:30:00.000Z'],
    ['tomorrow', '2025-03-13T00:00:00.000Z', '2025-03-13T23:59:59.000Z']
  ])('%s → the tokens of %s … %s, which parse', (phrase, from, to) => {
    const tokens = periodTokens(phrase)
    expect(tokens).toBeDefined()
    expect(at(tokens?.from ?? '')).toBe(from)
    expect(at(tokens?.to ?? '')).toBe(to)
  })

  test.each(['Sales', 'last-mile', 'lastmonth7', 'EMEA', 'today-7d', 'yesterday'])(
    '%s is not a period name',
    (value) => {
      expect(periodTokens(value)).toBeUndefined()
    }
  )

  test('the advice names both tokens', () => {
    expect(periodAdvice('last-month')).toBe(
      "'last-month' is a period, not one date: a date-time parameter takes one instant. Write start-of-month-1M for its first moment and end-of-month-1M for its last, as two parameters (From: start-of-month-1M, To: end-of-month-1M)"
    )
  })
})

describe('parameters are checked before the dashboard is known', () => {
  const read = (map: unknown) => {
    const problems = new Problems()
    const list = readParameters(map, ['parameters'], problems)
    return { list, problems: problems.list }
  }

  test('a period name is a problem at its own path, with a way to send it as text', () => {
    const { problems } = read({ From: 'last-month', To: ['today', 'ytd'] })
    expect(problems.map((p) => p.path)).toEqual([
      ['parameters', 'From'],
      ['parameters', 'To', 1]
    ])
    expect(problems[0]?.message).toMatch(/start-of-month-1M .* end-of-month-1M.*\{type: string/)
  })

  test('forced to string, a period name is text', () => {
    expect(read({ Period: { type: 'string', values: ['last-month'] } }).problems).toEqual([])
  })

  test('a relative date outside the years 1000-9999 fails now', () => {
    expect(read({ From: 'today-2000y' }).problems[0]?.message).toMatch(/years 1000 to 9999/)
  })

  test('a date that does not exist fails now', () => {
    expect(read({ From: '2025-02-30' }).problems[0]?.message).toMatch(/looks like a date/)
    expect(read({ From: '2025-13-01' }).problems[0]?.message).toMatch(/looks like a date/)
    expect(read({ From: '2024-02-29' }).problems).toEqual([])
  })
})
