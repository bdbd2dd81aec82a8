import { describe, expect, test } from '@jest/globals'
import { zipSync, strToU8 } from 'fflate'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { assetOf, inspectBundle } from '../../../src/kinds/asset-bundle/bundle-assets.js'

const json = (value: unknown): string => JSON.stringify(value)

describe('assetOf: an asset file of a QuickSight JSON bundle', () => {
  test('lowerCamelCase as QuickSight writes it: name and <type>Id', () => {
    expect(
      assetOf(
        'dashboard',
        'sales',
        json({ resourceType: 'dashboard', dashboardId: 'sales', name: 'Sales Overview' })
      )
    ).toEqual({ type: 'dashboard', id: 'sales', name: 'Sales Overview' })
    expect(assetOf('dataset', 'f', json({ dataSetId: 'ds-1', name: 'Sales data' }))).toEqual({
      type: 'dataset',
      id: 'ds-1',
      name: 'Sales data'
    })
    expect(assetOf('datasource', 'f', json({ dataSourceId: 'src', name: 'Athena' })).id).toBe('src')
    expect(assetOf('vpcConnection', 'f', json({ vpcConnectionId: 'vpc-1', name: 'VPC' })).id).toBe(
      'vpc-1'
    )
    expect(assetOf('theme', 'f', json({ themeId: 'corp', name: 'Corporate' })).id).toBe('corp')
    expect(assetOf('analysis', 'f', json({ analysisId: 'an', name: 'An' })).id).toBe('an')
  })

  test('PascalCase is accepted too (the casing is not documented)', () => {
    expect(assetOf('dataset', 'f', json({ DataSetId: 'ds-1', Name: 'Sales data' }))).toEqual({
      type: 'dataset',
      id: 'ds-1',
      name: 'Sales data'
    })
  })

  test('the file name stands in for a missing id; no name, no JSON or not an object: no name', () => {
    expect(assetOf('dashboard', 'sales', json({ name: 'Sales' }))).toEqual({
      type: 'dashboard',
      id: 'sales',
      name: 'Sales'
    })
    expect(assetOf('dashboard', 'sales', json({ dashboardId: 'sales' })).name).toBeUndefined()
    expect(assetOf('dashboard', 'sales', '../../etc/passwd')).toEqual({
      type: 'dashboard',
      id: 'sales'
    })
    expect(assetOf('dashboard', 'sales', '[1]')).toEqual({ type: 'dashboard', id: 'sales' })
    // A name nested deeper (a visual's) is not the asset's.
    expect(
      assetOf('dashboard', 'sales', json({ definition: { sheets: [{ name: 'Overview' }] } })).name
    ).toBeUndefined()
  })
})

describe('inspectBundle', () => {
  test('a zip as QuickSight writes it lists every asset with its name', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bundle-assets-'))
    try {
      const file = path.join(dir, 'assetbundle-x.qs')
      await writeFile(
        file,
        zipSync({
          'dashboard/sales.json': strToU8(json({ dashboardId: 'sales', name: 'Sales Overview' })),
          'dataset/sales-dataset.json': strToU8(json({ dataSetId: 'sales-dataset', name: 'Sales' }))
        })
      )
      expect(await inspectBundle(file)).toEqual({
        zip: true,
        assets: [
          { type: 'dashboard', id: 'sales', name: 'Sales Overview' },
          { type: 'dataset', id: 'sales-dataset', name: 'Sales' }
        ]
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
