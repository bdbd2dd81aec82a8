/**
 * How far apart two numeric cells may be and still count as equal: `absolute` when
 * |a − b| ≤ value, `relative` when |a − b| ≤ fraction × max(|a|, |b|).
 */
export type Tolerance = { kind: 'absolute'; value: number } | { kind: 'relative'; fraction: number }

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/

/**
 * Reads the `tolerance` input: a non-negative decimal (`0.5`, absolute) or a percentage (`1%`,
 * relative). Throws an Error naming the value and the accepted forms otherwise.
 */
export function parseTolerance(text: string): Tolerance {
  const value = text.trim()
  const percent = value.endsWith('%')
  const number = percent ? value.slice(0, -1).trim() : value
  if (!DECIMAL.test(number)) {
    throw new Error(
      `tolerance "${text}" is not a number: use an absolute difference such as 0.5 or a relative one such as 1%`
    )
  }
  return percent
    ? { kind: 'relative', fraction: Number(number) / 100 }
    : { kind: 'absolute', value: Number(number) }
}
