export const id = 724;
export const ids = [724];
export const modules = {

/***/ 98124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay)
/* harmony export */ });
function backoffDelay(attempt, options) {
    const { initialMs, capMs, factor = 1.5, jitter = 0.2, random = Math.random } = options;
    const base = Math.min(capMs, initialMs * factor ** attempt);
    return Math.round(base * (1 - jitter) + base * jitter * random());
}


/***/ }),

/***/ 47015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ JobTimeoutError),
/* harmony export */   _g: () => (/* binding */ pollUntilTerminal),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98124);

class JobTimeoutError extends Error {
    jobId;
    lastStatus;
    constructor(jobId, lastStatus, elapsedMs, hint) {
        super(`Job ${jobId} is still ${lastStatus} after ${formatDuration(elapsedMs)}: gave up waiting. ${hint}`);
        this.jobId = jobId;
        this.lastStatus = lastStatus;
        this.name = 'JobTimeoutError';
    }
}
class CancelledError extends Error {
    constructor(message = 'Cancelled') {
        super(message);
        this.name = 'CancelledError';
    }
}
/** Describes a job until it reaches a terminal state, backing off between checks; one log line per check. */
async function pollUntilTerminal(o) {
    let checkedAt = o.clock.now();
    let pendingSince = 0;
    // A job just started is never done at once: the first check waits one backoff step.
    let backoff = o.checkFirst ? 0 : (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(0, o.backoff);
    for (let step = o.checkFirst ? 0 : 1;; step++) {
        await waitForCheck(o, checkedAt, backoff);
        if (o.signal?.aborted)
            throw new CancelledError(`Stopped following job ${o.jobId}`);
        const described = await o.describe();
        const status = o.status(described);
        checkedAt = o.clock.now();
        const elapsed = checkedAt - o.startedAt;
        if (o.terminal.includes(status)) {
            o.log(`${o.jobId}: ${status} after ${formatDuration(elapsed)}`);
            // A job found already running started before this step: its timing would mislead.
            if (!o.checkFirst)
                o.schedule?.learn(pendingSince, elapsed, status);
            return described;
        }
        pendingSince = elapsed;
        if (checkedAt >= o.deadline) {
            throw new JobTimeoutError(o.jobId, status, elapsed, o.timeoutHint ?? 'Raise timeout-minutes.');
        }
        backoff = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(step, o.backoff);
        const next = Math.min(delayAfter(o, checkedAt, backoff), o.deadline - checkedAt);
        o.log(`${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(next)}`);
    }
}
/**
 * Sleeps until the next check is due: `backoff` after the last check, or sooner when the shared
 * schedule learns (from a sibling job that finished) that this one is likely done by now.
 */
async function waitForCheck(o, checkedAt, backoff) {
    for (;;) {
        const wait = Math.min(checkedAt + delayAfter(o, checkedAt, backoff), o.deadline) - o.clock.now();
        if (wait <= 0)
            return;
        await o.clock.sleep(wait, o.schedule?.changed);
    }
}
function delayAfter(o, checkedAt, backoff) {
    return o.schedule ? o.schedule.nextDelay(checkedAt - o.startedAt, backoff) : backoff;
}
function formatDuration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
}


/***/ }),

/***/ 46724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishResults: () => (/* binding */ publishResults)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/outcome.ts
var outcome = __webpack_require__(34671);
;// CONCATENATED MODULE: ./src/publish/artifact.ts


/** Uploads the downloaded files as one workflow artifact (the library behind upload-artifact v4+). */
async function uploadFilesArtifact(o) {
    const paths = o.files.flatMap((f) => (f.path ? [f.path] : []));
    if (paths.length === 0)
        return undefined;
    if (!o.env.ACTIONS_RUNTIME_TOKEN || !o.env.ACTIONS_RESULTS_URL) {
        core.notice('Not uploading an artifact: this does not run in GitHub Actions (no ACTIONS_RUNTIME_TOKEN). The files are in output-dir.');
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const compressed = o.files.every((f) => !f.path || ['pdf', 'excel', 'bundle'].includes(f.format));
    const { id } = await new DefaultArtifactClient().uploadArtifact(o.name, paths, o.rootDirectory, {
        retentionDays: o.retentionDays,
        compressionLevel: o.compressionLevel ?? (compressed ? 0 : 6)
    });
    if (id === undefined)
        throw new Error(`The artifact ${o.name} was uploaded but GitHub returned no id`);
    const server = o.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url = `${server}/${o.env.GITHUB_REPOSITORY}/actions/runs/${o.env.GITHUB_RUN_ID}/artifacts/${id}`;
    core.info(`Artifact ${o.name} (${paths.length} file${paths.length === 1 ? '' : 's'} from ${external_node_path_default().basename(o.rootDirectory)}): ${url}`);
    return { id, url };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/publish/file-details.ts


/** Files larger than this are not opened whole (PDF, XLSX) for their details. */
const MAX_INSPECT_BYTES = 64 * 1024 * 1024;
/** Pages of a PDF, worksheets of a workbook, rows and a preview of a CSV. Never throws. */
async function inspectFile(file, previewRows) {
    if (!file.path)
        return {};
    try {
        if (file.format === 'csv')
            return await inspectCsv(file.path, previewRows);
        if ((await (0,promises_.stat)(file.path)).size > MAX_INSPECT_BYTES)
            return {};
        if (file.format === 'pdf')
            return { pages: await pdfPages(file.path) };
        return { worksheets: await worksheets(file.path) };
    }
    catch {
        return {};
    }
}
async function pdfPages(path) {
    const { PDFDocument } = await __webpack_require__.e(/* import() */ 13).then(__webpack_require__.t.bind(__webpack_require__, 78013, 23));
    const doc = await PDFDocument.load(await (0,promises_.readFile)(path), {
        ignoreEncryption: true,
        updateMetadata: false
    });
    return doc.getPageCount();
}
async function worksheets(path) {
    const { unzipSync, strFromU8 } = await __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 51306));
    const entries = unzipSync(await (0,promises_.readFile)(path), { filter: (f) => f.name === 'xl/workbook.xml' });
    const xml = entries['xl/workbook.xml'];
    if (!xml)
        return [];
    return [...strFromU8(xml).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1] ?? ''));
}
function decodeXml(text) {
    return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}
/** Streams the CSV once: counts its records and keeps the first ones, flat in memory. */
async function inspectCsv(path, previewRows) {
    const { parse } = await __webpack_require__.e(/* import() */ 70).then(__webpack_require__.bind(__webpack_require__, 56070));
    const parser = (0,external_node_fs_.createReadStream)(path).pipe(parse({ relax_column_count: true, relax_quotes: true, bom: true }));
    const preview = [];
    let records = 0;
    for await (const record of parser) {
        if (records <= previewRows)
            preview.push(record);
        records++;
    }
    return { rows: Math.max(0, records - 1), preview: previewRows > 0 ? preview : undefined };
}

// EXTERNAL MODULE: ./src/jobs/poll.ts
var poll = __webpack_require__(47015);
;// CONCATENATED MODULE: ./src/publish/markdown.ts
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

;// CONCATENATED MODULE: ./src/publish/report.ts




const FORMAT_LABEL = {
    pdf: 'PDF',
    csv: 'CSV',
    excel: 'Excel',
    bundle: 'Asset bundle',
    data: 'Data'
};
/** Jobs named one by one in the status line; the rest are counted. */
const JOBS_NAMED = 12;
/** The run's report in Markdown, within `maxLength` characters. */
function renderReport(r, o) {
    const files = (0,outcome/* allFiles */.Z)(r.jobs);
    for (let rows = o.previewRows;; rows = rows > 1 ? Math.floor(rows / 2) : 0) {
        const text = compose(r, files.length, rows, o.marker);
        if (text.length <= o.maxLength)
            return text;
        if (rows === 0)
            break;
    }
    for (let shown = files.length - 1; shown >= 0; shown--) {
        const text = compose(r, shown, 0, o.marker);
        if (text.length <= o.maxLength)
            return text;
    }
    return compose(r, 0, 0, o.marker).slice(0, o.maxLength);
}
/** The report with the first `shown` files (in step order) and `previewRows` rows of preview. */
function compose(r, shown, previewRows, marker) {
    const ok = (0,outcome/* allSucceeded */.x)(r.jobs);
    const files = (0,outcome/* allFiles */.Z)(r.jobs);
    const visible = new Set(files.slice(0, shown).map((f) => f.index));
    const pack = r.reports.length > 1;
    const lines = [
        ...(marker ? [marker] : []),
        pack
            ? `### ${ok ? '✅' : '❌'} QuickSight report pack: ${code(r.subject)} (${r.reports.length} reports)`
            : `### ${ok ? '✅' : '❌'} QuickSight export: ${code(r.subject)}`,
        '',
        `**Status:** ${ok ? 'COMPLETED' : 'FAILED'} · **Jobs:** ${jobList(r.jobs)} · **Duration:** ${(0,poll/* formatDuration */.a3)(r.durationMs)}`,
        ...(r.artifactUrl ? ['', `**Artifact:** [download the files](${r.artifactUrl})`] : [])
    ];
    for (const report of r.reports) {
        const jobs = r.jobs.filter((j) => j.report === report.name);
        const mine = (0,outcome/* allFiles */.Z)(jobs);
        if (pack) {
            const good = (0,outcome/* allSucceeded */.x)(jobs);
            const dashboard = report.dashboardId ? ` · ${code(report.dashboardId)}` : '';
            lines.push('', `#### ${good ? '✅' : '❌'} ${cell(report.name, 120)}${dashboard}`);
        }
        if (report.notes.length > 0)
            lines.push('', ...report.notes.map((n) => `- ${cell(n, 300)}`));
        lines.push('', ...fileTable(r, mine.filter((f) => visible.has(f.index))));
        const errors = jobs.filter((j) => j.error);
        if (errors.length > 0)
            lines.push('', ...errors.map((j) => `> **${code(j.jobId)}:** ${cell(j.error ?? '', 2000)}`));
        const warnings = jobs.flatMap((j) => j.warnings);
        if (warnings.length > 0)
            lines.push('', ...warnings.map((w) => `> ⚠️ ${cell(w, 500)}`));
    }
    if (shown < files.length) {
        lines.push('', `_${files.length - shown} more file(s) not shown: the report would exceed its size limit. All files are in the artifact and the \`files\` output._`);
    }
    if (previewRows > 0)
        for (const f of files.slice(0, shown))
            lines.push(...preview(r, f, previewRows), ...assetList(r, f));
    return `${lines.join('\n')}\n`;
}
function jobList(jobs) {
    const named = jobs.slice(0, JOBS_NAMED).map((j) => `${code(j.jobId)} (${j.status})`);
    const failed = jobs.filter((j) => !j.succeeded).length;
    const more = jobs.length > JOBS_NAMED ? `, … ${jobs.length - JOBS_NAMED} more` : '';
    const tally = jobs.length > JOBS_NAMED ? ` (${jobs.length} jobs, ${failed} failed)` : '';
    return `${named.join(', ')}${more}${tally}`;
}
function fileTable(r, files) {
    const selections = files.some((f) => f.source.sheets);
    const header = selections
        ? ['File', 'Format', 'Sheet', 'Visuals', 'Size', 'Contents', 'Location']
        : ['File', 'Format', 'Source', 'Size', 'Contents', 'Location'];
    const align = header.map((h) => (h === 'Size' ? '---:' : '---'));
    return table(header, files.map((f) => [
        f.path ? code(external_node_path_default().relative(r.outputDir, f.path)) : '—',
        FORMAT_LABEL[f.format],
        ...(selections
            ? [
                (f.source.sheets ?? []).map((s) => cell(s)).join(', ') || '—',
                (f.source.visuals ?? []).map((v) => cell(v)).join(', ') || 'all'
            ]
            : [f.source.note ? cell(f.source.note, 200) : '—']),
        f.size === undefined ? '—' : formatBytes(f.size),
        contents(f),
        report_location(f)
    ]), align);
}
function report_location(f) {
    if (f.error)
        return `❌ ${cell(f.error, 300)}`;
    if (f.s3Uri)
        return code(f.s3Uri);
    if (f.source.sheets)
        return 'QuickSight default bucket';
    return 'presigned URL (not kept)';
}
function contents(f) {
    const d = f.details;
    if (d?.pages !== undefined)
        return `${d.pages} page${d.pages === 1 ? '' : 's'}`;
    if (d?.worksheets)
        return `${d.worksheets.length} worksheet${d.worksheets.length === 1 ? '' : 's'}: ${d.worksheets.map((w) => cell(w, 40)).join(', ')}`;
    if (d?.rows !== undefined)
        return `${d.rows} row${d.rows === 1 ? '' : 's'}`;
    if (d?.assets) {
        const types = [...new Set(d.assets.map((a) => a.type))];
        return `${d.assets.length} asset${d.assets.length === 1 ? '' : 's'}: ${types.map((t) => cell(t, 40)).join(', ')}`;
    }
    return '—';
}
function preview(r, f, rows) {
    const data = f.details?.preview;
    if (f.format !== 'csv' || !f.path || !data || data.length === 0)
        return [];
    const [header = [], ...body] = data;
    const width = Math.max(header.length, ...body.map((b) => b.length));
    const pad = (row) => Array.from({ length: width }, (_, i) => cell(row[i] ?? '', 60));
    const shownRows = body.slice(0, rows);
    return [
        '',
        `<details><summary>Preview of ${code(external_node_path_default().relative(r.outputDir, f.path))}: first ${shownRows.length} of ${f.details?.rows ?? body.length} rows</summary>`,
        '',
        ...table(pad(header), shownRows.map(pad)),
        '',
        '</details>'
    ];
}
function assetList(r, f) {
    const assets = f.details?.assets;
    if (!f.path || !assets || assets.length === 0)
        return [];
    return [
        '',
        `<details><summary>Assets in ${code(external_node_path_default().relative(r.outputDir, f.path))}: ${assets.length}</summary>`,
        '',
        ...table(['Type', 'Id', 'Name'], assets.map((a) => [cell(a.type, 40), cell(a.id, 120), a.name ? cell(a.name, 120) : '—'])),
        '',
        '</details>'
    ];
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

;// CONCATENATED MODULE: ./src/publish/job-summary.ts


/** GitHub refuses step summaries over 1 MiB; keep a margin for multi-byte characters. */
const SUMMARY_LIMIT = 1024 * 1024;
const SUMMARY_CHARS = Math.floor(SUMMARY_LIMIT / 4);
/** Writes the run's report to the job summary (when the runner provides one). */
async function writeJobSummary(report, previewRows) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core.summary.addRaw(renderReport(report, { previewRows, maxLength: SUMMARY_CHARS })).write();
}

;// CONCATENATED MODULE: ./src/publish/pr-comment.ts


const COMMENT_LIMIT = 65_536;
/** The hidden marker that identifies this action's comment for a tag and subject. */
function commentMarker(tag, subject) {
    return `<!-- quicksight-export:${tag}:${subject.replace(/--+/g, '-')} -->`;
}
/** The pull request the event is about: pull_request, pull_request_target, or a comment on a PR. */
function pullRequestNumber(eventName, payload) {
    const pr = payload.pull_request;
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr?.number)
        return pr.number;
    const issue = payload.issue;
    if (eventName === 'issue_comment' && issue?.pull_request && issue.number)
        return issue.number;
    return undefined;
}
/**
 * Creates or updates this action's sticky comment on the event's pull request. A missing token or
 * a read-only one (forks) gives a warning: the step goes on. Returns the comment's URL.
 */
async function commentOnPullRequest(o) {
    const { context, getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const number = pullRequestNumber(context.eventName, context.payload);
    if (number === undefined)
        return undefined;
    if (!o.token) {
        core.warning('Not commenting on the pull request: github-token is empty.');
        return undefined;
    }
    const marker = commentMarker(o.tag, o.subject);
    const body = o.render(marker, COMMENT_LIMIT - 100);
    const octokit = getOctokit(o.token);
    const where = { ...context.repo, issue_number: number };
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...where,
            per_page: 100
        });
        const mine = comments.find((c) => c.body?.startsWith(marker));
        const { data } = mine
            ? await octokit.rest.issues.updateComment({ ...context.repo, comment_id: mine.id, body })
            : await octokit.rest.issues.createComment({ ...where, body });
        core.info(`${mine ? 'Updated' : 'Added'} the pull request comment: ${data.html_url}`);
        return data.html_url;
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' The token cannot write to this pull request (a fork? add permissions: pull-requests: write).'
            : '';
        core.warning(`Could not comment on pull request #${number}: ${(0,errors/* errorMessage */.g)(error)}.${hint}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/publish/publish-results.ts









/**
 * Publishes the files and the report: artifact first (its link goes into the report), then the job
 * summary and the pull-request comment. A publisher that fails is reported; the others still run.
 * Returns the outputs and whether every publisher succeeded.
 */
async function publishResults(jobs, plan, inputs, env, durationMs) {
    const p = inputs.publish;
    const files = (0,outcome/* allFiles */.Z)(jobs);
    await Promise.all(files.map(async (f) => (f.details ??= await inspectFile(f, p.csvPreviewRows))));
    const report = {
        subject: plan.subject,
        reports: plan.reports,
        jobs,
        outputDir: inputs.outputDir,
        durationMs
    };
    const artifact = async () => {
        const uploaded = await uploadFilesArtifact({
            name: p.artifactName ?? `quicksight-${slug(plan.subject)}-${jobs[0]?.jobId ?? 'export'}`,
            files,
            rootDirectory: inputs.outputDir,
            retentionDays: p.retentionDays,
            compressionLevel: p.compressionLevel,
            env
        });
        report.artifactUrl = uploaded?.url;
        return uploaded
            ? { 'artifact-id': String(uploaded.id), 'artifact-url': uploaded.url }
            : {};
    };
    const summary = async (r) => (await writeJobSummary(r, p.csvPreviewRows), {});
    const comment = async (r) => {
        const url = await commentOnPullRequest({
            token: p.githubToken,
            tag: p.commentTag,
            subject: plan.subject,
            render: (marker, maxLength) => renderReport(r, { marker, previewRows: p.csvPreviewRows, maxLength })
        });
        return url ? { 'comment-url': url } : {};
    };
    const publishers = [
        ['artifact', p.uploadArtifact, artifact],
        ['job summary', p.jobSummary, summary],
        ['pull request comment', p.commentOnPr, comment]
    ];
    const outputs = {};
    let ok = true;
    for (const [name, enabled, publish] of publishers) {
        if (!enabled)
            continue;
        try {
            Object.assign(outputs, await publish(report));
        }
        catch (error) {
            ok = false;
            core.error(`Publishing the ${name} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return { outputs, ok };
}
/** A subject made fit for an artifact name: a config file's base name, no characters artifacts refuse. */
function slug(subject) {
    const base = external_node_path_default().basename(subject).replace(/\.(ya?ml)$/i, '');
    return base.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'export';
}


/***/ })

};
