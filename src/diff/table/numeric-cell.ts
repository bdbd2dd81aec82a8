/** A cell read as a number, with what surrounds it: numbers compare only under the same unit. */
export interface NumericCell {
  value: number
  /** The currency symbol and percent sign around the number, e.g. `$`, `%`, or empty. */
  unit: string
}

// Sign, optional currency, digits either plain or in comma-separated thousands, decimals,
// exponent, optional percent sign: -1234.5, 1,234.5, $-1,234.50, -$3, 1e-3, 12.5%. The
// currencies are $, euro, pound and yen, escaped so that dist/ stays ASCII.
const NUMBER =
  /^([-+]?)([$\u20ac\u00a3\u00a5]?)([-+]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)((?:[eE][-+]?\d+)?)(%?)$/

/**
 * Reads a cell as a number: plain decimals, exponents, comma thousands separators (`1,234.5`,
 * never a decimal comma), a leading currency symbol and a trailing percent sign. Anything else
 * (dates, text, `(5)`, `1.234,5`) is not a number and compares as text.
 */
export function numericCell(text: string): NumericCell | undefined {
  const m = NUMBER.exec(text.trim())
  if (!m) return undefined
  const [, sign1 = '', currency = '', sign2 = '', digits = '', exponent = '', percent = ''] = m
  if (sign1 && sign2) return undefined
  const value = Number(`${sign1 || sign2}${digits.replace(/,/g, '')}${exponent}`)
  return Number.isFinite(value) ? { value, unit: currency + percent } : undefined
}
