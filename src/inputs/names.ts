/** The action's input names: the public contract in action.yml. */
export const Input = {
  ExportType: 'export-type',
  DashboardId: 'dashboard-id',
  AwsAccountId: 'aws-account-id',
  AwsRegion: 'aws-region',
  Exports: 'exports',
  Format: 'format',
  SheetId: 'sheet-id',
  VisualIds: 'visual-ids',
  Parameters: 'parameters',
  RlsTags: 'rls-tags',
  RegisteredUser: 'registered-user',
  S3Bucket: 's3-bucket',
  S3Prefix: 's3-prefix',
  S3BucketRegion: 's3-bucket-region',
  SnapshotJobId: 'snapshot-job-id',
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
  JobSummary: 'job-summary'
} as const

export type InputName = (typeof Input)[keyof typeof Input]

/** Reads one input as the runner passes it: INPUT_<NAME>, upper-cased, spaces as underscores. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}
