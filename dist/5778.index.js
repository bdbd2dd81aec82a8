export const id = 5778;
export const ids = [5778];
export const modules = {

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

/***/ 89556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseTolerance)
/* harmony export */ });
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
/**
 * Reads the `tolerance` input: a non-negative decimal (`0.5`, absolute) or a percentage (`1%`,
 * relative). Throws an Error naming the value and the accepted forms otherwise.
 */
function parseTolerance(text) {
    const value = text.trim();
    const percent = value.endsWith('%');
    const number = percent ? value.slice(0, -1).trim() : value;
    if (!DECIMAL.test(number)) {
        throw new Error(`tolerance "${text}" is not a number: use an absolute difference such as 0.5 or a relative one such as 1%`);
    }
    return percent
        ? { kind: 'relative', fraction: Number(number) / 100 }
        : { kind: 'absolute', value: Number(number) };
}


/***/ }),

/***/ 35778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keyColumns: () => (/* binding */ keyColumns),
/* harmony export */   readCompareInputs: () => (/* binding */ readCompareInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _diff_fail_on_change_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49202);
/* harmony import */ var _diff_tolerance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89556);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39354);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85585);






/** Inputs that only mean something when there is a baseline. */
const NEEDS_BASELINE = [
    _names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareBranch,
    _names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.KeyColumns,
    _names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Tolerance,
    _names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.FailOnChange
];
const BRANCH = /^(?!\/)(?!.*\/\/)(?!.*\.\.)[^\0-\x20~^:?*[\\\x7f]{1,255}(?<!\/|\.lock|\.)$/;
/** Reads compare-to, compare-branch, key-columns, tolerance and fail-on-change. */
function readCompareInputs(input, workspace, outputDir) {
    const baseline = readBaseline(input.get(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareTo), workspace, outputDir);
    if (baseline.kind === 'none') {
        const stray = NEEDS_BASELINE.find((name) => input.isSet(name));
        if (stray)
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(stray, input.get(stray), "applies only when there is something to compare with, and compare-to is 'none'; it would be ignored", 'compare-to: previous-run (or a folder of committed files, such as compare-to: reports/golden)');
    }
    if (baseline.kind === 'previous-run' && input.get(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.GithubToken) === '')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.GithubToken, '', "is needed by 'compare-to: previous-run' to find and download the previous run's artifact", 'github-token: ${{ github.token }} (with permissions: actions: read)');
    const branch = input.get(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareBranch);
    if (branch !== '') {
        if (baseline.kind !== 'previous-run')
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareBranch, branch, "chooses the branch of 'compare-to: previous-run'; with a folder there is no run to look for", 'compare-to: previous-run with compare-branch: main');
        if (!BRANCH.test(branch))
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareBranch, branch, 'must be a branch name', 'compare-branch: main');
        baseline.branch = branch;
    }
    const keys = input.get(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.KeyColumns);
    const tolerance = input.get(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Tolerance);
    return {
        baseline,
        keyColumns: keys === '' ? undefined : keyColumns(keys),
        tolerance: tolerance === '' ? undefined : readTolerance(tolerance),
        failOnChange: readFailOnChange(input.get(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.FailOnChange))
    };
}
function readBaseline(value, workspace, outputDir) {
    if (value === 'none')
        return { kind: 'none' };
    if (value === 'previous-run')
        return { kind: 'previous-run' };
    const example = 'compare-to: reports/golden (committed files laid out as in output-dir)';
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, value);
    const inside = (child, parent) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
        return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
    };
    if (/[\0]/.test(value) || !inside(dir, workspace))
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareTo, value, "must be 'none', 'previous-run', or a folder inside the workspace", example);
    if (inside(dir, outputDir) || inside(outputDir, dir))
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareTo, value, `must not be output-dir (${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, outputDir) || '.'}), inside it or around it: this run's files would overwrite or join the baseline`, example);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.CompareTo, value, "is not a folder of the workspace (check it is committed and checked out), nor 'none' or 'previous-run'", example);
    return { kind: 'folder', dir, label: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, dir) || '.' };
}
/** Comma-separated column names, as written in the files' header rows. */
function keyColumns(text) {
    const names = text.split(',').map((n) => n.trim());
    if (names.some((n) => n === '') || names.length > 50 || names.some((n) => n.length > 255))
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.KeyColumns, text, 'must be 1-50 comma-separated column names (as in the header row), none empty', 'key-columns: Date, Region, Product');
    return names;
}
function readTolerance(text) {
    try {
        return (0,_diff_tolerance_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTolerance */ .B)(text);
    }
    catch (error) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Tolerance, text, `${error.message.replace(/^tolerance "[^"]*" /, '')}`, "tolerance: '0.5' (absolute) or tolerance: '1%' (relative)");
    }
}
function readFailOnChange(text) {
    try {
        return (0,_diff_fail_on_change_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFailOnChange */ .l)(text);
    }
    catch {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.FailOnChange, text, 'must be false, true (any change fails the step) or rows>N% (changes over N % of the baseline rows or pages fail it)', "fail-on-change: 'rows>5%'");
    }
}


/***/ })

};
