import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startStack } from '../emulator/stack.js'
import { runAction } from '../scripts/run-action.js'
import { fmt, isMain } from './stats.js'

const outputFiles = (outputs: Record<string, string>): string[] =>
  JSON.parse(outputs.files ?? '[]') as string[]

/** A report pack over 4 dashboards named as people see them (33 files in 8 jobs). */
const PACK = `reports:
  - dashboard: Sales Overview
    exports:
      - { format: pdf, sheet: all }
      - { format: csv, sheet: Details, visuals: all }
      - { format: excel, sheet: Details, visuals: all, name: details }
  - dashboard: Finance Monthly Report
    exports:
      - { format: pdf, sheet: all }
      - { format: csv, sheet: Ledger, visuals: all }
      - { format: excel, sheet: Ledger, visuals: all, name: ledger }
  - dashboard: Operations Weekly
    exports:
      - { format: pdf, sheet: Overview }
      - { format: csv, sheet: Overview, visuals: all }
  - dashboard: Executive KPIs (EMEA)
    exports:
      - { format: pdf, sheet: all }
      - { format: csv, sheet: all, visuals: all }
      - { format: excel, sheet: Detail, visuals: all, name: detail }
      - { format: csv, sheet: Detail, visuals: all, name: again }
`

export type Mix = 'mixed' | 'pdfs' | 'pack' | 'recipients'

/**
 * Figure 4: 36 exports with emulated job time T and 12 slots (max-concurrent-jobs 12, QuickSight's
 * limit): the makespan (first start to last result, and the whole step) against the ideal
 * ceil(jobs / 12) · T. `mixed`: 12 PDFs + 24 CSVs of one dashboard, which the action packs into 12
 * jobs (one round); `pdfs`: 36 PDFs, one job each (three rounds through the 12 slots); `pack`: a
 * config file of 4 dashboards by name (36 files); `recipients`: 12 PDFs for each of 3 RLS recipients
 * (36 jobs, each recipient's own). Real time throughout: the emulator's time scale
 * shortens its jobs, not the action's clock, so a scaled 2-minute job would be polled as a short
 * one. `BENCH_LOG=file` keeps the action's log (its checks, when each job was seen done).
 */
export async function makespan(
  jobMs = 10_000,
  mix: Mix = 'mixed'
): Promise<{
  jobs: number
  ideal: number
  api: number
  step: number
  failed: number
  throttledShown: boolean
}> {
  const stack = await startStack({ jobDurationMs: jobMs })
  try {
    const sheets = ['overview', 'details', 'regions']
    const visuals = [
      'orders-table',
      'units-table',
      'top-products',
      'monthly-table',
      'region-product-pivot',
      'notes-table'
    ]
    const pdfs = mix === 'pdfs' ? 36 : 12
    const perRecipient = mix === 'recipients'
    const exports = [
      ...Array.from({ length: pdfs }, (_, i) => `- {format: pdf, sheet: ${sheets[i % 3]}}`),
      ...Array.from(
        { length: perRecipient ? 0 : 36 - pdfs },
        (_, i) => `- {format: csv, sheet: details, visual: ${visuals[i % 6]}}`
      )
    ].join('\n')
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-bench-'))
    await writeFile(path.join(workspace, 'pack.yml'), PACK)
    const inputs: Record<string, string> =
      mix === 'pack'
        ? { 'config-file': 'pack.yml' }
        : perRecipient
          ? {
              'dashboard-id': 'sales',
              exports,
              recipients: ['EMEA', 'APAC', 'AMER']
                .map((r) => `- {name: ${r.toLowerCase()}, rls-tags: {Region: ${r}}}`)
                .join('\n'),
              'file-name': '{recipient}/{index}-{name}.{ext}'
            }
          : { 'dashboard-id': 'sales', exports, 'file-name': '{index}-{name}.{ext}' }
    const r = await runAction(
      {
        ...inputs,
        's3-bucket': stack.bucket,
        'max-concurrent-jobs': '12',
        'upload-artifact': 'false'
      },
      { env: stack.env, workspace }
    )
    if (process.env.BENCH_LOG) await writeFile(process.env.BENCH_LOG, r.stdout)
    // The pack's `visuals: all` and `sheet: all` make what the emulator's dashboards hold (33 files).
    const files = outputFiles(r.outputs).length
    if (r.code !== 0 || (mix !== 'pack' && files !== 36))
      throw new Error(`expected 36 files, got ${files}: ${r.stdout}`)
    const jobs = JSON.parse(r.outputs.jobs ?? '[]') as { status: string }[]
    const calls = stack.emulator.calls
    const firstStart = Math.min(
      ...calls.filter((c) => c.operation === 'StartDashboardSnapshotJob').map((c) => c.time)
    )
    const lastResult = Math.max(
      ...calls
        .filter((c) => c.operation === 'DescribeDashboardSnapshotJobResult')
        .map((c) => c.time)
    )
    return {
      jobs: jobs.length,
      ideal: Math.ceil(jobs.length / 12) * jobMs,
      api: lastResult - firstStart,
      step: r.ms,
      failed: jobs.filter((j) => j.status !== 'COMPLETED').length + (r.code === 0 ? 0 : 1),
      throttledShown: /Throttling/.test(r.stdout.replace(/^::add-mask::.*$/gm, ''))
    }
  } finally {
    await stack.close()
  }
}

export function makespanLine(m: Awaited<ReturnType<typeof makespan>>): string {
  return `batch: ${m.jobs} jobs, ideal ${fmt(m.ideal / 1000)} s, first start → last result ${fmt(m.api / 1000)} s (${fmt(m.api / m.ideal, 2)}x), whole step ${fmt(m.step / 1000)} s (${fmt(m.step / m.ideal, 2)}x); failed jobs ${m.failed}; ThrottlingException shown to the user: ${m.throttledShown ? 'yes' : 'no'}`
}

if (isMain(import.meta.url))
  console.log(
    makespanLine(
      await makespan(
        Number(process.env.BENCH_JOB_MS) || 10_000,
        (process.env.BENCH_MIX as Mix | undefined) ?? 'mixed'
      )
    )
  )
