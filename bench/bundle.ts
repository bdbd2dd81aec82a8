import path from 'node:path'
import { bundle } from '../scripts/bundle.js'
import { ROOT } from '../scripts/run-action.js'

/**
 * Bundles a bench script exactly as `npm run bundle` builds dist/ (scripts/bundle.ts), so the
 * process measured is plain node running what users run. Returns the entry.
 */
export async function bundleLikeDist(script: string, out: string): Promise<string> {
  await bundle(path.join(ROOT, 'bench', script), out)
  return path.join(out, 'index.js')
}
