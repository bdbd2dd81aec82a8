import type { FileFormat, FileOutcome, FileSource, PlannedFile } from '../outcome.js'

/** One job the step will run. */
export interface PlannedJob {
  id: string
  /** The report it belongs to (a report pack's entry, or the step's one subject). */
  report: string
  dashboardId?: string
  /** Whose files the job makes, when its report has recipients. */
  recipient?: string
  /** Jobs of one make-up take about as long as each other: the schedule learns per make-up. */
  makeUp: string
  /** The files the job is planned to produce (kinds that learn their files at the end plan none). */
  files: PlannedFile[]
}

export interface StartedJob {
  arn?: string
  /** The job existed already (a re-run, or a given job id) and is followed, not started. */
  resumed: boolean
}

/** A file a finished job offers: where to fetch it, or why it cannot be. */
export interface RemoteFile {
  index: number
  format: FileFormat
  source: FileSource
  /** Absolute destination path inside output-dir. */
  path: string
  /** s3:// or https:// (presigned, short-lived). */
  uri?: string
  error?: string
}

/** What a job that reached a terminal state left. */
export interface FinishedJob {
  /** The job failed as a whole (its files then carry no URI). */
  error?: string
  /** Shown as warnings whether the job succeeded or not. */
  warnings?: string[]
  files: RemoteFile[]
}

/**
 * A kind of job the engine runs: how to start (or resume) one, describe it, read its states, turn
 * a finished one into files, and get fresh URLs for them. Polling, slots, deadlines, downloads and
 * outcomes are the engine's.
 */
export interface JobKind<J extends PlannedJob = PlannedJob, D = unknown> {
  /** In log lines and messages: 'snapshot job'. */
  readonly noun: string
  /** The output that lists the step's job ids as soon as they start. */
  readonly jobIdOutput: string
  readonly states: { succeeded: readonly string[]; failed: readonly string[] }
  /**
   * The first check this long after the start; then each check `growth` times as long after the
   * start as the one before (1.1: after a tenth of the job's age), 1 s to poll-interval-seconds apart.
   */
  readonly polling: { firstCheckMs: number; growth: number }
  /** At most this many of the step's jobs run at once (at most the service's concurrent-job limit). */
  readonly slots: number
  /** What the account may run at once, in words: '12 snapshot jobs'. */
  readonly accountLimit: string
  /** Said of started jobs when the step is cancelled: 'QuickSight has no cancel call'. */
  readonly cannotCancel: string
  /** Advice for a job still pending at the deadline. */
  readonly timeoutHint: string
  start(job: J): Promise<StartedJob>
  describe(job: J): Promise<D>
  status(described: D): string
  finish(job: J, described: D): Promise<FinishedJob>
  /** A new URI for a file whose URL expired or was refused. */
  freshUri(job: J, file: RemoteFile): Promise<string>
  /** Work on a downloaded file (unpack it, read what it holds); a throw fails the file. */
  afterDownload?(job: J, file: FileOutcome): Promise<void>
  /** A start failure that means "the account runs all the jobs it may: try again later". */
  isAccountFull?(error: unknown): boolean
}
