import { describe, expect, test } from '@jest/globals'
import { JobTimeoutError, pollUntilTerminal } from '../../src/jobs/poll.js'
import type { Clock } from '../../src/time/rate-limiter.js'
import { SNAPSHOT_POLLING } from '../../src/kinds/snapshot/snapshot-kind.js'

function fakeClock(): Clock & { slept: number[] } {
  let now = 0
  const slept: number[] = []
  return { now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)), slept }
}

/** One job of `jobMs` polled with the snapshot kind's settings: when it is seen done, and the calls. */
async function follow(
  jobMs: number,
  capMs = 15_000,
  checkFirst = false
): Promise<{ seenAt: number; calls: number[]; gaps: number[]; lines: string[] }> {
  const clock = fakeClock()
  const calls: number[] = []
  const lines: string[] = []
  await pollUntilTerminal({
    jobId: 'j',
    describe: async () => (calls.push(clock.now()), clock.now() >= jobMs ? 'COMPLETED' : 'RUNNING'),
    status: (s) => s,
    terminal: ['COMPLETED', 'FAILED'],
    deadline: 3_600_000,
    startedAt: 0,
    clock,
    checks: { ...SNAPSHOT_POLLING, capMs },
    checkFirst,
    log: (l) => lines.push(l)
  })
  const gaps = calls.slice(1).map((t, i) => t - (calls[i] ?? 0))
  return { seenAt: clock.now(), calls, gaps, lines }
}

describe('pollUntilTerminal: checks after a tenth of the job’s age', () => {
  test('the first check 2 s after the start, then 1 s apart until 10 s, then 10 % of the age', async () => {
    const { calls } = await follow(20_000)
    expect(calls.slice(0, 10)).toEqual([
      2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000, 11_000
    ])
    expect(calls.slice(10, 13)).toEqual([12_100, 13_310, 14_641])
  })

  test.each([5_000, 10_000, 10_001, 10_500, 30_000, 119_000, 120_000, 133_000])(
    'a job of %i ms is seen within 10 % of its length (1 s for the shortest)',
    async (jobMs) => {
      const { seenAt } = await follow(jobMs)
      expect(seenAt - jobMs).toBeLessThanOrEqual(Math.max(1_000, jobMs / 10))
    }
  )

  test('a 10 s job is seen by 11 s', async () => {
    expect((await follow(10_050)).seenAt).toBeLessThanOrEqual(11_000)
  })

  test('a 10-minute job takes at most 90 Describe calls, fewer than a 5-second poller (120)', async () => {
    const { calls, seenAt } = await follow(600_000)
    expect(calls.length).toBeLessThanOrEqual(90)
    expect(calls.length).toBeLessThan(600_000 / 5_000)
    expect(seenAt - 600_000).toBeLessThanOrEqual(15_000)
  })

  test('never longer than poll-interval-seconds between checks (15 s by default, 5 s when asked)', async () => {
    expect(Math.max(...(await follow(600_000)).gaps)).toBe(15_000)
    const { gaps } = await follow(600_000, 5_000)
    expect(Math.max(...gaps)).toBe(5_000)
  })

  test('poll-interval-seconds 1 checks every second, the first check too', async () => {
    const { calls, gaps } = await follow(30_000, 1_000)
    expect(calls[0]).toBe(1_000)
    expect(new Set(gaps)).toEqual(new Set([1_000]))
  })

  test('a job found already running is checked at once', async () => {
    const { calls } = await follow(5_000, 15_000, true)
    expect(calls[0]).toBe(0)
    expect(calls[1]).toBe(1_000)
  })

  test('one line per check, with the status, the elapsed time and the next check', async () => {
    const { lines } = await follow(12_000)
    expect(lines[0]).toBe('j: RUNNING, 2.0s elapsed, next check in 1.0s')
    expect(lines).toContain('j: RUNNING, 11s elapsed, next check in 1.1s')
    expect(lines.at(-1)).toBe('j: COMPLETED after 12s')
  })

  test('gives up at the deadline with an error naming the job, its status and the elapsed time', async () => {
    const clock = fakeClock()
    const poll = pollUntilTerminal({
      jobId: 'job-7',
      describe: async () => 'QUEUED',
      status: (s) => s,
      terminal: ['COMPLETED'],
      deadline: 60_000,
      startedAt: 0,
      clock,
      checks: { firstCheckMs: 1_000, growth: 1.1, capMs: 5_000 },
      log: () => undefined,
      timeoutHint: 'Raise timeout-minutes.'
    })
    await expect(poll).rejects.toThrow(JobTimeoutError)
    await expect(poll).rejects.toThrow(
      /^Job job-7 is still QUEUED after 1m: gave up waiting\. Raise timeout-minutes\.$/
    )
  })
})
