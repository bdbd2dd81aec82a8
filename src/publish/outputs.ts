import type { FollowUpOutcome } from '../jobs/follow-ups.js'
import type { JobOutcome, ReportInfo } from '../outcome.js'
import { allFiles, allSucceeded } from '../outcome.js'
import { recipientFiles } from './recipients-output.js'

export interface OutputsOptions {
  /** The kind's job id output. */
  jobIdOutput: string
  /** The plan's reports: those with recipients are listed in `recipients`. */
  reports: ReportInfo[]
  /** The kind's follow-ups: their results, listed in their own output. */
  followUps?: { output: string; results: FollowUpOutcome[] }
}

/** The action's outputs, from the jobs' outcomes and the follow-ups' results. */
export function actionOutputs(jobs: JobOutcome[], o: OutputsOptions): Record<string, string> {
  const { jobIdOutput, reports, followUps } = o
  const files = allFiles(jobs)
  return {
    [jobIdOutput]: jobs
      .filter((j) => j.started)
      .map((j) => j.jobId)
      .join(','),
    'job-status': allSucceeded(jobs) ? 'COMPLETED' : 'FAILED',
    files: JSON.stringify(files.flatMap((f) => (f.path ? [f.path] : []))),
    's3-uris': JSON.stringify(files.flatMap((f) => (f.s3Uri ? [f.s3Uri] : []))),
    jobs: JSON.stringify(
      jobs.map((j) => ({
        id: j.jobId,
        report: j.report,
        ...(j.dashboardId ? { dashboardId: j.dashboardId } : {}),
        ...(j.recipient ? { recipient: j.recipient } : {}),
        arn: j.arn ?? null,
        status: j.status,
        ...(j.error ? { error: j.error } : {}),
        ...(j.warnings.length > 0 ? { warnings: j.warnings } : {}),
        files: j.files.map((f) => ({
          format: f.format,
          path: f.path ?? null,
          ...(f.s3Uri ? { s3Uri: f.s3Uri } : {}),
          ...(f.error ? { error: f.error } : {})
        }))
      }))
    ),
    ...(followUps
      ? { [followUps.output]: JSON.stringify(followUps.results.map((f) => f.record)) }
      : {}),
    ...(reports.some((r) => r.recipients)
      ? { recipients: JSON.stringify(recipientFiles(reports, jobs)) }
      : {})
  }
}
