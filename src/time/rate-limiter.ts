export interface Clock {
  now: () => number
  /** Resolves after `ms`, or as soon as `wake` aborts. */
  sleep: (ms: number, wake?: AbortSignal) => Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, wake) =>
    new Promise((resolve) => {
      if (wake?.aborted) return resolve()
      const done = (): void => {
        clearTimeout(timer)
        wake?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      wake?.addEventListener('abort', done, { once: true })
    })
}

/**
 * At most `limit` calls in any window of `windowMs`, shared by every caller (all jobs of the step).
 * QuickSight throttles above 10 calls per second per account; the action keeps within that.
 *
 * A call holds its place from when it is sent until `windowMs` after its answer, so however long
 * each request takes to reach the service (a first request opens a connection, later ones reuse
 * it), the service never sees more than `limit` of them in one window.
 */
export class RateLimiter {
  private calls: { answeredAt: number }[] = []
  private queue: Promise<unknown> = Promise.resolve()
  private onAnswer: (() => void) | undefined

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock = realClock
  ) {}

  /**
   * Resolves when a call may go out, with the function to call once its answer (or error) is in.
   * Callers are served in order.
   */
  acquire(): Promise<() => void> {
    const turn = this.queue.then(() => this.waitForPlace())
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private async waitForPlace(): Promise<() => void> {
    for (;;) {
      const now = this.clock.now()
      this.calls = this.calls.filter((c) => c.answeredAt > now - this.windowMs)
      if (this.calls.length < this.limit) {
        const call = { answeredAt: Infinity }
        this.calls.push(call)
        return () => {
          if (call.answeredAt !== Infinity) return
          call.answeredAt = this.clock.now()
          this.onAnswer?.()
        }
      }
      const first = Math.min(...this.calls.map((c) => c.answeredAt))
      if (first === Infinity) await new Promise<void>((resolve) => (this.onAnswer = resolve))
      else await this.clock.sleep(first + this.windowMs - now + 1)
      this.onAnswer = undefined
    }
  }
}
