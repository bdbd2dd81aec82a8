import path from 'node:path'
import type { FileOutcome, JobOutcome, ReportInfo } from '../outcome.js'

/** A downloaded file that holds no data rows, and what to say about it. */
export interface EmptyFile {
  job: JobOutcome
  file: FileOutcome
  /** Its report asks for the step to fail (fail-on-empty). */
  fails: boolean
  warning: string
}

/**
 * The files without data rows, once their details are read: a CSV with a header and no rows, a
 * workbook with a worksheet that has none. A PDF always has pages, whatever it shows, so it is
 * never called empty. Each warning names the report, the file and the parameters it was made with.
 */
export function emptyFiles(
  jobs: JobOutcome[],
  reports: ReportInfo[],
  outputDir: string
): EmptyFile[] {
  return jobs.flatMap((job) => {
    const report = reports.find((r) => r.name === job.report)
    return job.files.flatMap((file): EmptyFile[] => {
      const what = emptiness(file)
      if (!what || !file.path) return []
      const made = report?.notes.length ? `made with ${report.notes.join('; ')}` : 'no parameters'
      return [
        {
          job,
          file,
          fails: report?.failOnEmpty ?? false,
          warning: `${job.report}: ${path.relative(outputDir, file.path)} ${what} (${made}). Dates outside the data, or row-level security that hides every row, give empty files; check the parameters and rls-tags.`
        }
      ]
    })
  })
}

function emptiness(file: FileOutcome): string | undefined {
  const d = file.details
  if (file.format === 'csv' && d?.rows === 0) return 'has a header and no data rows'
  const sheets = d?.emptyWorksheets ?? []
  if (file.format === 'excel' && sheets.length > 0)
    return `has ${sheets.length === 1 ? 'a worksheet' : 'worksheets'} without data rows: ${sheets.map((s) => `'${s}'`).join(', ')}`
  return undefined
}

/** The step's failure for fail-on-empty, or undefined when no report that asks for it has one. */
export function emptyFailure(empty: EmptyFile[], outputDir: string): string | undefined {
  const failing = empty.filter((e) => e.fails)
  if (failing.length === 0) return undefined
  const list = failing.map((e) => `${e.job.report}: ${path.relative(outputDir, e.file.path ?? '')}`)
  return `fail-on-empty: ${failing.length} file(s) have no data rows (published all the same):\n- ${list.join('\n- ')}`
}
