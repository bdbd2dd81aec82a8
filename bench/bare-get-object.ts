import * as core from '@actions/core'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createWriteStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * Baseline for figure 5: `@actions/core` loaded and one S3 GetObject streamed to a file, nothing
 * else. Bundled by bench/memory.ts as dist/ is (bench/bundle.ts), so it loads as the action does.
 * Endpoint and credentials from the environment.
 */
const [bucket = '', key = '', dest = ''] = process.argv.slice(2)
const s3 = new S3Client({
  region: process.env.AWS_REGION,
  forcePathStyle: true,
  responseChecksumValidation: 'WHEN_REQUIRED'
})
const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
await pipeline(object.Body as Readable, createWriteStream(dest))
s3.destroy()
core.info(`${key} -> ${dest}`)
