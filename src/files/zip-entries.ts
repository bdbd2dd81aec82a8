import type { Entry, ZipFile } from 'yauzl'

/** A zip's entries, read from its central directory one at a time (nothing is inflated). */
export async function* zipEntries(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const entry = await new Promise<Entry | undefined>((resolve, reject) => {
      const cleanup = (): void => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError)
      }
      const onEntry = (e: Entry): void => (cleanup(), resolve(e))
      const onEnd = (): void => (cleanup(), resolve(undefined))
      const onError = (e: Error): void => (cleanup(), reject(e))
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError)
      zip.readEntry()
    })
    if (!entry) return
    yield entry
  }
}

/** Opens a zip for reading entry by entry; names are checked by yauzl (no absolute or ../ paths). */
export async function openZip(file: string): Promise<ZipFile> {
  const { openPromise } = await import('yauzl')
  return openPromise(file, {
    lazyEntries: true,
    decodeStrings: true,
    validateEntrySizes: true,
    autoClose: false
  })
}

/** A symbolic link: Unix mode S_IFLNK in the entry's external attributes. */
export function isSymlink(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000
}

/** Any Unix file type other than a regular file or a directory (links, devices, fifos). */
export function isSpecial(entry: Entry): boolean {
  const type = (entry.externalFileAttributes >>> 16) & 0o170000
  return type !== 0 && type !== 0o100000 && type !== 0o040000
}
