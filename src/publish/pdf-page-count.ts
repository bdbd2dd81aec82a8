import { open } from 'node:fs/promises'
import { loadPdfjs } from '../diff/pdf/load-pdfjs.js'

/**
 * PDFs larger than this get no page count. pdf.js parses a document held whole in memory, so a
 * count costs about the file's size in memory: 64 MiB is far above a dashboard's PDF (a few MiB;
 * hundreds of pages of tables stay in the tens) and keeps the summary's cost small next to a
 * runner's 7 GiB, while a huge export (the 200 MiB and 1 GiB memory benches) is never read.
 */
export const MAX_PDF_BYTES = 64 * 1024 * 1024

/**
 * Pages of a PDF as pdf.js (loaded on first use) counts them: the page tree's /Count, the
 * cross-reference data repaired where it is broken. `undefined` for a file over MAX_PDF_BYTES.
 */
export async function pdfPageCount(path: string): Promise<number | undefined> {
  const data = await readWhole(path, MAX_PDF_BYTES)
  if (!data) return undefined
  const pdfjs = await loadPdfjs()
  const task = pdfjs.getDocument({
    data,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false
  })
  try {
    return (await task.promise).numPages
  } finally {
    await task.destroy()
  }
}

/** The file in one Uint8Array of its own (pdf.js takes it without a copy), or none past `max`. */
async function readWhole(path: string, max: number): Promise<Uint8Array | undefined> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size > max) return undefined
    const data = new Uint8Array(size)
    for (let at = 0; at < size;) {
      const { bytesRead } = await handle.read(data, at, size - at, at)
      if (bytesRead === 0) throw new Error(`${path} ended at byte ${at} while being read`)
      at += bytesRead
    }
    return data
  } finally {
    await handle.close()
  }
}
