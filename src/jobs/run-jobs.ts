import type { JobOutcome } from '../outcome.js'
import { stepSchedules } from './check-schedule.js'
import { concurrencyLimit } from './concurrency.js'
import type { JobKind, PlannedJob } from './job-kind.js'
import { Progress } from './progress.js'
import { JobContext, runJob } from './run-job.js'
import { StartsFirst } from './starts-first.js'

export interface BatchOptions {
  /** Stop starting new jobs after the first failure. */
  failFast: boolean
  /** Hears of each job's outcome as soon as the job is done (its files downloaded). */
  onFinished?: (outcome: JobOutcome) => void
}

/**
 * Runs every job of the step through one scheduler: at most `kind.slots` at once (the others wait
 * in order), one rate limiter (in the clients), one deadline, checks spaced to fit the rate limit
 * and timed by what finished jobs of the same make-up took, and progress lines while more than one job runs.
 */
export async function runJobs<J extends PlannedJob, D>(
  jobs: J[],
  kind: JobKind<J, D>,
  c: JobContext,
  o: BatchOptions
): Promise<JobOutcome[]> {
  const slot = concurrencyLimit(kind.slots)
  const schedules = stepSchedules(kind.states.succeeded)
  const starts = new StartsFirst(c.clock)
  const progress = new Progress(jobs.length, c.clock, c.log)
  let firstFailure: string | undefined
  try {
    return await Promise.all(
      jobs.map(async (job) => {
        const outcome = await runJob(job, kind, c, {
          slot,
          schedule: schedules(job.makeUp),
          mayStart: () =>
            o.failFast && firstFailure
              ? `Not started: fail-fast stopped the step after ${firstFailure} failed.`
              : undefined,
          failed: () => void (firstFailure ??= job.id),
          resultInSlot: o.failFast,
          starts,
          onPhase: (phase) => progress.set(job.id, phase)
        })
        const failed = !outcome.succeeded || outcome.files.some((f) => f.error)
        if (failed && outcome.status !== 'SKIPPED') firstFailure ??= job.id
        progress.finished(job.id, failed)
        o.onFinished?.(outcome)
        return outcome
      })
    )
  } finally {
    progress.stop()
  }
}
