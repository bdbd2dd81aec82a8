// The QuickSight commands the action sends, named one by one: webpack then bundles only these of
// the SDK's 400-odd commands (the package is side-effect free), where a namespace import of the
// package keeps every one. Import this module lazily, like the SDK itself.
export {
  QuickSightClient,
  DescribeAssetBundleExportJobCommand,
  DescribeDashboardDefinitionCommand,
  DescribeDashboardSnapshotJobCommand,
  DescribeDashboardSnapshotJobResultCommand,
  GetIdentityContextCommand,
  ListDashboardsCommand,
  StartAssetBundleExportJobCommand,
  StartDashboardSnapshotJobCommand,
  StartDashboardSnapshotJobScheduleCommand
} from '@aws-sdk/client-quicksight'
