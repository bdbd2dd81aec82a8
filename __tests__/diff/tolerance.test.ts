import { describe, expect, test } from '@jest/globals'
import { cellsEqual } from '../../src/diff/table/cells-equal.js'
import { numericCell } from '../../src/diff/table/numeric-cell.js'
import { parseTolerance, type Tolerance } from '../../src/diff/tolerance.js'

describe('parseTolerance', () => {
  test.each([
    ['0.5', { kind: 'absolute', value: 0.5 }],
    ['0', { kind: 'absolute', value: 0 }],
    [' 2 ', { kind: 'absolute', value: 2 }],
    ['.25', { kind: 'absolute', value: 0.25 }],
    ['1%', { kind: 'relative', fraction: 0.01 }],
    ['0.5 %', { kind: 'relative', fraction: 0.005 }]
  ])('%j is %j', (text, expected) => {
    expect(parseTolerance(text)).toEqual(expected)
  })

  test.each(['', 'abc', '-1', '1%%', '%', '1e3', 'Infinity', '0x10', '1,5'])(
    '%j is refused with the accepted forms',
    (text) => {
      expect(() => parseTolerance(text)).toThrow(/such as 0\.5 .* such as 1%/)
    }
  )
})

describe('numericCell', () => {
  test.each([
    ['42', 42, ''],
    ['-1234.5', -1234.5, ''],
    ['1,234.5', 1234.5, ''],
    ['1,234,567', 1234567, ''],
    ['$-1,234.50', -1234.5, '$'],
    ['-$3', -3, '$'],
    ['€1.234', 1.234, '€'],
    ['-£20', -20, '£'],
    ['¥1,000', 1000, '¥'],
    ['12.5%', 12.5, '%'],
    ['1e-3', 0.001, ''],
    [' 7 ', 7, '']
  ])('%j reads as %d (unit %j)', (text, value, unit) => {
    expect(numericCell(text)).toEqual({ value, unit })
  })

  test.each(['', 'abc', '1.234,5', '12,34', '(5)', '2024-01-02', '--1', '-$-1', '1 000', '₹5'])(
    '%j is not a number',
    (text) => {
      expect(numericCell(text)).toBeUndefined()
    }
  )
})

describe('cellsEqual', () => {
  const abs = (value: number): Tolerance => ({ kind: 'absolute', value })
  const rel = (percent: number): Tolerance => ({ kind: 'relative', fraction: percent / 100 })
  test.each([
    // without a tolerance, text compares exactly
    ['10', '10', undefined, true],
    ['10', '10.0', undefined, false],
    // absolute
    ['10', '10.4', abs(0.5), true],
    ['10', '10.5', abs(0.5), true],
    ['1.0', '1.1', abs(0.1), true],
    ['10', '10.6', abs(0.5), false],
    ['1.50', '1.5', abs(0), true],
    ['1,234.5', '1234.5', abs(0), true],
    // relative to the larger value
    ['100', '101', rel(1), true],
    ['100', '101.5', rel(1), false],
    ['-100', '-99', rel(1), true],
    ['0', '0.0001', rel(1), false],
    // units must match
    ['$10', '10', abs(1), false],
    ['10%', '10.2%', abs(0.5), true],
    // non-numeric cells compare exactly, whatever the tolerance
    ['East', 'east', abs(100), false],
    ['', '0', abs(1), false],
    ['2024-01-02', '2024-01-03', abs(5), false]
  ])('%j vs %j with %j: %s', (a, b, tolerance, expected) => {
    expect(cellsEqual(a, b, tolerance)).toBe(expected)
    expect(cellsEqual(b, a, tolerance)).toBe(expected)
  })
})
