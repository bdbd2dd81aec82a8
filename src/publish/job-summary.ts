import * as core from '@actions/core'
import { renderReport, ReportInput } from './report.js'

/** GitHub refuses step summaries over 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024

/** Writes the run's report to the job summary (when the runner provides one). */
export async function writeJobSummary(report: ReportInput): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  let text = renderReport(report)
  if (Buffer.byteLength(text) > SUMMARY_LIMIT - 1024)
    text = `${text.slice(0, SUMMARY_LIMIT / 2)}\n\n_(report cut to fit the 1 MiB job summary limit)_\n`
  await core.summary.addRaw(text).write()
}
