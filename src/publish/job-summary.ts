import * as core from '@actions/core'
import { renderReport, ReportInput } from './report.js'

/** GitHub refuses step summaries over 1 MiB; keep a margin for multi-byte characters. */
export const SUMMARY_LIMIT = 1024 * 1024
const SUMMARY_CHARS = Math.floor(SUMMARY_LIMIT / 4)

/** Writes the run's report to the job summary (when the runner provides one). */
export async function writeJobSummary(report: ReportInput, previewRows: number): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(renderReport(report, { previewRows, maxLength: SUMMARY_CHARS })).write()
}
