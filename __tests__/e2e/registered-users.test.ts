import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { CallRecord } from '../../emulator/server.js'
import { startStack, type Caller, type Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, visible, type CallerRun } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1200 })
})
afterAll(() => stack.close())

const SNAPSHOT_CALLS = [
  'StartDashboardSnapshotJob',
  'DescribeDashboardSnapshotJob',
  'DescribeDashboardSnapshotJobResult'
]
const ORDERS_CSV = { format: 'csv', 'sheet-id': 'details', 'visual-ids': 'orders-table' }

/** A run, with what the emulator saw of it: the step's calls and the sessions STS issued to it. */
async function run(
  inputs: Record<string, string>,
  o: { caller?: Caller; workspace?: string } = {}
) {
  const r = await runAs(stack, { 'dashboard-id': 'sales', ...inputs }, o)
  return { ...r, ...seenBy(r) }
}

function seenBy(r: CallerRun) {
  const sessions = [...stack.emulator.identity.sts.sessions.values()].filter(
    (s) => s.callerKey === r.caller.accessKeyId
  )
  const keys = new Set(sessions.map((s) => s.accessKeyId))
  const sessionCalls = stack.emulator.calls.filter((c) => keys.has(c.accessKeyId ?? ''))
  const contexts = stack.emulator.identity.contexts.issued.filter(
    (c) => c.account === r.caller.accountId
  )
  const jobs = [...stack.emulator.jobs.entries()]
    .filter(([key]) => key.startsWith(`${r.caller.accountId}/`))
    .map(([, job]) => job)
  return { sessions, sessionCalls, contexts, jobs }
}

const ops = (calls: CallRecord[]) => calls.map((c) => c.operation)
const csvRows = async (file: string) =>
  parse(await readFile(file), { columns: true }) as Record<string, string>[]

/** Everything secret the flow handled must be masked: never in what the runner shows. */
function expectNothingSecret(r: Awaited<ReturnType<typeof run>>): void {
  const shown = visible(r.stdout) + r.stderr
  expect(r.contexts.length).toBeGreaterThan(0)
  expect(r.sessions.length).toBeGreaterThan(0)
  for (const c of r.contexts) {
    expect(shown).not.toContain(c.context)
    expect(r.stdout).toContain(`::add-mask::${c.context}`)
  }
  for (const s of r.sessions)
    for (const secret of [s.secretAccessKey, s.sessionToken, s.accessKeyId]) {
      expect(shown).not.toContain(secret)
      expect(r.stdout).toContain(`::add-mask::${secret}`)
    }
}

describe('registered users end to end (dist/index.js against the emulator)', () => {
  test.each([
    ['name', 'jane', 'jane', 'EMEA'],
    ['e-mail', 'LI@example.com', 'li', 'AMER']
  ])(
    'a registered user by %s: the snapshot calls with their identity-enhanced session, their rows',
    async (_, user, userName, region) => {
      const r = await run({ ...ORDERS_CSV, 'registered-user': user })
      expect(r.code).toBe(0)
      // The flow, with the step's own credentials: the role from the caller's session, once.
      expect(ops(r.calls)).toEqual(
        expect.arrayContaining(['GetCallerIdentity', 'GetIdentityContext', 'AssumeRole'])
      )
      expect(ops(r.calls).filter((o) => o === 'GetIdentityContext')).toHaveLength(1)
      expect(ops(r.calls).filter((o) => o === 'AssumeRole')).toHaveLength(1)
      expect(r.contexts.map((c) => c.identifiedBy)).toEqual([
        user.includes('@') ? 'Email' : 'UserName'
      ])
      expect(r.sessions.map((s) => s.roleArn)).toEqual([
        `arn:aws:iam::${r.caller.accountId}:role/github-actions`
      ])
      // Start, Describe and DescribeResult signed by the session, as the user; none by the step.
      expect(ops(r.calls).filter((o) => SNAPSHOT_CALLS.includes(o))).toEqual([])
      expect(new Set(ops(r.sessionCalls))).toEqual(new Set(SNAPSHOT_CALLS))
      const userArn = `arn:aws:quicksight:eu-west-1:${r.caller.accountId}:user/default/${userName}`
      for (const c of r.sessionCalls) expect(c.userArn).toBe(userArn)
      expect(r.jobs).toHaveLength(1)
      expect(r.jobs[0]?.request.raw).not.toHaveProperty('UserConfiguration')
      const [csv] = outputFiles(r.outputs)
      const rows = await csvRows(csv ?? '')
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) expect(row.Region).toBe(region)
      expectNothingSecret(r)
    }
  )

  test('a registered user by ARN in another namespace, through a role with a path given in full', async () => {
    const caller = stack.newCaller()
    const arn = `arn:aws:quicksight:eu-west-1:${caller.accountId}:user/partners/ana`
    const role = `arn:aws:iam::${caller.accountId}:role/reports/quicksight-reporter`
    const r = await run(
      { ...ORDERS_CSV, 'registered-user': arn, 'identity-role-arn': role },
      { caller }
    )
    expect(r.code).toBe(0)
    expect(r.contexts.map((c) => [c.identifiedBy, c.userArn])).toEqual([['UserArn', arn]])
    expect(r.sessions.map((s) => s.roleArn)).toEqual([role])
    // The role is given: no GetCallerIdentity needed to find it (aws-account-id is not set, so
    // the account still comes from STS).
    for (const c of r.sessionCalls) expect(c.userArn).toBe(arn)
    const rows = await csvRows(outputFiles(r.outputs)[0] ?? '')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect([row.Region, row.Product]).toEqual(['EMEA', 'Gizmo'])
    expectNothingSecret(r)
  })

  test('a pack: one identity flow per user, however many jobs and reports they have', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-ws-'))
    await mkdir(path.join(workspace, '.github'))
    await writeFile(
      path.join(workspace, '.github', 'reports.yml'),
      `reports:
  - name: jane-a
    dashboard: sales
    registered-user: jane
    exports:
      - { format: pdf, sheet: overview }
      - { format: pdf, sheet: details }
  - name: jane-b
    dashboard: sales
    registered-user: jane@example.com
    exports: [{ format: csv, sheet: details, visual: orders-table }]
  - name: raj
    dashboard: sales
    registered-user: raj
    exports: [{ format: csv, sheet: details, visual: orders-table }]
  - name: anonymous
    dashboard: sales
    rls-tags: { region: APAC }
    exports: [{ format: csv, sheet: details, visual: orders-table }]
`
    )
    const r = await run(
      { 'dashboard-id': '', 'config-file': '.github/reports.yml', 'upload-artifact': 'false' },
      { workspace }
    )
    expect(r.code).toBe(0)
    // jane by name and jane by e-mail are two identities (the action cannot know they are one).
    expect(r.contexts.map((c) => c.user.userName).sort()).toEqual(['jane', 'jane', 'raj'])
    expect(ops(r.calls).filter((o) => o === 'AssumeRole')).toHaveLength(3)
    expect(r.jobs).toHaveLength(5)
    expect(r.jobs.filter((j) => j.request.raw.UserConfiguration === undefined)).toHaveLength(4)
    // The anonymous report's jobs keep the step's credentials.
    expect(ops(r.calls).filter((o) => o === 'StartDashboardSnapshotJob')).toHaveLength(1)
    expect(ops(r.sessionCalls).filter((o) => o === 'StartDashboardSnapshotJob')).toHaveLength(4)
    const regionOf = async (report: string) => {
      const file = outputFiles(r.outputs).find(
        (f) => f.includes(`/${report}/`) && f.endsWith('.csv')
      )
      return [...new Set((await csvRows(file ?? '')).map((row) => row.Region))]
    }
    expect(await regionOf('jane-b')).toEqual(['EMEA'])
    expect(await regionOf('raj')).toEqual(['APAC'])
    expect(await regionOf('anonymous')).toEqual(['APAC'])
    expectNothingSecret(r)
  })

  test('registered-user: true with identity-enhanced step credentials makes no extra calls', async () => {
    const caller = await stack.newIdentityCaller({ UserName: 'jane' })
    const r = await runAs(
      stack,
      { 'dashboard-id': 'sales', ...ORDERS_CSV, 'registered-user': 'true' },
      { caller }
    )
    expect(r.code).toBe(0)
    // The stack's own flow made one GetIdentityContext and AssumeRole before the step.
    expect(ops(r.calls)).not.toContain('AssumeRole')
    expect(ops(r.calls)).not.toContain('GetIdentityContext')
    expect(r.calls.filter((c) => c.operation === 'StartDashboardSnapshotJob')).toEqual([
      expect.objectContaining({ userArn: caller.userArn })
    ])
    for (const row of await csvRows(outputFiles(r.outputs)[0] ?? ''))
      expect(row.Region).toBe('EMEA')
  })

  test('registered-user: true with plain credentials: an error that says what QuickSight needs', async () => {
    const r = await run({ 'sheet-id': 'overview', 'registered-user': 'true' })
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain('InvalidParameterValueException')
    expect(error).toMatch(/identity-enhanced credentials/)
    expect(error).toMatch(/Give registered-user the user's name, e-mail or ARN/)
    expect(ops(r.calls)).not.toContain('AssumeRole')
  })

  test("a role whose trust policy lacks sts:SetContext: refused, with the trust policy's two actions named", async () => {
    const caller = stack.newCaller()
    const role = `arn:aws:iam::${caller.accountId}:role/quicksight-no-context`
    const r = await run(
      { 'sheet-id': 'overview', 'registered-user': 'jane', 'identity-role-arn': role },
      { caller }
    )
    expect(r.code).toBe(1)
    expect(r.calls.find((c) => c.operation === 'AssumeRole')).toMatchObject({
      status: 403,
      errorType: 'AccessDenied'
    })
    const error = errorLine(r.stdout)
    expect(error).toContain(`STS refused AssumeRole of ${role}`)
    expect(error).toMatch(/trust policy must allow .* both sts:AssumeRole and sts:SetContext/)
    expect(r.sessionCalls).toEqual([])
    expect(r.jobs).toEqual([])
  })

  test("the step's own role has a path: its session ARN drops it, and the error says to set identity-role-arn", async () => {
    const caller = stack.newCaller([], { role: 'reports/quicksight-reporter' })
    const r = await run({ 'sheet-id': 'overview', 'registered-user': 'jane' }, { caller })
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain(`arn:aws:iam::${caller.accountId}:role/quicksight-reporter`)
    expect(error).toMatch(/drops the role's path.*set identity-role-arn to its full ARN/)
  })

  test('an unknown user: an error naming the user and the namespace', async () => {
    const r = await run({
      'sheet-id': 'overview',
      'registered-user': 'nobody',
      'user-namespace': 'partners'
    })
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(/no user nobody in namespace partners of account \d{12}/)
    expect(r.jobs).toEqual([])
  })

  test('GetIdentityContext denied: the error names quicksight:GetIdentityContext', async () => {
    const caller = stack.newCaller(['quicksight:GetIdentityContext'])
    const r = await run({ 'sheet-id': 'overview', 'registered-user': 'jane' }, { caller })
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /refused GetIdentityContext for user jane \(namespace default\).*need quicksight:GetIdentityContext/
    )
  })

  test.each([
    [
      'a namespace that is not one',
      { 'registered-user': 'jane', 'user-namespace': 'a/b' },
      'user-namespace'
    ],
    [
      'a role ARN that is a user',
      { 'registered-user': 'jane', 'identity-role-arn': 'arn:aws:iam::123456789012:user/ci' },
      'identity-role-arn'
    ],
    [
      'rls-tags with a user',
      { 'registered-user': 'jane@example.com', 'rls-tags': 'region: EMEA' },
      'rls-tags'
    ],
    ['a namespace without a user', { 'user-namespace': 'partners' }, 'user-namespace'],
    [
      'a user ARN of another kind',
      { 'registered-user': 'arn:aws:iam::123456789012:user/jane' },
      'registered-user'
    ]
  ])('%s: an input error before any AWS call', async (_, inputs, input) => {
    const r = await run({ 'sheet-id': 'overview', ...inputs })
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toContain(`Invalid input '${input}'`)
    expect(errorLine(r.stdout)).toContain('For example:')
    expect(r.calls).toEqual([])
  })
})

describe('a step longer than the identity-enhanced session', () => {
  // Every emulated duration × 0.002: sessions (and identity contexts) last 7.2 s, a job 10 s.
  let slow: Stack
  beforeAll(async () => {
    slow = await startStack({ timeScale: 0.002, jobDurationMs: 5_000_000 })
  })
  afterAll(() => slow.close())

  jestTest(
    'renews the session before it expires: every call succeeds, the job completes',
    async () => {
      const r = await runAs(slow, {
        'dashboard-id': 'sales',
        ...ORDERS_CSV,
        'registered-user': 'jane',
        's3-bucket': 'reports'
      })
      expect(r.code).toBe(0)
      const sessions = [...slow.emulator.identity.sts.sessions.values()].filter(
        (s) => s.callerKey === r.caller.accessKeyId
      )
      expect(sessions.length).toBeGreaterThanOrEqual(2)
      const keys = new Set(sessions.map((s) => s.accessKeyId))
      const userCalls = slow.emulator.calls.filter((c) => keys.has(c.accessKeyId ?? ''))
      expect(userCalls.filter((c) => c.status >= 400)).toEqual([])
      // Calls were signed by more than one session: the later ones by a renewed one.
      expect(new Set(userCalls.map((c) => c.accessKeyId)).size).toBeGreaterThanOrEqual(2)
      expect(r.outputs['job-status']).toBe('COMPLETED')
    }
  )
})
