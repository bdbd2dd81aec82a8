import * as core from '@actions/core'
import { createAwsClients, QUICKSIGHT_CALLS_PER_SECOND } from './aws/clients.js'
import { exitOnCancel } from './cancellation.js'
import { assignFilePaths } from './download/file-paths.js'
import { errorMessage } from './errors.js'
import { readInputs } from './inputs/read-inputs.js'
import { generateJobId } from './job-id.js'
import { concurrencyLimit } from './jobs/concurrency.js'
import { RateLimiter, realClock } from './jobs/rate-limiter.js'
import { allSucceeded, JobOutcome } from './outcome.js'
import { planJobs } from './plan.js'
import { actionOutputs } from './publish/outputs.js'
import { publishResults } from './publish/publish-results.js'
import { runSnapshotJob } from './quicksight/run-snapshot-job.js'
import { snapshotApi } from './quicksight/snapshot-api.js'

const DOWNLOADS_AT_ONCE = 4

/** The action: read inputs → plan jobs → run jobs (start, poll, download) → publish → outputs. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const startedAt = realClock.now()
  const mask = onceEach(core.setSecret)
  try {
    const inputs = readInputs(env, mask)
    const plans = planJobs(inputs.exports, inputs.snapshotJobId ?? generateJobId(env))
    const paths = assignFilePaths(
      plans,
      inputs.dashboardId,
      inputs.fileName,
      inputs.outputDir,
      new Date(startedAt)
    )
    core.info(
      `Exporting ${inputs.exports.length} file(s) of dashboard ${inputs.dashboardId} in ${plans.length} snapshot job(s)`
    )

    const limiter = new RateLimiter(QUICKSIGHT_CALLS_PER_SECOND, 1000)
    const aws = await createAwsClients(inputs.awsRegion, env, limiter)
    const accountId = inputs.awsAccountId ?? (await aws.accountId())
    const api = await snapshotApi(aws.quicksight)
    const startedIds: string[] = []
    const stopListening = exitOnCancel(() => startedIds)
    const limitDownloads = concurrencyLimit(DOWNLOADS_AT_ONCE)

    const jobs: JobOutcome[] = await core.group('Snapshot jobs', () =>
      Promise.all(
        plans.map((plan) =>
          runSnapshotJob(plan, {
            api,
            s3: aws.s3,
            inputs,
            accountId,
            paths,
            clock: realClock,
            deadline: startedAt + inputs.timeoutMs,
            log: core.info,
            mask,
            limitDownloads,
            onStarted: (id) => {
              startedIds.push(id)
              core.setOutput('snapshot-job-id', startedIds.join(','))
            }
          })
        )
      )
    )

    stopListening()
    for (const [name, value] of Object.entries(actionOutputs(jobs))) core.setOutput(name, value)
    const published = await core.group('Publish', () =>
      publishResults(jobs, inputs, env, realClock.now() - startedAt)
    )
    for (const [name, value] of Object.entries(published.outputs)) core.setOutput(name, value)
    if (!allSucceeded(jobs)) core.setFailed(failureMessage(jobs))
    else if (!published.ok)
      core.setFailed('The files were exported, but publishing them failed (see the errors above).')
    else core.info(`Done: ${jobs.flatMap((j) => j.files).length} file(s) in ${inputs.outputDir}`)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

/** Registers each secret with the runner once. */
function onceEach(setSecret: (secret: string) => void): (secret: string) => void {
  const seen = new Set<string>()
  return (secret) => {
    if (secret === '' || seen.has(secret)) return
    seen.add(secret)
    setSecret(secret)
  }
}

/** One message for every job or file that failed. */
function failureMessage(jobs: JobOutcome[]): string {
  const problems = jobs.flatMap((j) =>
    j.error
      ? [`${j.snapshotJobId}: ${j.error}`]
      : j.files
          .filter((f) => f.error)
          .map((f) => `${j.snapshotJobId} export ${f.spec.index} (${f.spec.format}): ${f.error}`)
  )
  return `QuickSight export failed. ${problems.join(' | ')}`
}
