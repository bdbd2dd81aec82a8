export const id = 618;
export const ids = [618];
export const modules = {

/***/ 11618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAssetBundleInputs: () => (/* binding */ readAssetBundleInputs)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58566);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39354);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85585);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88925);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54964);
/* harmony import */ var _yaml_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55379);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57677);







const ARN = /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:[A-Za-z]+\/[\w-]{1,512}$/;
const MAX_ARNS = 100;
const FORMATS = {
    'quicksight-json': 'QUICKSIGHT_JSON',
    'cloudformation-json': 'CLOUDFORMATION_JSON'
};
const OVERRIDE_KEYS = [
    'ResourceIdOverrideConfiguration',
    'VPCConnections',
    'RefreshSchedules',
    'DataSources',
    'DataSets',
    'Themes',
    'Analyses',
    'Dashboards'
];
const OVERRIDES_EXAMPLE = `cloudformation-overrides: |
  ResourceIdOverrideConfiguration: { PrefixForAllResources: true }
  DataSources:
    - Arn: arn:aws:quicksight:eu-west-1:123456789012:datasource/sales
      Properties: [Name, Host]`;
/** Reads the asset-bundle inputs; the resources come from exactly one of three places. */
async function readAssetBundleInputs(input, workspace, mask) {
    const sources = [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId, _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ConfigFile, _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ResourceArns].filter((n) => input.get(n) !== '');
    if (sources.length !== 1)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(sources[1] ?? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId, sources.length > 1 ? input.get(sources[1] ?? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId) : '', sources.length === 0
            ? 'needs what to export: dashboard-id, config-file (every dashboard of the pack) or resource-arns'
            : `cannot be used with '${sources[0]}': give the resources to export one way`, 'dashboard-id: Sales Overview, or resource-arns: arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales');
    const format = formatOf(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetFormat));
    const overridesText = input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides);
    if (overridesText !== '' && format !== 'CLOUDFORMATION_JSON')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides, undefined, 'applies only to asset-format: cloudformation-json (QuickSight JSON bundles take no overrides); it would be ignored', 'asset-format: cloudformation-json');
    const configFile = input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ConfigFile);
    const dashboards = configFile !== ''
        ? (await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfigFile */ .RG)(configFile, workspace, {}, mask, true)).reports.map((r) => r.dashboard)
        : input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId) === ''
            ? []
            : [input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId)];
    return {
        dashboards: [...new Set(dashboards)],
        resourceArns: arns(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ResourceArns)),
        configFile: configFile || undefined,
        includeAllDependencies: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeAllDependencies), _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeAllDependencies),
        includePermissions: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludePermissions), _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludePermissions),
        includeTags: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeTags), _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeTags),
        strictValidation: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.StrictValidation), _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.StrictValidation),
        format,
        overrides: overridesText === '' ? undefined : await overrides(overridesText),
        jobId: jobId(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetBundleJobId)),
        extract: (0,_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Extract), _names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Extract)
    };
}
function formatOf(value) {
    const format = FORMATS[value.toLowerCase()];
    if (!format)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetFormat, value, 'must be quicksight-json or cloudformation-json', 'asset-format: cloudformation-json');
    return format;
}
function arns(text) {
    const list = text
        .split(/[,\n]/)
        .map((a) => a.trim())
        .filter((a) => a !== '');
    const bad = list.find((a) => !ARN.test(a));
    const fail = (rule) => new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ResourceArns, text, rule, 'resource-arns: arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales');
    if (bad)
        throw fail(`'${bad.slice(0, 200)}' is not a QuickSight ARN (arn:aws:quicksight:<region>:<account>:<type>/<id>)`);
    if (list.length > MAX_ARNS)
        throw fail(`lists ${list.length} ARNs; one export job takes at most ${MAX_ARNS}`);
    const twice = list.find((a, i) => list.indexOf(a) !== i);
    if (twice)
        throw fail(`lists '${twice}' twice`);
    return list;
}
async function overrides(text) {
    const { loadYaml } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 55379));
    await loadYaml();
    const value = (0,_yaml_input_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlInput */ .P)(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides, text, OVERRIDES_EXAMPLE);
    const problems = new _problems_js__WEBPACK_IMPORTED_MODULE_5__/* .Problems */ .Z();
    if (!(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(value))
        problems.add([], `must be a mapping, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(value)}`);
    else {
        (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .checkKeys */ .L)(value, OVERRIDE_KEYS, [], problems);
        for (const [key, list] of Object.entries(value)) {
            if (key === 'ResourceIdOverrideConfiguration' || !OVERRIDE_KEYS.includes(key))
                continue;
            if (!Array.isArray(list) ||
                list.length === 0 ||
                list.some((e) => !(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(e) || typeof e.Arn !== 'string' || !Array.isArray(e.Properties)))
                problems.add([key], 'must be a list of {Arn, Properties: [...]}');
        }
    }
    const first = problems.list[0];
    if (first)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides, undefined, `${first.path.join('.') || '(top)'}: ${first.message}`, OVERRIDES_EXAMPLE);
    return value;
}
function jobId(value) {
    if (value === '')
        return undefined;
    if (!/^[\w-]{1,512}$/.test(value))
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetBundleJobId, value, "must be 1-512 letters, digits, '_' or '-'", 'asset-bundle-job-id: release-v1-2-3');
    return value;
}


/***/ })

};
