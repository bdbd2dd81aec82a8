import type { S3Client } from '@aws-sdk/client-s3'
import type { Readable } from 'node:stream'
import { type FilePart, partBounds, rangeFrom } from './file-part.js'

/** Splits s3://bucket/key. */
export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)
  if (!match?.[1] || !match[2]) throw new Error(`Not an s3:// object URI: ${uri}`)
  return { bucket: match[1], key: match[2] }
}

/** GetObject from byte `from` on (If-Match `etag` when resuming). */
export async function getS3Part(
  s3: S3Client,
  uri: string,
  from: number,
  etag: string | undefined
): Promise<FilePart> {
  const { GetObjectCommand } = await import('../aws/sdk/s3.js')
  const { bucket, key } = parseS3Uri(uri)
  const object = await s3.send(
    new GetObjectCommand({
      Bucket: bucket,
      Key: key,
      Range: rangeFrom(from),
      IfMatch: from > 0 ? etag : undefined
    })
  )
  return {
    body: object.Body as Readable,
    ...partBounds(object.ContentRange, object.ContentLength),
    etag: object.ETag
  }
}
