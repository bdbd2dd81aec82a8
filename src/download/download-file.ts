import type { S3Client } from '@aws-sdk/client-s3'
import { HttpStatusError, downloadHttps } from './https-download.js'
import { downloadS3 } from './s3-download.js'

export interface DownloadOptions {
  s3: () => Promise<S3Client>
  /** Asks QuickSight again for the file's URI: presigned URLs expire within minutes. */
  freshUri: () => Promise<string>
  /** How many fresh URLs to ask for after a 403, at most. */
  maxRefreshes?: number
  log: (line: string) => void
}

/** Downloads one result file, s3:// or presigned https://, to `dest`. Returns the byte count. */
export async function downloadFile(uri: string, dest: string, o: DownloadOptions): Promise<number> {
  if (uri.startsWith('s3://')) return downloadS3(await o.s3(), uri, dest)
  const maxRefreshes = o.maxRefreshes ?? 3
  for (let refreshes = 0; ; refreshes++) {
    try {
      return await downloadHttps(uri, dest)
    } catch (error) {
      const expired =
        error instanceof HttpStatusError && (error.status === 403 || error.status === 400)
      if (!expired || refreshes >= maxRefreshes) throw error
      o.log(
        `The presigned URL for ${dest} expired (HTTP ${error.status}); asking QuickSight for a fresh one`
      )
      uri = await o.freshUri()
    }
  }
}
