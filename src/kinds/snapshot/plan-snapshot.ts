import { generateJobId } from '../../job-id.js'
import type { KindPlan, PlanContext } from '../kind-plan.js'
import type { SnapshotInputs } from './snapshot-inputs.js'
import { dashboardsApi } from '../../quicksight/dashboards-api.js'
import { snapshotApi } from './snapshot-api.js'
import { resolveReports } from './resolve-reports.js'
import { snapshotKind } from './snapshot-kind.js'
import { planSnapshotJobs } from './snapshot-jobs.js'
import { emailScheduleFollowUps } from './email-schedules.js'
import { scheduleApi } from './schedule-api.js'

/** Resolves the reports' dashboards, sheets, visuals and parameters, and plans their snapshot jobs. */
export async function planSnapshot(s: SnapshotInputs, c: PlanContext): Promise<KindPlan> {
  const accountId = await c.accountId()
  const reports = await resolveReports(s.reports, {
    api: await dashboardsApi(c.aws.quicksight),
    accountId,
    region: c.common.awsRegion,
    now: c.now,
    defaultPrefix: defaultPrefix(c.env, c.now)
  })
  for (const r of reports) {
    const named = r.dashboardName && r.dashboardName !== r.name ? ` (${r.dashboardName})` : ''
    c.log(`${r.name}: dashboard ${r.dashboardId}${named}, ${r.exports.length} file(s)`)
    for (const note of r.parameterNotes) c.log(`  ${note}`)
  }
  const baseJobId = s.snapshotJobId ?? (await generateJobId(c.env))
  const jobs = planSnapshotJobs(reports, baseJobId, c.common.outputDir, c.now)
  const kind = snapshotKind({
    api: await snapshotApi(c.aws.quicksight),
    accountId,
    slots: s.maxConcurrentJobs,
    log: c.log,
    mask: c.mask
  })
  const followUps = emailScheduleFollowUps(
    reports.map((r) => ({
      report: r.name,
      dashboardId: r.dashboardId,
      scheduleIds: r.emailSchedules ?? [],
      jobIds: jobs.filter((j) => j.spec === r).map((j) => j.id)
    })),
    await scheduleApi(c.aws.quicksight),
    accountId
  )
  const schedules = followUps ? `, then ${followUps.items.length} e-mail schedule(s)` : ''
  const files = reports.reduce((n, r) => n + r.exports.length, 0)
  const subject = s.configFile ?? reports[0]?.dashboardId ?? 'export'
  return {
    kind,
    jobs,
    reports: reports.map((r) => ({
      name: r.name,
      dashboardId: r.dashboardId,
      dashboardName: r.dashboardName,
      notes: r.parameterNotes,
      compare: r.compare
    })),
    subject,
    failFast: s.failFast,
    followUps,
    summary: !s.configFile
      ? `Exporting ${files} file(s) of dashboard ${subject} in ${jobs.length} snapshot job(s)${schedules}`
      : `Exporting ${files} file(s) of ${reports.length} reports in ${jobs.length} snapshot job(s), at most ${s.maxConcurrentJobs} at once${schedules}`
  }
}

/** quicksight-export/<owner>/<repo>/<run id>-<attempt>: one folder per run in a shared bucket. */
function defaultPrefix(env: NodeJS.ProcessEnv, now: Date): string {
  const repo = env.GITHUB_REPOSITORY ?? 'local'
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : `${now.getTime()}`
  return `quicksight-export/${repo}/${run}`
}
