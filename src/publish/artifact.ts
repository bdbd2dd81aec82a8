import * as core from '@actions/core'
import path from 'node:path'
import type { FileOutcome } from '../outcome.js'

export interface ArtifactOptions {
  name: string
  files: FileOutcome[]
  /** More files to upload with them (the diffs under output-dir/diff/). */
  extraPaths?: string[]
  /** The folder the paths inside the zip are relative to. */
  rootDirectory: string
  retentionDays?: number
  /** Empty: 0 when every file is PDF or XLSX (already compressed), else 6. */
  compressionLevel?: number
  env: NodeJS.ProcessEnv
}

export interface UploadedArtifact {
  id: number
  url: string
}

/** Uploads the downloaded files as one workflow artifact (the library behind upload-artifact v4+). */
export async function uploadFilesArtifact(
  o: ArtifactOptions
): Promise<UploadedArtifact | undefined> {
  const paths = [...o.files.flatMap((f) => (f.path ? [f.path] : [])), ...(o.extraPaths ?? [])]
  if (paths.length === 0) return undefined
  if (!o.env.ACTIONS_RUNTIME_TOKEN || !o.env.ACTIONS_RESULTS_URL) {
    core.notice(
      'Not uploading an artifact: this does not run in GitHub Actions (no ACTIONS_RUNTIME_TOKEN). The files are in output-dir.'
    )
    return undefined
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const compressed =
    !o.extraPaths?.length &&
    o.files.every((f) => !f.path || ['pdf', 'excel', 'bundle'].includes(f.format))
  const { id } = await new DefaultArtifactClient().uploadArtifact(o.name, paths, o.rootDirectory, {
    retentionDays: o.retentionDays,
    compressionLevel: o.compressionLevel ?? (compressed ? 0 : 6)
  })
  if (id === undefined)
    throw new Error(`The artifact ${o.name} was uploaded but GitHub returned no id`)
  const server = o.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const url = `${server}/${o.env.GITHUB_REPOSITORY}/actions/runs/${o.env.GITHUB_RUN_ID}/artifacts/${id}`
  core.info(
    `Artifact ${o.name} (${paths.length} file${paths.length === 1 ? '' : 's'} from ${path.basename(o.rootDirectory)}): ${url}`
  )
  return { id, url }
}
