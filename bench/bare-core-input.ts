import * as core from '@actions/core'

/**
 * Baseline for figure 1: `@actions/core` loaded, one required input read, the step failed. Bundled
 * by bench/cold-start.ts as dist/ is (bench/bundle.ts), so it starts as the action does.
 */
try {
  core.getInput('format', { required: true })
  core.setFailed("Invalid input 'format'")
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error))
}
