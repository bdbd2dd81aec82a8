/** A table that can be read more than once: the header record first, then the data rows. */
export interface TableSource {
  open(): AsyncIterable<string[]>
  /** Its size on disk, which sets how many partitions its rows are split into. */
  bytes: number
}

/** The first record of a table, or no columns for an empty one. */
export async function readHeader(source: TableSource): Promise<string[]> {
  for await (const record of source.open()) return record
  return []
}
