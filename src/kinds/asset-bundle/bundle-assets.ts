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
      if (!m?.[1] || !m[2]) continue
      const type = m[1]
      if (entry.uncompressedSize > MAX_ASSET_BYTES) {
        assets.push({ type, id: m[2] })
        continue
      }
      const chunks: Buffer[] = []
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
      assets.push(assetOf(type, m[2], Buffer.concat(chunks).toString('utf8')))
    }
  } finally {
    zip.close()
  }
  return assets
}

/**
 * An asset file's id and name. QuickSight writes lowerCamelCase keys (`name`, `dashboardId`,
 * `dataSetId`, `vpcConnectionId`: the id key is the folder's type + `Id`, in any casing);
 * PascalCase (`Name`, `DashboardId`) is accepted too, as the casing is not documented. The file
 * name stands in for a missing id.
 */
export function assetOf(type: string, fileId: string, json: string): BundleAsset {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return { type, id: fileId }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { type, id: fileId }
  const entries = Object.entries(value as Record<string, unknown>)
  const text = (key: (k: string) => boolean): string | undefined => {
    const found = entries.find(([k, v]) => key(k) && typeof v === 'string' && v !== '')
    return found?.[1] as string | undefined
  }
  const idKey = `${type}id`.toLowerCase()
  return {
    type,
    id: text((k) => k.toLowerCase() === idKey) ?? fileId,
    name: text((k) => k === 'name') ?? text((k) => k === 'Name')
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
