import {
  BlobServiceClient,
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob'
import { ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../../../scripts/run-action.js'

const ACCOUNT = 'devstoreaccount1'
// Azurite's well-known development key (public, for the local emulator only).
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-results'

export interface ArtifactRecord {
  name: string
  /** The blob in Azurite: `{workflowRunBackendId}/{name}.zip`. */
  blob: string
  /** The artifact id, also its GitHub REST id (see GitHubApiFake.linkArtifacts). */
  id: number
  /** The uploading run's backend id, from its ACTIONS_RUNTIME_TOKEN (`run-123` by default). */
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  /** When CreateArtifact was called (ISO). */
  createdAt: string
  /** Set by FinalizeArtifact: bytes as a decimal string. Unfinalized records have none. */
  size?: string
  /** Set by FinalizeArtifact: `sha256:<hex>` of the zip. */
  hash?: string
  retention?: string
}

/** The backend run id `env()` puts in the token when no run is given. */
export const DEFAULT_BACKEND_RUN_ID = 'run-123'

/**
 * The artifact results service as @actions/artifact speaks to it (Twirp JSON CreateArtifact /
 * FinalizeArtifact), handing out signed upload URLs into a real Azurite blob store.
 */
export class ArtifactServiceFake {
  readonly artifacts: ArtifactRecord[] = []
  url = ''
  private server?: Server
  private azurite?: ChildProcess
  private dir = ''
  private blobUrl = ''
  private nextId = 41

  async start(): Promise<this> {
    this.dir = await mkdtemp(path.join(os.tmpdir(), 'qse-azurite-'))
    // Port 0: Azurite takes a free port itself and says which (a port picked here and handed over
    // could be taken by another process in between).
    this.azurite = spawn(
      path.join(ROOT, 'node_modules', '.bin', 'azurite-blob'),
      [
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        '0',
        '--location',
        this.dir,
        '--silent',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry'
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] }
    )
    this.blobUrl = `${await listeningUrl(this.azurite)}/${ACCOUNT}`
    await this.container().createIfNotExists()
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const request = JSON.parse(body || '{}') as Record<string, string>
        const send = (data: unknown): void =>
          void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data))
        const runId = request.workflow_run_backend_id ?? request.workflowRunBackendId ?? ''
        const jobId = request.workflow_job_run_backend_id ?? request.workflowJobRunBackendId ?? ''
        if (req.url?.endsWith('/CreateArtifact')) {
          const record: ArtifactRecord = {
            name: request.name ?? '',
            blob: `${runId}/${request.name}.zip`,
            id: this.nextId++,
            workflowRunBackendId: runId,
            workflowJobRunBackendId: jobId,
            createdAt: new Date().toISOString(),
            retention: request.expires_at ?? request.expiresAt
          }
          this.artifacts.push(record)
          return send({ ok: true, signed_upload_url: this.signedUrl(record.blob, 'rcw') })
        }
        if (req.url?.endsWith('/FinalizeArtifact')) {
          // The newest record of this run with that name (runs may reuse artifact names).
          const record = this.artifacts.findLast(
            (a) => a.name === request.name && a.workflowRunBackendId === runId
          )
          if (!record) return void res.writeHead(404).end()
          Object.assign(record, { size: request.size, hash: request.hash })
          return send({ ok: true, artifact_id: String(record.id) })
        }
        res.writeHead(404).end()
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /**
   * The environment a runner gives a step for artifacts. Without a run: backend run id `run-123`
   * (DEFAULT_BACKEND_RUN_ID). With `{ runId }`: backend run id `run-{runId}` (what
   * `GitHubApiFake.addRun({ id: runId })` links by default), and GITHUB_RUN_ID = runId.
   */
  env(run?: { runId: number }): Record<string, string> {
    const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
    const backend = run ? backendRunId(run.runId) : DEFAULT_BACKEND_RUN_ID
    return {
      ACTIONS_RUNTIME_TOKEN: `${b64({ alg: 'none' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:${backend}:job-456` })}.x`,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ...(run ? { GITHUB_RUN_ID: String(run.runId) } : {})
    }
  }

  /** The finalized artifacts a backend run uploaded, oldest first. */
  artifactsOf(workflowRunBackendId: string): ArtifactRecord[] {
    return this.artifacts.filter(
      (a) => a.workflowRunBackendId === workflowRunBackendId && a.size !== undefined
    )
  }

  /** Reads an uploaded zip back from Azurite. */
  async download(blob: string): Promise<Buffer> {
    return this.container().getBlobClient(blob).downloadToBuffer()
  }

  /** A signed, read-only (`r`) Azurite URL of a record's blob, valid for an hour. */
  readUrl(record: ArtifactRecord | string): string {
    return this.signedUrl(typeof record === 'string' ? record : record.blob, 'r')
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
    // Azurite gone before its folder is: no handle of it outlives the test file.
    const azurite = this.azurite
    if (azurite && azurite.exitCode === null && azurite.signalCode === null) {
      const exited = new Promise((resolve) => azurite.once('exit', resolve))
      azurite.kill('SIGKILL')
      await exited
    }
    azurite?.stdout?.destroy()
    await rm(this.dir, { recursive: true, force: true })
  }

  private container() {
    return new BlobServiceClient(
      this.blobUrl,
      new StorageSharedKeyCredential(ACCOUNT, KEY)
    ).getContainerClient(CONTAINER)
  }

  private signedUrl(blob: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000)
      },
      new StorageSharedKeyCredential(ACCOUNT, KEY)
    )
    return `${this.blobUrl}/${CONTAINER}/${blob}?${sas.toString()}`
  }
}

/** The backend run id `env({ runId })` gives a run. */
export function backendRunId(runId: number): string {
  return `run-${runId}`
}

/** Azurite's URL, from the line it prints once it listens. */
function listeningUrl(azurite: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (d: Buffer): void => {
      out += d.toString()
      const url = /successfully listens on (http:\/\/[\d.]+:\d+)/.exec(out)?.[1]
      if (!url) return
      azurite.stdout?.off('data', onData)
      // Keep draining stdout so Azurite never blocks on a full pipe.
      azurite.stdout?.resume()
      resolve(url)
    }
    azurite.stdout?.on('data', onData)
    azurite.once('exit', (code) =>
      reject(new Error(`Azurite exited (${code}) before listening: ${out}`))
    )
  })
}
