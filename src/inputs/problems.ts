/** Where a value sits in a YAML document: keys and list positions from the top. */
export type Path = readonly (string | number)[]

export interface Problem {
  path: Path
  message: string
}

/** Collects every problem found, so that one run reports them all. */
export class Problems {
  readonly list: Problem[] = []

  add(path: Path, message: string): void {
    this.list.push({ path, message })
  }

  get empty(): boolean {
    return this.list.length === 0
  }
}

/** `reports[2].exports[0].format`, as a user reads a path into their YAML. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}
