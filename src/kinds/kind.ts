import type { CommonInputs } from '../inputs/common-inputs.js'
import type { CompareInputs } from '../inputs/compare-inputs.js'
import type { InputName, InputReader } from '../inputs/names.js'
import type { KindPlan, PlanContext } from './kind-plan.js'

/**
 * One kind of export (an `export-type`): the inputs it owns, how to read them, and how to plan its
 * jobs. A kind's folder exports one of these; its reader and planner are `await import()`ed inside
 * `readInputs` and `plan`, so they load only when the step is that kind.
 */
export interface Kind<I> {
  /** The export-type value. */
  readonly name: string
  /** The inputs only this kind takes (another kind's step refuses them). */
  readonly ownInputs: readonly InputName[]
  /** Reads and checks the kind's own inputs, after the common ones. Throws InputError. */
  readInputs(input: InputReader, common: CommonInputs, mask: (secret: string) => void): Promise<I>
  /** Resolves what the inputs name (dashboards, sheets, data sets) and plans the jobs. */
  plan(inputs: I, c: PlanContext): Promise<KindPlan>
  /** The baseline the step's files are compared with, when the inputs ask for one. */
  comparison?(inputs: I): CompareInputs | undefined
}

/** Any kind: the registry holds kinds of different inputs; each is only given what it read itself. */
// Methods are bivariant in their parameters: a Kind<SnapshotInputs> is a Kind<unknown>.
export type AnyKind = Kind<unknown>
