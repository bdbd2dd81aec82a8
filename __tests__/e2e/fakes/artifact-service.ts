import {
  BlobServiceClient,
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob'
import { ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, Server } from 'node:http'
import { AddressInfo, createServer as netServer } from 'node:net'
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
  blob: string
  id: number
  size?: string
  hash?: string
  retention?: string
}

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
    const port = await freePort()
    this.azurite = spawn(
      path.join(ROOT, 'node_modules', '.bin', 'azurite-blob'),
      [
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        '--location',
        this.dir,
        '--silent',
        '--skipApiVersionCheck',
        '--loose'
      ],
      { stdio: 'ignore' }
    )
    this.blobUrl = `http://127.0.0.1:${port}/${ACCOUNT}`
    await this.waitForAzurite()
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const request = JSON.parse(body || '{}') as Record<string, string>
        const send = (data: unknown): void =>
          void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data))
        if (req.url?.endsWith('/CreateArtifact')) {
          const record: ArtifactRecord = {
            name: request.name ?? '',
            blob: `${request.workflow_run_backend_id ?? request.workflowRunBackendId}/${request.name}.zip`,
            id: this.nextId++,
            retention: request.expires_at ?? request.expiresAt
          }
          this.artifacts.push(record)
          return send({ ok: true, signed_upload_url: this.signedUrl(record.blob) })
        }
        if (req.url?.endsWith('/FinalizeArtifact')) {
          const record = this.artifacts.find((a) => a.name === request.name)
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

  /** The environment a runner gives a step for artifacts. */
  env(): Record<string, string> {
    const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
    return {
      ACTIONS_RUNTIME_TOKEN: `${b64({ alg: 'none' })}.${b64({ scp: 'Actions.ExampleScope Actions.Results:run-123:job-456' })}.x`,
      ACTIONS_RESULTS_URL: `${this.url}/`
    }
  }

  /** Reads an uploaded zip back from Azurite. */
  async download(blob: string): Promise<Buffer> {
    return this.container().getBlobClient(blob).downloadToBuffer()
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
    this.azurite?.kill('SIGKILL')
    await rm(this.dir, { recursive: true, force: true })
  }

  private container() {
    return new BlobServiceClient(
      this.blobUrl,
      new StorageSharedKeyCredential(ACCOUNT, KEY)
    ).getContainerClient(CONTAINER)
  }

  private signedUrl(blob: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse('rcw'),
        expiresOn: new Date(Date.now() + 3600_000)
      },
      new StorageSharedKeyCredential(ACCOUNT, KEY)
    )
    return `${this.blobUrl}/${CONTAINER}/${blob}?${sas.toString()}`
  }

  private async waitForAzurite(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      try {
        await this.container().createIfNotExists()
        return
      } catch {
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    throw new Error('Azurite did not start')
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })
}
