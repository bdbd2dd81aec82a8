import type { S3Client } from '@aws-sdk/client-s3'
import type { Readable } from 'node:stream'
import { writeVerified } from './verified-file.js'

/** Splits s3://bucket/key. */
export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)
  if (!match?.[1] || !match[2]) throw new Error(`Not an s3:// object URI: ${uri}`)
  return { bucket: match[1], key: match[2] }
}

/** Streams one S3 object to `dest` with GetObject (verified, via a temporary name). */
export async function downloadS3(s3: S3Client, uri: string, dest: string): Promise<number> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3')
  const { bucket, key } = parseS3Uri(uri)
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return writeVerified(object.Body as Readable, dest, object.ContentLength)
}
