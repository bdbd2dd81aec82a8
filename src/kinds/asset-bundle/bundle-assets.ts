import { open, readFile, stat } from 'node:fs/promises'
import { openZip, zipEntries } from '../../files/zip-entries.js'

export interface BundleAsset {
  type: string
  id: string
  name?: string
}

/** Asset files larger than this are listed without reading their names. */
const MAX_ASSET_BYTES = 8 * 1024 * 1024
/** A CloudFormation template larger than this is not parsed for its resources. */
const MAX_TEMPLATE_BYTES = 64 * 1024 * 1024

/**
 * The assets a bundle holds: a QuickSight JSON zip (one `type/id.json` per asset) or a
 * CloudFormation template (one AWS::QuickSight::* resource per asset). Never throws.
 */
export async function inspectBundle(
  file: string
): Promise<{ zip: boolean; assets: BundleAsset[] }> {
  const zip = await isZip(file)
  try {
    return { zip, assets: zip ? await zipAssets(file) : await templateAssets(file) }
  } catch {
    return { zip, assets: [] }
  }
}

async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0)
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}

async function zipAssets(file: string): Promise<BundleAsset[]> {
  const zip = await openZip(file)
  const assets: BundleAsset[] = []
  try {
    for await (const entry of zipEntries(zip)) {
      const m = /^([^/]+)\/(.+)\.json$/.exec(entry.fileName)
      if (!m?.[1] || !m[2] || entry.uncompressedSize > MAX_ASSET_BYTES) {
        if (m?.[1] && m[2]) assets.push({ type: m[1], id: m[2] })
        continue
      }
      const chunks: Buffer[] = []
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
      assets.push({ type: m[1], id: m[2], name: nameOf(Buffer.concat(chunks).toString('utf8')) })
    }
  } finally {
    zip.close()
  }
  return assets
}

function nameOf(json: string): string | undefined {
  try {
    const value = JSON.parse(json) as { Name?: unknown }
    return typeof value.Name === 'string' ? value.Name : undefined
  } catch {
    return undefined
  }
}

async function templateAssets(file: string): Promise<BundleAsset[]> {
  if ((await stat(file)).size > MAX_TEMPLATE_BYTES) return []
  const template = JSON.parse(await readFile(file, 'utf8')) as {
    Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }>
  }
  return Object.entries(template.Resources ?? {}).flatMap(([logicalId, r]) => {
    const type = /^AWS::QuickSight::(\w+)$/.exec(r.Type ?? '')?.[1]
    if (!type) return []
    const id = r.Properties?.[`${type}Id`]
    const name = r.Properties?.Name
    return [
      {
        type: type.toLowerCase(),
        id: typeof id === 'string' ? id : logicalId,
        name: typeof name === 'string' ? name : undefined
      }
    ]
  })
}
