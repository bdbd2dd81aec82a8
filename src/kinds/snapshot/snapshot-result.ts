import type {
  DescribeDashboardSnapshotJobResultResponse,
  SnapshotJobResultFileGroup
} from '@aws-sdk/client-quicksight'
import type { ExportSpec } from '../../inputs/exports.js'
import { hintForErrorType } from './error-type-hints.js'

export interface ResultFile {
  spec: ExportSpec
  /** s3:// (own bucket) or https:// (QuickSight's default bucket, presigned, short-lived). */
  uri?: string
  error?: string
}

/** QuickSight's ErrorType and ErrorMessage, with a hint the user can act on. */
export function describeJobError(
  info: { ErrorType?: string; ErrorMessage?: string } | undefined
): string {
  const type = info?.ErrorType ?? 'UNKNOWN_ERROR'
  return `${type}: ${info?.ErrorMessage ?? 'no message'} Hint: ${hintForErrorType(info?.ErrorType)}`
}

/** The file groups of a result, for anonymous and registered users alike. */
export function resultFileGroups(
  response: DescribeDashboardSnapshotJobResultResponse
): SnapshotJobResultFileGroup[] {
  return (
    response.Result?.AnonymousUsers?.[0]?.FileGroups ??
    response.Result?.RegisteredUsers?.[0]?.FileGroups ??
    []
  )
}

/** Pairs each export of a job with its file's URI or error; file group i answers export i. */
export function resultFiles(
  response: DescribeDashboardSnapshotJobResultResponse,
  specs: ExportSpec[]
): ResultFile[] {
  const groups = resultFileGroups(response)
  return specs.map((spec, i) => {
    const s3 = groups[i]?.S3Results?.[0]
    const errors = s3?.ErrorInfo ?? []
    if (errors.length > 0) return { spec, error: errors.map((e) => describeJobError(e)).join('; ') }
    if (!s3?.S3Uri) return { spec, error: 'QuickSight returned no file for this export.' }
    if (!/^(https|s3):\/\//.test(s3.S3Uri))
      return {
        spec,
        error: 'QuickSight returned a file location that is neither s3:// nor https://.'
      }
    return { spec, uri: s3.S3Uri }
  })
}
