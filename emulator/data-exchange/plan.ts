import { invalid, notFound } from './errors.js'
import {
  AssetFixture,
  DataSetFixture,
  findAsset,
  findDataSet,
  findRevision,
  RevisionFixture
} from './fixtures.js'
import { DEFAULT_KEY_PATTERN, expandKeyPattern } from './key-pattern.js'
import type { JobRequest } from './validate.js'

/** One object an S3 export job writes. */
export interface S3Write {
  bucket: string
  key: string
  revision: RevisionFixture
  asset: AssetFixture
}

/** What a job will do, resolved against the fixtures when the job is created. */
export interface JobPlan {
  dataSet: DataSetFixture
  /** The objects of an S3 export, in request order. */
  writes: S3Write[]
  /** The asset of an EXPORT_ASSET_TO_SIGNED_URL job. */
  signed?: { revision: RevisionFixture; asset: AssetFixture }
}

/** The service's quota "Asset per export job from Amazon S3" (not adjustable). */
export const ASSETS_PER_EXPORT_JOB = 100

/**
 * Resolves every id of a request: ResourceNotFoundException for the first one that is unknown.
 * `unpaddedDates`: revision keys get `.Day`/`.Month` without a leading zero (as the data set's
 * scenario can also ask).
 */
export function planJob(request: JobRequest, o: { unpaddedDates?: boolean } = {}): JobPlan {
  const dataSet = findDataSet(request.dataSetId)
  if (!dataSet) throw notFound('DATA_SET', request.dataSetId)
  const revisionOf = (id: string): RevisionFixture => {
    const revision = findRevision(dataSet, id)
    if (!revision) throw notFound('REVISION', id)
    return revision
  }
  const assetOf = (revision: RevisionFixture, id: string): AssetFixture => {
    const asset = findAsset(revision, id)
    if (!asset) throw notFound('ASSET', id)
    return asset
  }
  if (request.type === 'EXPORT_ASSET_TO_SIGNED_URL') {
    const revision = revisionOf(request.revisionId)
    return { dataSet, writes: [], signed: { revision, asset: assetOf(revision, request.assetId) } }
  }
  if (request.type === 'EXPORT_ASSETS_TO_S3') {
    if (request.destinations.length > ASSETS_PER_EXPORT_JOB)
      // CreateJob documents no ServiceLimitExceededException: the quota is a ValidationException.
      throw invalid(
        `An export job can copy at most ${ASSETS_PER_EXPORT_JOB} assets to Amazon S3 (Asset per export job from Amazon S3); this one asks for ${request.destinations.length}.`
      )
    const revision = revisionOf(request.revisionId)
    return {
      dataSet,
      writes: request.destinations.map((d) => {
        const asset = assetOf(revision, d.assetId)
        return { bucket: d.bucket, key: d.key ?? asset.name, revision, asset }
      })
    }
  }
  return {
    dataSet,
    writes: request.destinations.flatMap((d) => {
      const revision = revisionOf(d.revisionId)
      return revision.assets.map((asset) => ({
        bucket: d.bucket,
        key: expandKeyPattern(
          d.keyPattern ?? DEFAULT_KEY_PATTERN,
          { asset, dataSet, revision },
          !(o.unpaddedDates || dataSet.scenario.unpaddedDates)
        ),
        revision,
        asset
      }))
    })
  }
}
