import type { CompareInputs } from '../../inputs/compare-inputs.js'
import type { ExportRequest } from '../../inputs/exports.js'
import { readExportList } from '../../inputs/exports.js'
import { InputError } from '../../inputs/input-error.js'
import { DEFAULTS, Input, InputName, InputReader } from '../../inputs/names.js'
import type { ProblemPlaces } from '../../inputs/placed-problems.js'
import { formatPath, Problems } from '../../inputs/problems.js'
import {
  bucket,
  buildReport,
  prefix,
  ReportRequest,
  ReportSettings
} from '../../inputs/report-request.js'
import {
  NAMESPACE_EXAMPLE,
  readNamespace,
  readRegisteredUser,
  readRoleArn,
  REGISTERED_USER_EXAMPLE,
  ROLE_ARN_EXAMPLE
} from '../../inputs/registered-user.js'
import { maskRlsText, readRlsTags } from '../../inputs/rls-tags.js'
import { boolean, whole } from '../../inputs/scalars.js'
import { shortcutExports } from './shortcut-exports.js'
import { parseYamlInput, YamlInputError } from '../../inputs/yaml-input.js'
import { validateFileNameTemplate } from '../../inputs/file-name-template.js'
import { parseScheduleIds } from '../../inputs/email-schedules.js'
import type { RecipientRequest } from '../../inputs/recipients.js'

/** What snapshot exports need: the reports (one, or a pack's), and how to run their jobs. */
export interface SnapshotInputs {
  reports: ReportRequest[]
  /** The pack's file, when there is one. */
  configFile?: string
  /** Line and column of a path in the pack's file. */
  locate?: ProblemPlaces['locate']
  /** A user-given job id (resumed if it exists); absent: generated. */
  snapshotJobId?: string
  maxConcurrentJobs: number
  failFast: boolean
  /** Report diffs: the baseline and how to compare with it. */
  compare: CompareInputs
}

const EXAMPLES: Partial<Record<InputName, string>> = {
  [Input.Exports]: `exports: |
  - format: pdf
    sheet: Summary
  - format: csv
    sheet: Details
    visual: Orders
  - format: excel
    sheet: Details
    visuals: all`,
  [Input.Parameters]: `parameters: |
  Region: [EMEA, APAC]
  Year: 2025
  From: start-of-month-1M
  Code: { type: string, values: ['007'] }`,
  [Input.Recipients]: `recipients: |
  - name: emea
    rls-tags: { region: EMEA }
  - name: apac
    rls-tags: { region: APAC }
    parameters: { Currency: JPY }`,
  [Input.RlsTags]: `rls-tags: |
  region: EMEA
  tenant: \${{ vars.TENANT_ID }}`,
  [Input.RegisteredUser]: REGISTERED_USER_EXAMPLE,
  [Input.UserNamespace]: NAMESPACE_EXAMPLE,
  [Input.IdentityRoleArn]: ROLE_ARN_EXAMPLE
}
/** The inputs of report diffs: without any of them the step compares nothing. */
const COMPARE: InputName[] = [
  Input.CompareTo,
  Input.CompareBranch,
  Input.KeyColumns,
  Input.Tolerance,
  Input.FailOnChange
]
const NO_COMPARISON: Readonly<CompareInputs> = Object.freeze<CompareInputs>({
  baseline: { kind: 'none' },
  failOnChange: { kind: 'never' }
})

/** Inputs that describe one dashboard's exports: they cannot go with a config file. */
const SINGLE_DASHBOARD: InputName[] = [
  Input.DashboardId,
  Input.Exports,
  Input.SheetId,
  Input.VisualIds,
  Input.Format,
  Input.EmailScheduleIds,
  Input.Recipients
]

/**
 * Reads the snapshot inputs: one dashboard (dashboard-id) or a report pack (config-file). The
 * readers of a config file, parameters, time zones and comparisons load only when their inputs
 * are set, so a step's first input error comes before they are compiled.
 */
export async function readSnapshotInputs(
  input: InputReader,
  workspace: string,
  outputDir: string,
  region: string,
  mask: (secret: string) => void
): Promise<SnapshotInputs> {
  const configFile = input.get(Input.ConfigFile)
  const dashboard = input.get(Input.DashboardId)
  if (configFile === '' && dashboard === '')
    throw new InputError(
      Input.DashboardId,
      '',
      "is required, or 'config-file' for a report pack",
      'dashboard-id: Sales Overview (a dashboard id or name)'
    )
  if (configFile !== '') {
    const clash = SINGLE_DASHBOARD.find((name) => input.isSet(name))
    if (clash)
      throw new InputError(
        clash,
        input.get(clash),
        `cannot be used with 'config-file': a report pack names its dashboards and exports in the file`,
        `remove ${clash}, and write it in the config file (reports[].dashboard, reports[].exports)`
      )
  }
  const compare = COMPARE.some((name) => input.isSet(name))
    ? (await import('../../inputs/compare-inputs.js')).readCompareInputs(
        input,
        workspace,
        outputDir
      )
    : NO_COMPARISON
  const base: ReportSettings = {
    ...(await baseSettings(input, mask)),
    keyColumns: compare.keyColumns,
    tolerance: compare.tolerance
  }
  checkBucketRegion(input, region, configFile === '' ? base.s3Bucket !== undefined : true)
  const comparing = compare.baseline.kind !== 'none'
  const pack =
    configFile !== ''
      ? await (
          await import('../../inputs/config-file.js')
        ).readConfigFile(configFile, workspace, base, mask, comparing)
      : undefined
  const reports = pack?.reports ?? [await oneReport(input, dashboard, base, mask)]
  if (input.isSet(Input.Timezone) && !reports.some(usesTimeZone))
    throw new InputError(
      Input.Timezone,
      input.get(Input.Timezone),
      'applies to relative dates in parameters (today, start-of-month...) and {date} in file-name, and no report uses either; it would be ignored',
      "parameters: 'From: start-of-month-1M', or file-name: '{date}/{name}.{ext}'"
    )
  const identityInput = [Input.UserNamespace, Input.IdentityRoleArn].find((n) => input.isSet(n))
  if (identityInput && !reports.some((r) => r.identity || r.recipients.some((p) => p.identity)))
    throw new InputError(
      identityInput,
      input.get(identityInput),
      'applies only to reports and recipients whose registered-user names a user (a user name, e-mail or ARN), and none does; it would be ignored',
      `${REGISTERED_USER_EXAMPLE.split(' (')[0]}, in the inputs or in the config file's defaults or reports`
    )
  return {
    reports,
    configFile: configFile || undefined,
    locate: pack?.locate,
    snapshotJobId: jobId(input.get(Input.SnapshotJobId)),
    maxConcurrentJobs: whole(
      input.get(Input.MaxConcurrentJobs),
      Input.MaxConcurrentJobs,
      1,
      12,
      "max-concurrent-jobs: '6' (QuickSight runs 12 snapshot jobs per account at once)"
    ),
    failFast: boolean(input.get(Input.FailFast), Input.FailFast),
    compare
  }
}

/** The report of a step without a config file: dashboard-id and the exports inputs. */
async function oneReport(
  input: InputReader,
  dashboard: string,
  base: ReportSettings,
  mask: (secret: string) => void
): Promise<ReportRequest> {
  const scheduleText = input.get(Input.EmailScheduleIds)
  const schedules = scheduleText === '' ? undefined : parseScheduleIds(scheduleText)
  // Only e-mail schedules to run: no exports unless some are asked for.
  const onlySchedules =
    schedules !== undefined &&
    [Input.Exports, Input.Format, Input.SheetId, Input.VisualIds].every((n) => !input.isSet(n))
  const exports = onlySchedules ? [] : exportsOf(input)
  const problems = new Problems()
  const recipients = await recipientsOf(input, problems, mask)
  const report = buildReport(
    [],
    dashboard,
    exports,
    [base, { recipients }],
    problems,
    DEFAULTS[Input.FileName] ?? ''
  )
  throwFirst(problems, (p) => p.path[0] as InputName, true)
  if (schedules) report.emailSchedules = schedules
  return report
}

/** The `recipients` input: a YAML list; its text is never shown (it may hold tag values). */
async function recipientsOf(
  input: InputReader,
  problems: Problems,
  mask: (secret: string) => void
): Promise<RecipientRequest[] | undefined> {
  const text = input.get(Input.Recipients)
  if (text === '') return undefined
  let list: unknown
  try {
    list = parseYamlInput(Input.Recipients, text, '')
  } catch {
    throw new InputError(
      Input.Recipients,
      undefined,
      'is not valid YAML (the text is not shown because rls-tags values are secret)',
      EXAMPLES[Input.Recipients] ?? ''
    )
  }
  const { readRecipients } = await import('../../inputs/recipients.js')
  return readRecipients(list, [Input.Recipients], problems, mask)
}

/** `exports`, or the `format` / `sheet-id` / `visual-ids` shortcuts, never both. */
function exportsOf(input: InputReader): ExportRequest[] {
  const text = input.get(Input.Exports)
  if (text === '')
    return shortcutExports(
      input.get(Input.Format) || 'pdf',
      input.get(Input.SheetId),
      input.get(Input.VisualIds)
    )
  const shortcut = [Input.Format, Input.SheetId, Input.VisualIds].find((n) => input.isSet(n))
  if (shortcut)
    throw new InputError(
      shortcut,
      input.get(shortcut),
      "cannot be used with 'exports': each item of exports names its own format, sheet and visuals",
      `remove ${shortcut}, or drop exports and use format, sheet-id and visual-ids alone`
    )
  const problems = new Problems()
  const list = readExportList(
    parseYamlInput(Input.Exports, text, EXAMPLES[Input.Exports] ?? ''),
    [],
    problems
  )
  throwFirst(problems, () => Input.Exports)
  return list
}

/** The per-report settings the action's inputs give (a pack's defaults and reports override them). */
async function baseSettings(
  input: InputReader,
  mask: (secret: string) => void
): Promise<ReportSettings> {
  const yaml = (name: InputName): unknown =>
    input.get(name) === '' ? undefined : parseYamlInput(name, input.get(name), EXAMPLES[name] ?? '')
  const problems = new Problems()
  const rlsText = input.get(Input.RlsTags)
  if (rlsText !== '') maskRlsText(rlsText, mask)
  let rls: unknown
  try {
    rls = yaml(Input.RlsTags)
  } catch (error) {
    // Tag values are masked above; the parser's messages (without the source) say where.
    const where = error instanceof YamlInputError ? `: ${error.where}` : ''
    throw new InputError(
      Input.RlsTags,
      undefined,
      `is not valid YAML${where} (the text is not shown because tag values are secret)`,
      EXAMPLES[Input.RlsTags] ?? ''
    )
  }
  const settings: ReportSettings = {
    parameters:
      input.get(Input.Parameters) === ''
        ? undefined
        : (await import('../../inputs/parameters.js')).readParameters(
            yaml(Input.Parameters),
            [Input.Parameters],
            problems
          ),
    rlsTags: rls === undefined ? undefined : readRlsTags(rls, [Input.RlsTags], problems, mask),
    registeredUser: readRegisteredUser(
      input.get(Input.RegisteredUser),
      [Input.RegisteredUser],
      problems
    ),
    userNamespace: input.isSet(Input.UserNamespace)
      ? readNamespace(input.get(Input.UserNamespace), [Input.UserNamespace], problems)
      : undefined,
    identityRoleArn: input.isSet(Input.IdentityRoleArn)
      ? readRoleArn(input.get(Input.IdentityRoleArn), [Input.IdentityRoleArn], problems)
      : undefined,
    failOnEmpty: boolean(input.get(Input.FailOnEmpty), Input.FailOnEmpty),
    fileName: input.isSet(Input.FileName)
      ? validateFileNameTemplate(input.get(Input.FileName))
      : undefined,
    s3Bucket:
      input.get(Input.S3Bucket) === ''
        ? undefined
        : bucket(input.get(Input.S3Bucket), [Input.S3Bucket], problems),
    s3Prefix:
      input.get(Input.S3Prefix) === ''
        ? undefined
        : prefix(input.get(Input.S3Prefix), [Input.S3Prefix], problems),
    timezone:
      input.get(Input.Timezone) === '' ? undefined : await timeZone(input.get(Input.Timezone))
  }
  throwFirst(problems, (p) => p.path[0] as InputName, true)
  return settings
}

async function timeZone(name: string): Promise<string> {
  const { checkTimeZone } = await import('../../inputs/relative-dates.js')
  try {
    return checkTimeZone(name)
  } catch (error) {
    throw new InputError(Input.Timezone, name, (error as Error).message, 'timezone: Europe/Berlin')
  }
}

/** s3-bucket-region only says where the bucket is: it needs a bucket, in the API's region. */
function checkBucketRegion(input: InputReader, region: string, hasBucket: boolean): void {
  const bucketRegion = input.get(Input.S3BucketRegion)
  if (bucketRegion === '') return
  if (!hasBucket)
    throw new InputError(
      Input.S3BucketRegion,
      bucketRegion,
      "needs 's3-bucket': without a bucket the files go to QuickSight's default bucket",
      's3-bucket: my-reports-bucket'
    )
  if (bucketRegion !== region)
    throw new InputError(
      Input.S3BucketRegion,
      bucketRegion,
      `must be the QuickSight region (${region}): QuickSight writes only to buckets in the region of the API call`,
      `s3-bucket-region: ${region}`
    )
}

function jobId(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[\w-]{1,500}$/.test(value))
    throw new InputError(
      Input.SnapshotJobId,
      value,
      `must be 1-500 letters, digits, '_' or '-'`,
      'snapshot-job-id: nightly-sales-2025-01-31'
    )
  return value
}

/** Turns the first problem into an InputError naming the input it belongs to. */
function throwFirst(
  problems: Problems,
  inputOf: (p: Problems['list'][number]) => InputName,
  showValue = false
): void {
  const first = problems.list[0]
  if (!first) return
  const name = inputOf(first)
  const where = first.path.slice(showValue ? 1 : 0)
  const at = where.length > 0 ? `${describe(where)}: ` : ''
  throw new InputError(
    name,
    undefined,
    `${at}${first.message}`,
    EXAMPLES[name] ?? `${name}: see the README`
  )
}

/** `item 2 sheets[0].visuals`, `Year`: where in a YAML input a problem is. */
function describe(where: Problems['list'][number]['path']): string {
  const [head, ...rest] = where
  return typeof head === 'number'
    ? `item ${head + 1}${rest.length > 0 ? ` ${formatPath(rest)}` : ''}`
    : formatPath(where)
}

/** A report whose dates depend on its time zone: relative parameter values, or {date}. */
function usesTimeZone(report: ReportRequest): boolean {
  return (
    report.fileName.includes('{date}') ||
    report.parameters.some((p) => p.values.some((v) => typeof v === 'object'))
  )
}
