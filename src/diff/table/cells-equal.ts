import type { Tolerance } from '../tolerance.js'
import { numericCell } from './numeric-cell.js'

/**
 * Whether two cells hold the same value. Without a tolerance, cells compare as text. With one,
 * two numeric cells (see `numericCell`) of the same unit compare by value within it; other cells
 * still compare as text. A difference equal to the tolerance is within it.
 */
export function cellsEqual(before: string, after: string, tolerance?: Tolerance): boolean {
  if (before === after) return true
  if (!tolerance) return false
  const a = numericCell(before)
  const b = numericCell(after)
  if (!a || !b || a.unit !== b.unit) return false
  const larger = Math.max(Math.abs(a.value), Math.abs(b.value))
  const limit = tolerance.kind === 'absolute' ? tolerance.value : tolerance.fraction * larger
  // The subtraction's own rounding must not tip a difference of exactly the tolerance over it
  // (1.1 − 1.0 is 0.10000000000000009 in binary floating point).
  return Math.abs(a.value - b.value) <= limit + 4 * Number.EPSILON * larger
}
