import { startStack } from '../emulator/stack.js'
import { runAction } from '../scripts/run-action.js'
import { fmt } from './stats.js'

/**
 * Figure 4: 36 exports of one dashboard with emulated job time T and QuickSight's 12-running-job
 * limit: the makespan (first start to last result, and the whole step) against the ideal
 * ceil(jobs / 12) · T. `mixed`: 12 PDFs + 24 CSVs, which the action packs into 12 jobs (one
 * round); `pdfs`: 36 PDFs, one job each (three rounds through the 12 slots).
 */
export async function makespan(
  jobMs = 10_000,
  mix: 'mixed' | 'pdfs' = 'mixed'
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
    const exports = [
      ...Array.from({ length: pdfs }, (_, i) => `- {format: pdf, sheet: ${sheets[i % 3]}}`),
      ...Array.from(
        { length: 36 - pdfs },
        (_, i) => `- {format: csv, sheet: details, visual: ${visuals[i % 6]}}`
      )
    ].join('\n')
    const r = await runAction(
      { 'dashboard-id': 'sales', exports, 's3-bucket': stack.bucket },
      { env: stack.env }
    )
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

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(
    makespanLine(
      await makespan(
        Number(process.env.BENCH_JOB_MS) || 10_000,
        process.env.BENCH_MIX === 'pdfs' ? 'pdfs' : 'mixed'
      )
    )
  )
