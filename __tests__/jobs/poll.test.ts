import { describe, expect, test } from '@jest/globals'
import { JobTimeoutError, pollUntilTerminal } from '../../src/jobs/poll.js'
import type { Clock } from '../../src/time/rate-limiter.js'

function fakeClock(): Clock & { slept: number[] } {
  let now = 0
  const slept: number[] = []
  return { now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)), slept }
}

describe('pollUntilTerminal', () => {
  test('backs off from about 1.5 s to the cap and returns the terminal description', async () => {
    const clock = fakeClock()
    const statuses = [...Array<string>(12).fill('RUNNING'), 'COMPLETED']
    const lines: string[] = []
    const result = await pollUntilTerminal({
      jobId: 'j',
      describe: async () => statuses.shift() ?? 'COMPLETED',
      status: (s) => s,
      terminal: ['COMPLETED', 'FAILED'],
      deadline: 10 * 60_000,
      startedAt: 0,
      clock,
      backoff: { initialMs: 1500, capMs: 15_000, random: () => 0.5 },
      log: (l) => lines.push(l)
    })
    expect(result).toBe('COMPLETED')
    expect(clock.slept[0]).toBe(1350)
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(15_000)
    expect(clock.slept.at(-1)).toBe(13_500)
    expect(clock.slept).toEqual([...clock.slept].sort((a, b) => a - b))
    expect(lines).toHaveLength(13)
    expect(lines[0]).toMatch(/^j: RUNNING, 1\.4s elapsed, next check in 2\.0s$/)
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
      backoff: { initialMs: 1000, capMs: 5000 },
      log: () => undefined,
      timeoutHint: 'Raise timeout-minutes.'
    })
    await expect(poll).rejects.toThrow(JobTimeoutError)
    await expect(poll).rejects.toThrow(
      /^Job job-7 is still QUEUED after 1m: gave up waiting\. Raise timeout-minutes\.$/
    )
  })
})
