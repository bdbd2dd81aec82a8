import { CompletionWindow } from './completion-window.js'

/** When a step's job is checked, beyond its own check times. */
export interface CheckSchedule {
  /** The job is checked from now until the returned function is called. */
  follow(): () => void
  /** Milliseconds until the next check of a job last checked `elapsedMs` after its start. */
  nextDelay(elapsedMs: number, plannedMs: number): number
  /** A job was last seen pending `pendingMs` after its start, and done `doneMs` after it. */
  learn(pendingMs: number, doneMs: number, status: string): void
  /** Aborts when what was learned changes, so that sleeping checks can be brought forward. */
  readonly changed?: AbortSignal
}

/**
 * The calls a second the clients' rate limiter lets through (QuickSight's limit, and Data
 * Exchange's): the step's checks together plan no more, so that they do not pile up in the
 * limiter's queue in front of the starts and results that end a round of jobs.
 */
export const CHECKS_PER_SECOND = 10

/**
 * The check schedules of one step's jobs. Each job keeps its own check times, spaced so that all
 * the jobs being checked stay within `checksPerSecond` together (12 jobs: 1.2 s apart at least),
 * and moved by what finished jobs of the same make-up (or, until one has, of any make-up) tell
 * about when it will finish (`CompletionWindow`).
 */
export function stepSchedules(
  succeeded: readonly string[],
  checksPerSecond = CHECKS_PER_SECOND
): (makeUp: string) => CheckSchedule {
  const anyMakeUp = new CompletionWindow(succeeded)
  const byMakeUp = new Map<string, CompletionWindow>()
  let followed = 0
  return (makeUp) => {
    let window = byMakeUp.get(makeUp)
    if (!window) byMakeUp.set(makeUp, (window = new CompletionWindow(succeeded)))
    const own = window
    return {
      follow: () => {
        followed++
        let done = false
        return () => {
          if (!done) followed--
          done = true
        }
      },
      nextDelay: (elapsedMs, plannedMs) => {
        const spacing = Math.ceil((followed * 1000) / checksPerSecond)
        const spaced = Math.max(plannedMs, spacing)
        const delay = own.learned
          ? own.nextDelay(elapsedMs, spaced, true)
          : anyMakeUp.nextDelay(elapsedMs, spaced, false)
        // A window's dense checks are spaced too.
        return Math.max(delay, spacing)
      },
      learn: (pendingMs, doneMs, status) => {
        own.learn(pendingMs, doneMs, status)
        anyMakeUp.learn(pendingMs, doneMs, status)
      },
      get changed() {
        return AbortSignal.any([own.changed, anyMakeUp.changed])
      }
    }
  }
}
