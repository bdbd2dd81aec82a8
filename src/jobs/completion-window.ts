import { setMaxListeners } from 'node:events'
import { MIN_GAP_MS } from './check-times.js'

interface Window {
  /** Milliseconds after their start... */
  lo: number
  /** ...and before or at which jobs of the make-up finish. */
  hi: number
}

/** Checks inside the window come this many to a window's width. */
const CHECKS_PER_WINDOW = 4

/**
 * When jobs of one make-up finish, learned from the ones that did: a job finished somewhere
 * between its last check that found it pending and the check that found it done. Jobs of one
 * dashboard and format in one step take about as long as each other, so the jobs still running
 * are checked densely across that window, and a job of the same make-up started later (a batch of
 * more than 12 jobs runs in rounds) is not checked before it at all. Each finished job narrows the
 * window. Before any job has finished, the job's own check times decide alone.
 */
export class CompletionWindow {
  /** The narrowest single window seen. */
  private narrowest: Window | undefined
  /** What all the windows seen have in common: the latest pending, the earliest done. */
  private common: Window | undefined
  private change = wakeSignal()

  /** `succeeded`: the states whose timing to learn from (a quick failure says nothing). */
  constructor(private readonly succeeded: readonly string[]) {}

  learn(pendingMs: number, doneMs: number, status: string): void {
    if (!this.succeeded.includes(status) || doneMs < pendingMs) return
    const before = this.window
    const n = this.narrowest
    if (!n || doneMs - pendingMs < n.hi - n.lo) this.narrowest = { lo: pendingMs, hi: doneMs }
    const c = this.common
    this.common = c
      ? { lo: Math.max(c.lo, pendingMs), hi: Math.min(c.hi, doneMs) }
      : { lo: pendingMs, hi: doneMs }
    const after = this.window
    if (before?.lo === after?.lo && before?.hi === after?.hi) return
    this.change.abort()
    this.change = wakeSignal()
  }

  /**
   * Where the make-up's jobs finish: what all windows seen have in common, as long as they have
   * something in common (jobs that take exactly as long as each other); the narrowest one when
   * they have not.
   */
  private get window(): Window | undefined {
    const c = this.common
    return c && c.lo < c.hi ? c : this.narrowest
  }

  /** Aborts when the window changes, so that sleeping checks can be brought forward. */
  get changed(): AbortSignal {
    return this.change.signal
  }

  get learned(): boolean {
    return this.narrowest !== undefined
  }

  /**
   * The wait after a check `elapsedMs` after the start, given the job's own `plannedMs`: every
   * quarter of the window's width across it (at least 1 s apart), the first no later than where a
   * job was seen done. Before the window, a job of the same make-up (`sameMakeUp`) waits for it;
   * others keep their own times. After the window, the job's own times.
   */
  nextDelay(elapsedMs: number, plannedMs: number, sameMakeUp: boolean): number {
    const w = this.window
    if (!w) return plannedMs
    const step = Math.max(MIN_GAP_MS, (w.hi - w.lo) / CHECKS_PER_WINDOW)
    const firstDense = Math.min(w.lo + step, w.hi)
    if (elapsedMs < firstDense) {
      const untilWindow = Math.max(MIN_GAP_MS, firstDense - elapsedMs)
      return sameMakeUp ? untilWindow : Math.min(plannedMs, untilWindow)
    }
    if (elapsedMs < w.hi + step) return Math.min(plannedMs, step)
    return plannedMs
  }
}

/** Every sleeping poll of the step listens to it: more than the default 10 listeners is expected. */
function wakeSignal(): AbortController {
  const controller = new AbortController()
  setMaxListeners(0, controller.signal)
  return controller
}
