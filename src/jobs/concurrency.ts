/** Runs at most `limit` tasks at once; the rest wait in order (`onWait` tells when one must). */
export function concurrencyLimit(
  limit: number
): <T>(task: () => Promise<T>, onWait?: () => void) => Promise<T> {
  let active = 0
  const waiting: (() => void)[] = []
  return async (task, onWait) => {
    // A finished task hands its slot straight to the next waiter, so `active` never overshoots.
    if (active >= limit) {
      onWait?.()
      await new Promise<void>((resolve) => waiting.push(resolve))
    } else active++
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}
