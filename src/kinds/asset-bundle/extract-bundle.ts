import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { partialFiles } from '../../download/partial-file.js'
import { isSpecial, isSymlink, openZip, zipEntries } from '../../files/zip-entries.js'

/** Limits that keep a hostile bundle from filling the disk. */
const MAX_ENTRIES = 20_000
const MAX_BYTES = 4 * 1024 ** 3

export class UnsafeBundleError extends Error {
  constructor(bundle: string, why: string) {
    super(
      `${path.basename(bundle)} was not extracted: ${why}. Nothing was written outside output-dir.`
    )
    this.name = 'UnsafeBundleError'
  }
}

/**
 * Unzips a bundle into a folder beside it (`assetbundle-x.qs` → `assetbundle-x/`), safely: every
 * entry is checked before anything is written (no absolute paths, no `..`, no links or devices,
 * sizes within bounds), the files go to a temporary folder that replaces the target only when all
 * are written. Returns the folder.
 */
export async function extractBundle(bundle: string): Promise<string> {
  const target = bundle.slice(0, bundle.length - path.extname(bundle).length)
  const temp = path.join(
    path.dirname(bundle),
    `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`
  )
  await check(bundle, temp)
  partialFiles.add(temp)
  try {
    await write(bundle, temp)
    await rm(target, { recursive: true, force: true })
    await rename(temp, target)
    return target
  } finally {
    await rm(temp, { recursive: true, force: true })
    partialFiles.delete(temp)
  }
}

/** Reads the central directory only: throws UnsafeBundleError on the first entry that may not be written. */
async function check(bundle: string, folder: string): Promise<void> {
  let zip
  try {
    zip = await openZip(bundle)
  } catch (error) {
    throw new UnsafeBundleError(bundle, `it is not a readable zip (${(error as Error).message})`)
  }
  let count = 0
  let bytes = 0
  try {
    for await (const entry of zipEntries(zip)) {
      if (++count > MAX_ENTRIES)
        throw new UnsafeBundleError(bundle, `it holds more than ${MAX_ENTRIES} entries`)
      bytes += entry.uncompressedSize
      if (bytes > MAX_BYTES)
        throw new UnsafeBundleError(bundle, 'it would unpack to more than 4 GiB')
      if (isSymlink(entry))
        throw new UnsafeBundleError(bundle, `entry '${entry.fileName}' is a symbolic link`)
      if (isSpecial(entry))
        throw new UnsafeBundleError(bundle, `entry '${entry.fileName}' is not a plain file`)
      const to = path.resolve(folder, entry.fileName)
      if (!to.startsWith(folder + path.sep))
        throw new UnsafeBundleError(
          bundle,
          `entry '${entry.fileName}' would be written outside its folder`
        )
    }
  } catch (error) {
    if (error instanceof UnsafeBundleError) throw error
    // yauzl refuses absolute paths, `..` and backslashes in names, and sizes that do not add up.
    throw new UnsafeBundleError(bundle, `an entry is unsafe (${(error as Error).message})`)
  } finally {
    zip.close()
  }
}

async function write(bundle: string, folder: string): Promise<void> {
  const zip = await openZip(bundle)
  try {
    await mkdir(folder, { recursive: true })
    for await (const entry of zipEntries(zip)) {
      const to = path.resolve(folder, entry.fileName)
      if (entry.fileName.endsWith('/')) {
        await mkdir(to, { recursive: true })
        continue
      }
      await mkdir(path.dirname(to), { recursive: true })
      // 'wx': never follows or overwrites anything already there.
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(to, { flags: 'wx' }))
    }
  } finally {
    zip.close()
  }
}
