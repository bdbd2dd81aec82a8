import type { Tolerance } from './diff/tolerance.js'
/** What a file is: an export format, a definitions bundle, or a data file. */
export type FileFormat = 'pdf' | 'csv' | 'excel' | 'bundle' | 'data'

/** What the report shows of a file's contents. */
export interface FileDetails {
  pages?: number
  worksheets?: string[]
  /** Worksheets of a workbook without a data row (a header at most). */
  emptyWorksheets?: string[]
  /** Data rows of a CSV (the header not counted). */
  rows?: number
  /** The header and the first rows of a CSV. */
  preview?: string[][]
  /** The assets of a definitions bundle. */
  assets?: { type: string; id: string; name?: string }[]
}

/** Where a file comes from, in words for the report (display text, not yet escaped). */
export interface FileSource {
  sheets?: string[]
  /** Empty: every visual of the sheet. */
  visuals?: string[]
  /** Anything else that says what the file is (an asset id, a revision). */
  note?: string
  /**
   * The file in words, as its report names it (`dashboard 'Sales Overview', sheet 'Details',
   * visual 'Orders' (csv)`): what a failure message says failed. Absent: `export N (format)`.
   */
  label?: string
}

/** One file a job is planned to produce, or produced. */
export interface PlannedFile {
  /** 1-based position in the step: orders files in outputs and reports. */
  index: number
  format: FileFormat
  /** Absolute destination path inside output-dir. */
  path: string
  source: FileSource
}

/** What happened to one file. */
export interface FileOutcome {
  index: number
  format: FileFormat
  source: FileSource
  /** Absolute path of the downloaded file (absent when it was not downloaded). */
  path?: string
  /** s3:// location (own buckets only; presigned URLs are never reported). */
  s3Uri?: string
  size?: number
  error?: string
  /** Pages, worksheets, rows and a preview, for the report. */
  details?: FileDetails
  /** Where the file was extracted to (definition bundles with extract: true). */
  extractedTo?: string
}

/** What happened to one job. */
export interface JobOutcome {
  jobId: string
  /** The report (an entry of a report pack, or the step's one dashboard) the job belongs to. */
  report: string
  dashboardId?: string
  /** Whose files the job made, when its report has recipients. */
  recipient?: string
  arn?: string
  /** The service's last status seen; NOT_STARTED, SKIPPED or TIMED_OUT when the action says so. */
  status: string
  /** The job exists in the service (it was started, or found already there). */
  started: boolean
  /** The job reached one of its kind's success states. */
  succeeded: boolean
  error?: string
  warnings: string[]
  files: FileOutcome[]
  durationMs: number
}

export function allSucceeded(jobs: JobOutcome[]): boolean {
  return jobs.every((j) => j.succeeded && !j.error && j.files.every((f) => f.path && !f.error))
}

/** Every file of the step, in step order. */
export function allFiles(jobs: JobOutcome[]): FileOutcome[] {
  return jobs.flatMap((j) => j.files).sort((a, b) => a.index - b.index)
}

/** What the report says about one report (a pack's entry, or the step's one subject). */
export interface ReportInfo {
  name: string
  dashboardId?: string
  dashboardName?: string
  /** Lines shown under the report's heading: parameters as resolved, the period covered. */
  notes: string[]
  /** How its files are compared with a baseline (report diffs). */
  compare?: ReportCompare
  /** A file without data rows fails the step (after publishing); else it is a warning. */
  failOnEmpty?: boolean
  /** Who gets the report's files, each their own (jobs name theirs in `recipient`). */
  recipients?: RecipientInfo[]
}

/** One recipient of a report: a name (its folder), and the registered user it is, if one. */
export interface RecipientInfo {
  name: string
  registeredUser?: string
}

/** Report diffs: the columns that identify a row (absent: whole rows), how far numbers may move. */
export interface ReportCompare {
  keyColumns?: string[]
  tolerance?: Tolerance
}
