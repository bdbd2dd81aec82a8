import type { JobOutcome } from '../outcome.js'

/**
 * Something a kind does once some of its jobs have ended (or at once when it waits for none),
 * such as running a dashboard's e-mail schedule after its report's files are made.
 */
export interface FollowUp {
  /** The report it belongs to. */
  report: string
  /** The plan's job ids it waits for; empty: it runs when the jobs start. */
  after: string[]
  /**
   * Does it and says what happened; never rejects (a failure is a result). `notStarted` is set
   * when it must not run (fail-fast stopped the step): it then only records why.
   */
  run(notStarted?: string): Promise<FollowUpResult>
}

export interface FollowUpResult {
  ok: boolean
  /** One line of plain text for the log and the report. */
  line: string
  /** Said as a notice: something the user should know that is not a failure. */
  notice?: string
  /** This result as an entry of the output's JSON list. */
  record: Record<string, unknown>
}

/** A kind's follow-ups, and how their results are published. */
export interface FollowUps {
  /** The output that lists the results as JSON. */
  output: string
  /** The heading over their lines in the report: 'E-mail schedules'. */
  title: string
  items: FollowUp[]
}

export interface FollowUpOutcome extends FollowUpResult {
  report: string
}

/**
 * Runs each follow-up as soon as the jobs it waits for have finished. `finished` is told of each
 * job's outcome; `results` resolves once every follow-up has run (call `allFinished` first, when
 * the step's jobs are done, so none waits for a job that never reported).
 */
export function followUpRunner(
  items: FollowUp[],
  o: { failFast: boolean; log: (line: string) => void }
): {
  finished: (job: JobOutcome) => void
  allFinished: () => void
  results: () => Promise<FollowUpOutcome[]>
} {
  let firstFailure: string | undefined
  const waiting = items.map((item) => ({ item, left: new Set(item.after), run: deferred() }))
  const start = (w: (typeof waiting)[number]): void => {
    const stopped =
      o.failFast && firstFailure
        ? `Not started: fail-fast stopped the step after ${firstFailure} failed.`
        : undefined
    w.run.resolve(
      w.item.run(stopped).then((r) => {
        o.log(r.line)
        return { ...r, report: w.item.report }
      })
    )
  }
  for (const w of waiting) if (w.left.size === 0) start(w)
  return {
    finished(job) {
      if (!job.succeeded || job.error || job.files.some((f) => f.error)) firstFailure ??= job.jobId
      for (const w of waiting) if (w.left.delete(job.jobId) && w.left.size === 0) start(w)
    },
    allFinished() {
      for (const w of waiting)
        if (w.left.size > 0) {
          w.left.clear()
          start(w)
        }
    },
    results: () => Promise.all(waiting.map((w) => w.run.promise))
  }
}

function deferred(): {
  promise: Promise<FollowUpOutcome>
  resolve: (value: Promise<FollowUpOutcome>) => void
} {
  let resolve: (value: Promise<FollowUpOutcome>) => void = () => undefined
  const promise = new Promise<FollowUpOutcome>((r) => (resolve = r))
  return { promise, resolve }
}
