import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import type { Caller } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, visible, walk } from './helpers.js'

/** The tests of this file run at once, each as its own caller (account, call rate, job slots). */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1000 })
})
afterAll(() => stack.close())

interface RecipientFiles {
  report: string
  name: string
  registeredUser?: string
  files: string[]
  failed: { format: string; sheets?: string[]; error: string }[]
}
const recipients = (outputs: Record<string, string>): RecipientFiles[] =>
  JSON.parse(outputs.recipients ?? '[]') as RecipientFiles[]
const regions = async (file: string): Promise<string[]> => [
  ...new Set(
    (parse(await readFile(file), { columns: true }) as Record<string, string>[]).map(
      (r) => r.Region ?? ''
    )
  )
]

/** Runs the action on a config file written into a fresh workspace. */
async function runPack(config: string, o: { caller?: Caller } = {}) {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-recipients-'))
  await mkdir(path.join(workspace, '.github'))
  await writeFile(path.join(workspace, '.github', 'reports.yml'), config)
  return runAs(
    stack,
    { 'config-file': '.github/reports.yml', 'upload-artifact': 'false' },
    { workspace, caller: o.caller }
  )
}

describe('recipients end to end', () => {
  test('three RLS recipients of a pack report: each gets every export with only their rows, in their own folder', async () => {
    const r = await runPack(`reports:
  - dashboard: Sales Overview
    name: Regional sales
    exports:
      - { format: pdf, sheet: Overview }
      - { format: csv, sheet: Details, visual: Orders, name: orders }
      - { format: excel, sheet: Details, visuals: [Orders, Units by product], name: book }
    recipients:
      - name: emea
        rls-tags: { region: EMEA }
      - name: apac
        rls-tags: { region: APAC }
      - name: amer
        rls-tags: { region: AMER }
  - dashboard: Operations Weekly
    exports: [{ format: pdf, sheet: Overview }]
`)
    expect(r.code).toBe(0)
    const out = path.join(r.workspace, 'quicksight-export')
    const files = (await walk(out)).map((f) => path.relative(out, f)).sort()
    const expected = ['amer', 'apac', 'emea'].flatMap((who) =>
      ['book.xlsx', 'orders.csv', 'pdf-overview.pdf'].map((f) =>
        path.join('Regional_sales', who, f)
      )
    )
    expect(files).toEqual(
      expect.arrayContaining([...expected, path.join('Operations_Weekly', 'pdf-ops-overview.pdf')])
    )
    expect(files).toHaveLength(expected.length + 1)
    for (const who of ['emea', 'apac', 'amer'])
      expect(await regions(path.join(out, 'Regional_sales', who, 'orders.csv'))).toEqual([
        who.toUpperCase()
      ])
    // The `recipients` output: who gets which files (the report without recipients is not listed).
    const listed = recipients(r.outputs)
    expect(listed.map((x) => [x.report, x.name, x.files.length, x.failed])).toEqual([
      ['Regional sales', 'emea', 3, []],
      ['Regional sales', 'apac', 3, []],
      ['Regional sales', 'amer', 3, []]
    ])
    expect(listed[1]?.files.every((f) => f.includes(`${path.sep}apac${path.sep}`))).toBe(true)
    // Each recipient's jobs were started with that recipient's tags, the tag keys only described.
    const starts = r.calls.filter((c) => c.operation === 'StartDashboardSnapshotJob')
    expect(starts).toHaveLength(4)
    const jobs = JSON.parse(r.outputs.jobs ?? '[]') as { id: string; recipient?: string }[]
    expect(jobs.map((j) => j.recipient)).toEqual(['emea', 'apac', 'amer', undefined])
    expect(jobs[0]?.id).toMatch(/-r1-emea$/)
    // The summary groups the files by recipient; tag values are masked.
    const summary = r.summary
    for (const who of ['emea', 'apac', 'amer'])
      expect(summary).toContain(`##### ✅ Recipient \`${who}\``)
    expect(summary.indexOf('Recipient `emea`')).toBeLessThan(summary.indexOf('emea/orders.csv'))
    expect(summary.indexOf('emea/orders.csv')).toBeLessThan(summary.indexOf('Recipient `apac`'))
    expect(r.stdout).toMatch(/^::add-mask::EMEA$/m)
    expect(visible(r.stdout)).not.toContain('EMEA')
    expect(visible(r.stdout)).toContain('for 3 recipient(s)')
  })

  test('a recipient whose export fails does not stop the others; the step fails naming it', async () => {
    // Without the definition, a recipient's Year: 1.5 goes as a decimal: QuickSight refuses it.
    const caller = stack.newCaller(['quicksight:DescribeDashboardDefinition'])
    const r = await runAs(
      stack,
      {
        'dashboard-id': 'sales',
        'sheet-id': 'details',
        format: 'csv',
        'visual-ids': 'orders-table',
        recipients: `- name: emea
  rls-tags: { region: EMEA }
- name: broken
  rls-tags: { region: APAC }
  parameters: { Year: 1.5 }
- name: amer
  rls-tags: { region: AMER }`
      },
      { caller }
    )
    expect(r.code).not.toBe(0)
    const listed = recipients(r.outputs)
    expect(listed.map((x) => [x.name, x.files.length, x.failed.length])).toEqual([
      ['emea', 1, 0],
      ['broken', 0, 1],
      ['amer', 1, 0]
    ])
    expect(listed[1]?.failed[0]).toMatchObject({ format: 'csv' })
    expect(listed[1]?.failed[0]?.error).toContain('InvalidParameterValueException')
    expect(
      outputFiles(r.outputs)
        .map((f) => path.relative(r.workspace, f))
        .sort()
    ).toEqual([
      path.join('quicksight-export', 'sales', 'amer', 'csv-details-orders-table.csv'),
      path.join('quicksight-export', 'sales', 'emea', 'csv-details-orders-table.csv')
    ])
    const error = errorLine(r.stdout)
    expect(error).toContain('recipient broken')
    expect(error).not.toContain('recipient emea')
    expect(r.summary).toContain('##### ❌ Recipient `broken`')
    expect(r.summary).toContain('##### ✅ Recipient `amer`')
  })

  test('two registered recipients: one identity flow each, however many jobs they have; their own rows', async () => {
    const r = await runPack(`reports:
  - dashboard: sales
    name: Sales
    exports:
      - { format: pdf, sheet: overview }
      - { format: pdf, sheet: details }
      - { format: csv, sheet: details, visual: orders-table, name: orders }
    recipients:
      - { name: jane, registered-user: jane@example.com }
      - { name: li, registered-user: li }
      - { name: apac, rls-tags: { region: APAC } }
`)
    expect(r.code).toBe(0)
    const out = path.join(r.workspace, 'quicksight-export', 'Sales')
    expect(await regions(path.join(out, 'jane', 'orders.csv'))).toEqual(['EMEA'])
    expect(await regions(path.join(out, 'li', 'orders.csv'))).toEqual(['AMER'])
    expect(await regions(path.join(out, 'apac', 'orders.csv'))).toEqual(['APAC'])
    // Two PDFs: two jobs per recipient; one GetIdentityContext and one AssumeRole per user.
    const contexts = stack.emulator.identity.contexts.issued.filter(
      (c) => c.account === r.caller.accountId
    )
    expect(contexts.map((c) => c.user.userName).sort()).toEqual(['jane', 'li'])
    expect(r.calls.filter((c) => c.operation === 'AssumeRole')).toHaveLength(2)
    const jobs = [...stack.emulator.jobs.entries()]
      .filter(([key]) => key.startsWith(`${r.caller.accountId}/`))
      .map(([, job]) => job)
    expect(jobs).toHaveLength(6)
    // The registered users' jobs without a user configuration, the anonymous one's with its tags.
    expect(jobs.filter((j) => j.request.raw.UserConfiguration === undefined)).toHaveLength(4)
    const byUser = stack.emulator.calls.filter(
      (c) => c.operation === 'StartDashboardSnapshotJob' && c.userArn
    )
    const arn = (u: string) =>
      `arn:aws:quicksight:eu-west-1:${r.caller.accountId}:user/default/${u}`
    expect(byUser.filter((c) => c.userArn === arn('jane'))).toHaveLength(2)
    expect(byUser.filter((c) => c.userArn === arn('li'))).toHaveLength(2)
    expect(recipients(r.outputs).map((x) => [x.name, x.registeredUser, x.files.length])).toEqual([
      ['jane', 'jane@example.com', 3],
      ['li', 'li', 3],
      ['apac', undefined, 3]
    ])
    expect(r.summary).toContain('##### ✅ Recipient `jane` · registered user `jane@example.com`')
  })

  test('the recipients input: a registered recipient takes identity-role-arn from the inputs', async () => {
    const caller = stack.newCaller()
    const role = `arn:aws:iam::${caller.accountId}:role/reports/quicksight-reporter`
    const r = await runAs(
      stack,
      {
        'dashboard-id': 'sales',
        'sheet-id': 'details',
        format: 'csv',
        'visual-ids': 'orders-table',
        'identity-role-arn': role,
        recipients: `- { name: jane, registered-user: jane@example.com }
- { name: apac, rls-tags: { region: APAC } }`
      },
      { caller }
    )
    expect(r.code).toBe(0)
    const sessions = [...stack.emulator.identity.sts.sessions.values()].filter(
      (s) => s.identity && s.roleArn.startsWith(`arn:aws:iam::${caller.accountId}:`)
    )
    expect(sessions.map((s) => s.roleArn)).toEqual([role])
    const byRecipient = Object.fromEntries(recipients(r.outputs).map((x) => [x.name, x.files]))
    expect(await regions(byRecipient.jane?.[0] ?? '')).toEqual(['EMEA'])
    expect(await regions(byRecipient.apac?.[0] ?? '')).toEqual(['APAC'])
  })

  test('recipient names that collide are a config error at their line, before any AWS call', async () => {
    const r = await runPack(`reports:
  - dashboard: Sales Overview
    exports: [{ format: pdf, sheet: Overview }]
    recipients:
      - name: emea
        rls-tags: { region: EMEA }
      - name: EMEA
        rls-tags: { region: APAC }
      - name: ../apac
`)
    expect(r.code).not.toBe(0)
    expect(r.calls).toEqual([])
    const out = visible(r.stdout)
    expect(out).toMatch(
      /reports\.yml:7:15: reports\[0\]\.recipients\[1\]\.name: name EMEA is taken by recipient 1/
    )
    expect(out).toMatch(
      /reports\.yml:9:15: reports\[0\]\.recipients\[2\]\.name: name "\.\.\/apac" must be 1-64 letters/
    )
    expect(out).toMatch(/^::error title=config-file,file=\.github\/reports\.yml,line=7,col=15::/m)
  })
})
