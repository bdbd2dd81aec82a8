import type { ResponseDetails } from '@aws-sdk/client-dataexchange'
import type { DataExchangeApi } from './data-exchange-api.js'

/** An object an S3 export job wrote. */
export interface ExportedObject {
  bucket: string
  key: string
  /** For the report: which asset of which revision. */
  note: string
  /** A revision export's key is computed: the KeyPattern and the values it was filled with. */
  computed?: { pattern: string; values: Record<string, string>; asset: string }
}

/**
 * What AWS Data Exchange uses when a revision export names no KeyPattern (its user guide,
 * "Exporting asset revisions to an S3 bucket (AWS SDKs)": the key defaults to `${Asset.Name}`).
 */
export const DEFAULT_KEY_PATTERN = '${Asset.Name}'

/**
 * The objects an export to S3 wrote: each destination's key for asset exports, and for revision
 * exports the key the KeyPattern gives each asset of the revision (every asset, all pages).
 */
export async function exportedObjects(
  details: ResponseDetails,
  api: DataExchangeApi
): Promise<ExportedObject[]> {
  const assets = details.ExportAssetsToS3
  if (assets) {
    const names = await api.revisionAssets(assets.DataSetId ?? '', assets.RevisionId ?? '')
    return (assets.AssetDestinations ?? []).map((d) => {
      const name = names.find((a) => a.Id === d.AssetId)?.Name ?? d.AssetId ?? ''
      return {
        bucket: d.Bucket ?? '',
        key: d.Key ?? name,
        note: `asset ${name} of revision ${assets.RevisionId}`
      }
    })
  }
  const revisions = details.ExportRevisionsToS3
  if (!revisions) return []
  const dataSetId = revisions.DataSetId ?? ''
  const needsName = (revisions.RevisionDestinations ?? []).some((d) =>
    d.KeyPattern?.includes('${DataSet.Name}')
  )
  const dataSetName = needsName ? await api.dataSetName(dataSetId) : undefined
  const lists = await Promise.all(
    (revisions.RevisionDestinations ?? []).map(async (d) => {
      const revisionId = d.RevisionId ?? ''
      const [assets, createdAt] = await Promise.all([
        api.revisionAssets(dataSetId, revisionId),
        api.revisionCreatedAt(dataSetId, revisionId)
      ])
      const pattern = d.KeyPattern || DEFAULT_KEY_PATTERN
      return assets.map((a) => {
        const values = {
          'Asset.Id': a.Id ?? '',
          'Asset.Name': a.Name ?? '',
          'DataSet.Id': dataSetId,
          'DataSet.Name': dataSetName ?? '',
          'Revision.Id': revisionId,
          ...createdParts(createdAt)
        }
        return {
          bucket: d.Bucket ?? '',
          key: expandKeyPattern(pattern, values),
          note: `asset ${a.Name} of revision ${revisionId}`,
          computed: { pattern, values, asset: a.Name ?? a.Id ?? '' }
        }
      })
    })
  )
  return lists.flat()
}

function createdParts(at: Date | undefined): Record<string, string> {
  const d = at ?? new Date(0)
  return {
    'Revision.CreatedAt': d.toISOString(),
    'Revision.CreatedAt.Day': String(d.getUTCDate()).padStart(2, '0'),
    'Revision.CreatedAt.Month': String(d.getUTCMonth() + 1).padStart(2, '0'),
    'Revision.CreatedAt.Year': String(d.getUTCFullYear())
  }
}

/** Fills `${Asset.Name}`-style references; an unknown reference stays as written. */
export function expandKeyPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\$\{([\w.]+)\}/g, (whole, name: string) => values[name] ?? whole)
}
