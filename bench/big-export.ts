import type { S3Client } from '@aws-sdk/client-s3'
import { randomFillSync } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Stack } from '../emulator/stack.js'

/**
 * Writes a CSV export of at least `mib` MiB (whole rows, varied values so that deflate works as
 * on real data) and returns its size in bytes.
 */
export async function writeBigCsv(file: string, mib: number): Promise<number> {
  const handle = await open(file, 'w')
  const regions = ['EMEA', 'AMER', 'APAC', 'LATAM']
  let bytes = 0
  let id = 0
  try {
    let chunk = 'order_id,order_date,region,product,units,unit_price,note\r\n'
    while (bytes + chunk.length < mib * 1024 * 1024) {
      for (let i = 0; i < 10_000; i++, id++) {
        const day = String(1 + (id % 28)).padStart(2, '0')
        chunk += `${id},2026-${String(1 + (id % 12)).padStart(2, '0')}-${day},${regions[id % 4]},Product ${(id * 7919) % 1000},${1 + ((id * 31) % 97)},${((id * 104729) % 100000) / 100},"note ${id % 13}, checked"\r\n`
      }
      bytes += (await handle.write(chunk)).bytesWritten
      chunk = ''
    }
  } finally {
    await handle.close()
  }
  return bytes
}

/**
 * Writes a valid PDF of `mib` pages, each a 1 MiB image of noise (incompressible, as the images of
 * a real report are already compressed), and returns its size in bytes.
 */
export async function writeBigPdf(file: string, mib: number): Promise<number> {
  const handle = await open(file, 'w')
  const offsets: number[] = []
  let at = 0
  const put = async (data: string | Buffer): Promise<void> => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data
    at += (await handle.write(bytes)).bytesWritten
  }
  const object = async (num: number, body: string): Promise<void> => {
    offsets[num] = at
    await put(`${num} 0 obj\n${body}\nendobj\n`)
  }
  const [width, height] = [1024, 341]
  const image = Buffer.alloc(width * height * 3)
  try {
    await put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    await object(1, '<< /Type /Catalog /Pages 2 0 R >>')
    const kids = Array.from({ length: mib }, (_, i) => `${3 + 3 * i} 0 R`).join(' ')
    await object(2, `<< /Type /Pages /Kids [${kids}] /Count ${mib} >>`)
    const draw = `q ${width / 2} 0 0 ${height / 2} 0 0 cm /Im Do Q`
    for (let i = 0; i < mib; i++) {
      const [page, content, picture] = [3 + 3 * i, 4 + 3 * i, 5 + 3 * i]
      await object(
        page,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width / 2} ${height / 2}] /Contents ${content} 0 R /Resources << /XObject << /Im ${picture} 0 R >> >> >>`
      )
      await object(content, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`)
      offsets[picture] = at
      await put(
        `${picture} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${image.length} >>\nstream\n`
      )
      await put(randomFillSync(image))
      await put('\nendstream\nendobj\n')
    }
    const xref = at
    const entries = offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`)
    await put(`xref\n0 ${offsets.length}\n0000000000 65535 f\r\n${entries.join('')}`)
    await put(`trailer\n<< /Size ${offsets.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  } finally {
    await handle.close()
  }
  return at
}

/**
 * Makes the emulator's exports big: its PutObject of each file it renders with `file().ext` sends
 * `file()` instead, so the job completes only once the big object is in the bucket, and the action
 * then downloads it as any export.
 */
export function bigExports(
  stack: Stack,
  file: () => { path: string; bytes: number; ext: string }
): void {
  const s3 = (stack.emulator as unknown as { s3?: S3Client }).s3
  if (!s3) throw new Error('the emulator has no S3 client')
  s3.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { Key?: string; Body?: unknown; ContentLength?: number }
      const { path, bytes, ext } = file()
      if (input.Key?.endsWith(`.${ext}`)) {
        input.Body = createReadStream(path)
        input.ContentLength = bytes
      }
      return next(args)
    },
    { step: 'initialize', name: 'benchBigExports' }
  )
}
