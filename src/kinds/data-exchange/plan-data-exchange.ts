import type { CreateJobRequest } from '@aws-sdk/client-dataexchange'
import type { DataExchangeExport, DataExchangeInputs } from './data-exchange-inputs.js'
import { realClock } from '../../time/rate-limiter.js'
import type { KindPlan, PlanContext } from '../kind-plan.js'
import { DataExchangeApi, dataExchangeApi } from './data-exchange-api.js'
import { DataExchangeJob, dataExchangeKind } from './data-exchange-kind.js'
import { DEFAULT_KEY_PATTERN } from './exported-objects.js'
import { s3ObjectStore } from './object-store.js'

/** Creates the export job (or takes the one to follow) and plans following it. */
export async function planDataExchange(d: DataExchangeInputs, c: PlanContext): Promise<KindPlan> {
  const { common } = c
  const api = await dataExchangeApi(await c.aws.dataExchange())
  const request = d.export ? await createRequest(d.export, d.encryption, api) : undefined
  let id = d.jobId ?? ''
  if (request) {
    const created = await api.createJob(request)
    id = created.Id ?? ''
    c.log(`Created Data Exchange job ${id} (${request.Type})`)
  }
  const subject = d.export ? `data-set-${d.export.dataSetId}` : `data-exchange-job-${id}`
  const job: DataExchangeJob = {
    id,
    report: subject,
    makeUp: request?.Type ?? 'followed',
    files: [],
    request,
    outputDir: common.outputDir
  }
  return {
    kind: dataExchangeKind({
      api,
      store: s3ObjectStore(c.aws.s3),
      clock: realClock,
      deadline: c.now.getTime() + common.timeoutMs,
      pollIntervalMs: common.pollIntervalMs,
      log: c.log,
      mask: c.mask
    }),
    jobs: [job],
    reports: [{ name: subject, notes: request ? [describe(d.export)] : [`Following job ${id}`] }],
    subject,
    failFast: false,
    summary: request
      ? `Exporting with Data Exchange job ${id}`
      : `Following Data Exchange job ${id}`
  }
}

async function createRequest(
  e: DataExchangeExport,
  encryption: DataExchangeInputs['encryption'],
  api: DataExchangeApi
): Promise<CreateJobRequest> {
  if (e.type === 'EXPORT_ASSET_TO_SIGNED_URL')
    return {
      Type: e.type,
      Details: {
        ExportAssetToSignedUrl: {
          DataSetId: e.dataSetId,
          RevisionId: e.revisionId,
          AssetId: e.assetId
        }
      }
    }
  if (e.type === 'EXPORT_REVISIONS_TO_S3')
    return {
      Type: e.type,
      Details: {
        ExportRevisionsToS3: {
          DataSetId: e.dataSetId,
          // Explicit, so that the keys the action downloads are the ones the service wrote.
          RevisionDestinations: e.revisionIds.map((r) => ({
            RevisionId: r,
            Bucket: e.bucket,
            KeyPattern: e.keyPattern ?? DEFAULT_KEY_PATTERN
          })),
          Encryption: encryption
        }
      }
    }
  // A prefix needs each asset's name: the key is <prefix>/<asset name>, as without a prefix.
  const names = e.prefix ? await api.revisionAssets(e.dataSetId, e.revisionId) : []
  return {
    Type: e.type,
    Details: {
      ExportAssetsToS3: {
        DataSetId: e.dataSetId,
        RevisionId: e.revisionId,
        AssetDestinations: e.assetIds.map((a) => {
          const name = names.find((n) => n.Id === a)?.Name ?? a
          return { AssetId: a, Bucket: e.bucket, Key: e.prefix ? `${e.prefix}/${name}` : undefined }
        }),
        Encryption: encryption
      }
    }
  }
}

function describe(e: DataExchangeExport | undefined): string {
  if (!e) return ''
  if (e.type === 'EXPORT_ASSET_TO_SIGNED_URL')
    return `Asset ${e.assetId} of revision ${e.revisionId}, to a signed URL`
  if (e.type === 'EXPORT_ASSETS_TO_S3')
    return `${e.assetIds.length} asset(s) of revision ${e.revisionId}, to s3://${e.bucket}/${e.prefix ?? ''}`
  return `${e.revisionIds.length} revision(s) of data set ${e.dataSetId}, to s3://${e.bucket} (${e.keyPattern ?? 'the default key pattern'})`
}
