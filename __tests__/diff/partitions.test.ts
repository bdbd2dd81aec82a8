import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { readdir } from 'node:fs/promises'
import { tempDir, textFile } from './fixtures.js'

// Tiny limits, so that a few hundred rows exercise every path large files take: many partitions,
// a second split by a fresh hash, a split by key and occurrence, and the counts-only fallback.
const limits = {
  TARGET_PARTITION_BYTES: 200,
  MAX_PARTITIONS: 8,
  MAX_PARTITION_BYTES: 1000,
  MAX_OCCURRENCE_KEYS: 50,
  WRITE_BUFFER_BYTES: 64,
  MAX_RENAME_PAIRS: 64,
  partitionCount: (bytes: number) => Math.min(8, Math.max(1, Math.ceil(bytes / 200)))
}
jest.unstable_mockModule('../../src/diff/table/limits.js', () => limits)
const { compareFiles } = await import('../../src/diff/compare-files.js')

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await tempDir()))
afterAll(() => remove())

const csv = (rows: [string | number, string | number][]): string =>
  `Id,Value\n${rows.map(([k, v]) => `${k},${v}`).join('\n')}\n`
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i)

async function diff(before: string, after: string) {
  const work = await tempDir()
  try {
    const a = await textFile(dir, `a-${before.length}-${after.length}.csv`, before)
    const b = await textFile(dir, `b-${before.length}-${after.length}.csv`, after)
    const result = await compareFiles('t.csv', 'csv', a, b, {
      keyColumns: ['Id'],
      tempDir: work.dir
    })
    expect(await readdir(work.dir)).toEqual([])
    return result.tables?.[0]
  } finally {
    await work.remove()
  }
}

describe('keyed matching past the memory limits', () => {
  test('unique keys over many partitions, split again when too large', async () => {
    // 2000 rows: 8 partitions of ~2.5 kB each, over MAX_PARTITION_BYTES, so split again.
    const before = range(2000).map((i): [number, number] => [i, i])
    const after = [
      ...range(2000)
        .filter((i) => i % 100 !== 7)
        .map((i): [number, number] => [i, i % 100 === 3 ? -i : i]),
      [5000, 1] as [number, number]
    ]
    const table = await diff(csv(before), csv(after))
    expect(table).toMatchObject({ added: 1, removed: 20, changed: 20, duplicateKeys: 0 })
    expect(table?.countsOnly).toBeUndefined()
    expect(table?.sample.map((r) => r.key).slice(0, 3)).toEqual(['3', '103', '203'])
  })

  test('a key repeated very often is split by occurrence and still matched in order', async () => {
    // 200 rows of key "k" (4 kB, one partition whatever the hash) and 40 other keys.
    const before = [
      ...range(200).map((i): [string, number] => ['k', i]),
      ...range(40).map((i): [string, number] => [`x${i}`, i])
    ]
    const after = [
      ...range(201).map((i): [string, number] => ['k', i === 100 ? -1 : i]),
      ...range(40).map((i): [string, number] => [`x${i}`, i])
    ]
    const table = await diff(csv(before), csv(after))
    expect(table).toMatchObject({ added: 1, removed: 0, changed: 1, duplicateKeys: 1 })
    expect(table?.sample).toEqual([
      { key: 'k', cells: [{ column: 'Value', before: '100', after: '-1' }] }
    ])
    expect(table?.countsOnly).toBeUndefined()
  })

  test('too many distinct keys to count in an oversized partition: counts only, with a note', async () => {
    // Key "k" makes its partition too large even when split by key; splitting it by occurrence
    // means counting its distinct keys, and the ~190 "d" keys beside it pass the limit of 50.
    const before = [
      ...range(1500).map((i): [string, number] => ['k', i]),
      ...range(1500).map((i): [string, number] => [`d${i}`, i])
    ]
    const after = [
      ...range(1400).map((i): [string, number] => ['k', i]),
      ...range(1500).map((i): [string, number] => [`d${i}`, i])
    ]
    const table = await diff(csv(before), csv(after))
    expect(table?.countsOnly).toBe(true)
    expect(table?.note).toMatch(
      /rows share keys too often to match in memory: compared by count only/
    )
    expect(table).toMatchObject({ added: 0, removed: 100, changed: 0 })
  })
})

describe('PartitionWriter', () => {
  test('keeps each partition in order, lines longer than its buffer included', async () => {
    const { PartitionWriter } = await import('../../src/diff/table/write-partitions.js')
    const { readLines } = await import('../../src/diff/table/read-lines.js')
    const long = 'á'.repeat(40_000) // 80 kB in UTF-8, past the 16 kB buffer
    const lines = ['one', long, 'two', ...range(2000).map((i) => `row ${i}`), long]
    const writer = new PartitionWriter(2, (i) => `${dir}/writer-${i}`)
    for (const [n, line] of lines.entries()) await writer.add(n % 2, line)
    const parts = await writer.close()
    for (const [i, part] of parts.entries()) {
      const read: string[] = []
      for await (const batch of readLines(part.path)) read.push(...batch)
      expect(read).toEqual(lines.filter((_, n) => n % 2 === i))
      expect(part.bytes).toBe(Buffer.byteLength(read.map((l) => `${l}\n`).join('')))
    }
  })
})
