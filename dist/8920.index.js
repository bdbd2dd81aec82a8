export const id = 8920;
export const ids = [8920];
export const modules = {

/***/ 88920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDataExchangeInputs: () => (/* binding */ readDataExchangeInputs)
/* harmony export */ });
/* harmony import */ var _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39354);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85585);
/* harmony import */ var _inputs_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88925);
/* harmony import */ var _inputs_report_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32779);
/* harmony import */ var _inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55379);
/* harmony import */ var _inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57677);






const ID = /^[a-zA-Z0-9]{1,64}$/;
const KMS_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/\S+$/;
const KEYS = {
    'revisions-to-s3': {
        type: 'EXPORT_REVISIONS_TO_S3',
        keys: ['data-set-id', 'revision-ids', 's3-bucket', 'key-pattern']
    },
    'assets-to-s3': {
        type: 'EXPORT_ASSETS_TO_S3',
        keys: ['data-set-id', 'revision-id', 'asset-ids', 's3-bucket', 's3-prefix']
    },
    'asset-to-signed-url': {
        type: 'EXPORT_ASSET_TO_SIGNED_URL',
        keys: ['data-set-id', 'revision-id', 'asset-id']
    }
};
const EXAMPLE = `data-exchange-export: |
  revisions-to-s3:
    data-set-id: 64c29aec3032a87b02f6f015a4ddc195
    revision-ids: [a1e7e199249494840af5a1dac7cd201e]
    s3-bucket: my-data-bucket
    key-pattern: \${Revision.Id}/\${Asset.Name}`;
/** Reads the data-exchange inputs: a job to follow, or an export to create. */
async function readDataExchangeInputs(input) {
    const jobId = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeJobId);
    const exportText = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport);
    if ((jobId === '') === (exportText === ''))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(jobId === '' ? _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport : _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeJobId, jobId === '' ? '' : jobId, jobId === ''
            ? "or 'data-exchange-job-id' is required: the export to create, or the job to follow"
            : "cannot be used with 'data-exchange-export': follow a job, or create one, not both", EXAMPLE);
    if (jobId !== '' && !/^[a-zA-Z0-9-]{1,100}$/.test(jobId))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeJobId, jobId, 'must be a Data Exchange job id', 'data-exchange-job-id: 3e7f5c538e9d6f88029d7c6a3a549ba6');
    let spec;
    if (exportText !== '') {
        await (0,_inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__.loadYaml)();
        spec = readExport((0,_inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlInput */ .P)(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport, exportText, EXAMPLE));
    }
    return { jobId: jobId || undefined, export: spec, encryption: encryption(input, spec) };
}
function readExport(value) {
    const problems = new _inputs_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .Problems */ .Z();
    const result = readExportValue(value, problems);
    const first = problems.list[0];
    if (first || !result)
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport, undefined, first ? `${(0,_inputs_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPath */ .j)(first.path) || '(top)'}: ${first.message}` : 'is empty', EXAMPLE);
    return result;
}
function readExportValue(value, problems) {
    if (!(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(value) || Object.keys(value).length !== 1) {
        problems.add([], `must be a mapping with exactly one of ${Object.keys(KEYS).join(', ')}, not ${(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}`);
        return undefined;
    }
    (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .checkKeys */ .L)(value, Object.keys(KEYS), [], problems);
    const [kind = '', body] = Object.entries(value)[0] ?? [];
    const spec = KEYS[kind];
    if (!spec)
        return undefined;
    if (!(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(body)) {
        problems.add([kind], `must be a mapping of ${spec.keys.join(', ')}, not ${(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(body)}`);
        return undefined;
    }
    (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .checkKeys */ .L)(body, spec.keys, [kind], problems);
    const at = (key) => [kind, key];
    const dataSetId = id(body['data-set-id'], at('data-set-id'), problems);
    if (spec.type === 'EXPORT_REVISIONS_TO_S3') {
        const keyPattern = body['key-pattern'] === undefined
            ? undefined
            : (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Qq)(body['key-pattern'], at('key-pattern'), problems, 'key-pattern', 1024);
        if (keyPattern !== undefined && !/\$\{Asset\.(Name|Id)\}/.test(keyPattern))
            problems.add(at('key-pattern'), 'must contain ${Asset.Name} or ${Asset.Id}, so that every asset gets its own key');
        return {
            type: spec.type,
            dataSetId,
            revisionIds: ids(body['revision-ids'], at('revision-ids'), problems),
            bucket: (0,_inputs_report_request_js__WEBPACK_IMPORTED_MODULE_2__/* .bucket */ .DC)(body['s3-bucket'], at('s3-bucket'), problems) ?? '',
            keyPattern
        };
    }
    const revisionId = id(body['revision-id'], at('revision-id'), problems);
    if (spec.type === 'EXPORT_ASSETS_TO_S3') {
        const p = body['s3-prefix'] === undefined
            ? undefined
            : (0,_inputs_report_request_js__WEBPACK_IMPORTED_MODULE_2__/* .prefix */ .Pl)(body['s3-prefix'], at('s3-prefix'), problems);
        return {
            type: spec.type,
            dataSetId,
            revisionId,
            assetIds: ids(body['asset-ids'], at('asset-ids'), problems, 100),
            bucket: (0,_inputs_report_request_js__WEBPACK_IMPORTED_MODULE_2__/* .bucket */ .DC)(body['s3-bucket'], at('s3-bucket'), problems) ?? '',
            prefix: p
        };
    }
    return {
        type: spec.type,
        dataSetId,
        revisionId,
        assetId: id(body['asset-id'], at('asset-id'), problems)
    };
}
function id(value, path, problems) {
    const t = (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Qq)(value, path, problems, 'an id', 64);
    if (t !== undefined && !ID.test(t))
        problems.add(path, `'${t}' is not a Data Exchange id (letters and digits)`);
    return t ?? '';
}
function ids(value, path, problems, max = 100) {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (list.length === 0)
        problems.add(path, 'must list at least one id');
    if (list.length > max)
        problems.add(path, `lists ${list.length} ids; at most ${max}`);
    const out = list.map((v, i) => id(v, [...path, i], problems));
    const twice = out.find((v, i) => out.indexOf(v) !== i);
    if (twice)
        problems.add(path, `lists '${twice}' twice`);
    return out;
}
/** Server-side encryption of the objects an S3 export writes. */
function encryption(input, spec) {
    const type = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.S3Encryption);
    const key = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn);
    if (type === '' && key === '')
        return undefined;
    const named = type !== '' ? _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.S3Encryption : _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn;
    if (!spec || spec.type === 'EXPORT_ASSET_TO_SIGNED_URL')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(named, input.get(named), spec
            ? 'applies only to exports to S3 (revisions-to-s3, assets-to-s3), not to a signed URL; it would be ignored'
            : 'applies only to an export the action creates (data-exchange-export), not to a job it follows; it would be ignored', 'data-exchange-export: { revisions-to-s3: {...} } with s3-encryption: AES256');
    if (type === '')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn, key, 'needs s3-encryption: aws:kms; alone it would be ignored', 's3-encryption: aws:kms');
    if (type !== 'AES256' && type !== 'aws:kms')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.S3Encryption, type, 'must be AES256 or aws:kms', 's3-encryption: aws:kms');
    if (type === 'aws:kms' && !KMS_ARN.test(key))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn, key, 'is required with s3-encryption: aws:kms, as a KMS key ARN', 'kms-key-arn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    if (type === 'AES256' && key !== '')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn, key, "applies only to s3-encryption: aws:kms (AES256 uses S3's own keys); it would be ignored", 's3-encryption: aws:kms');
    return type === 'aws:kms' ? { Type: type, KmsKeyArn: key } : { Type: type };
}


/***/ })

};
