import { mkdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { isMain } from './is-main.js'

type Asset = { source: string | Buffer; permissions?: number }
type Ncc = (entry: string, o: object) => Promise<{ code: string; assets: Record<string, Asset> }>
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc

/**
 * `ncc build <entry> -o <out> -m --license licenses.txt`, through ncc's API for the one option its
 * CLI lacks: each package's ES module build before its CommonJS one, so that webpack keeps only the
 * AWS SDK commands `src/aws/sdk/` names (the SDK's ES module builds are side-effect free). No build
 * cache: it would live outside the checkout, and its key leaves out `mainFields`.
 */
export async function bundle(entry: string, out: string): Promise<void> {
  const options = { minify: true, license: 'licenses.txt', mainFields: ['module', 'main'] }
  const { code, assets } = await ncc(path.resolve(entry), { ...options, cache: false, quiet: true })
  await rm(out, { recursive: true, force: true })
  for (const [name, asset] of Object.entries<Asset>({ ...assets, 'index.js': { source: code } })) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true })
    await writeFile(path.join(out, name), asset.source, { mode: asset.permissions })
  }
}

// `npm run bundle`; another folder than dist/ as the argument (bench/bundle-time.ts).
if (isMain(import.meta.url)) await bundle('src/index.ts', process.argv[2] ?? 'dist')
