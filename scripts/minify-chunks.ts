import { transform } from 'esbuild'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './run-action.js'

/**
 * Second step of `npm run bundle`: ncc minifies only dist/index.js, never the chunks it splits
 * off for lazy imports (the AWS SDK, the artifact client, pdf.js, exceljs). esbuild minifies
 * every file of an ncc output folder in place: names kept (error classes and logs rely on them),
 * non-ASCII characters escaped (V8 keeps a source with any character above U+00FF as UTF-16:
 * twice the memory, slower to scan), license comments moved to the end of their file.
 * Deterministic, so CI can check dist/ against a fresh build; not idempotent (a second pass
 * changes the files again), which is why `npm run bundle` empties dist/ first.
 */
export async function minifyDir(
  dir: string
): Promise<{ files: number; before: number; after: number; wide: string[] }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort()
  let before = 0
  let after = 0
  const wide: string[] = []
  for (const file of files) {
    const source = await readFile(path.join(dir, file), 'utf8')
    const { code } = await transform(source, {
      format: 'esm',
      target: 'node20',
      minify: true,
      keepNames: true,
      charset: 'ascii',
      legalComments: 'eof'
    })
    await writeFile(path.join(dir, file), code)
    // esbuild leaves regular expression literals (and license comments) as written.
    if (/[^\0-\xff]/.test(code)) wide.push(file)
    before += Buffer.byteLength(source)
    after += Buffer.byteLength(code)
  }
  return { files: files.length, before, after, wide }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await minifyDir(path.join(ROOT, 'dist'))
  const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1)
  console.log(`minified ${r.files} files of dist/: ${mib(r.before)} -> ${mib(r.after)} MiB`)
  if (r.wide.length > 0) {
    console.error(
      `dist/ has characters above U+00FF in ${r.wide.join(', ')}: escape them (\\u20ac for the euro sign) in the regular expressions that hold them`
    )
    process.exitCode = 1
  }
}
