import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { DxError } from './errors.js'

/** The whole request body as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The SigV4 credential scope of a call: `Credential=AKID/date/region/service/aws4_request`. */
export interface Credential {
  accessKeyId: string
  region: string
  service: string
}

/** The credential scope of the Authorization header, if the call is signed. */
export function credentialOf(req: IncomingMessage): Credential | undefined {
  const m = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
    req.headers.authorization ?? ''
  )
  return m ? { accessKeyId: m[1] ?? '', region: m[2] ?? '', service: m[3] ?? '' } : undefined
}

/** The SDK's attempt number, from the amz-sdk-request header. */
export function attemptOf(req: IncomingMessage): number | undefined {
  const header = req.headers['amz-sdk-request']
  const match = /attempt=(\d+)/.exec(Array.isArray(header) ? header.join(';') : (header ?? ''))
  return match ? Number(match[1]) : undefined
}

/** A success response: JSON, or no body (StartJob 202, CancelJob 204). */
export function sendJson(res: ServerResponse, status: number, body?: object): void {
  const headers = { 'x-amzn-requestid': randomUUID() }
  if (body === undefined) return void res.writeHead(status, headers).end()
  res
    .writeHead(status, { ...headers, 'content-type': 'application/json' })
    .end(JSON.stringify(body))
}

/** A service error as REST-JSON services send it: the type in `x-amzn-ErrorType`. */
export function sendError(res: ServerResponse, e: DxError): void {
  res
    .writeHead(e.status, {
      'content-type': 'application/json',
      'x-amzn-errortype': e.type,
      'x-amzn-requestid': randomUUID()
    })
    .end(JSON.stringify(e.body()))
}
