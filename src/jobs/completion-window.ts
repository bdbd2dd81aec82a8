import { setMaxListeners } from 'node:events'

/** When a job's checks should happen, given the backoff's own choice. */
export interface CheckSchedule {
  /** Milliseconds until the next check of a job `elapsedMs` after its start. */
  nextDelay(elapsedMs: number, backoffMs: number): number
  /** A job was last seen pending `pendingMs` after its start, and done `doneMs` after it. */
  learn(pendingMs: number, doneMs: number, status: string): void
  /** Aborts when what was learned changes, so that sleeping checks can be brought forward. */
  readonly changed?: AbortSignal
}

/** Never two checks of one job closer than this. */
const MIN_GAP_MS = 1_000
/** Checks inside the window come this many to a window's width. */
const CHECKS_PER_WINDOW = 4

/**
 * What the step's finished jobs tell about when the others will finish. Jobs of one dashboard in
 * one step take about as long as each other, so once a job finished somewhere between two checks,
 * the jobs started after it are checked densely across that window instead of on the doubling
 * schedule, which can see a finished job up to a whole poll interval late. Each round of jobs
 * narrows the window for the next (a batch of more than 12 jobs runs in rounds). Before any job
 * has finished, and outside the window, the backoff decides alone, so a single job polls exactly
 * as before.
 */
export class CompletionWindow implements CheckSchedule {
  private window: { lo: number; hi: number } | undefined
  private change = wakeSignal()

  /** `succeeded`: the states whose timing to learn from (a quick failure says nothing). */
  constructor(private readonly succeeded: readonly string[]) {}

  learn(pendingMs: number, doneMs: number, status: string): void {
    if (!this.succeeded.includes(status) || doneMs < pendingMs) return
    const w = this.window
    // The narrowest window seen is the most informative one.
    if (w && doneMs - pendingMs > w.hi - w.lo) return
    this.window = { lo: pendingMs, hi: doneMs }
    this.change.abort()
    this.change = wakeSignal()
  }

  get changed(): AbortSignal {
    return this.change.signal
  }

  get learned(): boolean {
    return this.window !== undefined
  }

  nextDelay(elapsedMs: number, backoffMs: number): number {
    const w = this.window
    if (!w) return backoffMs
    const step = Math.max(MIN_GAP_MS, (w.hi - w.lo) / CHECKS_PER_WINDOW)
    const firstDense = w.lo + step
    if (elapsedMs < firstDense)
      return Math.min(backoffMs, Math.max(MIN_GAP_MS, firstDense - elapsedMs))
    if (elapsedMs < w.hi + step) return Math.min(backoffMs, step)
    return backoffMs
  }
}

/** Every sleeping poll of the step listens to it: more than the default 10 listeners is expected. */
function wakeSignal(): AbortController {
  const controller = new AbortController()
  setMaxListeners(0, controller.signal)
  return controller
}

/** A scout checks again after this share of its elapsed time... */
const SCOUT_SHARE = 0.05
/** ...but never sooner than this. */
const SCOUT_MIN_GAP_MS = 1_000

/**
 * A schedule per kind of job (jobs of different make-up take different times): each kind learns
 * from its own finished jobs and, until one has finished, from any finished job of the step.
 *
 * Until then, the first job of a kind that has siblings is its scout: it is checked more often
 * than the backoff (every 5 % of its age, at least a second apart), so that the kind learns when
 * its jobs finish about as soon as they do, and wakes the siblings. A lone job keeps the backoff
 * and its economy.
 */
export function completionWindows(succeeded: readonly string[]): (kind: string) => CheckSchedule {
  const anyKind = new CompletionWindow(succeeded)
  const byKind = new Map<string, CompletionWindow>()
  const members = new Map<string, number>()
  return (kind) => {
    let own = byKind.get(kind)
    if (!own) byKind.set(kind, (own = new CompletionWindow(succeeded)))
    const mine = own
    members.set(kind, (members.get(kind) ?? 0) + 1)
    const scout = members.get(kind) === 1
    return {
      nextDelay: (elapsedMs, backoffMs) => {
        const learned = mine.learned ? mine : anyKind
        const planned = learned.nextDelay(elapsedMs, backoffMs)
        if (!scout || learned.learned || (members.get(kind) ?? 0) < 2) return planned
        return Math.min(planned, Math.max(SCOUT_MIN_GAP_MS, elapsedMs * SCOUT_SHARE))
      },
      learn: (pendingMs, doneMs, status) => {
        mine.learn(pendingMs, doneMs, status)
        anyKind.learn(pendingMs, doneMs, status)
      },
      get changed() {
        return AbortSignal.any([mine.changed, anyKind.changed])
      }
    }
  }
}
