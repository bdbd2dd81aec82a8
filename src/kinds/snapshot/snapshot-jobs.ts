import { assignFilePaths, NamedExport } from './file-paths.js'
import type { ExportSpec } from '../../inputs/exports.js'
import type { PlannedJob } from '../../jobs/job-kind.js'
import type { FileSource } from '../../outcome.js'
import { jobKind, planJobs } from './pack-exports.js'
import type { SnapshotReport } from './report-spec.js'

/** A snapshot job of one report: the exports its file groups answer, in order. */
export interface SnapshotJob extends PlannedJob {
  dashboardId: string
  spec: SnapshotReport
  exports: ExportSpec[]
}

/**
 * Packs each report's exports into the fewest snapshot jobs and gives every file its path. Job ids
 * are `baseJobId` (one job), `baseJobId-N` (one report, several jobs) or `baseJobId-rR[-N]`
 * (several reports), so that two reports of one dashboard never share an id.
 */
export function planSnapshotJobs(
  reports: SnapshotReport[],
  baseJobId: string,
  outputDir: string,
  now: Date
): SnapshotJob[] {
  const planned = reports.flatMap((report, r) =>
    // A report with e-mail schedules only has no jobs.
    report.exports.length === 0
      ? []
      : planJobs(report.exports, reports.length === 1 ? baseJobId : `${baseJobId}-r${r + 1}`).map(
          (plan) => ({ report, plan })
        )
  )
  const named: NamedExport[] = planned.flatMap(({ report, plan }) =>
    plan.exports.map((spec) => ({
      spec,
      jobId: plan.snapshotJobId,
      dashboardId: report.dashboardId,
      report: report.name,
      template: report.fileName,
      timezone: report.timezone
    }))
  )
  const paths = assignFilePaths(named, outputDir, now)
  return planned.map(({ report, plan }) => ({
    id: plan.snapshotJobId,
    report: report.name,
    dashboardId: report.dashboardId,
    makeUp: `${report.dashboardId}/${jobKind(plan)}`,
    spec: report,
    exports: plan.exports,
    files: plan.exports.map((spec) => ({
      index: spec.index,
      format: spec.format,
      path: paths.get(spec.index) ?? '',
      source: exportSource(spec)
    }))
  }))
}

/** The sheets and visuals of an export, as the report shows them. */
export function exportSource(spec: ExportSpec): FileSource {
  return {
    sheets: spec.sheets.map((s) => s.sheetName ?? s.sheetId),
    visuals: spec.sheets.flatMap((s) => s.visualIds.map((v, i) => s.visualTitles?.[i] ?? v))
  }
}
