/**
 * A job id that exists already names a job made with another configuration than this step's: its
 * files would be another request's under this step's names, so it is neither followed nor downloaded.
 */
export class ExistingJobMismatchError extends Error {
  constructor(noun: string, jobId: string, differences: string[], hint: string) {
    super(
      `The ${noun} ${jobId} exists already with another configuration than this step asks for: ${differences.join('; ')}. Its files were not downloaded. Hint: ${hint}`
    )
    this.name = 'ExistingJobMismatchError'
  }
}

/**
 * Differences between two lists whose order does not matter, in words: items only one side has,
 * paired by position when both sides have some ("FileGroups[1]: <theirs> vs asked <ours>").
 */
export function listDifferences(label: string, existing: string[], asked: string[]): string[] {
  const left = [...asked]
  const theirs: { i: number; text: string }[] = []
  existing.forEach((text, i) => {
    const at = left.indexOf(text)
    if (at >= 0) left.splice(at, 1)
    else theirs.push({ i, text })
  })
  const out: string[] = []
  const pairs = Math.max(theirs.length, left.length)
  for (let n = 0; n < pairs; n++) {
    const t = theirs[n]
    const ours = left[n]
    if (t && ours !== undefined) out.push(`${label}[${t.i}]: ${t.text} vs asked ${ours}`)
    else if (t) out.push(`${label}[${t.i}]: ${t.text}, which this step does not ask for`)
    else out.push(`${label}: this step asks for ${ours ?? ''}, which the job does not have`)
  }
  return out
}
