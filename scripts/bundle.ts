import { build } from 'esbuild'
import { mkdir, realpath, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { minifyDir } from './minify-chunks.js'
import { ROOT } from './run-action.js'

interface NccOutput {
  code: string
  assets: Record<string, { source: string | Buffer; permissions?: number }>
}
type Ncc = (entry: string, options: Record<string, unknown>) => Promise<NccOutput>

/**
 * Builds an entry as `npm run bundle` builds dist/: ncc through its API, resolving each package's
 * `module` (ES module) build before its `main` (CommonJS) one, so that webpack can leave out what
 * nothing imports from packages marked side-effect free (the AWS SDK clients: the step loads the
 * few commands it sends, not all of QuickSight's), then every file minified (minify-chunks.ts).
 * The CLI cannot choose the fields; the API can.
 */
export async function bundle(
  entry: string,
  out: string,
  license?: string,
  /** A CommonJS entry that starts before `entry` (src/launch.ts): bundled whole by esbuild. */
  launcher?: string
): Promise<void> {
  await checkPackagesAreHere(path.dirname(path.dirname(entry)))
  const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc
  const { code, assets } = await ncc(entry, {
    minify: true,
    license,
    quiet: true,
    // No webpack cache: its key is the entry's path and ncc's version, not these options, so a
    // cache left by another build of the same checkout could change what is bundled.
    cache: false,
    mainFields: ['module', 'main']
  })
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  await writeFile(path.join(out, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true })
    await writeFile(path.join(out, name), asset.source, { mode: asset.permissions })
  }
  if (launcher) await bundleLauncher(launcher, path.join(out, 'index.cjs'))
  const wide = (await minifyDir(out)).wide
  if (wide.length > 0)
    throw new Error(
      `${out} has characters above U+00FF in ${wide.join(', ')}: escape them (\\u20ac for the euro sign) in the regular expressions that hold them`
    )
}

/**
 * webpack names modules, and so chunk ids and the license list, after the real paths of the
 * packages relative to the checkout: with node_modules linked from elsewhere, dist/ would come out
 * different from CI's (which runs npm ci in the checkout), so that is refused with the reason.
 */
async function checkPackagesAreHere(root: string): Promise<void> {
  const modules = path.join(root, 'node_modules')
  const real = await realpath(modules)
  if (real !== path.join(await realpath(root), 'node_modules'))
    throw new Error(
      `${modules} is a link to ${real}: ncc names chunks after the packages' real paths, so dist/ would differ from a build after npm ci in this checkout. Run npm ci here, then npm run bundle.`
    )
}

/** The launcher, in one CommonJS file: every input reader in it, nothing loaded lazily. */
async function bundleLauncher(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    keepNames: true,
    charset: 'ascii',
    logLevel: 'error',
    legalComments: 'none'
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'))
  await bundle(
    path.join(ROOT, 'src', 'index.ts'),
    out,
    'licenses.txt',
    path.join(ROOT, 'src', 'launch.ts')
  )
  console.log(`bundled src/index.ts into ${path.relative(ROOT, out) || '.'}`)
}
