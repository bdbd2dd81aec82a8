import { open, type FileHandle } from 'node:fs/promises'
import { inflateSync } from 'node:zlib'
import { NeedMoreBytes, PdfDict, PdfName, PdfParser, PdfRef, PdfValue } from './pdf-objects.js'

/** No object or stream on the way to the page count is read beyond this size. */
const MAX_OBJECT_BYTES = 16 * 1024 * 1024
/** `startxref` is in the last 1024 bytes (ISO 32000 §7.5.5); some writers append a little more. */
const TAIL_BYTES = 4096
/** Incremental updates followed at most. */
const MAX_SECTIONS = 1000

type XrefEntry = { offset: number } | { stream: number; index: number } | 'free'

/** One cross-reference section (a table or a stream) and its trailer. */
interface XrefSection {
  trailer: PdfDict
  entry: (num: number) => Promise<XrefEntry | undefined>
}

/**
 * Pages of a PDF: the /Count of its page tree, reached from the trailer through the
 * cross-reference tables or streams (incremental updates and object streams included). Reads the
 * file's last few KiB and the handful of objects on the way, whatever the file's size.
 */
export async function pdfPageCount(path: string): Promise<number> {
  const handle = await open(path, 'r')
  try {
    return await new PdfFile(handle, (await handle.stat()).size).pageCount()
  } finally {
    await handle.close()
  }
}

class PdfFile {
  private readonly sections: XrefSection[] = []
  private readonly objects = new Map<number, PdfValue>()
  private readonly objectStreams = new Map<number, { data: Buffer; offsets: number[] }>()

  constructor(
    private readonly handle: FileHandle,
    private readonly size: number
  ) {}

  async pageCount(): Promise<number> {
    let offset: number | undefined = await this.startXref()
    const seen = new Set<number>()
    while (offset !== undefined && !seen.has(offset) && seen.size < MAX_SECTIONS) {
      seen.add(offset)
      const section = await this.section(offset)
      this.sections.push(section)
      // A hybrid file's table is completed by the stream its /XRefStm points to.
      const stream = section.trailer.get('XRefStm')
      if (typeof stream === 'number') this.sections.push(await this.section(stream))
      const prev = section.trailer.get('Prev')
      offset = typeof prev === 'number' ? prev : undefined
    }
    const trailer = this.sections[0]?.trailer
    const catalog = await this.dict(trailer?.get('Root'))
    const pages = await this.dict(catalog.get('Pages'))
    const count = await this.resolve(pages.get('Count'))
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      throw new Error('The page tree has no valid /Count')
    return count
  }

  private async startXref(): Promise<number> {
    const from = Math.max(0, this.size - TAIL_BYTES)
    const tail = (await this.read(from, this.size - from)).toString('latin1')
    const match = /^startxref\s+(\d+)/.exec(tail.slice(tail.lastIndexOf('startxref')))
    if (!match?.[1]) throw new Error('No startxref at the end of the PDF')
    return Number(match[1])
  }

  /** The section at `offset`: a classic `xref` table, or an object of /Type /XRef. */
  private async section(offset: number): Promise<XrefSection> {
    const isTable = await this.parseAt(offset, (p) => p.keyword() === 'xref')
    return isTable ? this.table(offset) : this.xrefStream(offset)
  }

  /** A classic table: subsections of fixed-width entries, read one entry at a time when asked. */
  private async table(offset: number): Promise<XrefSection> {
    const subsections: { first: number; count: number; at: number; width: number }[] = []
    let pos = offset + (await this.parseAt(offset, (p) => (p.keyword(), p.pos)))
    for (;;) {
      const next = await this.parseAt(pos, (p, bytes) => {
        p.skipSpace()
        if (bytes[p.pos] === 0x74) {
          if (p.keyword() !== 'trailer') throw new Error('Expected a PDF trailer')
          return { trailer: p.value() }
        }
        const first = p.integer()
        const count = p.integer()
        p.skipSpace()
        if (count > 0 && bytes.length < p.pos + 20) throw new NeedMoreBytes()
        // An entry is `nnnnnnnnnn ggggg n` and an end of line: 20 bytes, 19 for some writers.
        let width = 18
        while (width < 20 && (bytes[p.pos + width] === 0x20 || isEol(bytes[p.pos + width]))) width++
        return { first, count, at: p.pos, width }
      })
      if ('trailer' in next) {
        if (!(next.trailer instanceof Map)) throw new Error('The PDF trailer is not a dictionary')
        return { trailer: next.trailer, entry: (num) => this.tableEntry(subsections, num) }
      }
      subsections.push({ ...next, at: pos + next.at })
      pos += next.at + next.count * next.width
    }
  }

  private async tableEntry(
    subsections: { first: number; count: number; at: number; width: number }[],
    num: number
  ): Promise<XrefEntry | undefined> {
    const sub = subsections.find((s) => num >= s.first && num < s.first + s.count)
    if (!sub) return undefined
    const text = (await this.read(sub.at + (num - sub.first) * sub.width, 18)).toString('latin1')
    const match = /^(\d{10}) \d{5} ([nf])$/.exec(text)
    if (!match) throw new Error(`Malformed xref entry for object ${num}`)
    return match[2] === 'n' ? { offset: Number(match[1]) } : 'free'
  }

  /** A cross-reference stream (PDF 1.5): rows of /W-wide big-endian fields over /Index ranges. */
  private async xrefStream(offset: number): Promise<XrefSection> {
    const { dict, data } = await this.streamObject(offset)
    const widths = numbers(dict.get('W'))
    const [w0 = 0, w1 = 0, w2 = 0] = widths
    const size = dict.get('Size')
    const index = dict.has('Index') ? numbers(dict.get('Index')) : [0, Number(size)]
    const rowLength = w0 + w1 + w2
    if (widths.length !== 3 || rowLength === 0) throw new Error('Invalid /W in an xref stream')
    const entry = async (num: number): Promise<XrefEntry | undefined> => {
      for (let i = 0, row = 0; i + 1 < index.length; i += 2) {
        const first = index[i] ?? 0
        const count = index[i + 1] ?? 0
        if (num >= first && num < first + count) {
          const at = (row + num - first) * rowLength
          if (at + rowLength > data.length) throw new Error('The xref stream is too short')
          const type = w0 === 0 ? 1 : field(data, at, w0)
          const a = field(data, at + w0, w1)
          if (type === 0) return 'free'
          if (type === 1) return { offset: a }
          if (type === 2) return { stream: a, index: field(data, at + w0 + w1, w2) }
          return undefined
        }
        row += count
      }
      return undefined
    }
    return { trailer: dict, entry }
  }

  private async dict(value: PdfValue | undefined): Promise<PdfDict> {
    const resolved = await this.resolve(value)
    if (!(resolved instanceof Map)) throw new Error('Expected a PDF dictionary')
    return resolved
  }

  /** Follows references to the object they name. */
  private async resolve(value: PdfValue | undefined, depth = 0): Promise<PdfValue | undefined> {
    if (!(value instanceof PdfRef)) return value
    if (depth > 32) throw new Error('PDF references nest too deep')
    const cached = this.objects.get(value.num)
    if (cached !== undefined) return this.resolve(cached, depth + 1)
    const entry = await this.lookup(value.num)
    const object =
      'offset' in entry
        ? (await this.objectAt(entry.offset)).value
        : await this.inObjectStream(entry.stream, entry.index)
    this.objects.set(value.num, object)
    return this.resolve(object, depth + 1)
  }

  private async lookup(
    num: number
  ): Promise<{ offset: number } | { stream: number; index: number }> {
    for (const section of this.sections) {
      const entry = await section.entry(num)
      if (entry === 'free') break
      if (entry) return entry
    }
    throw new Error(`PDF object ${num} is not in the cross-reference data`)
  }

  /** `num gen obj <value>`, and where its stream data starts when it has one. */
  private objectAt(offset: number): Promise<{ value: PdfValue; streamAt?: number }> {
    return this.parseAt(offset, (p, bytes) => {
      p.integer()
      p.integer()
      if (p.keyword() !== 'obj') throw new Error(`No PDF object at byte ${offset}`)
      const value = p.value()
      if (!(value instanceof Map) || p.keyword() !== 'stream') return { value }
      if (bytes[p.pos] === 0x0d) p.pos++
      if (bytes[p.pos] === 0x0a) p.pos++
      return { value, streamAt: offset + p.pos }
    })
  }

  private async streamObject(offset: number): Promise<{ dict: PdfDict; data: Buffer }> {
    const { value, streamAt } = await this.objectAt(offset)
    if (!(value instanceof Map) || streamAt === undefined)
      throw new Error(`PDF object at byte ${offset} is not a stream`)
    const length = await this.resolve(value.get('Length'))
    if (typeof length !== 'number' || length < 0 || length > MAX_OBJECT_BYTES)
      throw new Error('A PDF stream has no usable /Length')
    return { dict: value, data: decode(value, await this.read(streamAt, length)) }
  }

  /** Object `index` of an object stream (PDF 1.5): /N pairs of numbers and offsets, then objects. */
  private async inObjectStream(streamNum: number, index: number): Promise<PdfValue> {
    let stream = this.objectStreams.get(streamNum)
    if (!stream) {
      const entry = await this.lookup(streamNum)
      if (!('offset' in entry)) throw new Error('An object stream inside an object stream')
      const { dict, data } = await this.streamObject(entry.offset)
      const first = Number(dict.get('First'))
      const header = new PdfParser(data.subarray(0, first), 0, true)
      const offsets: number[] = []
      for (let i = 0; i < Number(dict.get('N')); i++) {
        header.integer()
        offsets.push(first + header.integer())
      }
      stream = { data, offsets }
      this.objectStreams.set(streamNum, stream)
    }
    const at = stream.offsets[index]
    if (at === undefined) throw new Error(`No object ${index} in object stream ${streamNum}`)
    return new PdfParser(stream.data, at, true).value()
  }

  /** Parses from `offset`, reading more of the file while the parser asks for more. */
  private async parseAt<T>(offset: number, parse: (p: PdfParser, bytes: Buffer) => T): Promise<T> {
    for (let length = 4096; ; length *= 4) {
      const bytes = await this.read(offset, Math.min(length, MAX_OBJECT_BYTES))
      const complete = offset + bytes.length >= this.size
      try {
        return parse(new PdfParser(bytes, 0, complete), bytes)
      } catch (error) {
        if (!(error instanceof NeedMoreBytes) || complete || length >= MAX_OBJECT_BYTES) throw error
      }
    }
  }

  private async read(offset: number, length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, this.size - offset)))
    const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, offset)
    return buffer.subarray(0, bytesRead)
  }
}

/** Applies a stream's filters: FlateDecode, with or without a PNG predictor, is all that's needed. */
function decode(dict: PdfDict, raw: Buffer): Buffer {
  const filters = list(dict.get('Filter'))
  const params = list(dict.get('DecodeParms'))
  return filters.reduce<Buffer>((data, filter, i) => {
    if (!(filter instanceof PdfName) || filter.name !== 'FlateDecode')
      throw new Error('Unsupported PDF stream filter')
    const inflated = inflateSync(data, { maxOutputLength: MAX_OBJECT_BYTES })
    const p = params[i]
    return p instanceof Map ? unpredict(inflated, p) : inflated
  }, raw)
}

/** Undoes a PNG predictor (/Predictor 10–15): each row starts with its filter type. */
function unpredict(data: Buffer, params: PdfDict): Buffer {
  const predictor = Number(params.get('Predictor') ?? 1)
  if (predictor === 1) return data
  if (predictor < 10) throw new Error('Unsupported PDF predictor')
  const colors = Number(params.get('Colors') ?? 1)
  const bits = Number(params.get('BitsPerComponent') ?? 8)
  const columns = Number(params.get('Columns') ?? 1)
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8))
  const rowLength = Math.ceil((colors * bits * columns) / 8)
  const rows = Math.floor(data.length / (rowLength + 1))
  const out = Buffer.alloc(rows * rowLength)
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]
    const row = r * rowLength
    for (let i = 0; i < rowLength; i++) {
      const x = data[r * (rowLength + 1) + 1 + i] ?? 0
      const left = i >= bpp ? (out[row + i - bpp] ?? 0) : 0
      const up = r > 0 ? (out[row - rowLength + i] ?? 0) : 0
      const upLeft = r > 0 && i >= bpp ? (out[row - rowLength + i - bpp] ?? 0) : 0
      const guess =
        type === 1
          ? left
          : type === 2
            ? up
            : type === 3
              ? (left + up) >> 1
              : type === 4
                ? paeth(left, up, upLeft)
                : 0
      out[row + i] = (x + guess) & 0xff
    }
  }
  return out
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

function field(data: Buffer, at: number, width: number): number {
  let n = 0
  for (let i = 0; i < width; i++) n = n * 256 + (data[at + i] ?? 0)
  return n
}

function list(value: PdfValue | undefined): PdfValue[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
}

function numbers(value: PdfValue | undefined): number[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number'))
    throw new Error('Expected an array of numbers in the PDF')
  return value as number[]
}

function isEol(c: number | undefined): boolean {
  return c === 0x0a || c === 0x0d
}
