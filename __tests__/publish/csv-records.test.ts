import { describe, expect, test } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { CsvRecordCounter } from '../../src/publish/csv-records.js'

/** What inspectFile reported before the counter: csv-parse's record count. */
const csvParseCount = (text: string): number =>
  (parse(text, { relax_column_count: true, relax_quotes: true, bom: true }) as unknown[]).length

/** The counter fed `bytes` in pieces cut at `cuts`. */
function count(bytes: Buffer, cuts: number[] = []): number {
  const counter = new CsvRecordCounter()
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b).filter((c) => c < bytes.length)) {
    counter.push(bytes.subarray(from, cut))
    from = cut
  }
  counter.push(bytes.subarray(from))
  return counter.end()
}

const field = (text: string): string =>
  /[",\r\n]/.test(text) || text.startsWith(' ') ? `"${text.replace(/"/g, '""')}"` : text

describe('CsvRecordCounter counts records as csv-parse does', () => {
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
  ])('%j: %i records', (text, records) => {
    expect(csvParseCount(text)).toBe(records)
    expect(count(Buffer.from(text))).toBe(records)
  })

  test('any RFC 4180 file, in any chunking, with LF, CRLF or CR lines', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '\r\n') })
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(200), { maxLength: 6 }),
        (records, eol, trailing, bom, cuts) => {
          const body = records.map((r) => r.map(field).join(',')).join(eol)
          const text = `${bom ? '\ufeff' : ''}${body}${trailing && records.length > 0 ? eol : ''}`
          expect(count(Buffer.from(text), cuts)).toBe(csvParseCount(text))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
