import type { _Parameters } from '@aws-sdk/client-quicksight'
import type { ExportSpec } from '../../inputs/exports.js'
import type { RlsTag } from '../../inputs/rls-tags.js'
import type { ReportCompare } from '../../outcome.js'
import type { UserIdentity } from '../../aws/identity/user-identity.js'

export interface S3Destination {
  bucket: string
  prefix: string
  region: string
}

/** One dashboard's exports with everything they are made with: a report of a pack, or the step's one dashboard. */
export interface SnapshotReport {
  /** A label for logs, the comment and file names: the config's `name`, else the dashboard's name or id. */
  name: string
  dashboardId: string
  /** The dashboard's name in QuickSight, when known. */
  dashboardName?: string
  /** Step-wide indexes; sheet and visual ids resolved. */
  exports: ExportSpec[]
  parameters?: _Parameters
  /** How each parameter value was read, for the report ("End = end-of-month-1M → 2025-01-31 23:59:59 UTC"). */
  parameterNotes: string[]
  /** The anonymous user's row-level security tags (values are masked). */
  rlsTags: RlsTag[]
  /** Omit UserConfiguration: identity-enhanced credentials of a registered user. */
  registeredUser: boolean
  /**
   * The registered user whose identity-enhanced credentials the action gets for the snapshot
   * calls of this report's jobs; absent with registeredUser: the step's own credentials are.
   */
  identity?: UserIdentity
  /** Absent: QuickSight's default bucket, presigned https URLs. */
  s3?: S3Destination
  /** The file-name template. */
  fileName: string
  /** The IANA zone of {date}. */
  timezone: string
  /** How its files are compared with a baseline (report diffs). */
  compare: ReportCompare
  /** Fail the step (after publishing) when one of its files has no data rows. */
  failOnEmpty?: boolean
  /** The dashboard's e-mail schedules to run once the report's exports have ended. */
  emailSchedules?: string[]
  /**
   * The recipient these exports are made for (a report with recipients becomes one of these per
   * recipient, each with that recipient's user and parameters).
   */
  recipient?: string
  /** The report (of the pack, from 0) it is made for: a report's recipients share it. */
  reportIndex?: number
}
