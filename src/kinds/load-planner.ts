import type { Inputs } from '../inputs/read-inputs.js'
import type { KindPlanner } from './kind-plan.js'

const PLANNERS: Record<Inputs['exportType'], () => Promise<KindPlanner>> = {
  snapshot: async () => (await import('../snapshot/plan-snapshot.js')).planSnapshot,
  'asset-bundle': async () =>
    (await import('../asset-bundle/plan-asset-bundle.js')).planAssetBundle,
  'data-exchange': async () =>
    (await import('../data-exchange/plan-data-exchange.js')).planDataExchange
}

/** Loads the planner of the step's export type (its SDK modules load with it). */
export function loadPlanner(exportType: Inputs['exportType']): Promise<KindPlanner> {
  return PLANNERS[exportType]()
}
