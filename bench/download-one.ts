import { S3Client } from '@aws-sdk/client-s3'
import { downloadFile } from '../src/download/download-file.js'
import { realClock } from '../src/time/rate-limiter.js'

/** Downloads one object with the action's own code (src/download), for bench/download.ts. */
const [uri = '', dest = ''] = process.argv.slice(2)
const s3 = new S3Client({
  region: 'eu-west-1',
  forcePathStyle: true,
  responseChecksumValidation: 'WHEN_REQUIRED'
})
const started = process.hrtime.bigint()
const bytes = await downloadFile(uri, dest, {
  s3: async () => s3,
  freshUri: () => Promise.reject(new Error('s3:// URIs do not expire')),
  clock: realClock,
  log: console.error
})
console.log(JSON.stringify({ bytes, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
