/** Growing delays with jitter: first near `initialMs`, times `factor` each step, never above `capMs`. */
export interface BackoffOptions {
  initialMs: number
  capMs: number
  factor?: number
  /** 0..1: how much of each delay is random. 1 = full jitter. */
  jitter?: number
  random?: () => number
}

export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const { initialMs, capMs, factor = 1.5, jitter = 0.2, random = Math.random } = options
  const base = Math.min(capMs, initialMs * factor ** attempt)
  return Math.round(base * (1 - jitter) + base * jitter * random())
}
