/** A PDF name, `/Type`, without its slash. */
export class PdfName {
  constructor(readonly name: string) {}
}

/** An indirect reference, `12 0 R`. */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number
  ) {}
}

/** A string's contents are never needed to count pages: only that it was one. */
export class PdfString {}

export type PdfDict = Map<string, PdfValue>
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict

/** The bytes ended inside an object: read more of the file and parse again. */
export class NeedMoreBytes extends Error {
  constructor() {
    super('The PDF object runs past the bytes read')
    this.name = 'NeedMoreBytes'
  }
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20])
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25])
const isRegular = (c: number): boolean => c >= 0 && !WHITESPACE.has(c) && !DELIMITERS.has(c)
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39

/**
 * Reads PDF objects (ISO 32000 §7.3) from a slice of a file. `complete` says the slice ends where
 * the data ends (an object stream's contents); otherwise running off its end throws NeedMoreBytes.
 */
export class PdfParser {
  constructor(
    private readonly bytes: Uint8Array,
    public pos = 0,
    private readonly complete = false
  ) {}

  /** One object: number, reference, name, string, array, dictionary, boolean or null. */
  value(): PdfValue {
    this.skipSpace()
    const c = this.peek()
    if (c === 0x3c && this.bytes[this.pos + 1] === 0x3c) return this.dict()
    if (c === 0x3c) return (this.skipPast(0x3e), new PdfString())
    if (c === 0x28) return this.literalString()
    if (c === 0x5b) return this.array()
    if (c === 0x2f) return this.pdfName()
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.numberOrRef()
    const word = this.keyword()
    if (word === 'true' || word === 'false') return word === 'true'
    if (word === 'null') return null
    throw new Error(`Unexpected '${word}' in a PDF object`)
  }

  /** A run of regular characters: `obj`, `stream`, `xref`, `trailer`, `R`. */
  keyword(): string {
    this.skipSpace()
    const start = this.pos
    while (isRegular(this.peek())) this.pos++
    return Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1')
  }

  /** A non-negative integer, as in `12 0 obj` and xref subsection headers. */
  integer(): number {
    const v = this.value()
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw new Error('Expected a whole number in the PDF')
    return v
  }

  skipSpace(): void {
    for (;;) {
      const c = this.peek()
      if (c === 0x25)
        while (this.pos < this.bytes.length && !isEol(this.bytes[this.pos])) this.pos++
      else if (WHITESPACE.has(c)) this.pos++
      else return
    }
  }

  /** The next byte; past the end, NeedMoreBytes (or -1 when the slice is complete). */
  private peek(): number {
    const c = this.bytes[this.pos]
    if (c !== undefined) return c
    if (this.complete) return -1
    throw new NeedMoreBytes()
  }

  private dict(): PdfDict {
    this.pos += 2
    const dict: PdfDict = new Map()
    for (;;) {
      this.skipSpace()
      if (this.peek() === 0x3e) {
        this.pos++
        if (this.peek() !== 0x3e) throw new Error('Expected >> in a PDF dictionary')
        this.pos++
        return dict
      }
      const key = this.value()
      if (!(key instanceof PdfName)) throw new Error('A PDF dictionary key is not a name')
      dict.set(key.name, this.value())
    }
  }

  private array(): PdfValue[] {
    this.pos++
    const items: PdfValue[] = []
    for (;;) {
      this.skipSpace()
      if (this.peek() === 0x5d) return (this.pos++, items)
      items.push(this.value())
    }
  }

  private pdfName(): PdfName {
    this.pos++
    const start = this.pos
    while (isRegular(this.peek())) this.pos++
    const raw = Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1')
    return new PdfName(raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => fromHex(h)))
  }

  /** `(...)` with balanced parentheses and backslash escapes. */
  private literalString(): PdfString {
    this.pos++
    for (let depth = 1; depth > 0; this.pos++) {
      const c = this.peek()
      if (c === -1) throw new Error('A PDF string is not closed')
      if (c === 0x5c) this.pos++
      else if (c === 0x28) depth++
      else if (c === 0x29) depth--
    }
    return new PdfString()
  }

  private skipPast(byte: number): void {
    while (this.peek() !== byte) {
      if (this.peek() === -1) throw new Error('A PDF hex string is not closed')
      this.pos++
    }
    this.pos++
  }

  /** A number, or `num gen R` when two whole numbers are followed by R. */
  private numberOrRef(): number | PdfRef {
    const first = this.number()
    if (!Number.isInteger(first) || first < 0) return first
    const mark = this.pos
    this.skipSpace()
    if (isDigit(this.bytes[this.pos])) {
      const second = this.number()
      this.skipSpace()
      if (this.peek() === 0x52 && Number.isInteger(second) && this.endsToken(this.pos + 1)) {
        this.pos++
        return new PdfRef(first, second)
      }
    }
    this.pos = mark
    return first
  }

  /** Whether a token ends before byte `i` (NeedMoreBytes when that byte is not read yet). */
  private endsToken(i: number): boolean {
    const c = this.bytes[i]
    if (c !== undefined) return !isRegular(c)
    if (this.complete) return true
    throw new NeedMoreBytes()
  }

  private number(): number {
    const start = this.pos
    while (isRegular(this.peek())) this.pos++
    const text = Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1')
    const n = Number(text)
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(n))
      throw new Error(`'${text}' is not a PDF number`)
    return n
  }
}

/** Whether `c` ends a line (for comments). */
function isEol(c: number | undefined): boolean {
  return c === 0x0a || c === 0x0d
}

function fromHex(h: string): string {
  return String.fromCharCode(parseInt(h, 16))
}
