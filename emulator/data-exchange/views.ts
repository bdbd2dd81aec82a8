import { invalid } from './errors.js'
import type { AssetFixture, DataSetFixture, RevisionFixture } from './fixtures.js'

/** ARNs of entitled data sets carry no account, as in the service's examples. */
function dataSetArn(region: string, dataSet: DataSetFixture): string {
  return `arn:aws:dataexchange:${region}::data-sets/${dataSet.id}`
}

/** GetDataSet's body. */
export function dataSetView(region: string, d: DataSetFixture): object {
  return {
    Arn: dataSetArn(region, d),
    AssetType: 'S3_SNAPSHOT',
    CreatedAt: d.createdAt,
    Description: d.description,
    Id: d.id,
    Name: d.name,
    Origin: 'ENTITLED',
    OriginDetails: { ProductId: d.productId },
    UpdatedAt: d.createdAt
  }
}

/** GetRevision's body and a ListDataSetRevisions entry. */
export function revisionView(region: string, d: DataSetFixture, r: RevisionFixture): object {
  return {
    Arn: `${dataSetArn(region, d)}/revisions/${r.id}`,
    Comment: r.comment,
    CreatedAt: r.createdAt,
    DataSetId: d.id,
    Finalized: true,
    Id: r.id,
    Revoked: false,
    UpdatedAt: r.createdAt
  }
}

/** GetAsset's body and a ListRevisionAssets entry. */
export function assetView(
  region: string,
  d: DataSetFixture,
  r: RevisionFixture,
  a: AssetFixture
): object {
  return {
    Arn: `${dataSetArn(region, d)}/revisions/${r.id}/assets/${a.id}`,
    AssetDetails: { S3SnapshotAsset: { Size: a.body().length } },
    AssetType: 'S3_SNAPSHOT',
    CreatedAt: r.createdAt,
    DataSetId: d.id,
    Id: a.id,
    Name: a.name,
    RevisionId: r.id,
    UpdatedAt: r.createdAt
  }
}

/** Page size when a List call sends no maxResults (the API reference gives no default). */
export const DEFAULT_PAGE_SIZE = 25

/**
 * One page of a list: `maxResults` 1–200 (the model's MaxResults), `nextToken` opaque and bound
 * to the list it came from.
 */
export function page<T>(
  items: T[],
  query: URLSearchParams,
  scope: string
): { items: T[]; nextToken?: string } {
  const raw = query.get('maxResults')
  const size = raw === null ? DEFAULT_PAGE_SIZE : Number(raw)
  if (!Number.isInteger(size) || size < 1 || size > 200)
    throw invalid(`maxResults must be an integer from 1 to 200, not ${raw}.`)
  const token = query.get('nextToken')
  const offset = token === null ? 0 : offsetOf(token, scope)
  const end = offset + size
  return {
    items: items.slice(offset, end),
    ...(end < items.length
      ? { nextToken: Buffer.from(JSON.stringify({ scope, offset: end })).toString('base64url') }
      : {})
  }
}

function offsetOf(token: string, scope: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      scope?: unknown
      offset?: unknown
    }
    if (parsed.scope === scope && Number.isInteger(parsed.offset)) return parsed.offset as number
  } catch {
    // not a token of ours
  }
  throw invalid('The nextToken is not valid for this request.')
}
