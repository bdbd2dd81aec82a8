import * as core from '@actions/core'
import { errorMessage } from './errors.js'
import { InputError } from './inputs/input-error.js'
import { readInputs } from './kinds/read-inputs.js'
import type { FollowUpOutcome } from './jobs/follow-ups.js'
import type { JobOutcome } from './outcome.js'

const DOWNLOADS_AT_ONCE = 4
/** QuickSight's documented rate; the limiter keeps it as the service sees it. */
const QUICKSIGHT_CALLS_PER_SECOND = 10

/**
 * The action: read inputs → plan jobs → run jobs (start, poll, download) → outputs → publish.
 * Inputs are checked before anything heavy loads: the AWS SDK, the kind of job and the publishers
 * are imported only once the inputs are valid.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const startedAt = Date.now()
  const mask = onceEach(core.setSecret)
  try {
    const inputs = await readInputs(env, mask)

    // The inputs are valid: load what the run needs, all at once.
    const [
      { createAwsClients },
      { runJobs },
      { exitOnCancel },
      limits,
      { RateLimiter, realClock },
      { allFiles, allSucceeded },
      { artifactPrefix }
    ] = await Promise.all([
      import('./aws/clients.js'),
      import('./jobs/run-jobs.js'),
      import('./cancellation.js'),
      import('./jobs/concurrency.js'),
      import('./time/rate-limiter.js'),
      import('./outcome.js'),
      import('./publish/artifact-name.js')
    ])
    const startedIds: string[] = []
    let stillRunning = 'job(s)'
    const stopListening = exitOnCancel(
      () => startedIds,
      () => stillRunning
    )
    for (const warning of inputs.warnings) core.warning(warning)
    const aws = await createAwsClients(
      inputs.awsRegion,
      env,
      new RateLimiter(QUICKSIGHT_CALLS_PER_SECOND, 1000)
    )
    const plan = await core.group('Plan', () =>
      inputs.kind.plan(inputs.kindInputs, {
        common: inputs,
        aws,
        accountId: once(async () => inputs.awsAccountId ?? (await aws.accountId())),
        now: new Date(startedAt),
        env,
        log: core.info,
        mask
      })
    )
    core.info(plan.summary)

    // Report diffs: the baseline is fetched while the jobs run.
    const compare = inputs.kind.comparison?.(inputs.kindInputs)
    const comparison =
      compare &&
      (await import('./compare/compare-step.js')).startComparison(compare, {
        env,
        token: inputs.publish.githubToken,
        artifactPrefix: artifactPrefix(plan.subject, inputs.publish.artifactName, plan.jobs[0]?.id),
        log: core.info
      })

    stillRunning = `${plan.kind.cannotCancel}: ${plan.kind.noun}(s)`
    // What the kind does once some jobs have ended (e-mail schedules): each as soon as it may.
    const after =
      plan.followUps &&
      (await import('./jobs/follow-ups.js')).followUpRunner(plan.followUps.items, {
        failFast: plan.failFast,
        log: core.info
      })
    const [jobs, followed] = await core.group(`${capitalize(plan.kind.noun)}s`, async () => {
      const outcomes: JobOutcome[] = await runJobs(
        plan.jobs,
        plan.kind,
        {
          clock: realClock,
          deadline: startedAt + inputs.timeoutMs,
          pollIntervalMs: inputs.pollIntervalMs,
          log: core.info,
          s3: aws.s3,
          limitDownloads: limits.concurrencyLimit(DOWNLOADS_AT_ONCE),
          onStarted: (job) => {
            startedIds.push(job.id)
            core.setOutput(plan.kind.jobIdOutput, startedIds.join(','))
          }
        },
        { failFast: plan.failFast, onFinished: after?.finished }
      )
      after?.allFinished()
      return [outcomes, (await after?.results()) ?? []] as const
    })
    stopListening()
    for (const warning of jobs.flatMap((j) => j.warnings)) core.warning(warning)
    for (const f of followed) if (f.notice) core.notice(f.notice)
    const followUps = plan.followUps && { title: plan.followUps.title, results: followed }

    const diff =
      comparison &&
      (await core.group('Compare', () =>
        comparison.finish(plan.jobs, jobs, plan.reports, inputs.outputDir, core)
      ))

    const { actionOutputs } = await import('./publish/outputs.js')
    const outputs = {
      ...actionOutputs(jobs, {
        jobIdOutput: plan.kind.jobIdOutput,
        reports: plan.reports,
        followUps: plan.followUps && { output: plan.followUps.output, results: followed }
      }),
      ...(comparison && diff ? comparison.outputs(diff) : {})
    }
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    const { publishResults } = await import('./publish/publish-results.js')
    const published = await core.group('Publish', () =>
      publishResults(jobs, plan, inputs, env, realClock.now() - startedAt, diff, followUps)
    )
    for (const [name, value] of Object.entries(published.outputs)) core.setOutput(name, value)
    const overChange = comparison && diff ? comparison.failure(diff) : undefined
    const followUpFailures = followed.filter((f) => !f.ok)
    if (!allSucceeded(jobs) || followUpFailures.length > 0)
      core.setFailed(failureMessage(jobs, followUpFailures))
    else if (!published.ok)
      core.setFailed('The files were exported, but publishing them failed (see the errors above).')
    else if (overChange) core.setFailed(overChange)
    else if (published.emptyFailure) core.setFailed(published.emptyFailure)
    else core.info(`Done: ${allFiles(jobs).length} file(s) in ${inputs.outputDir}`)
  } catch (error) {
    // A config file's problems are also shown where they are, each as an annotation of its line.
    if (error instanceof InputError)
      for (const a of error.annotations) core.error(a.message, a.properties)
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

/** Calls `fn` the first time only; later calls share its promise. */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined
  return () => (result ??= fn())
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * One message for every job, file or follow-up that failed, in words: the report (and recipient),
 * the file as the report names it (its dashboard, sheet and visuals), the service's error, then
 * the job's id.
 */
function failureMessage(jobs: JobOutcome[], followUps: FollowUpOutcome[]): string {
  const label = (f: JobOutcome['files'][number]): string =>
    f.source.label ?? `export ${f.index} (${f.format})`
  const problems = jobs.flatMap((j) => {
    const who = j.recipient ? `${j.report}, recipient ${j.recipient}` : j.report
    const files = j.files.map(label)
    return j.error
      ? [
          `${who}: ${j.error} (job ${j.jobId}${files.length > 0 ? `, for ${files.join('; ')}` : ''})`
        ]
      : j.files
          .filter((f) => f.error)
          .map((f) => `${who}: ${label(f)}: ${f.error} (job ${j.jobId}, file ${f.index})`)
  })
  problems.push(...followUps.map((f) => f.line))
  return `QuickSight export failed:\n- ${problems.join('\n- ')}`
}
