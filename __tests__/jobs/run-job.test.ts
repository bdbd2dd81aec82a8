import { describe, expect, test } from '@jest/globals'
import type { JobKind, PlannedJob } from '../../src/jobs/job-kind.js'
import type { Clock } from '../../src/time/rate-limiter.js'
import { runJob, type JobContext } from '../../src/jobs/run-job.js'

/** A clock that moves only when something sleeps. */
function fakeClock(start: number): Clock {
  let now = start
  return { now: () => now, sleep: async (ms) => void (now += ms) }
}

function kind(started: string[]): JobKind<PlannedJob, string> {
  return {
    noun: 'snapshot job',
    jobIdOutput: 'snapshot-job-id',
    states: { succeeded: ['COMPLETED'], failed: ['FAILED'] },
    polling: { firstCheckMs: 1_000, growth: 2 },
    slots: 10,
    accountLimit: '12 snapshot jobs',
    cannotCancel: '',
    timeoutHint: '',
    start: async (job) => {
      started.push(job.id)
      return { resumed: false }
    },
    describe: async () => 'COMPLETED',
    status: (d) => d,
    finish: async () => ({ files: [] }),
    freshUri: async () => ''
  }
}

const job: PlannedJob = {
  id: 'late',
  report: 'Sales',
  makeUp: 'pdf',
  files: [{ index: 1, format: 'pdf', source: {}, path: '/tmp/late.pdf' }]
}

function context(clock: Clock, deadline: number): JobContext {
  return {
    clock,
    deadline,
    pollIntervalMs: 5_000,
    log: () => undefined,
    s3: () => Promise.reject(new Error('no S3 here')),
    limitDownloads: (task) => task(),
    onStarted: () => undefined
  }
}

describe('runJob and the step deadline', () => {
  test('a job whose slot frees after timeout-minutes ran out is not started', async () => {
    const clock = fakeClock(10_000)
    const started: string[] = []
    const outcome = await runJob(job, kind(started), context(clock, 5_000), {
      slot: (task) => task(),
      mayStart: () => undefined
    })
    expect(started).toEqual([])
    expect(outcome.started).toBe(false)
    expect(outcome.status).toBe('NOT_STARTED')
    expect(outcome.error).toMatch(/timeout-minutes ran out while it waited/)
    expect(outcome.files).toEqual([expect.objectContaining({ index: 1, error: 'Not started.' })])
  })

  test('a job whose slot frees before the deadline starts and finishes', async () => {
    const clock = fakeClock(1_000)
    const started: string[] = []
    const outcome = await runJob(job, kind(started), context(clock, 60_000), {
      slot: (task) => task(),
      mayStart: () => undefined
    })
    expect(started).toEqual(['late'])
    expect(outcome.status).toBe('COMPLETED')
    expect(outcome.succeeded).toBe(true)
  })
})
