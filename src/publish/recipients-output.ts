import type { JobOutcome, ReportInfo } from '../outcome.js'

/** One recipient's files, as the `recipients` output lists them for a later step. */
export interface RecipientFiles {
  report: string
  name: string
  registeredUser?: string
  /** The downloaded files' paths. */
  files: string[]
  /** The exports that did not land: format, sheets, and why. */
  failed: { format: string; sheets?: string[]; error: string }[]
}

/**
 * Each recipient of each report with the files made for them (recipients only: a report without
 * any is not listed). A recipient whose files all landed has an empty `failed`.
 */
export function recipientFiles(reports: ReportInfo[], jobs: JobOutcome[]): RecipientFiles[] {
  return reports.flatMap((report) =>
    (report.recipients ?? []).map((recipient) => {
      const mine = jobs.filter((j) => j.report === report.name && j.recipient === recipient.name)
      const files = mine.flatMap((j) => j.files).sort((a, b) => a.index - b.index)
      return {
        report: report.name,
        name: recipient.name,
        ...(recipient.registeredUser ? { registeredUser: recipient.registeredUser } : {}),
        files: files.flatMap((f) => (f.path && !f.error ? [f.path] : [])),
        failed: mine.flatMap((j) =>
          j.files
            .filter((f) => f.error || !f.path)
            .map((f) => ({
              format: f.format,
              ...(f.source.sheets ? { sheets: f.source.sheets } : {}),
              error: j.error ?? f.error ?? `the job ended ${j.status}`
            }))
        )
      }
    })
  )
}
