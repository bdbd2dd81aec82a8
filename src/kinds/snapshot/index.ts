import { Input } from '../../inputs/names.js'
import { loadYaml } from '../../inputs/yaml-input.js'
import type { Kind } from '../kind.js'
import type { SnapshotInputs } from './snapshot-inputs.js'

/** Dashboards to PDF, CSV and Excel files with snapshot jobs: one dashboard, or a report pack. */
export const snapshot: Kind<SnapshotInputs> = {
  name: 'snapshot',
  ownInputs: [
    Input.DashboardId,
    Input.ConfigFile,
    Input.Exports,
    Input.Format,
    Input.SheetId,
    Input.VisualIds,
    Input.Parameters,
    Input.Timezone,
    Input.RlsTags,
    Input.RegisteredUser,
    Input.UserNamespace,
    Input.IdentityRoleArn,
    Input.S3Bucket,
    Input.S3Prefix,
    Input.S3BucketRegion,
    Input.SnapshotJobId,
    Input.MaxConcurrentJobs,
    Input.FailFast,
    Input.FileName,
    Input.CompareTo,
    Input.CompareBranch,
    Input.KeyColumns,
    Input.Tolerance,
    Input.FailOnChange,
    Input.FailOnEmpty,
    Input.EmailScheduleIds,
    Input.Recipients
  ],
  async readInputs(input, common, mask) {
    // The YAML inputs are parsed synchronously: their parser loads first, when one is set.
    const yaml = [Input.Exports, Input.Parameters, Input.RlsTags, Input.Recipients].some(
      (n) => input.get(n) !== ''
    )
    const [{ readSnapshotInputs }] = await Promise.all([
      import('./snapshot-inputs.js'),
      yaml ? loadYaml() : undefined
    ])
    return readSnapshotInputs(input, common.workspace, common.outputDir, common.awsRegion, mask)
  },
  async plan(inputs, c) {
    return (await import('./plan-snapshot.js')).planSnapshot(inputs, c)
  },
  comparison: (inputs) => (inputs.compare.baseline.kind === 'none' ? undefined : inputs.compare)
}
