import { describe, expect, test } from '@jest/globals'
import { startWhenRoom } from '../../src/jobs/start-when-room.js'

const error = (name: string): Error => Object.assign(new Error(name), { name })

function setup(startErrors: string[], deadline: number) {
  let now = 0
  const lines: string[] = []
  const start = async () => {
    const next = startErrors.shift()
    if (next) throw error(next)
    return 'started'
  }
  const options = {
    jobId: 'j',
    accountLimit: '12 snapshot jobs',
    isAccountFull: (e: unknown) => (e as Error).name === 'LimitExceededException',
    clock: { now: () => now, sleep: async (ms: number) => void (now += ms) },
    deadline,
    log: (l: string) => lines.push(l)
  }
  return { start, options, lines, now: () => now }
}

describe('startWhenRoom', () => {
  test('waits while the account is full, then starts', async () => {
    const s = setup(['LimitExceededException', 'LimitExceededException'], 600_000)
    expect(await startWhenRoom(s.start, s.options)).toBe('started')
    expect(s.lines).toHaveLength(2)
    expect(s.lines[0]).toMatch(
      /^j: queued, the account already runs 12 snapshot jobs; trying again in/
    )
  })

  test('gives up when the account stays full until the deadline', async () => {
    const s = setup(Array<string>(100).fill('LimitExceededException'), 60_000)
    await expect(startWhenRoom(s.start, s.options)).rejects.toThrow(
      /Job j is still queued \(not started\)/
    )
    expect(s.now()).toBeLessThanOrEqual(60_000)
  })

  test('other errors go straight to the caller', async () => {
    const s = setup(['AccessDeniedException'], 60_000)
    await expect(startWhenRoom(s.start, s.options)).rejects.toThrow('AccessDeniedException')
    expect(s.lines).toEqual([])
  })
})
