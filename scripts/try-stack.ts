import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { addDashboardAlias } from '../emulator/catalog.js'
import { REGION, Stack } from '../emulator/stack.js'

/**
 * Makes the emulator answer to the user's dashboard names: each becomes a copy of the emulator
 * dashboard it is mapped to. Returns one line per mapping for the log.
 */
export function mapDashboards(maps: Record<string, string>): string[] {
  return Object.entries(maps).map(([name, of]) => {
    const copy = addDashboardAlias(name, of)
    return `${name} → a copy of the emulator's ${of} (id ${copy.id})`
  })
}

/**
 * The buckets the inputs and the report pack name (`s3-bucket` of the inputs, of the pack's
 * defaults and reports), so that jobs writing there find them on the local S3 server.
 */
export async function bucketsNamed(
  inputs: Record<string, string>,
  workspace: string
): Promise<string[]> {
  const names = new Set<string>()
  if (inputs['s3-bucket']) names.add(inputs['s3-bucket'])
  if (inputs['config-file']) {
    // A file the action cannot read or parse is for the action to report, with line and column.
    const pack = await readFile(path.resolve(workspace, inputs['config-file']), 'utf8')
      .then((text) => parse(text) as unknown)
      .catch(() => undefined)
    const layers = [
      (pack as { defaults?: unknown })?.defaults,
      ...asArray((pack as { reports?: unknown })?.reports)
    ]
    for (const layer of layers) {
      const bucket = (layer as { 's3-bucket'?: unknown } | undefined)?.['s3-bucket']
      if (typeof bucket === 'string' && bucket !== '') names.add(bucket)
    }
  }
  return [...names]
}

/** Creates the buckets on the stack's S3 server (its own bucket exists already). */
export async function createBuckets(stack: Stack, buckets: string[]): Promise<void> {
  const s3 = new S3Client({
    region: REGION,
    endpoint: stack.s3Endpoint,
    forcePathStyle: true,
    credentials: {
      accessKeyId: stack.env.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: stack.env.AWS_SECRET_ACCESS_KEY ?? ''
    }
  })
  try {
    for (const bucket of buckets.filter((b) => b !== stack.bucket))
      await s3.send(new CreateBucketCommand({ Bucket: bucket }))
  } finally {
    s3.destroy()
  }
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
