import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  DescribeDashboardSnapshotJobCommand,
  DescribeDashboardSnapshotJobResultCommand,
  GetIdentityContextCommand,
  ListDashboardsCommand,
  QuickSightClient,
  StartDashboardSnapshotJobCommand,
  type StartDashboardSnapshotJobCommandInput
} from '@aws-sdk/client-quicksight'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@smithy/types'
import { QUICKSIGHT_CONTEXT_PROVIDER } from '../../emulator/identity/index.js'
import { QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, REGION, client, download, until } from './helpers.js'

let emulator: QuickSightEmulator
let qs: QuickSightClient
let sts: STSClient
beforeAll(async () => {
  emulator = await new QuickSightEmulator({
    jobDurationMs: 100,
    callsPerSecond: 1000,
    deny: { AKIANOCONTEXT: ['quicksight:GetIdentityContext'], AKIANOASSUME: ['sts:AssumeRole'] }
  }).start()
  qs = client(emulator)
  sts = stsClient(emulator)
})
afterAll(async () => {
  qs.destroy()
  sts.destroy()
  await emulator.close()
})

function stsClient(
  e: QuickSightEmulator,
  credentials: AwsCredentialIdentity = { accessKeyId: 'AKIAEMULATORTEST', secretAccessKey: 's' }
): STSClient {
  return new STSClient({ region: REGION, endpoint: e.url, credentials, maxAttempts: 1 })
}

const roleArn = (name: string, account = ACCOUNT): string => `arn:aws:iam::${account}:role/${name}`

async function contextFor(
  UserIdentifier: { UserName: string } | { Email: string } | { UserArn: string },
  Namespace: string | undefined = 'default',
  c: QuickSightClient = qs
): Promise<string> {
  const r = await c.send(
    new GetIdentityContextCommand({ AwsAccountId: ACCOUNT, UserIdentifier, Namespace })
  )
  return r.Context ?? ''
}

async function identityCredentials(
  context: string,
  role = 'quicksight-identity',
  s: STSClient = sts
): Promise<AwsCredentialIdentity & { expiration: Date }> {
  const r = await s.send(
    new AssumeRoleCommand({
      RoleArn: roleArn(role),
      RoleSessionName: 'report-jane',
      ProvidedContexts: [{ ProviderArn: QUICKSIGHT_CONTEXT_PROVIDER, ContextAssertion: context }]
    })
  )
  return {
    accessKeyId: r.Credentials?.AccessKeyId ?? '',
    secretAccessKey: r.Credentials?.SecretAccessKey ?? '',
    sessionToken: r.Credentials?.SessionToken ?? '',
    expiration: r.Credentials?.Expiration ?? new Date(0)
  }
}

const qsWith = (credentials: AwsCredentialIdentity, e = emulator): QuickSightClient =>
  new QuickSightClient({ region: REGION, endpoint: e.url, credentials, maxAttempts: 1 })

let jobs = 0
function startInput(
  DashboardId = 'sales',
  extra: Partial<StartDashboardSnapshotJobCommandInput> = {}
): StartDashboardSnapshotJobCommandInput {
  return {
    AwsAccountId: ACCOUNT,
    DashboardId,
    SnapshotJobId: `reg-${++jobs}`,
    SnapshotConfiguration: {
      FileGroups: [
        {
          Files: [
            {
              FormatType: 'CSV',
              SheetSelections: [
                {
                  SheetId: DashboardId === 'sales' ? 'details' : 'fin-ledger',
                  SelectionScope: 'SELECTED_VISUALS',
                  VisualIds: [DashboardId === 'sales' ? 'orders-table' : 'ledger-orders']
                }
              ]
            }
          ]
        }
      ]
    },
    ...extra
  }
}

async function finished(c: QuickSightClient, input: StartDashboardSnapshotJobCommandInput) {
  const ids = {
    AwsAccountId: ACCOUNT,
    DashboardId: input.DashboardId,
    SnapshotJobId: input.SnapshotJobId
  }
  return until(
    () => c.send(new DescribeDashboardSnapshotJobResultCommand(ids)).catch(() => undefined),
    (r) => r?.JobStatus === 'COMPLETED' || r?.JobStatus === 'FAILED'
  )
}

/** The Region column (4th) of a CSV's data rows. */
async function regionsOf(url: string): Promise<Set<string>> {
  const text = (await download(emulator, url)).body.toString('utf8')
  const [header = '', ...rows] = text.trim().split('\r\n')
  const at = header.split(',').indexOf('Region')
  return new Set(rows.map((r) => r.split(',')[at] ?? ''))
}

describe('GetIdentityContext', () => {
  test('names a user by name, e-mail or ARN; the same user each way', async () => {
    const byName = await contextFor({ UserName: 'jane' })
    const byEmail = await contextFor({ Email: 'JANE@example.com' })
    const byArn = await contextFor(
      { UserArn: `arn:aws:quicksight:${REGION}:${ACCOUNT}:user/default/jane` },
      undefined
    )
    for (const c of [byName, byEmail, byArn]) expect(c.length).toBeGreaterThan(20)
    const issued = emulator.identity.contexts.issued.slice(-3)
    expect(issued.map((i) => [i.identifiedBy, i.userArn])).toEqual(
      ['UserName', 'Email', 'UserArn'].map((k) => [
        k,
        `arn:aws:quicksight:${REGION}:${ACCOUNT}:user/default/jane`
      ])
    )
    const call = emulator.calls.filter((c) => c.operation === 'GetIdentityContext').at(-1)
    expect(call).toMatchObject({ status: 200, accountId: ACCOUNT })
  })

  test('an unknown user, namespace or foreign ARN is ResourceNotFoundException (404)', async () => {
    for (const [id, ns] of [
      [{ UserName: 'nobody' }, 'default'],
      [{ Email: 'nobody@example.com' }, 'default'],
      [{ UserName: 'jane' }, 'partners'],
      [{ UserName: 'jane' }, 'no-such-namespace'],
      [{ UserArn: `arn:aws:quicksight:${REGION}:999999999999:user/default/jane` }, undefined]
    ] as const) {
      await expect(contextFor(id, ns)).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        $metadata: { httpStatusCode: 404 }
      })
    }
    await expect(contextFor({ UserName: 'ana' }, 'partners')).resolves.toBeTruthy()
  })

  test('a name or e-mail without Namespace, or no identifier, is InvalidParameterValueException', async () => {
    for (const id of [{ UserName: 'jane' }, { Email: 'jane@example.com' }]) {
      await expect(
        qs.send(new GetIdentityContextCommand({ AwsAccountId: ACCOUNT, UserIdentifier: id }))
      ).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
    }
    await expect(
      qs.send(
        new GetIdentityContextCommand({
          AwsAccountId: ACCOUNT,
          UserIdentifier: { UserName: 'jane' },
          Namespace: 'default',
          SessionExpiresAt: new Date(Date.now() - 60_000)
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
  })

  test('a key whose policy denies quicksight:GetIdentityContext gets AccessDeniedException (401)', async () => {
    const denied = client(emulator, 'AKIANOCONTEXT')
    await expect(contextFor({ UserName: 'jane' }, 'default', denied)).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 401 },
      message: expect.stringContaining('quicksight:GetIdentityContext')
    })
    denied.destroy()
  })
})

describe('STS AssumeRole with a QuickSight context', () => {
  test('issues identity-enhanced credentials for the user, sent as ProvidedContexts.member.N', async () => {
    const creds = await identityCredentials(await contextFor({ UserName: 'jane' }))
    expect(creds.accessKeyId).toMatch(/^ASIA[0-9A-F]{16}$/)
    expect(creds.expiration.getTime()).toBeGreaterThan(Date.now() + 3500_000)
    const session = emulator.identity.sts.sessions.get(creds.accessKeyId)
    expect(session).toMatchObject({
      roleArn: roleArn('quicksight-identity'),
      assumedRoleArn: `arn:aws:sts::${ACCOUNT}:assumed-role/quicksight-identity/report-jane`,
      sessionToken: creds.sessionToken,
      identity: { userName: 'jane', namespace: 'default' }
    })
    const me = stsClient(emulator, creds)
    const who = await me.send(new GetCallerIdentityCommand({}))
    expect(who.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/quicksight-identity/report-jane`)
    me.destroy()
  })

  test('a role whose trust policy lacks sts:SetContext: AccessDenied naming sts:SetContext', async () => {
    const context = await contextFor({ UserName: 'jane' })
    await expect(identityCredentials(context, 'quicksight-no-context')).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
      message: expect.stringMatching(
        /not authorized to perform: sts:SetContext on resource: arn:aws:iam::\d{12}:role\/quicksight-no-context/
      )
    })
    // Without a context the same role is fine: plain role credentials.
    const plain = await sts.send(
      new AssumeRoleCommand({ RoleArn: roleArn('quicksight-no-context'), RoleSessionName: 'plain' })
    )
    expect(plain.Credentials?.AccessKeyId).toBeTruthy()
  })

  test('an unknown role, a role path left out, or a caller without sts:AssumeRole: AccessDenied', async () => {
    const context = await contextFor({ UserName: 'jane' })
    for (const role of ['no-such-role', 'quicksight-reporter'])
      await expect(identityCredentials(context, role)).rejects.toMatchObject({
        name: 'AccessDenied',
        message: expect.stringContaining('sts:AssumeRole')
      })
    await expect(identityCredentials(context, 'reports/quicksight-reporter')).resolves.toBeTruthy()
    const noAssume = stsClient(emulator, { accessKeyId: 'AKIANOASSUME', secretAccessKey: 's' })
    await expect(
      identityCredentials(context, 'quicksight-identity', noAssume)
    ).rejects.toMatchObject({ name: 'AccessDenied' })
    noAssume.destroy()
  })

  test('a forged or altered context assertion: ExpiredTokenException (400)', async () => {
    const context = await contextFor({ UserName: 'jane' })
    for (const bad of ['not-a-context', `${context.slice(0, -3)}AAA`])
      await expect(identityCredentials(bad)).rejects.toMatchObject({
        name: 'ExpiredTokenException',
        $metadata: { httpStatusCode: 400 }
      })
  })

  test('DurationSeconds above the role MaxSessionDuration (3600) is a ValidationError', async () => {
    await expect(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn('quicksight-identity'),
          RoleSessionName: 'long',
          DurationSeconds: 7200
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationError', $metadata: { httpStatusCode: 400 } })
  })

  test('SessionExpiresAt of the context caps the Expiration of the credentials', async () => {
    const end = new Date(Math.floor(Date.now() / 1000 + 1200) * 1000)
    const r = await qs.send(
      new GetIdentityContextCommand({
        AwsAccountId: ACCOUNT,
        UserIdentifier: { UserName: 'jane' },
        Namespace: 'default',
        SessionExpiresAt: end
      })
    )
    const creds = await identityCredentials(r.Context ?? '')
    expect(creds.expiration.getTime()).toBe(end.getTime())
  })
})

describe('snapshot jobs of a registered user', () => {
  test("renders the user's own rows; the result comes under RegisteredUsers", async () => {
    for (const [user, regions] of [
      ['jane', ['EMEA']],
      ['raj', ['APAC']]
    ] as const) {
      const mine = qsWith(await identityCredentials(await contextFor({ UserName: user })))
      const input = startInput()
      await mine.send(new StartDashboardSnapshotJobCommand(input))
      const done = await finished(mine, input)
      expect(done?.Result?.AnonymousUsers).toBeUndefined()
      const url = done?.Result?.RegisteredUsers?.[0]?.FileGroups?.[0]?.S3Results?.[0]?.S3Uri
      expect([...(await regionsOf(url ?? ''))]).toEqual(regions)
      const described = await mine.send(
        new DescribeDashboardSnapshotJobCommand({
          AwsAccountId: ACCOUNT,
          DashboardId: 'sales',
          SnapshotJobId: input.SnapshotJobId
        })
      )
      expect(described.UserConfiguration).toBeUndefined()
      const calls = emulator.calls.filter((c) => c.jobId === input.SnapshotJobId)
      expect(new Set(calls.map((c) => c.userArn))).toEqual(
        new Set([`arn:aws:quicksight:${REGION}:${ACCOUNT}:user/default/${user}`])
      )
      mine.destroy()
    }
    const anonymous = startInput('sales', { UserConfiguration: { AnonymousUsers: [{}] } })
    await qs.send(new StartDashboardSnapshotJobCommand(anonymous))
    const done = await finished(qs, anonymous)
    expect(done?.Result?.RegisteredUsers).toBeUndefined()
    const url = done?.Result?.AnonymousUsers?.[0]?.FileGroups?.[0]?.S3Results?.[0]?.S3Uri
    expect(await regionsOf(url ?? '')).toEqual(new Set(['EMEA', 'APAC', 'AMER']))
  })

  test('identity-enhanced credentials with UserConfiguration, plain ones without: InvalidParameterValueException', async () => {
    const mine = qsWith(await identityCredentials(await contextFor({ UserName: 'jane' })))
    await expect(
      mine.send(
        new StartDashboardSnapshotJobCommand(
          startInput('sales', { UserConfiguration: { AnonymousUsers: [{}] } })
        )
      )
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      $metadata: { httpStatusCode: 400 },
      message: expect.stringContaining('identity-enhanced')
    })
    await expect(qs.send(new StartDashboardSnapshotJobCommand(startInput()))).rejects.toMatchObject(
      {
        name: 'InvalidParameterValueException',
        message: expect.stringContaining('UserConfiguration')
      }
    )
    mine.destroy()
  })

  test('identity-enhanced credentials may call only the three snapshot operations', async () => {
    const mine = qsWith(await identityCredentials(await contextFor({ UserName: 'jane' })))
    await expect(
      mine.send(new ListDashboardsCommand({ AwsAccountId: ACCOUNT }))
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('quicksight:ListDashboards')
    })
    await expect(
      mine.send(new ListDashboardsCommand({ AwsAccountId: '210987654321' }))
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
    mine.destroy()
  })

  test('a user without access to the dashboard: the job FAILS with DASHBOARD_ACCESS_DENIED', async () => {
    const raj = qsWith(await identityCredentials(await contextFor({ UserName: 'raj' })))
    const input = startInput('finance-monthly')
    await raj.send(new StartDashboardSnapshotJobCommand(input))
    const done = await finished(raj, input)
    expect(done?.JobStatus).toBe('FAILED')
    expect(done?.ErrorInfo?.ErrorType).toBe('DASHBOARD_ACCESS_DENIED')
    raj.destroy()
  })

  test('a job is read only by the user who started it: another user or plain credentials get AccessDeniedException', async () => {
    const jane = qsWith(await identityCredentials(await contextFor({ UserName: 'jane' })))
    const raj = qsWith(await identityCredentials(await contextFor({ UserName: 'raj' })))
    const ids = (input: StartDashboardSnapshotJobCommandInput) => ({
      AwsAccountId: ACCOUNT,
      DashboardId: input.DashboardId,
      SnapshotJobId: input.SnapshotJobId
    })
    const janes = startInput()
    await jane.send(new StartDashboardSnapshotJobCommand(janes))
    await finished(jane, janes)
    const plain = startInput('sales', { UserConfiguration: { AnonymousUsers: [{}] } })
    await qs.send(new StartDashboardSnapshotJobCommand(plain))
    await finished(qs, plain)
    for (const [caller, input] of [
      [raj, janes],
      [qs, janes],
      [jane, plain]
    ] as const) {
      await expect(
        caller.send(new DescribeDashboardSnapshotJobCommand(ids(input)))
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 401 },
        message: expect.stringContaining('started by a different user')
      })
      await expect(
        caller.send(new DescribeDashboardSnapshotJobResultCommand(ids(input)))
      ).rejects.toMatchObject({ name: 'AccessDeniedException' })
    }
    await expect(
      jane.send(new DescribeDashboardSnapshotJobCommand(ids(janes)))
    ).resolves.toMatchObject({ JobStatus: 'COMPLETED' })
    jane.destroy()
    raj.destroy()
  })

  test('a user a test adds has their own rows', async () => {
    emulator.identity.users.add({
      userName: 'gizmo-fan',
      email: 'gizmo@example.com',
      namespace: 'default',
      rls: { product: 'Gizmo', region: 'AMER' }
    })
    const mine = qsWith(await identityCredentials(await contextFor({ Email: 'gizmo@example.com' })))
    const input = startInput()
    await mine.send(new StartDashboardSnapshotJobCommand(input))
    const done = await finished(mine, input)
    const url = done?.Result?.RegisteredUsers?.[0]?.FileGroups?.[0]?.S3Results?.[0]?.S3Uri
    expect([...(await regionsOf(url ?? ''))]).toEqual(['AMER'])
    mine.destroy()
  })

  test('credentials of a user removed since: AccessDeniedException on the snapshot calls', async () => {
    const user = { userName: 'leaver', email: 'leaver@example.com', namespace: 'default', rls: {} }
    emulator.identity.users.add(user)
    const leaver = qsWith(await identityCredentials(await contextFor({ UserName: 'leaver' })))
    const started = startInput()
    await leaver.send(new StartDashboardSnapshotJobCommand(started))
    expect(emulator.identity.users.remove('default', 'leaver')).toBe(true)
    await expect(
      leaver.send(new StartDashboardSnapshotJobCommand(startInput()))
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 401 },
      message: expect.stringContaining('no longer exists')
    })
    await expect(
      leaver.send(
        new DescribeDashboardSnapshotJobCommand({
          AwsAccountId: ACCOUNT,
          DashboardId: 'sales',
          SnapshotJobId: started.SnapshotJobId
        })
      )
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
    leaver.destroy()
  })
})

describe('temporary credentials', () => {
  test('without their session token: UnrecognizedClientException (403)', async () => {
    const creds = await identityCredentials(await contextFor({ UserName: 'jane' }))
    const tokenless = qsWith({ accessKeyId: creds.accessKeyId, secretAccessKey: 'x' })
    await expect(
      tokenless.send(new StartDashboardSnapshotJobCommand(startInput()))
    ).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      $metadata: { httpStatusCode: 403 }
    })
    tokenless.destroy()
  })

  test('after their Expiration (scaled): ExpiredTokenException (403); an old context is refused by STS', async () => {
    const fast = await new QuickSightEmulator({
      timeScale: 0.001,
      identityContextTtlSeconds: 600
    }).start()
    const fastQs = client(fast)
    const fastSts = stsClient(fast)
    const context = (
      await fastQs.send(
        new GetIdentityContextCommand({
          AwsAccountId: ACCOUNT,
          UserIdentifier: { UserName: 'jane' },
          Namespace: 'default'
        })
      )
    ).Context
    const creds = await identityCredentials(context ?? '', 'quicksight-identity', fastSts)
    expect(creds.expiration.getTime() - Date.now()).toBeLessThan(3700)
    await new Promise((r) => setTimeout(r, 3700))
    const expired = qsWith(creds, fast)
    await expect(
      expired.send(new StartDashboardSnapshotJobCommand(startInput()))
    ).rejects.toMatchObject({ name: 'ExpiredTokenException', $metadata: { httpStatusCode: 403 } })
    await expect(
      identityCredentials(context ?? '', 'quicksight-identity', fastSts)
    ).rejects.toMatchObject({ name: 'ExpiredTokenException' })
    for (const c of [expired, fastQs, fastSts]) c.destroy()
    await fast.close()
  })
})
