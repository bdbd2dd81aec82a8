import { open } from 'node:fs/promises'

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d
const BOM = [0xef, 0xbb, 0xbf]

/**
 * Counts the records of a CSV as csv-parse does with `relax_quotes` (RFC 4180 quoting, a quote
 * opens a quoted field only at its start; the record delimiter is the first of CRLF, LF or CR met
 * outside quotes; an empty line is a record; a final delimiter adds none), byte by byte, without
 * building the records: fed in chunks of any size, in constant memory.
 */
export class CsvRecordCounter {
  private records = 0
  private delimiter: 'crlf' | 'lf' | 'cr' | undefined
  private inQuotes = false
  /** A quote seen inside a quoted field: an escaped quote if another follows, else its end. */
  private quoteSeen = false
  private pendingCr = false
  private fieldStart = true
  private recordHasContent = false
  private bomLeft = 3

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] ?? 0
      if (this.bomLeft > 0) {
        if (c === BOM[3 - this.bomLeft]) {
          this.bomLeft--
          continue
        }
        this.unskipBom()
      }
      this.byte(c)
    }
  }

  /** Records in all the chunks pushed. */
  end(): number {
    this.unskipBom()
    if (this.pendingCr) {
      this.pendingCr = false
      if (this.delimiter === 'crlf') this.recordHasContent = true
      else this.endRecord()
    }
    if (this.recordHasContent || this.inQuotes) this.endRecord()
    return this.records
  }

  /** The first bytes looked like a byte order mark but were not one: they are data. */
  private unskipBom(): void {
    const skipped = BOM.slice(0, 3 - this.bomLeft)
    this.bomLeft = 0
    if (skipped.length < 3) for (const b of skipped) this.byte(b)
  }

  private byte(c: number): void {
    if (this.inQuotes) {
      if (this.quoteSeen) {
        this.quoteSeen = false
        if (c === QUOTE) return
        this.inQuotes = false
      } else {
        if (c === QUOTE) this.quoteSeen = true
        return
      }
    }
    if (this.pendingCr) {
      this.pendingCr = false
      this.delimiter ??= c === LF ? 'crlf' : 'cr'
      if (this.delimiter === 'crlf') {
        if (c === LF) return this.endRecord()
        this.content()
      } else this.endRecord()
    }
    if (c === CR && this.delimiter !== 'lf') {
      this.pendingCr = true
    } else if (c === LF && (this.delimiter ?? 'lf') === 'lf') {
      this.delimiter = 'lf'
      this.endRecord()
    } else if (c === QUOTE && this.fieldStart) {
      this.inQuotes = true
      this.content()
    } else {
      this.content()
      this.fieldStart = c === COMMA
    }
  }

  private content(): void {
    this.recordHasContent = true
    this.fieldStart = false
  }

  private endRecord(): void {
    this.records++
    this.recordHasContent = false
    this.fieldStart = true
  }
}

/**
 * Records of a CSV file, read once into one reused 1 MiB buffer: a stream would allocate a fresh
 * buffer for every chunk, which V8 frees only at its next young-generation collection (up to
 * ~32 MiB of them held at once).
 */
export async function countCsvRecords(path: string): Promise<number> {
  const counter = new CsvRecordCounter()
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      counter.push(buffer.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
  return counter.end()
}
