import type { DataExchangeClient } from '@aws-sdk/client-dataexchange'
import type { QuickSightClient } from '@aws-sdk/client-quicksight'
import type { S3Client } from '@aws-sdk/client-s3'
import type { STSClient } from '@aws-sdk/client-sts'
import { RateLimiter } from '../time/rate-limiter.js'

export const USER_AGENT = 'quicksight-export/0.1'
/** AWS Data Exchange documents per-operation rates of 10 or more per second; the action keeps under the lowest. */
const DATA_EXCHANGE_CALLS_PER_SECOND = 10

/** Every attempt of every call, retries included, waits for the service's limiter. */
function rateLimited<C extends { middlewareStack: { add: (...a: never[]) => void } }>(
  client: C,
  limiter: RateLimiter
): C {
  ;(client.middlewareStack as unknown as QuickSightClient['middlewareStack']).add(
    (next) => async (args) => {
      const answered = await limiter.acquire()
      try {
        return await next(args)
      } finally {
        answered()
      }
    },
    { step: 'deserialize', name: 'quicksightExportRateLimit', priority: 'low' }
  )
  return client
}

/** Temporary credentials, such as a registered user's identity-enhanced session. */
export interface SessionCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration: Date
}

/** Who the step's credentials are (STS GetCallerIdentity). */
export interface CallerIdentity {
  account: string
  /** `arn:aws:sts::{account}:assumed-role/{role}/{session}` for a role's session. */
  arn: string
}

export interface AwsClients {
  /** QuickSight with the step's credentials. */
  quicksight: QuickSightClient
  /**
   * QuickSight signing with other credentials (a registered user's identity-enhanced session),
   * through the same rate limiter and retry strategy as `quicksight`. The SDK asks `credentials`
   * again when the ones it has are within 5 minutes of their expiration.
   */
  quicksightWith: (credentials: () => Promise<SessionCredentials>) => QuickSightClient
  /** STS with the step's credentials, loaded when first used. */
  sts: () => Promise<STSClient>
  /** STS GetCallerIdentity of the step's credentials, called once. */
  caller: () => Promise<CallerIdentity>
  s3: () => Promise<S3Client>
  /** AWS Data Exchange, loaded when first used (its SDK brings its own core). */
  dataExchange: () => Promise<DataExchangeClient>
  accountId: () => Promise<string>
}

/**
 * Builds the AWS clients. The SDK modules are imported here, lazily, so that input errors are
 * reported before they load. Endpoints and credentials come from the standard chain
 * (AWS_ENDPOINT_URL_QUICKSIGHT, AWS_ENDPOINT_URL_S3, configure-aws-credentials).
 */
export async function createAwsClients(
  region: string,
  env: NodeJS.ProcessEnv,
  limiter: RateLimiter
): Promise<AwsClients> {
  const [{ QuickSightClient }, { AdaptiveRetryStrategy }] = await Promise.all([
    import('./sdk/quicksight.js'),
    import('@smithy/core/retry')
  ])
  const maxAttempts = Number(env.AWS_MAX_ATTEMPTS) || 8
  const common = { region, customUserAgent: USER_AGENT, retryMode: 'adaptive', maxAttempts }
  // Adaptive retries (with the SDK's client-side rate limiter) for throttling and 5xx, except
  // LimitExceededException: a full account waits minutes, not seconds, and is handled by the
  // caller, which logs that the job is queued.
  const adaptive = new AdaptiveRetryStrategy(async () => maxAttempts)
  const retryStrategy = Object.assign(Object.create(adaptive) as typeof adaptive, {
    refreshRetryTokenForRetry: (
      token: Parameters<typeof adaptive.refreshRetryTokenForRetry>[0],
      info: Parameters<typeof adaptive.refreshRetryTokenForRetry>[1]
    ) =>
      (info.error as Error | undefined)?.name === 'LimitExceededException'
        ? Promise.reject(info.error)
        : adaptive.refreshRetryTokenForRetry(token, info)
  })
  const quicksightWith = (credentials?: () => Promise<SessionCredentials>): QuickSightClient =>
    rateLimited(new QuickSightClient({ ...common, retryStrategy, credentials }), limiter)
  let s3: Promise<S3Client> | undefined
  let dataExchange: Promise<DataExchangeClient> | undefined
  let sts: Promise<STSClient> | undefined
  let caller: Promise<CallerIdentity> | undefined
  const stsClient = (): Promise<STSClient> =>
    (sts ??= import('./sdk/sts.js').then(({ STSClient }) => new STSClient(common)))
  const callerIdentity = (): Promise<CallerIdentity> =>
    (caller ??= (async () => {
      const { GetCallerIdentityCommand } = await import('./sdk/sts.js')
      const { Account, Arn } = await (await stsClient()).send(new GetCallerIdentityCommand({}))
      if (!Account)
        throw new Error('STS GetCallerIdentity returned no account; set aws-account-id.')
      return { account: Account, arn: Arn ?? '' }
    })())
  return {
    quicksight: quicksightWith(),
    quicksightWith,
    sts: stsClient,
    caller: callerIdentity,
    s3: () =>
      (s3 ??= import('./sdk/s3.js').then(
        ({ S3Client }) =>
          new S3Client({
            ...common,
            retryMode: 'standard',
            // Custom endpoints (MinIO, LocalStack, s3rver) rarely do virtual-host buckets.
            forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL),
            responseChecksumValidation: 'WHEN_REQUIRED'
          })
      )),
    dataExchange: () =>
      (dataExchange ??= import('./sdk/dataexchange.js').then(({ DataExchangeClient }) =>
        rateLimited(
          new DataExchangeClient({ ...common, retryMode: 'adaptive' }),
          new RateLimiter(DATA_EXCHANGE_CALLS_PER_SECOND, 1000)
        )
      )),
    accountId: async () => (await callerIdentity()).account
  }
}
