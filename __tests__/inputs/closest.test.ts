import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { closest, didYouMean } from '../../src/inputs/closest.js'

const KEYS = [
  'dashboard-id',
  'format',
  'formats',
  'parameters',
  'visual-ids',
  'timeout-minutes',
  'rls-tags',
  'file-name'
]
const DASHBOARDS = ['Sales Overview', 'Marketing', 'Sales EMEA', 'Wholesale Sales', 'Sales']

describe('closest', () => {
  test.each<[string, string[], string[]]>([
    // One edit: insertion, deletion, substitution, swap of neighbours; case is ignored.
    ['paramters', KEYS, ['parameters']],
    ['parammeters', KEYS, ['parameters']],
    ['parimeters', KEYS, ['parameters']],
    ['vsiual-ids', KEYS, ['visual-ids']],
    ['DASHBOARD-ID', KEYS, ['dashboard-id']],
    ['timout-minutes', KEYS, ['timeout-minutes']],
    // One-edit matches crowd out the rest: format is one swap away, formats two edits.
    ['fromat', KEYS, ['format']],
    ['formt', KEYS, ['format']],
    // Without a one-edit match, the limit is a third of the value's length.
    ['paramtrs', KEYS, ['parameters']],
    ['fromatz', KEYS, ['format', 'formats']],
    ['prmtrs', KEYS, []],
    // Prefixes, then substrings, fewer extra characters first (an equal name is one edit away).
    ['rls-tag', KEYS, ['rls-tags']],
    ['sales', DASHBOARDS, ['Sales']],
    ['SALES', DASHBOARDS.slice(0, 4), ['Sales EMEA', 'Sales Overview', 'Wholesale Sales']],
    ['overview', DASHBOARDS, ['Sales Overview']],
    ['berlin', ['Europe/Berlin', 'Europe/Dublin', 'America/Belem'], ['Europe/Berlin']],
    // Nothing in common, too short for a prefix, or too far.
    ['x', ['y', 'xy'], ['xy']],
    ['x', ['y'], []],
    ['ab', ['ba', 'abc', 'cd'], ['ba', 'abc']],
    ['xyz', KEYS, []],
    ['', KEYS, []],
    ['anything', [], []],
    // Ties keep the candidates' order; duplicates count once.
    ['cat', ['bat', 'hat', 'rat', 'mat'], ['bat', 'hat', 'rat']],
    ['fromat', ['format', 'format', 'Format'], ['format', 'Format']]
  ])('%j among %j', (value, candidates, expected) => {
    expect(closest(value, candidates)).toEqual(expected)
  })

  test('max limits the count, and any iterable will do', () => {
    const names = new Set(['bat', 'hat', 'rat', 'mat'])
    expect(closest('cat', names, 1)).toEqual(['bat'])
    expect(closest('cat', names, 4)).toEqual(['bat', 'hat', 'rat', 'mat'])
    expect(closest('cat', names, 0)).toEqual([])
    function* generated(): Generator<string> {
      yield 'parameters'
    }
    expect(closest('paramters', generated())).toEqual(['parameters'])
  })

  test('a candidate is close exactly when the documented rules say so', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 14 })
    fc.assert(
      fc.property(word, word, (value, candidate) => {
        const [a, b] = [value.toLowerCase(), candidate.toLowerCase()]
        const distance = osa(a, b)
        const limit = Math.max(1, Math.floor(a.length / 3))
        const close =
          a !== '' &&
          ((a.length >= 3 && b.includes(a)) ||
            (distance <= limit && distance < Math.max(a.length, b.length)))
        expect(closest(value, [candidate])).toEqual(close ? [candidate] : [])
      }),
      { numRuns: 2000 }
    )
  })

  test('finds the one typo among 10,000 names of 40 characters', () => {
    let seed = 42
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return 'abcdefghijklmnopqrstuvwxyz -'[seed % 28] as string
    }
    const name = () => Array.from({ length: 40 }, letter).join('')
    const names = Array.from({ length: 10_000 }, name)
    const wanted = names[7_777] as string
    const typo = `${wanted.slice(0, 20)}${wanted[21]}${wanted[20]}${wanted.slice(22)}`.toUpperCase()
    expect(closest(typo, names)).toEqual([wanted])
  })
})

describe('didYouMean', () => {
  test.each<[string, string[], string]>([
    ['paramters', KEYS, " (did you mean 'parameters'?)"],
    ['formatz', KEYS, " (did you mean 'format' or 'formats'?)"],
    ['cat', ['bat', 'hat', 'rat', 'mat'], " (did you mean 'bat', 'hat' or 'rat'?)"],
    ['xyz', KEYS, '']
  ])('%j among %j', (value, candidates, expected) => {
    expect(didYouMean(value, candidates)).toBe(expected)
  })
})

/** The optimal string alignment distance, computed in full: the reference for the fast one. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  const at = (i: number, j: number) => d[i]?.[j] as number
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1)
      ;(d[i] as number[])[j] = best
    }
  return at(a.length, b.length)
}
