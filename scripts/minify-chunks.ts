import { transform } from 'esbuild'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Second step of `npm run bundle` (scripts/bundle.ts): ncc minifies only dist/index.js, never the
 * chunks it splits off for lazy imports (the AWS SDK, the artifact client, pdf.js, exceljs).
 * esbuild minifies every file of an ncc output folder in place: names kept (error classes and
 * logs rely on them), non-ASCII characters escaped (V8 keeps a source with any character above
 * U+00FF as UTF-16: twice the memory, slower to scan), license comments moved to the end of their
 * file. Deterministic, so CI can check dist/ against a fresh build; not idempotent (a second pass
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
    await writeFile(path.join(dir, file), code)
    // esbuild leaves regular expression literals (and license comments) as written.
    if (/[^\0-\xff]/.test(code)) wide.push(file)
    before += Buffer.byteLength(source)
    after += Buffer.byteLength(code)
  }
  return { files: files.length, before, after, wide }
}
