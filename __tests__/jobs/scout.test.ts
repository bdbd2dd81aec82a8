import { describe, expect, test } from '@jest/globals'
import { completionWindows } from '../../src/jobs/completion-window.js'

describe('the scout of a kind with siblings', () => {
  test('is checked every 5 % of its age (at least 1 s apart) until the kind learns; its siblings keep the backoff', () => {
    const schedule = completionWindows(['COMPLETED'])
    const scout = schedule('pdf:overview')
    const sibling = schedule('pdf:overview')
    expect(scout.nextDelay(2_000, 4_000)).toBe(1_000)
    expect(scout.nextDelay(60_000, 15_000)).toBe(3_000)
    expect(scout.nextDelay(400_000, 15_000)).toBe(15_000)
    expect(sibling.nextDelay(2_000, 4_000)).toBe(4_000)
    scout.learn(9_000, 10_000, 'COMPLETED')
    expect(scout.nextDelay(30_000, 15_000)).toBe(15_000)
  })

  test('a lone job keeps the plain backoff (a single job polls as economically as before)', () => {
    const schedule = completionWindows(['COMPLETED'])
    const lone = schedule('excel:details')
    expect(lone.nextDelay(2_000, 4_000)).toBe(4_000)
    expect(lone.nextDelay(60_000, 15_000)).toBe(15_000)
  })
})
