import { expect, test } from '@jest/globals'
import { camelKeys, lowerCamel } from '../../emulator/bundle-casing.js'

test('lowerCamel lowers the leading capitals as the AWS SDKs for Java name members', () => {
  expect(
    ['DashboardId', 'DataSetArn', 'KPIVisual', 'SPICE', 'Name', 'name', 'RLSPermission', 'A'].map(
      lowerCamel
    )
  ).toEqual([
    'dashboardId',
    'dataSetArn',
    'kpiVisual',
    'spice',
    'name',
    'name',
    'rlsPermission',
    'a'
  ])
})

test('camelKeys renames keys at every depth and leaves values alone', () => {
  expect(
    camelKeys({
      Permissions: [{ Principal: 'P', Actions: ['quicksight:DescribeDashboard'] }],
      Name: 'X'
    })
  ).toEqual({
    permissions: [{ principal: 'P', actions: ['quicksight:DescribeDashboard'] }],
    name: 'X'
  })
})
