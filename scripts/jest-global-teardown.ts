import { rm } from 'node:fs/promises'

/** Jest's globalTeardown: removes the run's temp dir that jest-global-setup.ts made. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.QSE_RUN_TEMP_DIR
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5 })
}
