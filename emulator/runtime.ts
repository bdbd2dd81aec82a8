import type { FileServer } from './file-server.js'

/** Timing and option values every job kind reads (durations in unscaled ms). */
export interface RuntimeOptions {
  /** Snapshot job time, start to COMPLETED, unless the dashboard's scenario sets one. */
  jobDurationMs: number
  /** Share of a job's time spent queued. */
  queuedShare: number
  /** At most this many snapshot jobs run per account; the next start gets LimitExceeded. */
  maxRunningJobs: number
  /** Asset bundle export job time, start to SUCCESSFUL or FAILED. */
  exportJobDurationMs: number
  /** At most this many asset bundle export jobs run per account (the documented 5). */
  maxRunningExportJobs: number
  /** Lifetime of presigned URLs (snapshot files and asset bundles), seconds. */
  urlTtlSeconds: number
}

/** What the job kinds share with the server: options, the clock's scale, timers, the files. */
export interface Runtime {
  readonly options: RuntimeOptions
  readonly files: FileServer
  /** An emulated duration in real milliseconds: `ms` times the time scale. */
  scaled(ms: number): number
  /** Runs `fn` after `ms` real milliseconds (cancelled when the emulator closes). */
  later(ms: number, fn: () => void | Promise<void>): void
}
