import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { GetIdentityContextCommand, QuickSightClient } from '@aws-sdk/client-quicksight'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import S3rver from 's3rver'
import { DataExchangeEmulator, type DataExchangeOptions } from './data-exchange/index.js'
import { QUICKSIGHT_CONTEXT_PROVIDER } from './identity/index.js'
import { EmulatorOptions, QuickSightEmulator } from './server.js'

/** Credentials of their own on a shared stack (see `Stack.newCaller`). */
export interface Caller {
  /** `Stack.env` with this caller's access key id. */
  env: Record<string, string>
  accessKeyId: string
  /** The account STS reports for the key: the caller's own QuickSight call rate and job slots. */
  accountId: string
}

export interface Stack {
  emulator: QuickSightEmulator
  /** AWS Data Exchange, writing to the same S3 server and serving signed URLs from the same file server. */
  dataExchange: DataExchangeEmulator
  s3Endpoint: string
  bucket: string
  /** s3rver's folder: objects live under <dir>/<bucket>/<key>._S3rver_object */
  s3Dir: string
  /** The environment the action needs to reach this stack, as on a runner. */
  env: Record<string, string>
  /**
   * `env` with credentials of their own whose IAM policy denies these QuickSight actions, e.g.
   * `envDenying(['quicksight:DescribeDashboardDefinition'])`; S3 accepts them as it does `env`'s.
   */
  envDenying: (actions: string[]) => Record<string, string>
  /**
   * A fresh access key id (S3 accepts it) in a fresh account (STS GetCallerIdentity reports it),
   * whose IAM policy denies `deny`: tests sharing the stack at once neither share call rates or
   * job slots nor see each other's calls (`emulator.calls` records `accessKeyId`).
   */
  newCaller: (deny?: string[], options?: { role?: string }) => Caller
  /**
   * A fresh caller whose credentials are already identity-enhanced for a registered user: the
   * stack calls GetIdentityContext and AssumeRole (role `quicksight-identity` unless `role`)
   * for it. `env` carries AWS_SESSION_TOKEN; S3 accepts the keys.
   */
  newIdentityCaller: (
    user: { UserName: string } | { Email: string } | { UserArn: string },
    options?: { namespace?: string; role?: string }
  ) => Promise<Caller & { sessionToken: string; userArn: string }>
  close: () => Promise<void>
}

export const REGION = 'eu-west-1'
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
/** s3rver's one account (it has no API for more keys): lets other access key ids sign for it. */
const s3rverAccount = (
  createRequire(import.meta.url)('s3rver/lib/models/account') as {
    DUMMY_ACCOUNT: { createKeyPair: (id: string, secret: string) => void }
  }
).DUMMY_ACCOUNT
let deniedKeys = 0
let callers = 0

/** Starts an S3 server (s3rver) and the QuickSight emulator writing to it, on 127.0.0.1. */
export async function startStack(
  options: EmulatorOptions & {
    bucket?: string
    /** Options of the Data Exchange emulator (e.g. `keyDatePadding: 'unpadded'`). */
    dataExchange?: Pick<DataExchangeOptions, 'keyDatePadding' | 'concurrentJobs' | 'callsPerSecond'>
  } = {}
): Promise<Stack> {
  const bucket = options.bucket ?? 'reports'
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-stack-'))
  const s3Dir = path.join(dir, 's3')
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: bucket, configs: [] }]
  })
  const address = (await s3rver.run()) as AddressInfo
  const s3Endpoint = `http://127.0.0.1:${address.port}`
  const emulator = await new QuickSightEmulator({
    ...options,
    s3: { endpoint: s3Endpoint, ...CREDENTIALS }
  }).start()
  const dataExchange = await new DataExchangeEmulator({
    s3: { endpoint: s3Endpoint, ...CREDENTIALS },
    files: emulator.files,
    timeScale: options.timeScale,
    jobDurationMs: options.jobDurationMs,
    ...options.dataExchange
  }).start()
  const caFile = path.join(dir, 'emulator-ca.pem')
  await writeFile(caFile, emulator.files.certPem)
  const env: Record<string, string> = {
    AWS_REGION: REGION,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_QUICKSIGHT: emulator.url,
    AWS_ENDPOINT_URL_STS: emulator.url,
    AWS_ENDPOINT_URL_S3: s3Endpoint,
    AWS_ENDPOINT_URL_DATAEXCHANGE: dataExchange.url,
    NODE_EXTRA_CA_CERTS: caFile
  }
  // Role sessions sign S3 calls as the role would: s3rver accepts their keys.
  emulator.identity.sts.onIssue.push((session) =>
    s3rverAccount.createKeyPair(session.accessKeyId, session.secretAccessKey)
  )
  /** Another access key id that s3rver accepts, with its QuickSight policy. */
  const addKey = (accessKeyId: string, deny: string[]): Record<string, string> => {
    emulator.permissions.deny(accessKeyId, deny)
    s3rverAccount.createKeyPair(accessKeyId, CREDENTIALS.secretAccessKey)
    return { ...env, AWS_ACCESS_KEY_ID: accessKeyId }
  }
  const newCaller = (deny: string[] = [], options: { role?: string } = {}): Caller => {
    const n = ++callers
    const accessKeyId = `AKIACALLER${String(n).padStart(6, '0')}`
    const accountId = String(200_000_000_000 + n)
    emulator.accountsByKey.set(accessKeyId, accountId)
    if (options.role) emulator.rolesByKey.set(accessKeyId, options.role)
    return { env: addKey(accessKeyId, deny), accessKeyId, accountId }
  }
  return {
    emulator,
    dataExchange,
    s3Endpoint,
    bucket,
    s3Dir,
    env,
    envDenying: (actions) => addKey(`AKIADENIED${String(++deniedKeys).padStart(6, '0')}`, actions),
    newCaller,
    newIdentityCaller: async (user, options = {}) => {
      const caller = newCaller()
      const credentials = {
        accessKeyId: caller.accessKeyId,
        secretAccessKey: CREDENTIALS.secretAccessKey
      }
      const config = { region: REGION, credentials, maxAttempts: 1 }
      const qs = new QuickSightClient({ ...config, endpoint: emulator.url })
      const sts = new STSClient({ ...config, endpoint: emulator.url })
      try {
        const { Context } = await qs.send(
          new GetIdentityContextCommand({
            AwsAccountId: caller.accountId,
            UserIdentifier: user,
            Namespace: 'UserArn' in user ? options.namespace : (options.namespace ?? 'default')
          })
        )
        const role = options.role ?? 'quicksight-identity'
        const assumed = await sts.send(
          new AssumeRoleCommand({
            RoleArn: `arn:aws:iam::${caller.accountId}:role/${role}`,
            RoleSessionName: 'emulator-identity',
            ProvidedContexts: [
              { ProviderArn: QUICKSIGHT_CONTEXT_PROVIDER, ContextAssertion: Context }
            ]
          })
        )
        const c = assumed.Credentials
        const accessKeyId = c?.AccessKeyId ?? ''
        const sessionToken = c?.SessionToken ?? ''
        const session = emulator.identity.sts.sessions.get(accessKeyId)
        return {
          accessKeyId,
          accountId: caller.accountId,
          sessionToken,
          userArn: session?.identity?.userArn ?? '',
          env: {
            ...env,
            AWS_ACCESS_KEY_ID: accessKeyId,
            AWS_SECRET_ACCESS_KEY: c?.SecretAccessKey ?? '',
            AWS_SESSION_TOKEN: sessionToken
          }
        }
      } finally {
        qs.destroy()
        sts.destroy()
      }
    },
    close: async () => {
      await dataExchange.close()
      await emulator.close()
      // Connections still open (a download cut short, a client's keep-alive socket) would hold
      // close() until they time out, and the test process with it.
      const s3Server = (s3rver as unknown as { httpServer?: Server }).httpServer
      s3Server?.closeAllConnections()
      await s3rver.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
