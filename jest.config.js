// The tests run in a time zone far from UTC, so that code reading the machine's local time where
// it means UTC fails them (GitHub's runners are UTC; self-hosted machines may not be). Set TZ to
// run them in another zone.
process.env.TZ ??= 'Pacific/Auckland'

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // A test run leaves nothing in the system temp dir: the run gets one TMPDIR of its own
  // (qse-run-jest-<pid>-*), removed when the run ends, failed tests or not; jest's and ts-jest's
  // cache live in node_modules/.cache.
  globalSetup: './scripts/jest-global-setup.ts',
  globalTeardown: './scripts/jest-global-teardown.ts',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  // Generous: an end-to-end test shares two cores with the others running at once, and a busy
  // machine slows it down without making it wrong.
  testTimeout: 120_000,
  // Two files at once (one per core), and within a file up to 4 `test.concurrent` tests at once:
  // end-to-end tests mostly wait for their action process and the emulator's jobs, about 4 runs
  // keep both cores busy.
  maxWorkers: 2,
  maxConcurrency: 4,
  // A worker that ran the end-to-end files holds ~500 MB: told to stop, it reaches 'exit' at once
  // (no handle left open), but tearing down that heap on a busy machine can outlast jest's default
  // 500 ms, which jest then reports as a leak.
  workerGracefulExitTimeout: 5000,
  verbose: false
}
