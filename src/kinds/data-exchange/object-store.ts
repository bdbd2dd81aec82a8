import type { S3Client } from '@aws-sdk/client-s3'

/** What the key fallback needs of S3, behind an interface so it tests without the SDK. */
export interface ObjectStore {
  /** False only when S3 says the object is not there (404); other failures are left to the download. */
  exists(bucket: string, key: string): Promise<boolean>
  /** Keys under a prefix, all pages up to `limit`; `truncated` when there were more. */
  list(
    bucket: string,
    prefix: string,
    limit: number
  ): Promise<{ keys: string[]; truncated: boolean }>
}

export function s3ObjectStore(s3: () => Promise<S3Client>): ObjectStore {
  const sdk = import('../../aws/sdk/s3.js')
  return {
    async exists(Bucket, Key) {
      const { HeadObjectCommand } = await sdk
      try {
        await (await s3()).send(new HeadObjectCommand({ Bucket, Key }))
        return true
      } catch (error) {
        const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
        return !(
          e.name === 'NotFound' ||
          e.name === 'NoSuchKey' ||
          e.$metadata?.httpStatusCode === 404
        )
      }
    },
    async list(Bucket, Prefix, limit) {
      const { ListObjectsV2Command } = await sdk
      const client = await s3()
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: Prefix || undefined, ContinuationToken })
        )
        keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])))
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken && keys.length < limit)
      return {
        keys: keys.slice(0, limit),
        truncated: Boolean(ContinuationToken) || keys.length > limit
      }
    }
  }
}
