import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../../scripts/run-action.js'
import { walk } from './helpers.js'

/**
 * `npm run try` end to end: the command as a user runs it from a folder of their own (the
 * workspace), on a report pack written for their account, against the local emulator stack.
 */
interface Tried {
  code: number | null
  stdout: string
  stderr: string
}

function tryOut(workspace: string, args: string[]): Promise<Tried> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
  }
  // npm sets INIT_CWD to the folder `npm run` was started from; here the folder is the cwd.
  delete env.INIT_CWD
  delete env.NODE_OPTIONS
  const child = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(ROOT, 'scripts', 'try.ts'), ...args],
    { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

const PACK = `# A nightly pack as written for the user's own account: its dashboard has another name there.
defaults:
  timezone: Europe/Berlin
  s3-bucket: acme-nightly-reports
reports:
  - dashboard: Quarterly Sales
    name: Sales
    parameters:
      From: start-of-month-1M
      To: end-of-month-1M
    exports:
      - { format: pdf, sheet: Overview }
      - { format: csv, sheet: Details, visuals: [Orders, Units by product] }
`

describe('npm run try', () => {
  let workspace: string
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-try-'))
    await writeFile(path.join(workspace, 'nightly.yml'), PACK)
    await writeFile(path.join(workspace, 'map.yml'), 'Quarterly Sales: Sales Overview\n')
  })
  afterAll(() => rm(workspace, { recursive: true, force: true }))

  test.concurrent(
    "runs the action on the user's own pack, their dashboard mapped onto the emulator's",
    async () => {
      const r = await tryOut(workspace, [
        '--config-file',
        'nightly.yml',
        '--map-file',
        'map.yml',
        '--input',
        'output-dir=out'
      ])
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
      expect(r.stdout).toContain("Quarterly Sales → a copy of the emulator's Sales Overview")
      const files = (await walk(path.join(workspace, 'out'))).map((f) =>
        path.relative(workspace, f)
      )
      expect(files.sort()).toEqual([
        'out/Sales/csv-details-orders-table.csv',
        'out/Sales/csv-details-units-table.csv',
        'out/Sales/pdf-overview.pdf',
        'out/job-summary.md'
      ])
      // Where the files and the summary are, as paths from the folder the user is in.
      expect(r.stdout).toContain('Files in out:\n  out/Sales/pdf-overview.pdf\n')
      expect(r.stdout).toContain('Job summary: out/job-summary.md')
      const summary = await readFile(path.join(workspace, 'out', 'job-summary.md'), 'utf8')
      // The copy of the emulator's dashboard answered to the pack's name, and the pack's bucket
      // was there to write to.
      expect(r.stdout).toContain('dashboard quarterly-sales')
      expect(summary).toContain('s3://acme-nightly-reports/')
      // The pack's relative dates were resolved in its time zone.
      expect(r.stdout).toMatch(/From = start-of-month-1M → \d{4}-\d\d-01 00:00:00 Europe\/Berlin/)
    }
  )

  test.concurrent(
    'fails as the action does, with its message, on a mistake in the pack',
    async () => {
      await writeFile(
        path.join(workspace, 'typo.yml'),
        'reports:\n  - dashboard: Sales Overview\n    exports: [{ format: pfd, sheet: Overview }]\n'
      )
      const r = await tryOut(workspace, ['--config-file', 'typo.yml', '--upload-artifact', 'false'])
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('typo.yml:3:25')
      expect(r.stdout).toContain('"pfd" is not one of pdf, csv, excel')
      expect(r.stdout).toContain('The action failed (exit 1).')
    }
  )

  test.concurrent.each([
    [['--dashbord-id', 'sales'], "Unknown option '--dashbord-id'"],
    [['--input', 'dashbord-id=sales'], "action.yml has no input 'dashbord-id'"],
    [['--dashboard-id', 'x', '--map', 'Quarterly Sales=no-such'], "no dashboard 'no-such'"],
    [['--map', 'no equals sign'], "--map 'Your dashboard=emulator dashboard'"]
  ])('%j is refused before anything starts', async (args, message) => {
    const r = await tryOut(workspace, args)
    expect({ code: r.code, message: r.stderr.includes(message) }).toEqual({
      code: 2,
      message: true
    })
  })
})
