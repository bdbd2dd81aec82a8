import type { S3Client } from '@aws-sdk/client-s3'
import { backoffDelay } from '../time/backoff.js'
import type { Clock } from '../time/rate-limiter.js'
import { HttpStatusError, getHttpsPart } from './https-download.js'
import { PartialFile } from './partial-file.js'
import { getS3Part } from './s3-download.js'

export interface DownloadOptions {
  s3: () => Promise<S3Client>
  /** Asks QuickSight again for the file's URI: presigned URLs expire within minutes. */
  freshUri: () => Promise<string>
  clock: Clock
  log: (line: string) => void
  /** How many fresh URLs to ask for after a 403, at most. */
  maxRefreshes?: number
  /** How many times to try again after a cut connection, a short body or a 5xx, at most. */
  maxRetries?: number
}

/**
 * Downloads one result file, s3:// or presigned https://, to `dest`. A cut or short download
 * resumes where it stopped with a Range request (If-Match the first answer's ETag, so a file that
 * changed meanwhile starts over instead of being spliced); an expired URL is replaced by a fresh
 * one. Only a complete, checked file is ever renamed to `dest`.
 */
export async function downloadFile(uri: string, dest: string, o: DownloadOptions): Promise<number> {
  const maxRefreshes = o.maxRefreshes ?? 3
  const maxRetries = o.maxRetries ?? 4
  const file = new PartialFile(dest)
  let etag: string | undefined
  let refreshes = 0
  try {
    for (let retries = 0; ;) {
      try {
        const from = await file.size()
        const part = uri.startsWith('s3://')
          ? await getS3Part(await o.s3(), uri, from, etag)
          : await getHttpsPart(uri, from, etag)
        etag = part.etag ?? etag
        await file.write(part.body, part.offset)
        return await file.complete(part.total)
      } catch (error) {
        const status = statusOf(error)
        if (status === 412 || status === 416) {
          // The file changed since the first bytes, or the range no longer fits: start over.
          if (retries++ >= maxRetries) throw error
          o.log(
            `${dest} changed on the server (HTTP ${status}); downloading it again from the start`
          )
          await file.discard()
          etag = undefined
          continue
        }
        if (isExpiredUrl(error) && refreshes < maxRefreshes) {
          refreshes++
          o.log(
            `The presigned URL for ${dest} expired (HTTP ${status}); asking QuickSight for a fresh one`
          )
          uri = await o.freshUri()
          continue
        }
        if (!isTransient(error, status) || retries >= maxRetries) throw error
        const delay = backoffDelay(retries++, { initialMs: 500, capMs: 5000, jitter: 0.5 })
        o.log(
          `Download of ${dest} broke off at byte ${await file.size()} (${(error as Error).message}); resuming in ${delay} ms`
        )
        await o.clock.sleep(delay)
      }
    }
  } finally {
    await file.discard()
  }
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpStatusError) return error.status
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
}

/** A presigned https URL past its expiry answers 403 (or 400 for a malformed date). */
function isExpiredUrl(error: unknown): boolean {
  return error instanceof HttpStatusError && (error.status === 403 || error.status === 400)
}

/** Network faults, 5xx and short bodies are worth another try; refusals and bad requests are not. */
function isTransient(error: unknown, status: number | undefined): boolean {
  if (status !== undefined) return status >= 500 || status === 429
  const e = error as { name?: string; code?: string; message?: string }
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
    /aborted|socket hang up|premature close/i.test(e.message ?? '')
  )
}
