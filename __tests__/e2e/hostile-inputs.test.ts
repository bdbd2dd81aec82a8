import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import fc from 'fast-check'
import { startStack, Stack } from '../../emulator/stack.js'
import { Input } from '../../src/inputs/names.js'
import { GitHubApiFake } from './fakes/github-api.js'
import { errorLine, runAs, visible } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
let github: GitHubApiFake
beforeAll(async () => {
  ;[stack, github] = await Promise.all([
    startStack({ jobDurationMs: 300 }),
    new GitHubApiFake().start()
  ])
})
afterAll(() => Promise.all([stack.close(), github.close()]))

/** Random strings in random inputs (the same 16 every run). */
const SAMPLES = fc.sample(
  fc.tuple(
    fc.constantFrom(...(Object.values(Input) as string[]).filter((n) => n !== 'dashboard-id')),
    fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('../x', '- [', '{a: }', '\u0000', '9'.repeat(30))
    )
  ),
  { numRuns: 16, seed: 42 }
)

describe('hostile input end to end', () => {
  test.each(SAMPLES)(
    'random value in %s (%j): success, or an ::error:: naming an input; no stack trace; no AWS call on input errors',
    async (name, value) => {
      const r = await runAs(stack, {
        'dashboard-id': 'sales',
        'sheet-id': 'overview',
        'timeout-minutes': '1',
        [name]: value
      })
      const output = r.stdout + r.stderr
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
      if (r.code !== 0) {
        const error = errorLine(r.stdout)
        expect(error).not.toBe('')
        // A value checked without AWS fails before any call; a name that does not resolve (a
        // sheet, a visual) is known only after the look-ups, and still no job starts.
        const lookUps = ['GetCallerIdentity', 'DescribeDashboardDefinition', 'ListDashboards']
        if (error.includes('Invalid input'))
          expect(r.calls.filter((c) => !lookUps.includes(c.operation))).toEqual([])
      }
    }
  )

  test('secrets never reach stdout, stderr, the summary, the outputs or the comment', async () => {
    const rls = 'tenant-secret-7f3a9'
    const token = 'ghs_secretToken987'
    const r = await runAs(
      stack,
      {
        'dashboard-id': 'sales--expire-1',
        format: 'pdf,csv',
        'sheet-id': 'details',
        'visual-ids': 'orders-table',
        'rls-tags': `tenant: ${rls}\nregion: EMEA`
      },
      {
        env: { GITHUB_API_URL: github.url },
        githubToken: token,
        event: { name: 'pull_request', payload: { pull_request: { number: 3 } } }
      }
    )
    expect(r.code).toBe(0)
    // The presigned URLs handed out for this run's files (other tests run at once).
    const job = stack.emulator.jobs.get(
      `${r.caller.accountId}/sales--expire-1/${r.outputs['snapshot-job-id']}`
    )
    const ids = job?.files.map((f) => `/default-bucket/${f.fileId}/`) ?? []
    const issued = stack.emulator.files.issued.filter((u) => ids.some((id) => u.includes(id)))
    expect(issued.length).toBeGreaterThanOrEqual(3)
    const secrets = [
      rls,
      token,
      ...issued,
      ...issued.map((u) => new URL(u).searchParams.get('X-Amz-Signature') ?? ''),
      ...issued.map((u) => new URL(u).searchParams.get('X-Amz-Security-Token') ?? '')
    ]
    const everything = [
      visible(r.stdout),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      ...github.comments.map((c) => c.body)
    ].join('\n')
    for (const secret of secrets) expect(everything).not.toContain(secret)
    expect(r.stdout).toContain(`::add-mask::${rls}`)
  })
})
