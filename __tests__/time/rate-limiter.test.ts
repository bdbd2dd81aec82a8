import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { RateLimiter } from '../../src/time/rate-limiter.js'

/** Arrival times as the service sees them, for calls that each take `latency(i)` ms to answer. */
async function callThrough(limiter: RateLimiter, count: number, latency: (i: number) => number) {
  const arrivals: number[] = []
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const calls = Array.from({ length: count }, async (_, i) => {
    const answered = await limiter.acquire()
    // A request reaches the service somewhere between being sent and being answered.
    await sleep(latency(i) * ((i * 7) % 10) * 0.1)
    arrivals.push(Date.now())
    await sleep(latency(i) * (1 - ((i * 7) % 10) * 0.1))
    answered()
  })
  await jest.advanceTimersByTimeAsync(60_000)
  await Promise.all(calls)
  return arrivals
}

function busiestWindow(times: number[], windowMs: number): number {
  return Math.max(...times.map((t) => times.filter((u) => u > t - windowMs && u <= t).length))
}

describe('RateLimiter', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  test('the service never sees more than the limit in any second, whatever each call takes', async () => {
    const limiter = new RateLimiter(8, 1000)
    // Slow first requests (opening connections), then fast ones: the case that once let 12 through.
    const arrivals = await callThrough(limiter, 40, (i) => (i < 8 ? 300 : (i * 37) % 120))
    expect(arrivals).toHaveLength(40)
    expect(busiestWindow(arrivals, 1000)).toBeLessThanOrEqual(8)
    expect(Math.max(...arrivals)).toBeLessThan(8_000)
  })

  test('a call holds its place until a window after its answer', async () => {
    const limiter = new RateLimiter(1, 1000)
    const arrivals = await callThrough(limiter, 2, () => 500)
    expect(arrivals[1]).toBeGreaterThanOrEqual(1500)
  })
})
