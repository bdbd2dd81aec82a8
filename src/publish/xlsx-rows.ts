import type { Entry, ZipFile } from 'yauzl'
import { openZip, zipEntries } from '../files/zip-entries.js'
import { sheetNames } from './xlsx-sheets.js'

const WORKBOOK = 'xl/workbook.xml'
const RELS = 'xl/_rels/workbook.xml.rels'
/** The workbook part and its relationships are a few KiB; larger is not a workbook's. */
const MAX_PART_BYTES = 16 * 1024 * 1024
/** Worksheet XML read at most, looking for its first rows (sheet properties come before them). */
const MAX_SCAN_BYTES = 64 * 1024 * 1024
/** A row element, with or without a namespace prefix. */
const ROW = /<(?:[\w.-]+:)?row[\s>/]/g

/**
 * The worksheets of an XLSX workbook that hold no data row (a header row at most), by name. Each
 * worksheet part is inflated only until its second row, so a full workbook costs a few KiB.
 */
export async function emptyWorksheets(path: string): Promise<string[]> {
  const zip = await openZip(path)
  try {
    const parts = new Map<string, number>()
    let workbook = ''
    let rels = ''
    for await (const entry of zipEntries(zip)) {
      if (entry.fileName === WORKBOOK) workbook = await text(zip, entry)
      else if (entry.fileName === RELS) rels = await text(zip, entry)
      else if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName))
        parts.set(entry.fileName, await rowsUpTo(zip, entry, 2))
    }
    const targets = relationships(rels)
    return sheetIds(workbook).flatMap(({ name, rid }) => {
      const rows = parts.get(partPath(targets.get(rid) ?? ''))
      return rows !== undefined && rows < 2 ? [name] : []
    })
  } finally {
    zip.close()
  }
}

async function text(zip: ZipFile, entry: Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_PART_BYTES) throw new Error(`${entry.fileName} is too large`)
  const chunks: Buffer[] = []
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Row elements in a worksheet part, counted up to `max` (the stream stops there). A part that has
 * not reached `max` rows within MAX_SCAN_BYTES is not called empty: it counts as `max`.
 */
async function rowsUpTo(zip: ZipFile, entry: Entry, max: number): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry)
  let rows = 0
  let tail = ''
  let scanned = 0
  try {
    for await (const chunk of stream) {
      scanned += (chunk as Buffer).length
      if (scanned > MAX_SCAN_BYTES) return max
      const window = tail + (chunk as Buffer).toString('latin1')
      // The last few characters may hold the start of a tag cut by the chunk's end.
      const cut = Math.max(0, window.length - 8)
      rows += [...window.slice(0, cut).matchAll(ROW)].length
      tail = window.slice(cut)
      if (rows >= max) return rows
    }
    return rows + [...tail.matchAll(ROW)].length
  } finally {
    stream.destroy()
  }
}

/** Relationship id → target, from the workbook's relationships part. */
function relationships(xml: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*)>/g)) {
    const id = /(?:^|\s)Id\s*=\s*["']([^"']*)["']/.exec(m[1] ?? '')?.[1]
    const target = /(?:^|\s)Target\s*=\s*["']([^"']*)["']/.exec(m[1] ?? '')?.[1]
    if (id && target) map.set(id, target)
  }
  return map
}

/** Each `<sheet>`'s name (decoded as sheetNames does) and relationship id, in order. */
function sheetIds(xml: string): { name: string; rid: string }[] {
  const names = sheetNames(xml)
  const tags = [...xml.matchAll(/<(?:[\w.-]+:)?sheet\s((?:[^>"']|"[^"]*"|'[^']*')*)>/g)]
  return tags.flatMap((m, i) => {
    const rid = /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[1] ?? '')?.[1]
    const name = names[i]
    return rid && name !== undefined ? [{ name, rid }] : []
  })
}

/** A relationship target as a zip path: relative to `xl/`, or absolute from the package root. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`
}
