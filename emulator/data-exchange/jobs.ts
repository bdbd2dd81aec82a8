import { randomBytes } from 'node:crypto'
import type { JobPlan } from './plan.js'
import type { JobRequest, JobType } from './validate.js'

/** The job states of the API. */
export type JobState = 'WAITING' | 'IN_PROGRESS' | 'COMPLETED' | 'ERROR' | 'CANCELLED' | 'TIMED_OUT'

/** JobError as GetJob returns it. */
export interface JobError {
  Code:
    | 'ACCESS_DENIED_EXCEPTION'
    | 'INTERNAL_SERVER_EXCEPTION'
    | 'MALWARE_DETECTED'
    | 'RESOURCE_NOT_FOUND_EXCEPTION'
    | 'SERVICE_QUOTA_EXCEEDED_EXCEPTION'
    | 'VALIDATION_EXCEPTION'
    | 'MALWARE_SCAN_ENCRYPTED_FILE'
  Message: string
  LimitName?: string
  LimitValue?: number
  ResourceId?: string
  ResourceType?: 'REVISION' | 'ASSET' | 'DATA_SET'
}

/** A job as the emulator holds it. */
export interface EmulatedJob {
  id: string
  arn: string
  type: JobType
  state: JobState
  createdAt: number
  updatedAt: number
  /** The access key id that created the job: the account whose job slots it holds. */
  owner: string
  request: JobRequest
  plan: JobPlan
  /** The `Details` member as sent, echoed by GetJob; the signed URL is added on completion. */
  details: Record<string, unknown>
  errors?: JobError[]
}

const MEMBER: Record<JobType, string> = {
  EXPORT_ASSETS_TO_S3: 'ExportAssetsToS3',
  EXPORT_ASSET_TO_SIGNED_URL: 'ExportAssetToSignedUrl',
  EXPORT_REVISIONS_TO_S3: 'ExportRevisionsToS3'
}

const TERMINAL: JobState[] = ['COMPLETED', 'ERROR', 'CANCELLED', 'TIMED_OUT']

/** A WAITING job with a fresh 32-hex id. */
export function newJob(
  input: { request: JobRequest; details: Record<string, unknown>; plan: JobPlan },
  owner: string,
  arnPrefix: string
): EmulatedJob {
  const id = randomBytes(16).toString('hex')
  const now = Date.now()
  return {
    id,
    arn: `${arnPrefix}:jobs/${id}`,
    type: input.request.type,
    state: 'WAITING',
    createdAt: now,
    updatedAt: now,
    owner,
    request: input.request,
    plan: input.plan,
    details: { ...input.details }
  }
}

/** Moves a job on, unless it has already ended. */
export function transition(job: EmulatedJob, state: JobState, errors?: JobError[]): void {
  if (TERMINAL.includes(job.state)) return
  job.state = state
  job.updatedAt = Date.now()
  if (errors) job.errors = errors
}

/** The body of CreateJob and GetJob: timestamps as ISO 8601 strings, as the service sends them. */
export function describeJob(job: EmulatedJob): Record<string, unknown> {
  return {
    Arn: job.arn,
    CreatedAt: new Date(job.createdAt).toISOString(),
    Details: { [MEMBER[job.type]]: job.details },
    ...(job.errors ? { Errors: job.errors } : {}),
    Id: job.id,
    State: job.state,
    Type: job.type,
    UpdatedAt: new Date(job.updatedAt).toISOString()
  }
}
