import { describe, expect, test } from '@jest/globals'
import type { StartAssetBundleExportJobRequest } from '@aws-sdk/client-quicksight'
import { bundleJobDifferences } from '../../../src/kinds/asset-bundle/compare-bundle-job.js'

const asked: StartAssetBundleExportJobRequest = {
  AwsAccountId: '123456789012',
  AssetBundleExportJobId: 'b',
  ResourceArns: ['arn:1', 'arn:2'],
  ExportFormat: 'CLOUDFORMATION_JSON',
  IncludeAllDependencies: true,
  IncludePermissions: false,
  IncludeTags: false,
  ValidationStrategy: { StrictModeForAllResources: false },
  CloudFormationOverridePropertyConfiguration: {
    Dashboards: [{ Arn: 'arn:1', Properties: ['Name'] }]
  }
}

describe('bundleJobDifferences', () => {
  test('the same job (resources in any order, keys in any order): none', () => {
    expect(
      bundleJobDifferences(asked, {
        ResourceArns: ['arn:2', 'arn:1'],
        ExportFormat: 'CLOUDFORMATION_JSON',
        IncludeAllDependencies: true,
        IncludePermissions: false,
        IncludeTags: false,
        ValidationStrategy: {},
        CloudFormationOverridePropertyConfiguration: {
          Dashboards: [{ Properties: ['Name'], Arn: 'arn:1' }]
        }
      })
    ).toEqual([])
  })

  test('each difference named; options the description leaves out are not compared', () => {
    expect(
      bundleJobDifferences(asked, {
        ResourceArns: ['arn:1'],
        ExportFormat: 'CLOUDFORMATION_JSON',
        IncludePermissions: true,
        ValidationStrategy: { StrictModeForAllResources: true }
      })
    ).toEqual([
      'ResourceArns: this step asks for arn:2, which the job does not have',
      'IncludePermissions: true vs asked false',
      'ValidationStrategy.StrictModeForAllResources: true vs asked false',
      'CloudFormationOverridePropertyConfiguration: none vs asked {"Dashboards":[{"Arn":"arn:1","Properties":["Name"]}]}'
    ])
  })
})
