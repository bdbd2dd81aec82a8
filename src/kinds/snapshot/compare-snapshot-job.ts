import type {
  _Parameters,
  DescribeDashboardSnapshotJobResponse,
  SnapshotConfiguration,
  StartDashboardSnapshotJobRequest
} from '@aws-sdk/client-quicksight'
import { listDifferences } from '../existing-job-error.js'
import { describeFile, groupFile } from './snapshot-files.js'

/**
 * What an existing snapshot job (DescribeDashboardSnapshotJob) does differently from the start
 * request this step would have sent: its files, destination, parameters, and whom it is for (a
 * registered user, or an anonymous user with these row-level security tag keys). Empty when it is the
 * same job. FileGroups are compared regardless of order (results are matched by content).
 */
export function snapshotJobDifferences(
  asked: StartDashboardSnapshotJobRequest,
  existing: DescribeDashboardSnapshotJobResponse
): string[] {
  const theirs = existing.SnapshotConfiguration
  const ours = asked.SnapshotConfiguration
  if (!theirs)
    return [
      'QuickSight described the job without its SnapshotConfiguration: nothing to compare with'
    ]
  const files = (c: SnapshotConfiguration | undefined): string[] =>
    (c?.FileGroups ?? []).map((g) => describeFile(groupFile(g)))
  const out = listDifferences('FileGroups', files(theirs), files(ours))
  const [dTheirs, dOurs] = [destination(theirs), destination(ours)]
  if (dTheirs !== dOurs) out.push(`destination: ${dTheirs} vs asked ${dOurs}`)
  out.push(
    ...listDifferences('Parameters', parameters(theirs?.Parameters), parameters(ours?.Parameters))
  )
  out.push(...userDifferences(asked, existing))
  return out
}

/**
 * Who the job is for: a registered user's job is described without UserConfiguration, an
 * anonymous user's with its row-level security tag keys.
 */
function userDifferences(
  asked: StartDashboardSnapshotJobRequest,
  existing: DescribeDashboardSnapshotJobResponse
): string[] {
  const tagKeys = (keys: string[]): string => `[${[...keys].sort().join(', ')}]`
  const theirs = existing.UserConfiguration?.AnonymousUsers?.[0]
  const ours = asked.UserConfiguration?.AnonymousUsers?.[0]
  const theirKeys = theirs && tagKeys(theirs.RowLevelPermissionTagKeys ?? [])
  const ourKeys = ours && tagKeys((ours.RowLevelPermissionTags ?? []).map((t) => t.Key ?? ''))
  if (theirKeys === ourKeys) return []
  if (theirKeys === undefined)
    return [`user: a registered user's job vs asked an anonymous user's (tag keys ${ourKeys})`]
  if (ourKeys === undefined)
    return [`user: an anonymous user's job (tag keys ${theirKeys}) vs asked a registered user's`]
  return [`row-level security tag keys: ${theirKeys} vs asked ${ourKeys}`]
}

function destination(c: SnapshotConfiguration | undefined): string {
  const b = c?.DestinationConfiguration?.S3Destinations?.[0]?.BucketConfiguration
  if (!b) return "QuickSight's default bucket"
  return `s3://${b.BucketName ?? ''}/${b.BucketPrefix ?? ''} (${b.BucketRegion ?? 'no region'})`
}

/** Each parameter as "Name = [values]", values as text (date-times as ISO instants). */
function parameters(p: _Parameters | undefined): string[] {
  // A Date from any realm (instanceof fails across them).
  const text = (v: unknown): string =>
    Object.prototype.toString.call(v) === '[object Date]'
      ? (v as Date).toISOString()
      : typeof v === 'string'
        ? v
        : String(v)
  const all = [
    ...(p?.StringParameters ?? []),
    ...(p?.IntegerParameters ?? []),
    ...(p?.DecimalParameters ?? []),
    ...(p?.DateTimeParameters ?? [])
  ] as { Name?: string; Values?: unknown[] }[]
  return all.map((x) => `${x.Name ?? '?'} = [${(x.Values ?? []).map(text).join(', ')}]`)
}
