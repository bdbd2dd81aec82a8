import { generateJobId } from '../job-id.js'
import type { KindPlan, PlanContext } from '../kinds/kind-plan.js'
import { snapshotApi } from '../quicksight/snapshot-api.js'
import type { SnapshotReport } from './report-spec.js'
import { snapshotKind } from './snapshot-kind.js'
import { planSnapshotJobs } from './snapshot-jobs.js'

/** Plans the snapshot jobs of the step's dashboard. */
export async function planSnapshot(c: PlanContext): Promise<KindPlan> {
  const { inputs } = c
  const report: SnapshotReport = {
    name: inputs.dashboardId,
    dashboardId: inputs.dashboardId,
    exports: inputs.exports,
    parameters: inputs.parameters,
    parameterNotes: [],
    rlsTags: inputs.rlsTags,
    registeredUser: inputs.registeredUser,
    s3: inputs.s3,
    fileName: inputs.fileName
  }
  const reports = [report]
  const baseJobId = inputs.snapshotJobId ?? (await generateJobId(c.env))
  const jobs = planSnapshotJobs(reports, baseJobId, inputs.outputDir, c.now)
  const kind = snapshotKind({
    api: await snapshotApi(c.aws.quicksight),
    accountId: await c.accountId(),
    slots: inputs.maxConcurrentJobs,
    log: c.log,
    mask: c.mask
  })
  const files = reports.reduce((n, r) => n + r.exports.length, 0)
  return {
    kind,
    jobs,
    reports: reports.map((r) => ({
      name: r.name,
      dashboardId: r.dashboardId,
      dashboardName: r.dashboardName,
      notes: r.parameterNotes
    })),
    subject: inputs.dashboardId,
    summary: `Exporting ${files} file(s) of dashboard ${inputs.dashboardId} in ${jobs.length} snapshot job(s)`
  }
}
