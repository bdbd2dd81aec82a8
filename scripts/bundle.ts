import { build } from 'esbuild'
import fs from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { isMain } from './is-main.js'
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
  takeLinkedPackagesAsHere(path.dirname(path.dirname(entry)))
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
 * packages relative to the checkout. A node_modules that is a link to another checkout's (a CI
 * cache, a check run in a temporary clone) would give other names than the npm ci that CI runs.
 * So, for this build, the link reads as a plain folder: `readlink` of it says it is none, and a
 * real path inside its target is given back under the link. dist/ comes out the same either way.
 */
function takeLinkedPackagesAsHere(root: string): void {
  const link = path.join(root, 'node_modules')
  const target = fs.realpathSync(link)
  if (target === link) return
  const underLink = (p: string): string =>
    p === target || p.startsWith(target + path.sep) ? link + p.slice(target.length) : p
  type Callback = (error: NodeJS.ErrnoException | null, result?: string) => void
  const callbackStyle =
    (real: (p: fs.PathLike, done: Callback) => void) =>
    (p: fs.PathLike, ...rest: unknown[]): void => {
      const done = rest.at(-1) as Callback
      real(p, (error, result) => done(error, result === undefined ? result : underLink(result)))
    }
  const realpath = Object.assign(callbackStyle(fs.realpath), {
    native: callbackStyle(fs.realpath.native)
  })
  const [realpathSync, nativeSync] = [fs.realpathSync, fs.realpathSync.native]
  const realpathSyncUnderLink = Object.assign((p: fs.PathLike) => underLink(realpathSync(p)), {
    native: (p: fs.PathLike) => underLink(nativeSync(p))
  })
  const readlink = fs.readlink
  const readlinkSync = fs.readlinkSync
  const notALink = (p: fs.PathLike): NodeJS.ErrnoException =>
    Object.assign(new Error(`EINVAL: invalid argument, readlink '${String(p)}'`), {
      code: 'EINVAL',
      errno: -22,
      syscall: 'readlink',
      path: String(p)
    })
  const isLink = (p: fs.PathLike): boolean => path.resolve(String(p)) === link
  Object.assign(fs, {
    realpath,
    realpathSync: realpathSyncUnderLink,
    readlink: (p: fs.PathLike, ...rest: unknown[]) => {
      if (!isLink(p)) return (readlink as (...a: unknown[]) => void)(p, ...rest)
      process.nextTick(rest.at(-1) as Callback, notALink(p))
    },
    readlinkSync: (p: fs.PathLike, ...rest: unknown[]) => {
      if (isLink(p)) throw notALink(p)
      return (readlinkSync as (...a: unknown[]) => string)(p, ...rest)
    }
  })
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

if (isMain(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'))
  await bundle(
    path.join(ROOT, 'src', 'index.ts'),
    out,
    'licenses.txt',
    path.join(ROOT, 'src', 'launch.ts')
  )
  console.log(`bundled src/index.ts into ${path.relative(ROOT, out) || '.'}`)
}
