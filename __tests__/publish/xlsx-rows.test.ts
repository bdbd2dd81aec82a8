import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { emptyWorksheets } from '../../src/publish/xlsx-rows.js'

let dir: string
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'qse-xlsx-rows-'))))
afterAll(() => rm(dir, { recursive: true, force: true }))

let n = 0
async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows)
  const p = path.join(dir, `book-${n++}.xlsx`)
  await writeFile(p, Buffer.from(await book.xlsx.writeBuffer()))
  return p
}

const HEADER = ['Region', 'Units']

describe('emptyWorksheets', () => {
  test('a header-only worksheet is empty; one data row is not', async () => {
    expect(await emptyWorksheets(await workbook({ Orders: [HEADER] }))).toEqual(['Orders'])
    expect(await emptyWorksheets(await workbook({ Orders: [HEADER, ['EMEA', 1]] }))).toEqual([])
  })

  test('several worksheets: each judged on its own, named as the workbook names them', async () => {
    const p = await workbook({
      Orders: [HEADER, ['EMEA', 1], ['APAC', 2]],
      'Q&A <draft>': [HEADER],
      Blank: [],
      'Umsätze 東京': [HEADER, ['AMER', 3]],
      Last: [HEADER]
    })
    expect(await emptyWorksheets(p)).toEqual(['Q&A <draft>', 'Blank', 'Last'])
  })

  test('a worksheet is read only to its second row: what follows is never parsed', async () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`
    const book = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/><sheet name="Header" sheetId="2" r:id="rId2"/></sheets></workbook>`
    const row = (r: number): string =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`
    const rows = Array.from({ length: 50_000 }, (_, i) => row(i + 1)).join('')
    const sheet = (body: string): Uint8Array =>
      strToU8(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`
      )
    const p = path.join(dir, 'broken-after-rows.xlsx')
    await writeFile(
      p,
      zipSync({
        'xl/_rels/workbook.xml.rels': strToU8(rels),
        'xl/workbook.xml': strToU8(book),
        // Well-formed for ~3 MB, then not XML at all: read to the end, it would fail.
        'xl/worksheets/sheet1.xml': sheet(`${rows}<<<not xml`),
        'xl/worksheets/sheet2.xml': sheet(row(1))
      })
    )
    expect(await emptyWorksheets(p)).toEqual(['Header'])
  })

  test('rows as an XML parser sees them: a row in a comment or a processing instruction is none', async () => {
    const p = path.join(dir, 'commented.xlsx')
    const book = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>`
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- <row r="9"/> --><?generator <row r="8"/>?><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Region</t></is></c></row></sheetData></worksheet>`
    await writeFile(
      p,
      zipSync({
        'xl/_rels/workbook.xml.rels': strToU8(rels),
        'xl/workbook.xml': strToU8(book),
        'xl/worksheets/sheet1.xml': strToU8(sheet)
      })
    )
    expect(await emptyWorksheets(p)).toEqual(['Orders'])
  })
})
