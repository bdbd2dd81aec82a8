import { createServer, Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type ArtifactServiceFake, backendRunId } from './artifact-service.js'

export interface FakeComment {
  id: number
  body: string
  html_url: string
  issue: number
}

export interface FakeRequest {
  method: string
  /** The path without the query. */
  path: string
  /** The path with the query, as sent. */
  url: string
  /** The query parameters (the last value of a repeated one). */
  query: Record<string, string>
  auth?: string
  /** The issue (pull request) the request is about, when it is about one. */
  issue?: number
}

export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'neutral'
  | 'action_required'
  | 'stale'

export interface FakeRunInput {
  id: number
  /** The workflow file name under .github/workflows (default `nightly.yml`). */
  workflow?: string
  /** head_branch (default `main`). */
  branch?: string
  /** Default `completed`; a run not completed has no conclusion. */
  status?: 'completed' | 'in_progress' | 'queued' | 'waiting' | 'requested' | 'pending'
  /** Default `success` when completed. */
  conclusion?: RunConclusion | null
  /** Default `schedule`. */
  event?: string
  /** The artifact backend run id whose uploads are this run's artifacts (default `run-{id}`). */
  backendRunId?: string
  /** ISO time (default: now, 1 ms after the previous run added, so later runs are newer). */
  createdAt?: string
  headSha?: string
  runNumber?: number
}

export interface FakeRun {
  id: number
  workflow: string
  branch: string
  status: NonNullable<FakeRunInput['status']>
  conclusion: RunConclusion | null
  event: string
  backendRunId: string
  createdAt: string
  headSha: string
  runNumber: number
}

export interface FakeWorkflow {
  id: number
  /** File name, e.g. `nightly.yml`. */
  file: string
  /** The workflow's `name:` (default: the file name without extension). */
  name: string
}

interface Fault {
  method?: string
  path: RegExp
  status: number
  message: string
  times: number
}

/** Statuses the `status` query accepts that match a run's status rather than its conclusion. */
const RUN_STATUSES = new Set([
  'completed',
  'in_progress',
  'queued',
  'requested',
  'waiting',
  'pending'
])

/**
 * A GitHub REST fake: issue comments (list, create, update), the repository, workflows, workflow
 * runs and their artifacts (list, get, zip download redirecting into the artifact fake's Azurite).
 */
export class GitHubApiFake {
  readonly comments: FakeComment[] = []
  readonly requests: FakeRequest[] = []
  /** Tokens that may read but not write, like a fork's pull-request token. */
  readonly readOnlyTokens = new Set<string>()
  readonly runs: FakeRun[] = []
  readonly workflows: FakeWorkflow[] = []
  /** GitHub artifact ids (= artifact fake record ids) that have expired. */
  readonly expiredArtifacts = new Set<number>()
  /** `GET /repos/{o}/{r}` answers with this default branch. */
  defaultBranch = 'main'
  /**
   * The repository (`owner/name`) the repository, workflow and artifact endpoints know; other
   * repositories are 404 there (comments are answered for any repository).
   */
  repository = 'octo-org/reports'
  url = ''
  private server?: Server
  private nextId = 1000
  private artifactService?: ArtifactServiceFake
  private lastCreated = 0
  private faults: Fault[] = []

  /** Artifacts of runs come from this artifact fake: a run lists what its backend run uploaded. */
  linkArtifacts(fake: ArtifactServiceFake): this {
    this.artifactService = fake
    return this
  }

  /** Registers a workflow (added automatically by `addRun`); ids count from 9001. */
  addWorkflow(file: string, name = file.replace(/\.ya?ml$/, '')): FakeWorkflow {
    const known = this.workflows.find((w) => w.file === file)
    if (known) return known
    const workflow = { id: 9001 + this.workflows.length, file, name }
    this.workflows.push(workflow)
    return workflow
  }

  /** Registers a workflow run. Its artifacts: the finalized uploads of its backendRunId. */
  addRun(input: FakeRunInput): FakeRun {
    const workflow = this.addWorkflow(input.workflow ?? 'nightly.yml')
    const status = input.status ?? 'completed'
    const created = input.createdAt
      ? Date.parse(input.createdAt)
      : Math.max(Date.now(), this.lastCreated + 1)
    this.lastCreated = Math.max(this.lastCreated, created)
    const run: FakeRun = {
      id: input.id,
      workflow: workflow.file,
      branch: input.branch ?? 'main',
      status,
      conclusion:
        input.conclusion !== undefined
          ? input.conclusion
          : status === 'completed'
            ? 'success'
            : null,
      event: input.event ?? 'schedule',
      backendRunId: input.backendRunId ?? backendRunId(input.id),
      createdAt: new Date(created).toISOString(),
      headSha: input.headSha ?? input.id.toString(16).padStart(40, '0'),
      runNumber: input.runNumber ?? this.runs.filter((r) => r.workflow === workflow.file).length + 1
    }
    this.runs.push(run)
    return run
  }

  /** Marks a GitHub artifact expired: listed with `expired: true`, its zip answers 410. */
  expireArtifact(id: number): void {
    this.expiredArtifacts.add(id)
  }

  /**
   * The next `times` requests (default: all) matching `path` (and `method`, if given) get
   * `status` with `{ message }`, before any other handling (recorded in `requests` all the same).
   */
  fail(
    path: RegExp,
    status: number,
    options: { method?: string; message?: string; times?: number } = {}
  ): void {
    this.faults.push({
      path,
      status,
      method: options.method,
      message: options.message ?? 'Server Error',
      times: options.times ?? Infinity
    })
  }

  /** The artifacts a run lists, oldest first (as GitHub artifact objects). */
  artifactsOf(run: FakeRun): Record<string, unknown>[] {
    return (this.artifactService?.artifactsOf(run.backendRunId) ?? []).map((a) =>
      this.artifactJson(run, a.id)
    )
  }

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
        const method = req.method ?? ''
        this.requests.push({
          method,
          path: url.pathname,
          url: url.pathname + url.search,
          query: Object.fromEntries(url.searchParams),
          auth,
          issue: list ? Number(list[1]) : existing?.issue
        })
        const send = (status: number, data: unknown): void =>
          void res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(JSON.stringify(data))
        const fault = this.faults.find(
          (f) => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === method)
        )
        if (fault) {
          fault.times--
          return send(fault.status, { message: fault.message })
        }
        if (method === 'GET' && list) {
          const page = Number(url.searchParams.get('page') ?? 1)
          const per = Number(url.searchParams.get('per_page') ?? 30)
          return send(
            200,
            this.comments
              .filter((c) => c.issue === Number(list[1]))
              .slice((page - 1) * per, page * per)
          )
        }
        if (method === 'GET') {
          const handled = this.read(url, auth, send, res)
          if (handled) return
        }
        if (this.readOnlyTokens.has(auth?.replace(/^token /, '') ?? ''))
          return send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest'
          })
        if (method === 'POST' && list) {
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
        if (method === 'PATCH' && existing) {
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

  /** The repository, workflow and artifact GETs; false when the path is none of them. */
  private read(
    url: URL,
    auth: string | undefined,
    send: (status: number, data: unknown) => void,
    res: ServerResponse
  ): boolean {
    const repo = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname)
    if (!repo) return false
    const [, owner = '', name = '', rest = ''] = repo
    const q = url.searchParams
    const notFound = (): void =>
      send(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      })
    /** One page of `items`, with GitHub's Link header (next, last, first, prev) for paginate(). */
    const paged = <T>(items: T[]): T[] => {
      const per = Math.min(100, Number(q.get('per_page') ?? 30))
      const page = Number(q.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(items.length / per))
      const link = (n: number, rel: string): string => {
        const next = new URLSearchParams(q)
        next.set('per_page', String(per))
        next.set('page', String(n))
        return `<${this.url}${url.pathname}?${next}>; rel="${rel}"`
      }
      const links = [
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])
      ]
      if (links.length > 0) res.setHeader('link', links.join(', '))
      return items.slice((page - 1) * per, page * per)
    }
    if (`${owner}/${name}`.toLowerCase() !== this.repository.toLowerCase()) {
      notFound()
      return true
    }
    if (rest === '') {
      send(200, {
        id: 4242,
        node_id: 'R_kgDOfake',
        name,
        full_name: `${owner}/${name}`,
        owner: { login: owner, type: 'Organization' },
        private: false,
        html_url: `https://github.com/${owner}/${name}`,
        url: `${this.url}/repos/${owner}/${name}`,
        default_branch: this.defaultBranch
      })
      return true
    }
    let m = /^\/actions\/workflows\/([^/]+)$/.exec(rest)
    if (m) {
      const workflow = this.workflowOf(decodeURIComponent(m[1] ?? ''))
      if (!workflow) notFound()
      else send(200, this.workflowJson(workflow))
      return true
    }
    m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest)
    if (m) {
      const workflow = this.workflowOf(decodeURIComponent(m[1] ?? ''))
      if (!workflow) {
        notFound()
        return true
      }
      const status = q.get('status')
      const runs = this.runs
        .filter(
          (r) =>
            r.workflow === workflow.file &&
            (!q.get('branch') || r.branch === q.get('branch')) &&
            (!q.get('event') || r.event === q.get('event')) &&
            (!status || (RUN_STATUSES.has(status) ? r.status : r.conclusion) === status)
        )
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
      send(200, {
        total_count: runs.length,
        workflow_runs: paged(runs).map((r) => this.runJson(r))
      })
      return true
    }
    m = /^\/actions\/runs\/(\d+)(\/artifacts)?$/.exec(rest)
    if (m) {
      const run = this.runs.find((r) => r.id === Number(m?.[1]))
      if (!run) {
        notFound()
        return true
      }
      if (!m[2]) {
        send(200, this.runJson(run))
        return true
      }
      const artifacts = this.artifactsOf(run).filter(
        (a) => !q.has('name') || a.name === q.get('name')
      )
      send(200, { total_count: artifacts.length, artifacts: paged(artifacts) })
      return true
    }
    m = /^\/actions\/artifacts\/(\d+)(\/zip)?$/.exec(rest)
    if (m) {
      const id = Number(m[1])
      const record = this.artifactService?.artifacts.find(
        (a) => a.id === id && a.size !== undefined
      )
      const run = record && this.runs.find((r) => r.backendRunId === record.workflowRunBackendId)
      if (!record || !run) {
        notFound()
        return true
      }
      if (!m[2]) {
        send(200, this.artifactJson(run, id))
        return true
      }
      if (!auth) {
        send(401, {
          message: 'Requires authentication',
          documentation_url: 'https://docs.github.com/rest'
        })
        return true
      }
      if (this.expiredArtifacts.has(id)) {
        send(410, {
          message: 'Artifact has expired',
          documentation_url: 'https://docs.github.com/rest'
        })
        return true
      }
      res
        .writeHead(302, {
          location: this.artifactService?.readUrl(record) ?? '',
          'content-length': 0
        })
        .end()
      return true
    }
    return false
  }

  private workflowOf(idOrFile: string): FakeWorkflow | undefined {
    return this.workflows.find((w) => w.file === idOrFile || String(w.id) === idOrFile)
  }

  private workflowJson(w: FakeWorkflow): Record<string, unknown> {
    return {
      id: w.id,
      node_id: `W_fake${w.id}`,
      name: w.name,
      path: `.github/workflows/${w.file}`,
      state: 'active',
      url: `${this.url}/repos/${this.repository}/actions/workflows/${w.id}`,
      html_url: `https://github.com/${this.repository}/blob/${this.defaultBranch}/.github/workflows/${w.file}`
    }
  }

  private runJson(r: FakeRun): Record<string, unknown> {
    const workflow = this.workflowOf(r.workflow)
    return {
      id: r.id,
      node_id: `WFR_fake${r.id}`,
      name: workflow?.name,
      display_title: workflow?.name,
      path: `.github/workflows/${r.workflow}`,
      workflow_id: workflow?.id,
      head_branch: r.branch,
      head_sha: r.headSha,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      run_number: r.runNumber,
      run_attempt: 1,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      run_started_at: r.createdAt,
      pull_requests: [],
      url: `${this.url}/repos/${this.repository}/actions/runs/${r.id}`,
      artifacts_url: `${this.url}/repos/${this.repository}/actions/runs/${r.id}/artifacts`,
      html_url: `https://github.com/${this.repository}/actions/runs/${r.id}`
    }
  }

  private artifactJson(run: FakeRun, id: number): Record<string, unknown> {
    const a = this.artifactService?.artifacts.find((x) => x.id === id)
    const created = a?.createdAt ?? run.createdAt
    const expires = a?.retention ?? new Date(Date.parse(created) + 90 * 24 * 3600_000).toISOString()
    return {
      id,
      node_id: `MDg6QXJ0aWZhY3Q${id}`,
      name: a?.name,
      size_in_bytes: Number(a?.size ?? 0),
      url: `${this.url}/repos/${this.repository}/actions/artifacts/${id}`,
      archive_download_url: `${this.url}/repos/${this.repository}/actions/artifacts/${id}/zip`,
      expired: this.expiredArtifacts.has(id),
      created_at: created,
      expires_at: expires,
      updated_at: created,
      ...(a?.hash ? { digest: a.hash } : {}),
      workflow_run: {
        id: run.id,
        repository_id: 4242,
        head_repository_id: 4242,
        head_branch: run.branch,
        head_sha: run.headSha
      }
    }
  }
}
