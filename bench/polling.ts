import { pollUntilTerminal } from '../src/jobs/poll.js'
import { SNAPSHOT_POLLING } from '../src/kinds/snapshot/snapshot-kind.js'
import { fmt, isMain, median } from './stats.js'

/**
 * Figure 2: Describe calls and detection latency (job completion → the check that sees it) for
 * jobs of 5 s, 10 s, 30 s, 2 min and 10 min. The action's own poller (the same function and
 * settings as dist/index.js, default poll-interval-seconds 15) runs on a virtual clock, so
 * 10-minute jobs take no real time; the baselines are fixed 5-second and 30-second pollers on the
 * same jobs. Each figure is the median over 7 jobs whose lengths spread over 10 % of T, plus 0.37 s (so that
 * they end at every phase of the check intervals).
 */
export interface PollingRow {
  jobSeconds: number
  action: { calls: number; latency: number }
  fixed5: { calls: number; latency: number }
  fixed30: { calls: number; latency: number }
}

type Poller = 'action' | { everyMs: number }

async function simulate(
  jobMs: number,
  poller: Poller
): Promise<{ calls: number; latency: number }> {
  let now = 0
  let calls = 0
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) }
  if (poller === 'action') {
    await pollUntilTerminal({
      jobId: 'bench',
      describe: async () => (calls++, now >= jobMs ? 'COMPLETED' : 'RUNNING'),
      status: (s) => s,
      terminal: ['COMPLETED'],
      deadline: jobMs * 10,
      startedAt: 0,
      clock,
      checks: { ...SNAPSHOT_POLLING, capMs: 15_000 },
      log: () => undefined
    })
  } else {
    for (;;) {
      now += poller.everyMs
      calls++
      if (now >= jobMs) break
    }
  }
  return { calls, latency: (now - jobMs) / 1000 }
}

export async function polling(): Promise<PollingRow[]> {
  const rows: PollingRow[] = []
  for (const seconds of [5, 10, 30, 120, 600]) {
    const jobMs = seconds * 1000
    const runs = async (poller: Poller) => {
      const results = await Promise.all(
        [0, 1, 2, 3, 4, 5, 6].map((k) => simulate(Math.round(jobMs * (1 + k / 70)) + 373, poller))
      )
      return {
        calls: median(results.map((r) => r.calls)),
        latency: median(results.map((r) => r.latency))
      }
    }
    rows.push({
      jobSeconds: seconds,
      action: await runs('action'),
      fixed5: await runs({ everyMs: 5_000 }),
      fixed30: await runs({ everyMs: 30_000 })
    })
  }
  return rows
}

export function pollingTable(rows: PollingRow[]): string {
  const lines = [
    '| job | action: calls / latency | fixed 5 s: calls / latency | fixed 30 s: calls / latency | calls vs 5 s | latency vs 30 s | latency / T |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.jobSeconds} s | ${r.action.calls} / ${fmt(r.action.latency)} s | ${r.fixed5.calls} / ${fmt(r.fixed5.latency)} s | ${r.fixed30.calls} / ${fmt(r.fixed30.latency)} s | ${fmt(r.action.calls / r.fixed5.calls, 2)}x | ${fmt(r.action.latency / Math.max(r.fixed30.latency, 0.001), 2)}x | ${fmt((100 * r.action.latency) / r.jobSeconds)} % |`
    )
  }
  return lines.join('\n')
}

if (isMain(import.meta.url)) console.log(pollingTable(await polling()))
