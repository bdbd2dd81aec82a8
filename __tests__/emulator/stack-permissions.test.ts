import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  DescribeDashboardDefinitionCommand,
  ListDashboardsCommand,
  QuickSightClient
} from '@aws-sdk/client-quicksight'
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { startStack, Stack } from '../../emulator/stack.js'
import { ACCOUNT } from './helpers.js'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

test('envDenying: credentials without DescribeDashboardDefinition that S3 still accepts', async () => {
  const env = stack.envDenying(['quicksight:DescribeDashboardDefinition'])
  expect(env.AWS_ACCESS_KEY_ID).not.toBe(stack.env.AWS_ACCESS_KEY_ID)
  const credentials = {
    accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? ''
  }
  const qs = new QuickSightClient({
    region: env.AWS_REGION,
    endpoint: env.AWS_ENDPOINT_URL_QUICKSIGHT,
    credentials,
    maxAttempts: 1
  })
  await expect(
    qs.send(new DescribeDashboardDefinitionCommand({ AwsAccountId: ACCOUNT, DashboardId: 'sales' }))
  ).rejects.toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 401 } })
  await expect(qs.send(new ListDashboardsCommand({ AwsAccountId: ACCOUNT }))).resolves.toBeDefined()
  const s3 = new S3Client({
    region: env.AWS_REGION,
    endpoint: env.AWS_ENDPOINT_URL_S3,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED'
  })
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'probe.txt', Body: 'ok' }))
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket }))
  expect(listed.Contents?.map((o) => o.Key)).toContain('probe.txt')
  qs.destroy()
  s3.destroy()
})
