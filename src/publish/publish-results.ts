import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import type { StepDiff } from '../compare/compare-step.js'
import type { CommonInputs } from '../inputs/common-inputs.js'
import type { KindPlan } from '../kinds/kind-plan.js'
import { allFiles, JobOutcome } from '../outcome.js'
import { uploadFilesArtifact } from './artifact.js'
import { artifactName } from './artifact-name.js'
import { emptyFailure, emptyFiles } from './empty-files.js'
import { inspectFile } from './file-details.js'
import { writeJobSummary } from './job-summary.js'
import { commentOnPullRequest } from './pr-comment.js'
import { FollowUpSection, renderReport, ReportInput } from './report.js'

/** A publisher takes the run's report and returns the outputs it sets. */
export type Publisher = (report: ReportInput) => Promise<Record<string, string>>

/**
 * Publishes the files and the report: artifact first (its link goes into the report), then the job
 * summary and the pull-request comment. A publisher that fails is reported; the others still run.
 * Returns the outputs and whether every publisher succeeded.
 */
export async function publishResults(
  jobs: JobOutcome[],
  plan: Pick<KindPlan, 'reports' | 'subject'>,
  inputs: CommonInputs,
  env: NodeJS.ProcessEnv,
  durationMs: number,
  diff?: StepDiff,
  followUps?: FollowUpSection
): Promise<{ outputs: Record<string, string>; ok: boolean; emptyFailure?: string }> {
  const p = inputs.publish
  const files = allFiles(jobs)
  await Promise.all(files.map(async (f) => (f.details ??= await inspectFile(f, p.csvPreviewRows))))
  // Files without data rows: a warning now, and beside their report in the summary and comment.
  const empty = emptyFiles(jobs, plan.reports, inputs.outputDir)
  for (const e of empty) {
    core.warning(e.warning)
    e.job.warnings.push(e.warning)
  }
  const report: ReportInput = {
    subject: plan.subject,
    reports: plan.reports,
    jobs,
    outputDir: inputs.outputDir,
    durationMs,
    diff,
    followUps
  }
  const artifact: Publisher = async () => {
    const uploaded = await uploadFilesArtifact({
      name: artifactName(plan.subject, p.artifactName, jobs[0]?.jobId).name,
      files,
      extraPaths: diff?.written,
      rootDirectory: inputs.outputDir,
      retentionDays: p.retentionDays,
      compressionLevel: p.compressionLevel,
      env
    })
    report.artifactUrl = uploaded?.url
    return uploaded
      ? { 'artifact-id': String(uploaded.id), 'artifact-url': uploaded.url }
      : ({} as Record<string, string>)
  }
  const summary: Publisher = async (r) => (await writeJobSummary(r, p.csvPreviewRows), {})
  const comment: Publisher = async (r) => {
    const url = await commentOnPullRequest({
      token: p.githubToken,
      tag: p.commentTag,
      subject: plan.subject,
      render: (marker, maxLength) =>
        renderReport(r, { marker, previewRows: p.csvPreviewRows, maxLength })
    })
    return url ? { 'comment-url': url } : ({} as Record<string, string>)
  }
  const publishers: [string, boolean, Publisher][] = [
    ['artifact', p.uploadArtifact, artifact],
    ['job summary', p.jobSummary, summary],
    ['pull request comment', p.commentOnPr, comment]
  ]
  const outputs: Record<string, string> = {}
  let ok = true
  for (const [name, enabled, publish] of publishers) {
    if (!enabled) continue
    try {
      Object.assign(outputs, await publish(report))
    } catch (error) {
      ok = false
      core.error(`Publishing the ${name} failed: ${errorMessage(error)}`)
    }
  }
  return { outputs, ok, emptyFailure: emptyFailure(empty, inputs.outputDir) }
}
