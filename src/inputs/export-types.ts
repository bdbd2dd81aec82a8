import { InputError } from './input-error.js'
import { Input, InputName, InputReader } from './names.js'

export const EXPORT_TYPES = ['snapshot', 'asset-bundle', 'data-exchange'] as const
export type ExportType = (typeof EXPORT_TYPES)[number]

/** The inputs that belong to one export type; every other input applies to all of them. */
export const OWN_INPUTS: Record<ExportType, readonly InputName[]> = {
  snapshot: [
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
    Input.FailOnChange
  ],
  'asset-bundle': [
    Input.DashboardId,
    Input.ConfigFile,
    Input.ResourceArns,
    Input.IncludeAllDependencies,
    Input.AssetFormat,
    Input.IncludePermissions,
    Input.IncludeTags,
    Input.StrictValidation,
    Input.CloudformationOverrides,
    Input.AssetBundleJobId,
    Input.Extract
  ],
  'data-exchange': [
    Input.DataExchangeJobId,
    Input.DataExchangeExport,
    Input.S3Encryption,
    Input.KmsKeyArn
  ]
}

/** Reads export-type, and refuses inputs that belong only to other export types. */
export function readExportType(input: InputReader): ExportType {
  const value = input.get(Input.ExportType)
  const type = EXPORT_TYPES.find((t) => t === value)
  if (!type)
    throw new InputError(
      Input.ExportType,
      value,
      `must be one of ${EXPORT_TYPES.join(', ')}`,
      'export-type: snapshot'
    )
  const mine = new Set(OWN_INPUTS[type])
  for (const [other, names] of Object.entries(OWN_INPUTS)) {
    const stray = names.find((n) => !mine.has(n) && input.isSet(n))
    if (stray) {
      const owners = EXPORT_TYPES.filter((t) => OWN_INPUTS[t].includes(stray))
      throw new InputError(
        stray,
        input.get(stray),
        `belongs to export-type ${owners.join(' or ')}, not ${type}: it would be ignored`,
        `remove ${stray}, or set export-type: ${other}`
      )
    }
  }
  return type
}
