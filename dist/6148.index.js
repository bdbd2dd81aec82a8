export const id = 6148;
export const ids = [6148];
export const modules = {

/***/ 66148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changeFailures: () => (/* binding */ changeFailures),
  compareWithBaseline: () => (/* binding */ compareWithBaseline),
  diffOutputs: () => (/* binding */ diffOutputs),
  startComparison: () => (/* binding */ startComparison)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/diff/fail-on-change.ts
var fail_on_change = __webpack_require__(49202);
// EXTERNAL MODULE: ./src/diff/render-diff.ts
var render_diff = __webpack_require__(84663);
// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var errors = __webpack_require__(84804);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/download/relative-path.ts
var relative_path = __webpack_require__(1468);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
;// CONCATENATED MODULE: ./src/compare/compare-run.ts






/** The folder of output-dir the full diffs go to (they travel in the artifact). */
const DIFF_DIR = 'diff';
const EXTENSIONS = { '.csv': 'csv', '.xlsx': 'excel', '.pdf': 'pdf' };
/**
 * Compares every CSV, Excel and PDF export with the file of the same path in the baseline, one
 * file at a time (memory stays bounded), and writes each diff to output-dir/diff/<file>.json and
 * .md. Baseline files this run did not produce are `missing`; with no baseline every file is `new`.
 */
async function compareRun(planned, jobs, reports, outputDir, baseline) {
    const { compareFiles } = await __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 10898));
    const ours = plannedFiles(planned, jobs, outputDir);
    const theirs = baseline.dir ? await baselineFiles(baseline.dir) : new Map();
    const pairs = [
        ...ours.map((f) => ({ ...f, before: theirs.get(f.file) })),
        ...[...theirs.keys()]
            .filter((file) => !ours.some((f) => f.file === file))
            .map((file) => ({
            file,
            report: reportOf(file, ours, reports),
            format: formatOf(file),
            after: undefined,
            before: theirs.get(file)
        }))
    ].filter((p) => p.before !== undefined || p.after !== undefined);
    const files = [];
    const written = [];
    for (const p of pairs) {
        const compare = reports.find((r) => r.name === p.report)?.compare ?? {};
        try {
            const diff = await compareFiles(p.file, p.format, p.before, p.after, compare);
            files.push({ report: p.report, file: p.file, format: p.format, diff });
            if (baseline.dir)
                written.push(...(await writeDiff(outputDir, diff)));
        }
        catch (error) {
            files.push({ report: p.report, file: p.file, format: p.format, error: (0,errors/* errorMessage */.g)(error) });
        }
    }
    return { baseline, files, written };
}
/** This run's comparable files, downloaded or not, by their planned path. */
function plannedFiles(planned, jobs, outputDir) {
    return planned.flatMap((job) => {
        const outcome = jobs.find((j) => j.jobId === job.id);
        return job.files.flatMap((f) => {
            const format = formatOf(f.path);
            if (!format)
                return [];
            const got = outcome?.files.find((o) => o.index === f.index && o.path && !o.error);
            return [
                {
                    file: (0,relative_path/* relativePath */.i)(outputDir, f.path),
                    report: job.report,
                    format,
                    after: got?.path
                }
            ];
        });
    });
}
/** Every CSV, XLSX and PDF below the baseline folder (its own diff/ folder aside), by relative path. */
async function baselineFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    const found = new Map();
    for (const e of entries) {
        if (!e.isFile())
            continue;
        const full = external_node_path_default().join(e.parentPath, e.name);
        const rel = (0,relative_path/* relativePath */.i)(dir, full);
        if (rel.startsWith(`${DIFF_DIR}/`) || !formatOf(rel))
            continue;
        found.set(rel, full);
    }
    return found;
}
/** A missing file belongs to the report whose files share the longest folder with it. */
function reportOf(file, ours, reports) {
    let best = { report: reports[0]?.name ?? '', length: -1 };
    for (const f of ours) {
        const length = sharedFolder(file, f.file);
        if (length > best.length)
            best = { report: f.report, length };
    }
    return best.report;
}
function sharedFolder(a, b) {
    const x = a.split('/').slice(0, -1);
    const y = b.split('/').slice(0, -1);
    let n = 0;
    while (n < x.length && x[n] === y[n])
        n++;
    return n;
}
function formatOf(file) {
    return EXTENSIONS[external_node_path_default().extname(file).toLowerCase()];
}
/** output-dir/diff/<file>.json (the whole diff) and .md (readable), each renamed into place when written. */
async function writeDiff(outputDir, diff) {
    const base = external_node_path_default().join(outputDir, DIFF_DIR, diff.file);
    await (0,promises_.mkdir)(external_node_path_default().dirname(base), { recursive: true });
    const written = [];
    for (const [ext, text] of [
        ['.json', `${JSON.stringify(diff, null, 2)}\n`],
        ['.md', (0,render_diff/* diffMarkdown */.x)(diff, (t) => (0,markdown/* cell */.Hn)(t, 200))]
    ]) {
        const target = `${base}${ext}`;
        await (0,promises_.writeFile)(`${target}.part`, text);
        await (0,promises_.rename)(`${target}.part`, target);
        written.push(target);
    }
    return written;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/compare/previous-run.ts

/** Successful runs looked through for one with this step's artifact. */
const RUNS_LOOKED_AT = 20;
/**
 * Downloads the files of the latest successful run of this workflow on the branch (any event):
 * looks through up to 20 successful runs, newest first, for artifacts named like this step's, and
 * unpacks every one of them into `dir` with @actions/artifact.
 */
async function downloadPreviousRun(o) {
    const workflow = /\/\.github\/workflows\/([^/@]+)@/.exec(o.workflowRef)?.[1];
    if (!workflow)
        throw new Error(`compare-to previous-run needs GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/<file>@<ref>), which GitHub Actions sets; got "${o.workflowRef}"`);
    const [owner = '', repo = ''] = o.repository.split('/');
    const { context, getOctokit } = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(o.token);
    const eventBranch = context.payload.repository?.default_branch;
    const branch = o.branch ??
        (typeof eventBranch === 'string' && eventBranch !== '' ? eventBranch : undefined) ??
        (await readable(() => octokit.rest.repos.get({ owner, repo }), 'the repository')).data
            .default_branch;
    // A workflow the branch does not have yet (new in this pull request) has no runs there: 404.
    const runs = (await readable(async () => (await octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: workflow,
        branch,
        status: 'success',
        per_page: RUNS_LOOKED_AT + 1
    })).data.workflow_runs, `the runs of ${workflow}`, []))
        .filter((r) => String(r.id) !== o.runId)
        .slice(0, RUNS_LOOKED_AT);
    for (const run of runs) {
        const artifacts = (await readable(() => octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
            owner,
            repo,
            run_id: run.id,
            per_page: 100
        }), `the artifacts of run ${run.id}`)).filter((a) => !a.expired && a.name.startsWith(o.namePrefix));
        if (artifacts.length === 0)
            continue;
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(5698), __webpack_require__.e(1351), __webpack_require__.e(7273)]).then(__webpack_require__.bind(__webpack_require__, 67273));
        const client = new DefaultArtifactClient();
        for (const a of artifacts) {
            o.log(`Baseline: artifact ${a.name} of run ${run.id} (${run.html_url})`);
            await withoutBufferDeprecation(() => client.downloadArtifact(a.id, {
                path: o.dir,
                findBy: {
                    token: o.token,
                    workflowRunId: run.id,
                    repositoryOwner: owner,
                    repositoryName: repo
                }
            }));
        }
        return {
            found: true,
            runId: run.id,
            url: run.html_url,
            branch,
            artifacts: artifacts.map((a) => a.name)
        };
    }
    return { found: false, branch, workflow, looked: runs.length };
}
/** Calls the REST API; a refusal says which permission github-token needs. */
async function readable(call, what, notFound) {
    try {
        return await call();
    }
    catch (error) {
        const status = error.status;
        if (status === 404 && notFound !== undefined)
            return notFound;
        if (status === 401 || status === 403 || status === 404)
            throw new Error(`github-token cannot read ${what} (HTTP ${status}): give the job 'permissions: actions: read' (and contents: read), or set compare-to to a folder. ${(0,errors/* errorMessage */.g)(error)}`, { cause: error });
        throw error;
    }
}
/**
 * @actions/artifact unzips with unzip-stream, which calls `new Buffer()`; bundled (outside
 * node_modules), Node then prints DeprecationWarning DEP0005 on stderr, a warning about the
 * library that users can do nothing about. That one code is dropped while `task` runs; every other
 * warning goes through.
 */
async function withoutBufferDeprecation(task) {
    const emit = process.emitWarning;
    process.emitWarning = function (warning, ...rest) {
        const [type, code] = rest;
        const given = typeof type === 'object' && type !== null ? type.code : code;
        if (given === 'DEP0005')
            return;
        return emit.call(process, warning, ...rest);
    };
    try {
        return await task();
    }
    finally {
        process.emitWarning = emit;
    }
}

;// CONCATENATED MODULE: ./src/compare/fetch-baseline.ts




/** A committed folder as it is, or the previous run's artifact unpacked into a temporary folder. */
async function fetchBaseline(b, o) {
    if (b.kind === 'none')
        return { label: 'nothing', notice: 'compare-to is none' };
    if (b.kind === 'folder')
        return { dir: b.dir, label: `folder ${b.label}` };
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(o.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'quicksight-baseline-'));
    const run = await downloadPreviousRun({
        token: o.token,
        repository: o.env.GITHUB_REPOSITORY ?? '',
        workflowRef: o.env.GITHUB_WORKFLOW_REF ?? '',
        runId: o.env.GITHUB_RUN_ID,
        branch: b.branch,
        namePrefix: o.artifactPrefix,
        dir,
        log: o.log
    });
    if (run.found)
        return { dir, label: `run ${run.runId}`, url: run.url, temporary: dir };
    return {
        label: 'nothing',
        temporary: dir,
        notice: `No baseline: none of the last ${run.looked} successful runs of ${run.workflow} on ${run.branch} (at most ${RUNS_LOOKED_AT} are looked at) has an artifact named ${o.artifactPrefix}…; every file is reported as new.`
    };
}

;// CONCATENATED MODULE: ./src/compare/compare-step.ts






/** Starts fetching the baseline (a folder at once; a previous run's artifact in the background). */
function startComparison(c, o) {
    const pending = fetchBaseline(c.baseline, o).catch((error) => ({
        error: (0,errors/* errorMessage */.g)(error)
    }));
    return {
        finish: (planned, jobs, reports, outputDir, say) => compareWithBaseline(pending, planned, jobs, reports, outputDir, say),
        outputs: diffOutputs,
        failure: (d) => {
            const lines = changeFailures(d, c.failOnChange);
            if (lines.length === 0)
                return undefined;
            if (d.error)
                return `fail-on-change is set, and nothing was compared: ${lines.join('; ')}`;
            return `fail-on-change: ${lines.length} file(s) changed beyond the rule:\n- ${lines.join('\n- ')}`;
        }
    };
}
/** Waits for the baseline and compares the run's exports with it; the temporary folder is removed. */
async function compareWithBaseline(pending, planned, jobs, reports, outputDir, say) {
    const baseline = await pending;
    if ('error' in baseline) {
        say.warning(`Could not fetch the baseline to compare with: ${baseline.error}`);
        return { error: baseline.error };
    }
    try {
        if (baseline.notice)
            say.notice(baseline.notice);
        return await compareRun(planned, jobs, reports, outputDir, baseline);
    }
    catch (error) {
        // The exports are there: publish them, say why they were not compared.
        say.warning(`Could not compare with the baseline: ${(0,errors/* errorMessage */.g)(error)}`);
        return { error: (0,errors/* errorMessage */.g)(error) };
    }
    finally {
        if (baseline.temporary)
            await (0,promises_.rm)(baseline.temporary, { recursive: true, force: true });
    }
}
/** The `changed` and `diff` outputs. */
function diffOutputs(d) {
    const files = d.files ?? [];
    const changed = d.baseline?.dir !== undefined && files.some((f) => f.error || f.diff?.status !== 'unchanged');
    return {
        changed: String(changed),
        diff: JSON.stringify(files.map((f) => f.diff ? (0,render_diff/* diffJson */.g)(f.diff) : { file: f.file, status: 'changed', error: f.error }))
    };
}
/**
 * The files fail-on-change fails the step for, one line each; a baseline that could not be
 * fetched fails it too (nothing was compared). Empty when the step passes.
 */
function changeFailures(d, rule) {
    if (rule.kind === 'never')
        return [];
    if (d.error)
        return [`the baseline could not be fetched (${d.error})`];
    if (!d.baseline?.dir)
        return [];
    return (d.files ?? []).flatMap((f) => {
        if (f.error)
            return [`${f.file}: could not be compared (${f.error})`];
        if (!f.diff || !(0,fail_on_change/* overThreshold */.U)(f.diff, rule))
            return [];
        return [`${f.file}: ${describe(f.diff)}`];
    });
}
function describe(d) {
    if (d.status !== 'changed')
        return d.status;
    if (d.pages)
        return `${d.pages.changed.length} of ${d.pages.before} pages changed`;
    const { added = [], removed = [], renamed = [] } = d.columns ?? {};
    const columns = added.length + removed.length + renamed.length;
    return `${d.added ?? 0} added, ${d.removed ?? 0} removed, ${d.changed ?? 0} changed of ${d.baselineRows ?? 0} rows${columns > 0 ? `, ${columns} column change(s)` : ''}`;
}


/***/ }),

/***/ 49202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ overThreshold),
/* harmony export */   l: () => (/* binding */ parseFailOnChange)
/* harmony export */ });
const OVER = /^rows\s*>\s*(\d+(?:\.\d*)?|\.\d+)\s*%$/i;
/**
 * Reads the `fail-on-change` input: `false`, `true` (either in any case, as YAML booleans) or
 * `rows>N%`. Throws an Error naming the value and the accepted forms otherwise.
 */
function parseFailOnChange(text) {
    const value = text.trim();
    if (/^false$/i.test(value))
        return { kind: 'never' };
    if (/^true$/i.test(value))
        return { kind: 'any' };
    const m = OVER.exec(value);
    if (m)
        return { kind: 'over', percent: Number(m[1]) };
    throw new Error(`fail-on-change "${text}" is not one of false, true or rows>N% (for example rows>5%)`);
}
/**
 * Whether one file's diff fails the rule. For `over`: a new or missing file, a column change or a
 * worksheet added or removed always counts as over; otherwise added + removed + changed rows over
 * the baseline's rows (a PDF: changed pages over the baseline's pages) must exceed the percentage.
 * A baseline without rows (or pages) is exceeded by any change.
 */
function overThreshold(diff, rule) {
    if (rule.kind === 'never' || diff.status === 'unchanged')
        return false;
    if (rule.kind === 'any' || diff.status !== 'changed')
        return true;
    if (diff.pages)
        return exceeds(diff.pages.changed.length, diff.pages.before, rule.percent);
    const { added = [], removed = [], renamed = [] } = diff.columns ?? {};
    if (added.length + removed.length + renamed.length > 0)
        return true;
    if (diff.tables?.some((t) => t.status))
        return true;
    const rows = (diff.added ?? 0) + (diff.removed ?? 0) + (diff.changed ?? 0);
    return exceeds(rows, diff.baselineRows ?? 0, rule.percent);
}
function exceeds(changes, baseline, percent) {
    if (changes === 0)
        return false;
    return baseline === 0 || (changes / baseline) * 100 > percent;
}


/***/ }),

/***/ 84663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ diffJson),
/* harmony export */   x: () => (/* binding */ diffMarkdown)
/* harmony export */ });
/**
 * The JSON the action publishes for one file: `{file, status, added, removed, changed, columns,
 * pages}`, where row counts and columns are there for CSV and Excel, pages for PDF, and neither
 * for a new or missing file.
 */
function diffJson(d) {
    const json = { file: d.file, status: d.status };
    if (d.added !== undefined) {
        Object.assign(json, { added: d.added, removed: d.removed ?? 0, changed: d.changed ?? 0 });
    }
    if (d.columns)
        json.columns = d.columns;
    if (d.pages)
        json.pages = d.pages;
    return json;
}
const count = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/**
 * A readable Markdown report of one file's diff: a summary line, then per table the column
 * changes, duplicate keys, notes and the changed rows as a table of old → new values (per page
 * of a PDF, a short line diff). Every value that comes from a file (names, cells, text) goes
 * through the caller's `cell` escaper.
 */
function diffMarkdown(d, cell) {
    const lines = [`### ${cell(d.file)}`, '', summary(d)];
    if (d.status === 'changed' && d.tables) {
        const shown = d.tables.filter((t) => t.status || changes(t) > 0);
        for (const t of shown)
            lines.push(...tableSection(t, cell, d.format === 'excel'));
        const quiet = d.tables.length - shown.length;
        if (d.format === 'excel' && quiet > 0) {
            lines.push('', `${count(quiet, 'other worksheet')} unchanged.`);
        }
    }
    for (const page of d.pageDiffs ?? [])
        lines.push(...pageSection(page, cell));
    return `${lines.join('\n')}\n`;
}
function summary(d) {
    if (d.status === 'new')
        return 'New: there is no baseline to compare with.';
    if (d.status === 'missing')
        return 'Missing: the baseline has this file, this run did not produce it.';
    if (d.pages) {
        const { before, after, changed } = d.pages;
        const pages = before === after ? count(after, 'page') : `${before} → ${count(after, 'page')}`;
        if (changed.length === 0)
            return `Unchanged (${pages}).`;
        return `**${count(changed.length, 'page')} changed** (${pages}): ${changed.join(', ')}.`;
    }
    const rows = `against ${count(d.baselineRows ?? 0, 'baseline row')}`;
    if (d.status === 'unchanged')
        return `Unchanged (${count(d.baselineRows ?? 0, 'row')}).`;
    return `**${d.added ?? 0} added, ${d.removed ?? 0} removed, ${d.changed ?? 0} changed** rows ${rows}.`;
}
const changes = (t) => t.added +
    t.removed +
    t.changed +
    t.columns.added.length +
    t.columns.removed.length +
    t.columns.renamed.length;
function tableSection(t, cell, excel) {
    const lines = excel ? ['', `#### Worksheet ${cell(t.sheet ?? '')}`, ''] : [''];
    if (t.status === 'new')
        return [...lines, `New worksheet: ${count(t.added, 'row')}.`];
    if (t.status === 'missing')
        return [...lines, `Worksheet removed: it had ${count(t.removed, 'row')}.`];
    const list = (names) => names.map(cell).join(', ');
    const key = t.keyColumns ? `key: ${list(t.keyColumns)}` : 'rows matched whole';
    if (excel)
        lines.push(`${t.added} added, ${t.removed} removed, ${t.changed} changed of ${count(t.baselineRows, 'row')} (${key}).`);
    else
        lines.push(`Rows matched by ${t.keyColumns ? `key ${list(t.keyColumns)}` : 'whole row'}.`);
    const { added, removed, renamed } = t.columns;
    if (added.length > 0)
        lines.push(`- Columns added: ${list(added)}`);
    if (removed.length > 0)
        lines.push(`- Columns removed: ${list(removed)}`);
    if (renamed.length > 0) {
        lines.push(`- Columns renamed: ${renamed.map((r) => `${cell(r.from)} → ${cell(r.to)}`).join(', ')}`);
    }
    if (t.duplicateKeys > 0) {
        lines.push(`- ${count(t.duplicateKeys, 'key')} seen more than once: their rows were matched in order.`);
    }
    for (const note of t.note?.split('; ') ?? [])
        lines.push(`- Note: ${cell(note)}`);
    if (t.sample.length > 0)
        lines.push(...changedRows(t, cell));
    return lines;
}
function changedRows(t, cell) {
    const columns = [...new Set(t.sample.flatMap((r) => r.cells.map((c) => c.column)))];
    const value = (text) => (text === '' ? '*(empty)*' : cell(text));
    const row = (r) => [
        cell(r.key),
        ...columns.map((column) => {
            const c = r.cells.find((x) => x.column === column);
            return c ? `${value(c.before)} → ${value(c.after)}` : '';
        })
    ];
    const shown = t.sample.length < t.changed ? `first ${t.sample.length} of ${t.changed}` : `${t.changed}`;
    const key = t.keyColumns?.map(cell).join(', ') ?? 'Row';
    return [
        '',
        `Changed rows (${shown}):`,
        '',
        `| ${[key, ...columns.map(cell)].join(' | ')} |`,
        `| ${['---', ...columns.map(() => '---')].join(' | ')} |`,
        ...t.sample.map((r) => `| ${row(r).join(' | ')} |`)
    ];
}
function pageSection(page, cell) {
    const row = (line) => {
        const hunk = /^@@ (.*) @@$/.exec(line);
        if (hunk)
            return `| @@ | ${hunk[1] ?? ''} |`;
        if (line.startsWith('…'))
            return `| … | ${cell(line.slice(2))} |`;
        const marker = { '-': '−', '+': '+' }[line[0] ?? ''] ?? '';
        return `| ${marker} | ${cell(line.slice(1))} |`;
    };
    if (page.lines.length === 0)
        return ['', `**Page ${page.page}**: no text on either side.`];
    return ['', `**Page ${page.page}**`, '', '|  | Text |', '| --- | --- |', ...page.lines.map(row)];
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ relativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** `file`'s path below `dir` with '/' separators: how files are named in reports, diffs and artifacts. */
function relativePath(dir, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}


/***/ }),

/***/ 83758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
const MAX_CELL = 80;
/** Characters that would end a cell or become markup; the rest of the specials get a backslash. */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '@': '&#64;',
    '#': '&#35;'
};
/**
 * Makes untrusted text inert inside a Markdown table cell: no table breaks (|, newlines), no
 * code spans, no HTML, no links or images, no @mentions or #references, no emphasis; long text is
 * cut with an ellipsis.
 */
function cell(text, max = MAX_CELL) {
    const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return cut.replace(/[&<>|`@#\\*_~[\]()!:]/g, (c) => ENTITIES[c] ?? `\\${c}`);
}
/** Inline code for names we produced ourselves (file names, job ids): backticks cannot occur. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``;
}
function table(header, rows, align) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${(align ?? header.map(() => '---')).join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`)
    ];
}


/***/ })

};
