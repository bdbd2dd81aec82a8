import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/inputs/input-error.js'
import { placedProblemsError } from '../../src/inputs/placed-problems.js'

const locate = (at: readonly (string | number)[]) => ({ line: at.length, col: 7 })

describe('problems found with the dashboard, where the user wrote them', () => {
  test('one problem of an input starts with the input', () => {
    const error = placedProblemsError([{ text: "no sheet 'x'", at: ['sheet-id'] }], {})
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(
      /^Invalid input 'sheet-id': no sheet 'x'\. For example: sheet-id: /
    )
  })

  test('an item of the exports input is named by its number', () => {
    const error = placedProblemsError([{ text: "no sheet 'x'", at: [1, 'sheet'] }], {})
    expect(error.message).toMatch(/^Invalid input 'exports': item 2 sheet: no sheet 'x'/)
  })

  test("a config file's problems are at file:line:col, with annotations, once each", () => {
    const problem = { text: "no sheet 'x'", at: ['reports', 0, 'exports', 1, 'sheet'] }
    const error = placedProblemsError([problem, problem], {
      configFile: '.github/nightly.yml',
      locate
    }) as InputError
    expect(error.message).toContain(
      "1 problem:\nnightly.yml:5:7: reports[0].exports[1].sheet: no sheet 'x'"
    )
    expect(error.annotations).toEqual([
      {
        message: "reports[0].exports[1].sheet: no sheet 'x'",
        properties: {
          title: 'config-file',
          file: '.github/nightly.yml',
          startLine: 5,
          startColumn: 7
        }
      }
    ])
  })

  test('mixed: the file, an input and the step each in their own words', () => {
    const error = placedProblemsError(
      [
        { text: 'a', at: ['reports', 0, 'dashboard'] },
        { text: "parameter 'X' is not declared", at: ['parameters', 'X'] },
        { text: 'too many files' }
      ],
      { configFile: 'p.yml', locate }
    ) as InputError
    expect(error.message).toBe(
      "3 problems:\n- p.yml:3:7: reports[0].dashboard: a\n- Invalid input 'parameters': parameter 'X' is not declared\n- too many files"
    )
    expect(error.annotations).toHaveLength(1)
  })
})
