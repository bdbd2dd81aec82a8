export const id = 3874;
export const ids = [3874];
export const modules = {

/***/ 63874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comparePdf: () => (/* binding */ comparePdf)
});

;// CONCATENATED MODULE: ./src/diff/pdf/line-diff.ts
/** Line pairs past which the longest-common-subsequence table is not built. */
const MAX_TABLE = 1_000_000;
/**
 * A unified diff of two pages' lines, with one line of context: `@@ -a,n +b,m @@` hunk headers,
 * then lines starting with ` `, `-` or `+`. Longer diffs are cut at `maxLines` with a last line
 * `… N more lines`.
 */
function lineDiff(before, after, maxLines = 20) {
    const lines = hunks(editScript(before, after));
    if (lines.length <= maxLines)
        return lines;
    return [...lines.slice(0, maxLines - 1), `… ${lines.length - maxLines + 1} more lines`];
}
/** The shortest edit from `a` to `b`; past MAX_TABLE line pairs, the differing middle is replaced. */
function editScript(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const same = (lines) => lines.map((text) => ({ kind: ' ', text }));
    const x = a.slice(start, endA);
    const y = b.slice(start, endB);
    return [...same(a.slice(0, start)), ...middle(x, y), ...same(a.slice(endA))];
}
/** The shortest edit between two runs of lines, from their longest common subsequence. */
function middle(x, y) {
    const removed = (text = '') => ({ kind: '-', text });
    const added = (text = '') => ({ kind: '+', text });
    if (x.length * y.length > MAX_TABLE || x.length === 0 || y.length === 0) {
        return [...x.map((t) => removed(t)), ...y.map((t) => added(t))];
    }
    // lcs(i, j): length of the longest common subsequence of x[i..] and y[j..].
    const width = y.length + 1;
    const table = new Uint32Array((x.length + 1) * width);
    const lcs = (i, j) => table[i * width + j] ?? 0;
    for (let i = x.length - 1; i >= 0; i--) {
        for (let j = y.length - 1; j >= 0; j--) {
            table[i * width + j] =
                x[i] === y[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
        if (i < x.length && j < y.length && x[i] === y[j]) {
            ops.push({ kind: ' ', text: x[i] ?? '' });
            i++;
            j++;
        }
        else if (j === y.length || (i < x.length && lcs(i + 1, j) >= lcs(i, j + 1))) {
            ops.push(removed(x[i++]));
        }
        else
            ops.push(added(y[j++]));
    }
    return ops;
}
/** Groups the changed lines, each with a line of context, under hunk headers. */
function hunks(ops) {
    const near = ops.map((_, k) => [k - 1, k, k + 1].some((n) => ops[n] && ops[n].kind !== ' '));
    const out = [];
    let lineA = 1;
    let lineB = 1;
    for (let k = 0; k < ops.length;) {
        if (!near[k]) {
            const op = ops[k++];
            if (op?.kind !== '+')
                lineA++;
            if (op?.kind !== '-')
                lineB++;
            continue;
        }
        const body = [];
        const [fromA, fromB] = [lineA, lineB];
        for (; k < ops.length && near[k]; k++) {
            const op = ops[k];
            body.push(`${op.kind}${op.text}`);
            if (op.kind !== '+')
                lineA++;
            if (op.kind !== '-')
                lineB++;
        }
        out.push(`@@ -${fromA},${lineA - fromA} +${fromB},${lineB - fromB} @@`, ...body);
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/diff/pdf/load-pdfjs.ts + 1 modules
var load_pdfjs = __webpack_require__(85871);
;// CONCATENATED MODULE: ./src/diff/pdf/pdf-pages.ts


/** Opens a PDF with pdf.js (loaded on first use); the file is read whole, as pdf.js needs. */
async function openPdf(file) {
    const pdfjs = await (0,load_pdfjs/* loadPdfjs */.I)();
    const doc = await pdfjs.getDocument({
        data: new Uint8Array(await (0,promises_.readFile)(file)),
        verbosity: pdfjs.VerbosityLevel.ERRORS,
        isEvalSupported: false,
        useSystemFonts: false,
        stopAtErrors: false
    }).promise;
    return {
        count: doc.numPages,
        async lines(number) {
            const page = await doc.getPage(number);
            const content = await page.getTextContent();
            page.cleanup();
            const text = content.items
                .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
                .join('');
            return text
                .split('\n')
                .map((line) => line.trimEnd())
                .filter((line) => line !== '');
        },
        close: () => doc.destroy()
    };
}

;// CONCATENATED MODULE: ./src/diff/pdf/compare-pdf.ts


/**
 * Compares two PDFs page by page (page n with page n) by their text lines: a page whose lines
 * differ, or that only one file has, is changed; the first `maxPageDiffs` get a line diff.
 */
async function comparePdf(file, before, after, maxPageDiffs) {
    const baseline = await openPdf(before);
    try {
        const current = await openPdf(after);
        try {
            const changed = [];
            const pageDiffs = [];
            for (let page = 1; page <= Math.max(baseline.count, current.count); page++) {
                const was = page <= baseline.count ? await baseline.lines(page) : [];
                const is = page <= current.count ? await current.lines(page) : [];
                const same = page <= baseline.count &&
                    page <= current.count &&
                    was.length === is.length &&
                    was.every((line, i) => line === is[i]);
                if (same)
                    continue;
                changed.push(page);
                if (pageDiffs.length < maxPageDiffs)
                    pageDiffs.push({ page, lines: lineDiff(was, is) });
            }
            return {
                file,
                format: 'pdf',
                status: changed.length > 0 ? 'changed' : 'unchanged',
                pages: { before: baseline.count, after: current.count, changed },
                pageDiffs
            };
        }
        finally {
            await current.close();
        }
    }
    finally {
        await baseline.close();
    }
}


/***/ }),

/***/ 85871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ loadPdfjs)
});

;// CONCATENATED MODULE: ./src/diff/pdf/dom-matrix.ts
/**
 * The part of DOMMatrix (a 2-D affine matrix [a c e; b d f]) that pdf.js needs to extract text in
 * Node without a canvas package: one is created when its display layer loads, and Type3 glyphs
 * drawn as image masks are turned into paths with `scaleSelf` and `translateSelf`.
 */
class DOMMatrix2D {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    /** From `[a, b, c, d, e, f]`; the identity otherwise. */
    constructor(init) {
        if (init?.length !== 6)
            return;
        [this.a, this.b, this.c, this.d, this.e, this.f] = init;
    }
    /** This matrix times `m` (m applies first), in place. */
    multiplySelf(m) {
        const { a, b, c, d, e, f } = this;
        this.a = a * m.a + c * m.b;
        this.b = b * m.a + d * m.b;
        this.c = a * m.c + c * m.d;
        this.d = b * m.c + d * m.d;
        this.e = a * m.e + c * m.f + e;
        this.f = b * m.e + d * m.f + f;
        return this;
    }
    scaleSelf(sx = 1, sy = sx) {
        return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
    }
    translateSelf(tx = 0, ty = 0) {
        return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
    }
}

;// CONCATENATED MODULE: ./src/diff/pdf/load-pdfjs.ts

let loaded;
/**
 * pdfjs-dist's legacy (Node) build, loaded on first use, with its worker in this thread. Bundled
 * by ncc, it needs three things: a DOMMatrix before it loads (it creates one at load time and
 * Node has none; unbundled, the optional `@napi-rs/canvas` package supplies it), the worker
 * module imported here so the bundle contains it (importing it sets `globalThis.pdfjsWorker`,
 * which pdf.js's in-thread "fake worker" uses instead of importing `./pdf.worker.mjs`, a file the
 * bundle does not have), and its load-time warnings about the missing canvas package silenced.
 */
function loadPdfjs() {
    loaded ??= (async () => {
        const global = globalThis;
        global.DOMMatrix ??= DOMMatrix2D;
        return withoutCanvasWarnings(async () => {
            const pdfjs = await __webpack_require__.e(/* import() */ 6061).then(__webpack_require__.bind(__webpack_require__, 66061));
            await __webpack_require__.e(/* import() */ 4323).then(__webpack_require__.bind(__webpack_require__, 44323));
            return pdfjs;
        });
    })();
    return loaded;
}
/** Runs `load` with pdf.js's "Warning: Cannot load/polyfill ..." console lines dropped. */
/* eslint-disable no-console -- pdf.js warns through console.warn when its module loads */
async function withoutCanvasWarnings(load) {
    const warn = console.warn;
    console.warn = (...args) => {
        if (typeof args[0] === 'string' && /^Warning: Cannot (load|polyfill) /.test(args[0]))
            return;
        warn(...args);
    };
    try {
        return await load();
    }
    finally {
        console.warn = warn;
    }
}
/* eslint-enable no-console */


/***/ })

};
