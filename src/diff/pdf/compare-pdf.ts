import type { FileDiff } from '../file-diff.js'
import { lineDiff } from './line-diff.js'
import { openPdf } from './pdf-pages.js'

/**
 * Compares two PDFs page by page (page n with page n) by their text lines: a page whose lines
 * differ, or that only one file has, is changed; the first `maxPageDiffs` get a line diff.
 */
export async function comparePdf(
  file: string,
  before: string,
  after: string,
  maxPageDiffs: number
): Promise<FileDiff> {
  const baseline = await openPdf(before)
  try {
    const current = await openPdf(after)
    try {
      const changed: number[] = []
      const pageDiffs: { page: number; lines: string[] }[] = []
      for (let page = 1; page <= Math.max(baseline.count, current.count); page++) {
        const was = page <= baseline.count ? await baseline.lines(page) : []
        const is = page <= current.count ? await current.lines(page) : []
        const same =
          page <= baseline.count &&
          page <= current.count &&
          was.length === is.length &&
          was.every((line, i) => line === is[i])
        if (same) continue
        changed.push(page)
        if (pageDiffs.length < maxPageDiffs) pageDiffs.push({ page, lines: lineDiff(was, is) })
      }
      return {
        file,
        format: 'pdf',
        status: changed.length > 0 ? 'changed' : 'unchanged',
        pages: { before: baseline.count, after: current.count, changed },
        pageDiffs
      }
    } finally {
      await current.close()
    }
  } finally {
    await baseline.close()
  }
}
