import type { JobOutcome } from '../outcome.js'
import { allSucceeded } from '../outcome.js'

/** The action's outputs, from the jobs' outcomes. */
export function actionOutputs(jobs: JobOutcome[]): Record<string, string> {
  const files = jobs.flatMap((j) => j.files).sort((a, b) => a.spec.index - b.spec.index)
  return {
    'snapshot-job-id': jobs.map((j) => j.snapshotJobId).join(','),
    'job-status': allSucceeded(jobs) ? 'COMPLETED' : 'FAILED',
    files: JSON.stringify(files.flatMap((f) => (f.path ? [f.path] : []))),
    's3-uris': JSON.stringify(files.flatMap((f) => (f.s3Uri ? [f.s3Uri] : []))),
    jobs: JSON.stringify(
      jobs.map((j) => ({
        id: j.snapshotJobId,
        arn: j.arn ?? null,
        status: j.status,
        ...(j.error ? { error: j.error } : {}),
        files: j.files.map((f) => ({
          format: f.spec.format,
          path: f.path ?? null,
          ...(f.s3Uri ? { s3Uri: f.s3Uri } : {}),
          ...(f.error ? { error: f.error } : {})
        }))
      }))
    )
  }
}
