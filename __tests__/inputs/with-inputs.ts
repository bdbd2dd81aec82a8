/**
 * Runs `read` with the `INPUT_*` variables of `env` as the step's own (process.env, where the
 * runner puts them and @actions/core reads them), and none other; restores process.env after.
 */
export async function withInputs<T>(env: NodeJS.ProcessEnv, read: () => Promise<T>): Promise<T> {
  const isInput = (key: string): boolean => key.startsWith('INPUT_')
  const saved = Object.entries(process.env).filter(([key]) => isInput(key))
  const clear = (): void => {
    for (const key of Object.keys(process.env)) if (isInput(key)) delete process.env[key]
  }
  clear()
  for (const [key, value] of Object.entries(env))
    if (isInput(key) && value !== undefined) process.env[key] = value
  try {
    return await read()
  } finally {
    clear()
    for (const [key, value] of saved) process.env[key] = value
  }
}
