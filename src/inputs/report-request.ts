import type { ExportRequest } from './exports.js'
import type { RawParameter } from './parameters.js'
import type { Path, Problems } from './problems.js'
import { applyRecipient, type RecipientRequest, type RecipientSpec } from './recipients.js'
import { identityOf, type RegisteredUserSetting } from './registered-user.js'
import { mergeRlsTags, type RlsTag } from './rls-tags.js'
import { text } from './yaml-values.js'
import type { Tolerance } from '../diff/tolerance.js'
import { userLabel, type UserIdentity } from '../aws/identity/user-identity.js'

/** What a report is made with, besides its dashboard and exports: action inputs, a pack's defaults, a report's keys. */
export interface ReportSettings {
  name?: string
  parameters?: RawParameter[]
  rlsTags?: RlsTag[]
  registeredUser?: RegisteredUserSetting
  /** The registered user's QuickSight namespace. */
  userNamespace?: string
  /** The role whose session carries the user's identity context. */
  identityRoleArn?: string
  fileName?: string
  s3Bucket?: string
  s3Prefix?: string
  timezone?: string
  /** Report diffs: the columns that identify a row. */
  keyColumns?: string[]
  /** Report diffs: how far numeric cells may move. */
  tolerance?: Tolerance
  /** Fail the step (after publishing) when a file has no data rows. */
  failOnEmpty?: boolean
  /** Each gets every export with their own user (replaces the list below it, not merged). */
  recipients?: RecipientRequest[]
}

/** One report to export, as written: names not yet resolved. */
export interface ReportRequest {
  /** Where it was written: ['reports', 2] in a config file, [] for the action's inputs. */
  path: Path
  /** The label given; absent: the dashboard's name once known. */
  name?: string
  /** A dashboard id or name. */
  dashboard: string
  exports: ExportRequest[]
  parameters: RawParameter[]
  rlsTags: RlsTag[]
  /** No UserConfiguration: the jobs run with identity-enhanced credentials of a registered user. */
  registeredUser: boolean
  /** The user the action gets those credentials for; absent: the step's own are (registered-user: true). */
  identity?: UserIdentity
  /** Absent: QuickSight's default bucket. */
  s3Bucket?: string
  s3Prefix?: string
  fileName: string
  /** An IANA zone for relative dates and {date}. */
  timezone: string
  keyColumns?: string[]
  tolerance?: Tolerance
  failOnEmpty: boolean
  /** The dashboard's e-mail schedules to run once the report's exports have ended. */
  emailSchedules?: string[]
  /** Each recipient's own user and parameters (empty: the report's own user only). */
  recipients: RecipientSpec[]
}

/** Where each recipient's files go unless file-name says otherwise. */
export const RECIPIENT_FILE_NAME = '{report}/{recipient}/{name}.{ext}'

/** The keys a report takes besides `dashboard` and `exports` (and a pack's `defaults` takes). */
export const SETTING_KEYS = [
  'name',
  'parameters',
  'rls-tags',
  'registered-user',
  'user-namespace',
  'identity-role-arn',
  'file-name',
  's3-bucket',
  's3-prefix',
  'timezone',
  'key-columns',
  'tolerance',
  'fail-on-empty',
  'recipients'
] as const

const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/**
 * One report from its own settings over the pack's defaults over the action's inputs: a value
 * replaces the one below it, except parameters and rls-tags, which merge key by key. Reports
 * settings that cannot go together.
 */
export function buildReport(
  path: Path,
  dashboard: string,
  exports: ExportRequest[],
  layers: ReportSettings[],
  problems: Problems,
  defaultFileName: string
): ReportRequest {
  const pick = <K extends keyof ReportSettings>(key: K): ReportSettings[K] =>
    layers.reduce<ReportSettings[K]>((value, layer) => layer[key] ?? value, undefined)
  const recipients = pick('recipients') ?? []
  const keys = { userNamespace: pick('userNamespace'), identityRoleArn: pick('identityRoleArn') }
  // user-namespace and identity-role-arn apply to recipients that name a user, too.
  const namedUsers = recipients.some((r) => typeof r.registeredUser === 'object')
  const report: ReportRequest = {
    path,
    name: pick('name'),
    dashboard,
    exports,
    parameters: mergeParameters(...layers.map((l) => l.parameters ?? [])),
    rlsTags: mergeRlsTags(...layers.map((l) => l.rlsTags)),
    ...identityOf(
      path,
      { registeredUser: pick('registeredUser'), ...keys },
      namedUsers ? {} : (layers.at(-1) ?? {}),
      problems
    ),
    s3Bucket: pick('s3Bucket'),
    s3Prefix: pick('s3Prefix'),
    fileName: pick('fileName') ?? defaultFileName,
    timezone: pick('timezone') ?? 'UTC',
    keyColumns: pick('keyColumns'),
    tolerance: pick('tolerance'),
    failOnEmpty: pick('failOnEmpty') ?? false,
    recipients: []
  }
  report.recipients = recipients.map((r) =>
    applyRecipient(r, report, keys, problems, { tags: mergeRlsTags, parameters: mergeParameters })
  )
  if (recipients.length > 0) {
    if (pick('fileName') === undefined) report.fileName = RECIPIENT_FILE_NAME
    else if (!report.fileName.includes('{recipient}'))
      problems.add(
        [...path, 'recipients'],
        `need {recipient} in file-name ('${report.fileName}'): without it every recipient's files get the same names; for example '${RECIPIENT_FILE_NAME}'`
      )
  }
  if (report.registeredUser && report.rlsTags.length > 0)
    problems.add(
      [...path, 'rls-tags'],
      `cannot be used with 'registered-user: ${report.identity ? userLabel(report.identity.user) : 'true'}': a registered user's own row-level security applies; remove rls-tags, or set registered-user: false`
    )
  if (report.s3Prefix !== undefined && report.s3Bucket === undefined)
    problems.add(
      [...path, 's3-prefix'],
      "needs 's3-bucket': without a bucket the files go to QuickSight's default bucket"
    )
  return report
}

/** Merges parameter lists key by key: later lists replace earlier ones' values of the same name. */
function mergeParameters(...lists: RawParameter[][]): RawParameter[] {
  const merged = new Map<string, RawParameter>()
  for (const list of lists) for (const p of list) merged.set(p.name, p)
  return [...merged.values()]
}

/** An S3 bucket name (not an s3:// URI). */
export function bucket(value: unknown, path: Path, problems: Problems): string | undefined {
  const name = text(value, path, problems, 's3-bucket', 63 + 5)
  if (name === undefined) return undefined
  if (name.startsWith('s3://'))
    problems.add(
      path,
      `takes the bucket name only, not an s3:// URI: ${name.slice(5).split('/')[0]} (and the rest in s3-prefix)`
    )
  else if (!BUCKET.test(name))
    problems.add(path, 'must be a bucket name of 3-63 lowercase letters, digits, dots and hyphens')
  else return name
  return undefined
}

/** A relative key prefix, without a trailing slash. */
export function prefix(value: unknown, path: Path, problems: Problems): string | undefined {
  const p = typeof value === 'string' ? value : undefined
  if (p === undefined || p.length > 900 || /[\0-\x1f\\]/.test(p) || p.startsWith('/')) {
    problems.add(
      path,
      'must be a relative key prefix of at most 900 characters without control characters or backslashes'
    )
    return undefined
  }
  return p.replace(/\/+$/, '')
}
