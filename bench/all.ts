import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { bundleTime, bundleTimeLine } from './bundle-time.js'
import { coldStart, coldStartLine } from './cold-start.js'
import { download, downloadTable } from './download.js'
import { makespan, makespanLine } from './makespan.js'
import { memory, memoryTable } from './memory.js'
import { polling, pollingTable } from './polling.js'

/** `npm run bench`: the seven figures, each against its baseline from this same invocation. */
console.log(
  `# quicksight-export benchmarks, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`
)
console.log(`1. cold start to the first input error: ${coldStartLine(await coldStart())}\n`)
console.log(
  `2. polling economy (poll-interval-seconds 15, medians of 7 jittered runs):\n${pollingTable(await polling())}\n`
)
console.log(
  `3. download from s3rver (medians of ${Number(process.env.BENCH_RUNS) || 5} alternating runs):\n${downloadTable(await download(Number(process.env.BENCH_RUNS) || 5))}\n`
)
for (const jobMs of [10_000, 30_000, 120_000])
  console.log(`4. ${makespanLine(await makespan(jobMs))} (T = ${jobMs / 1000} s)`)
// 36 PDFs need 36 jobs: three rounds through the account's 12 slots.
for (const jobMs of [10_000, 30_000])
  console.log(`4. ${makespanLine(await makespan(jobMs, 'pdfs'))} (T = ${jobMs / 1000} s)`)
console.log(
  `\n5. peak memory (medians of ${Number(process.env.BENCH_RUNS) || 3} alternating runs, each process's own VmHWM):\n${memoryTable(await memory(Number(process.env.BENCH_RUNS) || 3))}`
)
// Report diffs bundle their own process (ncc, as dist/ is): bench/diff.ts prints its table.
console.log('\n6. report diff of a 200 MB CSV against its baseline (bench/diff.ts):')
spawnSync(process.execPath, [...process.execArgv, 'bench/diff.ts'], { stdio: 'inherit' })
console.log(`\n7. ${bundleTimeLine(await bundleTime())}`)
