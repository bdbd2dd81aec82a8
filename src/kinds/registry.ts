import { assetBundle } from './asset-bundle/index.js'
import { dataExchange } from './data-exchange/index.js'
import type { AnyKind } from './kind.js'
import { snapshot } from './snapshot/index.js'

/** Every export-type the action knows, the default (action.yml's) first. A new kind: one line. */
export const KINDS: readonly AnyKind[] = [snapshot, assetBundle, dataExchange]
