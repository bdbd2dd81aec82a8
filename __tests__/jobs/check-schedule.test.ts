import { describe, expect, test } from '@jest/globals'
import { CHECKS_PER_SECOND, stepSchedules } from '../../src/jobs/check-schedule.js'

describe('stepSchedules', () => {
  test('spaces the checks of the jobs being followed to fit the rate limiter together', () => {
    const schedules = stepSchedules(['COMPLETED'])
    const jobs = Array.from({ length: 12 }, () => schedules('pdf'))
    const unfollow = jobs.map((j) => j.follow())
    expect(CHECKS_PER_SECOND).toBe(10)
    // 12 jobs at 10 checks a second: each at most every 1.2 s.
    expect(jobs[0]?.nextDelay(3_000, 1_000)).toBe(1_200)
    expect(jobs[0]?.nextDelay(30_000, 3_000)).toBe(3_000)
    for (const done of unfollow.slice(1)) done()
    unfollow[1]?.() // twice is once
    expect(jobs[0]?.nextDelay(3_000, 1_000)).toBe(1_000)
  })

  test('a make-up learns from its own finished jobs, and until then from any make-up’s', () => {
    const schedules = stepSchedules(['COMPLETED'])
    const pdf = schedules('sales/pdf')
    const csv = schedules('sales/csv')
    pdf.learn(9_000, 10_000, 'COMPLETED')
    // The PDF's sibling waits for the window; the CSV keeps its own times, no later than the window.
    expect(schedules('sales/pdf').nextDelay(2_000, 1_000)).toBe(8_000)
    expect(csv.nextDelay(2_000, 1_000)).toBe(1_000)
    expect(csv.nextDelay(2_000, 15_000)).toBe(8_000)
    csv.learn(29_000, 30_000, 'COMPLETED')
    expect(csv.nextDelay(2_000, 1_000)).toBe(28_000)
  })

  test('12 jobs checked densely inside a completion window still plan at most 10 checks a second', () => {
    const schedules = stepSchedules(['COMPLETED'])
    const jobs = Array.from({ length: 12 }, () => schedules('sales/pdf'))
    for (const j of jobs) j.follow()
    // A narrow window (9.0-10.0 s): its step (1 s) is below the jobs' spacing (1.2 s).
    jobs[0]?.learn(9_000, 10_000, 'COMPLETED')
    const delays = jobs.map((j) => j.nextDelay(9_500, 5_000))
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(1_200)
    const perSecond = delays.reduce((sum, d) => sum + 1_000 / d, 0)
    expect(perSecond).toBeLessThanOrEqual(CHECKS_PER_SECOND)
  })

  test('wakes the sleeping checks of a make-up when a job of it finishes', () => {
    const schedules = stepSchedules(['COMPLETED'])
    const a = schedules('sales/pdf')
    const b = schedules('sales/pdf')
    const sleeping = b.changed
    a.learn(9_000, 10_000, 'COMPLETED')
    expect(sleeping?.aborted).toBe(true)
  })
})
