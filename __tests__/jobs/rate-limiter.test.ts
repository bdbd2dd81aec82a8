import { describe, expect, test } from '@jest/globals'
import { RateLimiter } from '../../src/jobs/rate-limiter.js'

describe('RateLimiter', () => {
  test('never lets more than the limit through in any window, whatever the number of callers', async () => {
    let now = 0
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) }
    const limiter = new RateLimiter(8, 1000, clock)
    const times: number[] = []
    await Promise.all(
      Array.from({ length: 40 }, () => limiter.acquire().then(() => times.push(now)))
    )
    expect(times).toHaveLength(40)
    for (const t of times)
      expect(times.filter((u) => u > t - 1000 && u <= t).length).toBeLessThanOrEqual(8)
    expect(Math.max(...times)).toBeLessThan(5000)
  })
})
