import { HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { FileServer } from '../file-server.js'
import type { EmulatedJob, JobError } from './jobs.js'
import { CONCURRENT_JOBS } from './quotas.js'

/** EXPORT_ASSET_TO_SIGNED_URL's URLs expire one minute after they are created. */
const SIGNED_URL_SECONDS = 60

/** What an export needs from the emulator. */
export interface RunContext {
  s3: S3Client
  files: FileServer
  /** Lifetime of a signed URL, seconds (one minute on the service, times the time scale). */
  urlTtlSeconds: number
  /** Whether this signed URL should be handed out already expired (the expired-URL scenario). */
  expireUrl: (assetId: string) => boolean
}

/** What a finished export produced: errors, or the signed URL of EXPORT_ASSET_TO_SIGNED_URL. */
export interface RunResult {
  errors?: JobError[]
  signedUrl?: { url: string; expiresAt: string }
}

/** Performs a started job's export: writes its objects to S3, or stores its asset behind a URL. */
export async function runExport(job: EmulatedJob, c: RunContext): Promise<RunResult> {
  const signed = job.plan.signed
  if (signed) {
    const id = c.files.put(signed.asset.name, signed.asset.body(), 0)
    const now = Date.now()
    const expired = c.expireUrl(signed.asset.id)
    const lifetimeMs = c.urlTtlSeconds * 1000
    return {
      signedUrl: {
        // The URL says one minute, as the service's do; it stops working after the scaled lifetime.
        url: c.files.presign(id, SIGNED_URL_SECONDS, lifetimeMs, expired),
        expiresAt: new Date(expired ? now - 5000 : now + lifetimeMs).toISOString()
      }
    }
  }
  const errors = [...collidingKeys(job), ...(await missingBuckets(job, c.s3))]
  if (errors.length > 0) return { errors }
  for (const w of job.plan.writes) {
    await c.s3.send(new PutObjectCommand({ Bucket: w.bucket, Key: w.key, Body: w.asset.body() }))
  }
  return {}
}

/** Two assets of a revision export landing on one key: the user guide says the export fails. */
function collidingKeys(job: EmulatedJob): JobError[] {
  if (job.type !== 'EXPORT_REVISIONS_TO_S3') return []
  const seen = new Set<string>()
  const errors: JobError[] = []
  for (const w of job.plan.writes) {
    const target = `${w.bucket}/${w.key}`
    if (seen.has(target))
      errors.push({
        Code: 'VALIDATION_EXCEPTION',
        Message: `Two assets of revision ${w.revision.id} would be exported to the same key ${w.key}; use \${Asset.Id} in the KeyPattern.`,
        ResourceId: w.revision.id,
        ResourceType: 'REVISION'
      })
    seen.add(target)
  }
  return errors
}

async function missingBuckets(job: EmulatedJob, s3: S3Client): Promise<JobError[]> {
  const buckets = [...new Set(job.plan.writes.map((w) => w.bucket))]
  const errors: JobError[] = []
  for (const bucket of buckets) {
    try {
      await s3.send(new HeadBucketCommand({ Bucket: bucket }))
    } catch {
      errors.push({
        Code: 'RESOURCE_NOT_FOUND_EXCEPTION',
        Message: `The Amazon S3 bucket ${bucket} does not exist or AWS Data Exchange cannot write to it.`
      })
    }
  }
  return errors
}

/** The several errors of a job the `ERROR` scenario fails. */
export function injectedErrors(job: EmulatedJob): JobError[] {
  const assets = job.plan.signed ? [job.plan.signed.asset] : job.plan.writes.map((w) => w.asset)
  const revision = job.plan.signed?.revision ?? job.plan.writes[0]?.revision
  const first = assets[0]
  const second = assets[1] ?? first
  return [
    {
      Code: 'ACCESS_DENIED_EXCEPTION',
      Message: `Access denied while exporting asset ${first?.name}.`,
      ResourceId: first?.id,
      ResourceType: 'ASSET'
    },
    {
      Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
      Message: `Asset ${second?.name} is over the size an export job can copy.`,
      LimitName: 'Asset size in GB',
      LimitValue: 100,
      ResourceId: second?.id,
      ResourceType: 'ASSET'
    },
    {
      Code: 'INTERNAL_SERVER_EXCEPTION',
      Message: `An internal error occurred while exporting revision ${revision?.id}.`,
      ResourceId: revision?.id,
      ResourceType: 'REVISION'
    }
  ]
}

/**
 * The error of a job over its type's concurrency quota: SERVICE_QUOTA_EXCEEDED_EXCEPTION without a
 * LimitName (JobError's LimitName enum documents only per-asset limits; which name, if any, the
 * service gives is not documented), the quota named in the message, and its LimitValue.
 */
export function quotaError(job: EmulatedJob, limit: number): JobError {
  const limitName = CONCURRENT_JOBS[job.type].limitName
  return {
    Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
    Message: `The account already runs ${limit} ${job.type} jobs (${limitName}).`,
    LimitValue: limit,
    ResourceId: job.plan.dataSet.id,
    ResourceType: 'DATA_SET'
  }
}
