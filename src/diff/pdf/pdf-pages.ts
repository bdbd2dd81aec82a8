import { readFile } from 'node:fs/promises'
import { loadPdfjs } from './load-pdfjs.js'

/** A PDF opened for its text, page by page. */
export interface PdfPages {
  count: number
  /** The text lines of a page (1-based), trailing spaces and empty lines dropped. */
  lines(page: number): Promise<string[]>
  close(): Promise<void>
}

/** Opens a PDF with pdf.js (loaded on first use); the file is read whole, as pdf.js needs. */
export async function openPdf(file: string): Promise<PdfPages> {
  const pdfjs = await loadPdfjs()
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(await readFile(file)),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false
  }).promise
  return {
    count: doc.numPages,
    async lines(number) {
      const page = await doc.getPage(number)
      const content = await page.getTextContent()
      page.cleanup()
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
      return text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line !== '')
    },
    close: () => doc.destroy()
  }
}
