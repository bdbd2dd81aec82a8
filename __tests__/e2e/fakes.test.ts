import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ArtifactServiceFake } from './fakes/artifact-service.js'
import { GitHubApiFake } from './fakes/github-api.js'

type ArtifactModule = typeof import('@actions/artifact')
type GitHubModule = typeof import('@actions/github')

const TOKEN = 'ghs_readertoken'
const OWNER = 'octo-org'
const REPO = 'reports'
/** What the environment held before the test set the runner's variables. */
const saved: Record<string, string | undefined> = {}
const VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_API_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RUN_ID',
  'GITHUB_WORKSPACE'
]

let artifacts: ArtifactServiceFake
let github: GitHubApiFake
let dir: string
let artifact: ArtifactModule
let octokit: ReturnType<GitHubModule['getOctokit']>
/** Contents uploaded per backend run id. */
const uploaded: Record<number, { id: number; csv: Buffer; pdf: Buffer }> = {}

/** Runs `f` with stdout dropped: @actions/core logs every step of an upload and a download. */
async function quiet<T>(f: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (() => true) as typeof process.stdout.write
  try {
    return await f()
  } finally {
    process.stdout.write = write
  }
}

/** Uploads two files as artifact `report` from run `runId` (its own runtime token). */
async function upload(runId: number): Promise<void> {
  Object.assign(process.env, artifacts.env({ runId }))
  const folder = path.join(dir, `up-${runId}`)
  const csv = Buffer.from(`Region,Revenue\r\nEMEA,${runId}.5\r\n`)
  const pdf = Buffer.from(`%PDF-1.7 run ${runId}\n`)
  await rm(folder, { recursive: true, force: true })
  await mkdir(folder, { recursive: true })
  await writeFile(path.join(folder, 'a.csv'), csv)
  await writeFile(path.join(folder, 'b.pdf'), pdf)
  const { id } = await quiet(() =>
    new artifact.DefaultArtifactClient().uploadArtifact(
      'report',
      [path.join(folder, 'a.csv'), path.join(folder, 'b.pdf')],
      folder
    )
  )
  uploaded[runId] = { id: Number(id), csv, pdf }
}

beforeAll(async () => {
  for (const v of VARIABLES) saved[v] = process.env[v]
  ;[artifacts, github, dir] = await Promise.all([
    new ArtifactServiceFake().start(),
    new GitHubApiFake().start(),
    mkdtemp(path.join(os.tmpdir(), 'qse-fakes-'))
  ])
  github.linkArtifacts(artifacts)
  // @actions/github reads GITHUB_API_URL once, when it loads: set it first, then load.
  process.env.GITHUB_API_URL = github.url
  delete process.env.GITHUB_SERVER_URL
  process.env.GITHUB_WORKSPACE = dir
  artifact = await import('@actions/artifact')
  const { getOctokit } = await import('@actions/github')
  octokit = getOctokit(TOKEN, { baseUrl: github.url })
  // Runs 501 (success, 2 days ago), 502 (failure), 503 (success, no artifacts), 504 (success,
  // on another branch), 505 (in progress: the current run).
  await upload(501)
  await upload(502)
  await upload(504)
  const day = 24 * 3600_000
  github.addRun({ id: 501, createdAt: new Date(Date.now() - 2 * day).toISOString() })
  github.addRun({
    id: 502,
    conclusion: 'failure',
    createdAt: new Date(Date.now() - day).toISOString()
  })
  github.addRun({ id: 503 })
  github.addRun({ id: 504, branch: 'feature' })
  github.addRun({ id: 505, status: 'in_progress', event: 'workflow_dispatch' })
  github.addRun({ id: 601, workflow: 'weekly.yml' })
  github.readOnlyTokens.add(TOKEN)
}, 60_000)

afterAll(async () => {
  for (const v of VARIABLES) {
    if (saved[v] === undefined) delete process.env[v]
    else process.env[v] = saved[v]
  }
  await Promise.all([
    artifacts?.close(),
    github?.close(),
    rm(dir, { recursive: true, force: true })
  ])
})

const runsOf = async (workflow: string | number, query: Record<string, string | number> = {}) =>
  (
    await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      owner: OWNER,
      repo: REPO,
      workflow_id: workflow,
      ...query
    })
  ).data

describe('GitHubApiFake with ArtifactServiceFake', () => {
  test('the repository and its default branch', async () => {
    const { data } = await octokit.rest.repos.get({ owner: OWNER, repo: REPO })
    expect(data).toMatchObject({ default_branch: 'main', full_name: 'octo-org/reports' })
    await expect(octokit.rest.repos.get({ owner: OWNER, repo: 'other' })).rejects.toMatchObject({
      status: 404
    })
  })

  test('workflow runs: newest first, filtered by branch, status and event, paged', async () => {
    const all = await runsOf('nightly.yml')
    expect(all.workflow_runs.map((r) => r.id)).toEqual([505, 504, 503, 502, 501])
    const ok = await runsOf('nightly.yml', {
      branch: 'main',
      status: 'success',
      exclude_pull_requests: 'true',
      per_page: 1,
      page: 2
    })
    expect(ok.total_count).toBe(2)
    expect(ok.workflow_runs.map((r) => r.id)).toEqual([501])
    expect(ok.workflow_runs[0]).toMatchObject({
      path: '.github/workflows/nightly.yml',
      head_branch: 'main',
      event: 'schedule',
      status: 'completed',
      conclusion: 'success',
      run_attempt: 1,
      html_url: 'https://github.com/octo-org/reports/actions/runs/501'
    })
    expect((await runsOf('nightly.yml', { status: 'completed' })).total_count).toBe(4)
    // Link headers: octokit.paginate walks the pages.
    const paginated = await octokit.paginate(
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      { owner: OWNER, repo: REPO, workflow_id: 'nightly.yml', status: 'success', per_page: 1 }
    )
    expect(paginated.map((r) => r.id)).toEqual([504, 503, 501])
    expect((await runsOf('nightly.yml', { event: 'workflow_dispatch' })).total_count).toBe(1)
    const id = all.workflow_runs[0]?.workflow_id ?? 0
    expect((await runsOf(id)).total_count).toBe(5)
    expect((await runsOf('weekly.yml')).workflow_runs.map((r) => r.id)).toEqual([601])
    await expect(runsOf('missing.yml')).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } }
    })
  })

  test("a run's artifacts are what its backend run uploaded; none for a run without uploads", async () => {
    const list = async (run: number, name?: string) =>
      (
        await octokit.rest.actions.listWorkflowRunArtifacts({
          owner: OWNER,
          repo: REPO,
          run_id: run,
          ...(name ? { name } : {})
        })
      ).data
    const of501 = await list(501)
    expect(of501.total_count).toBe(1)
    expect(of501.artifacts[0]).toMatchObject({
      id: uploaded[501]?.id,
      name: 'report',
      expired: false,
      workflow_run: { id: 501, head_branch: 'main' }
    })
    expect(of501.artifacts[0]?.size_in_bytes).toBeGreaterThan(0)
    expect(of501.artifacts[0]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect((await list(501, 'other')).total_count).toBe(0)
    expect((await list(503)).total_count).toBe(0)
    const one = await octokit.rest.actions.getArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: uploaded[502]?.id ?? 0
    })
    expect(one.data).toMatchObject({ name: 'report', workflow_run: { id: 502 } })
  })

  test("@actions/artifact finds and downloads another run's artifact byte for byte", async () => {
    const findBy = {
      token: TOKEN,
      workflowRunId: 504,
      repositoryOwner: OWNER,
      repositoryName: REPO
    }
    const client = new artifact.DefaultArtifactClient()
    const { artifacts: listed } = await quiet(() => client.listArtifacts({ findBy }))
    expect(listed.map((a) => a.id)).toEqual([uploaded[504]?.id])
    const { artifact: found } = await quiet(() => client.getArtifact('report', { findBy }))
    expect(found.id).toBe(uploaded[504]?.id)
    const before = github.requests.length
    const target = path.join(dir, 'down-504')
    const result = await quiet(() =>
      client.downloadArtifact(found.id, { path: target, findBy, expectedHash: found.digest })
    )
    expect(result).toMatchObject({ downloadPath: target, digestMismatch: false })
    expect(await readFile(path.join(target, 'a.csv'))).toEqual(uploaded[504]?.csv)
    expect(await readFile(path.join(target, 'b.pdf'))).toEqual(uploaded[504]?.pdf)
    const calls = github.requests.slice(before)
    expect(calls.map((q) => `${q.method} ${q.url}`)).toEqual([
      `GET /repos/octo-org/reports/actions/artifacts/${found.id}/zip`
    ])
    expect(calls[0]?.auth).toBe(`token ${TOKEN}`)
  })

  test('an expired artifact is listed as expired and its zip answers 410', async () => {
    const id = uploaded[501]?.id ?? 0
    github.expireArtifact(id)
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: 501
    })
    expect(data.artifacts[0]?.expired).toBe(true)
    const client = new artifact.DefaultArtifactClient()
    await expect(
      quiet(() =>
        client.downloadArtifact(id, {
          path: path.join(dir, 'down-501'),
          findBy: { token: TOKEN, workflowRunId: 501, repositoryOwner: OWNER, repositoryName: REPO }
        })
      )
    ).rejects.toThrow(/Artifact has expired/)
    await expect(
      octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: 999_999,
        archive_format: 'zip'
      })
    ).rejects.toMatchObject({ status: 404 })
  })

  test('the read URL reads the blob the upload wrote', async () => {
    const record = artifacts.artifacts.find((a) => a.id === uploaded[502]?.id)
    expect(record?.workflowRunBackendId).toBe('run-502')
    const res = await fetch(artifacts.readUrl(record ?? ''))
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(
      await artifacts.download(record?.blob ?? '')
    )
    // Read-only: the same signature does not write.
    const put = await fetch(artifacts.readUrl(record ?? ''), {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'x'
    })
    expect(put.status).toBe(403)
  })

  test('faults answer matching requests the given number of times', async () => {
    github.fail(/\/actions\/workflows\/[^/]+\/runs$/, 500, { times: 1 })
    await expect(runsOf('nightly.yml')).rejects.toMatchObject({ status: 500 })
    expect((await runsOf('nightly.yml')).total_count).toBe(5)
  })
})
