import { assignFilePaths } from './download/file-paths.js'
import { errorMessage } from './errors.js'
import { readInputs } from './inputs/read-inputs.js'
import { generateJobId } from './job-id.js'
import { completionWindows } from './jobs/completion-window.js'
import { concurrencyLimit } from './jobs/concurrency.js'
import { RateLimiter, realClock } from './jobs/rate-limiter.js'
import { allSucceeded, JobOutcome } from './outcome.js'
import { planJobs } from './plan.js'
import { actionOutputs } from './publish/outputs.js'
import { addMask, fail } from './workflow-commands.js'

const DOWNLOADS_AT_ONCE = 4
/** QuickSight runs at most 12 snapshot jobs per account at once. */
const ACCOUNT_JOB_SLOTS = 12
/** QuickSight's documented rate; the limiter keeps it as the service sees it. */
const QUICKSIGHT_CALLS_PER_SECOND = 10

/**
 * The action: read inputs → plan jobs → run jobs (start, poll, download) → publish → outputs.
 * Inputs are checked before anything heavy loads: @actions/core, the AWS SDK and the publishers
 * are imported only once the inputs are valid.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const startedAt = realClock.now()
  const mask = onceEach(addMask)
  try {
    const inputs = await readInputs(env, mask)
    const plans = planJobs(inputs.exports, inputs.snapshotJobId ?? (await generateJobId(env)))
    const paths = assignFilePaths(
      plans,
      inputs.dashboardId,
      inputs.fileName,
      inputs.outputDir,
      new Date(startedAt)
    )

    // The inputs are valid: load what the run needs, all at once.
    const [core, { createAwsClients }, { snapshotApi }, { runSnapshotJob }, { exitOnCancel }] =
      await Promise.all([
        import('@actions/core'),
        import('./aws/clients.js'),
        import('./quicksight/snapshot-api.js'),
        import('./quicksight/run-snapshot-job.js'),
        import('./cancellation.js')
      ])
    core.info(
      `Exporting ${inputs.exports.length} file(s) of dashboard ${inputs.dashboardId} in ${plans.length} snapshot job(s)`
    )
    const aws = await createAwsClients(
      inputs.awsRegion,
      env,
      new RateLimiter(QUICKSIGHT_CALLS_PER_SECOND, 1000)
    )
    const accountId = inputs.awsAccountId ?? (await aws.accountId())
    const api = await snapshotApi(aws.quicksight)
    const startedIds: string[] = []
    const stopListening = exitOnCancel(() => startedIds)
    const limitDownloads = concurrencyLimit(DOWNLOADS_AT_ONCE)
    const limitRunning = concurrencyLimit(ACCOUNT_JOB_SLOTS)
    const schedule = completionWindows(['COMPLETED'])

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
            limitRunning,
            schedule,
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
    const { publishResults } = await import('./publish/publish-results.js')
    const published = await core.group('Publish', () =>
      publishResults(jobs, inputs, env, realClock.now() - startedAt)
    )
    for (const [name, value] of Object.entries(published.outputs)) core.setOutput(name, value)
    if (!allSucceeded(jobs)) fail(failureMessage(jobs))
    else if (!published.ok)
      fail('The files were exported, but publishing them failed (see the errors above).')
    else core.info(`Done: ${jobs.flatMap((j) => j.files).length} file(s) in ${inputs.outputDir}`)
  } catch (error) {
    fail(errorMessage(error))
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
