import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { CompletionWindow } from '../../src/jobs/completion-window.js'
import { pollUntilTerminal } from '../../src/jobs/poll.js'
import { realClock } from '../../src/time/rate-limiter.js'

describe('CompletionWindow', () => {
  test('leaves the job’s own times alone until a job of the step has succeeded', () => {
    const w = new CompletionWindow(['COMPLETED'])
    expect(w.nextDelay(2_000, 1_000, true)).toBe(1_000)
    w.learn(1_000, 3_000, 'FAILED')
    expect(w.learned).toBe(false)
    expect(w.nextDelay(2_000, 1_000, true)).toBe(1_000)
  })

  test('a job of the same make-up waits for the window, then is checked densely across it', () => {
    const w = new CompletionWindow(['COMPLETED'])
    w.learn(6_000, 14_000, 'COMPLETED') // step = (14 - 6) / 4 = 2 s, first dense check at 8 s
    expect(w.nextDelay(0, 2_000, true)).toBe(8_000)
    expect(w.nextDelay(2_000, 1_000, true)).toBe(6_000)
    expect(w.nextDelay(7_500, 1_000, true)).toBe(1_000)
    expect(w.nextDelay(8_000, 1_500, true)).toBe(1_500)
    expect(w.nextDelay(8_000, 3_000, true)).toBe(2_000)
    expect(w.nextDelay(14_000, 3_000, true)).toBe(2_000)
    expect(w.nextDelay(16_000, 3_000, true)).toBe(3_000)
  })

  test('a job of another make-up keeps its own times, checked no later than the window says', () => {
    const w = new CompletionWindow(['COMPLETED'])
    w.learn(6_000, 14_000, 'COMPLETED')
    expect(w.nextDelay(2_000, 1_000, false)).toBe(1_000)
    expect(w.nextDelay(2_000, 15_000, false)).toBe(6_000)
  })

  test('narrows to what every finished job’s window has in common, and wakes the sleepers when it does', () => {
    const w = new CompletionWindow(['COMPLETED'])
    w.learn(9_000, 10_700, 'COMPLETED')
    const first = w.changed
    w.learn(9_000, 10_700, 'COMPLETED')
    expect(first.aborted).toBe(false)
    w.learn(9_800, 11_000, 'COMPLETED')
    expect(first.aborted).toBe(true)
    // In common: pending at 9.8 s, done by 10.7 s: the first check at 10.7 s.
    expect(w.nextDelay(0, 2_000, true)).toBe(10_700)
  })

  test('jobs whose windows have nothing in common (their lengths vary): the narrowest window', () => {
    const w = new CompletionWindow(['COMPLETED'])
    w.learn(9_000, 10_000, 'COMPLETED')
    w.learn(12_000, 14_000, 'COMPLETED')
    expect(w.nextDelay(0, 2_000, true)).toBe(10_000)
  })
})

describe('pollUntilTerminal with a shared schedule', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  /** Two jobs that both finish at 10 s: one checked every second, one at 2, 6 and 18 s; when is each seen? */
  async function twoJobs(shared: boolean): Promise<Record<string, number>> {
    jest.setSystemTime(0)
    const w = new CompletionWindow(['COMPLETED'])
    const schedule = {
      follow: () => () => undefined,
      nextDelay: (elapsed: number, planned: number) => w.nextDelay(elapsed, planned, true),
      learn: w.learn.bind(w),
      get changed() {
        return w.changed
      }
    }
    const seen: Record<string, number> = {}
    const poll = (jobId: string, growth: number) =>
      pollUntilTerminal({
        jobId,
        describe: async () => (Date.now() >= 10_000 ? 'COMPLETED' : 'RUNNING'),
        status: (s) => s,
        terminal: ['COMPLETED', 'FAILED'],
        deadline: 60_000,
        startedAt: 0,
        clock: realClock,
        checks: { firstCheckMs: 2_000, growth, capMs: 15_000 },
        schedule: shared ? schedule : undefined,
        log: () => undefined
      }).then(() => (seen[jobId] = Date.now()))
    const both = Promise.all([poll('steady', 1.1), poll('sleepy', 3)])
    await jest.advanceTimersByTimeAsync(30_000)
    await both
    return seen
  }

  test('a job finishing wakes its sleeping sibling, which is checked at once', async () => {
    expect(await twoJobs(false)).toEqual({ steady: 10_000, sleepy: 18_000 })
    expect(await twoJobs(true)).toEqual({ steady: 10_000, sleepy: 10_000 })
  })
})
