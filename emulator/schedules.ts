import { randomUUID } from 'node:crypto'
import { apiError } from './api-error.js'
import { findDashboard } from './catalog.js'
import type { Runtime } from './runtime.js'
import { parseScenario } from './scenarios.js'

/** The e-mail schedules every account has, by catalog dashboard id (see emulator/README.md). */
export const SEEDED_SCHEDULES: Readonly<Record<string, readonly string[]>> = {
  sales: ['daily-summary', 'weekly-regions'],
  'finance-monthly': ['month-end'],
  'ops-weekly': ['monday-ops'],
  'exec-kpis': ['3f2b9c1e-8a47-4d6b-9e15-7c0a2d4f6b83']
}

/** One StartDashboardSnapshotJobSchedule the emulator answered with 200 or 202. */
export interface ScheduleRun {
  time: number
  accountId: string
  dashboardId: string
  scheduleId: string
  /** 200: a run started; 202: that schedule's run was still going, the request was skipped. */
  status: 200 | 202
  /** When the run started here ends (real ms). */
  endsAt: number
}

/**
 * E-mail schedules of the dashboards and StartDashboardSnapshotJobSchedule: one run per
 * schedule at a time (per account); a request while it runs is skipped with HTTP 202.
 */
export class EmailSchedules {
  readonly runs: ScheduleRun[] = []
  private readonly schedules = new Map<string, Set<string>>()
  private readonly running = new Map<string, number>()

  constructor(private readonly rt: Runtime) {
    for (const [dashboard, ids] of Object.entries(SEEDED_SCHEDULES))
      for (const id of ids) this.add(dashboard, id)
  }

  /** Adds a schedule to a catalog dashboard, in every account. */
  add(dashboardId: string, scheduleId: string): void {
    const set = this.schedules.get(dashboardId) ?? new Set<string>()
    set.add(scheduleId)
    this.schedules.set(dashboardId, set)
  }

  /** Runs the schedule now: HTTP 200, or 202 when its run still goes on. */
  start(
    accountId: string,
    dashboardId: string,
    scheduleId: string
  ): { status: 200 | 202; body: object } {
    const dashboard = findDashboard(dashboardId)
    if (!dashboard)
      throw apiError(
        'ResourceNotFoundException',
        `Dashboard ${dashboardId} does not exist in account ${accountId}.`
      )
    if (!this.schedules.get(dashboard.id)?.has(scheduleId))
      throw apiError(
        'ResourceNotFoundException',
        `Schedule ${scheduleId} does not exist for dashboard ${dashboardId}.`
      )
    const scenario = parseScenario(dashboardId)
    if (scenario.startError)
      throw apiError(
        `${scenario.startError}Exception`,
        `Injected ${scenario.startError} for dashboard ${dashboardId}.`
      )
    const key = `${accountId}/${dashboard.id}/${scheduleId}`
    const now = Date.now()
    const busyUntil = this.running.get(key) ?? 0
    const status = now < busyUntil ? 202 : 200
    const endsAt =
      status === 202
        ? busyUntil
        : now + this.rt.scaled(scenario.durationMs ?? this.rt.options.jobDurationMs)
    if (status === 200) this.running.set(key, scenario.stuck ? Infinity : endsAt)
    this.runs.push({ time: now, accountId, dashboardId, scheduleId, status, endsAt })
    return { status, body: { RequestId: randomUUID() } }
  }
}
