import { describeUser, userLabel, type UserIdentity } from '../../aws/identity/user-identity.js'
import { generateJobId } from '../../job-id.js'
import type { KindPlan, PlanContext } from '../kind-plan.js'
import type { SnapshotInputs } from './snapshot-inputs.js'
import type { SnapshotReport } from './report-spec.js'
import { dashboardsApi } from '../../quicksight/dashboards-api.js'
import { snapshotApi, snapshotApis, type SnapshotApi } from './snapshot-api.js'
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
    defaultPrefix: defaultPrefix(c.env, c.now),
    places: { configFile: s.configFile, locate: s.locate }
  })
  const groups = byReport(reports)
  for (const units of groups) {
    const [r] = units
    const named = r.dashboardName && r.dashboardName !== r.name ? ` (${r.dashboardName})` : ''
    const files = units.reduce((n, u) => n + u.exports.length, 0)
    const who =
      r.recipient === undefined
        ? userOf(r)
        : ` for ${units.length} recipient(s)${units.map((u) => `\n  ${u.recipient}${userOf(u)}`).join('')}`
    c.log(`${r.name}: dashboard ${r.dashboardId}${named}, ${files} file(s)${who}`)
    for (const note of notes(units)) c.log(`  ${note}`)
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
  const followUps = emailScheduleFollowUps(
    groups.map((units) => ({
      report: units[0].name,
      dashboardId: units[0].dashboardId,
      scheduleIds: units[0].emailSchedules ?? [],
      // After every recipient's jobs of the report.
      jobIds: jobs.filter((j) => units.includes(j.spec)).map((j) => j.id)
    })),
    await scheduleApi(c.aws.quicksight),
    accountId,
    { deadline: c.now.getTime() + c.common.timeoutMs, log: c.log }
  )
  const schedules = followUps ? `, then ${followUps.items.length} e-mail schedule(s)` : ''
  const files = reports.reduce((n, r) => n + r.exports.length, 0)
  const subject = s.configFile ?? reports[0]?.dashboardId ?? 'export'
  const recipients = reports.filter((r) => r.recipient !== undefined).length
  const forRecipients = recipients > 0 ? ` for ${recipients} recipient(s)` : ''
  return {
    kind,
    jobs,
    reports: groups.map((units) => {
      const [r] = units
      return {
        name: r.name,
        dashboardId: r.dashboardId,
        dashboardName: r.dashboardName,
        notes: notes(units),
        compare: r.compare,
        failOnEmpty: r.failOnEmpty,
        recipients:
          r.recipient === undefined
            ? undefined
            : units.map((u) => ({
                name: u.recipient ?? '',
                ...(u.identity ? { registeredUser: userLabel(u.identity.user) } : {})
              }))
      }
    }),
    subject,
    failFast: s.failFast,
    followUps,
    summary: !s.configFile
      ? `Exporting ${files} file(s) of dashboard ${subject}${forRecipients} in ${jobs.length} snapshot job(s)${schedules}`
      : `Exporting ${files} file(s) of ${groups.length} reports${forRecipients} in ${jobs.length} snapshot job(s), at most ${s.maxConcurrentJobs} at once${schedules}`
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

/** The units of each report, in order: one per recipient, or the report alone. */
function byReport(reports: SnapshotReport[]): Units[] {
  const groups = new Map<number, Units>()
  reports.forEach((r, i) => {
    const key = r.reportIndex ?? i
    const units = groups.get(key)
    if (units) units.push(r)
    else groups.set(key, [r])
  })
  return [...groups.values()]
}

/** A report's units: never none. */
type Units = [SnapshotReport, ...SnapshotReport[]]

/** A report's parameter notes; a recipient's own values are noted with its name. */
function notes(units: SnapshotReport[]): string[] {
  const first = units[0]?.parameterNotes ?? []
  const own = units.flatMap((u) =>
    u.parameterNotes.filter((n) => !first.includes(n)).map((n) => `${u.recipient}: ${n}`)
  )
  return [...first, ...own]
}

/** Whom a report's (or a recipient's) jobs run as, for the log. */
function userOf(r: SnapshotReport): string {
  return r.identity
    ? `, as ${describeUser(r.identity)}`
    : r.registeredUser
      ? ", as the registered user of the step's credentials"
      : ''
}
