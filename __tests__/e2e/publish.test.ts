import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { unzipSync } from 'fflate'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { ArtifactServiceFake } from './fakes/artifact-service.js'
import { GitHubApiFake } from './fakes/github-api.js'
import { outputFiles, runAs, visible } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
let github: GitHubApiFake
let artifacts: ArtifactServiceFake
beforeAll(async () => {
  ;[stack, github, artifacts] = await Promise.all([
    startStack({ jobDurationMs: 800 }),
    new GitHubApiFake().start(),
    new ArtifactServiceFake().start()
  ])
}, 60_000)
afterAll(() => Promise.all([stack.close(), github.close(), artifacts.close()]))

const pullRequest = (number: number) => ({
  name: 'pull_request',
  payload: { action: 'synchronize', number, pull_request: { number } }
})
const TOKEN = 'ghs_faketoken123'
const run = (
  inputs: Record<string, string>,
  extra: {
    event?: ReturnType<typeof pullRequest>
    env?: Record<string, string>
    githubToken?: string
  } = {}
) =>
  runAs(
    stack,
    { 'dashboard-id': 'sales', ...inputs },
    {
      env: { GITHUB_API_URL: github.url, ...extra.env },
      event: extra.event,
      githubToken: extra.githubToken ?? TOKEN
    }
  )
const commentsOn = (issue: number) => github.comments.filter((c) => c.issue === issue)

describe('publishing: artifact, sticky pull-request comment, job summary', () => {
  test('the files go to an artifact in Azurite, byte for byte, with its id and URL as outputs', async () => {
    const r = await run(
      {
        format: 'pdf,csv,excel',
        'sheet-id': 'details',
        'visual-ids': 'orders-table',
        'retention-days': '7'
      },
      { env: artifacts.env() }
    )
    expect(r.code).toBe(0)
    const record = artifacts.artifacts.find((a) => String(a.id) === r.outputs['artifact-id'])
    expect(record?.name).toBe(`quicksight-sales-${r.outputs['snapshot-job-id']}`)
    expect(r.outputs['artifact-url']).toBe(
      `https://github.com/octo-org/reports/actions/runs/${/runs\/(\d+)/.exec(r.outputs['artifact-url'] ?? '')?.[1]}/artifacts/${record?.id}`
    )
    expect(r.stdout).toContain(r.outputs['artifact-url'])
    const zip = unzipSync(new Uint8Array(await artifacts.download(record?.blob ?? '')))
    const files = outputFiles(r.outputs)
    expect(Object.keys(zip).sort()).toEqual(files.map((f) => path.basename(f)).sort())
    for (const file of files)
      expect(Buffer.from(zip[path.basename(file)] ?? [])).toEqual(await readFile(file))
    expect(r.summary).toContain(`[download the files](${r.outputs['artifact-url']})`)
  })

  test('outside GitHub Actions (no runtime token) the artifact is skipped with a notice', async () => {
    const r = await run({ 'sheet-id': 'overview' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::notice::Not uploading an artifact/)
    expect(r.outputs['artifact-id']).toBeUndefined()
  })

  test('a second run updates the same comment; another tag gets its own', async () => {
    const first = await run({ 'sheet-id': 'overview' }, { event: pullRequest(7) })
    expect(first.code).toBe(0)
    expect(commentsOn(7)).toHaveLength(1)
    const second = await run({ 'sheet-id': 'overview' }, { event: pullRequest(7) })
    expect(commentsOn(7)).toHaveLength(1)
    expect(commentsOn(7)[0]?.body).toContain(second.outputs['snapshot-job-id'])
    expect(
      commentsOn(7)[0]?.body.startsWith('<!-- quicksight-export:quicksight-export:sales -->')
    ).toBe(true)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    await run({ 'sheet-id': 'overview', 'comment-tag': 'nightly' }, { event: pullRequest(7) })
    expect(commentsOn(7)).toHaveLength(2)
    const about7 = github.requests.filter((q) => q.issue === 7)
    expect(about7.length).toBeGreaterThan(0)
    expect(about7.every((q) => q.auth === `token ${TOKEN}`)).toBe(true)
  })

  test('the comment shows pages, worksheets, rows and CSV previews, with hostile cells made inert', async () => {
    const r = await run(
      {
        format: 'pdf,csv,excel',
        'sheet-id': 'details',
        'visual-ids': 'notes-table',
        'csv-preview-rows': '10'
      },
      { event: pullRequest(8) }
    )
    expect(r.code).toBe(0)
    const body = commentsOn(8)[0]?.body ?? ''
    expect(body).toMatch(/\| PDF \|.*\| \d+ pages? \|/)
    expect(body).toMatch(/\| Excel \|.*\| 1 worksheet: Order notes \|/)
    expect(body).toMatch(/\| CSV \|.*\| 288 rows \|/)
    expect(body).toContain('Preview of `sales-csv-details-notes-table.csv`: first 10 of 288 rows')
    expect(body).not.toMatch(/<script>|@octocat|#123|\[click\]\(|`rm/)
    const previewRows = body.split('\n').filter((l) => l.includes('script'))
    expect(previewRows.length).toBeGreaterThan(0)
    for (const row of previewRows) expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(3)
    expect(r.summary).toContain('Preview of')
    expect(r.summary).not.toContain('<!-- quicksight-export')
  })

  test('huge CSVs: the body stays under 65,536 characters, previews shrink first', async () => {
    const exports = Array.from(
      { length: 20 },
      () => '- {format: csv, sheet: details, visual: notes-table}'
    ).join('\n')
    const r = await run(
      {
        'dashboard-id': 'sales--rows-5000',
        exports,
        'csv-preview-rows': '100',
        'file-name': '{index}-{name}.{ext}'
      },
      { event: pullRequest(9) }
    )
    expect(r.code).toBe(0)
    const body = commentsOn(9)[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/first (\d+) of 5288 rows/)
    expect(Number(/first (\d+) of 5288 rows/.exec(body)?.[1])).toBeLessThan(100)
    expect(body.match(/<details>/g)).toHaveLength(20)
  })

  test("a fork's read-only token gives a warning; the step still succeeds with its files and artifact", async () => {
    const forkToken = 'ghs_forkToken456'
    github.readOnlyTokens.add(forkToken)
    const r = await run(
      { 'sheet-id': 'overview' },
      { event: pullRequest(10), env: artifacts.env(), githubToken: forkToken }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /::warning::Could not comment on pull request #10: .*Resource not accessible by integration/
    )
    expect(r.outputs['artifact-id']).toMatch(/^\d+$/)
    expect(JSON.parse(r.outputs.files ?? '[]')).toHaveLength(1)
  })

  test('a failed job gets a comment too, with the error and its hint', async () => {
    const r = await run(
      { 'dashboard-id': 'sales--fail-RLS_CHANGED', 'sheet-id': 'overview' },
      { event: pullRequest(11) }
    )
    expect(r.code).toBe(1)
    const body = commentsOn(11)[0]?.body ?? ''
    expect(body).toContain('❌ QuickSight export')
    expect(body).toContain('RLS\\_CHANGED')
    expect(visible(r.stdout)).not.toContain(TOKEN)
  })
})
