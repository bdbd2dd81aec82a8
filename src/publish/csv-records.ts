import { CsvError, parse } from 'csv-parse'
import { createReadStream } from 'node:fs'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CSV_OPTIONS } from '../files/csv-options.js'

/** A CSV's records: how many, and the first of them. */
export interface CsvRecords {
  /** Records in the file, the header included; undefined when csv-parse rejects the file. */
  count?: number
  first: string[][]
}

/**
 * Streams a CSV through csv-parse once: counts every record and keeps the first `keep`, dropping
 * the others as they come, so memory stays flat whatever the file's size. A file csv-parse
 * rejects (a quote never closed) gives the records read before the fault and no count.
 */
export async function csvRecords(path: string, keep: number): Promise<CsvRecords> {
  const first: string[][] = []
  let count = 0
  const tally = new Writable({
    objectMode: true,
    write(record: string[], _, done) {
      if (++count <= keep) first.push(record)
      done()
    }
  })
  try {
    await pipeline(createReadStream(path), parse(CSV_OPTIONS), tally)
  } catch (error) {
    if (error instanceof CsvError) return { first }
    throw error
  }
  return { count, first }
}
