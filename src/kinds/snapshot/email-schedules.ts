import type { FollowUp, FollowUpResult, FollowUps } from '../../jobs/follow-ups.js'
import { startWhenRoom } from '../../jobs/start-when-room.js'
import { realClock, type Clock } from '../../time/rate-limiter.js'
import type { ScheduleApi } from './schedule-api.js'
import { ACCOUNT_SNAPSHOT_JOBS } from './snapshot-kind.js'

const SCHEDULE_PERMISSION = 'quicksight:StartDashboardSnapshotJobSchedule'

/** What happened to one schedule: the `email-schedules` output's entries. */
export interface ScheduleRecord {
  report: string
  dashboardId: string
  scheduleId: string
  status: 'started' | 'already-running' | 'failed'
  message?: string
}

/** A report's e-mail schedules, and the jobs they wait for. */
export interface ReportSchedules {
  report: string
  dashboardId: string
  scheduleIds: string[]
  /** The report's snapshot jobs: its schedules run once they have all ended. */
  jobIds: string[]
}

/** How long a schedule refused with LimitExceededException is tried again (as job starts are). */
export interface ScheduleWaiting {
  /** Epoch ms: the step's deadline (timeout-minutes). */
  deadline: number
  clock?: Clock
  log?: (line: string) => void
}

/**
 * The follow-ups that run each report's e-mail schedules (StartDashboardSnapshotJobSchedule)
 * once its exports have ended, or at once when it has none. QuickSight runs one job per schedule
 * at a time and skips a repeated request with HTTP 202: that is "already running", not a failure.
 * LimitExceededException (the account runs all the jobs it may) is waited out until the deadline,
 * as job starts are; throttling is the SDK's retries'.
 */
export function emailScheduleFollowUps(
  reports: ReportSchedules[],
  api: ScheduleApi,
  accountId: string,
  waiting: ScheduleWaiting = { deadline: 0 }
): FollowUps | undefined {
  const clock = waiting.clock ?? realClock
  const items = reports.flatMap((r) =>
    r.scheduleIds.map((scheduleId): FollowUp => ({
      report: r.report,
      after: r.jobIds,
      run: (notStarted) =>
        runSchedule({ report: r.report, dashboardId: r.dashboardId, scheduleId }, notStarted)
    }))
  )
  if (items.length === 0) return undefined
  return { output: 'email-schedules', title: 'E-mail schedules', items }

  async function runSchedule(
    s: Pick<ScheduleRecord, 'report' | 'dashboardId' | 'scheduleId'>,
    notStarted?: string
  ): Promise<FollowUpResult> {
    const what = `E-mail schedule ${s.scheduleId} of dashboard ${s.dashboardId}`
    if (notStarted) return failed(s, what, notStarted)
    try {
      const answer = await startWhenRoom(
        () =>
          api({ AwsAccountId: accountId, DashboardId: s.dashboardId, ScheduleId: s.scheduleId }),
        {
          jobId: `e-mail schedule ${s.scheduleId}`,
          accountLimit: `${ACCOUNT_SNAPSHOT_JOBS} snapshot jobs`,
          isAccountFull: (error) => (error as Error | undefined)?.name === 'LimitExceededException',
          clock,
          deadline: waiting.deadline,
          log: waiting.log ?? (() => undefined)
        }
      )
      if (answer.Status === 202) {
        const line = `${what}: already running, skipped (QuickSight runs one job per schedule at a time)`
        return { ok: true, line, notice: line, record: { ...s, status: 'already-running' } }
      }
      return { ok: true, line: `${what}: started`, record: { ...s, status: 'started' } }
    } catch (error) {
      return failed(s, what, scheduleError(error, s.dashboardId, s.scheduleId))
    }
  }
}

function failed(
  s: Pick<ScheduleRecord, 'report' | 'dashboardId' | 'scheduleId'>,
  what: string,
  message: string
): FollowUpResult {
  return { ok: false, line: `${what}: ${message}`, record: { ...s, status: 'failed', message } }
}

/** The service's refusal in words, with what to do about it. */
function scheduleError(error: unknown, dashboardId: string, scheduleId: string): string {
  const e = error as { name?: string; message?: string } | undefined
  const name = e?.name ?? 'Error'
  const said = `${name}: ${e?.message ?? String(error)}`
  switch (name) {
    case 'ResourceNotFoundException':
      return `dashboard ${dashboardId} has no e-mail schedule ${scheduleId} (${said}). Copy the schedule's id from the dashboard's Schedules pane in QuickSight, and check aws-account-id and aws-region.`
    case 'AccessDeniedException':
      return `${said}. Allow ${SCHEDULE_PERMISSION} on the dashboard (arn:aws:quicksight:<region>:<account>:dashboard/${dashboardId}).`
    case 'ThrottlingException':
      return `${said}. QuickSight kept throttling the account (over 10 calls per second) after the retries.`
    case 'InvalidParameterValueException':
      return `${said}. Check the schedule id: copy it from the dashboard's Schedules pane.`
    default:
      return said
  }
}
