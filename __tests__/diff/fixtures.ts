import ExcelJS from 'exceljs'
import { unzipSync, zipSync } from 'fflate'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'

/** A fresh temporary directory and a function that removes it. */
export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-diff-test-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** Writes a text file (a CSV) and returns its path. */
export async function textFile(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, text)
  return file
}

/** Writes a workbook with these worksheets (rows of cell values, the header first). */
export async function workbook(
  dir: string,
  name: string,
  sheets: Record<string, ExcelJS.CellValue[][]>
): Promise<string> {
  const book = new ExcelJS.Workbook()
  for (const [sheet, rows] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(rows)
  const file = path.join(dir, name)
  await book.xlsx.writeFile(file)
  return file
}

/**
 * Writes a copy of a zip with the entries `order` returns (given the names in the zip's order),
 * in that order: exceljs writes `xl/workbook.xml` last, Excel before the worksheets.
 */
export async function rezip(
  source: string,
  file: string,
  order: (names: string[]) => string[]
): Promise<string> {
  const entries = unzipSync(await readFile(source))
  const names = order(Object.keys(entries))
  await writeFile(file, zipSync(Object.fromEntries(names.map((name) => [name, entries[name]!]))))
  return file
}

/** Writes a PDF with one page per entry, each line of the entry a line of text. */
export async function pdf(dir: string, name: string, pages: string[]): Promise<string> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of pages) {
    const page = doc.addPage([400, 600])
    text.split('\n').forEach((line, i) => {
      page.drawText(line, { x: 40, y: 550 - i * 20, size: 12, font })
    })
  }
  const file = path.join(dir, name)
  await writeFile(file, await doc.save())
  return file
}
