import path from 'node:path'
import { InputError } from './input-error.js'
import { Input, InputReader } from './names.js'
import { publishInputs, PublishInputs } from './publish-inputs.js'
import { number } from './scalars.js'

/** The inputs every export type takes. */
export interface CommonInputs {
  /** Empty: ask STS for the account of the credentials. */
  awsAccountId?: string
  awsRegion: string
  timeoutMs: number
  pollIntervalMs: number
  /** Absolute path of the folder the files go to. */
  outputDir: string
  /** Absolute path of the workspace (config files are relative to it). */
  workspace: string
  publish: PublishInputs
  /** Settings that do not apply as the inputs stand (a publisher's, when it is off). */
  warnings: string[]
}

const REGION = /^[a-z]{2,}(-[a-z]+)+-\d{1,2}$/

/** Reads and validates the inputs every export type takes. Throws InputError on the first invalid one. */
export function readCommonInputs(
  input: InputReader,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): CommonInputs {
  const awsAccountId = accountId(input.get(Input.AwsAccountId))
  const awsRegion = region(
    input.get(Input.AwsRegion) || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  )
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const outputDirectory = outputDir(input.get(Input.OutputDir), workspace)
  const publish = publishInputs(input, mask)
  return {
    awsAccountId,
    awsRegion,
    timeoutMs:
      number(
        input.get(Input.TimeoutMinutes),
        Input.TimeoutMinutes,
        0,
        1440,
        'minutes',
        "timeout-minutes: '45'"
      ) * 60_000,
    pollIntervalMs:
      number(
        input.get(Input.PollIntervalSeconds),
        Input.PollIntervalSeconds,
        1,
        600,
        'seconds',
        "poll-interval-seconds: '15'",
        true
      ) * 1000,
    outputDir: outputDirectory,
    workspace,
    publish,
    warnings: publisherWarnings(input, publish)
  }
}

/** Publisher settings whose publisher is off: a warning, so that switching one off breaks nothing. */
function publisherWarnings(input: InputReader, p: PublishInputs): string[] {
  const off: [boolean, string, string[]][] = [
    [
      p.uploadArtifact,
      Input.UploadArtifact,
      [Input.ArtifactName, Input.RetentionDays, Input.CompressionLevel]
    ],
    [p.commentOnPr, Input.CommentOnPr, [Input.CommentTag]],
    [p.commentOnPr || p.jobSummary, 'comment-on-pr and job-summary', [Input.CsvPreviewRows]]
  ]
  return off.flatMap(([on, publisher, settings]) =>
    on
      ? []
      : settings
          .filter((s) => input.isSet(s as never))
          .map(
            (s) =>
              `'${s}' has no effect while ${publisher} ${publisher.includes(' and ') ? 'are' : 'is'} false; it is ignored.`
          )
  )
}

function accountId(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^\d{12}$/.test(value))
    throw new InputError(
      Input.AwsAccountId,
      value,
      'must be exactly 12 digits',
      "aws-account-id: '123456789012'"
    )
  return value
}

function region(value: string): string {
  if (value === '')
    throw new InputError(
      Input.AwsRegion,
      '',
      'is required: set the input, or AWS_REGION (aws-actions/configure-aws-credentials does)',
      'aws-region: eu-west-1'
    )
  if (!REGION.test(value))
    throw new InputError(
      Input.AwsRegion,
      value,
      'must be an AWS region code',
      'aws-region: eu-west-1'
    )
  return value
}

function outputDir(value: string, workspace: string): string {
  if (/[\0]/.test(value))
    throw new InputError(Input.OutputDir, value, 'must be a folder path', 'output-dir: reports')
  return path.resolve(workspace, value)
}
