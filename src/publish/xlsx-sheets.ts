import { open, type FileHandle } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'

/** The zip's end record is 22 bytes plus a comment of at most 65,535. */
const MAX_TAIL_BYTES = 22 + 0xffff
/** The central directory and the workbook part are small; anything larger is not a workbook. */
const MAX_PART_BYTES = 16 * 1024 * 1024
const WORKBOOK = 'xl/workbook.xml'

/**
 * Worksheet names of an XLSX workbook, in order, from its `xl/workbook.xml` part. Reads the zip's
 * central directory and that one entry, never the rest of the file.
 */
export async function worksheetNames(path: string): Promise<string[]> {
  const handle = await open(path, 'r')
  try {
    const xml = (await readEntry(handle, (await handle.stat()).size, WORKBOOK)).toString('utf8')
    return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1] ?? ''))
  } finally {
    await handle.close()
  }
}

/** One entry of a zip file, found through its central directory. */
async function readEntry(handle: FileHandle, size: number, name: string): Promise<Buffer> {
  const tailStart = Math.max(0, size - MAX_TAIL_BYTES)
  const tail = await read(handle, tailStart, size - tailStart)
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > tail.length) throw new Error('Not a zip file')
  const directorySize = tail.readUInt32LE(end + 12)
  const directoryOffset = tail.readUInt32LE(end + 16)
  if (directoryOffset === 0xffffffff || directorySize === 0xffffffff)
    throw new Error('ZIP64 workbooks are not read')
  if (directorySize > MAX_PART_BYTES) throw new Error('The zip directory is too large')
  const directory = await read(handle, directoryOffset, directorySize)
  for (let at = 0; at + 46 <= directory.length;) {
    if (directory.readUInt32LE(at) !== 0x02014b50) throw new Error('Malformed zip directory')
    const method = directory.readUInt16LE(at + 10)
    const compressedSize = directory.readUInt32LE(at + 20)
    const nameLength = directory.readUInt16LE(at + 28)
    const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32)
    const entryName = directory.toString('utf8', at + 46, at + 46 + nameLength)
    if (entryName === name) {
      const localOffset = directory.readUInt32LE(at + 42)
      return readData(handle, localOffset, method, compressedSize)
    }
    at += 46 + skip
  }
  throw new Error(`No ${name} in the zip`)
}

/** The data after an entry's local header, inflated when it is deflated. */
async function readData(
  handle: FileHandle,
  localOffset: number,
  method: number,
  compressedSize: number
): Promise<Buffer> {
  if (compressedSize > MAX_PART_BYTES) throw new Error('The zip entry is too large')
  const header = await read(handle, localOffset, 30)
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50)
    throw new Error('Malformed zip entry')
  const dataOffset = localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  const data = await read(handle, dataOffset, compressedSize)
  if (method === 0) return data
  if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES })
  throw new Error(`Zip compression method ${method} is not read`)
}

async function read(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, offset)
  return buffer.subarray(0, bytesRead)
}

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? ''
  )
}
