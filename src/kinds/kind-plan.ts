import type { AwsClients } from '../aws/clients.js'
import type { CommonInputs } from '../inputs/common-inputs.js'
import type { FollowUps } from '../jobs/follow-ups.js'
import type { JobKind, PlannedJob } from '../jobs/job-kind.js'
import type { ReportInfo } from '../outcome.js'

/** The step's jobs, ready to run, and what the publishers need to know about them. */
export interface KindPlan {
  // The engine is generic over the kind's job and description types; the plan pairs them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  kind: JobKind<any, any>
  jobs: PlannedJob[]
  reports: ReportInfo[]
  /** Names the step in the comment marker and the default artifact name: a dashboard id, a config file. */
  subject: string
  /** One line for the log: what is about to run. */
  summary: string
  /** Start no job after the first failure. */
  failFast: boolean
  /** What to do once some of the jobs have ended (the engine runs them, the publishers report them). */
  followUps?: FollowUps
}

export interface PlanContext {
  /** The inputs every kind takes (the kind's own come as the planner's first argument). */
  common: CommonInputs
  aws: AwsClients
  /** The account of the dashboards: aws-account-id, else STS (called once, when first needed). */
  accountId: () => Promise<string>
  /** The step's start: relative dates and {date} are taken from it. */
  now: Date
  env: NodeJS.ProcessEnv
  log: (line: string) => void
  mask: (secret: string) => void
}
