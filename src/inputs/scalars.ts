import { InputError } from './input-error.js'

/** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput reads it. */
export function boolean(value: string, name: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, value, 'must be true or false', `${name}: true`)
}

/** A plain decimal number within [min, max] (min excluded unless inclusiveMin). */
export function number(
  value: string,
  name: string,
  min: number,
  max: number,
  unit: string,
  example: string,
  inclusiveMin = false
): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  const ok = Number.isFinite(n) && (inclusiveMin ? n >= min : n > min) && n <= max
  if (!ok)
    throw new InputError(
      name,
      value,
      `must be a number of ${unit} ${inclusiveMin ? 'from' : 'greater than'} ${min} ${inclusiveMin ? 'to' : 'and at most'} ${max}`,
      example
    )
  return n
}

/** A whole number of at most three digits within [min, max]. */
export function whole(
  value: string,
  name: string,
  min: number,
  max: number,
  example: string
): number {
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= max))
    throw new InputError(name, value, `must be a whole number from ${min} to ${max}`, example)
  return n
}
