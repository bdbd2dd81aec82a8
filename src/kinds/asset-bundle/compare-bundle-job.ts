import type {
  DescribeAssetBundleExportJobResponse,
  StartAssetBundleExportJobRequest
} from '@aws-sdk/client-quicksight'
import { listDifferences } from '../existing-job-error.js'

/**
 * What an existing asset bundle export job (DescribeAssetBundleExportJob) does differently from
 * the start request this step would have sent: its resources (in any order), format, options and
 * CloudFormation overrides. Options the description leaves out are not compared. Empty when it
 * is the same job.
 */
export function bundleJobDifferences(
  asked: StartAssetBundleExportJobRequest,
  existing: DescribeAssetBundleExportJobResponse
): string[] {
  const out = listDifferences(
    'ResourceArns',
    [...(existing.ResourceArns ?? [])].sort(),
    [...(asked.ResourceArns ?? [])].sort()
  )
  if (existing.ExportFormat !== asked.ExportFormat)
    out.push(`ExportFormat: ${existing.ExportFormat ?? 'none'} vs asked ${asked.ExportFormat}`)
  const flags = [
    ['IncludeAllDependencies', existing.IncludeAllDependencies, asked.IncludeAllDependencies],
    ['IncludePermissions', existing.IncludePermissions, asked.IncludePermissions],
    ['IncludeTags', existing.IncludeTags, asked.IncludeTags],
    [
      'ValidationStrategy.StrictModeForAllResources',
      existing.ValidationStrategy &&
        (existing.ValidationStrategy.StrictModeForAllResources ?? false),
      asked.ValidationStrategy?.StrictModeForAllResources
    ]
  ] as const
  for (const [name, theirs, ours] of flags)
    if (theirs !== undefined && theirs !== (ours ?? false))
      out.push(`${name}: ${theirs} vs asked ${ours ?? false}`)
  const [oTheirs, oOurs] = [
    canonical(existing.CloudFormationOverridePropertyConfiguration),
    canonical(asked.CloudFormationOverridePropertyConfiguration)
  ]
  if (oTheirs !== oOurs)
    out.push(`CloudFormationOverridePropertyConfiguration: ${oTheirs} vs asked ${oOurs}`)
  return out
}

/** JSON with object keys sorted; 'none' for undefined. */
function canonical(value: unknown): string {
  if (value === undefined) return 'none'
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sort(x)])
          )
        : v
  return JSON.stringify(sort(value))
}
