import type { JobOutcome } from '../outcome.js'
import { allFiles, allSucceeded } from '../outcome.js'

/** The action's outputs, from the jobs' outcomes. `jobIdOutput` names the kind's job id output. */
export function actionOutputs(jobs: JobOutcome[], jobIdOutput: string): Record<string, string> {
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
    )
  }
}
