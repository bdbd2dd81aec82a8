import { InputError } from './input-error.js'
import { Input, InputName, InputReader } from './names.js'

/** An export type as the input readers see it: its name and the inputs only it takes. */
export interface ExportType {
  readonly name: string
  readonly ownInputs: readonly InputName[]
}

/** Reads export-type, and refuses inputs that belong only to other export types. */
export function readExportType<T extends ExportType>(input: InputReader, types: readonly T[]): T {
  const value = input.get(Input.ExportType)
  const type = types.find((t) => t.name === value)
  if (!type)
    throw new InputError(
      Input.ExportType,
      value,
      `must be one of ${types.map((t) => t.name).join(', ')}`,
      `export-type: ${types[0]?.name ?? ''}`
    )
  const mine = new Set(type.ownInputs)
  for (const other of types) {
    const stray = other.ownInputs.find((n) => !mine.has(n) && input.isSet(n))
    if (stray) {
      const owners = types.filter((t) => t.ownInputs.includes(stray)).map((t) => t.name)
      throw new InputError(
        stray,
        input.get(stray),
        `belongs to export-type ${owners.join(' or ')}, not ${type.name}: it would be ignored`,
        `remove ${stray}, or set export-type: ${other.name}`
      )
    }
  }
  return type
}
