import type { JobType } from './validate.js'

/** The service's quotas "Concurrent in progress jobs to …" (not adjustable). */
export const CONCURRENT_JOBS: Record<JobType, { limitName: string; value: number }> = {
  EXPORT_ASSETS_TO_S3: {
    limitName: 'Concurrent in progress jobs to export assets to Amazon S3',
    value: 10
  },
  EXPORT_ASSET_TO_SIGNED_URL: {
    limitName: 'Concurrent in progress jobs to export assets to a signed URL',
    value: 10
  },
  EXPORT_REVISIONS_TO_S3: {
    limitName: 'Concurrent in progress jobs to export revisions to Amazon S3',
    value: 5
  }
}
