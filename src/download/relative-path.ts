import path from 'node:path'

/** `file`'s path below `dir` with '/' separators: how files are named in reports, diffs and artifacts. */
export function relativePath(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/')
}
