import type {
  DescribeAssetBundleExportJobResponse,
  StartAssetBundleExportJobRequest
} from '@aws-sdk/client-quicksight'
import path from 'node:path'
import { safeRelativePath } from '../../download/safe-path.js'
import type { FinishedJob, JobKind, PlannedJob } from '../../jobs/job-kind.js'
import { maskPresignedUrl } from '../../mask.js'
import type { AssetBundleApi } from './asset-bundle-api.js'
import type { FileOutcome } from '../../outcome.js'
import { inspectBundle } from './bundle-assets.js'
import { bundleJobDifferences } from './compare-bundle-job.js'
import { ExistingJobMismatchError } from '../existing-job-error.js'
import { extractBundle } from './extract-bundle.js'

/** QuickSight runs at most 5 asset bundle export jobs per account at once. */
export const ACCOUNT_EXPORT_JOBS = 5

/** One definitions backup: an asset bundle export job. */
export interface AssetBundleJob extends PlannedJob {
  request: StartAssetBundleExportJobRequest
  /** The user gave the id: follow the job when it exists. */
  given: boolean
  outputDir: string
  extract: boolean
}

export interface AssetBundleKindOptions {
  api: AssetBundleApi
  accountId: string
  log: (line: string) => void
  mask: (secret: string) => void
}

const errorName = (e: unknown): string | undefined => (e as Error | undefined)?.name

/** Asset bundle export jobs (StartAssetBundleExportJob) on the shared engine. */
export function assetBundleKind(
  o: AssetBundleKindOptions
): JobKind<AssetBundleJob, DescribeAssetBundleExportJobResponse> {
  const describe = (job: AssetBundleJob): Promise<DescribeAssetBundleExportJobResponse> =>
    o.api.describe(o.accountId, job.id)
  const follow = async (job: AssetBundleJob) => {
    const existing = await describe(job)
    // The id may name another backup (a given id, or one reused within the 14 days QuickSight
    // keeps jobs): follow it only when it exports what this step asks for.
    const differences = bundleJobDifferences(job.request, existing)
    if (differences.length > 0)
      throw new ExistingJobMismatchError(
        'asset bundle export job',
        job.id,
        differences,
        'QuickSight keeps an asset bundle export job for 14 days under its id. Give asset-bundle-job-id the same resources and options as that job to pick it up, or another id (or none: every run then gets a fresh one) for a new export.'
      )
    o.log(
      `${job.id}: exists already (${existing.JobStatus}); following it instead of starting a new one`
    )
    return { arn: existing.Arn, resumed: true }
  }
  const url = (d: DescribeAssetBundleExportJobResponse): string | undefined => {
    if (d.DownloadUrl?.startsWith('https://')) maskPresignedUrl(d.DownloadUrl, o.mask)
    return d.DownloadUrl
  }
  return {
    noun: 'asset bundle export job',
    jobIdOutput: 'asset-bundle-job-id',
    states: { succeeded: ['SUCCESSFUL'], failed: ['FAILED'] },
    polling: { firstCheckMs: 2_000, growth: 1.1 },
    cannotCancel: 'QuickSight has no cancel call',
    slots: 1,
    accountLimit: `${ACCOUNT_EXPORT_JOBS} asset bundle export jobs`,
    timeoutHint:
      'The job may still finish: raise timeout-minutes, and re-run with asset-bundle-job-id to pick it up.',
    isAccountFull: (error) => errorName(error) === 'LimitExceededException',

    async start(job) {
      // A given id is followed when its job exists (QuickSight keeps descriptions 14 days).
      if (job.given) {
        try {
          return await follow(job)
        } catch (error) {
          if (errorName(error) !== 'ResourceNotFoundException') throw error
        }
      }
      try {
        const started = await o.api.start(job.request)
        return { arn: started.Arn, resumed: false }
      } catch (error) {
        // The id's job is still running (a re-run after a crash, or a start the SDK retried).
        if (errorName(error) !== 'ConflictException') throw error
        return follow(job)
      }
    },
    describe,
    status: (d) => d.JobStatus ?? 'UNKNOWN',

    async finish(job, d): Promise<FinishedJob> {
      const warnings = (d.Warnings ?? []).map((w) => `${w.Arn ?? 'bundle'}: ${w.Message ?? ''}`)
      if (d.JobStatus !== 'SUCCESSFUL') {
        const errors = (d.Errors ?? []).map(
          (e) => `${e.Type ?? 'Error'} on ${e.Arn ?? '?'}: ${e.Message ?? ''}`
        )
        return {
          error: `The asset bundle export job FAILED: ${errors.join('; ') || 'no errors given'}. Hint: check that every resource exists in this account and region, and that the role may describe it (and its dependencies).`,
          warnings,
          files: []
        }
      }
      const uri = url(d)
      const name =
        path.basename(new URL(uri ?? 'https://x/bundle.qs').pathname) || `assetbundle-${job.id}.qs`
      return {
        warnings,
        files: [
          {
            index: 1,
            format: 'bundle',
            path: path.join(job.outputDir, safeRelativePath(decodeURIComponent(name))),
            source: {
              note: `${job.request.ResourceArns?.length ?? 0} resource(s), ${job.request.ExportFormat}`
            },
            uri,
            error: uri ? undefined : 'QuickSight returned no DownloadUrl.'
          }
        ]
      }
    },

    async freshUri(job) {
      const again = url(await describe(job))
      if (!again) throw new Error('QuickSight returned no fresh DownloadUrl for the bundle')
      return again
    },

    async afterDownload(job, file: FileOutcome) {
      if (!file.path) return
      const bundle = await inspectBundle(file.path)
      file.details = { assets: bundle.assets }
      if (!job.extract) return
      if (!bundle.zip) {
        o.log(
          `${path.basename(file.path)} is one JSON template, not a zip: there is nothing to extract`
        )
        return
      }
      file.extractedTo = await extractBundle(file.path)
      o.log(`Extracted ${path.basename(file.path)} into ${file.extractedTo}`)
    }
  }
}
