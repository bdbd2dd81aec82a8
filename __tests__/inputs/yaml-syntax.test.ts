import { beforeAll, describe, expect, test } from '@jest/globals'
import * as yaml from 'yaml'
import { loadYaml, parseYamlInput, YamlInputError } from '../../src/inputs/yaml-input.js'
import { syntaxProblems } from '../../src/inputs/yaml-syntax.js'

const problemsOf = (text: string) => {
  const lines = new yaml.LineCounter()
  const doc = yaml.parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  })
  return syntaxProblems(yaml, text, doc, lines)
}

describe('YAML syntax errors at their line and column', () => {
  test('a tab on line 3 is at 3:1, once', () => {
    expect(problemsOf('a:\n  b: 1\n\t c: 2\n')).toEqual([
      { line: 3, col: 1, text: 'Tabs are not allowed as indentation' }
    ])
  })

  test('an unclosed { is reported where it opens, without the echoes after it', () => {
    const text = 'reports:\n  - exports:\n      - { format: pdf, sheet: Summary\n  - dashboard: B\n'
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 3, col: 9 })
    expect(problems[0]?.text).toMatch(/'\{' is never closed/)
  })

  test('an unclosed [ at the top of a value', () => {
    expect(problemsOf('[a, b\n')[0]).toMatchObject({ line: 1, col: 1 })
    expect(problemsOf('[a, b\n')[0]?.text).toMatch(/'\[' is never closed.*'\]'/)
  })

  test('a duplicate key is at the second one', () => {
    expect(problemsOf('a: 1\nb: 2\na: 3\n')).toEqual([
      { line: 3, col: 1, text: 'Map keys must be unique' }
    ])
  })

  test('valid YAML has no problems', () => {
    expect(problemsOf('a: [1, {b: 2}]\n')).toEqual([])
  })
})

describe('parseYamlInput', () => {
  beforeAll(loadYaml)

  test('names the input and the line within its value', () => {
    const error = (() => {
      try {
        parseYamlInput('exports', 'a:\n  b: 1\n\t c: 2\n', 'exports: ...')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(YamlInputError)
    expect((error as Error).message).toMatch(
      /^Invalid input 'exports' = .*: is not valid YAML: line 3, column 1: Tabs are not allowed/
    )
  })

  test('too many aliases is an input error too', () => {
    const text = `a: &a [1]\nb: [${Array.from({ length: 12 }, () => '*a').join(', ')}]\n`
    expect(() => parseYamlInput('parameters', text, 'x')).toThrow(/Invalid input 'parameters'/)
  })

  test('parses valid YAML', () => {
    expect(parseYamlInput('exports', '- {format: pdf}', 'x')).toEqual([{ format: 'pdf' }])
  })
})
