import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError } from './api-error.js'

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The region of the call, from the SigV4 credential scope. */
export function regionOf(req: IncomingMessage): string {
  return (
    /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? 'us-east-1'
  )
}

/** The access key id that signed the call (SigV4 Authorization header). */
export function accessKeyOf(req: IncomingMessage): string {
  return /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? ''
}

/** The SDK's attempt number, from the amz-sdk-request header. */
export function attemptOf(req: IncomingMessage): number | undefined {
  const header = req.headers['amz-sdk-request']
  const match = /attempt=(\d+)/.exec(Array.isArray(header) ? header.join(';') : (header ?? ''))
  return match ? Number(match[1]) : undefined
}

export function sendJson(res: ServerResponse, status: number, body: object): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() })
    .end(JSON.stringify(body))
}

export function sendXml(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/xml' }).end(body)
}

/** The session token of temporary credentials (`X-Amz-Security-Token`). */
export function sessionTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-amz-security-token']
  return Array.isArray(header) ? header[0] : header
}

/** A service error as REST-JSON services send it: x-amzn-ErrorType names the exception class. */
export function sendError(res: ServerResponse, e: ApiError): void {
  res.writeHead(e.status, {
    'content-type': 'application/json',
    'x-amzn-errortype': e.type,
    'x-amzn-requestid': randomUUID()
  })
  res.end(JSON.stringify({ Message: e.message, RequestId: randomUUID(), Status: e.status }))
}
