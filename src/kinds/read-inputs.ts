import { readCommonInputs, type CommonInputs } from '../inputs/common-inputs.js'
import { readExportType } from '../inputs/export-types.js'
import { inputReader, type InputReader } from '../inputs/names.js'
import type { AnyKind, Kind } from './kind.js'
import { KINDS } from './registry.js'

/**
 * Everything the action needs, validated: the common inputs, the step's kind and what that kind
 * read (only the kind itself knows its inputs' type). Built before any AWS call or SDK import.
 */
export interface Inputs extends CommonInputs {
  exportType: string
  kind: AnyKind
  kindInputs: unknown
}

/**
 * Reads and validates every input: export-type (refusing other kinds' inputs), the common
 * inputs, then the kind's own. Throws InputError on the first invalid one. The inputs are the
 * step's own (@actions/core, unless `input` says otherwise); `env` gives the other variables
 * (AWS_REGION, GITHUB_WORKSPACE, ...).
 */
export async function readInputs(
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void,
  kinds: readonly AnyKind[] = KINDS,
  input: InputReader = inputReader()
): Promise<Inputs> {
  const kind = readExportType(input, kinds)
  const common = readCommonInputs(input, env, mask)
  const kindInputs = await kind.readInputs(input, common, mask)
  return { ...common, exportType: kind.name, kind, kindInputs }
}

/** The inputs `kind` read, when the step is of that kind (tests and tools look at them). */
export function inputsOf<I>(inputs: Inputs, kind: Kind<I>): I {
  if (inputs.kind !== (kind as AnyKind))
    throw new Error(`not ${kind.name} inputs: export-type is ${inputs.exportType}`)
  return inputs.kindInputs as I
}
