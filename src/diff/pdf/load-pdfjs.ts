import { DOMMatrix2D } from './dom-matrix.js'

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loaded: Promise<Pdfjs> | undefined

/**
 * pdfjs-dist's legacy (Node) build, loaded on first use, with its worker in this thread. Bundled
 * by ncc, it needs three things: a DOMMatrix before it loads (it creates one at load time and
 * Node has none; unbundled, the optional `@napi-rs/canvas` package supplies it), the worker
 * module imported here so the bundle contains it (importing it sets `globalThis.pdfjsWorker`,
 * which pdf.js's in-thread "fake worker" uses instead of importing `./pdf.worker.mjs`, a file the
 * bundle does not have), and its load-time warnings about the missing canvas package silenced.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const global = globalThis as { DOMMatrix?: unknown }
    global.DOMMatrix ??= DOMMatrix2D
    return withoutCanvasWarnings(async () => {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
      return pdfjs
    })
  })()
  return loaded
}

/** Runs `load` with pdf.js's "Warning: Cannot load/polyfill ..." console lines dropped. */
/* eslint-disable no-console -- pdf.js warns through console.warn when its module loads */
async function withoutCanvasWarnings<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^Warning: Cannot (load|polyfill) /.test(args[0])) return
    warn(...args)
  }
  try {
    return await load()
  } finally {
    console.warn = warn
  }
}
/* eslint-enable no-console */
