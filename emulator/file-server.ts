import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, Server } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import selfsigned from 'selfsigned'

interface StoredFile {
  name: string
  body: Buffer
  /** Downloads still to cut off halfway (scenario `cut-N`). */
  cutsLeft: number
}

/**
 * Serves files from QuickSight's "default bucket": presigned-style https URLs that expire, over
 * TLS with a self-signed certificate (trusted by the action through NODE_EXTRA_CA_CERTS).
 */
export class FileServer {
  private readonly files = new Map<string, StoredFile>()
  private readonly secret = randomBytes(32)
  /** Signature → when the URL stops working (ms). */
  private readonly validUntil = new Map<string, number>()
  private server?: Server
  /** Every TCP connection, TLS handshake done or not (closeAllConnections knows only the done ones). */
  private readonly sockets = new Set<Socket>()
  /** PEM of the certificate; write it to a file for NODE_EXTRA_CA_CERTS. */
  certPem = ''
  url = ''
  downloads = 0
  /** Every presigned URL handed out, so tests can check none of them leaks. */
  readonly issued: string[] = []
  /** Every Range header received, so tests can see downloads resume. */
  readonly ranges: string[] = []

  async start(): Promise<void> {
    const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 2, value: 'localhost' }
          ]
        }
      ]
    })
    this.certPem = pems.cert
    this.server = createServer({ key: pems.private, cert: pems.cert }, (req, res) =>
      this.serve(req.url ?? '/', req.headers, res)
    )
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket)
      socket.once('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  put(name: string, body: Buffer, cuts: number): string {
    const id = randomBytes(12).toString('hex')
    this.files.set(id, { name, body, cutsLeft: cuts })
    return id
  }

  /**
   * A presigned URL for a stored file. Like S3's it says X-Amz-Expires=`ttlSeconds`, but it stops
   * working `lifetimeMs` after now (the emulator's time scale shortens it); `expired` hands it out
   * already past its expiry, issued `ttlSeconds` ago.
   */
  presign(id: string, ttlSeconds: number, lifetimeMs: number, expired = false): string {
    const file = this.files.get(id)
    const now = Date.now()
    const issuedAt = expired ? now - (ttlSeconds + 5) * 1000 : now
    const date = new Date(issuedAt).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
    const token = randomBytes(24).toString('base64url')
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `ASIAEMULATOR${randomBytes(4).toString('hex').toUpperCase()}/${date.slice(0, 8)}/us-east-1/s3/aws4_request`,
      'X-Amz-Date': date,
      'X-Amz-Expires': String(ttlSeconds),
      'X-Amz-Security-Token': token,
      'X-Amz-SignedHeaders': 'host'
    })
    const signature = this.sign(id, date, ttlSeconds, token)
    this.validUntil.set(signature, expired ? now - 1 : now + lifetimeMs)
    query.set('X-Amz-Signature', signature)
    const url = `${this.url}/default-bucket/${id}/${encodeURIComponent(file?.name ?? 'file')}?${query}`
    this.issued.push(url)
    return url
  }

  private sign(id: string, date: string, ttl: number, token: string): string {
    return createHmac('sha256', this.secret)
      .update(`${id}\n${date}\n${ttl}\n${token}`)
      .digest('hex')
  }

  private serve(
    rawUrl: string,
    headers: import('node:http').IncomingHttpHeaders,
    res: import('node:http').ServerResponse
  ): void {
    const url = new URL(rawUrl, 'https://127.0.0.1')
    const id = url.pathname.split('/')[2] ?? ''
    const file = this.files.get(id)
    const date = url.searchParams.get('X-Amz-Date') ?? ''
    const ttl = Number(url.searchParams.get('X-Amz-Expires'))
    const signature = Buffer.from(url.searchParams.get('X-Amz-Signature') ?? '')
    const token = url.searchParams.get('X-Amz-Security-Token') ?? ''
    const expected = Buffer.from(this.sign(id, date, ttl, token))
    const deny = (code: string, message: string): void => {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
        )
    }
    if (!file || signature.length !== expected.length || !timingSafeEqual(signature, expected))
      return deny(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.'
      )
    if (!(Date.now() <= (this.validUntil.get(signature.toString()) ?? 0)))
      return deny('AccessDenied', 'Request has expired')
    this.downloads++
    // Ranges as S3 serves them: `bytes=N-` resumes, If-Match guards against a changed object.
    if (headers.range) this.ranges.push(headers.range)
    const etag = `"${createHash('md5').update(file.body).digest('hex')}"`
    if (headers['if-match'] && headers['if-match'] !== etag)
      return void res.writeHead(412, { 'content-type': 'application/xml' }).end()
    const asked = /^bytes=(\d+)-$/.exec(headers.range ?? '')
    const start = Number(asked?.[1] ?? 0)
    if (start > 0 && start >= file.body.length)
      return void res.writeHead(416, { 'content-range': `bytes */${file.body.length}` }).end()
    const body = file.body.subarray(start)
    res.writeHead(start > 0 ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
      'accept-ranges': 'bytes',
      etag,
      ...(start > 0
        ? { 'content-range': `bytes ${start}-${file.body.length - 1}/${file.body.length}` }
        : {})
    })
    if (file.cutsLeft > 0 && body.length > 1) {
      file.cutsLeft--
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
      return
    }
    res.end(body)
  }
}
