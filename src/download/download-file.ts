import type { S3Client } from '@aws-sdk/client-s3'
import { backoffDelay } from '../jobs/backoff.js'
import type { Clock } from '../jobs/rate-limiter.js'
import { HttpStatusError, downloadHttps } from './https-download.js'
import { downloadS3 } from './s3-download.js'

export interface DownloadOptions {
  s3: () => Promise<S3Client>
  /** Asks QuickSight again for the file's URI: presigned URLs expire within minutes. */
  freshUri: () => Promise<string>
  clock: Clock
  log: (line: string) => void
  /** How many fresh URLs to ask for after a 403, at most. */
  maxRefreshes?: number
  /** How many times to start again after a cut connection, a short body or a 5xx, at most. */
  maxRetries?: number
}

/**
 * Downloads one result file, s3:// or presigned https://, to `dest`. A cut or short download starts
 * again (the temporary file is dropped, never renamed); an expired URL is replaced by a fresh one.
 */
export async function downloadFile(uri: string, dest: string, o: DownloadOptions): Promise<number> {
  const maxRefreshes = o.maxRefreshes ?? 3
  const maxRetries = o.maxRetries ?? 4
  let refreshes = 0
  for (let retries = 0; ;) {
    try {
      return uri.startsWith('s3://')
        ? await downloadS3(await o.s3(), uri, dest)
        : await downloadHttps(uri, dest)
    } catch (error) {
      const status = error instanceof HttpStatusError ? error.status : undefined
      if ((status === 403 || status === 400) && refreshes < maxRefreshes) {
        refreshes++
        o.log(
          `The presigned URL for ${dest} expired (HTTP ${status}); asking QuickSight for a fresh one`
        )
        uri = await o.freshUri()
        continue
      }
      const transient = status === undefined ? isTransient(error) : status >= 500 || status === 429
      if (!transient || retries >= maxRetries) throw error
      const delay = backoffDelay(retries++, { initialMs: 500, capMs: 5000, jitter: 0.5 })
      o.log(
        `Download of ${dest} broke off (${(error as Error).message}); starting again in ${delay} ms`
      )
      await o.clock.sleep(delay)
    }
  }
}

/** Network faults and short bodies are worth another try; refusals and bad requests are not. */
function isTransient(error: unknown): boolean {
  const e = error as {
    name?: string
    code?: string
    $metadata?: { httpStatusCode?: number }
    $retryable?: unknown
  }
  const status = e.$metadata?.httpStatusCode
  if (status !== undefined) return status >= 500 || status === 429
  return (
    e.name === 'TruncatedDownloadError' ||
    [
      'ECONNRESET',
      'ECONNREFUSED',
      'EPIPE',
      'ETIMEDOUT',
      'ERR_STREAM_PREMATURE_CLOSE',
      'UND_ERR_SOCKET'
    ].includes(e.code ?? '') ||
    /aborted|socket hang up|premature close/i.test((error as Error).message ?? '')
  )
}
