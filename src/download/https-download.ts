import type { IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { writeVerified } from './verified-file.js'

export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`The file URL answered HTTP ${status}`)
    this.name = 'HttpStatusError'
  }
}

/** GETs a presigned https URL and streams it to `dest` (verified, via a temporary name). */
export async function downloadHttps(url: string, dest: string): Promise<number> {
  const response = await open(url)
  if (response.statusCode !== 200) {
    response.resume()
    throw new HttpStatusError(response.statusCode ?? 0)
  }
  const length = response.headers['content-length']
  return writeVerified(response, dest, length === undefined ? undefined : Number(length))
}

function open(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    if (target.protocol !== 'https:')
      return reject(new Error('Only https:// file URLs are downloaded'))
    const req = httpsRequest(target, { method: 'GET', timeout: 60_000 }, resolve)
    req.on('timeout', () => req.destroy(new Error('The file URL did not answer within 60 s')))
    req.on('error', reject)
    req.end()
  })
}
