export const id = 280;
export const ids = [280];
export const modules = {

/***/ 32280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planSnapshot: () => (/* binding */ planSnapshot)
});

;// CONCATENATED MODULE: ./src/job-id.ts
/**
 * A snapshot job id unique per run, attempt and job: re-runs never collide with the jobs of an
 * earlier attempt, and matrix legs of one run get their own random part.
 */
async function generateJobId(env) {
    // Loaded here, once the inputs are valid, to keep the path to an input error short.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    const random = randomBytes(4).toString('hex');
    if (!env.GITHUB_RUN_ID)
        return `qse-local-${Date.now()}-${random}`;
    const job = (env.GITHUB_JOB ?? 'job').replace(/[^\w-]/g, '-').slice(0, 100);
    return `qse-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${job}-${random}`;
}

;// CONCATENATED MODULE: ./src/quicksight/snapshot-api.ts
async function snapshotApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(69)]).then(__webpack_require__.t.bind(__webpack_require__, 76069, 19));
    return {
        start: (request) => client.send(new sdk.StartDashboardSnapshotJobCommand(request)),
        describe: (key) => client.send(new sdk.DescribeDashboardSnapshotJobCommand(key)),
        result: (key) => client.send(new sdk.DescribeDashboardSnapshotJobResultCommand(key))
    };
}

;// CONCATENATED MODULE: ./src/mask.ts
const SECRET_PARAMS = [
    'X-Amz-Signature',
    'X-Amz-Security-Token',
    'X-Amz-Credential',
    'Signature',
    'sig'
];
/**
 * Registers the secret parts of a presigned URL (signature, session token, credential) with the
 * runner, both as they stand in the URL and decoded, so no log line can carry a usable URL.
 */
function maskPresignedUrl(url, mask) {
    const query = url.split('?')[1] ?? '';
    for (const pair of query.split('&')) {
        const [name = '', raw = ''] = pair.split('=');
        if (!SECRET_PARAMS.includes(name) || raw === '')
            continue;
        mask(raw);
        const decoded = safeDecode(raw);
        if (decoded !== raw)
            mask(decoded);
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/quicksight/snapshot-request.ts
const FORMAT_TYPE = { pdf: 'PDF', csv: 'CSV', excel: 'EXCEL' };
/** The StartDashboardSnapshotJob request for one job of a report: one FileGroup per export. */
function buildStartRequest(accountId, report, snapshotJobId, exports) {
    return {
        AwsAccountId: accountId,
        DashboardId: report.dashboardId,
        SnapshotJobId: snapshotJobId,
        UserConfiguration: report.registeredUser
            ? undefined
            : {
                AnonymousUsers: [
                    report.rlsTags.length > 0 ? { RowLevelPermissionTags: report.rlsTags } : {}
                ]
            },
        SnapshotConfiguration: {
            FileGroups: exports.map((e) => ({ Files: [snapshotFile(e)] })),
            DestinationConfiguration: report.s3 && {
                S3Destinations: [
                    {
                        BucketConfiguration: {
                            BucketName: report.s3.bucket,
                            BucketPrefix: report.s3.prefix,
                            BucketRegion: report.s3.region
                        }
                    }
                ]
            },
            Parameters: report.parameters
        }
    };
}
function snapshotFile(e) {
    return {
        FormatType: FORMAT_TYPE[e.format],
        SheetSelections: e.sheets.map((s) => e.format === 'pdf'
            ? { SheetId: s.sheetId, SelectionScope: 'ALL_VISUALS' }
            : { SheetId: s.sheetId, SelectionScope: 'SELECTED_VISUALS', VisualIds: s.visualIds })
    };
}

// EXTERNAL MODULE: ./src/quicksight/hints.ts
var hints = __webpack_require__(6170);
;// CONCATENATED MODULE: ./src/quicksight/snapshot-result.ts

/** QuickSight's ErrorType and ErrorMessage, with a hint the user can act on. */
function describeJobError(info) {
    const type = info?.ErrorType ?? 'UNKNOWN_ERROR';
    return `${type}: ${info?.ErrorMessage ?? 'no message'} Hint: ${(0,hints/* hintForErrorType */.Pw)(info?.ErrorType)}`;
}
/** The file groups of a result, for anonymous and registered users alike. */
function resultFileGroups(response) {
    return (response.Result?.AnonymousUsers?.[0]?.FileGroups ??
        response.Result?.RegisteredUsers?.[0]?.FileGroups ??
        []);
}
/** Pairs each export of a job with its file's URI or error; file group i answers export i. */
function resultFiles(response, specs) {
    const groups = resultFileGroups(response);
    return specs.map((spec, i) => {
        const s3 = groups[i]?.S3Results?.[0];
        const errors = s3?.ErrorInfo ?? [];
        if (errors.length > 0)
            return { spec, error: errors.map((e) => describeJobError(e)).join('; ') };
        if (!s3?.S3Uri)
            return { spec, error: 'QuickSight returned no file for this export.' };
        if (!/^(https|s3):\/\//.test(s3.S3Uri))
            return {
                spec,
                error: 'QuickSight returned a file location that is neither s3:// nor https://.'
            };
        return { spec, uri: s3.S3Uri };
    });
}

;// CONCATENATED MODULE: ./src/snapshot/snapshot-kind.ts



/** QuickSight runs at most 12 snapshot jobs per account at once. */
const ACCOUNT_SNAPSHOT_JOBS = 12;
/** Checks start about 2 s after the start and double up to poll-interval-seconds. */
const SNAPSHOT_POLLING = { firstCheckMs: 2_000, growth: 2 };
/** Snapshot jobs (StartDashboardSnapshotJob) on the shared engine. */
function snapshotKind(o) {
    const key = (job) => ({
        AwsAccountId: o.accountId,
        DashboardId: job.dashboardId,
        SnapshotJobId: job.id
    });
    const uris = async (job) => resultFiles(await o.api.result(key(job)), job.exports).map((f) => masked(f.uri, o.mask));
    return {
        noun: 'snapshot job',
        jobIdOutput: 'snapshot-job-id',
        states: { succeeded: ['COMPLETED'], failed: ['FAILED'] },
        polling: SNAPSHOT_POLLING,
        slots: o.slots,
        accountLimit: `${ACCOUNT_SNAPSHOT_JOBS} snapshot jobs`,
        timeoutHint: `QuickSight has no cancel call: the job may still finish. Raise timeout-minutes, or check how many snapshot jobs the account runs at once (${ACCOUNT_SNAPSHOT_JOBS} at most).`,
        isAccountFull: (error) => error?.name === 'LimitExceededException',
        async start(job) {
            try {
                const started = await o.api.start(buildStartRequest(o.accountId, job.spec, job.id, job.exports));
                return { arn: started.Arn, resumed: false };
            }
            catch (error) {
                if (error?.name !== 'ResourceExistsException')
                    throw error;
                // A re-run after a crash, or a start the SDK retried: follow the job that exists.
                const existing = await o.api.describe(key(job));
                o.log(`${job.id}: exists already (${existing.JobStatus}); following it instead of starting a new one`);
                return { arn: existing.Arn, resumed: true };
            }
        },
        describe: (job) => o.api.describe(key(job)),
        status: (d) => d.JobStatus ?? 'UNKNOWN',
        async finish(job) {
            const result = await o.api.result(key(job));
            const files = job.files;
            if (result.JobStatus === 'FAILED') {
                return {
                    error: describeJobError(result.ErrorInfo),
                    files: files.map((f) => ({ ...f, error: 'The job failed.' }))
                };
            }
            const offered = resultFiles(result, job.exports);
            return {
                files: files.map((f, i) => {
                    const r = offered[i];
                    return r?.uri ? { ...f, uri: masked(r.uri, o.mask) } : { ...f, error: r?.error };
                })
            };
        },
        async freshUri(job, file) {
            const again = (await uris(job))[job.files.findIndex((f) => f.index === file.index)];
            if (!again)
                throw new Error('QuickSight returned no fresh URL for the file');
            return again;
        }
    };
}
/** Registers a presigned URL's secret parts with the runner before anything can log it. */
function masked(uri, mask) {
    if (uri?.startsWith('https://'))
        maskPresignedUrl(uri, mask);
    return uri;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/file-name-template.ts
var file_name_template = __webpack_require__(59090);
// EXTERNAL MODULE: ./src/inputs/input-error.ts
var input_error = __webpack_require__(39354);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(85585);
;// CONCATENATED MODULE: ./src/download/file-paths.ts




const EXTENSIONS = { pdf: 'pdf', csv: 'csv', excel: 'xlsx' };
const MAX_SEGMENT = 200;
/** The {name} placeholder's default: {format}-{sheet-id}[-{visual-id}]. */
function defaultName(spec) {
    const sheet = spec.sheets[0];
    const visuals = spec.sheets.flatMap((s) => s.visualIds);
    const visual = visuals.length === 1 ? `-${visuals[0]}` : '';
    return `${spec.format}-${sheet?.sheetId ?? 'sheet'}${visual}`;
}
/**
 * Gives every export its file path inside `outputDir`, from its report's `file-name` template.
 * Paths never leave the folder. Two exports whose templates give the same name are an error (the
 * template cannot tell them apart); names that only clash once made safe get -2, -3 before the
 * extension (case-insensitively).
 */
function assignFilePaths(exports, outputDir, now) {
    const rendered = new Map();
    const taken = new Set();
    const paths = new Map();
    for (const e of [...exports].sort((a, b) => a.spec.index - b.spec.index)) {
        const values = {
            'dashboard-id': e.dashboardId,
            report: e.report,
            'sheet-id': e.spec.sheets.map((s) => s.sheetId).join('_'),
            'visual-id': e.spec.sheets.flatMap((s) => s.visualIds).join('_'),
            format: e.spec.format,
            name: e.spec.name ?? defaultName(e.spec),
            'job-id': e.jobId,
            index: String(e.spec.index),
            date: now.toISOString().slice(0, 10),
            ext: EXTENSIONS[e.spec.format]
        };
        // Told apart by the values as given; made safe for the file system afterwards.
        const given = e.template.replace(/\{([^{}]+)\}/g, (_, p) => values[p]);
        const clash = rendered.get(given.toLowerCase());
        if (clash)
            throw sameName(clash, e, given);
        rendered.set(given.toLowerCase(), e);
        const name = (0,file_name_template/* renderFileName */.CM)(e.template, values);
        paths.set(e.spec.index, unique(external_node_path_default().join(outputDir, safeRelativePath(name)), taken));
    }
    return paths;
}
function sameName(a, b, name) {
    const which = (e) => `export ${e.spec.index} (${e.spec.format} of ${e.report}, sheet ${e.spec.sheets[0]?.sheetId ?? '?'})`;
    return new input_error/* InputError */.d(names/* Input */.p.FileName, b.template, `gives ${which(a)} and ${which(b)} the same file name '${name}'; its placeholders cannot tell them apart`, a.report === b.report
        ? `give the exports different 'name's, or add {index} or {name}: '{dashboard-id}-{index}-{name}.{ext}'`
        : `give the reports different 'name's, or add {report}: '{report}/{name}.{ext}'`);
}
/** A relative path made of safe segments: no empty, dot-only, over-long or control-character parts. */
function safeRelativePath(rendered) {
    const segments = rendered
        .split(/[/\\]+/)
        .map((s) => s.replace(/[\0-\x1f\x7f]/g, '').trim())
        .map((s) => (/^\.+$/.test(s) ? s.replace(/\./g, '_') : s))
        .map((s) => (Buffer.byteLength(s) > MAX_SEGMENT ? shorten(s) : s))
        .filter((s) => s !== '');
    return segments.length > 0 ? external_node_path_default().join(...segments) : 'export';
}
function shorten(segment) {
    const ext = external_node_path_default().extname(segment).slice(0, 10);
    return `${segment.slice(0, MAX_SEGMENT - ext.length - 1)}~${ext}`;
}
/** The path, or the path with -2, -3 before the extension when another file has it already. */
function unique(candidate, taken) {
    const ext = external_node_path_default().extname(candidate);
    const stem = candidate.slice(0, candidate.length - ext.length);
    let result = candidate;
    for (let n = 2; taken.has(result.toLowerCase()); n++)
        result = `${stem}-${n}${ext}`;
    taken.add(result.toLowerCase());
    return result;
}

;// CONCATENATED MODULE: ./src/snapshot/pack-exports.ts
/** QuickSight's per-job limits (StartDashboardSnapshotJob). */
const JOB_LIMITS = { pdf: 1, excel: 1, csv: 5, fileGroups: 6 };
/**
 * Packs the exports into as few snapshot jobs as QuickSight's limits allow. PDFs and workbooks
 * (one of each per job) are spread first, then CSVs fill the remaining room evenly.
 */
function planJobs(exports, baseJobId) {
    const count = (f) => exports.filter((e) => e.format === f).length;
    const lowerBound = Math.max(1, count('pdf'), count('excel'), Math.ceil(count('csv') / JOB_LIMITS.csv), Math.ceil(exports.length / JOB_LIMITS.fileGroups));
    for (let n = lowerBound;; n++) {
        const jobs = tryPack(exports, n);
        if (jobs) {
            return jobs.map((list, i) => ({
                snapshotJobId: jobs.length === 1 ? baseJobId : `${baseJobId}-${i + 1}`,
                exports: list.sort((a, b) => a.index - b.index)
            }));
        }
    }
}
function tryPack(exports, n) {
    const jobs = Array.from({ length: n }, () => []);
    const pdfs = exports.filter((e) => e.format === 'pdf');
    const excels = exports.filter((e) => e.format === 'excel');
    if (pdfs.length > n || excels.length > n)
        return undefined;
    // PDFs from the first job on, workbooks from the last: fewer jobs end up with neither.
    pdfs.forEach((e, i) => jobs[i]?.push(e));
    excels.forEach((e, i) => jobs[n - 1 - i]?.push(e));
    for (const csv of exports.filter((e) => e.format === 'csv')) {
        const room = jobs
            .filter((j) => j.length < JOB_LIMITS.fileGroups &&
            j.filter((e) => e.format === 'csv').length < JOB_LIMITS.csv)
            .sort((a, b) => a.length - b.length)[0];
        if (!room)
            return undefined;
        room.push(csv);
    }
    return jobs;
}
/** What a job makes, regardless of names and order: jobs of one kind take about as long. */
function jobKind(plan) {
    return plan.exports
        .map((e) => `${e.format}:${e.sheets.map((s) => s.sheetId).join('+')}`)
        .sort()
        .join(',');
}

;// CONCATENATED MODULE: ./src/snapshot/snapshot-jobs.ts


/**
 * Packs each report's exports into the fewest snapshot jobs and gives every file its path. Job ids
 * are `baseJobId` (one job), `baseJobId-N` (one report, several jobs) or `baseJobId-rR[-N]`
 * (several reports), so that two reports of one dashboard never share an id.
 */
function planSnapshotJobs(reports, baseJobId, outputDir, now) {
    const planned = reports.flatMap((report, r) => planJobs(report.exports, reports.length === 1 ? baseJobId : `${baseJobId}-r${r + 1}`).map((plan) => ({ report, plan })));
    const named = planned.flatMap(({ report, plan }) => plan.exports.map((spec) => ({
        spec,
        jobId: plan.snapshotJobId,
        dashboardId: report.dashboardId,
        report: report.name,
        template: report.fileName
    })));
    const paths = assignFilePaths(named, outputDir, now);
    return planned.map(({ report, plan }) => ({
        id: plan.snapshotJobId,
        report: report.name,
        dashboardId: report.dashboardId,
        makeUp: `${report.dashboardId}/${jobKind(plan)}`,
        spec: report,
        exports: plan.exports,
        files: plan.exports.map((spec) => ({
            index: spec.index,
            format: spec.format,
            path: paths.get(spec.index) ?? '',
            source: exportSource(spec)
        }))
    }));
}
/** The sheets and visuals of an export, as the report shows them. */
function exportSource(spec) {
    return {
        sheets: spec.sheets.map((s) => s.sheetName ?? s.sheetId),
        visuals: spec.sheets.flatMap((s) => s.visualIds.map((v, i) => s.visualTitles?.[i] ?? v))
    };
}

;// CONCATENATED MODULE: ./src/snapshot/plan-snapshot.ts




/** Plans the snapshot jobs of the step's dashboard. */
async function planSnapshot(c) {
    const { inputs } = c;
    const report = {
        name: inputs.dashboardId,
        dashboardId: inputs.dashboardId,
        exports: inputs.exports,
        parameters: inputs.parameters,
        parameterNotes: [],
        rlsTags: inputs.rlsTags,
        registeredUser: inputs.registeredUser,
        s3: inputs.s3,
        fileName: inputs.fileName
    };
    const reports = [report];
    const baseJobId = inputs.snapshotJobId ?? (await generateJobId(c.env));
    const jobs = planSnapshotJobs(reports, baseJobId, inputs.outputDir, c.now);
    const kind = snapshotKind({
        api: await snapshotApi(c.aws.quicksight),
        accountId: await c.accountId(),
        slots: inputs.maxConcurrentJobs,
        log: c.log,
        mask: c.mask
    });
    const files = reports.reduce((n, r) => n + r.exports.length, 0);
    return {
        kind,
        jobs,
        reports: reports.map((r) => ({
            name: r.name,
            dashboardId: r.dashboardId,
            dashboardName: r.dashboardName,
            notes: r.parameterNotes
        })),
        subject: inputs.dashboardId,
        summary: `Exporting ${files} file(s) of dashboard ${inputs.dashboardId} in ${jobs.length} snapshot job(s)`
    };
}


/***/ })

};
