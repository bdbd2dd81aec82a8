import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { completionWindows, CompletionWindow } from '../../src/jobs/completion-window.js'
import { pollUntilTerminal } from '../../src/jobs/poll.js'
import { realClock } from '../../src/time/rate-limiter.js'

describe('CompletionWindow', () => {
  test('leaves the backoff alone until a job of the step has finished', () => {
    const w = new CompletionWindow(['COMPLETED'])
    expect(w.nextDelay(2_000, 4_000)).toBe(4_000)
    w.learn(1_000, 3_000, 'FAILED')
    expect(w.nextDelay(2_000, 4_000)).toBe(4_000)
  })

  test('checks densely across the window in which a similar job finished, never later than the backoff', () => {
    const w = new CompletionWindow(['COMPLETED'])
    w.learn(6_000, 14_000, 'COMPLETED') // step = (14 - 6) / 4 = 2 s, first dense check at 8 s
    expect(w.nextDelay(2_000, 4_000)).toBe(4_000)
    expect(w.nextDelay(6_000, 8_000)).toBe(2_000)
    expect(w.nextDelay(7_500, 8_000)).toBe(1_000)
    expect(w.nextDelay(8_000, 15_000)).toBe(2_000)
    expect(w.nextDelay(14_000, 15_000)).toBe(2_000)
    expect(w.nextDelay(16_000, 15_000)).toBe(15_000)
    expect(w.nextDelay(8_000, 1_500)).toBe(1_500)
  })

  test('keeps the narrowest window and signals only when it changes', () => {
    const w = new CompletionWindow(['COMPLETED'])
    w.learn(6_000, 14_000, 'COMPLETED')
    const before = w.changed
    w.learn(2_000, 14_000, 'COMPLETED')
    expect(before.aborted).toBe(false)
    expect(w.nextDelay(8_000, 15_000)).toBe(2_000)
    w.learn(9_000, 10_000, 'COMPLETED')
    expect(before.aborted).toBe(true)
    expect(w.nextDelay(9_500, 15_000)).toBe(1_000)
  })

  test('a kind without finished jobs of its own learns from the other kinds', () => {
    const schedule = completionWindows(['COMPLETED'])
    const pdf = schedule('pdf:overview')
    const csv = schedule('csv:details')
    pdf.learn(6_000, 14_000, 'COMPLETED')
    expect(csv.nextDelay(6_000, 8_000)).toBe(2_000)
    csv.learn(1_000, 3_000, 'COMPLETED')
    expect(pdf.nextDelay(6_000, 8_000)).toBe(2_000)
    expect(csv.nextDelay(6_000, 8_000)).toBe(8_000)
  })
})

describe('pollUntilTerminal with a shared schedule', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  /** Two jobs that both finish at 10 s, polled on different backoffs; when is each seen done? */
  async function twoJobs(shared: boolean): Promise<number[]> {
    jest.setSystemTime(0)
    const schedule = shared ? completionWindows(['COMPLETED'])('pdf:overview') : undefined
    const seen: number[] = []
    const poll = (initialMs: number) =>
      pollUntilTerminal({
        jobId: `job-${initialMs}`,
        describe: async () => (Date.now() >= 10_000 ? 'COMPLETED' : 'RUNNING'),
        status: (s) => s,
        terminal: ['COMPLETED', 'FAILED'],
        deadline: 60_000,
        startedAt: 0,
        clock: realClock,
        backoff: { initialMs, capMs: 15_000, factor: 2, random: () => 0.5 },
        schedule,
        log: () => undefined
      }).then(() => seen.push(Date.now()))
    const both = Promise.all([poll(1_000), poll(2_000)])
    await jest.advanceTimersByTimeAsync(30_000)
    await both
    return seen
  }

  test('a job finishing wakes its sleeping siblings, which are checked at once', async () => {
    // Alone, the 2 s backoff checks at 1.8, 5.4, 12.6 s and the 1 s one at 0.9, 2.7, 6.3, 13.5 s.
    expect(await twoJobs(false)).toEqual([12_600, 13_500])
    expect(await twoJobs(true)).toEqual([12_600, 12_600])
  })
})
