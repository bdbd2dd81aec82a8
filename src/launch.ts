import { errorMessage } from './errors.js'
import { readInputs } from './kinds/read-inputs.js'
import { addMask, fail } from './workflow-commands.js'

/**
 * The action's entry, `dist/index.cjs` (action.yml `runs.main`), bundled as CommonJS: Node starts
 * a CommonJS file without setting up its ES module loader, which costs more than the whole input
 * check. It checks the inputs with the code main.ts uses; an error is reported from here (the
 * secrets read so far masked first, as main.ts does). Valid inputs: it imports the ES module
 * bundle, `dist/index.js`, which reads them again and runs the action.
 */
const secrets = new Set<string>()
readInputs(process.env, (secret) => void secrets.add(secret)).then(
  () => {
    // A specifier the bundler leaves alone: the ES module bundle is its own file beside this one.
    const action = './index.js'
    return import(action)
  },
  (error: unknown) => {
    for (const secret of secrets) if (secret !== '') addMask(secret)
    fail(errorMessage(error))
  }
)
