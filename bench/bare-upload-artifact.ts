import { DefaultArtifactClient } from '@actions/artifact'
import path from 'node:path'

/**
 * Baseline for figure 5: `@actions/artifact` uploading one file, nothing else, with the default
 * client and the compression level the action chooses for the file's format. Bundled with ncc by
 * bench/memory.ts so it loads as the action does. The results service comes from the environment.
 */
const [name = '', file = '', level = '6'] = process.argv.slice(2)
await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), {
  compressionLevel: Number(level)
})
