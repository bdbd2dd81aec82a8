import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  DescribeDashboardDefinitionCommand,
  ListDashboardsCommand,
  QuickSightClient
} from '@aws-sdk/client-quicksight'
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
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

test('newIdentityCaller: identity-enhanced credentials of a user, in an account of their own', async () => {
  const jane = await stack.newIdentityCaller({ Email: 'jane@example.com' })
  expect(jane.env.AWS_SESSION_TOKEN).toBe(jane.sessionToken)
  expect(jane.userArn).toBe(`arn:aws:quicksight:eu-west-1:${jane.accountId}:user/default/jane`)
  const credentials = {
    accessKeyId: jane.env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: jane.env.AWS_SECRET_ACCESS_KEY ?? '',
    sessionToken: jane.sessionToken
  }
  const sts = new STSClient({
    region: 'eu-west-1',
    endpoint: jane.env.AWS_ENDPOINT_URL_STS,
    credentials
  })
  const who = await sts.send(new GetCallerIdentityCommand({}))
  expect(who).toMatchObject({
    Account: jane.accountId,
    Arn: `arn:aws:sts::${jane.accountId}:assumed-role/quicksight-identity/emulator-identity`
  })
  const s3 = new S3Client({
    region: 'eu-west-1',
    endpoint: jane.env.AWS_ENDPOINT_URL_S3,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED'
  })
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'jane.txt', Body: 'ok' }))
  sts.destroy()
  s3.destroy()
})

test('newCaller with a role: STS GetCallerIdentity says the caller is a session of that role', async () => {
  const caller = stack.newCaller([], { role: 'reports/quicksight-reporter' })
  const sts = new STSClient({
    region: 'eu-west-1',
    endpoint: caller.env.AWS_ENDPOINT_URL_STS,
    credentials: { accessKeyId: caller.accessKeyId, secretAccessKey: 'S3RVER' }
  })
  const who = await sts.send(new GetCallerIdentityCommand({}))
  // An assumed-role ARN drops the role's path: the role ARN cannot be rebuilt from it.
  expect(who.Arn).toBe(`arn:aws:sts::${caller.accountId}:assumed-role/quicksight-reporter/emulator`)
  sts.destroy()
})
