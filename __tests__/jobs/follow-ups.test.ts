import { describe, expect, test } from '@jest/globals'
import { FollowUp, followUpRunner } from '../../src/jobs/follow-ups.js'
import type { JobOutcome } from '../../src/outcome.js'

const outcome = (jobId: string, succeeded = true): JobOutcome => ({
  jobId,
  report: 'r',
  status: succeeded ? 'COMPLETED' : 'FAILED',
  started: true,
  succeeded,
  warnings: [],
  files: [],
  durationMs: 0
})

/** A follow-up that records when it ran, and with what. */
function recorder(after: string[], order: string[], name: string): FollowUp {
  return {
    report: 'r',
    after,
    run: async (notStarted) => {
      order.push(notStarted ? `${name} (not started)` : name)
      return { ok: !notStarted, line: name, record: { name } }
    }
  }
}

describe('followUpRunner', () => {
  test('runs each follow-up once the jobs it waits for have finished; none waited for: at once', async () => {
    const order: string[] = []
    const runner = followUpRunner(
      [recorder(['a', 'b'], order, 'after a and b'), recorder([], order, 'at once')],
      { failFast: false, log: () => undefined }
    )
    expect(order).toEqual(['at once'])
    runner.finished(outcome('a'))
    expect(order).toEqual(['at once'])
    runner.finished(outcome('b', false))
    expect(order).toEqual(['at once', 'after a and b'])
    runner.allFinished()
    const results = await runner.results()
    expect(results.map((r) => r.line)).toEqual(['after a and b', 'at once'])
  })

  test('with fail-fast, a follow-up due after a failure is not started', async () => {
    const order: string[] = []
    const runner = followUpRunner([recorder(['b'], order, 'x')], {
      failFast: true,
      log: () => undefined
    })
    runner.finished(outcome('a', false))
    runner.finished(outcome('b'))
    const [result] = await runner.results()
    expect(order).toEqual(['x (not started)'])
    expect(result?.ok).toBe(false)
  })

  test('allFinished runs those still waiting for a job that never reported', async () => {
    const order: string[] = []
    const runner = followUpRunner([recorder(['gone'], order, 'y')], {
      failFast: false,
      log: () => undefined
    })
    runner.allFinished()
    await runner.results()
    expect(order).toEqual(['y'])
  })
})
