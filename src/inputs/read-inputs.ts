import path from 'node:path'
import type { _Parameters } from '@aws-sdk/client-quicksight'
import { ExportSpec, parseExports } from './exports.js'
import { validateFileNameTemplate } from './file-name-template.js'
import { InputError } from './input-error.js'
import { getInput, Input } from './names.js'
import { parseParameters } from './parameters.js'
import { parseRlsTags, RlsTag } from './rls-tags.js'
import { publishInputs, PublishInputs } from './publish-inputs.js'
import { boolean, number, whole } from './scalars.js'
import { shortcutExports } from './shortcut-exports.js'
import { loadYaml } from './yaml-input.js'

/** Everything the action needs, validated. Built before any AWS call or SDK import. */
export interface Inputs {
  exportType: 'snapshot'
  dashboardId: string
  /** Empty: ask STS for the account of the credentials. */
  awsAccountId?: string
  awsRegion: string
  exports: ExportSpec[]
  parameters?: _Parameters
  /** The anonymous user's row-level security tags (values are masked). */
  rlsTags: RlsTag[]
  /** Omit UserConfiguration: identity-enhanced credentials of a registered user. */
  registeredUser: boolean
  /** Absent: QuickSight's default bucket, presigned https URLs. */
  s3?: { bucket: string; prefix: string; region: string }
  /** A user-given job id (resumed if it already exists); absent: generated. */
  snapshotJobId?: string
  /** At most this many of the step's jobs run at once. */
  maxConcurrentJobs: number
  /** Stop starting jobs after the first failure. */
  failFast: boolean
  timeoutMs: number
  pollIntervalMs: number
  /** Absolute path of the folder the files go to. */
  outputDir: string
  fileName: string
  publish: PublishInputs
}

const ID = /^[\w-]{1,512}$/
const REGION = /^[a-z]{2,}(-[a-z]+)+-\d{1,2}$/
const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** Reads and validates every input. Throws InputError on the first invalid one. */
export async function readInputs(
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): Promise<Inputs> {
  const get = (name: string): string => getInput(env, name)
  if ([Input.Exports, Input.Parameters, Input.RlsTags].some((name) => get(name) !== ''))
    await loadYaml()
  const dashboardId = required(
    get(Input.DashboardId),
    Input.DashboardId,
    ID,
    `1-512 letters, digits, '_' or '-'`,
    'dashboard-id: sales-overview'
  )
  const awsAccountId = optional(
    get(Input.AwsAccountId),
    Input.AwsAccountId,
    /^\d{12}$/,
    'exactly 12 digits',
    "aws-account-id: '123456789012'"
  )
  const awsRegion = region(
    get(Input.AwsRegion) || env.AWS_REGION || env.AWS_DEFAULT_REGION || '',
    Input.AwsRegion
  )
  const exportsText = get(Input.Exports)
  const exports =
    exportsText !== ''
      ? parseExports(exportsText)
      : shortcutExports(get(Input.Format) || 'pdf', get(Input.SheetId), get(Input.VisualIds))
  const parameters = parseParameters(get(Input.Parameters))
  const registeredUser = boolean(get(Input.RegisteredUser) || 'false', Input.RegisteredUser)
  const rlsText = get(Input.RlsTags)
  if (registeredUser && rlsText !== '') {
    throw new InputError(
      Input.RlsTags,
      undefined,
      "cannot be used with 'registered-user: true': a registered user's own row-level security applies",
      'remove rls-tags, or set registered-user: false'
    )
  }
  const rlsTags = parseRlsTags(rlsText, mask)
  return {
    exportType: 'snapshot',
    dashboardId,
    awsAccountId,
    awsRegion,
    exports,
    parameters,
    rlsTags,
    registeredUser,
    s3: s3Destination(get, env, awsRegion),
    snapshotJobId: optional(
      get(Input.SnapshotJobId),
      Input.SnapshotJobId,
      /^[\w-]{1,500}$/,
      `1-500 letters, digits, '_' or '-'`,
      'snapshot-job-id: nightly-sales-2025-01-31'
    ),
    maxConcurrentJobs: whole(
      get(Input.MaxConcurrentJobs) || '10',
      Input.MaxConcurrentJobs,
      1,
      12,
      "max-concurrent-jobs: '6' (QuickSight runs 12 snapshot jobs per account at once)"
    ),
    failFast: boolean(get(Input.FailFast) || 'false', Input.FailFast),
    timeoutMs:
      number(
        get(Input.TimeoutMinutes) || '30',
        Input.TimeoutMinutes,
        0,
        1440,
        'minutes',
        "timeout-minutes: '45'"
      ) * 60_000,
    pollIntervalMs:
      number(
        get(Input.PollIntervalSeconds) || '15',
        Input.PollIntervalSeconds,
        1,
        600,
        'seconds',
        "poll-interval-seconds: '15'",
        true
      ) * 1000,
    outputDir: outputDir(get(Input.OutputDir) || 'quicksight-export', env),
    fileName: validateFileNameTemplate(get(Input.FileName) || '{dashboard-id}-{name}.{ext}'),
    publish: publishInputs(get, mask)
  }
}

function s3Destination(
  get: (n: string) => string,
  env: NodeJS.ProcessEnv,
  awsRegion: string
): Inputs['s3'] {
  const bucket = get(Input.S3Bucket)
  const prefix = get(Input.S3Prefix)
  const bucketRegion = get(Input.S3BucketRegion)
  if (bucket === '') {
    if (prefix !== '' || bucketRegion !== '') {
      const name = prefix !== '' ? Input.S3Prefix : Input.S3BucketRegion
      throw new InputError(
        name,
        prefix || bucketRegion,
        "needs 's3-bucket': without a bucket the files go to QuickSight's default bucket",
        's3-bucket: my-reports-bucket'
      )
    }
    return undefined
  }
  if (bucket.startsWith('s3://'))
    throw new InputError(
      Input.S3Bucket,
      bucket,
      'takes the bucket name only, not an s3:// URI',
      `s3-bucket: ${bucket.slice(5).split('/')[0]} (and the rest in s3-prefix)`
    )
  required(
    bucket,
    Input.S3Bucket,
    BUCKET,
    'a bucket name of 3-63 lowercase letters, digits, dots and hyphens',
    's3-bucket: my-reports-bucket'
  )
  if (bucketRegion !== '' && bucketRegion !== awsRegion) {
    throw new InputError(
      Input.S3BucketRegion,
      bucketRegion,
      `must be the QuickSight region (${awsRegion}): QuickSight writes only to buckets in the region of the API call`,
      `s3-bucket-region: ${awsRegion}`
    )
  }
  return { bucket, prefix: s3Prefix(prefix, env), region: awsRegion }
}

function s3Prefix(prefix: string, env: NodeJS.ProcessEnv): string {
  if (prefix === '') {
    const repo = env.GITHUB_REPOSITORY ?? 'local'
    const run = env.GITHUB_RUN_ID
      ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
      : `${Date.now()}`
    return `quicksight-export/${repo}/${run}`
  }
  if (prefix.length > 900 || /[\0-\x1f\\]/.test(prefix) || prefix.startsWith('/')) {
    throw new InputError(
      Input.S3Prefix,
      prefix,
      'must be a relative key prefix of at most 900 characters without control characters or backslashes',
      's3-prefix: reports/nightly'
    )
  }
  return prefix.replace(/\/+$/, '')
}

function required(
  value: string,
  name: string,
  pattern: RegExp,
  rule: string,
  example: string
): string {
  if (value === '') throw new InputError(name, '', 'is required', example)
  if (!pattern.test(value)) throw new InputError(name, value, `must be ${rule}`, example)
  return value
}

function optional(
  value: string,
  name: string,
  pattern: RegExp,
  rule: string,
  example: string
): string | undefined {
  return value === '' ? undefined : required(value, name, pattern, rule, example)
}

function region(value: string, name: string): string {
  if (value === '')
    throw new InputError(
      name,
      '',
      'is required: set the input, or AWS_REGION (aws-actions/configure-aws-credentials does)',
      'aws-region: eu-west-1'
    )
  if (!REGION.test(value))
    throw new InputError(name, value, 'must be an AWS region code', 'aws-region: eu-west-1')
  return value
}

function outputDir(value: string, env: NodeJS.ProcessEnv): string {
  if (/[\0]/.test(value))
    throw new InputError(Input.OutputDir, value, 'must be a folder path', 'output-dir: reports')
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd(), value)
}
