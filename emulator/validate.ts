import { invalid } from './api-error.js'
import type { Dashboard } from './catalog.js'

/** What a valid StartDashboardSnapshotJob request asks for. */
export interface JobRequest {
  files: {
    format: 'PDF' | 'CSV' | 'EXCEL'
    selections: { sheetId: string; scope: string; visualIds: string[] }[]
  }[]
  /** Undefined: a registered user's job (identity-enhanced credentials). */
  rlsTags?: Record<string, string>
  destination?: { bucket: string; prefix: string; region: string }
  parameters: Record<string, (string | number)[]>
  raw: Record<string, unknown>
}

export const ID = /^[\w-]{1,512}$/
const MAX_FILE_GROUPS = 6
const PARAMETER_LISTS = {
  StringParameters: 'STRING',
  IntegerParameters: 'INTEGER',
  DecimalParameters: 'DECIMAL',
  DateTimeParameters: 'DATETIME'
} as const

type Json = Record<string, unknown>
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {}

/**
 * Enforces QuickSight's documented rules for a snapshot job request; throws ApiError.
 * `identityEnhanced`: the request is signed with a registered user's identity-enhanced
 * credentials, which take no UserConfiguration (and plain credentials need one).
 */
export function validateStart(
  body: Json,
  dashboard: Dashboard,
  callRegion: string,
  identityEnhanced = false
): JobRequest {
  if (typeof body.SnapshotJobId !== 'string' || !ID.test(body.SnapshotJobId))
    throw invalid('SnapshotJobId must match [\\w-]{1,512}.')
  const hasUsers = body.UserConfiguration !== undefined && body.UserConfiguration !== null
  if (identityEnhanced && hasUsers)
    throw invalid(
      'UserConfiguration must be null when the request is signed with identity-enhanced session credentials.'
    )
  if (!identityEnhanced && !hasUsers)
    throw invalid(
      'UserConfiguration is required: give AnonymousUsers, or sign the request with the identity-enhanced session credentials of a registered user.'
    )
  const config = obj(body.SnapshotConfiguration)
  const groups = list(config.FileGroups)
  if (groups.length === 0)
    throw invalid('SnapshotConfiguration.FileGroups must contain at least 1 FileGroup.')
  if (groups.length > MAX_FILE_GROUPS)
    throw invalid(
      `SnapshotConfiguration.FileGroups can hold at most ${MAX_FILE_GROUPS} FileGroups.`
    )
  const files = groups.map((g, i) => {
    const groupFiles = list(obj(g).Files)
    if (groupFiles.length !== 1)
      throw invalid(`FileGroups[${i}].Files must hold exactly 1 file configuration.`)
    return validateFile(obj(groupFiles[0]), dashboard, i)
  })
  const count = (f: string): number => files.filter((x) => x.format === f).length
  if (count('PDF') > 1) throw invalid('A snapshot job can generate at most 1 PDF.')
  if (count('EXCEL') > 1) throw invalid('A snapshot job can generate at most 1 Excel workbook.')
  if (count('CSV') > 5) throw invalid('A snapshot job can generate at most 5 CSV files.')
  return {
    files,
    rlsTags: userConfiguration(body.UserConfiguration),
    destination: destination(config.DestinationConfiguration, callRegion),
    parameters: parameters(config.Parameters, dashboard),
    raw: body
  }
}

function validateFile(file: Json, dashboard: Dashboard, i: number): JobRequest['files'][number] {
  const format = file.FormatType
  if (format !== 'PDF' && format !== 'CSV' && format !== 'EXCEL')
    throw invalid(`FileGroups[${i}] FormatType must be PDF, CSV or EXCEL.`)
  const selections = list(file.SheetSelections).map((s) => {
    const sel = obj(s)
    const sheet = dashboard.sheets.find((x) => x.id === sel.SheetId)
    if (!sheet)
      throw invalid(`Sheet ${String(sel.SheetId)} does not exist in dashboard ${dashboard.id}.`)
    const visualIds = list(sel.VisualIds).map(String)
    for (const id of visualIds) {
      const visual = sheet.visuals.find((v) => v.id === id)
      if (!visual) throw invalid(`Visual ${id} does not exist on sheet ${sheet.id}.`)
      if (visual.type !== 'TABLE' && visual.type !== 'PIVOT_TABLE')
        throw invalid(
          `Visual ${id} is a ${visual.type}; CSV and Excel export support table and pivot table visuals only.`
        )
    }
    return { sheetId: sheet.id, scope: String(sel.SelectionScope), visualIds }
  })
  if (selections.length === 0) throw invalid(`FileGroups[${i}] needs at least 1 SheetSelection.`)
  if (format === 'PDF') {
    if (selections.length !== 1) throw invalid('A PDF takes exactly 1 sheet selection.')
    if (selections[0]?.scope !== 'ALL_VISUALS')
      throw invalid('A PDF requires SelectionScope ALL_VISUALS.')
    if ((selections[0]?.visualIds.length ?? 0) > 0) throw invalid('A PDF takes no VisualIds.')
  } else {
    if (selections.some((s) => s.scope !== 'SELECTED_VISUALS'))
      throw invalid(`${format} requires SelectionScope SELECTED_VISUALS.`)
    if (selections.some((s) => s.visualIds.length === 0))
      throw invalid(`${format} requires VisualIds in every sheet selection.`)
    const visuals = selections.reduce((n, s) => n + s.visualIds.length, 0)
    if (format === 'CSV' && (selections.length !== 1 || visuals !== 1))
      throw invalid('A CSV takes exactly 1 visual.')
    if (format === 'EXCEL' && (selections.length > 5 || visuals > 5))
      throw invalid('An Excel workbook takes at most 5 visuals over at most 5 sheet selections.')
  }
  return { format, selections }
}

function userConfiguration(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined
  const users = list(obj(value).AnonymousUsers)
  if (users.length !== 1)
    throw invalid('UserConfiguration.AnonymousUsers must hold exactly 1 user.')
  const raw = obj(users[0]).RowLevelPermissionTags
  if (raw === undefined) return {}
  const tags = list(raw)
  if (tags.length < 1 || tags.length > 50)
    throw invalid('RowLevelPermissionTags must hold 1 to 50 tags.')
  const result: Record<string, string> = {}
  for (const t of tags.map(obj)) {
    if (typeof t.Key !== 'string' || t.Key.length < 1 || t.Key.length > 128)
      throw invalid('Each RowLevelPermissionTag needs a Key of 1-128 characters.')
    if (typeof t.Value !== 'string' || t.Value.length < 1 || t.Value.length > 256)
      throw invalid('Each RowLevelPermissionTag needs a Value of 1-256 characters.')
    result[t.Key] = t.Value
  }
  return result
}

function destination(value: unknown, callRegion: string): JobRequest['destination'] {
  if (value === undefined || value === null) return undefined
  const destinations = list(obj(value).S3Destinations)
  if (destinations.length === 0) return undefined
  if (destinations.length > 1)
    throw invalid('DestinationConfiguration.S3Destinations can hold at most 1 destination.')
  const bucket = obj(obj(destinations[0]).BucketConfiguration)
  if (
    typeof bucket.BucketName !== 'string' ||
    typeof bucket.BucketPrefix !== 'string' ||
    typeof bucket.BucketRegion !== 'string'
  ) {
    throw invalid('BucketConfiguration needs BucketName, BucketPrefix and BucketRegion.')
  }
  if (bucket.BucketRegion !== callRegion)
    throw invalid(
      `The bucket must be in the region of the API call (${callRegion}), not ${bucket.BucketRegion}.`
    )
  return { bucket: bucket.BucketName, prefix: bucket.BucketPrefix, region: bucket.BucketRegion }
}

function parameters(value: unknown, dashboard: Dashboard): Record<string, (string | number)[]> {
  const result: Record<string, (string | number)[]> = {}
  for (const [listName, type] of Object.entries(PARAMETER_LISTS)) {
    for (const p of list(obj(value)[listName]).map(obj)) {
      const name = String(p.Name)
      const declared = dashboard.parameters.find((d) => d.name === name)
      if (!declared)
        throw invalid(`Parameter ${name} is not declared in dashboard ${dashboard.id}.`)
      if (declared.type !== type)
        throw invalid(`Parameter ${name} is a ${declared.type} parameter, not ${type}.`)
      const values = list(p.Values)
      if (values.length === 0) throw invalid(`Parameter ${name} needs at least 1 value.`)
      if (type === 'INTEGER' && values.some((v) => !Number.isInteger(v)))
        throw invalid(`Parameter ${name} takes whole numbers.`)
      if (type === 'DATETIME' && values.some((v) => typeof v !== 'number' || !isFinite(v)))
        throw invalid(`Parameter ${name} takes timestamps.`)
      result[name] = values.map((v) => (typeof v === 'number' ? v : String(v)))
    }
  }
  return result
}
