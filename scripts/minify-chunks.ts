import { transform } from 'esbuild'
import { minify } from 'terser'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Second step of `npm run bundle` (scripts/bundle.ts): ncc minifies only dist/index.js, never the
 * chunks it splits off for lazy imports (the AWS SDK, the artifact client, pdf.js, exceljs).
 * esbuild minifies every file of an ncc output folder in place: names kept (error classes and
 * logs rely on them), non-ASCII characters escaped (V8 keeps a source with any character above
 * U+00FF as UTF-16: twice the memory, slower to scan), license comments moved to the end of their
 * file. Then terser drops the declarations nothing uses inside each module (see `dropUnused`).
 * Deterministic, so CI can check dist/ against a fresh build; not idempotent (a second pass
 * changes the files again), which is why the bundle empties its folder first. Files still holding
 * a character above U+00FF (esbuild leaves regular expressions as written) are listed in `wide`.
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
    const pruned = await dropUnused(code)
    await writeFile(path.join(dir, file), pruned)
    // esbuild leaves regular expression literals (and license comments) as written.
    if (/[^\0-\xff]/.test(pruned)) wide.push(file)
    before += Buffer.byteLength(source)
    after += Buffer.byteLength(pruned)
  }
  return { files: files.length, before, after, wide }
}

/**
 * Removes the variables and functions that nothing references, inside modules too: webpack leaves
 * an unused export's declaration in its module and only drops its getter, and esbuild does not
 * prune inside functions. That is what prunes an AWS SDK client's schema module (one module with a
 * schema for every shape of the service) to the shapes of the commands the action sends: the
 * QuickSight chunk shrinks from 275 to 101 KB, and the step's resident memory with it. Only
 * `unused` is on; terser still makes small rewrites of the same meaning on the way (joined `var`
 * lists, a dropped `"" +`). Property reads count as side effects (a getter may run code), though
 * terser takes spreads and `in` to have none.
 */
async function dropUnused(code: string): Promise<string> {
  const result = await minify(code, {
    module: true,
    compress: { defaults: false, unused: true, pure_getters: false },
    mangle: false,
    keep_classnames: true,
    keep_fnames: true,
    format: { ascii_only: true, comments: 'some' }
  })
  if (result.code === undefined) throw new Error('terser returned no code')
  return result.code
}
