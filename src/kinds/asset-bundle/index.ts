import { Input } from '../../inputs/names.js'
import type { Kind } from '../kind.js'
import type { AssetBundleInputs } from './asset-bundle-inputs.js'

/** Definitions of dashboards and their dependencies as an asset bundle (a backup). */
export const assetBundle: Kind<AssetBundleInputs> = {
  name: 'asset-bundle',
  ownInputs: [
    Input.DashboardId,
    Input.ConfigFile,
    Input.ResourceArns,
    Input.IncludeAllDependencies,
    Input.AssetFormat,
    Input.IncludePermissions,
    Input.IncludeTags,
    Input.StrictValidation,
    Input.CloudformationOverrides,
    Input.AssetBundleJobId,
    Input.Extract
  ],
  async readInputs(input, common, mask) {
    const { readAssetBundleInputs } = await import('./asset-bundle-inputs.js')
    return readAssetBundleInputs(input, common.workspace, mask)
  },
  async plan(inputs, c) {
    return (await import('./plan-asset-bundle.js')).planAssetBundle(inputs, c)
  }
}
