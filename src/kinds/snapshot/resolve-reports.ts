import { formatPath } from '../../inputs/problems.js'
import type { ReportRequest } from '../../inputs/report-request.js'
import type { DashboardsApi } from '../../quicksight/dashboards-api.js'
import type { S3Destination, SnapshotReport } from './report-spec.js'
import { findDashboards, ResolutionError } from '../../quicksight/resolve-dashboards.js'
import { resolveExports } from './resolve-exports.js'
import { typeParameters } from './type-parameters.js'

export interface ResolveOptions {
  api: DashboardsApi
  accountId: string
  region: string
  /** The step's start: relative dates are taken from it. */
  now: Date
  /** The key prefix when a report names a bucket but no prefix. */
  defaultPrefix: string
}

/** Upper bound of files one step makes, once `all` is expanded. */
export const MAX_FILES = 500

/**
 * Resolves every report before any job starts: dashboards by id or name, sheets and visuals by id
 * or name, `all` expanded, parameters typed by the dashboard's declarations and relative dates
 * resolved. Every problem of every report (unknown dashboards included) is reported at once;
 * exports are numbered step-wide.
 */
export async function resolveReports(
  requests: ReportRequest[],
  o: ResolveOptions
): Promise<SnapshotReport[]> {
  // Dashboards that cannot be found are reported with every other report's problems.
  const { found: dashboards, problems } = await findDashboards(
    requests.map((r) => r.dashboard),
    o.api,
    o.accountId
  )
  let index = 0
  const reports = requests.flatMap((request): SnapshotReport[] => {
    const dashboard = dashboards.get(request.dashboard)
    if (!dashboard) return []
    const at = request.path.length > 0 ? `${formatPath(request.path)} (${request.dashboard}): ` : ''
    const problem = (text: string): number => problems.push(`${at}${text}`)
    const exports = resolveExports(request.exports, dashboard.model, problem).map((e) => ({
      ...e,
      index: ++index
    }))
    const typed = typeParameters(
      request.parameters,
      dashboard.model?.parameters,
      request.timezone,
      o.now,
      problem
    )
    return [
      {
        name: request.name ?? dashboard.name ?? dashboard.id,
        dashboardId: dashboard.id,
        dashboardName: dashboard.name,
        exports,
        parameters: typed.parameters,
        parameterNotes: typed.notes,
        rlsTags: request.rlsTags,
        registeredUser: request.registeredUser,
        s3: destination(request, o),
        fileName: request.fileName,
        timezone: request.timezone,
        compare: { keyColumns: request.keyColumns, tolerance: request.tolerance },
        emailSchedules: request.emailSchedules
      }
    ]
  })
  if (index > MAX_FILES)
    problems.push(`the reports make ${index} files; one step makes at most ${MAX_FILES}`)
  if (problems.length > 0) throw new ResolutionError(problems)
  return reports
}

function destination(request: ReportRequest, o: ResolveOptions): S3Destination | undefined {
  if (!request.s3Bucket) return undefined
  return { bucket: request.s3Bucket, prefix: request.s3Prefix ?? o.defaultPrefix, region: o.region }
}
