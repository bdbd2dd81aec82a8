import { openZip, zipEntries } from '../files/zip-entries.js'

const WORKBOOK = 'xl/workbook.xml'
/** The workbook part lists sheets and defined names: a few KiB; larger is not a workbook's. */
const MAX_WORKBOOK_BYTES = 16 * 1024 * 1024

/**
 * Worksheet names of an XLSX workbook, in order, from its `xl/workbook.xml` part, found through
 * the zip's central directory by yauzl: only that entry is inflated, whatever the file's size.
 */
export async function worksheetNames(path: string): Promise<string[]> {
  const zip = await openZip(path)
  try {
    for await (const entry of zipEntries(zip)) {
      if (entry.fileName !== WORKBOOK) continue
      if (entry.uncompressedSize > MAX_WORKBOOK_BYTES) throw new Error(`${WORKBOOK} is too large`)
      const chunks: Buffer[] = []
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
      return sheetNames(Buffer.concat(chunks).toString('utf8'))
    }
    throw new Error(`No ${WORKBOOK} in the zip`)
  } finally {
    zip.close()
  }
}

/**
 * The `name` attributes of the `<sheet>` elements (SpreadsheetML, ECMA-376 §18.2.19), with or
 * without a namespace prefix, quoted either way, their references and entities decoded.
 */
export function sheetNames(xml: string): string[] {
  const tags = xml.matchAll(/<(?:[\w.-]+:)?sheet\s((?:[^>"']|"[^"]*"|'[^']*')*)>/g)
  return [...tags].flatMap((m) => {
    const name = /(?:^|\s)name\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1] ?? '')
    return name ? [decodeAttribute(name[1] ?? name[2] ?? '')] : []
  })
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }

/** An attribute value as XML 1.0 reads it: references decoded, literal whitespace as spaces. */
function decodeAttribute(text: string): string {
  return text
    .replace(/\r\n|[\t\n\r]/g, ' ')
    .replace(
      /&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g,
      (ref, hex?: string, dec?: string, name?: string) =>
        hex || dec
          ? String.fromCodePoint(parseInt(hex ?? dec ?? '', hex ? 16 : 10))
          : (ENTITIES[name ?? ''] ?? ref)
    )
}
