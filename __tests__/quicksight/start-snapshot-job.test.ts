import { describe, expect, test } from '@jest/globals'
import type { SnapshotApi } from '../../src/quicksight/snapshot-api.js'
import { startSnapshotJob } from '../../src/quicksight/start-snapshot-job.js'

const error = (name: string): Error => Object.assign(new Error(name), { name })
const request = {
  AwsAccountId: '123456789012',
  DashboardId: 'd',
  SnapshotJobId: 'j',
  SnapshotConfiguration: { FileGroups: [] }
}

function setup(startErrors: string[]) {
  let now = 0
  const lines: string[] = []
  const api: SnapshotApi = {
    start: async () => {
      const next = startErrors.shift()
      if (next) throw error(next)
      return { Arn: 'arn:new' }
    },
    describe: async () => ({ Arn: 'arn:old', JobStatus: 'RUNNING' }),
    result: async () => ({})
  }
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) }
  return { api, clock, lines, log: (l: string) => lines.push(l), now: () => now }
}

describe('startSnapshotJob', () => {
  test('waits while the account runs 12 jobs, then starts', async () => {
    const s = setup(['LimitExceededException', 'LimitExceededException'])
    const started = await startSnapshotJob(request, { ...s, deadline: 600_000 })
    expect(started).toMatchObject({ arn: 'arn:new', resumed: false })
    expect(s.lines).toHaveLength(2)
    expect(s.lines[0]).toMatch(
      /^j: queued, the account already runs 12 snapshot jobs; trying again in/
    )
  })

  test('follows a job that exists already instead of failing', async () => {
    const s = setup(['ResourceExistsException'])
    expect(await startSnapshotJob(request, { ...s, deadline: 1 })).toMatchObject({
      arn: 'arn:old',
      resumed: true
    })
  })

  test('gives up when the slots stay full until the deadline', async () => {
    const s = setup(Array<string>(100).fill('LimitExceededException'))
    await expect(startSnapshotJob(request, { ...s, deadline: 60_000 })).rejects.toThrow(
      /Job j is still queued \(not started\)/
    )
    expect(s.now()).toBeLessThanOrEqual(60_000)
  })

  test('other errors go straight to the caller', async () => {
    const s = setup(['AccessDeniedException'])
    await expect(startSnapshotJob(request, { ...s, deadline: 60_000 })).rejects.toThrow(
      'AccessDeniedException'
    )
  })
})
