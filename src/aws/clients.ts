import type { DataExchangeClient } from '@aws-sdk/client-dataexchange'
import type { QuickSightClient } from '@aws-sdk/client-quicksight'
import type { S3Client } from '@aws-sdk/client-s3'
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

export interface AwsClients {
  quicksight: QuickSightClient
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
  const quicksight = new QuickSightClient({ ...common, retryStrategy })
  rateLimited(quicksight, limiter)
  let s3: Promise<S3Client> | undefined
  let dataExchange: Promise<DataExchangeClient> | undefined
  return {
    quicksight,
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
    accountId: async () => {
      const { STSClient, GetCallerIdentityCommand } = await import('./sdk/sts.js')
      const sts = new STSClient(common)
      const { Account } = await sts.send(new GetCallerIdentityCommand({}))
      if (!Account)
        throw new Error('STS GetCallerIdentity returned no account; set aws-account-id.')
      return Account
    }
  }
}
