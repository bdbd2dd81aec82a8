import type {
  DescribeDashboardSnapshotJobResultResponse,
  SnapshotJobResultFileGroup
} from '@aws-sdk/client-quicksight'
import type { ExportSpec } from '../../inputs/exports.js'
import { hintForErrorType } from './error-type-hints.js'
import { matchFileGroups } from './match-file-groups.js'
import { snapshotFile } from './snapshot-request.js'

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

/** Each export's file (URI or error), and the result's groups no export asked for. */
export interface ResultFiles {
  files: ResultFile[]
  /** FileGroups no export matches, in words (a warning: the exports' own files are right). */
  unclaimed: string[]
}

/**
 * Pairs each export of a job with its file's URI or error: the file group whose echoed
 * configuration is the export's own (never the group at the export's position).
 */
export function resultFiles(
  response: DescribeDashboardSnapshotJobResultResponse,
  specs: ExportSpec[]
): ResultFiles {
  const { matches, groups, unclaimed } = matchFileGroups(
    specs.map(snapshotFile),
    resultFileGroups(response)
  )
  const files = specs.map((spec, i): ResultFile => {
    const match = matches[i] ?? { error: 'QuickSight returned no file for this export.' }
    if ('error' in match) return { spec, error: match.error }
    const s3 = groups[match.group]?.S3Results?.[0]
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
  return { files, unclaimed }
}
