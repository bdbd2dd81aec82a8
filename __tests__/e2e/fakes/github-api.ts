import { createServer, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  html_url: string
  issue: number
}

export interface FakeRequest {
  method: string
  path: string
  auth?: string
  /** The issue (pull request) the request is about, when it is about one. */
  issue?: number
}

/** A GitHub REST fake for issue comments: list, create, update. */
export class GitHubApiFake {
  readonly comments: FakeComment[] = []
  readonly requests: FakeRequest[] = []
  /** Tokens that may read but not write, like a fork's pull-request token. */
  readonly readOnlyTokens = new Set<string>()
  url = ''
  private server?: Server
  private nextId = 1000

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x')
        const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
        const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
        const existing = one ? this.comments.find((c) => c.id === Number(one[1])) : undefined
        const auth = req.headers.authorization
        this.requests.push({
          method: req.method ?? '',
          path: url.pathname,
          auth,
          issue: list ? Number(list[1]) : existing?.issue
        })
        const send = (status: number, data: unknown): void =>
          void res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(JSON.stringify(data))
        if (req.method === 'GET' && list) {
          const page = Number(url.searchParams.get('page') ?? 1)
          const per = Number(url.searchParams.get('per_page') ?? 30)
          return send(
            200,
            this.comments
              .filter((c) => c.issue === Number(list[1]))
              .slice((page - 1) * per, page * per)
          )
        }
        if (this.readOnlyTokens.has(auth?.replace(/^token /, '') ?? ''))
          return send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest'
          })
        if (req.method === 'POST' && list) {
          const id = this.nextId++
          const comment = {
            id,
            issue: Number(list[1]),
            body: (JSON.parse(body) as { body: string }).body,
            html_url: `https://github.com/octo-org/reports/pull/${list[1]}#issuecomment-${id}`
          }
          this.comments.push(comment)
          return send(201, comment)
        }
        if (req.method === 'PATCH' && existing) {
          existing.body = (JSON.parse(body) as { body: string }).body
          return send(200, existing)
        }
        send(404, { message: 'Not Found' })
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }
}
