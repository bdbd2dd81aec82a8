import { formatDuration } from './poll.js'
import type { Clock } from '../time/rate-limiter.js'

/** A heartbeat while nothing changes. */
const QUIET_MS = 10_000
/** Changes that come close together share one line. */
const GATHER_MS = 1_000

/**
 * Progress lines for a batch of jobs: `[7/36 done, 10 running, 19 queued, 0 failed] 2m10s`, printed
 * soon after something changed and every 10 s while nothing does. Silent for a single job.
 */
export class Progress {
  private readonly running = new Set<string>()
  private readonly startedAt: number
  private done = 0
  private failed = 0
  private last = ''
  private lastAt: number
  private pending: NodeJS.Timeout | undefined
  private readonly heartbeat: NodeJS.Timeout | undefined

  constructor(
    private readonly total: number,
    private readonly clock: Clock,
    private readonly log: (line: string) => void
  ) {
    this.startedAt = this.lastAt = clock.now()
    if (total > 1) {
      this.heartbeat = setInterval(() => {
        if (this.clock.now() - this.lastAt >= QUIET_MS) this.print(true)
      }, QUIET_MS / 2)
      this.heartbeat.unref()
    }
  }

  set(jobId: string, phase: 'running' | 'finished'): void {
    if (phase === 'running') this.running.add(jobId)
    else this.running.delete(jobId)
    this.changed()
  }

  finished(jobId: string, failed: boolean): void {
    this.running.delete(jobId)
    this.done++
    if (failed) this.failed++
    this.changed()
  }

  /** The line as it stands. */
  line(): string {
    const queued = this.total - this.done - this.running.size
    const elapsed = formatDuration(this.clock.now() - this.startedAt)
    return `[${this.done}/${this.total} done, ${this.running.size} running, ${queued} queued, ${this.failed} failed] ${elapsed}`
  }

  stop(): void {
    clearInterval(this.heartbeat)
    clearTimeout(this.pending)
    if (this.total > 1 && this.counts() !== this.last) this.print(false)
  }

  private changed(): void {
    if (this.total <= 1 || this.pending) return
    this.pending = setTimeout(() => {
      this.pending = undefined
      if (this.counts() !== this.last) this.print(false)
    }, GATHER_MS)
    this.pending.unref()
  }

  private counts(): string {
    return this.line().replace(/\] .*$/, ']')
  }

  private print(always: boolean): void {
    if (!always && this.counts() === this.last) return
    this.last = this.counts()
    this.lastAt = this.clock.now()
    this.log(this.line())
  }
}
