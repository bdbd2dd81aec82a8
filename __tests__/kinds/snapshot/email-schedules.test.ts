import { describe, expect, test } from '@jest/globals'
import { emailScheduleFollowUps } from '../../../src/kinds/snapshot/email-schedules.js'
import type { ScheduleApi } from '../../../src/kinds/snapshot/schedule-api.js'
import type { Clock } from '../../../src/time/rate-limiter.js'

const REPORT = { report: 'Sales', dashboardId: 'sales', scheduleIds: ['daily'], jobIds: [] }

function fakeClock(): Clock & { slept: number[] } {
  let now = 0
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms)
      now += ms
    }
  }
}

function refusing(times: number, name: string, then: { Status?: number } = { Status: 200 }) {
  let calls = 0
  const api: ScheduleApi = async () => {
    calls++
    if (calls <= times) throw Object.assign(new Error('refused'), { name })
    return then
  }
  return { api, calls: () => calls }
}

async function runOne(api: ScheduleApi, deadline: number, clock = fakeClock()) {
  const followUps = emailScheduleFollowUps([REPORT], api, '123456789012', { deadline, clock })
  const [item] = followUps?.items ?? []
  if (!item) throw new Error('no follow-up planned')
  return { result: await item.run(), clock }
}

describe('e-mail schedules', () => {
  test('a full account (LimitExceededException) is waited out until the deadline, as job starts are', async () => {
    const service = refusing(2, 'LimitExceededException')
    const { result, clock } = await runOne(service.api, 10 * 60_000)
    expect(result.ok).toBe(true)
    expect(result.record).toMatchObject({ status: 'started' })
    expect(service.calls()).toBe(3)
    expect(clock.slept).toHaveLength(2)
    for (const ms of clock.slept) expect(ms).toBeGreaterThanOrEqual(1_000)
  })

  test('still full at the deadline: the schedule fails, saying to raise timeout-minutes', async () => {
    const service = refusing(1000, 'LimitExceededException')
    const { result, clock } = await runOne(service.api, 60_000)
    expect(result.ok).toBe(false)
    expect(result.record).toMatchObject({ status: 'failed' })
    expect(result.line).toContain('timeout-minutes')
    expect(clock.now()).toBeLessThanOrEqual(60_000)
  })

  test('other refusals are not retried: an unknown schedule names the schedule and the dashboard', async () => {
    const service = refusing(1, 'ResourceNotFoundException')
    const { result, clock } = await runOne(service.api, 10 * 60_000)
    expect(service.calls()).toBe(1)
    expect(clock.slept).toEqual([])
    expect(result.ok).toBe(false)
    expect(result.line).toContain('dashboard sales has no e-mail schedule daily')
  })

  test('HTTP 202: already running, skipped with a notice, not a failure', async () => {
    const service = refusing(0, '', { Status: 202 })
    const { result } = await runOne(service.api, 60_000)
    expect(result.ok).toBe(true)
    expect(result.notice).toContain('already running')
    expect(result.record).toMatchObject({ status: 'already-running' })
  })
})
