import type { S3Client } from '@aws-sdk/client-s3'
import { downloadFile } from '../download/download-file.js'
import { errorMessage } from '../errors.js'
import type { FileOutcome, JobOutcome } from '../outcome.js'
import type { CheckSchedule } from './check-schedule.js'
import type { FinishedJob, JobKind, PlannedJob, RemoteFile } from './job-kind.js'
import { JobTimeoutError, pollUntilTerminal } from './poll.js'
import type { Clock } from '../time/rate-limiter.js'
import { startWhenRoom } from './start-when-room.js'
import type { StartsFirst } from './starts-first.js'

/** What every job of a step shares. */
export interface JobContext {
  clock: Clock
  /** Epoch ms after which the step stops waiting (timeout-minutes). */
  deadline: number
  pollIntervalMs: number
  log: (line: string) => void
  s3: () => Promise<S3Client>
  /** Bounds concurrent downloads across all jobs. */
  limitDownloads: <T>(task: () => Promise<T>) => Promise<T>
  /** Called as soon as a job exists, so its id is known even if the step dies later. */
  onStarted: (job: PlannedJob) => void
  signal?: AbortSignal
}

/** What the batch adds for one job: its slot, its schedule, and whether it may still start. */
export interface JobTurn {
  /** Holds one of the step's job slots while the job runs (`onWait` when it must queue). */
  slot: <T>(task: () => Promise<T>, onWait?: () => void) => Promise<T>
  schedule?: CheckSchedule
  /** Why the job must not start after all (fail-fast), checked when its slot comes. */
  mayStart: () => string | undefined
  /** Told that the job failed (while it still holds its slot, if it failed before its result). */
  failed?: () => void
  /**
   * Hold the slot until the job's result is read, not only until the job ends: fail-fast then
   * knows of a failed file before the next job starts, at the cost of one call's wait per job.
   */
  resultInSlot?: boolean
  /** Where the step's starts are counted: a result outside the slot is fetched after them. */
  starts?: StartsFirst
  /** The job's phase, for progress lines. */
  onPhase?: (phase: 'running' | 'finished') => void
}

/**
 * One job from start to downloaded files: takes a slot, starts (waiting while the account is full),
 * polls to a terminal state until the deadline, frees the slot, then downloads its
 * files (a fresh URL when one expired). Never throws: failures land in the outcome.
 */
export async function runJob<J extends PlannedJob, D>(
  job: J,
  kind: JobKind<J, D>,
  c: JobContext,
  turn: JobTurn
): Promise<JobOutcome> {
  const startedAt = c.clock.now()
  const outcome: JobOutcome = {
    jobId: job.id,
    report: job.report,
    dashboardId: job.dashboardId,
    recipient: job.recipient,
    status: 'NOT_STARTED',
    started: false,
    succeeded: false,
    warnings: [],
    files: [],
    durationMs: 0
  }
  const finish = (): JobOutcome => ({ ...outcome, durationMs: c.clock.now() - startedAt })
  try {
    // The slot is held until the job ends, and with fail-fast until its result is known too (so
    // that a failed file stops the next start); it is freed before the downloads.
    const result = async (described: D): Promise<FinishedJob> => {
      try {
        const r = await kind.finish(job, described)
        if (!outcome.succeeded || r.error || r.files.some((f) => f.error)) turn.failed?.()
        return r
      } catch (error) {
        turn.failed?.()
        throw error
      }
    }
    const ended = await turn.slot(
      async () => {
        const skip = turn.mayStart()
        if (skip !== undefined) {
          outcome.status = 'SKIPPED'
          throw new Error(skip)
        }
        if (c.clock.now() >= c.deadline)
          throw new Error(
            `Not started: timeout-minutes ran out while it waited for one of this step's ${kind.slots} ${kind.noun} slots. Raise timeout-minutes or max-concurrent-jobs, or split the work over several steps.`
          )
        let described: D
        try {
          described = await follow(job, kind, c, turn, outcome)
        } catch (error) {
          turn.failed?.()
          throw error
        }
        outcome.status = kind.status(described)
        outcome.succeeded = kind.states.succeeded.includes(outcome.status)
        if (!outcome.succeeded) turn.failed?.()
        return { described, finished: turn.resultInSlot ? await result(described) : undefined }
      },
      () =>
        c.log(
          `${job.id}: waiting for one of this step's ${kind.slots} running ${kind.noun}s to finish`
        )
    )
    let finished = ended.finished
    if (!finished) {
      await turn.starts?.idle()
      finished = await result(ended.described)
    }
    outcome.warnings = finished.warnings ?? []
    if (finished.error) outcome.error = finished.error
    outcome.files = await Promise.all(finished.files.map((f) => fetchFile(f, job, kind, c)))
    return finish()
  } catch (error) {
    outcome.error = errorMessage(error)
    if (error instanceof JobTimeoutError) outcome.status = 'TIMED_OUT'
    else if (outcome.started && !isTerminal(kind, outcome.status)) outcome.status = 'FAILED'
    outcome.succeeded = false
    if (outcome.files.length === 0)
      outcome.files = job.files.map((f) => ({
        index: f.index,
        format: f.format,
        source: f.source,
        error: outcome.started ? 'Not produced.' : 'Not started.'
      }))
    return finish()
  } finally {
    turn.onPhase?.('finished')
  }
}

function isTerminal(kind: Pick<JobKind, 'states'>, status: string): boolean {
  return kind.states.succeeded.includes(status) || kind.states.failed.includes(status)
}

/** Starts (or resumes) the job and polls it to a terminal state. */
async function follow<J extends PlannedJob, D>(
  job: J,
  kind: JobKind<J, D>,
  c: JobContext,
  turn: JobTurn,
  outcome: JobOutcome
): Promise<D> {
  const started = await startWhenRoom(
    async () => {
      const answered = turn.starts?.begin()
      try {
        return await kind.start(job)
      } finally {
        answered?.()
      }
    },
    {
      jobId: job.id,
      accountLimit: kind.accountLimit,
      isAccountFull: (e) => kind.isAccountFull?.(e) ?? false,
      clock: c.clock,
      deadline: c.deadline,
      log: c.log
    }
  )
  outcome.arn = started.arn
  // A kind may have started a new job in place of the planned one (Data Exchange over its quota).
  outcome.jobId = job.id
  outcome.status = 'STARTED'
  outcome.started = true
  c.onStarted(job)
  turn.onPhase?.('running')
  const files = job.files.length
  if (!started.resumed)
    c.log(`${job.id}: started${files > 0 ? ` (${files} file${files === 1 ? '' : 's'})` : ''}`)
  return pollUntilTerminal({
    jobId: job.id,
    describe: () => kind.describe(job),
    status: (d) => kind.status(d),
    terminal: [...kind.states.succeeded, ...kind.states.failed],
    deadline: c.deadline,
    startedAt: c.clock.now(),
    clock: c.clock,
    checks: { ...kind.polling, capMs: c.pollIntervalMs },
    checkFirst: started.resumed,
    schedule: turn.schedule,
    log: c.log,
    signal: c.signal,
    timeoutHint: kind.timeoutHint
  })
}

/** Downloads one offered file to its path; a refused or expired URL is replaced by a fresh one. */
async function fetchFile<J extends PlannedJob, D>(
  f: RemoteFile,
  job: J,
  kind: JobKind<J, D>,
  c: JobContext
): Promise<FileOutcome> {
  const base = { index: f.index, format: f.format, source: f.source }
  if (f.error || !f.uri) return { ...base, error: f.error ?? 'No file was produced.' }
  const uri = f.uri
  return c.limitDownloads(async () => {
    try {
      const size = await downloadFile(uri, f.path, {
        s3: c.s3,
        freshUri: () => kind.freshUri(job, f),
        clock: c.clock,
        log: c.log
      })
      const file: FileOutcome = {
        ...base,
        path: f.path,
        size,
        s3Uri: uri.startsWith('s3://') ? uri : undefined
      }
      try {
        await kind.afterDownload?.(job, file)
      } catch (error) {
        file.error = errorMessage(error)
      }
      return file
    } catch (error) {
      return { ...base, error: `Download failed: ${errorMessage(error)}` }
    }
  })
}
