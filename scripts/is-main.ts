import { pathToFileURL } from 'node:url'

/** Whether the module at `url` is the script node was started with (not imported by another). */
export const isMain = (url: string): boolean =>
  process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href
