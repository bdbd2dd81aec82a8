export interface Clock {
  now: () => number
  sleep: (ms: number) => Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * At most `limit` calls in any window of `windowMs`, shared by every caller (all jobs of the step).
 * QuickSight throttles above 10 calls per second per account; the action stays below that.
 */
export class RateLimiter {
  private readonly sent: number[] = []
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock = realClock
  ) {}

  /** Resolves when a call may go out, and records it. Callers are served in order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot())
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      while (this.sent.length > 0 && (this.sent[0] ?? 0) <= now - this.windowMs) this.sent.shift()
      if (this.sent.length < this.limit) {
        this.sent.push(now)
        return
      }
      await this.clock.sleep((this.sent[0] ?? now) + this.windowMs - now + 1)
    }
  }
}
