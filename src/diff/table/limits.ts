/**
 * Source bytes per partition when a table is first split by key: 200 MB makes 187 partitions of
 * ~1.4 MB of encoded rows each; a partition's baseline rows take a few MB of heap once matched.
 */
export const TARGET_PARTITION_BYTES = 1024 * 1024

/**
 * Partitions per split; each side is written alone, so at most this many files are open. Past
 * 256 MB, partitions grow past the target (4 MB each for 1 GB).
 */
export const MAX_PARTITIONS = 256

/**
 * The largest partition file (either side) matched in memory. A larger one is split again by a
 * fresh hash of the key, then by key and occurrence (for keys repeated many times).
 */
export const MAX_PARTITION_BYTES = 24 * 1024 * 1024

/** Distinct keys counted to split a partition by key and occurrence; beyond, counts only. */
export const MAX_OCCURRENCE_KEYS = 200_000

/** Bytes buffered per side across all open partition files before they are written. */
export const WRITE_BUFFER_BYTES = 4 * 1024 * 1024

/** Rename detection tries every removed × added column pair up to this many pairs. */
export const MAX_RENAME_PAIRS = 64

/** How many partitions a table of this many bytes is split into at first. */
export function partitionCount(bytes: number): number {
  return Math.min(MAX_PARTITIONS, Math.max(1, Math.ceil(bytes / TARGET_PARTITION_BYTES)))
}
