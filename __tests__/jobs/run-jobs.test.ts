import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import type { JobKind, PlannedJob } from '../../src/jobs/job-kind.js'
import { RateLimiter, realClock } from '../../src/time/rate-limiter.js'
import { runJobs } from '../../src/jobs/run-jobs.js'
import { SNAPSHOT_POLLING } from '../../src/kinds/snapshot/snapshot-kind.js'

/** Each call goes through the account's limiter (10 a second) and takes this long. */
const CALL_MS = 20

/**
 * A batch of `count` jobs of `jobMs` each through 12 slots, on fake timers, with every call
 * through QuickSight's 10 calls/s limiter: the first start to the last result, and the calls.
 */
async function batch(
  count: number,
  jobMs: number,
  pollIntervalMs = 15_000
): Promise<{ makespan: number; describes: number; calls: number }> {
  const limiter = new RateLimiter(10, 1000)
  const startedAt = new Map<string, number>()
  const times: number[] = []
  let describes = 0
  const call = async <T>(answer: () => T): Promise<T> => {
    const done = await limiter.acquire()
    await new Promise((resolve) => setTimeout(resolve, CALL_MS))
    times.push(Date.now())
    done()
    return answer()
  }
  const kind: JobKind<PlannedJob, string> = {
    noun: 'snapshot job',
    jobIdOutput: 'snapshot-job-id',
    states: { succeeded: ['COMPLETED'], failed: ['FAILED'] },
    polling: SNAPSHOT_POLLING,
    slots: 12,
    accountLimit: '12 snapshot jobs',
    cannotCancel: '',
    timeoutHint: '',
    start: (job) => call(() => (startedAt.set(job.id, Date.now()), { resumed: false })),
    describe: (job) =>
      call(
        () => (
          describes++,
          Date.now() - (startedAt.get(job.id) ?? 0) >= jobMs ? 'COMPLETED' : 'RUNNING'
        )
      ),
    status: (d) => d,
    finish: () => call(() => ({ files: [] })),
    freshUri: async () => ''
  }
  const jobs: PlannedJob[] = Array.from({ length: count }, (_, i) => ({
    id: `job-${i}`,
    report: 'Sales',
    makeUp: 'pdf:overview',
    files: []
  }))
  const run = runJobs(
    jobs,
    kind,
    {
      clock: realClock,
      deadline: Date.now() + 3_600_000,
      pollIntervalMs,
      log: () => undefined,
      s3: () => Promise.reject(new Error('no S3 here')),
      limitDownloads: (task) => task(),
      onStarted: () => undefined
    },
    { failFast: false }
  )
  await jest.advanceTimersByTimeAsync(Math.ceil(count / 12) * jobMs * 2 + 60_000)
  const outcomes = await run
  expect(outcomes.every((o) => o.succeeded)).toBe(true)
  const firstStart = Math.min(...startedAt.values())
  return { makespan: Math.max(...times) - firstStart, describes, calls: times.length }
}

describe('runJobs: a batch through 12 slots and 10 calls a second', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  // The ideal is ceil(jobs / 12) job lengths. The limiter itself costs the short jobs most: each
  // round that ends sends 24-36 calls (the check that sees a job done, its result, the next start)
  // through 10 a second.
  test.each([
    [36, 10_000, 1.15],
    [36, 30_000, 1.1],
    [12, 30_000, 1.1],
    [36, 120_000, 1.1],
    [12, 120_000, 1.1]
  ])('%i jobs of %i ms finish within %fx the ideal', async (count, jobMs, most) => {
    const r = await batch(count, jobMs)
    const ideal = Math.ceil(count / 12) * jobMs
    expect(r.makespan / ideal).toBeLessThanOrEqual(most)
  })

  test('12 jobs of 10 s: within 1.25x, the 24 calls of their end through 10 a second (>= 1.2x)', async () => {
    const r = await batch(12, 10_000)
    expect(r.makespan / 10_000).toBeLessThanOrEqual(1.25)
  })

  test('12 jobs of 10 minutes: at most 90 Describe calls each', async () => {
    const r = await batch(12, 600_000)
    expect(r.describes / 12).toBeLessThanOrEqual(90)
  })
})

describe('runJobs: when the slot is freed', () => {
  /** Two jobs through one slot; the first one's result holds a failed file. */
  async function twoJobs(failFast: boolean): Promise<{ events: string[]; statuses: string[] }> {
    let now = 0
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) }
    const events: string[] = []
    const kind: JobKind<PlannedJob, string> = {
      noun: 'snapshot job',
      jobIdOutput: 'snapshot-job-id',
      states: { succeeded: ['COMPLETED'], failed: ['FAILED'] },
      polling: SNAPSHOT_POLLING,
      slots: 1,
      accountLimit: '12 snapshot jobs',
      cannotCancel: '',
      timeoutHint: '',
      start: async (job) => (events.push(`start ${job.id}`), { resumed: false }),
      describe: async () => 'COMPLETED',
      status: (d) => d,
      finish: async (job) => {
        events.push(`result ${job.id}`)
        return { files: [{ index: 1, format: 'pdf', source: {}, path: '/x', error: 'broken' }] }
      },
      freshUri: async () => ''
    }
    const jobs = ['a', 'b'].map((id) => ({ id, report: 'Sales', makeUp: 'pdf', files: [] }))
    const outcomes = await runJobs(
      jobs,
      kind,
      {
        clock,
        deadline: 60_000,
        pollIntervalMs: 15_000,
        log: () => undefined,
        s3: () => Promise.reject(new Error('no S3 here')),
        limitDownloads: (task) => task(),
        onStarted: () => undefined
      },
      { failFast }
    )
    return { events, statuses: outcomes.map((o) => o.status) }
  }

  test('at the end of the job: the next job starts before the result is read', async () => {
    const { events, statuses } = await twoJobs(false)
    expect(events).toEqual(['start a', 'start b', 'result a', 'result b'])
    expect(statuses).toEqual(['COMPLETED', 'COMPLETED'])
  })

  test('with fail-fast, after the result: a failed file stops the next start', async () => {
    const { events, statuses } = await twoJobs(true)
    expect(events).toEqual(['start a', 'result a'])
    expect(statuses).toEqual(['COMPLETED', 'SKIPPED'])
  })
})
