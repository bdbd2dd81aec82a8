import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  checkTimeZone,
  describeInstant,
  looksRelative,
  parseRelativeDate,
  RelativeDateError,
  resolveRelativeDate
} from '../../src/inputs/relative-dates.js'

/** The resolved value as the summary shows it: local wall-clock time, zone and UTC instant. */
const at = (token: string, now: string, zone: string): string =>
  describeInstant(resolveRelativeDate(parseRelativeDate(token), new Date(now), zone), zone)

type Row = [token: string, expected: string]
const table = (now: string, zone: string, rows: Row[]) =>
  rows.map(([token, expected]) => [token, now, zone, expected] as const)

describe('resolveRelativeDate in UTC, on Wednesday 2025-05-14 15:42:17.250', () => {
  const now = '2025-05-14T15:42:17.250Z'
  test.each(
    table(now, 'UTC', [
      ['now', '2025-05-14 15:42:17 UTC (2025-05-14T15:42:17Z)'],
      ['NOW', '2025-05-14 15:42:17 UTC (2025-05-14T15:42:17Z)'],
      ['today', '2025-05-14 00:00:00 UTC (2025-05-14T00:00:00Z)'],
      [' Today ', '2025-05-14 00:00:00 UTC (2025-05-14T00:00:00Z)'],
      ['yesterday', '2025-05-13 00:00:00 UTC (2025-05-13T00:00:00Z)'],
      ['today+0d', '2025-05-14 00:00:00 UTC (2025-05-14T00:00:00Z)'],
      ['now-90min', '2025-05-14 14:12:17 UTC (2025-05-14T14:12:17Z)'],
      ['now+5MIN', '2025-05-14 15:47:17 UTC (2025-05-14T15:47:17Z)'],
      ['now-6h', '2025-05-14 09:42:17 UTC (2025-05-14T09:42:17Z)'],
      ['now+1d', '2025-05-15 15:42:17 UTC (2025-05-15T15:42:17Z)'],
      ['today-7d', '2025-05-07 00:00:00 UTC (2025-05-07T00:00:00Z)'],
      ['today-7D', '2025-05-07 00:00:00 UTC (2025-05-07T00:00:00Z)'],
      ['today+1w', '2025-05-21 00:00:00 UTC (2025-05-21T00:00:00Z)'],
      ['today-1M', '2025-04-14 00:00:00 UTC (2025-04-14T00:00:00Z)'],
      ['today-1Q', '2025-02-14 00:00:00 UTC (2025-02-14T00:00:00Z)'],
      ['today-1q', '2025-02-14 00:00:00 UTC (2025-02-14T00:00:00Z)'],
      ['today-1y', '2024-05-14 00:00:00 UTC (2024-05-14T00:00:00Z)'],
      ['yesterday-1w', '2025-05-06 00:00:00 UTC (2025-05-06T00:00:00Z)'],
      ['today-1M+2d', '2025-04-16 00:00:00 UTC (2025-04-16T00:00:00Z)'],
      ['today - 1M + 2d', '2025-04-16 00:00:00 UTC (2025-04-16T00:00:00Z)'],
      ['start-of-day', '2025-05-14 00:00:00 UTC (2025-05-14T00:00:00Z)'],
      ['end-of-day', '2025-05-14 23:59:59 UTC (2025-05-14T23:59:59Z)'],
      ['end-of-day-1d', '2025-05-13 23:59:59 UTC (2025-05-13T23:59:59Z)'],
      ['start-of-week', '2025-05-12 00:00:00 UTC (2025-05-12T00:00:00Z)'],
      ['end-of-week', '2025-05-18 23:59:59 UTC (2025-05-18T23:59:59Z)'],
      ['start-of-week-1w', '2025-05-05 00:00:00 UTC (2025-05-05T00:00:00Z)'],
      ['end-of-week-1w', '2025-05-11 23:59:59 UTC (2025-05-11T23:59:59Z)'],
      ['start-of-month', '2025-05-01 00:00:00 UTC (2025-05-01T00:00:00Z)'],
      ['end-of-month', '2025-05-31 23:59:59 UTC (2025-05-31T23:59:59Z)'],
      ['Start-Of-Month-1M', '2025-04-01 00:00:00 UTC (2025-04-01T00:00:00Z)'],
      ['end-of-month-1M', '2025-04-30 23:59:59 UTC (2025-04-30T23:59:59Z)'],
      ['start-of-quarter', '2025-04-01 00:00:00 UTC (2025-04-01T00:00:00Z)'],
      ['end-of-quarter', '2025-06-30 23:59:59 UTC (2025-06-30T23:59:59Z)'],
      ['end-of-quarter-1Q', '2025-03-31 23:59:59 UTC (2025-03-31T23:59:59Z)'],
      ['start-of-quarter+1Q', '2025-07-01 00:00:00 UTC (2025-07-01T00:00:00Z)'],
      ['start-of-year', '2025-01-01 00:00:00 UTC (2025-01-01T00:00:00Z)'],
      ['end-of-year', '2025-12-31 23:59:59 UTC (2025-12-31T23:59:59Z)'],
      ['start-of-year-1y', '2024-01-01 00:00:00 UTC (2024-01-01T00:00:00Z)'],
      ['end-of-year-1y', '2024-12-31 23:59:59 UTC (2024-12-31T23:59:59Z)'],
      // Another unit moves the moment, then snaps: 7 days ago is still May, 14 days ago April.
      ['start-of-month-7d', '2025-05-01 00:00:00 UTC (2025-05-01T00:00:00Z)'],
      ['start-of-month-14d', '2025-04-01 00:00:00 UTC (2025-04-01T00:00:00Z)'],
      ['end-of-day-16h', '2025-05-13 23:59:59 UTC (2025-05-13T23:59:59Z)'],
      ['start-of-quarter-1M', '2025-04-01 00:00:00 UTC (2025-04-01T00:00:00Z)'],
      ['start-of-week-1y', '2024-05-13 00:00:00 UTC (2024-05-13T00:00:00Z)'],
      ['start-of-year-1Q-1Q', '2024-01-01 00:00:00 UTC (2024-01-01T00:00:00Z)']
    ])
  )('%s at %s in %s is %s', (token, now, zone, expected) => {
    expect(at(token, now, zone)).toBe(expected)
  })
})

describe('resolveRelativeDate: month ends clamp, leap years', () => {
  test.each([
    ...table('2024-03-31T12:00:00Z', 'UTC', [
      ['today-1M', '2024-02-29 00:00:00 UTC (2024-02-29T00:00:00Z)'],
      ['today-2M', '2024-01-31 00:00:00 UTC (2024-01-31T00:00:00Z)'],
      ['today-1M-1M', '2024-01-29 00:00:00 UTC (2024-01-29T00:00:00Z)'],
      ['today+1M', '2024-04-30 00:00:00 UTC (2024-04-30T00:00:00Z)'],
      ['start-of-month-1M', '2024-02-01 00:00:00 UTC (2024-02-01T00:00:00Z)'],
      ['end-of-month-1M', '2024-02-29 23:59:59 UTC (2024-02-29T23:59:59Z)']
    ]),
    ...table('2023-03-31T12:00:00Z', 'UTC', [
      ['today-1M', '2023-02-28 00:00:00 UTC (2023-02-28T00:00:00Z)'],
      ['end-of-month-1M', '2023-02-28 23:59:59 UTC (2023-02-28T23:59:59Z)']
    ]),
    ...table('2024-02-29T08:00:00Z', 'UTC', [
      ['today-1y', '2023-02-28 00:00:00 UTC (2023-02-28T00:00:00Z)'],
      ['today+4y', '2028-02-29 00:00:00 UTC (2028-02-29T00:00:00Z)'],
      ['today-1Q', '2023-11-29 00:00:00 UTC (2023-11-29T00:00:00Z)'],
      ['end-of-month', '2024-02-29 23:59:59 UTC (2024-02-29T23:59:59Z)'],
      ['end-of-month-1y', '2023-02-28 23:59:59 UTC (2023-02-28T23:59:59Z)']
    ]),
    ...table('2025-05-31T12:00:00Z', 'UTC', [
      ['today-1Q', '2025-02-28 00:00:00 UTC (2025-02-28T00:00:00Z)'],
      ['end-of-quarter-1Q', '2025-03-31 23:59:59 UTC (2025-03-31T23:59:59Z)']
    ])
  ])('%s at %s in %s is %s', (token, now, zone, expected) => {
    expect(at(token, now, zone)).toBe(expected)
  })
})

describe('resolveRelativeDate: period boundaries in the zone, not in UTC', () => {
  test.each([
    // 2024-12-31 23:30 UTC is already Wednesday 2025-01-01 00:30 in Berlin.
    ...table('2024-12-31T23:30:00Z', 'Europe/Berlin', [
      ['today', '2025-01-01 00:00:00 Europe/Berlin (2024-12-31T23:00:00Z)'],
      ['yesterday', '2024-12-31 00:00:00 Europe/Berlin (2024-12-30T23:00:00Z)'],
      ['start-of-year', '2025-01-01 00:00:00 Europe/Berlin (2024-12-31T23:00:00Z)'],
      ['end-of-year-1y', '2024-12-31 23:59:59 Europe/Berlin (2024-12-31T22:59:59Z)'],
      ['start-of-quarter-1Q', '2024-10-01 00:00:00 Europe/Berlin (2024-09-30T22:00:00Z)'],
      ['end-of-quarter-1Q', '2024-12-31 23:59:59 Europe/Berlin (2024-12-31T22:59:59Z)'],
      ['start-of-month-1M', '2024-12-01 00:00:00 Europe/Berlin (2024-11-30T23:00:00Z)'],
      ['start-of-week', '2024-12-30 00:00:00 Europe/Berlin (2024-12-29T23:00:00Z)']
    ]),
    ...table('2024-12-31T23:30:00Z', 'UTC', [
      ['today', '2024-12-31 00:00:00 UTC (2024-12-31T00:00:00Z)'],
      ['start-of-year', '2024-01-01 00:00:00 UTC (2024-01-01T00:00:00Z)']
    ]),
    ...table('2025-03-15T10:00:00Z', 'Europe/Berlin', [
      ['end-of-month-1M', '2025-02-28 23:59:59 Europe/Berlin (2025-02-28T22:59:59Z)'],
      ['end-of-month', '2025-03-31 23:59:59 Europe/Berlin (2025-03-31T21:59:59Z)']
    ]),
    // 2025-04-01 03:00 UTC is still Monday 2025-03-31 23:00 in New York (EDT, -04:00).
    ...table('2025-04-01T03:00:00Z', 'America/New_York', [
      ['today', '2025-03-31 00:00:00 America/New_York (2025-03-31T04:00:00Z)'],
      ['start-of-week', '2025-03-31 00:00:00 America/New_York (2025-03-31T04:00:00Z)'],
      ['start-of-quarter', '2025-01-01 00:00:00 America/New_York (2025-01-01T05:00:00Z)'],
      ['end-of-quarter', '2025-03-31 23:59:59 America/New_York (2025-04-01T03:59:59Z)'],
      ['end-of-month-1M', '2025-02-28 23:59:59 America/New_York (2025-03-01T04:59:59Z)']
    ]),
    ...table('2025-04-01T03:00:00Z', 'UTC', [
      ['start-of-quarter', '2025-04-01 00:00:00 UTC (2025-04-01T00:00:00Z)']
    ]),
    // +05:30: 2025-06-30 19:00 UTC is 2025-07-01 00:30 in Kolkata.
    ...table('2025-06-30T19:00:00Z', 'Asia/Kolkata', [
      ['today', '2025-07-01 00:00:00 Asia/Kolkata (2025-06-30T18:30:00Z)'],
      ['start-of-quarter', '2025-07-01 00:00:00 Asia/Kolkata (2025-06-30T18:30:00Z)'],
      ['end-of-quarter-1Q', '2025-06-30 23:59:59 Asia/Kolkata (2025-06-30T18:29:59Z)'],
      ['start-of-year', '2025-01-01 00:00:00 Asia/Kolkata (2024-12-31T18:30:00Z)'],
      ['now-6h', '2025-06-30 18:30:00 Asia/Kolkata (2025-06-30T13:00:00Z)']
    ]),
    // +13:45 in summer, +12:45 in winter: 2024-12-31 10:15 UTC is 2025-01-01 00:00 in Chatham.
    ...table('2024-12-31T10:15:00Z', 'Pacific/Chatham', [
      ['now', '2025-01-01 00:00:00 Pacific/Chatham (2024-12-31T10:15:00Z)'],
      ['today', '2025-01-01 00:00:00 Pacific/Chatham (2024-12-31T10:15:00Z)'],
      ['end-of-year-1y', '2024-12-31 23:59:59 Pacific/Chatham (2024-12-31T10:14:59Z)'],
      ['start-of-month-1M', '2024-12-01 00:00:00 Pacific/Chatham (2024-11-30T10:15:00Z)'],
      ['start-of-quarter-2Q', '2024-07-01 00:00:00 Pacific/Chatham (2024-06-30T11:15:00Z)']
    ])
  ])('%s at %s in %s is %s', (token, now, zone, expected) => {
    expect(at(token, now, zone)).toBe(expected)
  })
})

describe('resolveRelativeDate across DST changes', () => {
  test.each([
    // Berlin springs forward 2025-03-30 02:00 → 03:00: a 23-hour day.
    ...table('2025-03-30T12:00:00Z', 'Europe/Berlin', [
      ['today', '2025-03-30 00:00:00 Europe/Berlin (2025-03-29T23:00:00Z)'],
      ['end-of-day', '2025-03-30 23:59:59 Europe/Berlin (2025-03-30T21:59:59Z)'],
      ['today+1d', '2025-03-31 00:00:00 Europe/Berlin (2025-03-30T22:00:00Z)'],
      ['now-1d', '2025-03-29 14:00:00 Europe/Berlin (2025-03-29T13:00:00Z)'],
      ['now-24h', '2025-03-29 13:00:00 Europe/Berlin (2025-03-29T12:00:00Z)']
    ]),
    // 02:30 on 2025-03-30 does not exist in Berlin: the first instant after the skip.
    ...table('2025-03-31T00:30:00Z', 'Europe/Berlin', [
      ['now-1d', '2025-03-30 03:00:00 Europe/Berlin (2025-03-30T01:00:00Z)']
    ]),
    // Berlin falls back 2025-10-26 03:00 → 02:00: 02:30 happens twice; the earlier is taken.
    ...table('2025-10-27T01:30:00Z', 'Europe/Berlin', [
      ['now-1d', '2025-10-26 02:30:00 Europe/Berlin (2025-10-26T00:30:00Z)'],
      ['end-of-day-1d', '2025-10-26 23:59:59 Europe/Berlin (2025-10-26T22:59:59Z)']
    ]),
    // ...but now is now, in the second 02:30, and -1h is an hour of elapsed time.
    ...table('2025-10-26T01:30:00Z', 'Europe/Berlin', [
      ['now', '2025-10-26 02:30:00 Europe/Berlin (2025-10-26T01:30:00Z)'],
      ['now-1h', '2025-10-26 02:30:00 Europe/Berlin (2025-10-26T00:30:00Z)'],
      ['today', '2025-10-26 00:00:00 Europe/Berlin (2025-10-25T22:00:00Z)']
    ]),
    // New York springs forward 2025-03-09 02:00 → 03:00, a Sunday.
    ...table('2025-03-10T16:00:00Z', 'America/New_York', [
      ['yesterday', '2025-03-09 00:00:00 America/New_York (2025-03-09T05:00:00Z)'],
      ['end-of-day-1d', '2025-03-09 23:59:59 America/New_York (2025-03-10T03:59:59Z)'],
      ['start-of-week-1w', '2025-03-03 00:00:00 America/New_York (2025-03-03T05:00:00Z)'],
      ['end-of-week-1w', '2025-03-09 23:59:59 America/New_York (2025-03-10T03:59:59Z)']
    ]),
    // Santiago springs forward at midnight, 2024-09-08 00:00 → 01:00: that day starts at 01:00.
    ...table('2024-09-08T15:00:00Z', 'America/Santiago', [
      ['today', '2024-09-08 01:00:00 America/Santiago (2024-09-08T04:00:00Z)'],
      ['start-of-day', '2024-09-08 01:00:00 America/Santiago (2024-09-08T04:00:00Z)'],
      ['yesterday', '2024-09-07 00:00:00 America/Santiago (2024-09-07T04:00:00Z)'],
      ['end-of-day-1d', '2024-09-07 23:59:59 America/Santiago (2024-09-08T03:59:59Z)'],
      ['start-of-month', '2024-09-01 00:00:00 America/Santiago (2024-09-01T04:00:00Z)']
    ]),
    // Santiago falls back at midnight, 2024-04-07 00:00 → 2024-04-06 23:00: 23:00-23:59:59 on
    // the 6th happens twice, and the 6th ends at the second 23:59:59.
    ...table('2024-04-07T15:00:00Z', 'America/Santiago', [
      ['yesterday', '2024-04-06 00:00:00 America/Santiago (2024-04-06T03:00:00Z)'],
      ['end-of-day-1d', '2024-04-06 23:59:59 America/Santiago (2024-04-07T03:59:59Z)'],
      ['today', '2024-04-07 00:00:00 America/Santiago (2024-04-07T04:00:00Z)']
    ]),
    // Beirut springs forward at midnight, 2024-03-31 00:00 → 01:00.
    ...table('2024-03-31T10:00:00Z', 'Asia/Beirut', [
      ['today', '2024-03-31 01:00:00 Asia/Beirut (2024-03-30T22:00:00Z)'],
      ['end-of-day-1d', '2024-03-30 23:59:59 Asia/Beirut (2024-03-30T21:59:59Z)']
    ]),
    // Lord Howe moves half an hour: 2025-10-05 02:00 (+10:30) → 02:30 (+11:00).
    ...table('2025-10-05T12:00:00Z', 'Australia/Lord_Howe', [
      ['today', '2025-10-05 00:00:00 Australia/Lord_Howe (2025-10-04T13:30:00Z)'],
      ['end-of-day', '2025-10-05 23:59:59 Australia/Lord_Howe (2025-10-05T12:59:59Z)']
    ]),
    ...table('2025-10-05T15:15:00Z', 'Australia/Lord_Howe', [
      ['now-1d', '2025-10-05 02:30:00 Australia/Lord_Howe (2025-10-04T15:30:00Z)']
    ]),
    // ...and back 2025-04-06 02:00 (+11:00) → 01:30 (+10:30): 01:45 twice, the earlier taken.
    ...table('2025-04-06T15:15:00Z', 'Australia/Lord_Howe', [
      ['now-1d', '2025-04-06 01:45:00 Australia/Lord_Howe (2025-04-05T14:45:00Z)']
    ])
  ])('%s at %s in %s is %s', (token, now, zone, expected) => {
    expect(at(token, now, zone)).toBe(expected)
  })
})

describe('resolveRelativeDate invariants, at any moment in zones with odd offsets and DST', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Asia/Beirut',
    'America/St_Johns',
    'Pacific/Apia'
  ]
  const moment = fc.date({
    min: new Date('2000-01-01'),
    max: new Date('2040-01-01'),
    noInvalidDate: true
  })
  const resolve = (token: string, now: Date, zone: string) =>
    resolveRelativeDate(parseRelativeDate(token), now, zone).getTime()

  test('a period holds the run, and ends one second before the next period starts', () => {
    const units = { day: 'd', week: 'w', month: 'M', quarter: 'Q', year: 'y' }
    fc.assert(
      fc.property(
        moment,
        fc.constantFrom(...zones),
        fc.constantFrom(...Object.keys(units)),
        (now, zone, period) => {
          const run = Math.floor(now.getTime() / 1000) * 1000
          const start = resolve(`start-of-${period}`, now, zone)
          const end = resolve(`end-of-${period}`, now, zone)
          const next = resolve(
            `start-of-${period}+1${units[period as keyof typeof units]}`,
            now,
            zone
          )
          expect(start).toBeLessThanOrEqual(run)
          expect(run).toBeLessThanOrEqual(end)
          expect(end + 1000).toBe(next)
          expect(
            resolve(`end-of-${period}-1${units[period as keyof typeof units]}`, now, zone) + 1000
          ).toBe(start)
        }
      ),
      { numRuns: 300 }
    )
  })

  test("today is the first instant of the run's local date, and yesterday the one before", () => {
    fc.assert(
      fc.property(moment, fc.constantFrom(...zones), (now, zone) => {
        const today = resolve('today', now, zone)
        const localDate = (ms: number) => describeInstant(new Date(ms), zone).slice(0, 10)
        expect(today).toBeLessThanOrEqual(now.getTime())
        expect(localDate(today)).toBe(localDate(now.getTime()))
        expect(localDate(today - 1000)).not.toBe(localDate(today))
        expect(resolve('end-of-day-1d', now, zone)).toBe(today - 1000)
        expect(resolve('yesterday', now, zone)).toBe(resolve('start-of-day-1d', now, zone))
      }),
      { numRuns: 300 }
    )
  })
})

describe('looksRelative', () => {
  test.each([
    ['now', true],
    ['NOW', true],
    ['now-6h', true],
    ['now - 6h', true],
    [' Today', true],
    ['today+1w', true],
    ['today7d', true],
    ['yesterday', true],
    ['start-of-', true],
    ['Start-Of-Month', true],
    ['end-of-fortnight', true],
    ['Nowak', false],
    ['nowhere', false],
    ['todays', false],
    ['tomorrow', false],
    ['start of month', false],
    ['2025-01-01', false],
    ['', false]
  ])('%j → %s', (value, expected) => {
    expect(looksRelative(value)).toBe(expected)
  })
})

describe('parseRelativeDate errors say what is wrong and show an example', () => {
  const example = 'For example: today-7d, start-of-month-1M or end-of-quarter-1Q'
  test.each([
    ['tomorrow', "'tomorrow': it must start with now, today, yesterday, start-of- or end-of-"],
    ['nowish', "'nowish': expected an offset such as -7d or +1w, found 'ish'"],
    ['today 7d', "'today 7d': expected an offset such as -7d or +1w, found '7d'"],
    [
      'today-7x',
      "'today-7x': unknown unit 'x' in '-7x'; units are min (minutes), h, d, w, M (months), Q or y"
    ],
    ['today-7days', "'today-7days': unknown unit 'days' in '-7days'"],
    [
      'today-1m',
      "'today-1m': the unit 'm' in '-1m' is ambiguous: write M for months or min for minutes"
    ],
    [
      'today-7',
      "'today-7': the offset '-7' needs a unit: min (minutes), h, d, w, M (months), Q or y"
    ],
    ['today-d', "'today-d': '-' must be followed by a whole number and a unit, such as -7d"],
    ['yesterday+', "'yesterday+': '+' must be followed by a whole number and a unit, such as +7d"],
    ['today--7d', "'today--7d': '-' must be followed by a whole number and a unit, such as -7d"],
    [
      'today-1.5d',
      "'today-1.5d': the offset '-1.5d' must be a whole number of units, such as -36h"
    ],
    ['today-99999999999999999999d', "the offset '-99999999999999999999d' must be a whole number"],
    ['start-of-', "'start-of-': 'start-of-' needs a period: day, week, month, quarter, year"],
    ['end-of-mnth', "'end-of-mnth': unknown period 'mnth' (did you mean 'month'?); periods are"],
    ['start-of-fortnight-1w', "unknown period 'fortnight'; periods are day, week, month"],
    ['start-of-month1M', "'start-of-month1M': expected an offset such as -7d or +1w, found '1M'"],
    ['today-7d!', "'today-7d!': expected an offset such as -7d or +1w, found '!'"]
  ])('%j', (value, problem) => {
    let error: unknown
    try {
      parseRelativeDate(value)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(RelativeDateError)
    expect((error as Error).name).toBe('RelativeDateError')
    expect((error as Error).message).toContain(problem)
    expect((error as Error).message).toMatch(/^Invalid relative date '/)
    expect((error as Error).message).toContain(example)
  })

  test('the parsed form keeps the value as written, trimmed, for messages', () => {
    expect(parseRelativeDate('  Today-7d ').text).toBe('Today-7d')
  })
})

describe('resolveRelativeDate errors', () => {
  const now = new Date('2025-05-14T12:00:00Z')
  test('a result outside the years 1000 to 9999', () => {
    expect(() => resolveRelativeDate(parseRelativeDate('today-1100y'), now, 'UTC')).toThrow(
      "Invalid relative date 'today-1100y': it falls outside the years 1000 to 9999."
    )
    expect(() => resolveRelativeDate(parseRelativeDate('now+99999999h'), now, 'UTC')).toThrow(
      RelativeDateError
    )
  })

  test('an unknown time zone', () => {
    expect(() => resolveRelativeDate(parseRelativeDate('today'), now, 'Europe/Berln')).toThrow(
      "Unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)"
    )
  })
})

describe('checkTimeZone', () => {
  test.each([
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'Etc/UTC'],
    ['GMT', 'GMT'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    [' America/New_York ', 'America/New_York'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['US/Pacific', 'US/Pacific'],
    ['Etc/GMT-2', 'Etc/GMT-2'],
    ['Australia/Lord_Howe', 'Australia/Lord_Howe'],
    ['America/Port-au-Prince', 'America/Port-au-Prince']
  ])('%j is %j', (name, canonical) => {
    expect(checkTimeZone(name)).toBe(canonical)
  })

  const advice =
    'Use an IANA time zone name, for example: Europe/Berlin, America/New_York, Asia/Kolkata or UTC'
  test.each([
    ['', `The time zone is empty. ${advice}`],
    ['Europe/Berln', `Unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?). ${advice}`],
    ['Berlin', `Unknown time zone 'Berlin' (did you mean 'Europe/Berlin'?). ${advice}`],
    ['Kolkata', `Unknown time zone 'Kolkata' (did you mean 'Asia/Kolkata'?). ${advice}`],
    [
      'Amerca/New_Yrok',
      `Unknown time zone 'Amerca/New_Yrok' (did you mean 'America/New_York'?). ${advice}`
    ],
    ['Mars/Olympus_Mons', `Unknown time zone 'Mars/Olympus_Mons'. ${advice}`],
    ['Europe/Berlin; rm -rf /', `Unknown time zone 'Europe/Berlin; rm -rf /'`],
    [
      'UTC+2',
      "'UTC+2' is a UTC offset, not a time zone: use the IANA name of the place (such as Europe/Berlin), which follows its DST changes, or Etc/GMT-2 for a fixed UTC+02:00 (Etc/GMT signs are inverted)."
    ],
    ['-05:00', 'or Etc/GMT+5 for a fixed UTC-05:00 (Etc/GMT signs are inverted).'],
    [
      '+00:00',
      "'+00:00' is a UTC offset, not a time zone: use the IANA name of the place (such as Europe/Berlin), which follows its DST changes, or UTC."
    ],
    [
      '+05:30',
      "'+05:30' is a UTC offset, not a time zone: use the IANA name of the place (such as Europe/Berlin), which follows its DST changes."
    ]
  ])('%j is refused', (name, message) => {
    expect(() => checkTimeZone(name)).toThrow(RelativeDateError)
    expect(() => checkTimeZone(name)).toThrow(message)
  })
})

describe('describeInstant', () => {
  test.each([
    [
      '2025-02-28T22:59:59Z',
      'Europe/Berlin',
      '2025-02-28 23:59:59 Europe/Berlin (2025-02-28T22:59:59Z)'
    ],
    ['2025-07-01T00:00:00Z', 'UTC', '2025-07-01 00:00:00 UTC (2025-07-01T00:00:00Z)'],
    [
      '2025-06-30T18:29:59Z',
      'Asia/Kolkata',
      '2025-06-30 23:59:59 Asia/Kolkata (2025-06-30T18:29:59Z)'
    ],
    [
      '2025-02-28T22:59:59.250Z',
      'Europe/Berlin',
      '2025-02-28 23:59:59.250 Europe/Berlin (2025-02-28T22:59:59.250Z)'
    ]
  ])('%s in %s', (instant, zone, expected) => {
    expect(describeInstant(new Date(instant), zone)).toBe(expected)
  })
})
