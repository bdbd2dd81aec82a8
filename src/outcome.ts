import type { ExportSpec } from './inputs/exports.js'

/** What the report shows of a file's contents. */
export interface FileDetails {
  pages?: number
  worksheets?: string[]
  /** Data rows of a CSV (the header not counted). */
  rows?: number
  /** The header and the first rows of a CSV. */
  preview?: string[][]
}

/** What happened to one export's file. */
export interface FileOutcome {
  spec: ExportSpec
  /** Absolute path of the downloaded file. */
  path?: string
  /** s3:// location (own bucket only; presigned URLs are never reported). */
  s3Uri?: string
  size?: number
  error?: string
  /** Pages, worksheets, rows and a preview, for the report. */
  details?: FileDetails
}

/** What happened to one snapshot job. */
export interface JobOutcome {
  snapshotJobId: string
  arn?: string
  /** COMPLETED, FAILED, or the last status seen when the action stopped following the job. */
  status: string
  error?: string
  files: FileOutcome[]
  durationMs: number
}

export function allSucceeded(jobs: JobOutcome[]): boolean {
  return jobs.every(
    (j) => j.status === 'COMPLETED' && !j.error && j.files.every((f) => f.path && !f.error)
  )
}
