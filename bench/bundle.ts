import path from 'node:path'
import { minifyDir } from '../scripts/minify-chunks.js'
import { ROOT } from '../scripts/run-action.js'
import { timed } from './stats.js'

/**
 * Bundles a bench script exactly as `npm run bundle` builds dist/ (ncc, then every file minified
 * by esbuild), so the process measured is plain node running what users run. Returns the entry.
 */
export async function bundleLikeDist(script: string, out: string): Promise<string> {
  const built = await timed(path.join(ROOT, 'node_modules', '.bin', 'ncc'), [
    'build',
    path.join(ROOT, 'bench', script),
    '-o',
    out,
    '--minify'
  ])
  if (built.code !== 0) throw new Error(`ncc failed: ${built.stderr}`)
  await minifyDir(out)
  return path.join(out, 'index.js')
}
