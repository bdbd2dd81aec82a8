import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { csvRecords } from '../../src/publish/csv-records.js'

let dir: string
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'qse-csv-records-'))))
afterAll(() => rm(dir, { recursive: true, force: true }))

let n = 0
async function records(text: string | Buffer, keep = 0) {
  const p = path.join(dir, `file-${n++}.csv`)
  await writeFile(p, text)
  return csvRecords(p, keep)
}

/** RFC 4180 quoting, and a lone empty field quoted so that its record is not an empty file. */
const line = (record: string[]): string =>
  record.length === 1 && record[0] === ''
    ? '""'
    : record
        .map((t) => (/[",\r\n]/.test(t) || t.startsWith(' ') ? `"${t.replace(/"/g, '""')}"` : t))
        .join(',')

describe('csvRecords counts the records of a CSV', () => {
  test.each([
    ['', 0],
    ['\n', 1],
    ['a', 1],
    ['a\n', 1],
    ['a\n\n', 2],
    ['a,b\n\nc,d\n', 3],
    ['a,b\r\n\r\nc,d\r\n', 3],
    ['a,"x""y\nz",b\nc', 2],
    ['"a"b,c\nd', 2],
    ['a"b,c\nd\n', 2],
    ['a,b\r\nc\nd\r\n', 2],
    ['a\rb\rc', 3],
    [' "a",b\nc', 2],
    ['\ufeffa,b\nc', 2],
    ['"a\r\nb"\r\nc', 2],
    ['a,b\n  \nc', 3]
  ])('%j: %i records', async (text, count) => {
    expect((await records(text)).count).toBe(count)
  })

  test('any RFC 4180 file with LF, CRLF or CR lines: the records written, the first ones kept', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '\r\n') })
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.nat(10),
        async (written, eol, trailing, bom, keep) => {
          const body = written.map(line).join(eol)
          const text = `${bom ? '\ufeff' : ''}${body}${trailing && written.length > 0 ? eol : ''}`
          expect(await records(text, keep)).toEqual({
            count: written.length,
            first: written.slice(0, keep)
          })
        }
      ),
      { numRuns: 300 }
    )
  })

  test('a file larger than a stream chunk is counted to its end, keeping only the first records', async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `${i},"note ${i}\nsecond line, with comma"`
    )
    const result = await records(`id,note\r\n${rows.join('\r\n')}\r\n`, 2)
    expect(result).toEqual({
      count: 50_001,
      first: [
        ['id', 'note'],
        ['0', 'note 0\nsecond line, with comma']
      ]
    })
  })

  test('a quote never closed: the records before it, and no count', async () => {
    expect(await records('a,b\n1,2\n3,"open\n4,5\n', 5)).toEqual({
      first: [
        ['a', 'b'],
        ['1', '2']
      ]
    })
  })

  test('a missing file is an error, not an empty CSV', async () => {
    await expect(csvRecords(path.join(dir, 'missing.csv'), 1)).rejects.toThrow(/ENOENT/)
  })
})
