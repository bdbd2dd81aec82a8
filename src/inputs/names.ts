import * as core from '@actions/core'

/** The action's input names: the public contract in action.yml. */
export const Input = {
  ExportType: 'export-type',
  DashboardId: 'dashboard-id',
  ConfigFile: 'config-file',
  AwsAccountId: 'aws-account-id',
  AwsRegion: 'aws-region',
  Exports: 'exports',
  Format: 'format',
  SheetId: 'sheet-id',
  VisualIds: 'visual-ids',
  Parameters: 'parameters',
  Timezone: 'timezone',
  RlsTags: 'rls-tags',
  RegisteredUser: 'registered-user',
  UserNamespace: 'user-namespace',
  IdentityRoleArn: 'identity-role-arn',
  S3Bucket: 's3-bucket',
  S3Prefix: 's3-prefix',
  S3BucketRegion: 's3-bucket-region',
  SnapshotJobId: 'snapshot-job-id',
  ResourceArns: 'resource-arns',
  IncludeAllDependencies: 'include-all-dependencies',
  AssetFormat: 'asset-format',
  IncludePermissions: 'include-permissions',
  IncludeTags: 'include-tags',
  StrictValidation: 'strict-validation',
  CloudformationOverrides: 'cloudformation-overrides',
  AssetBundleJobId: 'asset-bundle-job-id',
  Extract: 'extract',
  DataExchangeJobId: 'data-exchange-job-id',
  DataExchangeExport: 'data-exchange-export',
  S3Encryption: 's3-encryption',
  KmsKeyArn: 'kms-key-arn',
  MaxConcurrentJobs: 'max-concurrent-jobs',
  FailFast: 'fail-fast',
  TimeoutMinutes: 'timeout-minutes',
  PollIntervalSeconds: 'poll-interval-seconds',
  OutputDir: 'output-dir',
  FileName: 'file-name',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  CompressionLevel: 'compression-level',
  CommentOnPr: 'comment-on-pr',
  CommentTag: 'comment-tag',
  CsvPreviewRows: 'csv-preview-rows',
  GithubToken: 'github-token',
  CompareTo: 'compare-to',
  CompareBranch: 'compare-branch',
  KeyColumns: 'key-columns',
  Tolerance: 'tolerance',
  FailOnChange: 'fail-on-change',
  FailOnEmpty: 'fail-on-empty',
  JobSummary: 'job-summary',
  EmailScheduleIds: 'email-schedule-ids',
  Recipients: 'recipients'
} as const

export type InputName = (typeof Input)[keyof typeof Input]

/**
 * The defaults action.yml declares (the runner fills them in; a test keeps the two the same). An
 * input whose value is its default counts as not set.
 */
export const DEFAULTS: Partial<Record<InputName, string>> = {
  [Input.ExportType]: 'snapshot',
  [Input.RegisteredUser]: 'false',
  [Input.UserNamespace]: 'default',
  [Input.IncludeAllDependencies]: 'true',
  [Input.AssetFormat]: 'quicksight-json',
  [Input.IncludePermissions]: 'false',
  [Input.IncludeTags]: 'false',
  [Input.StrictValidation]: 'false',
  [Input.Extract]: 'false',
  [Input.MaxConcurrentJobs]: '10',
  [Input.FailFast]: 'false',
  [Input.TimeoutMinutes]: '30',
  [Input.PollIntervalSeconds]: '15',
  [Input.OutputDir]: 'quicksight-export',
  [Input.FileName]: '{dashboard-id}-{name}.{ext}',
  [Input.UploadArtifact]: 'true',
  [Input.CommentOnPr]: 'true',
  [Input.CommentTag]: 'quicksight-export',
  [Input.CsvPreviewRows]: '10',
  [Input.JobSummary]: 'true',
  [Input.CompareTo]: 'none',
  [Input.FailOnChange]: 'false',
  [Input.FailOnEmpty]: 'false'
}

/** Reads inputs with their defaults, and tells which ones the workflow set. */
export interface InputReader {
  /** The value, or the default when empty. */
  get(name: InputName): string
  /** Set to something other than its default. */
  isSet(name: InputName): boolean
}

/**
 * The step's inputs with their defaults. `getInput` reads one as the runner passed it: by
 * default @actions/core's (INPUT_<NAME> of process.env, trimmed), the one path production and
 * tests share.
 */
export function inputReader(
  getInput: (name: InputName) => string = (name) => core.getInput(name)
): InputReader {
  return {
    get: (name) => getInput(name) || (DEFAULTS[name] ?? ''),
    isSet: (name) => getInput(name) !== '' && getInput(name) !== (DEFAULTS[name] ?? '')
  }
}
