import type { Clock } from '../time/rate-limiter.js'

/**
 * Lets the calls that can wait (a finished job's result) go after the starts being sent. All of a
 * step's calls share one rate limiter, served in order; when a round of jobs ends, each job sends
 * the check that sees it done, its result and the next job's start, and the starts are what the
 * next round waits for.
 */
export class StartsFirst {
  private sending = 0
  private waiting: (() => void)[] = []

  constructor(private readonly clock: Clock) {}

  /** A start is being sent: call the returned function once it is answered (or has failed). */
  begin(): () => void {
    this.sending++
    let ended = false
    return () => {
      if (ended) return
      ended = true
      if (--this.sending === 0) for (const go of this.waiting.splice(0)) go()
    }
  }

  /** Resolves once no start is being sent, after letting a freed slot's next job begin its own. */
  async idle(): Promise<void> {
    await this.clock.sleep(0)
    if (this.sending > 0) await new Promise<void>((resolve) => this.waiting.push(resolve))
  }
}
