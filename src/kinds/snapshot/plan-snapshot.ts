import { describeUser, type UserIdentity } from '../../aws/identity/user-identity.js'
import { generateJobId } from '../../job-id.js'
import type { KindPlan, PlanContext } from '../kind-plan.js'
import type { SnapshotInputs } from './snapshot-inputs.js'
import { dashboardsApi } from '../../quicksight/dashboards-api.js'
import { snapshotApi, snapshotApis, type SnapshotApi } from './snapshot-api.js'
import { resolveReports } from './resolve-reports.js'
import { snapshotKind } from './snapshot-kind.js'
import { planSnapshotJobs } from './snapshot-jobs.js'

/** Resolves the reports' dashboards, sheets, visuals and parameters, and plans their snapshot jobs. */
export async function planSnapshot(s: SnapshotInputs, c: PlanContext): Promise<KindPlan> {
  const accountId = await c.accountId()
  const reports = await resolveReports(s.reports, {
    api: await dashboardsApi(c.aws.quicksight),
    accountId,
    region: c.common.awsRegion,
    now: c.now,
    defaultPrefix: defaultPrefix(c.env, c.now),
    places: { configFile: s.configFile, locate: s.locate }
  })
  for (const r of reports) {
    const named = r.dashboardName && r.dashboardName !== r.name ? ` (${r.dashboardName})` : ''
    const user = r.identity
      ? `, as ${describeUser(r.identity)}`
      : r.registeredUser
        ? ", as the registered user of the step's credentials"
        : ''
    c.log(`${r.name}: dashboard ${r.dashboardId}${named}, ${r.exports.length} file(s)${user}`)
    for (const note of r.parameterNotes) c.log(`  ${note}`)
  }
  const baseJobId = s.snapshotJobId ?? (await generateJobId(c.env))
  const jobs = planSnapshotJobs(reports, baseJobId, c.common.outputDir, c.now)
  const kind = snapshotKind({
    api: await snapshotApi(c.aws.quicksight),
    userApi: reports.some((r) => r.identity) ? await userApi(c, accountId) : undefined,
    accountId,
    slots: s.maxConcurrentJobs,
    log: c.log,
    mask: c.mask
  })
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
      compare: r.compare,
      failOnEmpty: r.failOnEmpty
    })),
    subject,
    failFast: s.failFast,
    summary: !s.configFile
      ? `Exporting ${files} file(s) of dashboard ${subject} in ${jobs.length} snapshot job(s)`
      : `Exporting ${files} file(s) of ${reports.length} reports in ${jobs.length} snapshot job(s), at most ${s.maxConcurrentJobs} at once`
  }
}

/**
 * The snapshot calls of registered users' jobs, one API per user: the credentials are fetched when
 * a user's first job starts, once for all their jobs, and renewed before they expire.
 */
async function userApi(
  c: PlanContext,
  accountId: string
): Promise<(identity: UserIdentity) => SnapshotApi> {
  const [{ userSessions }, api] = await Promise.all([
    import('../../aws/identity/user-sessions.js'),
    snapshotApis()
  ])
  const sessions = userSessions(c.aws, { accountId, mask: c.mask, log: c.log })
  return (identity) => api(sessions.quicksight(identity))
}

/** quicksight-export/<owner>/<repo>/<run id>-<attempt>: one folder per run in a shared bucket. */
function defaultPrefix(env: NodeJS.ProcessEnv, now: Date): string {
  const repo = env.GITHUB_REPOSITORY ?? 'local'
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : `${now.getTime()}`
  return `quicksight-export/${repo}/${run}`
}
