import type { IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { type FilePart, partBounds, rangeFrom } from './file-part.js'

export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`The file URL answered HTTP ${status}`)
    this.name = 'HttpStatusError'
  }
}

/** GETs a presigned https URL from byte `from` on (If-Match `etag` when resuming). */
export async function getHttpsPart(
  url: string,
  from: number,
  etag: string | undefined
): Promise<FilePart> {
  const range = rangeFrom(from)
  const headers: Record<string, string> = range ? { range, ...(etag && { 'if-match': etag }) } : {}
  const response = await open(url, headers)
  const status = response.statusCode ?? 0
  if (status !== 200 && status !== 206) {
    response.resume()
    throw new HttpStatusError(status)
  }
  const length = response.headers['content-length']
  return {
    body: response,
    ...partBounds(
      status === 206 ? response.headers['content-range'] : undefined,
      length === undefined ? undefined : Number(length)
    ),
    etag: response.headers.etag
  }
}

function open(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    if (target.protocol !== 'https:')
      return reject(new Error('Only https:// file URLs are downloaded'))
    const req = httpsRequest(target, { method: 'GET', headers, timeout: 60_000 }, resolve)
    req.on('timeout', () => req.destroy(new Error('The file URL did not answer within 60 s')))
    req.on('error', reject)
    req.end()
  })
}
