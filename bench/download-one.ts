import { S3Client } from '@aws-sdk/client-s3'
import { downloadS3 } from '../src/download/s3-download.js'

/** Downloads one object with the action's own code (src/download), for bench/download.ts. */
const [uri = '', dest = ''] = process.argv.slice(2)
const s3 = new S3Client({
  region: 'eu-west-1',
  forcePathStyle: true,
  responseChecksumValidation: 'WHEN_REQUIRED'
})
const started = process.hrtime.bigint()
const bytes = await downloadS3(s3, uri, dest)
console.log(JSON.stringify({ bytes, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
