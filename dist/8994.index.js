export const id = 8994;
export const ids = [8994];
export const modules = {

/***/ 96589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ QuickSightClient)
});

// UNUSED EXPORTS: __Client

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(90402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(92658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(47291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(62085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(93422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(23609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(26890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(97523);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/auth/httpAuthSchemeProvider.js


const defaultQuickSightHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "quicksight",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultQuickSightHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(38010);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(89882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(92430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
var node_http_handler = __webpack_require__(93291);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(37288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(99542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/endpoint/bdd.js

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://quicksight-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://quicksight-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://quicksight.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://quicksight.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(5471);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2018-04-01",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultQuickSightHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.quicksight",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            version: "2018-04-01",
            serviceTarget: "QuickSight_20180401",
        },
        serviceId: config?.serviceId ?? "QuickSight",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/QuickSightClient.js













class QuickSightClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0,submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0,client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0,endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultQuickSightHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}


/***/ }),

/***/ 14961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38010);



const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "QuickSight_20180401", "QuickSightClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];


/***/ }),

/***/ 84549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DescribeAssetBundleExportJobCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class DescribeAssetBundleExportJobCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeAssetBundleExportJob", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAssetBundleExportJob$ */ .jkX) {
}


/***/ }),

/***/ 88361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ DescribeDashboardDefinitionCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class DescribeDashboardDefinitionCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeDashboardDefinition", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDashboardDefinition$ */ .VNi) {
}


/***/ }),

/***/ 69672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ DescribeDashboardSnapshotJobCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class DescribeDashboardSnapshotJobCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeDashboardSnapshotJob", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDashboardSnapshotJob$ */ .bbr) {
}


/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DescribeDashboardSnapshotJobResultCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class DescribeDashboardSnapshotJobResultCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeDashboardSnapshotJobResult", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDashboardSnapshotJobResult$ */ .o08) {
}


/***/ }),

/***/ 59846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ GetIdentityContextCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class GetIdentityContextCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetIdentityContext", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetIdentityContext$ */ .Ka9) {
}


/***/ }),

/***/ 40602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ListDashboardsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class ListDashboardsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListDashboards", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListDashboards$ */ .Avf) {
}


/***/ }),

/***/ 52352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ StartAssetBundleExportJobCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class StartAssetBundleExportJobCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "StartAssetBundleExportJob", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .StartAssetBundleExportJob$ */ .u5d) {
}


/***/ }),

/***/ 71382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ StartDashboardSnapshotJobCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class StartDashboardSnapshotJobCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "StartDashboardSnapshotJob", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .StartDashboardSnapshotJob$ */ .kxP) {
}


/***/ }),

/***/ 88865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ StartDashboardSnapshotJobScheduleCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14961);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5471);


class StartDashboardSnapshotJobScheduleCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "StartDashboardSnapshotJobSchedule", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .StartDashboardSnapshotJobSchedule$ */ .pJH) {
}


/***/ }),

/***/ 38010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "quicksight",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 5471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jkX: () => (/* binding */ DescribeAssetBundleExportJob$),
  VNi: () => (/* binding */ DescribeDashboardDefinition$),
  bbr: () => (/* binding */ DescribeDashboardSnapshotJob$),
  o08: () => (/* binding */ DescribeDashboardSnapshotJobResult$),
  Ka9: () => (/* binding */ GetIdentityContext$),
  Avf: () => (/* binding */ ListDashboards$),
  u5d: () => (/* binding */ StartAssetBundleExportJob$),
  kxP: () => (/* binding */ StartDashboardSnapshotJob$),
  pJH: () => (/* binding */ StartDashboardSnapshotJobSchedule$),
  q1U: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: APIKeyConnectionMetadata$, AccessControlConfiguration$, AccessDeniedException$, AccountCustomization$, AccountInfo$, AccountSettings$, ActionConnector$, ActionConnectorError$, ActionConnectorSearchFilter$, ActionConnectorSummary$, ActiveIAMPolicyAssignment$, AdHocFilteringOption$, AdditionalNotes$, Agent$, AgentSearchFilter$, AgentSummary$, AggFunction$, AggregateOperation$, Aggregation$, AggregationFunction$, AggregationPartitionBy$, AggregationSortConfiguration$, AllSheetsFilterScopeConfiguration$, AmazonElasticsearchParameters$, AmazonOpenSearchParameters$, AmazonQInQuickSightConsoleConfigurations$, AmazonQInQuickSightDashboardConfigurations$, Analysis$, AnalysisDefaults$, AnalysisDefinition$, AnalysisError$, AnalysisSearchFilter$, AnalysisSourceEntity$, AnalysisSourceTemplate$, AnalysisSummary$, Anchor$, AnchorDateConfiguration$, AnonymousUserDashboardEmbeddingConfiguration$, AnonymousUserDashboardFeatureConfigurations$, AnonymousUserDashboardVisualEmbeddingConfiguration$, AnonymousUserEmbeddingExperienceConfiguration$, AnonymousUserGenerativeQnAEmbeddingConfiguration$, AnonymousUserQSearchBarEmbeddingConfiguration$, AnonymousUserSnapshotJobResult$, AppSummary$, AppendOperation$, AppendedColumn$, ApplicableTo$, ApplicationTheme$, ApprovalPolicy$, ArcAxisConfiguration$, ArcAxisDisplayRange$, ArcConfiguration$, ArcOptions$, AssetBundleCloudFormationOverridePropertyConfiguration$, AssetBundleExportJobAnalysisOverrideProperties$, AssetBundleExportJobDashboardOverrideProperties$, AssetBundleExportJobDataSetOverrideProperties$, AssetBundleExportJobDataSourceOverrideProperties$, AssetBundleExportJobError$, AssetBundleExportJobFolderOverrideProperties$, AssetBundleExportJobRefreshScheduleOverrideProperties$, AssetBundleExportJobResourceIdOverrideConfiguration$, AssetBundleExportJobSummary$, AssetBundleExportJobThemeOverrideProperties$, AssetBundleExportJobTopicV2OverrideProperties$, AssetBundleExportJobVPCConnectionOverrideProperties$, AssetBundleExportJobValidationStrategy$, AssetBundleExportJobWarning$, AssetBundleImportJobAnalysisOverrideParameters$, AssetBundleImportJobAnalysisOverridePermissions$, AssetBundleImportJobAnalysisOverrideTags$, AssetBundleImportJobDashboardOverrideParameters$, AssetBundleImportJobDashboardOverridePermissions$, AssetBundleImportJobDashboardOverrideTags$, AssetBundleImportJobDataSetOverrideParameters$, AssetBundleImportJobDataSetOverridePermissions$, AssetBundleImportJobDataSetOverrideTags$, AssetBundleImportJobDataSourceCredentialPair$, AssetBundleImportJobDataSourceCredentials$, AssetBundleImportJobDataSourceOverrideParameters$, AssetBundleImportJobDataSourceOverridePermissions$, AssetBundleImportJobDataSourceOverrideTags$, AssetBundleImportJobError$, AssetBundleImportJobFolderOverrideParameters$, AssetBundleImportJobFolderOverridePermissions$, AssetBundleImportJobFolderOverrideTags$, AssetBundleImportJobOverrideParameters$, AssetBundleImportJobOverridePermissions$, AssetBundleImportJobOverrideTags$, AssetBundleImportJobOverrideValidationStrategy$, AssetBundleImportJobRefreshScheduleOverrideParameters$, AssetBundleImportJobResourceIdOverrideConfiguration$, AssetBundleImportJobSummary$, AssetBundleImportJobThemeOverrideParameters$, AssetBundleImportJobThemeOverridePermissions$, AssetBundleImportJobThemeOverrideTags$, AssetBundleImportJobTopicV2OverrideParameters$, AssetBundleImportJobTopicV2OverridePermissions$, AssetBundleImportJobTopicV2OverrideTags$, AssetBundleImportJobVPCConnectionOverrideParameters$, AssetBundleImportJobVPCConnectionOverrideTags$, AssetBundleImportJobWarning$, AssetBundleImportSource$, AssetBundleImportSourceDescription$, AssetBundleResourceLinkSharingConfiguration$, AssetBundleResourcePermissions$, AssetOptions$, AthenaParameters$, AttributeAggregationFunction$, AudioExtractionConfiguration$, AuroraParameters$, AuroraPostgreSqlParameters$, AuthConfig$, AuthenticationMetadata$, AuthorizationCodeGrantCredentialsDetails$, AuthorizationCodeGrantDetails$, AuthorizationCodeGrantMetadata$, AuthorizedTargetsByService$, AwsIotAnalyticsParameters$, AxisDataOptions$, AxisDisplayDataDrivenRange$, AxisDisplayMinMaxRange$, AxisDisplayOptions$, AxisDisplayRange$, AxisLabelOptions$, AxisLabelReferenceOptions$, AxisLinearScale$, AxisLogarithmicScale$, AxisScale$, AxisTickLabelOptions$, BarChartAggregatedFieldWells$, BarChartConfiguration$, BarChartDefaultSeriesSettings$, BarChartFieldWells$, BarChartSeriesSettings$, BarChartSortConfiguration$, BarChartVisual$, BarSeriesItem$, BasicAuthConnectionMetadata$, BatchCreateTopicReviewedAnswer$, BatchCreateTopicReviewedAnswerRequest$, BatchCreateTopicReviewedAnswerResponse$, BatchDeleteKnowledgeBase$, BatchDeleteKnowledgeBaseFailure$, BatchDeleteKnowledgeBaseRequest$, BatchDeleteKnowledgeBaseResponse$, BatchDeleteKnowledgeBaseSuccess$, BatchDeleteTopicReviewedAnswer$, BatchDeleteTopicReviewedAnswerRequest$, BatchDeleteTopicReviewedAnswerResponse$, BatchDescribeUserLimits$, BatchDescribeUserLimitsError$, BatchDescribeUserLimitsRequest$, BatchDescribeUserLimitsResponse$, BigQueryParameters$, BinCountOptions$, BinWidthOptions$, BodySectionConfiguration$, BodySectionContent$, BodySectionDynamicCategoryDimensionConfiguration$, BodySectionDynamicNumericDimensionConfiguration$, BodySectionRepeatConfiguration$, BodySectionRepeatDimensionConfiguration$, BodySectionRepeatPageBreakConfiguration$, BookmarksConfigurations$, BorderSettings$, BorderStyle$, BoxPlotAggregatedFieldWells$, BoxPlotChartConfiguration$, BoxPlotFieldWells$, BoxPlotOptions$, BoxPlotSortConfiguration$, BoxPlotStyleOptions$, BoxPlotVisual$, BrandColorPalette$, BrandDefinition$, BrandDetail$, BrandElementStyle$, BrandSummary$, CalculatedColumn$, CalculatedField$, CalculatedMeasureField$, CancelIngestion$, CancelIngestionRequest$, CancelIngestionResponse$, Capabilities$, CapacityBytesRangeFilter$, CascadingControlConfiguration$, CascadingControlSource$, CastColumnTypeOperation$, CastColumnTypesOperation$, CategoricalDimensionField$, CategoricalMeasureField$, CategoryDrillDownFilter$, CategoryFilter$, CategoryFilterConfiguration$, CategoryInnerFilter$, CellValueSynonym$, ChartAxisLabelOptions$, ClientCredentialsDetails$, ClientCredentialsGrantDetails$, ClientCredentialsGrantMetadata$, ClusterMarker$, ClusterMarkerConfiguration$, CollectiveConstant$, CollectiveConstantEntry$, ColorScale$, ColorsConfiguration$, ColumnConfiguration$, ColumnDescription$, ColumnGroup$, ColumnGroupColumnSchema$, ColumnGroupSchema$, ColumnHierarchy$, ColumnIdentifier$, ColumnLevelPermissionRule$, ColumnSchema$, ColumnSemanticProperty$, ColumnSemanticType$, ColumnSort$, ColumnTag$, ColumnToUnpivot$, ColumnTooltipItem$, ComboChartAggregatedFieldWells$, ComboChartConfiguration$, ComboChartDefaultSeriesSettings$, ComboChartFieldWells$, ComboChartSeriesSettings$, ComboChartSortConfiguration$, ComboChartVisual$, ComboSeriesItem$, ComparativeOrder$, ComparisonConfiguration$, ComparisonFormatConfiguration$, Computation$, ConcurrentUpdatingException$, ConditionalFormattingColor$, ConditionalFormattingCustomIconCondition$, ConditionalFormattingCustomIconOptions$, ConditionalFormattingGradientColor$, ConditionalFormattingIcon$, ConditionalFormattingIconDisplayConfiguration$, ConditionalFormattingIconSet$, ConditionalFormattingSolidColor$, ConflictException$, ConfluenceParameters$, ContextMenuOption$, ContextualAccentPalette$, ContributionAnalysisDefault$, ContributionAnalysisFactor$, ContributionAnalysisTimeRanges$, ControlSortConfiguration$, ControlTitleFontConfiguration$, ControlTitleFormatText$, Coordinate$, CreateAccountCustomization$, CreateAccountCustomizationRequest$, CreateAccountCustomizationResponse$, CreateAccountSubscription$, CreateAccountSubscriptionRequest$, CreateAccountSubscriptionResponse$, CreateActionConnector$, CreateActionConnectorRequest$, CreateActionConnectorResponse$, CreateAgent$, CreateAgentRequest$, CreateAgentResponse$, CreateAnalysis$, CreateAnalysisRequest$, CreateAnalysisResponse$, CreateApprovalPolicy$, CreateApprovalPolicyRequest$, CreateApprovalPolicyResponse$, CreateBrand$, CreateBrandRequest$, CreateBrandResponse$, CreateColumnsOperation$, CreateCustomPermissions$, CreateCustomPermissionsRequest$, CreateCustomPermissionsResponse$, CreateDashboard$, CreateDashboardRequest$, CreateDashboardResponse$, CreateDataSet$, CreateDataSetRequest$, CreateDataSetResponse$, CreateDataSource$, CreateDataSourceRequest$, CreateDataSourceResponse$, CreateDlpSetting$, CreateDlpSettingRequest$, CreateDlpSettingResponse$, CreateFlow$, CreateFlowRequest$, CreateFlowResponse$, CreateFolder$, CreateFolderMembership$, CreateFolderMembershipRequest$, CreateFolderMembershipResponse$, CreateFolderRequest$, CreateFolderResponse$, CreateGroup$, CreateGroupMembership$, CreateGroupMembershipRequest$, CreateGroupMembershipResponse$, CreateGroupRequest$, CreateGroupResponse$, CreateIAMPolicyAssignment$, CreateIAMPolicyAssignmentRequest$, CreateIAMPolicyAssignmentResponse$, CreateIngestion$, CreateIngestionRequest$, CreateIngestionResponse$, CreateKnowledgeBase$, CreateKnowledgeBaseRequest$, CreateKnowledgeBaseResponse$, CreateLimitsProfile$, CreateLimitsProfileRequest$, CreateLimitsProfileResponse$, CreateNamespace$, CreateNamespaceRequest$, CreateNamespaceResponse$, CreateOAuthClientApplication$, CreateOAuthClientApplicationRequest$, CreateOAuthClientApplicationResponse$, CreateRefreshSchedule$, CreateRefreshScheduleRequest$, CreateRefreshScheduleResponse$, CreateRoleMembership$, CreateRoleMembershipRequest$, CreateRoleMembershipResponse$, CreateSpace$, CreateSpaceRequest$, CreateSpaceResponse$, CreateTemplate$, CreateTemplateAlias$, CreateTemplateAliasRequest$, CreateTemplateAliasResponse$, CreateTemplateRequest$, CreateTemplateResponse$, CreateTheme$, CreateThemeAlias$, CreateThemeAliasRequest$, CreateThemeAliasResponse$, CreateThemeRequest$, CreateThemeResponse$, CreateTopic$, CreateTopicRefreshSchedule$, CreateTopicRefreshScheduleRequest$, CreateTopicRefreshScheduleResponse$, CreateTopicRequest$, CreateTopicResponse$, CreateTopicReviewedAnswer$, CreateTopicV2$, CreateTopicV2Request$, CreateTopicV2Response$, CreateVPCConnection$, CreateVPCConnectionRequest$, CreateVPCConnectionResponse$, CredentialPair$, CurrencyDisplayFormatConfiguration$, CustomActionFilterOperation$, CustomActionNavigationOperation$, CustomActionSetParametersOperation$, CustomActionURLOperation$, CustomColor$, CustomConnectionParameters$, CustomContentConfiguration$, CustomContentVisual$, CustomFilterConfiguration$, CustomFilterListConfiguration$, CustomInstruction$, CustomInstructions$, CustomNarrativeOptions$, CustomParameterValues$, CustomPermissions$, CustomPromptInput$, CustomPromptInputParameters$, CustomPromptInterface$, CustomPromptProfile$, CustomSql$, CustomValuesConfiguration$, CustomerManagedKeyUnavailableException$, Dashboard$, DashboardCustomizationSummaryConfigurations$, DashboardCustomizationVisualOptions$, DashboardError$, DashboardPublishOptions$, DashboardSearchFilter$, DashboardSourceEntity$, DashboardSourceTemplate$, DashboardSummary$, DashboardVersion$, DashboardVersionDefinition$, DashboardVersionSummary$, DashboardVisualId$, DashboardVisualPublishOptions$, DashboardVisualResult$, DataAggregation$, DataBarsOptions$, DataColor$, DataColorPalette$, DataFieldBarSeriesItem$, DataFieldComboSeriesItem$, DataFieldSeriesItem$, DataLabelOptions$, DataLabelType$, DataPathColor$, DataPathLabelType$, DataPathSort$, DataPathType$, DataPathValue$, DataPointDrillUpDownOption$, DataPointMenuLabelOption$, DataPointTooltipOption$, DataPrepAggregationFunction$, DataPrepConfiguration$, DataPrepListAggregationFunction$, DataPrepSimpleAggregationFunction$, DataQAEnabledOption$, DataQnAConfigurations$, DataSet$, DataSetColumnIdMapping$, DataSetConfiguration$, DataSetDateComparisonFilterCondition$, DataSetDateFilterCondition$, DataSetDateFilterValue$, DataSetDateRangeFilterCondition$, DataSetIdentifierDeclaration$, DataSetNumericComparisonFilterCondition$, DataSetNumericFilterCondition$, DataSetNumericFilterValue$, DataSetNumericRangeFilterCondition$, DataSetReference$, DataSetRefreshProperties$, DataSetSchema$, DataSetSearchFilter$, DataSetSemanticDescription$, DataSetSemanticMetadata$, DataSetStringComparisonFilterCondition$, DataSetStringFilterCondition$, DataSetStringFilterValue$, DataSetStringListFilterCondition$, DataSetStringListFilterValue$, DataSetSummary$, DataSetUsageConfiguration$, DataSource$, DataSourceCredentials$, DataSourceErrorInfo$, DataSourceParameters$, DataSourceSearchFilter$, DataSourceSummary$, DataStoriesConfigurations$, DataStoriesSharingOption$, DatabricksParameters$, DatasetMetadata$, DatasetParameter$, DateAxisOptions$, DateDimensionField$, DateMeasureField$, DateTimeDatasetParameter$, DateTimeDatasetParameterDefaultValues$, DateTimeDefaultValues$, DateTimeFormatConfiguration$, DateTimeHierarchy$, DateTimeParameter$, DateTimeParameterDeclaration$, DateTimePickerControlDisplayOptions$, DateTimeValueWhenUnsetConfiguration$, DecalSettings$, DecalSettingsConfiguration$, DecimalDatasetParameter$, DecimalDatasetParameterDefaultValues$, DecimalDefaultValues$, DecimalParameter$, DecimalParameterDeclaration$, DecimalPlacesConfiguration$, DecimalValueWhenUnsetConfiguration$, DefaultDateTimePickerControlOptions$, DefaultFilterControlConfiguration$, DefaultFilterControlOptions$, DefaultFilterDropDownControlOptions$, DefaultFilterListControlOptions$, DefaultFormatting$, DefaultFreeFormLayoutConfiguration$, DefaultGridLayoutConfiguration$, DefaultHierarchyFilterDropDownControlOptions$, DefaultHierarchyFilterListControlOptions$, DefaultInteractiveLayoutConfiguration$, DefaultNewSheetConfiguration$, DefaultPaginatedLayoutConfiguration$, DefaultRelativeDateTimeControlOptions$, DefaultSectionBasedLayoutConfiguration$, DefaultSliderControlOptions$, DefaultTextAreaControlOptions$, DefaultTextFieldControlOptions$, DeleteAccountCustomPermission$, DeleteAccountCustomPermissionRequest$, DeleteAccountCustomPermissionResponse$, DeleteAccountCustomization$, DeleteAccountCustomizationRequest$, DeleteAccountCustomizationResponse$, DeleteAccountSubscription$, DeleteAccountSubscriptionRequest$, DeleteAccountSubscriptionResponse$, DeleteActionConnector$, DeleteActionConnectorRequest$, DeleteActionConnectorResponse$, DeleteAgent$, DeleteAgentRequest$, DeleteAgentResponse$, DeleteAnalysis$, DeleteAnalysisRequest$, DeleteAnalysisResponse$, DeleteApp$, DeleteAppRequest$, DeleteAppResponse$, DeleteApprovalPolicy$, DeleteApprovalPolicyRequest$, DeleteApprovalPolicyResponse$, DeleteBrand$, DeleteBrandAssignment$, DeleteBrandAssignmentRequest$, DeleteBrandAssignmentResponse$, DeleteBrandRequest$, DeleteBrandResponse$, DeleteCustomPermissions$, DeleteCustomPermissionsRequest$, DeleteCustomPermissionsResponse$, DeleteDashboard$, DeleteDashboardRequest$, DeleteDashboardResponse$, DeleteDataSet$, DeleteDataSetRefreshProperties$, DeleteDataSetRefreshPropertiesRequest$, DeleteDataSetRefreshPropertiesResponse$, DeleteDataSetRequest$, DeleteDataSetResponse$, DeleteDataSource$, DeleteDataSourceRequest$, DeleteDataSourceResponse$, DeleteDefaultQBusinessApplication$, DeleteDefaultQBusinessApplicationRequest$, DeleteDefaultQBusinessApplicationResponse$, DeleteDlpSetting$, DeleteDlpSettingRequest$, DeleteDlpSettingResponse$, DeleteFlow$, DeleteFlowRequest$, DeleteFlowResponse$, DeleteFolder$, DeleteFolderMembership$, DeleteFolderMembershipRequest$, DeleteFolderMembershipResponse$, DeleteFolderRequest$, DeleteFolderResponse$, DeleteGroup$, DeleteGroupMembership$, DeleteGroupMembershipRequest$, DeleteGroupMembershipResponse$, DeleteGroupRequest$, DeleteGroupResponse$, DeleteIAMPolicyAssignment$, DeleteIAMPolicyAssignmentRequest$, DeleteIAMPolicyAssignmentResponse$, DeleteIdentityPropagationConfig$, DeleteIdentityPropagationConfigRequest$, DeleteIdentityPropagationConfigResponse$, DeleteKnowledgeBase$, DeleteKnowledgeBaseRequest$, DeleteKnowledgeBaseResponse$, DeleteLimitsProfile$, DeleteLimitsProfileRequest$, DeleteLimitsProfileResponse$, DeleteNamespace$, DeleteNamespaceRequest$, DeleteNamespaceResponse$, DeleteOAuthClientApplication$, DeleteOAuthClientApplicationRequest$, DeleteOAuthClientApplicationResponse$, DeleteRefreshSchedule$, DeleteRefreshScheduleRequest$, DeleteRefreshScheduleResponse$, DeleteRoleCustomPermission$, DeleteRoleCustomPermissionRequest$, DeleteRoleCustomPermissionResponse$, DeleteRoleMembership$, DeleteRoleMembershipRequest$, DeleteRoleMembershipResponse$, DeleteSpace$, DeleteSpaceRequest$, DeleteSpaceResponse$, DeleteTemplate$, DeleteTemplateAlias$, DeleteTemplateAliasRequest$, DeleteTemplateAliasResponse$, DeleteTemplateRequest$, DeleteTemplateResponse$, DeleteTheme$, DeleteThemeAlias$, DeleteThemeAliasRequest$, DeleteThemeAliasResponse$, DeleteThemeRequest$, DeleteThemeResponse$, DeleteTopic$, DeleteTopicRefreshSchedule$, DeleteTopicRefreshScheduleRequest$, DeleteTopicRefreshScheduleResponse$, DeleteTopicRequest$, DeleteTopicResponse$, DeleteTopicV2$, DeleteTopicV2Request$, DeleteTopicV2Response$, DeleteUser$, DeleteUserByPrincipalId$, DeleteUserByPrincipalIdRequest$, DeleteUserByPrincipalIdResponse$, DeleteUserCustomPermission$, DeleteUserCustomPermissionRequest$, DeleteUserCustomPermissionResponse$, DeleteUserRequest$, DeleteUserResponse$, DeleteVPCConnection$, DeleteVPCConnectionRequest$, DeleteVPCConnectionResponse$, DescribeAccountCustomPermission$, DescribeAccountCustomPermissionRequest$, DescribeAccountCustomPermissionResponse$, DescribeAccountCustomization$, DescribeAccountCustomizationRequest$, DescribeAccountCustomizationResponse$, DescribeAccountSettings$, DescribeAccountSettingsRequest$, DescribeAccountSettingsResponse$, DescribeAccountSubscription$, DescribeAccountSubscriptionRequest$, DescribeAccountSubscriptionResponse$, DescribeActionConnector$, DescribeActionConnectorPermissions$, DescribeActionConnectorPermissionsRequest$, DescribeActionConnectorPermissionsResponse$, DescribeActionConnectorRequest$, DescribeActionConnectorResponse$, DescribeAgent$, DescribeAgentPermissions$, DescribeAgentPermissionsRequest$, DescribeAgentPermissionsResponse$, DescribeAgentRequest$, DescribeAgentResponse$, DescribeAnalysis$, DescribeAnalysisDefinition$, DescribeAnalysisDefinitionRequest$, DescribeAnalysisDefinitionResponse$, DescribeAnalysisPermissions$, DescribeAnalysisPermissionsRequest$, DescribeAnalysisPermissionsResponse$, DescribeAnalysisRequest$, DescribeAnalysisResponse$, DescribeApp$, DescribeAppPermissions$, DescribeAppPermissionsRequest$, DescribeAppPermissionsResponse$, DescribeAppRequest$, DescribeAppResponse$, DescribeApprovalPolicy$, DescribeApprovalPolicyRequest$, DescribeApprovalPolicyResponse$, DescribeAssetBundleExportJobRequest$, DescribeAssetBundleExportJobResponse$, DescribeAssetBundleImportJob$, DescribeAssetBundleImportJobRequest$, DescribeAssetBundleImportJobResponse$, DescribeAutomationJob$, DescribeAutomationJobRequest$, DescribeAutomationJobResponse$, DescribeBrand$, DescribeBrandAssignment$, DescribeBrandAssignmentRequest$, DescribeBrandAssignmentResponse$, DescribeBrandPublishedVersion$, DescribeBrandPublishedVersionRequest$, DescribeBrandPublishedVersionResponse$, DescribeBrandRequest$, DescribeBrandResponse$, DescribeCustomPermissions$, DescribeCustomPermissionsRequest$, DescribeCustomPermissionsResponse$, DescribeDashboard$, DescribeDashboardDefinitionRequest$, DescribeDashboardDefinitionResponse$, DescribeDashboardPermissions$, DescribeDashboardPermissionsRequest$, DescribeDashboardPermissionsResponse$, DescribeDashboardRequest$, DescribeDashboardResponse$, DescribeDashboardSnapshotJobRequest$, DescribeDashboardSnapshotJobResponse$, DescribeDashboardSnapshotJobResultRequest$, DescribeDashboardSnapshotJobResultResponse$, DescribeDashboardsQAConfiguration$, DescribeDashboardsQAConfigurationRequest$, DescribeDashboardsQAConfigurationResponse$, DescribeDataSet$, DescribeDataSetPermissions$, DescribeDataSetPermissionsRequest$, DescribeDataSetPermissionsResponse$, DescribeDataSetRefreshProperties$, DescribeDataSetRefreshPropertiesRequest$, DescribeDataSetRefreshPropertiesResponse$, DescribeDataSetRequest$, DescribeDataSetResponse$, DescribeDataSource$, DescribeDataSourcePermissions$, DescribeDataSourcePermissionsRequest$, DescribeDataSourcePermissionsResponse$, DescribeDataSourceRequest$, DescribeDataSourceResponse$, DescribeDefaultQBusinessApplication$, DescribeDefaultQBusinessApplicationRequest$, DescribeDefaultQBusinessApplicationResponse$, DescribeDlpSetting$, DescribeDlpSettingRequest$, DescribeDlpSettingResponse$, DescribeFlow$, DescribeFlowRequest$, DescribeFlowResponse$, DescribeFolder$, DescribeFolderPermissions$, DescribeFolderPermissionsRequest$, DescribeFolderPermissionsResponse$, DescribeFolderRequest$, DescribeFolderResolvedPermissions$, DescribeFolderResolvedPermissionsRequest$, DescribeFolderResolvedPermissionsResponse$, DescribeFolderResponse$, DescribeGroup$, DescribeGroupMembership$, DescribeGroupMembershipRequest$, DescribeGroupMembershipResponse$, DescribeGroupRequest$, DescribeGroupResponse$, DescribeIAMPolicyAssignment$, DescribeIAMPolicyAssignmentRequest$, DescribeIAMPolicyAssignmentResponse$, DescribeIngestion$, DescribeIngestionRequest$, DescribeIngestionResponse$, DescribeIpRestriction$, DescribeIpRestrictionRequest$, DescribeIpRestrictionResponse$, DescribeKeyRegistration$, DescribeKeyRegistrationRequest$, DescribeKeyRegistrationResponse$, DescribeKnowledgeBase$, DescribeKnowledgeBasePermissions$, DescribeKnowledgeBasePermissionsRequest$, DescribeKnowledgeBasePermissionsResponse$, DescribeKnowledgeBaseRequest$, DescribeKnowledgeBaseResponse$, DescribeLimitsProfile$, DescribeLimitsProfileRequest$, DescribeLimitsProfileResponse$, DescribeNamespace$, DescribeNamespaceRequest$, DescribeNamespaceResponse$, DescribeOAuthClientApplication$, DescribeOAuthClientApplicationRequest$, DescribeOAuthClientApplicationResponse$, DescribeQPersonalizationConfiguration$, DescribeQPersonalizationConfigurationRequest$, DescribeQPersonalizationConfigurationResponse$, DescribeQuickSightQSearchConfiguration$, DescribeQuickSightQSearchConfigurationRequest$, DescribeQuickSightQSearchConfigurationResponse$, DescribeRefreshSchedule$, DescribeRefreshScheduleRequest$, DescribeRefreshScheduleResponse$, DescribeResourcePermissions$, DescribeResourcePermissionsRequest$, DescribeResourcePermissionsResponse$, DescribeRoleCustomPermission$, DescribeRoleCustomPermissionRequest$, DescribeRoleCustomPermissionResponse$, DescribeSelfUpgradeConfiguration$, DescribeSelfUpgradeConfigurationRequest$, DescribeSelfUpgradeConfigurationResponse$, DescribeSpace$, DescribeSpacePermissions$, DescribeSpacePermissionsRequest$, DescribeSpacePermissionsResponse$, DescribeSpaceRequest$, DescribeSpaceResponse$, DescribeTemplate$, DescribeTemplateAlias$, DescribeTemplateAliasRequest$, DescribeTemplateAliasResponse$, DescribeTemplateDefinition$, DescribeTemplateDefinitionRequest$, DescribeTemplateDefinitionResponse$, DescribeTemplatePermissions$, DescribeTemplatePermissionsRequest$, DescribeTemplatePermissionsResponse$, DescribeTemplateRequest$, DescribeTemplateResponse$, DescribeTheme$, DescribeThemeAlias$, DescribeThemeAliasRequest$, DescribeThemeAliasResponse$, DescribeThemePermissions$, DescribeThemePermissionsRequest$, DescribeThemePermissionsResponse$, DescribeThemeRequest$, DescribeThemeResponse$, DescribeTopic$, DescribeTopicPermissions$, DescribeTopicPermissionsRequest$, DescribeTopicPermissionsResponse$, DescribeTopicPermissionsV2$, DescribeTopicPermissionsV2Request$, DescribeTopicPermissionsV2Response$, DescribeTopicRefresh$, DescribeTopicRefreshRequest$, DescribeTopicRefreshResponse$, DescribeTopicRefreshSchedule$, DescribeTopicRefreshScheduleRequest$, DescribeTopicRefreshScheduleResponse$, DescribeTopicRequest$, DescribeTopicResponse$, DescribeTopicV2$, DescribeTopicV2Request$, DescribeTopicV2Response$, DescribeUser$, DescribeUserRequest$, DescribeUserResponse$, DescribeVPCConnection$, DescribeVPCConnectionRequest$, DescribeVPCConnectionResponse$, DestinationParameterValueConfiguration$, DestinationTable$, DestinationTableSource$, DimensionField$, DisplayFormatOptions$, DlpSettingDetails$, DlpSettingSummary$, DomainNotWhitelistedException$, DonutCenterOptions$, DonutOptions$, DrillDownFilter$, DropDownControlDisplayOptions$, DynamicDefaultValue$, EffectiveLimit$, EmptyVisual$, Entity$, ErrorInfo$, ExasolParameters$, ExcludePeriodConfiguration$, ExecutiveSummaryConfigurations$, ExecutiveSummaryOption$, ExplicitHierarchy$, ExportHiddenFieldsOption$, ExportToCSVOption$, ExportWithHiddenFieldsOption$, FMKBParameters$, FailedKeyRegistrationEntry$, FailedSpaceResourceOperation$, FailedToUpdateAssociation$, FieldBarSeriesItem$, FieldBasedTooltip$, FieldComboSeriesItem$, FieldFolder$, FieldLabelType$, FieldSeriesItem$, FieldSort$, FieldSortOptions$, FieldTooltipItem$, FileSource$, FilledMapAggregatedFieldWells$, FilledMapConditionalFormatting$, FilledMapConditionalFormattingOption$, FilledMapConfiguration$, FilledMapFieldWells$, FilledMapShapeConditionalFormatting$, FilledMapSortConfiguration$, FilledMapVisual$, Filter$, FilterAggMetrics$, FilterControl$, FilterCrossSheetControl$, FilterDateTimePickerControl$, FilterDropDownControl$, FilterGroup$, FilterListConfiguration$, FilterListControl$, FilterOperation$, FilterOperationSelectedFieldsConfiguration$, FilterOperationTargetVisualsConfiguration$, FilterRelativeDateTimeControl$, FilterScopeConfiguration$, FilterSelectableValues$, FilterSliderControl$, FilterTextAreaControl$, FilterTextFieldControl$, FiltersOperation$, FlowDetail$, FlowSummary$, Folder$, FolderMember$, FolderSearchFilter$, FolderSummary$, Font$, FontConfiguration$, FontSize$, FontWeight$, ForecastComputation$, ForecastConfiguration$, ForecastScenario$, FormatConfiguration$, FreeFormLayoutCanvasSizeOptions$, FreeFormLayoutConfiguration$, FreeFormLayoutElement$, FreeFormLayoutElementBackgroundStyle$, FreeFormLayoutElementBorderStyle$, FreeFormLayoutScreenCanvasSizeOptions$, FreeFormSectionLayoutConfiguration$, FunnelChartAggregatedFieldWells$, FunnelChartConfiguration$, FunnelChartDataLabelOptions$, FunnelChartFieldWells$, FunnelChartSortConfiguration$, FunnelChartVisual$, GaugeChartArcConditionalFormatting$, GaugeChartColorConfiguration$, GaugeChartConditionalFormatting$, GaugeChartConditionalFormattingOption$, GaugeChartConfiguration$, GaugeChartFieldWells$, GaugeChartOptions$, GaugeChartPrimaryValueConditionalFormatting$, GaugeChartVisual$, GenerateEmbedUrlForAnonymousUser$, GenerateEmbedUrlForAnonymousUserRequest$, GenerateEmbedUrlForAnonymousUserResponse$, GenerateEmbedUrlForRegisteredUser$, GenerateEmbedUrlForRegisteredUserRequest$, GenerateEmbedUrlForRegisteredUserResponse$, GenerateEmbedUrlForRegisteredUserWithIdentity$, GenerateEmbedUrlForRegisteredUserWithIdentityRequest$, GenerateEmbedUrlForRegisteredUserWithIdentityResponse$, GeneratedAnswerResult$, GenerativeAuthoringConfigurations$, GeoSpatialColumnGroup$, GeocodePreference$, GeocodePreferenceValue$, GeocoderHierarchy$, GeospatialCategoricalColor$, GeospatialCategoricalDataColor$, GeospatialCircleRadius$, GeospatialCircleSymbolStyle$, GeospatialColor$, GeospatialCoordinateBounds$, GeospatialDataSourceItem$, GeospatialGradientColor$, GeospatialGradientStepColor$, GeospatialHeatmapColorScale$, GeospatialHeatmapConfiguration$, GeospatialHeatmapDataColor$, GeospatialLayerColorField$, GeospatialLayerDefinition$, GeospatialLayerItem$, GeospatialLayerJoinDefinition$, GeospatialLayerMapConfiguration$, GeospatialLineLayer$, GeospatialLineStyle$, GeospatialLineSymbolStyle$, GeospatialLineWidth$, GeospatialMapAggregatedFieldWells$, GeospatialMapConfiguration$, GeospatialMapFieldWells$, GeospatialMapState$, GeospatialMapStyle$, GeospatialMapStyleOptions$, GeospatialMapVisual$, GeospatialNullDataSettings$, GeospatialNullSymbolStyle$, GeospatialPointLayer$, GeospatialPointStyle$, GeospatialPointStyleOptions$, GeospatialPolygonLayer$, GeospatialPolygonStyle$, GeospatialPolygonSymbolStyle$, GeospatialSolidColor$, GeospatialStaticFileSource$, GeospatialWindowOptions$, GetDashboardEmbedUrl$, GetDashboardEmbedUrlRequest$, GetDashboardEmbedUrlResponse$, GetFlowMetadata$, GetFlowMetadataInput$, GetFlowMetadataOutput$, GetFlowPermissions$, GetFlowPermissionsInput$, GetFlowPermissionsOutput$, GetIdentityContextRequest$, GetIdentityContextResponse$, GetSessionEmbedUrl$, GetSessionEmbedUrlRequest$, GetSessionEmbedUrlResponse$, GlobalTableBorderOptions$, GoogleDriveParameters$, Governance$, GradientColor$, GradientStop$, GridLayoutCanvasSizeOptions$, GridLayoutConfiguration$, GridLayoutElement$, GridLayoutElementBackgroundStyle$, GridLayoutElementBorderStyle$, GridLayoutScreenCanvasSizeOptions$, Group$, GroupMember$, GroupSearchFilter$, GrowthRateComputation$, GutterStyle$, HeaderFooterSectionConfiguration$, HeatMapAggregatedFieldWells$, HeatMapConfiguration$, HeatMapFieldWells$, HeatMapSortConfiguration$, HeatMapVisual$, HierarchyFilter$, HierarchyFilterDropDownControl$, HierarchyFilterDropDownControlDisplayOptions$, HierarchyFilterLevel$, HierarchyFilterListControl$, HierarchyFilterListControlDisplayOptions$, HierarchyFilterListControlSearchOptions$, HierarchyFilterNode$, HistogramAggregatedFieldWells$, HistogramBinOptions$, HistogramConfiguration$, HistogramFieldWells$, HistogramVisual$, IAMConnectionMetadata$, IAMPolicyAssignment$, IAMPolicyAssignmentSummary$, Identifier$, IdentityCenterConfiguration$, IdentityTypeNotSupportedException$, Image$, ImageConfiguration$, ImageCustomAction$, ImageCustomActionOperation$, ImageExtractionConfiguration$, ImageInteractionOptions$, ImageMenuOption$, ImageSet$, ImageSetConfiguration$, ImageSource$, ImageStaticFile$, ImpalaParameters$, ImportTableOperation$, ImportTableOperationSource$, IncrementalRefresh$, Ingestion$, InlineCustomInstruction$, InnerFilter$, InputColumn$, InsightConfiguration$, InsightVisual$, IntegerDatasetParameter$, IntegerDatasetParameterDefaultValues$, IntegerDefaultValues$, IntegerParameter$, IntegerParameterDeclaration$, IntegerValueWhenUnsetConfiguration$, InternalFailureException$, InternalServerException$, InvalidDataSetParameterValueException$, InvalidNextTokenException$, InvalidParameterException$, InvalidParameterValueException$, InvalidRequestException$, InvalidTopicReviewedAnswer$, ItemsLimitConfiguration$, JiraParameters$, JoinInstruction$, JoinKeyProperties$, JoinOperandProperties$, JoinOperation$, KPIActualValueConditionalFormatting$, KPIComparisonValueConditionalFormatting$, KPIConditionalFormatting$, KPIConditionalFormattingOption$, KPIConfiguration$, KPIFieldWells$, KPIOptions$, KPIPrimaryValueConditionalFormatting$, KPIProgressBarConditionalFormatting$, KPISortConfiguration$, KPISparklineOptions$, KPIVisual$, KPIVisualLayoutOptions$, KPIVisualStandardLayout$, KbTemplateConfiguration$, KeyPairCredentials$, KnowledgeBase$, KnowledgeBaseConfiguration$, KnowledgeBaseIngestionSummary$, KnowledgeBaseSearchFilter$, KnowledgeBaseSortBy$, KnowledgeBaseSummary$, LabelActionMapping$, LabelOptions$, LayerCustomAction$, LayerCustomActionOperation$, LayerMapVisual$, Layout$, LayoutConfiguration$, LegendOptions$, LimitExceededException$, LimitsProfile$, LineChartAggregatedFieldWells$, LineChartConfiguration$, LineChartDefaultSeriesSettings$, LineChartFieldWells$, LineChartLineStyleSettings$, LineChartMarkerStyleSettings$, LineChartSeriesSettings$, LineChartSortConfiguration$, LineChartVisual$, LineSeriesAxisDisplayOptions$, LinkSharingConfiguration$, ListActionConnectors$, ListActionConnectorsRequest$, ListActionConnectorsResponse$, ListAgents$, ListAgentsRequest$, ListAgentsResponse$, ListAnalyses$, ListAnalysesRequest$, ListAnalysesResponse$, ListApprovalPolicies$, ListApprovalPoliciesRequest$, ListApprovalPoliciesResponse$, ListApps$, ListAppsRequest$, ListAppsResponse$, ListAssetBundleExportJobs$, ListAssetBundleExportJobsRequest$, ListAssetBundleExportJobsResponse$, ListAssetBundleImportJobs$, ListAssetBundleImportJobsRequest$, ListAssetBundleImportJobsResponse$, ListBrands$, ListBrandsRequest$, ListBrandsResponse$, ListControlDisplayOptions$, ListControlSearchOptions$, ListControlSelectAllOptions$, ListCustomPermissions$, ListCustomPermissionsRequest$, ListCustomPermissionsResponse$, ListDashboardVersions$, ListDashboardVersionsRequest$, ListDashboardVersionsResponse$, ListDashboardsRequest$, ListDashboardsResponse$, ListDataSets$, ListDataSetsRequest$, ListDataSetsResponse$, ListDataSources$, ListDataSourcesRequest$, ListDataSourcesResponse$, ListDlpSettings$, ListDlpSettingsRequest$, ListDlpSettingsResponse$, ListFlows$, ListFlowsInput$, ListFlowsOutput$, ListFolderMembers$, ListFolderMembersRequest$, ListFolderMembersResponse$, ListFolders$, ListFoldersForResource$, ListFoldersForResourceRequest$, ListFoldersForResourceResponse$, ListFoldersRequest$, ListFoldersResponse$, ListGroupMemberships$, ListGroupMembershipsRequest$, ListGroupMembershipsResponse$, ListGroups$, ListGroupsRequest$, ListGroupsResponse$, ListIAMPolicyAssignments$, ListIAMPolicyAssignmentsForUser$, ListIAMPolicyAssignmentsForUserRequest$, ListIAMPolicyAssignmentsForUserResponse$, ListIAMPolicyAssignmentsRequest$, ListIAMPolicyAssignmentsResponse$, ListIdentityPropagationConfigs$, ListIdentityPropagationConfigsRequest$, ListIdentityPropagationConfigsResponse$, ListIngestions$, ListIngestionsRequest$, ListIngestionsResponse$, ListKnowledgeBases$, ListKnowledgeBasesRequest$, ListKnowledgeBasesResponse$, ListLimitsProfiles$, ListLimitsProfilesRequest$, ListLimitsProfilesResponse$, ListNamespaces$, ListNamespacesRequest$, ListNamespacesResponse$, ListOAuthClientApplications$, ListOAuthClientApplicationsRequest$, ListOAuthClientApplicationsResponse$, ListRefreshSchedules$, ListRefreshSchedulesRequest$, ListRefreshSchedulesResponse$, ListRoleMemberships$, ListRoleMembershipsRequest$, ListRoleMembershipsResponse$, ListSelfUpgrades$, ListSelfUpgradesRequest$, ListSelfUpgradesResponse$, ListSpaceResources$, ListSpaceResourcesRequest$, ListSpaceResourcesResponse$, ListSpaces$, ListSpacesRequest$, ListSpacesResponse$, ListTagsForResource$, ListTagsForResourceRequest$, ListTagsForResourceResponse$, ListTemplateAliases$, ListTemplateAliasesRequest$, ListTemplateAliasesResponse$, ListTemplateVersions$, ListTemplateVersionsRequest$, ListTemplateVersionsResponse$, ListTemplates$, ListTemplatesRequest$, ListTemplatesResponse$, ListThemeAliases$, ListThemeAliasesRequest$, ListThemeAliasesResponse$, ListThemeVersions$, ListThemeVersionsRequest$, ListThemeVersionsResponse$, ListThemes$, ListThemesRequest$, ListThemesResponse$, ListTopicRefreshSchedules$, ListTopicRefreshSchedulesRequest$, ListTopicRefreshSchedulesResponse$, ListTopicReviewedAnswers$, ListTopicReviewedAnswersRequest$, ListTopicReviewedAnswersResponse$, ListTopics$, ListTopicsRequest$, ListTopicsResponse$, ListTopicsV2$, ListTopicsV2Request$, ListTopicsV2Response$, ListUserGroups$, ListUserGroupsRequest$, ListUserGroupsResponse$, ListUsers$, ListUsersIndexCapacity$, ListUsersIndexCapacityRequest$, ListUsersIndexCapacityResponse$, ListUsersRequest$, ListUsersResponse$, ListVPCConnections$, ListVPCConnectionsRequest$, ListVPCConnectionsResponse$, LoadingAnimation$, LocalNavigationConfiguration$, LogicalTable$, LogicalTableSource$, Logo$, LogoConfiguration$, LogoSet$, LogoSetConfiguration$, LongFormatText$, LookbackWindow$, ManifestFileLocation$, MappedDataSetParameter$, MarginStyle$, MariaDbParameters$, MaximumLabelType$, MaximumMinimumComputation$, MeasureField$, MediaExtractionConfiguration$, MemberIdArnPair$, MetricComparisonComputation$, MicrosoftPurviewCredentials$, MicrosoftPurviewProviderConfig$, MinimumLabelType$, MissingDataConfiguration$, MySqlParameters$, NamedEntityDefinition$, NamedEntityDefinitionMetric$, NamedEntityRef$, NamedEntitySort$, NamespaceError$, NamespaceInfoV2$, NavbarStyle$, NegativeFormat$, NegativeValueConfiguration$, NestedFilter$, NetworkInterface$, NewDefaultValues$, NoneConnectionMetadata$, NullValueFormatConfiguration$, NumberDisplayFormatConfiguration$, NumberFormatConfiguration$, NumericAxisOptions$, NumericEqualityDrillDownFilter$, NumericEqualityFilter$, NumericFormatConfiguration$, NumericRangeFilter$, NumericRangeFilterValue$, NumericSeparatorConfiguration$, NumericalAggregationFunction$, NumericalDimensionField$, NumericalMeasureField$, OAuthClientApplication$, OAuthClientApplicationSummary$, OAuthClientCredentials$, OAuthParameters$, OneDriveClientCredentials$, OneDriveParameters$, OracleParameters$, OutputColumn$, OutputColumnNameOverride$, OverrideDatasetParameterOperation$, PaginationConfiguration$, Palette$, PanelConfiguration$, PanelTitleOptions$, ParameterControl$, ParameterDateTimePickerControl$, ParameterDeclaration$, ParameterDropDownControl$, ParameterListControl$, ParameterSelectableValues$, ParameterSliderControl$, ParameterTextAreaControl$, ParameterTextFieldControl$, ParentDataSet$, PercentVisibleRange$, PercentageDisplayFormatConfiguration$, PercentileAggregation$, PerformanceConfiguration$, PeriodOverPeriodComputation$, PeriodToDateComputation$, Permission$, PhysicalTable$, PieChartAggregatedFieldWells$, PieChartConfiguration$, PieChartFieldWells$, PieChartSortConfiguration$, PieChartVisual$, PivotConfiguration$, PivotFieldSortOptions$, PivotOperation$, PivotTableAggregatedFieldWells$, PivotTableCellConditionalFormatting$, PivotTableConditionalFormatting$, PivotTableConditionalFormattingOption$, PivotTableConditionalFormattingScope$, PivotTableConfiguration$, PivotTableDataPathOption$, PivotTableFieldCollapseStateOption$, PivotTableFieldCollapseStateTarget$, PivotTableFieldOption$, PivotTableFieldOptions$, PivotTableFieldSubtotalOptions$, PivotTableFieldWells$, PivotTableOptions$, PivotTablePaginatedReportOptions$, PivotTableRowsLabelOptions$, PivotTableSortBy$, PivotTableSortConfiguration$, PivotTableTotalOptions$, PivotTableVisual$, PivotTotalOptions$, PivotedLabel$, PluginVisual$, PluginVisualConfiguration$, PluginVisualFieldWell$, PluginVisualItemsLimitConfiguration$, PluginVisualOptions$, PluginVisualProperty$, PluginVisualSortConfiguration$, PluginVisualTableQuerySort$, PostgreSqlParameters$, PreconditionNotMetException$, PredefinedHierarchy$, PredictQAResults$, PredictQAResultsRequest$, PredictQAResultsResponse$, PrestoParameters$, ProfileLimitValue$, ProgressBarOptions$, ProjectOperation$, ProviderConfig$, PutDataSetRefreshProperties$, PutDataSetRefreshPropertiesRequest$, PutDataSetRefreshPropertiesResponse$, QAResult$, QBusinessParameters$, QDataKey$, QueryExecutionOptions$, QueueInfo$, QuickSightServiceException$, QuickSightUserNotFoundException$, QuickSuiteActionsOption$, RadarChartAggregatedFieldWells$, RadarChartAreaStyleSettings$, RadarChartConfiguration$, RadarChartFieldWells$, RadarChartSeriesSettings$, RadarChartSortConfiguration$, RadarChartVisual$, RangeConstant$, RangeEndsLabelType$, RdsParameters$, ReadAPIKeyConnectionMetadata$, ReadAuthConfig$, ReadAuthenticationMetadata$, ReadAuthorizationCodeGrantCredentialsDetails$, ReadAuthorizationCodeGrantDetails$, ReadAuthorizationCodeGrantMetadata$, ReadBasicAuthConnectionMetadata$, ReadClientCredentialsDetails$, ReadClientCredentialsGrantDetails$, ReadClientCredentialsGrantMetadata$, ReadIamConnectionMetadata$, ReadNoneConnectionMetadata$, RecentSnapshotsConfigurations$, RedshiftIAMParameters$, RedshiftParameters$, ReferenceLine$, ReferenceLineCustomLabelConfiguration$, ReferenceLineDataConfiguration$, ReferenceLineDynamicDataConfiguration$, ReferenceLineLabelConfiguration$, ReferenceLineStaticDataConfiguration$, ReferenceLineStyleConfiguration$, ReferenceLineValueLabelConfiguration$, RefreshConfiguration$, RefreshFailureConfiguration$, RefreshFailureEmailAlert$, RefreshFrequency$, RefreshSchedule$, RegisterUser$, RegisterUserRequest$, RegisterUserResponse$, RegisteredCustomerManagedKey$, RegisteredUserConsoleFeatureConfigurations$, RegisteredUserDashboardEmbeddingConfiguration$, RegisteredUserDashboardFeatureConfigurations$, RegisteredUserDashboardVisualEmbeddingConfiguration$, RegisteredUserEmbeddingExperienceConfiguration$, RegisteredUserGenerativeQnAEmbeddingConfiguration$, RegisteredUserQSearchBarEmbeddingConfiguration$, RegisteredUserQuickChatEmbeddingConfiguration$, RegisteredUserQuickSightConsoleEmbeddingConfiguration$, RegisteredUserSnapshotJobResult$, RelationalTable$, RelativeDateTimeControlDisplayOptions$, RelativeDatesFilter$, RenameColumnOperation$, RenameColumnsOperation$, ResourceExistsException$, ResourceNotFoundException$, ResourcePermission$, ResourceUnavailableException$, RestoreAnalysis$, RestoreAnalysisRequest$, RestoreAnalysisResponse$, RollingDateConfiguration$, RowAlternateColorOptions$, RowInfo$, RowLevelPermissionConfiguration$, RowLevelPermissionDataSet$, RowLevelPermissionTagConfiguration$, RowLevelPermissionTagRule$, S3BucketConfiguration$, S3KnowledgeBaseParameters$, S3Parameters$, S3Source$, S3TablesParameters$, SaaSTable$, SameSheetTargetVisualConfiguration$, SankeyDiagramAggregatedFieldWells$, SankeyDiagramChartConfiguration$, SankeyDiagramFieldWells$, SankeyDiagramSortConfiguration$, SankeyDiagramVisual$, ScatterPlotCategoricallyAggregatedFieldWells$, ScatterPlotConfiguration$, ScatterPlotFieldWells$, ScatterPlotSortConfiguration$, ScatterPlotUnaggregatedFieldWells$, ScatterPlotVisual$, ScheduleRefreshOnEntity$, SchedulesConfigurations$, ScrollBarOptions$, SearchActionConnectors$, SearchActionConnectorsRequest$, SearchActionConnectorsResponse$, SearchAgents$, SearchAgentsRequest$, SearchAgentsResponse$, SearchAnalyses$, SearchAnalysesRequest$, SearchAnalysesResponse$, SearchApps$, SearchAppsFilter$, SearchAppsRequest$, SearchAppsResponse$, SearchDashboards$, SearchDashboardsRequest$, SearchDashboardsResponse$, SearchDataSets$, SearchDataSetsRequest$, SearchDataSetsResponse$, SearchDataSources$, SearchDataSourcesRequest$, SearchDataSourcesResponse$, SearchFlows$, SearchFlowsFilter$, SearchFlowsInput$, SearchFlowsOutput$, SearchFolders$, SearchFoldersRequest$, SearchFoldersResponse$, SearchGroups$, SearchGroupsRequest$, SearchGroupsResponse$, SearchKnowledgeBases$, SearchKnowledgeBasesRequest$, SearchKnowledgeBasesResponse$, SearchSpaces$, SearchSpacesRequest$, SearchSpacesResponse$, SearchTopics$, SearchTopicsRequest$, SearchTopicsResponse$, SearchTopicsV2$, SearchTopicsV2Request$, SearchTopicsV2Response$, SecondaryValueOptions$, SectionAfterPageBreak$, SectionBasedLayoutCanvasSizeOptions$, SectionBasedLayoutConfiguration$, SectionBasedLayoutPaperCanvasSizeOptions$, SectionLayoutConfiguration$, SectionPageBreakConfiguration$, SectionStyle$, SelectableValuesSort$, SelectedSheetsFilterScopeConfiguration$, SelfUpgradeConfiguration$, SelfUpgradeRequestDetail$, SemanticEntityType$, SemanticModelConfiguration$, SemanticTable$, SemanticType$, SeriesItem$, ServiceAccountCredentials$, ServiceNowParameters$, SessionLifetimeInMinutesInvalidException$, SessionTag$, SetParameterValueConfiguration$, ShapeConditionalFormat$, SharePointClientCredentials$, SharePointParameters$, SharedColumnSemanticMetadata$, SharedViewConfigurations$, Sheet$, SheetBackgroundStyle$, SheetControlInfoIconLabelOptions$, SheetControlLayout$, SheetControlLayoutConfiguration$, SheetControlsOption$, SheetDefinition$, SheetElementConfigurationOverrides$, SheetElementRenderingRule$, SheetImage$, SheetImageScalingConfiguration$, SheetImageSource$, SheetImageStaticFileSource$, SheetImageTooltipConfiguration$, SheetImageTooltipText$, SheetLayoutElementMaximizationOption$, SheetLayoutGroup$, SheetLayoutGroupMember$, SheetStyle$, SheetTextBox$, SheetTooltip$, SheetVisualScopingConfiguration$, ShortFormatText$, SignupResponse$, SimpleClusterMarker$, SingleAxisOptions$, SliderControlDisplayOptions$, Slot$, SmallMultiplesAxisProperties$, SmallMultiplesOptions$, SnapshotAnonymousUser$, SnapshotAnonymousUserRedacted$, SnapshotConfiguration$, SnapshotDestinationConfiguration$, SnapshotFile$, SnapshotFileGroup$, SnapshotFileSheetSelection$, SnapshotJobErrorInfo$, SnapshotJobResult$, SnapshotJobResultErrorInfo$, SnapshotJobResultFileGroup$, SnapshotJobS3Result$, SnapshotS3DestinationConfiguration$, SnapshotUserConfiguration$, SnapshotUserConfigurationRedacted$, SnowflakeParameters$, SourceTable$, SpaceContributor$, SpaceDetails$, SpaceQuickSightResource$, SpaceQuickSightResourceDetails$, SpaceQuicksightSearchFilter$, SpaceResourceOperation$, SpaceResourceSummary$, SpaceSummary$, Spacing$, SparkParameters$, SparklinesOptions$, SpatialStaticFile$, SqlServerParameters$, SslProperties$, StarburstParameters$, StartAssetBundleExportJobRequest$, StartAssetBundleExportJobResponse$, StartAssetBundleImportJob$, StartAssetBundleImportJobRequest$, StartAssetBundleImportJobResponse$, StartAutomationJob$, StartAutomationJobRequest$, StartAutomationJobResponse$, StartDashboardSnapshotJobRequest$, StartDashboardSnapshotJobResponse$, StartDashboardSnapshotJobScheduleRequest$, StartDashboardSnapshotJobScheduleResponse$, StatePersistenceConfigurations$, StaticFile$, StaticFileS3SourceOptions$, StaticFileSource$, StaticFileUrlSourceOptions$, StepAliasMapping$, StringDatasetParameter$, StringDatasetParameterDefaultValues$, StringDefaultValues$, StringFormatConfiguration$, StringParameter$, StringParameterDeclaration$, StringValueWhenUnsetConfiguration$, SubtotalOptions$, SucceededTopicReviewedAnswer$, SuccessfulKeyRegistrationEntry$, TableAggregatedFieldWells$, TableBorderOptions$, TableCellConditionalFormatting$, TableCellImageSizingConfiguration$, TableCellStyle$, TableConditionalFormatting$, TableConditionalFormattingOption$, TableConfiguration$, TableFieldCustomIconContent$, TableFieldCustomTextContent$, TableFieldImageConfiguration$, TableFieldLinkConfiguration$, TableFieldLinkContentConfiguration$, TableFieldOption$, TableFieldOptions$, TableFieldURLConfiguration$, TableFieldWells$, TableInlineVisualization$, TableOptions$, TablePaginatedReportOptions$, TablePathElement$, TablePinnedFieldOptions$, TableRowConditionalFormatting$, TableSemanticMetadata$, TableSideBorderOptions$, TableSortConfiguration$, TableStyleTarget$, TableUnaggregatedFieldWells$, TableVisual$, Tag$, TagColumnOperation$, TagResource$, TagResourceRequest$, TagResourceResponse$, Template$, TemplateAlias$, TemplateError$, TemplateSourceAnalysis$, TemplateSourceEntity$, TemplateSourceTemplate$, TemplateSummary$, TemplateVersion$, TemplateVersionDefinition$, TemplateVersionSummary$, TeradataParameters$, TextAreaControlDisplayOptions$, TextBoxInteractionOptions$, TextBoxMenuOption$, TextConditionalFormat$, TextControlPlaceholderOptions$, TextFieldControlDisplayOptions$, Theme$, ThemeAlias$, ThemeConfiguration$, ThemeError$, ThemeSummary$, ThemeVersion$, ThemeVersionSummary$, ThousandSeparatorOptions$, ThresholdAlertsConfigurations$, ThrottlingException$, TileLayoutStyle$, TileStyle$, TimeBasedForecastProperties$, TimeEqualityFilter$, TimeRangeDrillDownFilter$, TimeRangeFilter$, TimeRangeFilterValue$, TooltipItem$, TooltipOptions$, TooltipSheetDefinition$, TopBottomFilter$, TopBottomMoversComputation$, TopBottomRankedComputation$, TopicCalculatedField$, TopicCategoryFilter$, TopicCategoryFilterConstant$, TopicColumn$, TopicConfigOptions$, TopicConfiguration$, TopicConstantValue$, TopicDateRangeFilter$, TopicDetails$, TopicFilter$, TopicIR$, TopicIRComparisonMethod$, TopicIRContributionAnalysis$, TopicIRFilterOption$, TopicIRGroupBy$, TopicIRMetric$, TopicIdentifierDeclaration$, TopicNamedEntity$, TopicNullFilter$, TopicNumericEqualityFilter$, TopicNumericRangeFilter$, TopicRangeFilterConstant$, TopicReference$, TopicRefreshDetails$, TopicRefreshSchedule$, TopicRefreshScheduleSummary$, TopicRelativeDateFilter$, TopicReviewedAnswer$, TopicSearchFilter$, TopicSingularFilterConstant$, TopicSortClause$, TopicSummary$, TopicTemplate$, TopicV2DataSetReference$, TopicV2DataSetRelation$, TopicV2DataSetRelationEndpoint$, TopicV2Details$, TopicV2Summary$, TopicVisual$, TotalAggregationComputation$, TotalAggregationFunction$, TotalAggregationOption$, TotalOptions$, TransformOperation$, TransformOperationSource$, TransformStep$, TransposedTableOption$, TreeMapAggregatedFieldWells$, TreeMapConfiguration$, TreeMapFieldWells$, TreeMapSortConfiguration$, TreeMapVisual$, TrendArrowOptions$, TrinoParameters$, TwitterParameters$, Typography$, UIColorPalette$, UnaggregatedField$, UniqueKey$, UniqueValuesComputation$, UnpivotOperation$, UnsupportedPricingPlanException$, UnsupportedUserEditionException$, UntagColumnOperation$, UntagResource$, UntagResourceRequest$, UntagResourceResponse$, UpdateAccountCustomPermission$, UpdateAccountCustomPermissionRequest$, UpdateAccountCustomPermissionResponse$, UpdateAccountCustomization$, UpdateAccountCustomizationRequest$, UpdateAccountCustomizationResponse$, UpdateAccountSettings$, UpdateAccountSettingsRequest$, UpdateAccountSettingsResponse$, UpdateActionConnector$, UpdateActionConnectorPermissions$, UpdateActionConnectorPermissionsRequest$, UpdateActionConnectorPermissionsResponse$, UpdateActionConnectorRequest$, UpdateActionConnectorResponse$, UpdateAgent$, UpdateAgentPermissions$, UpdateAgentPermissionsRequest$, UpdateAgentPermissionsResponse$, UpdateAgentRequest$, UpdateAgentResponse$, UpdateAnalysis$, UpdateAnalysisPermissions$, UpdateAnalysisPermissionsRequest$, UpdateAnalysisPermissionsResponse$, UpdateAnalysisRequest$, UpdateAnalysisResponse$, UpdateAppPermissions$, UpdateAppPermissionsRequest$, UpdateAppPermissionsResponse$, UpdateApplicationWithTokenExchangeGrant$, UpdateApplicationWithTokenExchangeGrantRequest$, UpdateApplicationWithTokenExchangeGrantResponse$, UpdateApprovalPolicy$, UpdateApprovalPolicyRequest$, UpdateApprovalPolicyResponse$, UpdateBrand$, UpdateBrandAssignment$, UpdateBrandAssignmentRequest$, UpdateBrandAssignmentResponse$, UpdateBrandPublishedVersion$, UpdateBrandPublishedVersionRequest$, UpdateBrandPublishedVersionResponse$, UpdateBrandRequest$, UpdateBrandResponse$, UpdateCustomPermissions$, UpdateCustomPermissionsRequest$, UpdateCustomPermissionsResponse$, UpdateDashboard$, UpdateDashboardLinks$, UpdateDashboardLinksRequest$, UpdateDashboardLinksResponse$, UpdateDashboardPermissions$, UpdateDashboardPermissionsRequest$, UpdateDashboardPermissionsResponse$, UpdateDashboardPublishedVersion$, UpdateDashboardPublishedVersionRequest$, UpdateDashboardPublishedVersionResponse$, UpdateDashboardRequest$, UpdateDashboardResponse$, UpdateDashboardsQAConfiguration$, UpdateDashboardsQAConfigurationRequest$, UpdateDashboardsQAConfigurationResponse$, UpdateDataSet$, UpdateDataSetPermissions$, UpdateDataSetPermissionsRequest$, UpdateDataSetPermissionsResponse$, UpdateDataSetRequest$, UpdateDataSetResponse$, UpdateDataSource$, UpdateDataSourcePermissions$, UpdateDataSourcePermissionsRequest$, UpdateDataSourcePermissionsResponse$, UpdateDataSourceRequest$, UpdateDataSourceResponse$, UpdateDefaultQBusinessApplication$, UpdateDefaultQBusinessApplicationRequest$, UpdateDefaultQBusinessApplicationResponse$, UpdateDlpSetting$, UpdateDlpSettingRequest$, UpdateDlpSettingResponse$, UpdateFlow$, UpdateFlowPermissions$, UpdateFlowPermissionsInput$, UpdateFlowPermissionsOutput$, UpdateFlowRequest$, UpdateFlowResponse$, UpdateFolder$, UpdateFolderPermissions$, UpdateFolderPermissionsRequest$, UpdateFolderPermissionsResponse$, UpdateFolderRequest$, UpdateFolderResponse$, UpdateGroup$, UpdateGroupRequest$, UpdateGroupResponse$, UpdateIAMPolicyAssignment$, UpdateIAMPolicyAssignmentRequest$, UpdateIAMPolicyAssignmentResponse$, UpdateIdentityPropagationConfig$, UpdateIdentityPropagationConfigRequest$, UpdateIdentityPropagationConfigResponse$, UpdateIpRestriction$, UpdateIpRestrictionRequest$, UpdateIpRestrictionResponse$, UpdateKeyRegistration$, UpdateKeyRegistrationRequest$, UpdateKeyRegistrationResponse$, UpdateKnowledgeBase$, UpdateKnowledgeBasePermissions$, UpdateKnowledgeBasePermissionsRequest$, UpdateKnowledgeBasePermissionsResponse$, UpdateKnowledgeBaseRequest$, UpdateKnowledgeBaseResponse$, UpdateLimitsProfile$, UpdateLimitsProfileRequest$, UpdateLimitsProfileResponse$, UpdateOAuthClientApplication$, UpdateOAuthClientApplicationRequest$, UpdateOAuthClientApplicationResponse$, UpdatePublicSharingSettings$, UpdatePublicSharingSettingsRequest$, UpdatePublicSharingSettingsResponse$, UpdateQPersonalizationConfiguration$, UpdateQPersonalizationConfigurationRequest$, UpdateQPersonalizationConfigurationResponse$, UpdateQuickSightQSearchConfiguration$, UpdateQuickSightQSearchConfigurationRequest$, UpdateQuickSightQSearchConfigurationResponse$, UpdateRefreshSchedule$, UpdateRefreshScheduleRequest$, UpdateRefreshScheduleResponse$, UpdateResourcePermissions$, UpdateResourcePermissionsRequest$, UpdateResourcePermissionsResponse$, UpdateRoleCustomPermission$, UpdateRoleCustomPermissionRequest$, UpdateRoleCustomPermissionResponse$, UpdateSPICECapacityConfiguration$, UpdateSPICECapacityConfigurationRequest$, UpdateSPICECapacityConfigurationResponse$, UpdateSelfUpgrade$, UpdateSelfUpgradeConfiguration$, UpdateSelfUpgradeConfigurationRequest$, UpdateSelfUpgradeConfigurationResponse$, UpdateSelfUpgradeRequest$, UpdateSelfUpgradeResponse$, UpdateSpace$, UpdateSpacePermissions$, UpdateSpacePermissionsRequest$, UpdateSpacePermissionsResponse$, UpdateSpaceRequest$, UpdateSpaceResources$, UpdateSpaceResourcesRequest$, UpdateSpaceResourcesResponse$, UpdateSpaceResponse$, UpdateTemplate$, UpdateTemplateAlias$, UpdateTemplateAliasRequest$, UpdateTemplateAliasResponse$, UpdateTemplatePermissions$, UpdateTemplatePermissionsRequest$, UpdateTemplatePermissionsResponse$, UpdateTemplateRequest$, UpdateTemplateResponse$, UpdateTheme$, UpdateThemeAlias$, UpdateThemeAliasRequest$, UpdateThemeAliasResponse$, UpdateThemePermissions$, UpdateThemePermissionsRequest$, UpdateThemePermissionsResponse$, UpdateThemeRequest$, UpdateThemeResponse$, UpdateTopic$, UpdateTopicPermissions$, UpdateTopicPermissionsRequest$, UpdateTopicPermissionsResponse$, UpdateTopicPermissionsV2$, UpdateTopicPermissionsV2Request$, UpdateTopicPermissionsV2Response$, UpdateTopicRefreshSchedule$, UpdateTopicRefreshScheduleRequest$, UpdateTopicRefreshScheduleResponse$, UpdateTopicRequest$, UpdateTopicResponse$, UpdateTopicV2$, UpdateTopicV2Request$, UpdateTopicV2Response$, UpdateUser$, UpdateUserCustomPermission$, UpdateUserCustomPermissionRequest$, UpdateUserCustomPermissionResponse$, UpdateUserRequest$, UpdateUserResponse$, UpdateVPCConnection$, UpdateVPCConnectionRequest$, UpdateVPCConnectionResponse$, UploadSettings$, UploadedDocumentMetadata$, User$, UserIdentifier$, UserIndexCapacity$, UserIndexCapacityFilter$, UserLimits$, UserLimitsEntry$, UserNameOrEmailFilter$, VPCConnection$, VPCConnectionSummary$, ValidationStrategy$, ValueColumnConfiguration$, VideoExtractionConfiguration$, VisibleRangeOptions$, Visual$, VisualAxisSortOption$, VisualCustomAction$, VisualCustomActionDefaults$, VisualCustomActionOperation$, VisualCustomizationFieldsConfiguration$, VisualHighlightOperation$, VisualInteractionOptions$, VisualMenuOption$, VisualMessageConfiguration$, VisualMessages$, VisualOptions$, VisualPalette$, VisualSubtitleFontConfiguration$, VisualSubtitleLabelOptions$, VisualTitleFontConfiguration$, VisualTitleLabelOptions$, VpcConnectionProperties$, WaterfallChartAggregatedFieldWells$, WaterfallChartColorConfiguration$, WaterfallChartConfiguration$, WaterfallChartFieldWells$, WaterfallChartGroupColorConfiguration$, WaterfallChartOptions$, WaterfallChartSortConfiguration$, WaterfallVisual$, WebCrawlerParameters$, WebProxyCredentials$, WhatIfPointScenario$, WhatIfRangeScenario$, WordCloudAggregatedFieldWells$, WordCloudChartConfiguration$, WordCloudFieldWells$, WordCloudOptions$, WordCloudSortConfiguration$, WordCloudVisual$, YAxisOptions$, _Parameters$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(26890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(92658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/models/QuickSightServiceException.js


class QuickSightServiceException extends client.ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.quicksight#QuickSightServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, QuickSightServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/models/errors.js

class AccessDeniedException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class InternalFailureException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InternalFailureException";
    name = "InternalFailureException";
    $fault = "server";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "InternalFailureException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalFailureException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class InvalidParameterValueException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InvalidParameterValueException";
    name = "InvalidParameterValueException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "InvalidParameterValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class ResourceNotFoundException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    ResourceType;
    RequestId;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
        this.ResourceType = opts.ResourceType;
        this.RequestId = opts.RequestId;
    }
}
class ThrottlingException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#ThrottlingException";
    name = "ThrottlingException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class InvalidRequestException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InvalidRequestException";
    name = "InvalidRequestException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "InvalidRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRequestException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class LimitExceededException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#LimitExceededException";
    name = "LimitExceededException";
    $fault = "client";
    Message;
    ResourceType;
    RequestId;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
        this.ResourceType = opts.ResourceType;
        this.RequestId = opts.RequestId;
    }
}
class PreconditionNotMetException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#PreconditionNotMetException";
    name = "PreconditionNotMetException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "PreconditionNotMetException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PreconditionNotMetException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class ConflictException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#ConflictException";
    name = "ConflictException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class ResourceExistsException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#ResourceExistsException";
    name = "ResourceExistsException";
    $fault = "client";
    Message;
    ResourceType;
    RequestId;
    constructor(opts) {
        super({
            name: "ResourceExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceExistsException.prototype);
        this.Message = opts.Message;
        this.ResourceType = opts.ResourceType;
        this.RequestId = opts.RequestId;
    }
}
class ConcurrentUpdatingException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#ConcurrentUpdatingException";
    name = "ConcurrentUpdatingException";
    $fault = "server";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "ConcurrentUpdatingException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentUpdatingException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class ResourceUnavailableException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#ResourceUnavailableException";
    name = "ResourceUnavailableException";
    $fault = "server";
    Message;
    ResourceType;
    RequestId;
    constructor(opts) {
        super({
            name: "ResourceUnavailableException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceUnavailableException.prototype);
        this.Message = opts.Message;
        this.ResourceType = opts.ResourceType;
        this.RequestId = opts.RequestId;
    }
}
class UnsupportedUserEditionException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#UnsupportedUserEditionException";
    name = "UnsupportedUserEditionException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "UnsupportedUserEditionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedUserEditionException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class InternalServerException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InternalServerException";
    name = "InternalServerException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidDataSetParameterValueException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InvalidDataSetParameterValueException";
    name = "InvalidDataSetParameterValueException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "InvalidDataSetParameterValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDataSetParameterValueException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class CustomerManagedKeyUnavailableException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#CustomerManagedKeyUnavailableException";
    name = "CustomerManagedKeyUnavailableException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "CustomerManagedKeyUnavailableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CustomerManagedKeyUnavailableException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class InvalidParameterException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InvalidParameterException";
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class InvalidNextTokenException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#InvalidNextTokenException";
    name = "InvalidNextTokenException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class DomainNotWhitelistedException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#DomainNotWhitelistedException";
    name = "DomainNotWhitelistedException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "DomainNotWhitelistedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DomainNotWhitelistedException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class SessionLifetimeInMinutesInvalidException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#SessionLifetimeInMinutesInvalidException";
    name = "SessionLifetimeInMinutesInvalidException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "SessionLifetimeInMinutesInvalidException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SessionLifetimeInMinutesInvalidException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class UnsupportedPricingPlanException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#UnsupportedPricingPlanException";
    name = "UnsupportedPricingPlanException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "UnsupportedPricingPlanException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedPricingPlanException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class QuickSightUserNotFoundException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#QuickSightUserNotFoundException";
    name = "QuickSightUserNotFoundException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "QuickSightUserNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, QuickSightUserNotFoundException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}
class IdentityTypeNotSupportedException extends QuickSightServiceException {
    static shapeId = "com.amazonaws.quicksight#IdentityTypeNotSupportedException";
    name = "IdentityTypeNotSupportedException";
    $fault = "client";
    Message;
    RequestId;
    constructor(opts) {
        super({
            name: "IdentityTypeNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IdentityTypeNotSupportedException.prototype);
        this.Message = opts.Message;
        this.RequestId = opts.RequestId;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-quicksight/dist-es/schemas/schemas_0.js
const _A = "Arn";
const _AA = "ArcAngle";
const _AAC = "ArcAxisConfiguration";
const _AADR = "ArcAxisDisplayRange";
const _AADS = "AdobeAnalyticsDataSource";
const _AAE = "AdminAccountEmail";
const _AAF = "AttributeAggregationFunction";
const _AAI = "AwsAccountId";
const _AANDS = "AccessAppsNativeDataStore";
const _AAc = "ActiveAssignments";
const _AAd = "AdobeAction";
const _AAi = "AirtableAction";
const _AAl = "AllowedAggregations";
const _AAn = "AnalysisArn";
const _AAp = "ApplicationArn";
const _AAr = "ArcAxis";
const _AAs = "AsanaAction";
const _AB = "AxisBinding";
const _ABARSA = "AmazonBedrockARSAction";
const _ABCFOPC = "AssetBundleCloudFormationOverridePropertyConfiguration";
const _ABCV = "AlternateBandColorsVisibility";
const _ABEC = "AlternateBandEvenColor";
const _ABEJAOP = "AssetBundleExportJobAnalysisOverrideProperties";
const _ABEJAOPL = "AssetBundleExportJobAnalysisOverridePropertiesList";
const _ABEJDOP = "AssetBundleExportJobDashboardOverrideProperties";
const _ABEJDOPL = "AssetBundleExportJobDashboardOverridePropertiesList";
const _ABEJDSOP = "AssetBundleExportJobDataSetOverrideProperties";
const _ABEJDSOPL = "AssetBundleExportJobDataSetOverridePropertiesList";
const _ABEJDSOPLs = "AssetBundleExportJobDataSourceOverridePropertiesList";
const _ABEJDSOPs = "AssetBundleExportJobDataSourceOverrideProperties";
const _ABEJE = "AssetBundleExportJobError";
const _ABEJEL = "AssetBundleExportJobErrorList";
const _ABEJFOP = "AssetBundleExportJobFolderOverrideProperties";
const _ABEJFOPL = "AssetBundleExportJobFolderOverridePropertiesList";
const _ABEJI = "AssetBundleExportJobId";
const _ABEJRIOC = "AssetBundleExportJobResourceIdOverrideConfiguration";
const _ABEJRSOP = "AssetBundleExportJobRefreshScheduleOverrideProperties";
const _ABEJRSOPL = "AssetBundleExportJobRefreshScheduleOverridePropertiesList";
const _ABEJS = "AssetBundleExportJobSummary";
const _ABEJSL = "AssetBundleExportJobSummaryList";
const _ABEJTOP = "AssetBundleExportJobThemeOverrideProperties";
const _ABEJTOPL = "AssetBundleExportJobThemeOverridePropertiesList";
const _ABEJTVOP = "AssetBundleExportJobTopicV2OverrideProperties";
const _ABEJTVOPL = "AssetBundleExportJobTopicV2OverridePropertiesList";
const _ABEJVPCCOP = "AssetBundleExportJobVPCConnectionOverrideProperties";
const _ABEJVPCCOPL = "AssetBundleExportJobVPCConnectionOverridePropertiesList";
const _ABEJVS = "AssetBundleExportJobValidationStrategy";
const _ABEJW = "AssetBundleExportJobWarning";
const _ABEJWL = "AssetBundleExportJobWarningList";
const _ABFSA = "AmazonBedrockFSAction";
const _ABIBB = "AssetBundleImportBodyBlob";
const _ABIJAOP = "AssetBundleImportJobAnalysisOverrideParameters";
const _ABIJAOPL = "AssetBundleImportJobAnalysisOverrideParametersList";
const _ABIJAOPLs = "AssetBundleImportJobAnalysisOverridePermissionsList";
const _ABIJAOPs = "AssetBundleImportJobAnalysisOverridePermissions";
const _ABIJAOT = "AssetBundleImportJobAnalysisOverrideTags";
const _ABIJAOTL = "AssetBundleImportJobAnalysisOverrideTagsList";
const _ABIJDOP = "AssetBundleImportJobDashboardOverrideParameters";
const _ABIJDOPL = "AssetBundleImportJobDashboardOverrideParametersList";
const _ABIJDOPLs = "AssetBundleImportJobDashboardOverridePermissionsList";
const _ABIJDOPs = "AssetBundleImportJobDashboardOverridePermissions";
const _ABIJDOT = "AssetBundleImportJobDashboardOverrideTags";
const _ABIJDOTL = "AssetBundleImportJobDashboardOverrideTagsList";
const _ABIJDSC = "AssetBundleImportJobDataSourceCredentials";
const _ABIJDSCP = "AssetBundleImportJobDataSourceCredentialPair";
const _ABIJDSOP = "AssetBundleImportJobDataSetOverrideParameters";
const _ABIJDSOPL = "AssetBundleImportJobDataSetOverrideParametersList";
const _ABIJDSOPLs = "AssetBundleImportJobDataSetOverridePermissionsList";
const _ABIJDSOPLss = "AssetBundleImportJobDataSourceOverrideParametersList";
const _ABIJDSOPLsse = "AssetBundleImportJobDataSourceOverridePermissionsList";
const _ABIJDSOPs = "AssetBundleImportJobDataSetOverridePermissions";
const _ABIJDSOPss = "AssetBundleImportJobDataSourceOverrideParameters";
const _ABIJDSOPsse = "AssetBundleImportJobDataSourceOverridePermissions";
const _ABIJDSOT = "AssetBundleImportJobDataSetOverrideTags";
const _ABIJDSOTL = "AssetBundleImportJobDataSetOverrideTagsList";
const _ABIJDSOTLs = "AssetBundleImportJobDataSourceOverrideTagsList";
const _ABIJDSOTs = "AssetBundleImportJobDataSourceOverrideTags";
const _ABIJE = "AssetBundleImportJobError";
const _ABIJEL = "AssetBundleImportJobErrorList";
const _ABIJFOP = "AssetBundleImportJobFolderOverrideParameters";
const _ABIJFOPL = "AssetBundleImportJobFolderOverrideParametersList";
const _ABIJFOPLs = "AssetBundleImportJobFolderOverridePermissionsList";
const _ABIJFOPs = "AssetBundleImportJobFolderOverridePermissions";
const _ABIJFOT = "AssetBundleImportJobFolderOverrideTags";
const _ABIJFOTL = "AssetBundleImportJobFolderOverrideTagsList";
const _ABIJI = "AssetBundleImportJobId";
const _ABIJOP = "AssetBundleImportJobOverrideParameters";
const _ABIJOPs = "AssetBundleImportJobOverridePermissions";
const _ABIJOT = "AssetBundleImportJobOverrideTags";
const _ABIJOVS = "AssetBundleImportJobOverrideValidationStrategy";
const _ABIJRIOC = "AssetBundleImportJobResourceIdOverrideConfiguration";
const _ABIJRSOP = "AssetBundleImportJobRefreshScheduleOverrideParameters";
const _ABIJRSOPL = "AssetBundleImportJobRefreshScheduleOverrideParametersList";
const _ABIJS = "AssetBundleImportJobSummary";
const _ABIJSL = "AssetBundleImportJobSummaryList";
const _ABIJTOP = "AssetBundleImportJobThemeOverrideParameters";
const _ABIJTOPL = "AssetBundleImportJobThemeOverrideParametersList";
const _ABIJTOPLs = "AssetBundleImportJobThemeOverridePermissionsList";
const _ABIJTOPs = "AssetBundleImportJobThemeOverridePermissions";
const _ABIJTOT = "AssetBundleImportJobThemeOverrideTags";
const _ABIJTOTL = "AssetBundleImportJobThemeOverrideTagsList";
const _ABIJTVOP = "AssetBundleImportJobTopicV2OverrideParameters";
const _ABIJTVOPL = "AssetBundleImportJobTopicV2OverrideParametersList";
const _ABIJTVOPLs = "AssetBundleImportJobTopicV2OverridePermissionsList";
const _ABIJTVOPs = "AssetBundleImportJobTopicV2OverridePermissions";
const _ABIJTVOT = "AssetBundleImportJobTopicV2OverrideTags";
const _ABIJTVOTL = "AssetBundleImportJobTopicV2OverrideTagsList";
const _ABIJVPCCOP = "AssetBundleImportJobVPCConnectionOverrideParameters";
const _ABIJVPCCOPL = "AssetBundleImportJobVPCConnectionOverrideParametersList";
const _ABIJVPCCOT = "AssetBundleImportJobVPCConnectionOverrideTags";
const _ABIJVPCCOTL = "AssetBundleImportJobVPCConnectionOverrideTagsList";
const _ABIJW = "AssetBundleImportJobWarning";
const _ABIJWL = "AssetBundleImportJobWarningList";
const _ABIS = "AssetBundleImportSource";
const _ABISD = "AssetBundleImportSourceDescription";
const _ABKRSA = "AmazonBedrockKRSAction";
const _ABOC = "AlternateBandOddColor";
const _ABRLSC = "AssetBundleResourceLinkSharingConfiguration";
const _ABRP = "AssetBundleResourcePermissions";
const _AC = "AccountCustomization";
const _ACC = "AccessControlConfiguration";
const _ACD = "ActionConnectorDescription";
const _ACDU = "AutoCreateDatabaseUser";
const _ACE = "ActionConnectorError";
const _ACGCD = "AuthorizationCodeGrantCredentialsDetails";
const _ACGCS = "AuthorizationCodeGrantCredentialsSource";
const _ACGD = "AuthorizationCodeGrantDetails";
const _ACGM = "AuthorizationCodeGrantMetadata";
const _ACI = "ActionConnectorId";
const _ACL = "AppendedColumnList";
const _ACN = "ActionConnectorName";
const _ACS = "ActionConnectorSummary";
const _ACSF = "ActionConnectorSearchFilter";
const _ACSFL = "ActionConnectorSearchFilterList";
const _ACSL = "ActionConnectorSummaryList";
const _ACSc = "ActionConnectorSummaries";
const _ACTA = "ActionConnectorsToAdd";
const _ACTR = "ActionConnectorsToRemove";
const _ACc = "ActionConnector";
const _ACct = "ActionConnectors";
const _ACp = "AppendedColumn";
const _ACpp = "AppendedColumns";
const _ACr = "ArcConfiguration";
const _ACu = "AuthenticationConfig";
const _ACut = "AuthConfig";
const _AD = "AnalysisDefaults";
const _ADC = "AnchorDateConfiguration";
const _ADDDR = "AxisDisplayDataDrivenRange";
const _ADE = "AccessDeniedException";
const _ADI = "AdditionalDashboardIds";
const _ADMMR = "AxisDisplayMinMaxRange";
const _ADN = "ActiveDirectoryName";
const _ADO = "AxisDataOptions";
const _ADOx = "AxisDisplayOptions";
const _ADPV = "AllDataPointsVisibility";
const _ADR = "AxisDisplayRange";
const _ADS = "AthenaDataSource";
const _ADSP = "AlternateDataSourceParameters";
const _ADSu = "AuroraDataSource";
const _ADl = "AllowedDomains";
const _ADn = "AnalysisDefinition";
const _AE = "AnalysisError";
const _AEC = "AudioExtractionConfiguration";
const _AEL = "AnalysisErrorList";
const _AEP = "AmazonElasticsearchParameters";
const _AEu = "AuthorizationEndpoint";
const _AF = "AggFunction";
const _AFP = "AggregationFunctionParameters";
const _AFSR = "ApproveFlowShareRequests";
const _AFc = "AccentForeground";
const _AFd = "AdditionalFields";
const _AFg = "AggregationFunction";
const _AG = "ApprovalGroups";
const _AGI = "AutomationGroupId";
const _AGd = "AdminGroup";
const _AGu = "AuthorGroup";
const _AHFO = "AdHocFilteringOption";
const _AI = "AccountInfo";
const _AIAMPA = "ActiveIAMPolicyAssignment";
const _AIAMPAL = "ActiveIAMPolicyAssignmentList";
const _AIAP = "AwsIotAnalyticsParameters";
const _AIg = "AgentId";
const _AIn = "AnalysisId";
const _AIna = "AnalysisIds";
const _AIns = "AnswerIds";
const _AInsw = "AnswerId";
const _AIp = "AppId";
const _AIpp = "ApplicationId";
const _AIs = "AssignmentId";
const _AIu = "AutomationId";
const _AK = "ApiKey";
const _AKCM = "ApiKeyConnectionMetadata";
const _AL = "AgentLifecycle";
const _ALFC = "AxisLabelFontConfiguration";
const _ALO = "AxisLabelOptions";
const _ALOL = "AxisLabelOptionsList";
const _ALRO = "AxisLabelReferenceOptions";
const _ALS = "AxisLinearScale";
const _ALSx = "AxisLogarithmicScale";
const _ALV = "AxisLineVisibility";
const _ALg = "AggregationList";
const _AM = "AuthenticationMetadata";
const _AMg = "AggMetrics";
const _AMu = "AuthenticationMethod";
const _AN = "AccountName";
const _ANT = "AdditionalNotesText";
const _ANd = "AdditionalNotes";
const _ANg = "AgentName";
const _ANl = "AliasName";
const _ANs = "AssignmentName";
const _ANx = "AxisName";
const _AO = "AggregateOperation";
const _AORADFA = "AddOrRunAnomalyDetectionForAnalyses";
const _AOSP = "AmazonOpenSearchParameters";
const _AOc = "ActionOperations";
const _AOn = "AnchorOption";
const _AOp = "AppendOperation";
const _AOr = "ArcOptions";
const _AOs = "AssetOptions";
const _AOx = "AxisOffset";
const _AOxi = "AxisOptions";
const _AP = "ActionPassword";
const _APB = "AggregationPartitionBy";
const _APBL = "AggregationPartitionByList";
const _APG = "AdminProGroup";
const _APGu = "AuthorProGroup";
const _APIK = "APIKey";
const _APIKCM = "APIKeyConnectionMetadata";
const _APL = "ApprovalPolicyList";
const _APM = "AllPointsMarker";
const _APSP = "AuroraPostgreSqlParameters";
const _APp = "ApprovalPolicy";
const _APt = "AthenaParameters";
const _APu = "AuroraParameters";
const _AQIQS = "AmazonQInQuickSight";
const _AQIQSCC = "AmazonQInQuickSightConsoleConfigurations";
const _AQIQSDC = "AmazonQInQuickSightDashboardConfigurations";
const _AR = "AdditionalResults";
const _ARA = "AuthorizedResourceArns";
const _ARS = "AxesRangeScale";
const _ARd = "AddResources";
const _AS = "AccountSettings";
const _ASC = "AggregationSortConfiguration";
const _ASCL = "AggregationSortConfigurationList";
const _ASCg = "AggregationSortConfigurations";
const _ASE = "AnalysisSourceEntity";
const _ASF = "AgentSearchFilter";
const _ASFL = "AgentSearchFilterList";
const _ASFLn = "AnalysisSearchFilterList";
const _ASFSC = "AllSheetsFilterScopeConfiguration";
const _ASFn = "AnalysisSearchFilter";
const _ASL = "AnalysisSummaryList";
const _ASLg = "AgentSummaryList";
const _ASLp = "AppSummaryList";
const _ASS = "AccountSubscriptionStatus";
const _ASSr = "AreaStyleSettings";
const _AST = "AnalysisSourceTemplate";
const _ASTA = "AmazonSThreeAction";
const _ASg = "AgentStatus";
const _ASge = "AgentSummary";
const _ASgen = "AgentSummaries";
const _ASgg = "AggregateStep";
const _ASl = "AllSheets";
const _ASle = "AlertStatus";
const _ASn = "AnalysisSummary";
const _ASns = "AnswerStatus";
const _ASp = "AppSummary";
const _ASpp = "AppendStep";
const _ASs = "AssignmentStatus";
const _ASv = "AvailabilityStatus";
const _ASx = "AxisScale";
const _AT = "AuthenticationType";
const _ATBS = "AuthorizedTargetsByService";
const _ATBSu = "AuthorizedTargetsByServices";
const _ATFC = "AxisTitleFontConfiguration";
const _ATLO = "AxisTickLabelOptions";
const _ATl = "AltText";
const _ATn = "AnchorType";
const _ATp = "ApplicableTo";
const _ATpp = "ApplicationTheme";
const _ATppl = "ApplyTo";
const _ATr = "ArcThickness";
const _ATs = "AssetTypes";
const _ATu = "AuthorizedTargets";
const _ATut = "AuthType";
const _AU = "AnonymousUsers";
const _AUA = "AnonymousUserArn";
const _AUDEC = "AnonymousUserDashboardEmbeddingConfiguration";
const _AUDFC = "AnonymousUserDashboardFeatureConfigurations";
const _AUDVEC = "AnonymousUserDashboardVisualEmbeddingConfiguration";
const _AUEEC = "AnonymousUserEmbeddingExperienceConfiguration";
const _AUGQAEC = "AnonymousUserGenerativeQnAEmbeddingConfiguration";
const _AUN = "ActionUserName";
const _AUQSBEC = "AnonymousUserQSearchBarEmbeddingConfiguration";
const _AUSJR = "AnonymousUserSnapshotJobResult";
const _AUSJRL = "AnonymousUserSnapshotJobResultList";
const _AV = "AggregationVisibility";
const _AVc = "ActualValue";
const _AZ = "AvailabilityZone";
const _Ab = "Absolute";
const _Ac = "Actions";
const _Acc = "Accent";
const _Act = "Action";
const _Acti = "Active";
const _Af = "After";
const _Ag = "Agent";
const _Agg = "Aggregation";
const _Aggr = "Aggregations";
const _Al = "Alias";
const _Am = "Amount";
const _An = "Analysis";
const _Ana = "Analyses";
const _Anc = "Anchor";
const _Ans = "Answers";
const _Ap = "Apps";
const _App = "App";
const _Ar = "Arc";
const _Au = "Automate";
const _Aut = "Automation";
const _B = "Body";
const _BA = "BarsArrangement";
const _BAA = "BoxAgentAction";
const _BACM = "BasicAuthConnectionMetadata";
const _BAe = "BeeAction";
const _BAr = "BrandArn";
const _BC = "BookmarksConfigurations";
const _BCAFW = "BarChartAggregatedFieldWells";
const _BCC = "BarChartConfiguration";
const _BCDSS = "BarChartDefaultSeriesSettings";
const _BCF = "BlankCellFormat";
const _BCFW = "BarChartFieldWells";
const _BCFWQ = "BuildCalculatedFieldWithQ";
const _BCL = "BinCountLimit";
const _BCO = "BinCountOptions";
const _BCP = "BrandColorPalette";
const _BCSC = "BarChartSortConfiguration";
const _BCSS = "BarChartSeriesSettings";
const _BCTRA = "BatchCreateTopicReviewedAnswer";
const _BCTRAR = "BatchCreateTopicReviewedAnswerRequest";
const _BCTRARa = "BatchCreateTopicReviewedAnswerResponse";
const _BCV = "BarChartVisual";
const _BCa = "BackgroundColor";
const _BCi = "BinCount";
const _BCo = "BorderColor";
const _BCu = "BucketConfiguration";
const _BD = "BrandDefinition";
const _BDKB = "BatchDeleteKnowledgeBase";
const _BDKBF = "BatchDeleteKnowledgeBaseFailure";
const _BDKBFL = "BatchDeleteKnowledgeBaseFailureList";
const _BDKBR = "BatchDeleteKnowledgeBaseRequest";
const _BDKBRa = "BatchDeleteKnowledgeBaseResponse";
const _BDKBS = "BatchDeleteKnowledgeBaseSuccess";
const _BDKBSL = "BatchDeleteKnowledgeBaseSuccessList";
const _BDL = "BarDataLabels";
const _BDTRA = "BatchDeleteTopicReviewedAnswer";
const _BDTRAR = "BatchDeleteTopicReviewedAnswerRequest";
const _BDTRARa = "BatchDeleteTopicReviewedAnswerResponse";
const _BDUL = "BatchDescribeUserLimits";
const _BDULE = "BatchDescribeUserLimitsError";
const _BDULEL = "BatchDescribeUserLimitsErrorList";
const _BDULR = "BatchDescribeUserLimitsRequest";
const _BDULRUL = "BatchDescribeUserLimitsRequestUsersList";
const _BDULRa = "BatchDescribeUserLimitsResponse";
const _BDr = "BrandDetail";
const _BE = "BaseEndpoint";
const _BES = "BrandElementStyle";
const _BHRA = "BambooHRAction";
const _BI = "BrandId";
const _BIL = "BreakdownItemsLimit";
const _BKB = "BoxKnowledgeBase";
const _BMKB = "BedrockManagedKnowledgeBase";
const _BMS = "BaseMapStyle";
const _BMV = "BaseMapVisibility";
const _BN = "BrandName";
const _BNu = "BucketName";
const _BO = "BinOptions";
const _BOSS = "BasedOnSpiceSchedule";
const _BP = "BucketPrefix";
const _BPAFW = "BoxPlotAggregatedFieldWells";
const _BPCC = "BoxPlotChartConfiguration";
const _BPDFL = "BoxPlotDimensionFieldList";
const _BPFW = "BoxPlotFieldWells";
const _BPMFL = "BoxPlotMeasureFieldList";
const _BPO = "BoxPlotOptions";
const _BPSC = "BoxPlotSortConfiguration";
const _BPSO = "BoxPlotStyleOptions";
const _BPV = "BoxPlotVisual";
const _BQP = "BigQueryParameters";
const _BR = "BorderRadius";
const _BRu = "BucketRegion";
const _BS = "BorderSettings";
const _BSC = "BodySectionConfiguration";
const _BSCL = "BodySectionConfigurationList";
const _BSCo = "BodySectionContent";
const _BSDCDC = "BodySectionDynamicCategoryDimensionConfiguration";
const _BSDDSCL = "BodySectionDynamicDimensionSortConfigurationList";
const _BSDNDC = "BodySectionDynamicNumericDimensionConfiguration";
const _BSI = "BarSeriesItem";
const _BSIL = "BarSeriesItemList";
const _BSL = "BrandSummaryList";
const _BSRC = "BodySectionRepeatConfiguration";
const _BSRDC = "BodySectionRepeatDimensionConfiguration";
const _BSRDCL = "BodySectionRepeatDimensionConfigurationList";
const _BSRPBC = "BodySectionRepeatPageBreakConfiguration";
const _BSS = "BaseSeriesSettings";
const _BSa = "BackgroundStyle";
const _BSo = "BorderStyle";
const _BSod = "BodySections";
const _BSr = "BrandStatus";
const _BSra = "BrandSummary";
const _BT = "BorderThickness";
const _BTI = "BaseThemeId";
const _BU = "BucketUrl";
const _BV = "BorderVisibility";
const _BVa = "BarValues";
const _BVac = "BackgroundVisibility";
const _BW = "BorderWidth";
const _BWO = "BinWidthOptions";
const _BWi = "BinWidth";
const _Ba = "Base";
const _Bac = "Background";
const _Bo = "Bounds";
const _Boo = "Bookmarks";
const _Bor = "Border";
const _Bot = "Bottom";
const _Br = "Brands";
const _Bre = "Breakdowns";
const _Bu = "Bucket";
const _C = "Creator";
const _CA = "CreatedAt";
const _CAA = "CanvaAgentAction";
const _CAADS = "CreateAdobeAnalyticsDataSource";
const _CAC = "CreateAccountCustomization";
const _CACL = "CustomActionColumnList";
const _CACR = "CreateAccountCustomizationRequest";
const _CACRr = "CreateAccountCustomizationResponse";
const _CACRre = "CreateActionConnectorRequest";
const _CACRrea = "CreateActionConnectorResponse";
const _CACr = "CreateActionConnector";
const _CAD = "CustomActionDefaults";
const _CADL = "ContributionAnalysisDefaultList";
const _CADO = "ColumnAxisDisplayOptions";
const _CADOa = "CategoryAxisDisplayOptions";
const _CADS = "CreateAthenaDataSource";
const _CADSr = "CreateAuroraDataSource";
const _CADo = "ContributionAnalysisDefaults";
const _CADon = "ContributionAnalysisDefault";
const _CAF = "CategoricalAggregationFunction";
const _CAFL = "ContributionAnalysisFactorsList";
const _CAFO = "CustomActionFilterOperation";
const _CAFo = "ContributionAnalysisFactor";
const _CAI = "CustomActionId";
const _CALO = "ChartAxisLabelOptions";
const _CALOa = "CategoryAxisLabelOptions";
const _CANO = "CustomActionNavigationOperation";
const _CAP = "ContextualAccentPalette";
const _CAPR = "CreateApprovalPolicyRequest";
const _CAPRr = "CreateApprovalPolicyResponse";
const _CAPr = "CreateApprovalPolicy";
const _CAR = "CreateAgentRequest";
const _CARA = "ConsumerAccountRoleArn";
const _CARr = "CreateAgentResponse";
const _CARre = "CreateAnalysisRequest";
const _CARrea = "CreateAnalysisResponse";
const _CAS = "CreateAccountSubscription";
const _CASPO = "CustomActionSetParametersOperation";
const _CASR = "CreateAccountSubscriptionRequest";
const _CASRr = "CreateAccountSubscriptionResponse";
const _CATR = "ContributionAnalysisTimeRanges";
const _CAUA = "CreateAndUpdateApps";
const _CAUAA = "CreateAndUpdateAsanaAction";
const _CAUAAr = "CreateAndUpdateAirtableAction";
const _CAUAAre = "CreateAndUpdateAdobeAction";
const _CAUABARSA = "CreateAndUpdateAmazonBedrockARSAction";
const _CAUABFSA = "CreateAndUpdateAmazonBedrockFSAction";
const _CAUABKRSA = "CreateAndUpdateAmazonBedrockKRSAction";
const _CAUASTA = "CreateAndUpdateAmazonSThreeAction";
const _CAUBA = "CreateAndUpdateBeeAction";
const _CAUBAA = "CreateAndUpdateBoxAgentAction";
const _CAUBHRA = "CreateAndUpdateBambooHRAction";
const _CAUBKB = "CreateAndUpdateBoxKnowledgeBase";
const _CAUBMKB = "CreateAndUpdateBedrockManagedKnowledgeBase";
const _CAUCA = "CreateAndUpdateConfluenceAction";
const _CAUCAA = "CreateAndUpdateCanvaAgentAction";
const _CAUCAr = "CreateAndUpdateComprehendAction";
const _CAUCKB = "CreateAndUpdateConfluenceKnowledgeBase";
const _CAUCMA = "CreateAndUpdateComprehendMedicalAction";
const _CAUCWMA = "CreateAndUpdateCiscoWebexMeetingsAction";
const _CAUCWVA = "CreateAndUpdateCiscoWebexVidcastAction";
const _CAUD = "CreateAndUpdateDatasets";
const _CAUDA = "CreateAndUpdateDropboxAction";
const _CAUDABA = "CreateAndUpdateDunAndBradstreetAction";
const _CAUDER = "CreateAndUpdateDashboardEmailReports";
const _CAUDS = "CreateAndUpdateDataSources";
const _CAUFA = "CreateAndUpdateFigmaAction";
const _CAUFSA = "CreateAndUpdateFactSetAction";
const _CAUGA = "CreateAndUpdateGithubAction";
const _CAUGAA = "CreateAndUpdateGoogleAnalyticsAction";
const _CAUGAr = "CreateAndUpdateGmailAction";
const _CAUGAre = "CreateAndUpdateGongAction";
const _CAUGCA = "CreateAndUpdateGoogleCalendarAction";
const _CAUGCAr = "CreateAndUpdateGoogleChatAction";
const _CAUGDA = "CreateAndUpdateGoogleDocsAction";
const _CAUGDAr = "CreateAndUpdateGoogleDriveAction";
const _CAUGDKB = "CreateAndUpdateGoogleDriveKnowledgeBase";
const _CAUGHTTPA = "CreateAndUpdateGenericHTTPAction";
const _CAUGMA = "CreateAndUpdateGoogleMeetAction";
const _CAUGSA = "CreateAndUpdateGoogleSheetsAction";
const _CAUGSAr = "CreateAndUpdateGoogleSlidesAction";
const _CAUHA = "CreateAndUpdateHubspotAction";
const _CAUHFA = "CreateAndUpdateHuggingFaceAction";
const _CAUHGIA = "CreateAndUpdateHGInsightsAction";
const _CAUIA = "CreateAndUpdateIntercomAction";
const _CAUIDCKB = "CreateAndUpdateIDCKnowledgeBase";
const _CAUJA = "CreateAndUpdateJiraAction";
const _CAUKB = "CreateAndUpdateKnowledgeBases";
const _CAULA = "CreateAndUpdateLinearAction";
const _CAUMA = "CreateAndUpdateMondayAction";
const _CAUMAr = "CreateAndUpdateMoodysAction";
const _CAUMCPA = "CreateAndUpdateMCPAction";
const _CAUMSEA = "CreateAndUpdateMSExchangeAction";
const _CAUMSTA = "CreateAndUpdateMSTeamsAction";
const _CAUNA = "CreateAndUpdateNotionAction";
const _CAUNRA = "CreateAndUpdateNewRelicAction";
const _CAUOAPIA = "CreateAndUpdateOpenAPIAction";
const _CAUODA = "CreateAndUpdateOneDriveAction";
const _CAUODKB = "CreateAndUpdateOneDriveKnowledgeBase";
const _CAUONA = "CreateAndUpdateOneNoteAction";
const _CAUPDA = "CreateAndUpdatePagerDutyAction";
const _CAUPDAA = "CreateAndUpdatePagerDutyAgentAction";
const _CAUQBA = "CreateAndUpdateQuickBooksAction";
const _CAUQBKB = "CreateAndUpdateQBusinessKnowledgeBase";
const _CAURLO = "CustomActionURLOperation";
const _CAUSA = "CreateAndUpdateSlackAction";
const _CAUSAPBOMA = "CreateAndUpdateSAPBillOfMaterialAction";
const _CAUSAPBPA = "CreateAndUpdateSAPBusinessPartnerAction";
const _CAUSAPMSA = "CreateAndUpdateSAPMaterialStockAction";
const _CAUSAPPIA = "CreateAndUpdateSAPPhysicalInventoryAction";
const _CAUSAPPMDA = "CreateAndUpdateSAPProductMasterDataAction";
const _CAUSAr = "CreateAndUpdateSalesforceAction";
const _CAUSAre = "CreateAndUpdateSmartsheetAction";
const _CAUSArea = "CreateAndUpdateShopifyAction";
const _CAUSFA = "CreateAndUpdateSnowFlakeAction";
const _CAUSKB = "CreateAndUpdateS3KnowledgeBase";
const _CAUSNA = "CreateAndUpdateServiceNowAction";
const _CAUSPA = "CreateAndUpdateSharePointAction";
const _CAUSPGEA = "CreateAndUpdateSandPGlobalEnergyAction";
const _CAUSPGMIA = "CreateAndUpdateSandPGMIAction";
const _CAUSPKB = "CreateAndUpdateSharePointKnowledgeBase";
const _CAUT = "CreateAndUpdateThemes";
const _CAUTA = "CreateAndUpdateThresholdAlerts";
const _CAUTAr = "CreateAndUpdateTextractAction";
const _CAUVAA = "CreateAndUpdateVisierAgentAction";
const _CAUWAA = "CreateAndUpdateWhatsAppAction";
const _CAUWCKB = "CreateAndUpdateWebCrawlerKnowledgeBase";
const _CAUZA = "CreateAndUpdateZendeskAction";
const _CAUZAr = "CreateAndUpdateZoomAction";
const _CAUZAre = "CreateAndUpdateZapierAction";
const _CAUZIA = "CreateAndUpdateZoomInfoAction";
const _CAa = "CategoryAxis";
const _CAh = "ChatAgent";
const _CAo = "ConfluenceAction";
const _CAol = "ColorAxis";
const _CAom = "ComprehendAction";
const _CAon = "ContributionAnalysis";
const _CAr = "CreateAgent";
const _CAre = "CreateAnalysis";
const _CB = "CreatedBy";
const _CBR = "CreateBrandRequest";
const _CBRF = "CapacityBytesRangeFilter";
const _CBRr = "CreateBrandResponse";
const _CBr = "CreateBrand";
const _CC = "ColumnConfigurations";
const _CCA = "CreateChatAgents";
const _CCAFW = "ComboChartAggregatedFieldWells";
const _CCAR = "CustomCellAddressRange";
const _CCC = "CascadingControlConfiguration";
const _CCCo = "ComboChartConfiguration";
const _CCCu = "CustomContentConfiguration";
const _CCD = "ClientCredentialsDetails";
const _CCDSS = "ComboChartDefaultSeriesSettings";
const _CCE = "CollectiveConstantEntry";
const _CCEL = "CollectiveConstantEntryList";
const _CCFW = "ComboChartFieldWells";
const _CCGD = "ClientCredentialsGrantDetails";
const _CCGM = "ClientCredentialsGrantMetadata";
const _CCL = "CalculatedColumnList";
const _CCLo = "ColumnConfigurationList";
const _CCLu = "CustomColorsList";
const _CCO = "CreateColumnsOperation";
const _CCP = "CustomConnectionParameters";
const _CCPR = "CreateCustomPermissionsRequest";
const _CCPRr = "CreateCustomPermissionsResponse";
const _CCPr = "CreateCustomPermissions";
const _CCS = "CascadingControlSource";
const _CCSC = "ComboChartSortConfiguration";
const _CCSL = "CascadingControlSourceList";
const _CCSS = "ComboChartSeriesSettings";
const _CCSl = "ClientCredentialsSource";
const _CCSo = "ControlColumnSort";
const _CCSr = "CreateColumnsStep";
const _CCTO = "CastColumnTypeOperation";
const _CCTOL = "CastColumnTypeOperationList";
const _CCTOa = "CastColumnTypesOperation";
const _CCTOas = "CastColumnTypeOperations";
const _CCTS = "CastColumnTypesStep";
const _CCV = "ComboChartVisual";
const _CCVu = "CustomContentVisual";
const _CCa = "CalculatedColumn";
const _CCh = "ChartConfiguration";
const _CCha = "ChartColor";
const _CCo = "CollectiveConstant";
const _CCol = "ColorsConfiguration";
const _CColo = "ColorConfiguration";
const _CColu = "ColumnConfiguration";
const _CCom = "ComparisonConfiguration";
const _CCou = "CountryCode";
const _CCu = "CustomColors";
const _CCus = "CustomCondition";
const _CCust = "CustomColor";
const _CD = "ColumnDescription";
const _CDC = "CategoryDataColors";
const _CDDDS = "CreateDocumentDbDataSource";
const _CDDDSr = "CreateDynamoDbDataSource";
const _CDDF = "CategoryDrillDownFilter";
const _CDDS = "CreateDatabricksDataSource";
const _CDDSr = "CreateDb2DataSource";
const _CDDSre = "CreateDenodoDataSource";
const _CDDSrea = "CreateDremioDataSource";
const _CDESWQ = "CreateDashboardExecutiveSummaryWithQ";
const _CDF = "CategoricalDimensionField";
const _CDFC = "CurrencyDisplayFormatConfiguration";
const _CDFo = "ColorDimensionsFields";
const _CDL = "ContributorDimensionList";
const _CDR = "CreateDashboardRequest";
const _CDRo = "ColumnDataRole";
const _CDRr = "CreateDashboardResponse";
const _CDS = "CustomDecalSettings";
const _CDSR = "CreateDataSetRequest";
const _CDSRr = "CreateDataSetResponse";
const _CDSRre = "CreateDataSourceRequest";
const _CDSRrea = "CreateDataSourceResponse";
const _CDSRreat = "CreateDlpSettingRequest";
const _CDSRreate = "CreateDlpSettingResponse";
const _CDSr = "CreateDataSet";
const _CDSre = "CreateDataSource";
const _CDSrea = "CreateDlpSetting";
const _CDT = "ColumnDescriptiveText";
const _CDo = "ContributorDimensions";
const _CDr = "CrossDataset";
const _CDre = "CreateDashboard";
const _CE = "ConflictException";
const _CEDS = "CreateExasolDataSource";
const _CEl = "ClientEmail";
const _CEo = "ConditionExpression";
const _CF = "CalculatedFields";
const _CFC = "CategoryFilterConfiguration";
const _CFCIC = "ConditionalFormattingCustomIconCondition";
const _CFCIO = "ConditionalFormattingCustomIconOptions";
const _CFCo = "ComparisonFormatConfiguration";
const _CFCom = "ComparisonFilterCondition";
const _CFCon = "ConditionalFormattingColor";
const _CFCu = "CustomFilterConfiguration";
const _CFD = "CalculatedFieldDescription";
const _CFDS = "CreateFileDataSource";
const _CFE = "CalculatedFieldExpression";
const _CFF = "CategoryFilterFunction";
const _CFGC = "ConditionalFormattingGradientColor";
const _CFI = "ConditionalFormattingIcon";
const _CFIDC = "ConditionalFormattingIconDisplayConfiguration";
const _CFIS = "ConditionalFormattingIconSet";
const _CFLC = "CustomFilterListConfiguration";
const _CFM = "CreateFolderMembership";
const _CFMR = "CreateFolderMembershipRequest";
const _CFMRr = "CreateFolderMembershipResponse";
const _CFN = "CalculatedFieldName";
const _CFNo = "ColumnFriendlyName";
const _CFO = "ConditionalFormattingOptions";
const _CFOPC = "CloudFormationOverridePropertyConfiguration";
const _CFPU = "CustomFederationProviderUrl";
const _CFR = "CreateFlowRequest";
const _CFRL = "CalculatedFieldReferenceList";
const _CFRa = "CalculatedFieldReferences";
const _CFRr = "CreateFlowResponse";
const _CFRre = "CreateFolderRequest";
const _CFRrea = "CreateFolderResponse";
const _CFS = "CalculatedFieldSynonyms";
const _CFSC = "ConditionalFormattingSolidColor";
const _CFT = "ColorFillType";
const _CFTa = "CategoryFilterType";
const _CFa = "CalculatedField";
const _CFat = "CategoryFilter";
const _CFo = "ComparisonFormat";
const _CFol = "ColorField";
const _CFon = "ConditionalFormatting";
const _CFr = "CreateFlow";
const _CFre = "CreateFolder";
const _CG = "ColumnGroup";
const _CGADS = "CreateGoogleAnalyticsDataSource";
const _CGBQDS = "CreateGoogleBigQueryDataSource";
const _CGCS = "ColumnGroupColumnSchema";
const _CGCSL = "ColumnGroupColumnSchemaList";
const _CGHDS = "CreateGitHubDataSource";
const _CGL = "ColumnGroupList";
const _CGM = "CreateGroupMembership";
const _CGMR = "CreateGroupMembershipRequest";
const _CGMRr = "CreateGroupMembershipResponse";
const _CGR = "ColumnGeographicRole";
const _CGRr = "CreateGroupRequest";
const _CGRre = "CreateGroupResponse";
const _CGS = "ColumnGroupSchema";
const _CGSDS = "CreateGoogleSheetsDataSource";
const _CGSL = "ColumnGroupSchemaList";
const _CGo = "ColumnGroups";
const _CGr = "CreateGroup";
const _CH = "ColumnHierarchies";
const _CHL = "ColumnHierarchyList";
const _CHS = "ColumnHeaderStyle";
const _CHo = "ColumnHierarchy";
const _CHon = "ContainsHeader";
const _CI = "ClientId";
const _CIAMPA = "CreateIAMPolicyAssignment";
const _CIAMPAR = "CreateIAMPolicyAssignmentRequest";
const _CIAMPARr = "CreateIAMPolicyAssignmentResponse";
const _CIC = "CustomIconContent";
const _CIDS = "CreateImpalaDataSource";
const _CIF = "CategoryInnerFilter";
const _CIL = "CategoryItemsLimit";
const _CILC = "CategoryItemsLimitConfiguration";
const _CILCo = "ColorItemsLimitConfiguration";
const _CILo = "ColorItemsLimit";
const _CILu = "CustomInstructionList";
const _CIM = "ColumnIdMappings";
const _CIR = "CancelIngestionRequest";
const _CIRa = "CancelIngestionResponse";
const _CIRr = "CreateIngestionRequest";
const _CIRre = "CreateIngestionResponse";
const _CIS = "CustomInstructionsString";
const _CIa = "CancelIngestion";
const _CIl = "ClusterId";
const _CIo = "ColumnId";
const _CIol = "ColumnIdentifier";
const _CIolu = "ColumnIndex";
const _CIom = "ComputationId";
const _CIr = "CreateIngestion";
const _CIu = "CustomInstructions";
const _CIus = "CustomInstruction";
const _CJDS = "CreateJiraDataSource";
const _CKB = "ConfluenceKnowledgeBase";
const _CKBR = "CreateKnowledgeBaseRequest";
const _CKBRr = "CreateKnowledgeBaseResponse";
const _CKBr = "CreateKnowledgeBase";
const _CL = "CustomLabel";
const _CLC = "CustomLabelConfiguration";
const _CLO = "CategoryLabelOptions";
const _CLOo = "ColorLabelOptions";
const _CLOol = "ColumnLabelOptions";
const _CLP = "CreateLimitsProfile";
const _CLPR = "ColumnLevelPermissionRule";
const _CLPRA = "ColumnLevelPermissionRulesApplied";
const _CLPRL = "ColumnLevelPermissionRuleList";
const _CLPRRLM = "CreateLimitsProfileRequestResourceLimitsMap";
const _CLPRo = "ColumnLevelPermissionRules";
const _CLPRr = "CreateLimitsProfileRequest";
const _CLPRre = "CreateLimitsProfileResponse";
const _CLV = "CategoryLabelVisibility";
const _CLl = "CloudLayout";
const _CLo = "ComputationList";
const _CM = "ClusterMarker";
const _CMA = "ComprehendMedicalAction";
const _CMADS = "CreateMongoAtlasDataSource";
const _CMC = "ClusterMarkerConfiguration";
const _CMDDS = "CreateMariaDbDataSource";
const _CMDDSr = "CreateMongoDbDataSource";
const _CMF = "CalculatedMeasureField";
const _CMFa = "CategoricalMeasureField";
const _CMKUE = "CustomerManagedKeyUnavailableException";
const _CMO = "ContextMenuOption";
const _CMRA = "CustomerManagedRoleArn";
const _CMSDS = "CreateMySqlDataSource";
const _CMo = "ComparisonMethod";
const _CMol = "ColumnMetadata";
const _CMolo = "ColorMap";
const _CMom = "CommitMode";
const _CN = "ColumnName";
const _CNO = "CustomNarrativeOptions";
const _CNR = "CreateNamespaceRequest";
const _CNRr = "CreateNamespaceResponse";
const _CNV = "ColumnNamesVisibility";
const _CNo = "ColumnNames";
const _CNon = "ContactNumber";
const _CNont = "ContextualNavbar";
const _CNr = "CreateNamespace";
const _CNu = "CustomNarrative";
const _CO = "ComparativeOrder";
const _COACA = "CreateOAuthClientApplication";
const _COACAR = "CreateOAuthClientApplicationRequest";
const _COACARr = "CreateOAuthClientApplicationResponse";
const _CODS = "CreateOracleDataSource";
const _COSDS = "CreateOpenSearchDataSource";
const _COo = "ControlOptions";
const _COon = "ConfigurationOverrides";
const _COonf = "ConfigOptions";
const _CP = "CredentialPair";
const _CPDS = "CreatePrestoDataSource";
const _CPI = "CustomPromptInterface";
const _CPIP = "CustomPromptInputParameters";
const _CPIu = "CustomPromptInput";
const _CPL = "CustomPermissionsList";
const _CPN = "CustomPermissionsName";
const _CPP = "CustomPromptProfile";
const _CPPDS = "CreatePayPalDataSource";
const _CPSDS = "CreatePostgreSqlDataSource";
const _CPV = "CustomParameterValues";
const _CPo = "ConfluenceParameters";
const _CPol = "ColumnProperties";
const _CPu = "CustomPermissions";
const _CR = "CapacityRegion";
const _CRADDS = "CreateRedshiftAutoDiscoveredDataSource";
const _CRDS = "CreateRdsDataSource";
const _CRDSr = "CreateRadiantDataSource";
const _CRDV = "CollapsedRowDimensionsVisibility";
const _CRM = "CreateRoleMembership";
const _CRMDS = "CreateRedshiftManualDataSource";
const _CRMR = "CreateRoleMembershipRequest";
const _CRMRr = "CreateRoleMembershipResponse";
const _CRS = "CreateRefreshSchedule";
const _CRSR = "CreateRefreshScheduleRequest";
const _CRSRr = "CreateRefreshScheduleResponse";
const _CRi = "CircleRadius";
const _CRo = "ContextRegion";
const _CS = "ClientSecret";
const _CSA = "CopySourceArn";
const _CSADS = "CreateS3AnalyticsDataSource";
const _CSC = "ControlSortConfiguration";
const _CSCIB = "ConsumedSpiceCapacityInBytes";
const _CSCL = "ColorScaleColorList";
const _CSCLo = "ControlSortConfigurationList";
const _CSCo = "ControlSortConfigurations";
const _CSDS = "CreateS3DataSource";
const _CSDSr = "CreateSnowflakeDataSource";
const _CSDSre = "CreateStarburstDataSource";
const _CSDSrea = "CreateSparkDataSource";
const _CSDSreat = "CreateSalesforceDataSource";
const _CSDSreate = "CreateSquareDataSource";
const _CSF = "CreateSharedFolders";
const _CSHDS = "CreateSapHanaDataSource";
const _CSI = "ComboSeriesItem";
const _CSIL = "ComboSeriesItemList";
const _CSL = "ColumnSchemaList";
const _CSNDS = "CreateServiceNowDataSource";
const _CSO = "CanvasSizeOptions";
const _CSOo = "CollapseStateOptions";
const _CSOol = "ColumnSubtotalOptions";
const _CSP = "ColumnSemanticProperty";
const _CSPICED = "CreateSPICEDataset";
const _CSPL = "ColumnSemanticPropertyList";
const _CSR = "CreateSpaceRequest";
const _CSRr = "CreateSpaceResponse";
const _CSS = "CircleSymbolStyle";
const _CSSDS = "CreateSqlServerDataSource";
const _CST = "ColumnSemanticType";
const _CSTDS = "CreateS3TablesDataSource";
const _CSV = "CustomSeasonalityValue";
const _CSa = "CategorySort";
const _CSe = "CellStyle";
const _CSo = "ColorSort";
const _CSol = "ColorScale";
const _CSolu = "ColumnSchema";
const _CSolum = "ColumnSort";
const _CSolumn = "ColumnSpan";
const _CSolumny = "ColumnSynonyms";
const _CSr = "CreateSpaces";
const _CSre = "CreationStatus";
const _CSrea = "CreateSpace";
const _CSred = "CredentialStatus";
const _CSro = "CrossSheet";
const _CSu = "CustomSql";
const _CSur = "CurrencySymbol";
const _CT = "CreatedTime";
const _CTA = "CreateTemplateAlias";
const _CTAR = "CreateTemplateAliasRequest";
const _CTARr = "CreateTemplateAliasResponse";
const _CTARre = "CreateThemeAliasRequest";
const _CTARrea = "CreateThemeAliasResponse";
const _CTAr = "CreateThemeAlias";
const _CTC = "CustomTextContent";
const _CTDS = "CreateTimestreamDataSource";
const _CTDSr = "CreateTrinoDataSource";
const _CTDSre = "CreateTeradataDataSource";
const _CTDSrea = "CreateTwitterDataSource";
const _CTFC = "ControlTitleFontConfiguration";
const _CTFT = "ControlTitleFormatText";
const _CTI = "ColumnTooltipItem";
const _CTL = "ColumnTagList";
const _CTM = "ColumnToMatch";
const _CTO = "ColumnTotalOptions";
const _CTR = "CreateTemplateRequest";
const _CTRA = "CreateTopicReviewedAnswer";
const _CTRAr = "CreateTopicReviewedAnswers";
const _CTRS = "CreateTopicRefreshSchedule";
const _CTRSR = "CreateTopicRefreshScheduleRequest";
const _CTRSRr = "CreateTopicRefreshScheduleResponse";
const _CTRr = "CreateTemplateResponse";
const _CTRre = "CreateThemeRequest";
const _CTRrea = "CreateThemeResponse";
const _CTRreat = "CreateTopicRequest";
const _CTRreate = "CreateTopicResponse";
const _CTU = "ColumnToUnpivot";
const _CTUL = "ColumnToUnpivotList";
const _CTUo = "ColumnsToUnpivot";
const _CTV = "CreateTopicV2";
const _CTVR = "CreateTopicV2Request";
const _CTVRr = "CreateTopicV2Response";
const _CTe = "CertThumbprint";
const _CTel = "CellType";
const _CTl = "ClientToken";
const _CTo = "ConstantType";
const _CTol = "ColumnTag";
const _CTolu = "ColumnType";
const _CTon = "ConnectionType";
const _CTont = "ContentType";
const _CTr = "CreationTime";
const _CTre = "CreateTemplate";
const _CTrea = "CreateTheme";
const _CTreat = "CreateTopic";
const _CU = "ConfluenceUrl";
const _CUE = "ConcurrentUpdatingException";
const _CUo = "ContentUrl";
const _CV = "CategoryValues";
const _CVC = "CustomValuesConfiguration";
const _CVF = "ColorValuesFields";
const _CVPCC = "CreateVPCConnection";
const _CVPCCR = "CreateVPCConnectionRequest";
const _CVPCCRr = "CreateVPCConnectionResponse";
const _CVS = "CellValueSynonym";
const _CVSe = "CellValueSynonyms";
const _CVa = "CategoryValue";
const _CVe = "CellValue";
const _CVo = "ComparisonValue";
const _CVu = "CustomValues";
const _CVus = "CustomValue";
const _CW = "ColumnWidth";
const _CWMA = "CiscoWebexMeetingsAction";
const _CWVA = "CiscoWebexVidcastAction";
const _Ca = "Category";
const _Cal = "Calculation";
const _Cap = "Capabilities";
const _Cat = "Categorical";
const _Cata = "Catalog";
const _Cate = "Categories";
const _Ce = "Cell";
const _Ch = "Children";
const _Ci = "City";
const _Co = "Column";
const _Col = "Colors";
const _Colo = "Color";
const _Colu = "Columns";
const _Com = "Computation";
const _Comp = "Comparison";
const _Compu = "Computations";
const _Con = "Content";
const _Conf = "Configuration";
const _Conn = "Connection";
const _Cons = "Constant";
const _Cont = "Contributors";
const _Conte = "Context";
const _Coo = "Coordinate";
const _Cou = "Country";
const _Coun = "County";
const _Cr = "Credentials";
const _D = "Description";
const _DA = "DropboxAction";
const _DABA = "DunAndBradstreetAction";
const _DABEJ = "DescribeAssetBundleExportJob";
const _DABEJR = "DescribeAssetBundleExportJobRequest";
const _DABEJRe = "DescribeAssetBundleExportJobResponse";
const _DABIJ = "DescribeAssetBundleImportJob";
const _DABIJR = "DescribeAssetBundleImportJobRequest";
const _DABIJRe = "DescribeAssetBundleImportJobResponse";
const _DAC = "DeleteAccountCustomization";
const _DACP = "DeleteAccountCustomPermission";
const _DACPR = "DeleteAccountCustomPermissionRequest";
const _DACPRe = "DeleteAccountCustomPermissionResponse";
const _DACPRes = "DescribeAccountCustomPermissionRequest";
const _DACPResc = "DescribeAccountCustomPermissionResponse";
const _DACPRescr = "DescribeActionConnectorPermissionsRequest";
const _DACPRescri = "DescribeActionConnectorPermissionsResponse";
const _DACPe = "DescribeAccountCustomPermission";
const _DACPes = "DescribeActionConnectorPermissions";
const _DACR = "DeleteAccountCustomizationRequest";
const _DACRa = "DatabaseAccessControlRole";
const _DACRe = "DeleteAccountCustomizationResponse";
const _DACRel = "DeleteActionConnectorRequest";
const _DACRele = "DeleteActionConnectorResponse";
const _DACRes = "DescribeAccountCustomizationRequest";
const _DACResc = "DescribeAccountCustomizationResponse";
const _DACRescr = "DescribeActionConnectorRequest";
const _DACRescri = "DescribeActionConnectorResponse";
const _DACe = "DeleteActionConnector";
const _DACes = "DescribeAccountCustomization";
const _DACesc = "DescribeActionConnector";
const _DAD = "DescribeAnalysisDefinition";
const _DADR = "DescribeAnalysisDefinitionRequest";
const _DADRe = "DescribeAnalysisDefinitionResponse";
const _DAF = "DateAggregationFunction";
const _DAJ = "DescribeAutomationJob";
const _DAJR = "DescribeAutomationJobRequest";
const _DAJRe = "DescribeAutomationJobResponse";
const _DAO = "DateAxisOptions";
const _DAP = "DeleteApprovalPolicy";
const _DAPR = "DeleteApprovalPolicyRequest";
const _DAPRe = "DeleteApprovalPolicyResponse";
const _DAPRes = "DescribeAgentPermissionsRequest";
const _DAPResc = "DescribeAgentPermissionsResponse";
const _DAPRescr = "DescribeAnalysisPermissionsRequest";
const _DAPRescri = "DescribeAnalysisPermissionsResponse";
const _DAPRescrib = "DescribeAppPermissionsRequest";
const _DAPRescribe = "DescribeAppPermissionsResponse";
const _DAPRescribep = "DescribeApprovalPolicyRequest";
const _DAPRescribepp = "DescribeApprovalPolicyResponse";
const _DAPe = "DescribeAgentPermissions";
const _DAPes = "DescribeAnalysisPermissions";
const _DAPesc = "DescribeAppPermissions";
const _DAPescr = "DescribeApprovalPolicy";
const _DAR = "DeleteAgentRequest";
const _DARe = "DeleteAgentResponse";
const _DARel = "DeleteAnalysisRequest";
const _DARele = "DeleteAnalysisResponse";
const _DARelet = "DeleteAppRequest";
const _DARelete = "DeleteAppResponse";
const _DARes = "DescribeAgentRequest";
const _DAResc = "DescribeAgentResponse";
const _DARescr = "DescribeAnalysisRequest";
const _DARescri = "DescribeAnalysisResponse";
const _DARescrib = "DescribeAppRequest";
const _DARescribe = "DescribeAppResponse";
const _DAS = "DeleteAccountSubscription";
const _DASR = "DeleteAccountSubscriptionRequest";
const _DASRe = "DeleteAccountSubscriptionResponse";
const _DASRes = "DescribeAccountSettingsRequest";
const _DASResc = "DescribeAccountSettingsResponse";
const _DASRescr = "DescribeAccountSubscriptionRequest";
const _DASRescri = "DescribeAccountSubscriptionResponse";
const _DASe = "DescribeAccountSettings";
const _DASes = "DescribeAccountSubscription";
const _DAa = "DatasetArn";
const _DAas = "DashboardArn";
const _DAat = "DataAggregation";
const _DAe = "DeleteAgent";
const _DAel = "DeleteAnalysis";
const _DAele = "DeleteApp";
const _DAes = "DescribeAgent";
const _DAesc = "DescribeAnalysis";
const _DAescr = "DescribeApp";
const _DB = "DataBars";
const _DBA = "DeleteBrandAssignment";
const _DBAR = "DeleteBrandAssignmentRequest";
const _DBARe = "DeleteBrandAssignmentResponse";
const _DBARes = "DescribeBrandAssignmentRequest";
const _DBAResc = "DescribeBrandAssignmentResponse";
const _DBAe = "DescribeBrandAssignment";
const _DBO = "DataBarsOptions";
const _DBPV = "DescribeBrandPublishedVersion";
const _DBPVR = "DescribeBrandPublishedVersionRequest";
const _DBPVRe = "DescribeBrandPublishedVersionResponse";
const _DBR = "DeleteBrandRequest";
const _DBRe = "DeleteBrandResponse";
const _DBRes = "DescribeBrandRequest";
const _DBResc = "DescribeBrandResponse";
const _DBe = "DeleteBrand";
const _DBes = "DescribeBrand";
const _DC = "DimensionConfigurations";
const _DCDC = "DynamicCategoryDimensionConfiguration";
const _DCE = "DefaultCategoryEffects";
const _DCO = "DonutCenterOptions";
const _DCP = "DataColorPalette";
const _DCPR = "DeleteCustomPermissionsRequest";
const _DCPRe = "DeleteCustomPermissionsResponse";
const _DCPRes = "DescribeCustomPermissionsRequest";
const _DCPResc = "DescribeCustomPermissionsResponse";
const _DCPe = "DeleteCustomPermissions";
const _DCPes = "DescribeCustomPermissions";
const _DCS = "DashboardCustomizationSummary";
const _DCSC = "DashboardCustomizationSummaryConfigurations";
const _DCVO = "DashboardCustomizationVisualOptions";
const _DCW = "DefaultCellWidth";
const _DCa = "DataColor";
const _DCat = "DataConfiguration";
const _DCe = "DecalColor";
const _DCes = "DestinationConfiguration";
const _DCi = "DisplayConfiguration";
const _DCo = "DocumentCount";
const _DCy = "DynamicConfiguration";
const _DD = "DataDriven";
const _DDCDO = "DropDownControlDisplayOptions";
const _DDCN = "DefaultDateColumnName";
const _DDD = "DescribeDashboardDefinition";
const _DDDR = "DescribeDashboardDefinitionRequest";
const _DDDRe = "DescribeDashboardDefinitionResponse";
const _DDDS = "DocumentDbDataSource";
const _DDDSy = "DynamoDbDataSource";
const _DDF = "DateDimensionField";
const _DDFL = "DrillDownFilterList";
const _DDFr = "DrillDownFilters";
const _DDFri = "DrillDownFilter";
const _DDO = "DefaultDropdownOptions";
const _DDP = "DecimalDatasetParameter";
const _DDPDV = "DecimalDatasetParameterDefaultValues";
const _DDPR = "DescribeDashboardPermissionsRequest";
const _DDPRe = "DescribeDashboardPermissionsResponse";
const _DDPe = "DescribeDashboardPermissions";
const _DDQAC = "DescribeDashboardsQAConfiguration";
const _DDQACR = "DescribeDashboardsQAConfigurationRequest";
const _DDQACRe = "DescribeDashboardsQAConfigurationResponse";
const _DDQBA = "DeleteDefaultQBusinessApplication";
const _DDQBAR = "DeleteDefaultQBusinessApplicationRequest";
const _DDQBARe = "DeleteDefaultQBusinessApplicationResponse";
const _DDQBARes = "DescribeDefaultQBusinessApplicationRequest";
const _DDQBAResc = "DescribeDefaultQBusinessApplicationResponse";
const _DDQBAe = "DescribeDefaultQBusinessApplication";
const _DDR = "DeleteDashboardRequest";
const _DDRe = "DeleteDashboardResponse";
const _DDRes = "DescribeDashboardRequest";
const _DDResc = "DescribeDashboardResponse";
const _DDS = "DatabricksDataSource";
const _DDSJ = "DescribeDashboardSnapshotJob";
const _DDSJR = "DescribeDashboardSnapshotJobRequest";
const _DDSJRR = "DescribeDashboardSnapshotJobResultRequest";
const _DDSJRRe = "DescribeDashboardSnapshotJobResultResponse";
const _DDSJRe = "DescribeDashboardSnapshotJobResponse";
const _DDSJRes = "DescribeDashboardSnapshotJobResult";
const _DDSP = "DescribeDataSetPermissions";
const _DDSPR = "DescribeDataSetPermissionsRequest";
const _DDSPRe = "DescribeDataSetPermissionsResponse";
const _DDSPRes = "DescribeDataSourcePermissionsRequest";
const _DDSPResc = "DescribeDataSourcePermissionsResponse";
const _DDSPe = "DescribeDataSourcePermissions";
const _DDSR = "DeleteDataSetRequest";
const _DDSRP = "DeleteDataSetRefreshProperties";
const _DDSRPR = "DeleteDataSetRefreshPropertiesRequest";
const _DDSRPRe = "DeleteDataSetRefreshPropertiesResponse";
const _DDSRPRes = "DescribeDataSetRefreshPropertiesRequest";
const _DDSRPResc = "DescribeDataSetRefreshPropertiesResponse";
const _DDSRPe = "DescribeDataSetRefreshProperties";
const _DDSRe = "DeleteDataSetResponse";
const _DDSRel = "DeleteDataSourceRequest";
const _DDSRele = "DeleteDataSourceResponse";
const _DDSRelet = "DeleteDlpSettingRequest";
const _DDSRelete = "DeleteDlpSettingResponse";
const _DDSRes = "DescribeDataSetRequest";
const _DDSResc = "DescribeDataSetResponse";
const _DDSRescr = "DescribeDataSourceRequest";
const _DDSRescri = "DescribeDataSourceResponse";
const _DDSRescrib = "DescribeDlpSettingRequest";
const _DDSRescribe = "DescribeDlpSettingResponse";
const _DDSb = "Db2DataSource";
const _DDSe = "DenodoDataSource";
const _DDSel = "DeleteDataSet";
const _DDSele = "DeleteDataSource";
const _DDSelet = "DeleteDlpSetting";
const _DDSes = "DescribeDataSet";
const _DDSesc = "DescribeDataSource";
const _DDSescr = "DescribeDlpSetting";
const _DDSr = "DremioDataSource";
const _DDTPCO = "DefaultDateTimePickerControlOptions";
const _DDTPO = "DefaultDateTimePickerOptions";
const _DDV = "DecimalDefaultValues";
const _DDVL = "DecimalDefaultValueList";
const _DDVy = "DynamicDefaultValue";
const _DDa = "DatasetDescription";
const _DDe = "DeleteDashboard";
const _DDes = "DescribeDashboard";
const _DE = "DashboardError";
const _DECT = "DefaultEmailCustomizationTemplate";
const _DEL = "DashboardErrorList";
const _DF = "DisabledFeatures";
const _DFBSI = "DataFieldBarSeriesItem";
const _DFC = "DateFilterCondition";
const _DFCC = "DefaultFilterControlConfiguration";
const _DFCO = "DefaultFilterControlOptions";
const _DFCSI = "DataFieldComboSeriesItem";
const _DFDDCO = "DefaultFilterDropDownControlOptions";
const _DFFLC = "DefaultFreeFormLayoutConfiguration";
const _DFL = "DimensionFieldList";
const _DFLCO = "DefaultFilterListControlOptions";
const _DFM = "DeleteFolderMembership";
const _DFMR = "DeleteFolderMembershipRequest";
const _DFMRe = "DeleteFolderMembershipResponse";
const _DFO = "DisplayFormatOptions";
const _DFP = "DescribeFolderPermissions";
const _DFPR = "DescribeFolderPermissionsRequest";
const _DFPRe = "DescribeFolderPermissionsResponse";
const _DFR = "DeleteFlowRequest";
const _DFRP = "DescribeFolderResolvedPermissions";
const _DFRPR = "DescribeFolderResolvedPermissionsRequest";
const _DFRPRe = "DescribeFolderResolvedPermissionsResponse";
const _DFRe = "DeleteFlowResponse";
const _DFRel = "DeleteFolderRequest";
const _DFRele = "DeleteFolderResponse";
const _DFRes = "DescribeFlowRequest";
const _DFResc = "DescribeFlowResponse";
const _DFRescr = "DescribeFolderRequest";
const _DFRescri = "DescribeFolderResponse";
const _DFSI = "DataFieldSeriesItem";
const _DFa = "DateFormat";
const _DFan = "DangerForeground";
const _DFe = "DefaultFormatting";
const _DFel = "DeleteFlow";
const _DFele = "DeleteFolder";
const _DFes = "DescribeFlow";
const _DFesc = "DescribeFolder";
const _DFi = "DisplayFormat";
const _DFim = "DimensionField";
const _DFime = "DimensionForeground";
const _DG = "DateGranularity";
const _DGLC = "DefaultGridLayoutConfiguration";
const _DGM = "DeleteGroupMembership";
const _DGMR = "DeleteGroupMembershipRequest";
const _DGMRe = "DeleteGroupMembershipResponse";
const _DGMRes = "DescribeGroupMembershipRequest";
const _DGMResc = "DescribeGroupMembershipResponse";
const _DGMe = "DescribeGroupMembership";
const _DGR = "DeleteGroupRequest";
const _DGRe = "DeleteGroupResponse";
const _DGRes = "DescribeGroupRequest";
const _DGResc = "DescribeGroupResponse";
const _DGa = "DatabaseGroups";
const _DGe = "DeleteGroup";
const _DGes = "DescribeGroup";
const _DHD = "DefaultHierarchyDropdown";
const _DHFDDCO = "DefaultHierarchyFilterDropDownControlOptions";
const _DHFLCO = "DefaultHierarchyFilterListControlOptions";
const _DHL = "DefaultHierarchyList";
const _DI = "DashboardId";
const _DIAMPA = "DeleteIAMPolicyAssignment";
const _DIAMPAR = "DeleteIAMPolicyAssignmentRequest";
const _DIAMPARe = "DeleteIAMPolicyAssignmentResponse";
const _DIAMPARes = "DescribeIAMPolicyAssignmentRequest";
const _DIAMPAResc = "DescribeIAMPolicyAssignmentResponse";
const _DIAMPAe = "DescribeIAMPolicyAssignment";
const _DIL = "DestinationItemsLimit";
const _DILC = "DefaultInteractiveLayoutConfiguration";
const _DIPC = "DeleteIdentityPropagationConfig";
const _DIPCR = "DeleteIdentityPropagationConfigRequest";
const _DIPCRe = "DeleteIdentityPropagationConfigResponse";
const _DIR = "DescribeIngestionRequest";
const _DIRR = "DescribeIpRestrictionRequest";
const _DIRRe = "DescribeIpRestrictionResponse";
const _DIRe = "DescribeIngestionResponse";
const _DIRes = "DescribeIpRestriction";
const _DIV = "DateIconVisibility";
const _DIa = "DashboardIds";
const _DIat = "DatasetId";
const _DIe = "DescribeIngestion";
const _DIi = "DirectoryId";
const _DIis = "DisableIndexing";
const _DK = "DefaultKey";
const _DKB = "DeleteKnowledgeBase";
const _DKBP = "DescribeKnowledgeBasePermissions";
const _DKBPR = "DescribeKnowledgeBasePermissionsRequest";
const _DKBPRe = "DescribeKnowledgeBasePermissionsResponse";
const _DKBR = "DeleteKnowledgeBaseRequest";
const _DKBRe = "DeleteKnowledgeBaseResponse";
const _DKBRes = "DescribeKnowledgeBaseRequest";
const _DKBResc = "DescribeKnowledgeBaseResponse";
const _DKBe = "DescribeKnowledgeBase";
const _DKF = "DatasetKeyField";
const _DKO = "DefaultKeyOnly";
const _DKR = "DescribeKeyRegistration";
const _DKRR = "DescribeKeyRegistrationRequest";
const _DKRRe = "DescribeKeyRegistrationResponse";
const _DL = "DataLabels";
const _DLFC = "DataLabelFontConfiguration";
const _DLO = "DataLabelOptions";
const _DLOe = "DefaultListOptions";
const _DLP = "DeleteLimitsProfile";
const _DLPR = "DeleteLimitsProfileRequest";
const _DLPRe = "DeleteLimitsProfileResponse";
const _DLPRes = "DescribeLimitsProfileRequest";
const _DLPResc = "DescribeLimitsProfileResponse";
const _DLPe = "DescribeLimitsProfile";
const _DLT = "DataLabelTypes";
const _DLTa = "DataLabelType";
const _DM = "DatasetMetadata";
const _DMF = "DateMeasureField";
const _DMi = "DisplayMode";
const _DN = "DefaultNamespace";
const _DNDC = "DynamicNumericDimensionConfiguration";
const _DNR = "DeleteNamespaceRequest";
const _DNRe = "DeleteNamespaceResponse";
const _DNRes = "DescribeNamespaceRequest";
const _DNResc = "DescribeNamespaceResponse";
const _DNSC = "DefaultNewSheetConfiguration";
const _DNWE = "DomainNotWhitelistedException";
const _DNa = "DatasetName";
const _DNas = "DashboardName";
const _DNe = "DeleteNamespace";
const _DNes = "DescribeNamespace";
const _DO = "DataOptions";
const _DOACA = "DeleteOAuthClientApplication";
const _DOACAR = "DeleteOAuthClientApplicationRequest";
const _DOACARe = "DeleteOAuthClientApplicationResponse";
const _DOACARes = "DescribeOAuthClientApplicationRequest";
const _DOACAResc = "DescribeOAuthClientApplicationResponse";
const _DOACAe = "DescribeOAuthClientApplication";
const _DOM = "DayOfMonth";
const _DOW = "DayOfWeek";
const _DOe = "DefaultOpacity";
const _DOi = "DisplayOptions";
const _DOo = "DonutOptions";
const _DP = "DatasetParameters";
const _DPAF = "DataPrepAggregationFunction";
const _DPC = "DataPrepConfiguration";
const _DPCL = "DataPathColorList";
const _DPCa = "DataPathColor";
const _DPCe = "DecimalPlacesConfiguration";
const _DPD = "DecimalParameterDeclaration";
const _DPDUDO = "DataPointDrillUpDownOption";
const _DPL = "DataPathList";
const _DPLAF = "DataPrepListAggregationFunction";
const _DPLC = "DefaultPaginatedLayoutConfiguration";
const _DPLT = "DataPathLabelType";
const _DPLa = "DatasetParameterList";
const _DPLe = "DecimalParameterList";
const _DPMLO = "DataPointMenuLabelOption";
const _DPN = "DestinationParameterName";
const _DPO = "DashboardPublishOptions";
const _DPOa = "DataPathOptions";
const _DPS = "DataPathSort";
const _DPSAF = "DataPrepSimpleAggregationFunction";
const _DPT = "DataPathType";
const _DPTO = "DataPointTooltipOption";
const _DPTe = "DecalPatternType";
const _DPV = "DataPathValue";
const _DPVC = "DestinationParameterValueConfiguration";
const _DPVL = "DataPathValueList";
const _DPa = "DatabricksParameters";
const _DPat = "DatasetParameter";
const _DPata = "DataPath";
const _DPe = "DecimalParameter";
const _DPec = "DecimalPlaces";
const _DPeci = "DecimalParameters";
const _DQA = "DataQnA";
const _DQAC = "DataQnAConfigurations";
const _DQAEO = "DataQAEnabledOption";
const _DQAS = "DashboardsQAStatus";
const _DQPC = "DescribeQPersonalizationConfiguration";
const _DQPCR = "DescribeQPersonalizationConfigurationRequest";
const _DQPCRe = "DescribeQPersonalizationConfigurationResponse";
const _DQSQSC = "DescribeQuickSightQSearchConfiguration";
const _DQSQSCR = "DescribeQuickSightQSearchConfigurationRequest";
const _DQSQSCRe = "DescribeQuickSightQSearchConfigurationResponse";
const _DR = "DnsResolvers";
const _DRCP = "DeleteRoleCustomPermission";
const _DRCPR = "DeleteRoleCustomPermissionRequest";
const _DRCPRe = "DeleteRoleCustomPermissionResponse";
const _DRCPRes = "DescribeRoleCustomPermissionRequest";
const _DRCPResc = "DescribeRoleCustomPermissionResponse";
const _DRCPe = "DescribeRoleCustomPermission";
const _DRDG = "DatasetRowDateGranularity";
const _DRDTCO = "DefaultRelativeDateTimeControlOptions";
const _DRDTO = "DefaultRelativeDateTimeOptions";
const _DRF = "DateRangeFilter";
const _DRM = "DeleteRoleMembership";
const _DRMR = "DeleteRoleMembershipRequest";
const _DRMRe = "DeleteRoleMembershipResponse";
const _DRP = "DescribeResourcePermissions";
const _DRPR = "DescribeResourcePermissionsRequest";
const _DRPRe = "DescribeResourcePermissionsResponse";
const _DRS = "DeleteRefreshSchedule";
const _DRSR = "DeleteRefreshScheduleRequest";
const _DRSRe = "DeleteRefreshScheduleResponse";
const _DRSRes = "DescribeRefreshScheduleRequest";
const _DRSResc = "DescribeRefreshScheduleResponse";
const _DRSe = "DescribeRefreshSchedule";
const _DS = "DataStories";
const _DSA = "DataSetArns";
const _DSAa = "DataSourceArn";
const _DSAat = "DataSetArn";
const _DSBLC = "DefaultSectionBasedLayoutConfiguration";
const _DSC = "DecalSettingsConfiguration";
const _DSCFE = "DataSetCalculatedFieldExpression";
const _DSCIM = "DataSetColumnIdMapping";
const _DSCIML = "DataSetColumnIdMappingList";
const _DSCL = "DataSetConfigurationList";
const _DSCO = "DefaultSliderControlOptions";
const _DSCT = "DataSourceCertThumbprint";
const _DSCa = "DataSetConfiguration";
const _DSCat = "DataSourceCredentials";
const _DSCata = "DataStoriesConfigurations";
const _DSCatae = "DataSetConfigurations";
const _DSD = "DlpSettingDetails";
const _DSDCFC = "DataSetDateComparisonFilterCondition";
const _DSDFC = "DataSetDateFilterCondition";
const _DSDFV = "DataSetDateFilterValue";
const _DSDRFC = "DataSetDateRangeFilterCondition";
const _DSDT = "DataSetDescriptiveText";
const _DSE = "DashboardSourceEntity";
const _DSEI = "DataSourceErrorInfo";
const _DSF = "DashboardSearchFilter";
const _DSFL = "DashboardSearchFilterList";
const _DSI = "DataSetId";
const _DSID = "DataSetIdentifierDeclarations";
const _DSIDL = "DataSetIdentifierDeclarationList";
const _DSIDa = "DataSetIdentifierDeclaration";
const _DSIa = "DataSetIds";
const _DSIat = "DataSourceId";
const _DSIata = "DataSourceIds";
const _DSIatae = "DataSetIdentifier";
const _DSIl = "DlpSettingId";
const _DSKKA = "DataSourceKmsKeyArn";
const _DSL = "DashboardSummaryList";
const _DSLa = "DataSourceList";
const _DSLe = "DecalSettingsList";
const _DSN = "DataSetName";
const _DSNCFC = "DataSetNumericComparisonFilterCondition";
const _DSNFC = "DataSetNumericFilterCondition";
const _DSNFV = "DataSetNumericFilterValue";
const _DSNRFC = "DataSetNumericRangeFilterCondition";
const _DSO = "DefaultSliderOptions";
const _DSP = "DataSourceParameters";
const _DSPL = "DataSourceParametersList";
const _DSPN = "DataSetParameterName";
const _DSPR = "DescribeSpacePermissionsRequest";
const _DSPRe = "DescribeSpacePermissionsResponse";
const _DSPa = "DataSetPlaceholder";
const _DSPe = "DescribeSpacePermissions";
const _DSR = "DataSetReferences";
const _DSRL = "DataSetReferenceList";
const _DSRP = "DataSetRefreshProperties";
const _DSRa = "DataSetRegion";
const _DSRat = "DataSetReference";
const _DSRata = "DataSetRelations";
const _DSRe = "DeleteSpaceRequest";
const _DSRel = "DeleteSpaceResponse";
const _DSRes = "DescribeSpaceRequest";
const _DSResc = "DescribeSpaceResponse";
const _DSS = "DescriptionSensitiveString";
const _DSSCFC = "DataSetStringComparisonFilterCondition";
const _DSSD = "DataSetSemanticDescription";
const _DSSF = "DataSetSearchFilter";
const _DSSFC = "DataSetStringFilterCondition";
const _DSSFL = "DataSetSearchFilterList";
const _DSSFLa = "DataSourceSearchFilterList";
const _DSSFSV = "DataSetStringFilterStaticValue";
const _DSSFSVL = "DataSetStringFilterStaticValueList";
const _DSSFV = "DataSetStringFilterValue";
const _DSSFa = "DataSourceSearchFilter";
const _DSSL = "DataSetSummaryList";
const _DSSLFC = "DataSetStringListFilterCondition";
const _DSSLFV = "DataSetStringListFilterValue";
const _DSSLa = "DataSourceSummaryList";
const _DSSLl = "DlpSettingSummaryList";
const _DSSM = "DataSetSemanticMetadata";
const _DSSML = "DataSetSemanticMetadataList";
const _DSSO = "DataStoriesSharingOption";
const _DSSa = "DataSetSchema";
const _DSSat = "DataSetSummary";
const _DSSata = "DataSourceSummary";
const _DSSatae = "DataSetSummaries";
const _DSSatao = "DataSourceSummaries";
const _DSSe = "DefaultSeriesSettings";
const _DSSl = "DlpSettingSummary";
const _DSSlp = "DlpSettingSummaries";
const _DST = "DataSourceType";
const _DSTa = "DashboardSourceTemplate";
const _DSTe = "DecalStyleType";
const _DSUC = "DataSetUsageConfiguration";
const _DSUCR = "DescribeSelfUpgradeConfigurationRequest";
const _DSUCRe = "DescribeSelfUpgradeConfigurationResponse";
const _DSUCe = "DescribeSelfUpgradeConfiguration";
const _DSV = "DecimalStaticValues";
const _DSa = "DataSources";
const _DSas = "DashboardSummary";
const _DSat = "DataSets";
const _DSata = "DataSet";
const _DSatao = "DataSource";
const _DSe = "DecalSettings";
const _DSec = "DecimalSeparator";
const _DSel = "DeletionStatus";
const _DSele = "DeleteSpace";
const _DSes = "DescribeSpace";
const _DSi = "DisableSsl";
const _DSl = "DlpSetting";
const _DT = "DefaultTheme";
const _DTA = "DeleteTemplateAlias";
const _DTACO = "DefaultTextAreaControlOptions";
const _DTAO = "DefaultTextAreaOptions";
const _DTAR = "DeleteTemplateAliasRequest";
const _DTARe = "DeleteTemplateAliasResponse";
const _DTARel = "DeleteThemeAliasRequest";
const _DTARele = "DeleteThemeAliasResponse";
const _DTARes = "DescribeTemplateAliasRequest";
const _DTAResc = "DescribeTemplateAliasResponse";
const _DTARescr = "DescribeThemeAliasRequest";
const _DTARescri = "DescribeThemeAliasResponse";
const _DTAe = "DeleteThemeAlias";
const _DTAes = "DescribeTemplateAlias";
const _DTAesc = "DescribeThemeAlias";
const _DTD = "DescribeTemplateDefinition";
const _DTDP = "DateTimeDatasetParameter";
const _DTDPDV = "DateTimeDatasetParameterDefaultValues";
const _DTDR = "DescribeTemplateDefinitionRequest";
const _DTDRe = "DescribeTemplateDefinitionResponse";
const _DTDV = "DateTimeDefaultValues";
const _DTDVL = "DateTimeDefaultValueList";
const _DTF = "DateTimeFormat";
const _DTFC = "DateTimeFormatConfiguration";
const _DTFCO = "DefaultTextFieldControlOptions";
const _DTFO = "DefaultTextFieldOptions";
const _DTH = "DateTimeHierarchy";
const _DTI = "DestinationTableId";
const _DTM = "DestinationTableMap";
const _DTP = "DateTimeParameter";
const _DTPCDO = "DateTimePickerControlDisplayOptions";
const _DTPD = "DateTimeParameterDeclaration";
const _DTPL = "DateTimeParameterList";
const _DTPR = "DescribeTemplatePermissionsRequest";
const _DTPRe = "DescribeTemplatePermissionsResponse";
const _DTPRes = "DescribeThemePermissionsRequest";
const _DTPResc = "DescribeThemePermissionsResponse";
const _DTPRescr = "DescribeTopicPermissionsRequest";
const _DTPRescri = "DescribeTopicPermissionsResponse";
const _DTPV = "DescribeTopicPermissionsV2";
const _DTPVR = "DescribeTopicPermissionsV2Request";
const _DTPVRe = "DescribeTopicPermissionsV2Response";
const _DTPa = "DateTimePicker";
const _DTPat = "DateTimeParameters";
const _DTPe = "DescribeTemplatePermissions";
const _DTPes = "DescribeThemePermissions";
const _DTPesc = "DescribeTopicPermissions";
const _DTR = "DeleteTemplateRequest";
const _DTRR = "DescribeTopicRefreshRequest";
const _DTRRe = "DescribeTopicRefreshResponse";
const _DTRS = "DeleteTopicRefreshSchedule";
const _DTRSR = "DeleteTopicRefreshScheduleRequest";
const _DTRSRe = "DeleteTopicRefreshScheduleResponse";
const _DTRSRes = "DescribeTopicRefreshScheduleRequest";
const _DTRSResc = "DescribeTopicRefreshScheduleResponse";
const _DTRSe = "DescribeTopicRefreshSchedule";
const _DTRe = "DeleteTemplateResponse";
const _DTRel = "DeleteThemeRequest";
const _DTRele = "DeleteThemeResponse";
const _DTRelet = "DeleteTopicRequest";
const _DTRelete = "DeleteTopicResponse";
const _DTRes = "DescribeTemplateRequest";
const _DTResc = "DescribeTemplateResponse";
const _DTRescr = "DescribeThemeRequest";
const _DTRescri = "DescribeThemeResponse";
const _DTRescrib = "DescribeTopicRequest";
const _DTRescribe = "DescribeTopicResponse";
const _DTRescribeo = "DescribeTopicRefresh";
const _DTS = "DestinationTableSource";
const _DTSV = "DateTimeStaticValues";
const _DTV = "DateTimeValues";
const _DTVR = "DeleteTopicV2Request";
const _DTVRe = "DeleteTopicV2Response";
const _DTVRes = "DescribeTopicV2Request";
const _DTVResc = "DescribeTopicV2Response";
const _DTVWUC = "DateTimeValueWhenUnsetConfiguration";
const _DTVe = "DeleteTopicV2";
const _DTVes = "DescribeTopicV2";
const _DTa = "DataType";
const _DTat = "DataTransforms";
const _DTe = "DeletionTime";
const _DTel = "DeleteTemplate";
const _DTele = "DeleteTheme";
const _DTelet = "DeleteTopic";
const _DTes = "DestinationTable";
const _DTesc = "DescribeTemplate";
const _DTescr = "DescribeTheme";
const _DTescri = "DescribeTopic";
const _DU = "DashboardUrl";
const _DUADQS = "DisableUseAsDirectQuerySource";
const _DUAIS = "DisableUseAsImportedSource";
const _DUBPI = "DeleteUserByPrincipalId";
const _DUBPIR = "DeleteUserByPrincipalIdRequest";
const _DUBPIRe = "DeleteUserByPrincipalIdResponse";
const _DUCP = "DeleteUserCustomPermission";
const _DUCPR = "DeleteUserCustomPermissionRequest";
const _DUCPRe = "DeleteUserCustomPermissionResponse";
const _DUR = "DeleteUserRequest";
const _DURe = "DeleteUserResponse";
const _DURes = "DescribeUserRequest";
const _DUResc = "DescribeUserResponse";
const _DUa = "DatabaseUser";
const _DUe = "DeleteUser";
const _DUes = "DescribeUser";
const _DUo = "DownloadUrl";
const _DV = "DashboardVisual";
const _DVC = "DefaultValueColumn";
const _DVD = "DashboardVersionDefinition";
const _DVI = "DashboardVisualId";
const _DVPCC = "DeleteVPCConnection";
const _DVPCCR = "DeleteVPCConnectionRequest";
const _DVPCCRe = "DeleteVPCConnectionResponse";
const _DVPCCRes = "DescribeVPCConnectionRequest";
const _DVPCCResc = "DescribeVPCConnectionResponse";
const _DVPCCe = "DescribeVPCConnection";
const _DVPO = "DashboardVisualPublishOptions";
const _DVR = "DashboardVisualResult";
const _DVS = "DashboardVersionSummary";
const _DVSL = "DashboardVersionSummaryList";
const _DVWUC = "DecimalValueWhenUnsetConfiguration";
const _DVa = "DashboardVersion";
const _DVat = "DataValue";
const _DVe = "DecimalValues";
const _DVec = "DecalVisibility";
const _DVef = "DefaultValues";
const _DVes = "DescriptionVisibility";
const _DVy = "DynamicValue";
const _Da = "Dashboard";
const _Dan = "Danger";
const _Das = "Dashboards";
const _Dat = "Database";
const _Data = "Datasets";
const _Date = "Date";
const _De = "Deleted";
const _Def = "Definition";
const _Del = "Delimiter";
const _Des = "Destination";
const _Di = "Dimension";
const _Dim = "Dimensions";
const _Dir = "Direction";
const _Dis = "Distinct";
const _Do = "Domain";
const _Dr = "Dropdown";
const _E = "Email";
const _EA = "EnabledActions";
const _EAm = "EmailAddress";
const _EAma = "EmailAlert";
const _EAn = "EndedAt";
const _EC = "ErrorCode";
const _ECx = "ExperienceConfiguration";
const _ED = "EntityDescription";
const _EDS = "ExasolDataSource";
const _EDSA = "ExcludedDataSetArns";
const _EDn = "EndDate";
const _EF = "EnabledFeatures";
const _EFC = "EmptyFillColor";
const _EFx = "ExportFormat";
const _EH = "ExplicitHierarchy";
const _EHCL = "ExplicitHierarchyColumnList";
const _EHFO = "ExportHiddenFieldsOption";
const _EI = "ErrorInfo";
const _EIP = "EnableIdentityPropagation";
const _EIl = "ElementId";
const _EL = "EffectiveLimit";
const _ELFPT = "ExternalLoginFederationProviderType";
const _ELFPU = "ExternalLoginFederationProviderUrl";
const _ELI = "ExternalLoginId";
const _ELL = "EffectiveLimitList";
const _ELn = "EntityList";
const _EM = "ErrorMessage";
const _EN = "EntityName";
const _EP = "ExasolParameters";
const _EPC = "ExcludePeriodConfiguration";
const _EPn = "EntryPoint";
const _EPx = "ExistingPrompt";
const _ER = "EndRange";
const _ES = "ExecutiveSummary";
const _ESC = "ExecutiveSummaryConfigurations";
const _ESO = "ExecutiveSummaryOption";
const _ESn = "EntitySynonyms";
const _ET = "ElementType";
const _ETC = "ExportToCsv";
const _ETCISR = "ExportToCsvInScheduledReports";
const _ETCSVO = "ExportToCSVOption";
const _ETE = "ExportToExcel";
const _ETEISR = "ExportToExcelInScheduledReports";
const _ETP = "ExportToPdf";
const _ETPISR = "ExportToPdfInScheduledReports";
const _ETn = "EndTime";
const _ETr = "ErrorType";
const _EU = "EmbeddingUrl";
const _EUm = "EmbedUrl";
const _EV = "ElementValue";
const _EVWQ = "EditVisualWithQ";
const _EVm = "EmptyVisual";
const _EWHFO = "ExportWithHiddenFieldsOption";
const _Ea = "East";
const _Ed = "Edition";
const _El = "Element";
const _Ele = "Elements";
const _En = "Enabled";
const _Ent = "Entity";
const _Er = "Error";
const _Err = "Errors";
const _Ex = "Expression";
const _Ext = "Extension";
const _F = "Folders";
const _FA = "FailureAction";
const _FAM = "FilterAggMetrics";
const _FAML = "FilterAggMetricsList";
const _FAi = "FigmaAction";
const _FAo = "FolderArns";
const _FBSI = "FieldBarSeriesItem";
const _FBT = "FieldBasedTooltip";
const _FC = "FeatureConfigurations";
const _FCAFW = "FunnelChartAggregatedFieldWells";
const _FCC = "FunnelChartConfiguration";
const _FCDFL = "FunnelChartDimensionFieldList";
const _FCDLO = "FunnelChartDataLabelOptions";
const _FCFW = "FunnelChartFieldWells";
const _FCI = "FilterControlId";
const _FCIS = "FirstCompletedIngestionSummary";
const _FCL = "FilterControlList";
const _FCLo = "ForecastConfigurationList";
const _FCMFL = "FunnelChartMeasureFieldList";
const _FCSC = "FilterCrossSheetControl";
const _FCSCu = "FunnelChartSortConfiguration";
const _FCSI = "FieldComboSeriesItem";
const _FCV = "FunnelChartVisual";
const _FCVS = "FalseyCellValueSynonyms";
const _FCVa = "FalseyCellValue";
const _FCa = "FailureConfiguration";
const _FCi = "FieldsConfiguration";
const _FCil = "FilterControl";
const _FCill = "FillColor";
const _FCilt = "FilterControls";
const _FCilte = "FilterClass";
const _FCo = "FontConfiguration";
const _FCon = "FontColor";
const _FCor = "FormatConfiguration";
const _FCore = "ForecastComputation";
const _FCorec = "ForecastConfiguration";
const _FCoreca = "ForecastConfigurations";
const _FCoreg = "ForegroundColor";
const _FD = "FlowDefinition";
const _FDDC = "FilterDropDownControl";
const _FDPV = "FieldDataPathValues";
const _FDS = "FileDataSource";
const _FDTPC = "FilterDateTimePickerControl";
const _FDWR = "ForceDeleteWithoutRecovery";
const _FDi = "FilterDescription";
const _FDl = "FlowDetail";
const _FDo = "FontDecoration";
const _FDr = "FractionDigits";
const _FF = "FieldFolders";
const _FFL = "FreeFormLayout";
const _FFLC = "FreeFormLayoutConfiguration";
const _FFLCSO = "FreeFormLayoutCanvasSizeOptions";
const _FFLE = "FreeFormLayoutElement";
const _FFLEBS = "FreeFormLayoutElementBackgroundStyle";
const _FFLEBSr = "FreeFormLayoutElementBorderStyle";
const _FFLEL = "FreeFromLayoutElementList";
const _FFLSCSO = "FreeFormLayoutScreenCanvasSizeOptions";
const _FFM = "FieldFolderMap";
const _FFSLC = "FreeFormSectionLayoutConfiguration";
const _FFi = "FieldFolder";
const _FFo = "FontFamily";
const _FFon = "FontFamilies";
const _FFr = "FreeForm";
const _FG = "FilterGroups";
const _FGI = "FilterGroupId";
const _FGL = "FilterGroupList";
const _FGi = "FileGroups";
const _FGil = "FilterGroup";
const _FI = "FolderId";
const _FIIS = "FirstIncompleteIngestionSummary";
const _FIi = "FieldId";
const _FIil = "FilterId";
const _FIl = "FlowId";
const _FIo = "FolderIds";
const _FKR = "FailedKeyRegistration";
const _FKRE = "FailedKeyRegistrationEntry";
const _FKREa = "FailedKeyRegistrationEntries";
const _FL = "FieldLevel";
const _FLC = "FilterListConfiguration";
const _FLCi = "FilterListControl";
const _FLO = "FieldLevelOptions";
const _FLT = "FieldLabelType";
const _FLi = "FilterList";
const _FLo = "FontList";
const _FM = "FolderMember";
const _FMAFW = "FilledMapAggregatedFieldWells";
const _FMC = "FilledMapConfiguration";
const _FMCF = "FilledMapConditionalFormatting";
const _FMCFO = "FilledMapConditionalFormattingOption";
const _FMCFOL = "FilledMapConditionalFormattingOptionList";
const _FMDFL = "FilledMapDimensionFieldList";
const _FMFW = "FilledMapFieldWells";
const _FMKBP = "FMKBParameters";
const _FML = "FolderMemberList";
const _FMMFL = "FilledMapMeasureFieldList";
const _FMSC = "FilledMapSortConfiguration";
const _FMSCF = "FilledMapShapeConditionalFormatting";
const _FMV = "FilledMapVisual";
const _FN = "FieldName";
const _FNi = "FirstName";
const _FNil = "FilterName";
const _FO = "FilterOperation";
const _FOL = "FilterOperationList";
const _FOSFC = "FilterOperationSelectedFieldsConfiguration";
const _FOTVC = "FilterOperationTargetVisualsConfiguration";
const _FOi = "FiltersOperation";
const _FOie = "FieldOptions";
const _FOil = "FilterOperations";
const _FP = "FolderPath";
const _FPo = "ForecastProperties";
const _FRDTC = "FilterRelativeDateTimeControl";
const _FRO = "FailedResourceOperations";
const _FS = "FirstSource";
const _FSA = "FactSetAction";
const _FSC = "FilterScopeConfiguration";
const _FSCi = "FilterSliderControl";
const _FSF = "FolderSearchFilter";
const _FSFL = "FolderSearchFilterList";
const _FSI = "FieldSeriesItem";
const _FSL = "FlowSummaryList";
const _FSLo = "FolderSummaryList";
const _FSO = "FieldSortOptions";
const _FSOL = "FieldSortOptionsList";
const _FSRO = "FailedSpaceResourceOperation";
const _FSROa = "FailedSpaceResourceOperations";
const _FSV = "FilterSelectableValues";
const _FSi = "FillStyle";
const _FSie = "FieldSort";
const _FSil = "FileSource";
const _FSilt = "FilterSynonyms";
const _FSilte = "FiltersStep";
const _FSl = "FlowSummary";
const _FSo = "FolderSummary";
const _FSon = "FontSize";
const _FSont = "FontStyle";
const _FSoo = "FooterSections";
const _FSor = "ForecastScenario";
const _FT = "FolderType";
const _FTAAC = "FailedToAddActionConnectors";
const _FTAC = "FilterTextAreaControl";
const _FTAS = "FailedToAddSpaces";
const _FTFC = "FilterTextFieldControl";
const _FTI = "FieldTooltipItem";
const _FTRAC = "FailedToRemoveActionConnectors";
const _FTRS = "FailedToRemoveSpaces";
const _FTUA = "FailedToUpdateAssociation";
const _FTUAL = "FailedToUpdateAssociationList";
const _FTi = "FilterType";
const _FTo = "FormatType";
const _FTor = "FormatText";
const _FTu = "FunctionType";
const _FV = "FieldValue";
const _FVo = "FormatVersion";
const _FVr = "FromValue";
const _FW = "FieldWells";
const _FWo = "FontWeight";
const _Fa = "Favicon";
const _Fac = "Factors";
const _Fi = "Filters";
const _Fie = "Field";
const _Fil = "Filter";
const _File = "Files";
const _Fl = "Flow";
const _Fo = "Format";
const _Fol = "Folder";
const _Fon = "Font";
const _For = "Forecast";
const _Fore = "Foreground";
const _Fr = "From";
const _Fu = "Function";
const _G = "Gradient";
const _GA = "GenerativeAuthoring";
const _GAA = "GoogleAnalyticsAction";
const _GAC = "GenerativeAuthoringConfigurations";
const _GADS = "GoogleAnalyticsDataSource";
const _GAR = "GeneratedAnswerResult";
const _GAe = "GenerateAnalyses";
const _GAen = "GeneratedAnswer";
const _GAi = "GithubAction";
const _GAm = "GmailAction";
const _GAo = "GongAction";
const _GAr = "GroupArns";
const _GB = "GroupBy";
const _GBCN = "GroupByColumnNames";
const _GBL = "GroupByList";
const _GBQDS = "GoogleBigQueryDataSource";
const _GC = "GeospatialColor";
const _GCA = "GoogleCalendarAction";
const _GCACF = "GaugeChartArcConditionalFormatting";
const _GCAo = "GoogleChatAction";
const _GCB = "GeospatialCoordinateBounds";
const _GCC = "GaugeChartConfiguration";
const _GCCC = "GaugeChartColorConfiguration";
const _GCCF = "GaugeChartConditionalFormatting";
const _GCCFO = "GaugeChartConditionalFormattingOption";
const _GCCFOL = "GaugeChartConditionalFormattingOptionList";
const _GCCe = "GeospatialCategoricalColor";
const _GCCr = "GroupColorConfiguration";
const _GCDC = "GeospatialCategoricalDataColor";
const _GCDCL = "GeospatialCategoricalDataColorList";
const _GCFW = "GaugeChartFieldWells";
const _GCO = "GaugeChartOptions";
const _GCPVCF = "GaugeChartPrimaryValueConditionalFormatting";
const _GCR = "GeospatialCircleRadius";
const _GCSS = "GeospatialCircleSymbolStyle";
const _GCV = "GaugeChartVisual";
const _GCr = "GradientColor";
const _GDA = "GoogleDocsAction";
const _GDAo = "GoogleDriveAction";
const _GDEU = "GetDashboardEmbedUrl";
const _GDEUR = "GetDashboardEmbedUrlRequest";
const _GDEURe = "GetDashboardEmbedUrlResponse";
const _GDKB = "GoogleDriveKnowledgeBase";
const _GDP = "GoogleDriveParameters";
const _GDSI = "GeospatialDataSourceItem";
const _GEUFAU = "GenerateEmbedUrlForAnonymousUser";
const _GEUFAUR = "GenerateEmbedUrlForAnonymousUserRequest";
const _GEUFAURe = "GenerateEmbedUrlForAnonymousUserResponse";
const _GEUFRU = "GenerateEmbedUrlForRegisteredUser";
const _GEUFRUR = "GenerateEmbedUrlForRegisteredUserRequest";
const _GEUFRURe = "GenerateEmbedUrlForRegisteredUserResponse";
const _GEUFRUWI = "GenerateEmbedUrlForRegisteredUserWithIdentity";
const _GEUFRUWIR = "GenerateEmbedUrlForRegisteredUserWithIdentityRequest";
const _GEUFRUWIRe = "GenerateEmbedUrlForRegisteredUserWithIdentityResponse";
const _GFM = "GetFlowMetadata";
const _GFMI = "GetFlowMetadataInput";
const _GFMO = "GetFlowMetadataOutput";
const _GFP = "GetFlowPermissions";
const _GFPI = "GetFlowPermissionsInput";
const _GFPO = "GetFlowPermissionsOutput";
const _GGC = "GeospatialGradientColor";
const _GGSC = "GeospatialGradientStepColor";
const _GGSCL = "GeospatialGradientStepColorList";
const _GH = "GeocoderHierarchy";
const _GHC = "GeospatialHeatmapConfiguration";
const _GHCS = "GeospatialHeatmapColorScale";
const _GHDC = "GeospatialHeatmapDataColor";
const _GHDCL = "GeospatialHeatmapDataColorList";
const _GHDS = "GitHubDataSource";
const _GHTTPA = "GenericHTTPAction";
const _GIC = "GetIdentityContext";
const _GICR = "GetIdentityContextRequest";
const _GICRe = "GetIdentityContextResponse";
const _GIU = "GeneratedImageUrl";
const _GL = "GridLayout";
const _GLC = "GridLayoutConfiguration";
const _GLCF = "GeospatialLayerColorField";
const _GLCSO = "GridLayoutCanvasSizeOptions";
const _GLD = "GeospatialLayerDefinition";
const _GLDFL = "GeospatialLayerDimensionFieldList";
const _GLE = "GridLayoutElement";
const _GLEBS = "GridLayoutElementBackgroundStyle";
const _GLEBSr = "GridLayoutElementBorderStyle";
const _GLEL = "GridLayoutElementList";
const _GLI = "GeospatialLayerItem";
const _GLJD = "GeospatialLayerJoinDefinition";
const _GLL = "GeospatialLineLayer";
const _GLMC = "GeospatialLayerMapConfiguration";
const _GLMFL = "GeospatialLayerMeasureFieldList";
const _GLO = "GroupLabelOptions";
const _GLP = "GrantLinkPermissions";
const _GLS = "GeospatialLineStyle";
const _GLSCSO = "GridLayoutScreenCanvasSizeOptions";
const _GLSS = "GeospatialLineSymbolStyle";
const _GLV = "GridLineVisibility";
const _GLW = "GeospatialLineWidth";
const _GLr = "GroupList";
const _GM = "GroupMember";
const _GMA = "GoogleMeetAction";
const _GMAFW = "GeospatialMapAggregatedFieldWells";
const _GMC = "GeospatialMapConfiguration";
const _GMFW = "GeospatialMapFieldWells";
const _GML = "GroupMemberList";
const _GMLL = "GeospatialMapLayerList";
const _GMS = "GeospatialMapState";
const _GMSO = "GeospatialMapStyleOptions";
const _GMSe = "GeospatialMapStyle";
const _GMV = "GeospatialMapVisual";
const _GN = "GroupName";
const _GNC = "GroupNameColumn";
const _GNDS = "GeospatialNullDataSettings";
const _GNSS = "GeospatialNullSymbolStyle";
const _GNl = "GlobalNavbar";
const _GO = "GradientOffset";
const _GP = "GeocodingPreferences";
const _GPL = "GeospatialPointLayer";
const _GPLe = "GeospatialPolygonLayer";
const _GPLeo = "GeocodePreferenceList";
const _GPS = "GeospatialPointStyle";
const _GPSO = "GeospatialPointStyleOptions";
const _GPSS = "GeospatialPolygonSymbolStyle";
const _GPSe = "GeospatialPolygonStyle";
const _GPV = "GeocodePreferenceValue";
const _GPe = "GeocodePreference";
const _GPr = "GrantPermissions";
const _GQA = "GenerativeQnA";
const _GR = "GeographicRole";
const _GRC = "GrowthRateComputation";
const _GRe = "GeographicalRole";
const _GRr = "GrowthRate";
const _GS = "GroupingSeparator";
const _GSA = "GoogleSheetsAction";
const _GSAo = "GoogleSlidesAction";
const _GSC = "GeospatialSolidColor";
const _GSCG = "GeoSpatialColumnGroup";
const _GSDS = "GoogleSheetsDataSource";
const _GSEU = "GetSessionEmbedUrl";
const _GSEUR = "GetSessionEmbedUrlRequest";
const _GSEURe = "GetSessionEmbedUrlResponse";
const _GSF = "GroupSearchFilter";
const _GSFL = "GroupSearchFilterList";
const _GSFS = "GeospatialStaticFileSource";
const _GSL = "GradientStopList";
const _GSr = "GradientStop";
const _GSro = "GroupingStyle";
const _GSu = "GutterStyle";
const _GSut = "GutterSpacing";
const _GTBO = "GlobalTableBorderOptions";
const _GV = "GutterVisibility";
const _GWO = "GeospatialWindowOptions";
const _Ge = "Geospatial";
const _Go = "Governance";
const _Gr = "Group";
const _Gra = "Granularity";
const _Gri = "Grid";
const _Gro = "Groups";
const _Gu = "Gutter";
const _H = "Host";
const _HA = "HubspotAction";
const _HAFW = "HistogramAggregatedFieldWells";
const _HBO = "HistogramBinOptions";
const _HC = "HeatmapColor";
const _HCe = "HeatmapConfiguration";
const _HCi = "HistogramConfiguration";
const _HD = "HierarchyDropdown";
const _HF = "HierarchyFilter";
const _HFA = "HuggingFaceAction";
const _HFDDC = "HierarchyFilterDropDownControl";
const _HFDDCDO = "HierarchyFilterDropDownControlDisplayOptions";
const _HFL = "HierarchyFilterLevel";
const _HFLC = "HierarchyFilterListControl";
const _HFLCDO = "HierarchyFilterListControlDisplayOptions";
const _HFLCSO = "HierarchyFilterListControlSearchOptions";
const _HFLL = "HierarchyFilterLevelList";
const _HFN = "HierarchyFilterNode";
const _HFNL = "HierarchyFilterNodeList";
const _HFSC = "HeaderFooterSectionConfiguration";
const _HFSCL = "HeaderFooterSectionConfigurationList";
const _HFV = "HierarchyFilterValue";
const _HFW = "HistogramFieldWells";
const _HGIA = "HGInsightsAction";
const _HI = "HierarchyId";
const _HL = "HierarchyList";
const _HLi = "HierarchyLevels";
const _HMAFW = "HeatMapAggregatedFieldWells";
const _HMC = "HeatMapConfiguration";
const _HMCILC = "HeatMapColumnItemsLimitConfiguration";
const _HMCS = "HeatMapColumnSort";
const _HMDFL = "HeatMapDimensionFieldList";
const _HMFL = "HistogramMeasureFieldList";
const _HMFW = "HeatMapFieldWells";
const _HMMFL = "HeatMapMeasureFieldList";
const _HMRILC = "HeatMapRowItemsLimitConfiguration";
const _HMRS = "HeatMapRowSort";
const _HMSC = "HeatMapSortConfiguration";
const _HMV = "HeatMapVisual";
const _HP = "HorizontalPosition";
const _HS = "HeaderSections";
const _HSe = "HeaderStyle";
const _HT = "HierarchyTree";
const _HTA = "HorizontalTextAlignment";
const _HTV = "HelperTextVisibility";
const _HV = "HierarchyValues";
const _HVL = "HierarchyValuesList";
const _HVi = "HistogramVisual";
const _He = "Height";
const _Hei = "Height64";
const _Heig = "Height32";
const _I = "Interactions";
const _IA = "InvalidAnswers";
const _IAAII = "InvokeAppsAIInference";
const _IAD = "IncludeAllDependencies";
const _IAMCM = "IAMConnectionMetadata";
const _IAMICIA = "IAMIdentityCenterInstanceArn";
const _IAMP = "IAMParameters";
const _IAMPA = "IAMPolicyAssignment";
const _IAMPAS = "IAMPolicyAssignmentSummary";
const _IAMPASL = "IAMPolicyAssignmentSummaryList";
const _IAMPAo = "IAMPolicyAssignments";
const _IAMU = "IAMUser";
const _IAa = "IamArn";
const _IAn = "IntercomAction";
const _IAng = "IngestionArn";
const _IC = "InputColumns";
const _ICA = "ImageCustomAction";
const _ICAL = "ImageCustomActionList";
const _ICAO = "ImageCustomActionOperation";
const _ICAOL = "ImageCustomActionOperationList";
const _ICAT = "ImageContentAltText";
const _ICC = "IdentityCenterConfiguration";
const _ICI = "InlineCustomInstruction";
const _ICISRE = "IncludeContentInScheduledReportsEmail";
const _ICIT = "InlineCustomInstructionText";
const _ICL = "InputColumnList";
const _ICM = "IamConnectionMetadata";
const _ICN = "InputColumnName";
const _ICm = "ImageConfiguration";
const _ICn = "InputColumn";
const _ICns = "InsightConfiguration";
const _IDCKB = "IDCKnowledgeBase";
const _IDI = "InitialDashboardId";
const _IDO = "IconDisplayOption";
const _IDP = "IntegerDatasetParameter";
const _IDPDV = "IntegerDatasetParameterDefaultValues";
const _IDS = "ImpalaDataSource";
const _IDSPVE = "InvalidDataSetParameterValueException";
const _IDV = "IntegerDefaultValues";
const _IDVI = "InitialDashboardVisualId";
const _IDVL = "IntegerDefaultValueList";
const _IE = "IsEnabled";
const _IEC = "ImageExtractionConfiguration";
const _IENOFIF = "IsEmailNotificationOptedForIngestionFailures";
const _IET = "InboundEmailTrigger";
const _IF = "InnerFilter";
const _IFE = "InternalFailureException";
const _IFM = "IncludeFolderMemberships";
const _IFMn = "IncludeFolderMembers";
const _IGA = "IncludeGeneratedAnswer";
const _IH = "IsHidden";
const _IHn = "InnerHorizontal";
const _II = "IconId";
const _IICAA = "IamIdentityCenterApplicationArn";
const _IICIA = "IamIdentityCenterInstanceArn";
const _IIIT = "IsIncludedInTopic";
const _IILO = "InfoIconLabelOptions";
const _IIO = "ImageInteractionOptions";
const _IIP = "IncludeInputPayload";
const _IIS = "IncludeInnerSet";
const _IIT = "InfoIconText";
const _IIn = "IngestionId";
const _IIns = "InstanceId";
const _IL = "ItemsLimit";
const _ILC = "InteractiveLayoutConfiguration";
const _ILCt = "ItemsLimitConfiguration";
const _IM = "ImportMode";
const _IMO = "ImageMenuOption";
const _IMd = "IdentityMap";
const _IMn = "IncludeMinimum";
const _IMnc = "IncludeMaximum";
const _INTE = "InvalidNextTokenException";
const _INV = "IncludeNullValue";
const _IO = "IconOptions";
const _IOP = "IncludeOutputPayload";
const _IP = "IncludePermissions";
const _IPCACBSU = "IdentityProviderCACertificatesBundleS3Uri";
const _IPD = "IntegerParameterDeclaration";
const _IPE = "InvalidParameterException";
const _IPL = "IntegerParameterList";
const _IPRU = "IdentityProviderResourceUri";
const _IPVCP = "IdentityProviderVpcConnectionProperties";
const _IPVE = "InvalidParameterValueException";
const _IPm = "ImpalaParameters";
const _IPn = "InputPayload";
const _IPni = "InitialPath";
const _IPnt = "IntegerParameter";
const _IPnte = "IntegerParameters";
const _IQSQI = "IncludeQuickSightQIndex";
const _IR = "IncrementalRefresh";
const _IRE = "InvalidRequestException";
const _IRRM = "IpRestrictionRuleMap";
const _IS = "IconSet";
const _ISC = "ImageSetConfiguration";
const _ISE = "InternalServerException";
const _ISF = "ImageStaticFile";
const _ISIB = "IngestionSizeInBytes";
const _IST = "IconSetType";
const _ISV = "IntegerStaticValues";
const _ISd = "IdentityStore";
const _ISm = "ImageScaling";
const _ISma = "ImageSet";
const _ISmag = "ImageSource";
const _ISn = "IngestionStatus";
const _IT = "IncludeTags";
const _ITI = "InitialTopicId";
const _ITIS = "IngestionTimeInSeconds";
const _ITNSE = "IdentityTypeNotSupportedException";
const _ITO = "ImportTableOperation";
const _ITOS = "ImportTableOperationSource";
const _ITRA = "InvalidTopicReviewedAnswer";
const _ITRAn = "InvalidTopicReviewedAnswers";
const _ITS = "ImportTableStep";
const _ITd = "IdentityType";
const _ITn = "IngestionType";
const _ITns = "InstructionText";
const _IV = "IntegerValues";
const _IVWUC = "IntegerValueWhenUnsetConfiguration";
const _IVn = "InsightVisual";
const _IVnn = "InnerVertical";
const _Ic = "Icon";
const _Id = "Identities";
const _Id_ = "Id";
const _Ide = "Identity";
const _Iden = "Identifier";
const _Im = "Image";
const _Ima = "Images";
const _In = "Info";
const _Inc = "Inclusive";
const _Ing = "Ingestion";
const _Inge = "Ingestions";
const _Ins = "Insight";
const _Int = "Interval";
const _Inv = "Inverse";
const _Ir = "Ir";
const _JA = "JiraAction";
const _JD = "JoinDefinition";
const _JDS = "JiraDataSource";
const _JI = "JobId";
const _JIo = "JoinInstruction";
const _JKP = "JoinKeyProperties";
const _JO = "JoinOperation";
const _JOOC = "JoinOperationOnClause";
const _JOP = "JoinOperandProperties";
const _JP = "JiraParameters";
const _JS = "JobStatus";
const _JSo = "JoinStep";
const _K = "Key";
const _KA = "KeyArn";
const _KB = "KnowledgeBase";
const _KBA = "KnowledgeBaseArn";
const _KBC = "KnowledgeBaseConfiguration";
const _KBI = "KnowledgeBaseId";
const _KBIS = "KnowledgeBaseIngestionSummary";
const _KBIn = "KnowledgeBaseIds";
const _KBS = "KnowledgeBaseSummary";
const _KBSB = "KnowledgeBaseSizeBytes";
const _KBSBn = "KnowledgeBaseSortBy";
const _KBSF = "KnowledgeBaseSearchFilter";
const _KBSFn = "KnowledgeBaseSearchFilters";
const _KBSn = "KnowledgeBaseSummaries";
const _KKA = "KmsKeyArn";
const _KPC = "KeyPairCredentials";
const _KPIAVCF = "KPIActualValueConditionalFormatting";
const _KPIC = "KPIConfiguration";
const _KPICF = "KPIConditionalFormatting";
const _KPICFO = "KPIConditionalFormattingOption";
const _KPICFOL = "KPIConditionalFormattingOptionList";
const _KPICVCF = "KPIComparisonValueConditionalFormatting";
const _KPIFW = "KPIFieldWells";
const _KPIO = "KPIOptions";
const _KPIPBCF = "KPIProgressBarConditionalFormatting";
const _KPIPVCF = "KPIPrimaryValueConditionalFormatting";
const _KPISC = "KPISortConfiguration";
const _KPISO = "KPISparklineOptions";
const _KPIV = "KPIVisual";
const _KPIVLO = "KPIVisualLayoutOptions";
const _KPIVSL = "KPIVisualStandardLayout";
const _KPU = "KeyPairUsername";
const _KR = "KeyRegistration";
const _KTC = "KbTemplateConfiguration";
const _L = "Linear";
const _LA = "LinearAction";
const _LABEJ = "ListAssetBundleExportJobs";
const _LABEJR = "ListAssetBundleExportJobsRequest";
const _LABEJRi = "ListAssetBundleExportJobsResponse";
const _LABIJ = "ListAssetBundleImportJobs";
const _LABIJR = "ListAssetBundleImportJobsRequest";
const _LABIJRi = "ListAssetBundleImportJobsResponse";
const _LAC = "ListActionConnectors";
const _LACR = "ListActionConnectorsRequest";
const _LACRi = "ListActionConnectorsResponse";
const _LAM = "LabelActionMapping";
const _LAML = "LabelActionMappingList";
const _LAMa = "LabelActionMappings";
const _LAP = "ListApprovalPolicies";
const _LAPR = "ListApprovalPoliciesRequest";
const _LAPRi = "ListApprovalPoliciesResponse";
const _LAR = "ListAgentsRequest";
const _LARi = "ListAgentsResponse";
const _LARis = "ListAnalysesRequest";
const _LARist = "ListAnalysesResponse";
const _LARistp = "ListAppsRequest";
const _LARistpp = "ListAppsResponse";
const _LAi = "ListAggregation";
const _LAis = "ListAgents";
const _LAist = "ListAnalyses";
const _LAistp = "ListApps";
const _LAo = "LoadingAnimation";
const _LB = "LowerBoundary";
const _LBR = "ListBrandsRequest";
const _LBRi = "ListBrandsResponse";
const _LBi = "ListBrands";
const _LC = "LogoConfiguration";
const _LCA = "LayerCustomAction";
const _LCAFW = "LineChartAggregatedFieldWells";
const _LCAL = "LayerCustomActionList";
const _LCAO = "LayerCustomActionOperation";
const _LCAOL = "LayerCustomActionOperationList";
const _LCC = "LineChartConfiguration";
const _LCDO = "ListControlDisplayOptions";
const _LCDSS = "LineChartDefaultSeriesSettings";
const _LCFW = "LineChartFieldWells";
const _LCLSS = "LineChartLineStyleSettings";
const _LCMSS = "LineChartMarkerStyleSettings";
const _LCN = "LabelColumnName";
const _LCP = "ListCustomPermissions";
const _LCPR = "ListCustomPermissionsRequest";
const _LCPRi = "ListCustomPermissionsResponse";
const _LCSAO = "ListControlSelectAllOptions";
const _LCSC = "LineChartSortConfiguration";
const _LCSO = "ListControlSearchOptions";
const _LCSS = "LineChartSeriesSettings";
const _LCV = "LineChartVisual";
const _LCVA = "LastCredentialVerifiedAt";
const _LCa = "LabelContent";
const _LCab = "LabelColor";
const _LCabe = "LabelConfiguration";
const _LCay = "LayoutConfiguration";
const _LCi = "LineColor";
const _LCin = "LinkConfiguration";
const _LD = "LayerDefinition";
const _LDL = "LineDataLabels";
const _LDR = "ListDashboardsRequest";
const _LDRi = "ListDashboardsResponse";
const _LDS = "ListDataSets";
const _LDSI = "LinkedDataSourceIds";
const _LDSR = "ListDataSetsRequest";
const _LDSRi = "ListDataSetsResponse";
const _LDSRis = "ListDataSourcesRequest";
const _LDSRist = "ListDataSourcesResponse";
const _LDSRistl = "ListDlpSettingsRequest";
const _LDSRistlp = "ListDlpSettingsResponse";
const _LDSi = "ListDataSources";
const _LDSis = "ListDlpSettings";
const _LDV = "ListDashboardVersions";
const _LDVR = "ListDashboardVersionsRequest";
const _LDVRi = "ListDashboardVersionsResponse";
const _LDi = "ListDashboards";
const _LE = "LinkEntities";
const _LEE = "LimitExceededException";
const _LF = "ListFlows";
const _LFC = "LabelFontConfiguration";
const _LFCi = "ListFilterCondition";
const _LFFR = "ListFoldersForResource";
const _LFFRR = "ListFoldersForResourceRequest";
const _LFFRRi = "ListFoldersForResourceResponse";
const _LFI = "ListFlowsInput";
const _LFM = "ListFolderMembers";
const _LFMR = "ListFolderMembersRequest";
const _LFMRi = "ListFolderMembersResponse";
const _LFO = "ListFlowsOutput";
const _LFR = "ListFoldersRequest";
const _LFRi = "ListFoldersResponse";
const _LFT = "LongFormatText";
const _LFi = "ListFolders";
const _LG = "ListGroups";
const _LGM = "ListGroupMemberships";
const _LGMR = "ListGroupMembershipsRequest";
const _LGMRi = "ListGroupMembershipsResponse";
const _LGR = "ListGroupsRequest";
const _LGRi = "ListGroupsResponse";
const _LI = "LayerId";
const _LIAMPA = "ListIAMPolicyAssignments";
const _LIAMPAFU = "ListIAMPolicyAssignmentsForUser";
const _LIAMPAFUR = "ListIAMPolicyAssignmentsForUserRequest";
const _LIAMPAFURi = "ListIAMPolicyAssignmentsForUserResponse";
const _LIAMPAR = "ListIAMPolicyAssignmentsRequest";
const _LIAMPARi = "ListIAMPolicyAssignmentsResponse";
const _LIPC = "ListIdentityPropagationConfigs";
const _LIPCR = "ListIdentityPropagationConfigsRequest";
const _LIPCRi = "ListIdentityPropagationConfigsResponse";
const _LIR = "ListIngestionsRequest";
const _LIRi = "ListIngestionsResponse";
const _LIS = "LatestIngestionSummary";
const _LIa = "LabelId";
const _LIi = "LineInterpolation";
const _LIis = "ListIngestions";
const _LJKP = "LeftJoinKeyProperties";
const _LKB = "ListKnowledgeBases";
const _LKBR = "ListKnowledgeBasesRequest";
const _LKBRi = "ListKnowledgeBasesResponse";
const _LL = "LineLayer";
const _LLP = "ListLimitsProfiles";
const _LLPR = "ListLimitsProfilesRequest";
const _LLPRi = "ListLimitsProfilesResponse";
const _LLa = "LayoutList";
const _LMV = "LayerMapVisual";
const _LN = "LastName";
const _LNC = "LocalNavigationConfiguration";
const _LNO = "LastNextOffset";
const _LNR = "ListNamespacesRequest";
const _LNRi = "ListNamespacesResponse";
const _LNa = "LabelName";
const _LNi = "ListNamespaces";
const _LO = "LabelOptions";
const _LOACA = "ListOAuthClientApplications";
const _LOACAR = "ListOAuthClientApplicationsRequest";
const _LOACARi = "ListOAuthClientApplicationsResponse";
const _LOP = "LeftOperandProperties";
const _LOe = "LeftOperand";
const _LOeg = "LegendOptions";
const _LP = "LimitsProfile";
const _LPA = "LastPublishedAt";
const _LPB = "LastPublishedBy";
const _LPL = "LimitsProfileList";
const _LPT = "LastPublishedTime";
const _LPU = "LoginPageUrl";
const _LRM = "ListRoleMemberships";
const _LRMR = "ListRoleMembershipsRequest";
const _LRMRi = "ListRoleMembershipsResponse";
const _LRS = "ListRefreshSchedules";
const _LRSR = "ListRefreshSchedulesRequest";
const _LRSRi = "ListRefreshSchedulesResponse";
const _LS = "LineStyle";
const _LSADO = "LineSeriesAxisDisplayOptions";
const _LSC = "LinkSharingConfiguration";
const _LSCo = "LogoSetConfiguration";
const _LSR = "ListSpacesRequest";
const _LSRR = "ListSpaceResourcesRequest";
const _LSRRi = "ListSpaceResourcesResponse";
const _LSRi = "ListSpacesResponse";
const _LSRis = "ListSpaceResources";
const _LSS = "LimitedSensitiveString";
const _LSSi = "LineStyleSettings";
const _LSSin = "LineSymbolStyle";
const _LSU = "ListSelfUpgrades";
const _LSUR = "ListSelfUpgradesRequest";
const _LSURi = "ListSelfUpgradesResponse";
const _LSi = "ListSpaces";
const _LSo = "LogoSet";
const _LT = "LayerType";
const _LTA = "ListTemplateAliases";
const _LTAR = "ListTemplateAliasesRequest";
const _LTARi = "ListTemplateAliasesResponse";
const _LTARis = "ListThemeAliasesRequest";
const _LTARist = "ListThemeAliasesResponse";
const _LTAi = "ListThemeAliases";
const _LTDSC = "LinkToDataSetColumn";
const _LTFC = "LegendTitleFontConfiguration";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTM = "LogicalTableMap";
const _LTR = "ListTemplatesRequest";
const _LTRA = "ListTopicReviewedAnswers";
const _LTRAR = "ListTopicReviewedAnswersRequest";
const _LTRARi = "ListTopicReviewedAnswersResponse";
const _LTRS = "ListTopicRefreshSchedules";
const _LTRSR = "ListTopicRefreshSchedulesRequest";
const _LTRSRi = "ListTopicRefreshSchedulesResponse";
const _LTRi = "ListTemplatesResponse";
const _LTRis = "ListThemesRequest";
const _LTRist = "ListThemesResponse";
const _LTRisto = "ListTopicsRequest";
const _LTRistop = "ListTopicsResponse";
const _LTS = "LogicalTableSource";
const _LTV = "ListTemplateVersions";
const _LTVR = "ListTemplateVersionsRequest";
const _LTVRi = "ListTemplateVersionsResponse";
const _LTVRis = "ListThemeVersionsRequest";
const _LTVRist = "ListThemeVersionsResponse";
const _LTVRisto = "ListTopicsV2Request";
const _LTVRistop = "ListTopicsV2Response";
const _LTVi = "ListThemeVersions";
const _LTVis = "ListTopicsV2";
const _LTi = "LinkText";
const _LTis = "ListTemplates";
const _LTist = "ListThemes";
const _LTisto = "ListTopics";
const _LTo = "LogicalTable";
const _LU = "LinkUrl";
const _LUB = "LastUpdatedBy";
const _LUG = "ListUserGroups";
const _LUGR = "ListUserGroupsRequest";
const _LUGRi = "ListUserGroupsResponse";
const _LUIC = "ListUsersIndexCapacity";
const _LUICR = "ListUsersIndexCapacityRequest";
const _LUICRi = "ListUsersIndexCapacityResponse";
const _LUR = "ListUsersRequest";
const _LURi = "ListUsersResponse";
const _LUT = "LastUpdatedTime";
const _LUi = "ListUsers";
const _LV = "LineValues";
const _LVFC = "LegendValueFontConfiguration";
const _LVN = "LatestVersionNumber";
const _LVPCC = "ListVPCConnections";
const _LVPCCR = "ListVPCConnectionsRequest";
const _LVPCCRi = "ListVPCConnectionsResponse";
const _LVa = "LabelVisibility";
const _LVi = "LineVisibility";
const _LVin = "LinkVisibility";
const _LW = "LineWidth";
const _LWo = "LookbackWindow";
const _La = "Layout";
const _Lab = "Label";
const _Lat = "Latitude";
const _Lay = "Layouts";
const _Le = "Legend";
const _Lef = "Left";
const _Li = "Limit";
const _Lis = "List";
const _Lo = "Logarithmic";
const _Log = "Logo";
const _Lon = "Longitude";
const _M = "Message";
const _MA = "MondayAction";
const _MADS = "MongoAtlasDataSource";
const _MAF = "MeasureAggregationFunction";
const _MAV = "MatchAllValue";
const _MAe = "MemberArn";
const _MAo = "MoodysAction";
const _MC = "MetricComparison";
const _MCC = "MetricComparisonComputation";
const _MCPA = "MCPAction";
const _MCa = "MaxContributors";
const _MCar = "MarkerColor";
const _MDC = "MissingDataConfigurations";
const _MDCL = "MissingDataConfigurationList";
const _MDCi = "MissingDataConfiguration";
const _MDDS = "MariaDbDataSource";
const _MDDSo = "MongoDbDataSource";
const _MDLS = "MeasureDataLabelStyle";
const _MDP = "MariaDbParameters";
const _MDSP = "MappedDataSetParameters";
const _MDSPa = "MappedDataSetParameter";
const _MDV = "MissingDateVisibility";
const _MEC = "MediaExtractionConfiguration";
const _MF = "MeasureField";
const _MFI = "MeasureFieldId";
const _MFL = "ManifestFileLocation";
const _MFLe = "MetadataFilesLocation";
const _MFLea = "MeasureFieldList";
const _MFe = "MeasureForeground";
const _MG = "MinimumGranularity";
const _MHCS = "MetricHeaderCellStyle";
const _MI = "MemberId";
const _MIAP = "MemberIdArnPair";
const _MIe = "MetricId";
const _ML = "MapLayers";
const _MLT = "MinimumLabelType";
const _MLTa = "MaximumLabelType";
const _MLV = "MeasureLabelVisibility";
const _MLe = "MembersList";
const _MM = "MinMax";
const _MMC = "MaximumMinimumComputation";
const _MMG = "MinMaxGradient";
const _MMa = "MaximumMinimum";
const _MN = "MemberName";
const _MNa = "MapNavigation";
const _MO = "MatchOperator";
const _MOe = "MetricOperand";
const _MP = "MetricPlacement";
const _MPC = "MicrosoftPurviewCredentials";
const _MPI = "ModelProfileId";
const _MPPC = "MicrosoftPurviewProviderConfig";
const _MPi = "MicrosoftPurview";
const _MR = "MaxResults";
const _MRa = "MaxRows";
const _MS = "MapState";
const _MSDS = "MySqlDataSource";
const _MSEA = "MSExchangeAction";
const _MSF = "ManageSharedFolders";
const _MSL = "MaximumStringLength";
const _MSO = "MapStyleOptions";
const _MSP = "MySqlParameters";
const _MSS = "MarkerStyleSettings";
const _MSTA = "MSTeamsAction";
const _MSa = "MapStyle";
const _MSar = "MarkerShape";
const _MSarg = "MarginStyle";
const _MSark = "MarkerSize";
const _MSo = "MoverSize";
const _MT = "MemberType";
const _MTTC = "MaxTopicsToConsider";
const _MV = "MaximumValue";
const _MVC = "MaxVisibleColumns";
const _MVM = "MaxValueMarker";
const _MVMi = "MinValueMarker";
const _MVR = "MaxVisibleRows";
const _MVa = "MarkerVisibility";
const _MVi = "MinimumValue";
const _MZM = "MapZoomMode";
const _Ma = "Max";
const _Mar = "Margin";
const _Max = "Maximum";
const _Me = "Measure";
const _Mea = "Measures";
const _Mem = "Members";
const _Met = "Metric";
const _Metr = "Metrics";
const _Mi = "Min";
const _Min = "Minimum";
const _Mir = "Mir";
const _Mo = "Mode";
const _N = "Name";
const _NA = "NotionAction";
const _NAA = "NotAllowedAggregations";
const _NAF = "NumericalAggregationFunction";
const _NAIF = "NeverAggregateInFilter";
const _NAO = "NumericAxisOptions";
const _NAo = "NonAdditive";
const _NBC = "NegativeBarColor";
const _NC = "NegativeColor";
const _NCI = "NewColumnId";
const _NCM = "NoneConnectionMetadata";
const _NCN = "NewColumnName";
const _NCT = "NewColumnType";
const _NDF = "NumericalDimensionField";
const _NDFC = "NumberDisplayFormatConfiguration";
const _NDM = "NoDataMessage";
const _NDS = "NullDataSettings";
const _NDV = "NullDataVisibility";
const _NDVe = "NewDefaultValues";
const _NE = "NotificationEmail";
const _NED = "NamedEntityDefinition";
const _NEDDF = "NumericEqualityDrillDownFilter";
const _NEDM = "NamedEntityDefinitionMetric";
const _NEDa = "NamedEntityDefinitions";
const _NEF = "NumericEqualityFilter";
const _NEN = "NamedEntityName";
const _NER = "NamedEntityRef";
const _NES = "NamedEntitySort";
const _NESL = "NamedEntitySortList";
const _NEa = "NamedEntities";
const _NEam = "NamespaceError";
const _NEame = "NamedEntity";
const _NF = "NegativeFormat";
const _NFC = "NumericFormatConfiguration";
const _NFCu = "NumericFilterCondition";
const _NFCum = "NumberFormatConfiguration";
const _NFT = "NullFilterType";
const _NFe = "NestedFilter";
const _NFu = "NullFilter";
const _NI = "NetworkInterface";
const _NII = "NetworkInterfaceId";
const _NIL = "NetworkInterfaceList";
const _NIV = "NamespaceInfoV2";
const _NIe = "NetworkInterfaces";
const _NMF = "NumericalMeasureField";
const _NO = "NullOption";
const _NOa = "NavigationOperation";
const _NP = "NewPrompt";
const _NPN = "NewParameterName";
const _NRA = "NewRelicAction";
const _NRF = "NumericRangeFilter";
const _NRFV = "NumericRangeFilterValue";
const _NRV = "NonRepeatingVisuals";
const _NS = "NullString";
const _NSC = "NumericSeparatorConfiguration";
const _NSa = "NavbarStyle";
const _NSu = "NumberScale";
const _NT = "NextToken";
const _NV = "NewValue";
const _NVC = "NullValueColor";
const _NVCe = "NegativeValueConfiguration";
const _NVFC = "NullValueFormatConfiguration";
const _Na = "Namespace";
const _Nam = "Namespaces";
const _Nar = "Narrative";
const _No = "North";
const _O = "Operator";
const _OAAEU = "OAuthAuthorizationEndpointUrl";
const _OACA = "OAuthClientApplication";
const _OACAI = "OAuthClientApplicationId";
const _OACAS = "OAuthClientApplicationSummary";
const _OACASL = "OAuthClientApplicationSummaryList";
const _OACAT = "OAuthClientAuthenticationType";
const _OACAu = "OAuthClientApplications";
const _OACC = "OAuthClientCredentials";
const _OACI = "OAuthClientId";
const _OACS = "OAuthClientSecret";
const _OAP = "OAuthParameters";
const _OAPIA = "OpenAPIAction";
const _OAS = "OAuthScopes";
const _OASu = "OAuthScope";
const _OATEU = "OAuthTokenEndpointUrl";
const _OAU = "OAuthUsername";
const _OC = "OutputColumns";
const _OCHV = "OverflowColumnHeaderVisibility";
const _OCL = "OutputColumnList";
const _OCN = "OutputColumnName";
const _OCNO = "OutputColumnNameOverrides";
const _OCNOL = "OutputColumnNameOverrideList";
const _OCNOu = "OutputColumnNameOverride";
const _OCn = "OnClause";
const _OCt = "OtherCategories";
const _OCu = "OutputColumn";
const _ODA = "OneDriveAction";
const _ODCC = "OneDriveClientCredentials";
const _ODKB = "OneDriveKnowledgeBase";
const _ODP = "OneDriveParameters";
const _ODPO = "OverrideDatasetParameterOperation";
const _ODS = "OracleDataSource";
const _OF = "OperandField";
const _OFN = "OperandFieldName";
const _OK = "ObjectKey";
const _OL = "OperandList";
const _ONA = "OneNoteAction";
const _OP = "OverrideParameters";
const _OPr = "OracleParameters";
const _OPu = "OutputPayload";
const _OPv = "OverridePermissions";
const _OR = "OriginalRole";
const _OS = "OutputStyle";
const _OSDS = "OpenSearchDataSource";
const _OT = "OverrideTags";
const _OV = "OutlierVisibility";
const _OVPW = "OptimizedViewPortWidth";
const _OVS = "OverrideValidationStrategy";
const _Of = "Offset";
const _Op = "Options";
const _Ope = "Operands";
const _Oper = "Operand";
const _Or = "Orientation";
const _Ord = "Order";
const _Ori = "Original";
const _Ov = "Overlap";
const _P = "Prefix";
const _PA = "PolicyArn";
const _PAe = "PercentileAggregation";
const _PAl = "PluginArn";
const _PB = "PeriodsBackward";
const _PBC = "PageBreakConfiguration";
const _PBCo = "PositiveBarColor";
const _PBO = "ProgressBarOptions";
const _PBX = "PasswordButtonXpath";
const _PBr = "ProgressBar";
const _PBri = "PrimaryBackground";
const _PC = "PaginationConfiguration";
const _PCAFW = "PieChartAggregatedFieldWells";
const _PCC = "PieChartConfiguration";
const _PCFW = "PieChartFieldWells";
const _PCI = "ParameterControlId";
const _PCL = "ParameterControlList";
const _PCSC = "PieChartSortConfiguration";
const _PCSO = "PaperCanvasSizeOptions";
const _PCV = "PieChartVisual";
const _PCa = "PanelConfiguration";
const _PCar = "ParameterControl";
const _PCara = "ParameterControls";
const _PCe = "PerformanceConfiguration";
const _PCi = "PivotConfiguration";
const _PCo = "PositiveColor";
const _PCos = "PostCode";
const _PCr = "ProviderConfig";
const _PCro = "ProjectedColumns";
const _PD = "ParameterDeclarations";
const _PDA = "PagerDutyAction";
const _PDAA = "PagerDutyAgentAction";
const _PDDC = "ParameterDropDownControl";
const _PDFC = "PercentageDisplayFormatConfiguration";
const _PDL = "ParameterDeclarationList";
const _PDS = "PrestoDataSource";
const _PDSRP = "PutDataSetRefreshProperties";
const _PDSRPR = "PutDataSetRefreshPropertiesRequest";
const _PDSRPRu = "PutDataSetRefreshPropertiesResponse";
const _PDSa = "ParentDataSet";
const _PDTPC = "ParameterDateTimePickerControl";
const _PDa = "ParameterDeclaration";
const _PF = "PeriodField";
const _PFA = "ParentFolderArn";
const _PFAR = "PrefixForAllResources";
const _PFO = "PinnedFieldOptions";
const _PFSO = "PivotFieldSortOptions";
const _PFSOL = "PivotFieldSortOptionsList";
const _PFUT = "PerformFlowUiTask";
const _PFX = "PasswordFieldXpath";
const _PFe = "PeriodsForward";
const _PFr = "PrimaryForeground";
const _PH = "PredefinedHierarchy";
const _PHCL = "PredefinedHierarchyColumnList";
const _PI = "PolicyId";
const _PIr = "ProjectId";
const _PIre = "PredictionInterval";
const _PIri = "PrincipalId";
const _PK = "PrivateKey";
const _PKP = "PrivateKeyPassphrase";
const _PL = "PointLayer";
const _PLC = "PaginatedLayoutConfiguration";
const _PLCa = "ParameterListControl";
const _PLF = "PinnedLeftFields";
const _PLL = "PivotedLabelList";
const _PLV = "ProfileLimitValue";
const _PLe = "PermissionsList";
const _PLi = "PivotedLabels";
const _PLiv = "PivotedLabel";
const _PLo = "PolygonLayer";
const _PM = "PersonalizationMode";
const _PMFL = "PivotMeasureFieldList";
const _PMa = "PaperMargin";
const _PMu = "PurchaseMode";
const _PN = "ParameterName";
const _PNME = "PreconditionNotMetException";
const _PNa = "PageNumber";
const _PNr = "PropertyName";
const _PO = "PresentationOrder";
const _POA = "ProviderOutageAction";
const _POAr = "PrimaryOwnerArn";
const _POP = "PeriodOverPeriod";
const _POPC = "PeriodOverPeriodComputation";
const _POU = "PrimaryOwnerUsername";
const _POa = "PaperOrientation";
const _POi = "PivotOperation";
const _POl = "PlaceholderOptions";
const _POr = "ProjectOperation";
const _POu = "PublishOption";
const _PP = "PrestoParameters";
const _PPDS = "PayPalDataSource";
const _PPe = "PermissionPolicy";
const _PQAR = "PredictQAResults";
const _PQARR = "PredictQAResultsRequest";
const _PQARRr = "PredictQAResultsResponse";
const _PR = "PrintReports";
const _PRO = "PaginatedReportOptions";
const _PRe = "PercentRange";
const _PRr = "PropertyRole";
const _PRri = "PrimaryResult";
const _PS = "PublishState";
const _PSC = "ParameterSliderControl";
const _PSDS = "PostgreSqlDataSource";
const _PSE = "PublicSharingEnabled";
const _PSO = "PointStyleOptions";
const _PSP = "PostgreSqlParameters";
const _PSS = "PolygonSymbolStyle";
const _PSV = "ParameterSelectableValues";
const _PSa = "PageSize";
const _PSap = "PaperSize";
const _PSe = "PeriodSize";
const _PSi = "PivotStep";
const _PSr = "ProjectStep";
const _PT = "PlainText";
const _PTAC = "ParameterTextAreaControl";
const _PTAFW = "PivotTableAggregatedFieldWells";
const _PTC = "PivotTableConfiguration";
const _PTCCF = "PivotTableCellConditionalFormatting";
const _PTCF = "PivotTableConditionalFormatting";
const _PTCFO = "PivotTableConditionalFormattingOption";
const _PTCFOL = "PivotTableConditionalFormattingOptionList";
const _PTCFS = "PivotTableConditionalFormattingScope";
const _PTCFSL = "PivotTableConditionalFormattingScopeList";
const _PTD = "PeriodToDate";
const _PTDC = "PeriodToDateComputation";
const _PTDL = "PivotTableDimensionList";
const _PTDPO = "PivotTableDataPathOption";
const _PTDPOL = "PivotTableDataPathOptionList";
const _PTDPT = "PivotTableDataPathType";
const _PTFC = "ParameterTextFieldControl";
const _PTFCSO = "PivotTableFieldCollapseStateOption";
const _PTFCSOL = "PivotTableFieldCollapseStateOptionList";
const _PTFCST = "PivotTableFieldCollapseStateTarget";
const _PTFO = "PivotTableFieldOption";
const _PTFOL = "PivotTableFieldOptionList";
const _PTFOi = "PivotTableFieldOptions";
const _PTFSO = "PivotTableFieldSubtotalOptions";
const _PTFSOL = "PivotTableFieldSubtotalOptionsList";
const _PTFW = "PivotTableFieldWells";
const _PTG = "PeriodTimeGranularity";
const _PTI = "PhysicalTableId";
const _PTM = "PhysicalTableMap";
const _PTO = "PanelTitleOptions";
const _PTOi = "PivotTableOptions";
const _PTOiv = "PivotTotalOptions";
const _PTPRO = "PivotTablePaginatedReportOptions";
const _PTRLO = "PivotTableRowsLabelOptions";
const _PTSB = "PivotTableSortBy";
const _PTSC = "PivotTableSortConfiguration";
const _PTTO = "PivotTableTotalOptions";
const _PTV = "PivotTableVisual";
const _PTh = "PhysicalTable";
const _PTr = "ProviderType";
const _PTro = "ProductType";
const _PU = "PropertyUsage";
const _PUu = "PublicUrl";
const _PV = "PrimaryVisual";
const _PVC = "ParameterValueConfigurations";
const _PVCl = "PluginVisualConfiguration";
const _PVDT = "PrimaryValueDisplayType";
const _PVFC = "PrimaryValueFontConfiguration";
const _PVFW = "PluginVisualFieldWell";
const _PVFWl = "PluginVisualFieldWells";
const _PVILC = "PluginVisualItemsLimitConfiguration";
const _PVN = "PublishedVersionNumber";
const _PVO = "PluginVisualOptions";
const _PVP = "PluginVisualProperty";
const _PVPL = "PluginVisualPropertiesList";
const _PVR = "PercentVisibleRange";
const _PVSC = "PluginVisualSortConfiguration";
const _PVT = "ParameterValueType";
const _PVTQS = "PluginVisualTableQuerySort";
const _PVa = "ParentValue";
const _PVe = "PercentileValue";
const _PVl = "PluginVisual";
const _PVr = "PrimaryValue";
const _PWA = "PublishWithoutApproval";
const _PYADO = "PrimaryYAxisDisplayOptions";
const _PYALO = "PrimaryYAxisLabelOptions";
const _Pa = "Password";
const _Pad = "Padding";
const _Pal = "Palette";
const _Par = "Parameters";
const _Para = "Parameter";
const _Pat = "Path";
const _Patt = "Pattern";
const _Pe = "Period";
const _Per = "Permissions";
const _Perm = "Permission";
const _Pl = "Placeholder";
const _Pla = "Placement";
const _Po = "Port";
const _Pol = "Policy";
const _Poli = "Policies";
const _Pos = "Position";
const _Pr = "Properties";
const _Pre = "Preference";
const _Pri = "Principals";
const _Prim = "Primary";
const _Prin = "Principal";
const _Q = "Question";
const _QAAI = "QbsAwsAccountId";
const _QAQT = "QAQueryText";
const _QAR = "QAResult";
const _QARe = "QAResults";
const _QBA = "QuickBooksAction";
const _QBIE = "QBusinessInsightsEnabled";
const _QBIS = "QBusinessInsightsStatus";
const _QBKB = "QBusinessKnowledgeBase";
const _QBP = "QBusinessParameters";
const _QC = "QuickChat";
const _QDK = "QDataKey";
const _QDKA = "QDataKeyArn";
const _QDKT = "QDataKeyType";
const _QEM = "QueryExecutionMode";
const _QEO = "QueryExecutionOptions";
const _QET = "QuickEventTrigger";
const _QI = "QuestionId";
const _QIu = "QueueInfo";
const _QIue = "QueuedIngestion";
const _QSAO = "QuickSuiteActionsOption";
const _QSB = "QSearchBar";
const _QSC = "QuickSightConsole";
const _QSS = "QSearchStatus";
const _QSUNFE = "QuickSightUserNotFoundException";
const _QT = "QuestionText";
const _QTu = "QueryText";
const _QU = "QuestionUrl";
const _Qu = "Query";
const _R = "Range";
const _RA = "RoleArn";
const _RAC = "ReadAuthConfig";
const _RACGCD = "ReadAuthorizationCodeGrantCredentialsDetails";
const _RACGD = "ReadAuthorizationCodeGrantDetails";
const _RACGM = "ReadAuthorizationCodeGrantMetadata";
const _RACO = "RowAlternateColorOptions";
const _RACo = "RowAlternateColors";
const _RADDS = "RedshiftAutoDiscoveredDataSource";
const _RADO = "RowAxisDisplayOptions";
const _RAM = "ReadAuthenticationMetadata";
const _RAPIKCM = "ReadAPIKeyConnectionMetadata";
const _RAR = "RestoreAnalysisRequest";
const _RARe = "RestoreAnalysisResponse";
const _RAe = "RefreshArn";
const _RAep = "RepeatAt";
const _RAes = "ResourceArns";
const _RAeso = "ResourceArn";
const _RAest = "RestoreAnalysis";
const _RAo = "RotationAngle";
const _RBACM = "ReadBasicAuthConnectionMetadata";
const _RC = "RepeatConfiguration";
const _RCAFW = "RadarChartAggregatedFieldWells";
const _RCASS = "RadarChartAreaStyleSettings";
const _RCC = "RadarChartConfiguration";
const _RCCD = "ReadClientCredentialsDetails";
const _RCCFL = "RadarChartCategoryFieldList";
const _RCCFLa = "RadarChartColorFieldList";
const _RCCGD = "ReadClientCredentialsGrantDetails";
const _RCCGM = "ReadClientCredentialsGrantMetadata";
const _RCFW = "RadarChartFieldWells";
const _RCMK = "RegisteredCustomerManagedKey";
const _RCO = "RenameColumnOperation";
const _RCOL = "RenameColumnOperationList";
const _RCOe = "RenameColumnsOperation";
const _RCOen = "RenameColumnOperations";
const _RCS = "RenameColumnsStep";
const _RCSC = "RadarChartSortConfiguration";
const _RCSS = "RadarChartSeriesSettings";
const _RCV = "RadarChartVisual";
const _RCVFL = "RadarChartValuesFieldList";
const _RCa = "RangeConstant";
const _RCe = "RefreshConfiguration";
const _RCu = "RunCount";
const _RD = "RollingDate";
const _RDC = "RollingDateConfiguration";
const _RDF = "RelativeDatesFilter";
const _RDFF = "RelativeDateFilterFunction";
const _RDFe = "RelativeDateFilter";
const _RDS = "RdsDataSource";
const _RDSa = "RadiantDataSource";
const _RDT = "RelativeDateTime";
const _RDTCDO = "RelativeDateTimeControlDisplayOptions";
const _RDTe = "RelativeDateType";
const _RDV = "RelativeDateValue";
const _RDe = "RefreshDetails";
const _RDes = "ResourceDetails";
const _RDese = "ResetDisabled";
const _RDo = "RowsDropped";
const _RE = "RollbackErrors";
const _REE = "ResourceExistsException";
const _RELT = "RangeEndsLabelType";
const _RF = "RefreshFrequency";
const _RFC = "RangeFilterCondition";
const _RFCe = "RefreshFailureConfiguration";
const _RFEA = "RefreshFailureEmailAlert";
const _RFFA = "RestorationFailedFolderArns";
const _RFNS = "RowFieldNamesStyle";
const _RG = "ReaderGroup";
const _RHS = "RowHeaderStyle";
const _RI = "RequestId";
const _RIAMP = "RedshiftIAMParameters";
const _RICM = "ReadIamConnectionMetadata";
const _RIOC = "ResourceIdOverrideConfiguration";
const _RIe = "RefreshId";
const _RIo = "RowIndex";
const _RIow = "RowInfo";
const _RIows = "RowsIngested";
const _RJKP = "RightJoinKeyProperties";
const _RK = "RequestKey";
const _RL = "ReferenceLines";
const _RLCLC = "ReferenceLineCustomLabelConfiguration";
const _RLDC = "ReferenceLineDataConfiguration";
const _RLDDC = "ReferenceLineDynamicDataConfiguration";
const _RLL = "ReferenceLineList";
const _RLLC = "ReferenceLineLabelConfiguration";
const _RLM = "ResourceLimitsMap";
const _RLO = "RowLabelOptions";
const _RLOo = "RowsLabelOptions";
const _RLP = "RevokeLinkPermissions";
const _RLPC = "RowLevelPermissionConfiguration";
const _RLPDS = "RowLevelPermissionDataSet";
const _RLPDSM = "RowLevelPermissionDataSetMap";
const _RLPT = "RowLevelPermissionTags";
const _RLPTC = "RowLevelPermissionTagConfiguration";
const _RLPTCA = "RowLevelPermissionTagConfigurationApplied";
const _RLPTK = "RowLevelPermissionTagKeys";
const _RLPTR = "RowLevelPermissionTagRule";
const _RLPTRCL = "RowLevelPermissionTagRuleConfigurationList";
const _RLPTRL = "RowLevelPermissionTagRuleList";
const _RLSC = "ReferenceLineStyleConfiguration";
const _RLSDC = "ReferenceLineStaticDataConfiguration";
const _RLVLC = "ReferenceLineValueLabelConfiguration";
const _RLe = "ResponseLength";
const _RLef = "ReferenceLine";
const _RLo = "RowsLayout";
const _RM = "RangeMinimum";
const _RMDS = "RedshiftManualDataSource";
const _RMV = "RangeMinimumValue";
const _RMVa = "RangeMaximumValue";
const _RMa = "RangeMaximum";
const _RN = "RequestNote";
const _RNCM = "ReadNoneConnectionMetadata";
const _RNFE = "ResourceNotFoundException";
const _RNe = "ResourceName";
const _RO = "ResizeOption";
const _ROD = "RefreshOnDay";
const _ROP = "RightOperandProperties";
const _ROa = "RankOrder";
const _ROi = "RightOperand";
const _RP = "RdsParameters";
const _RPG = "ReaderProGroup";
const _RPL = "ResourcePermissionList";
const _RPe = "RedshiftParameters";
const _RPel = "RelativePosition";
const _RPes = "ResourcePermission";
const _RPev = "RevokePermissions";
const _RR = "ReserveRange";
const _RRe = "RenderingRules";
const _RRem = "RemoveResources";
const _RReq = "RequestedRole";
const _RS = "RefreshSchedules";
const _RSC = "RecentSnapshotsConfigurations";
const _RSF = "RenameSharedFolders";
const _RSL = "RowSortList";
const _RSO = "RowSubtotalOptions";
const _RSe = "RefreshSchedule";
const _RSec = "RecentSnapshots";
const _RSef = "RefreshStatus";
const _RSeq = "RequestSource";
const _RSequ = "RequestStatus";
const _RSes = "ResourceStatus";
const _RSesu = "ResultSize";
const _RSo = "RowSpan";
const _RSow = "RowSort";
const _RT = "ResourceType";
const _RTF = "RestoreToFolders";
const _RTO = "RowTotalOptions";
const _RTe = "RequestType";
const _RTef = "RefreshType";
const _RTel = "RelationalTable";
const _RTes = "ResultType";
const _RTi = "RichText";
const _RTo = "RoleType";
const _RU = "RedirectUrl";
const _RUCFC = "RegisteredUserConsoleFeatureConfigurations";
const _RUDEC = "RegisteredUserDashboardEmbeddingConfiguration";
const _RUDFC = "RegisteredUserDashboardFeatureConfigurations";
const _RUDVEC = "RegisteredUserDashboardVisualEmbeddingConfiguration";
const _RUE = "ResourceUnavailableException";
const _RUEEC = "RegisteredUserEmbeddingExperienceConfiguration";
const _RUGQAEC = "RegisteredUserGenerativeQnAEmbeddingConfiguration";
const _RUQCEC = "RegisteredUserQuickChatEmbeddingConfiguration";
const _RUQSBEC = "RegisteredUserQSearchBarEmbeddingConfiguration";
const _RUQSCEC = "RegisteredUserQuickSightConsoleEmbeddingConfiguration";
const _RUR = "RegisterUserRequest";
const _RURe = "RegisterUserResponse";
const _RUSJR = "RegisteredUserSnapshotJobResult";
const _RUSJRL = "RegisteredUserSnapshotJobResultList";
const _RUe = "RegisteredUsers";
const _RUeg = "RegisterUser";
const _RWID = "RecoveryWindowInDays";
const _Ra = "Radius";
const _Re = "Research";
const _Rea = "Realm";
const _Reg = "Region";
const _Rel = "Relative";
const _Res = "Resolved";
const _Rest = "Restatement";
const _Resu = "Result";
const _Ri = "Right";
const _Ro = "Role";
const _Row = "Rows";
const _Row_ = "Row";
const _S = "Suffix";
const _SA = "SecretArn";
const _SAA = "SimpleAttributeAggregation";
const _SAADS = "ShareAdobeAnalyticsDataSource";
const _SAAh = "ShareAsanaAction";
const _SAAha = "ShareAirtableAction";
const _SAAhar = "ShareAdobeAction";
const _SABARSA = "ShareAmazonBedrockARSAction";
const _SABEJ = "StartAssetBundleExportJob";
const _SABEJR = "StartAssetBundleExportJobRequest";
const _SABEJRt = "StartAssetBundleExportJobResponse";
const _SABFSA = "ShareAmazonBedrockFSAction";
const _SABIJ = "StartAssetBundleImportJob";
const _SABIJR = "StartAssetBundleImportJobRequest";
const _SABIJRt = "StartAssetBundleImportJobResponse";
const _SABKRSA = "ShareAmazonBedrockKRSAction";
const _SAC = "ServiceAccountCredentials";
const _SACR = "SearchActionConnectorsRequest";
const _SACRe = "SearchActionConnectorsResponse";
const _SACe = "SearchActionConnectors";
const _SADS = "S3AnalyticsDataSource";
const _SADSh = "ShareAthenaDataSource";
const _SADSha = "ShareAuroraDataSource";
const _SADT = "StartAfterDateTime";
const _SAF = "SearchAppsFilter";
const _SAFL = "SearchAppsFilterList";
const _SAJ = "StartAutomationJob";
const _SAJR = "StartAutomationJobRequest";
const _SAJRt = "StartAutomationJobResponse";
const _SAL = "StepAliasList";
const _SAM = "StepAliasMapping";
const _SAO = "SingleAxisOptions";
const _SAOe = "SelectAllOptions";
const _SAPB = "SectionAfterPageBreak";
const _SAPBOMA = "SAPBillOfMaterialAction";
const _SAPBPA = "SAPBusinessPartnerAction";
const _SAPK = "ServiceAccountPrivateKey";
const _SAPMSA = "SAPMaterialStockAction";
const _SAPPIA = "SAPPhysicalInventoryAction";
const _SAPPMDA = "SAPProductMasterDataAction";
const _SAR = "SearchAgentsRequest";
const _SARe = "SearchAgentsResponse";
const _SARea = "SearchAnalysesRequest";
const _SARear = "SearchAnalysesResponse";
const _SARearc = "SearchAppsRequest";
const _SARearch = "SearchAppsResponse";
const _SASTA = "ShareAmazonSThreeAction";
const _SAU = "SnapshotAnonymousUser";
const _SAUL = "SnapshotAnonymousUserList";
const _SAUR = "SnapshotAnonymousUserRedacted";
const _SAURL = "SnapshotAnonymousUserRedactedList";
const _SAVO = "SelectAllValueOptions";
const _SAa = "SalesforceAction";
const _SAe = "SearchAgents";
const _SAea = "SearchAnalyses";
const _SAear = "SearchApps";
const _SAh = "ShareAnalyses";
const _SAha = "ShareApps";
const _SAho = "ShopifyAction";
const _SAi = "SimpleAggregation";
const _SAl = "SlackAction";
const _SAm = "SmartsheetAction";
const _SAo = "SourceArn";
const _SAou = "SourceAnalysis";
const _SAt = "StartedAt";
const _SAta = "StartAngle";
const _SAtar = "StartingAt";
const _SAte = "StepAliases";
const _SAtep = "StepAlias";
const _SAu = "SucceededAnswers";
const _SB = "SortBy";
const _SBA = "ShareBeeAction";
const _SBAA = "ShareBoxAgentAction";
const _SBC = "S3BucketConfiguration";
const _SBHRA = "ShareBambooHRAction";
const _SBKB = "ShareBoxKnowledgeBase";
const _SBL = "SectionBasedLayout";
const _SBLC = "SectionBasedLayoutConfiguration";
const _SBLCSO = "SectionBasedLayoutCanvasSizeOptions";
const _SBLPCSO = "SectionBasedLayoutPaperCanvasSizeOptions";
const _SBM = "SortByMetrics";
const _SBMKB = "ShareBedrockManagedKnowledgeBase";
const _SBO = "ScrollBarOptions";
const _SBS = "SelectedBorderStyle";
const _SBSh = "SheetBackgroundStyle";
const _SBT = "SelectedBinType";
const _SBU = "SiteBaseUrl";
const _SBe = "SectionBased";
const _SBec = "SecondaryBackground";
const _SC = "StepCount";
const _SCA = "ShareConfluenceAction";
const _SCAA = "ShareCanvaAgentAction";
const _SCAh = "ShareComprehendAction";
const _SCAha = "ShareChatAgents";
const _SCDO = "SliderControlDisplayOptions";
const _SCF = "ShapeConditionalFormat";
const _SCI = "SourceColumnId";
const _SCIILO = "SheetControlInfoIconLabelOptions";
const _SCKB = "ShareConfluenceKnowledgeBase";
const _SCL = "SheetControlLayout";
const _SCLC = "SheetControlLayoutConfiguration";
const _SCLL = "SheetControlLayoutList";
const _SCLh = "SheetControlLayouts";
const _SCLp = "SpaceContributorList";
const _SCM = "SimpleClusterMarker";
const _SCMA = "ShareComprehendMedicalAction";
const _SCN = "SourceColumnName";
const _SCO = "SheetControlsOption";
const _SCSM = "SharedColumnSemanticMetadata";
const _SCSML = "SharedColumnSemanticMetadataList";
const _SCSO = "ScreenCanvasSizeOptions";
const _SCT = "SheetContentType";
const _SCWMA = "ShareCiscoWebexMeetingsAction";
const _SCWVA = "ShareCiscoWebexVidcastAction";
const _SCc = "ScopeConfiguration";
const _SCch = "SchedulesConfigurations";
const _SCe = "SeparatorConfiguration";
const _SCel = "SelectedColumns";
const _SCi = "SingularConstant";
const _SCn = "SnapshotConfiguration";
const _SCo = "SortConfiguration";
const _SCou = "SourceControls";
const _SCour = "SourceColumn";
const _SCp = "SpaceContributor";
const _SCt = "StatusCode";
const _SCta = "StaticConfiguration";
const _SCte = "StepColors";
const _SCtr = "StrokeColor";
const _SCty = "StyleConfiguration";
const _SD = "SensitiveDocument";
const _SDA = "ShareDropboxAction";
const _SDABA = "ShareDunAndBradstreetAction";
const _SDAFW = "SankeyDiagramAggregatedFieldWells";
const _SDC = "SnapshotDestinationConfiguration";
const _SDCC = "SankeyDiagramChartConfiguration";
const _SDCe = "S3DestinationConfiguration";
const _SDDDS = "ShareDocumentDbDataSource";
const _SDDDSh = "ShareDynamoDbDataSource";
const _SDDS = "ShareDatabricksDataSource";
const _SDDSh = "ShareDb2DataSource";
const _SDDSha = "ShareDenodoDataSource";
const _SDDShar = "ShareDremioDataSource";
const _SDER = "SubscribeDashboardEmailReports";
const _SDFW = "SankeyDiagramFieldWells";
const _SDL = "SensitiveDoubleList";
const _SDLh = "SheetDefinitionList";
const _SDO = "SensitiveDoubleObject";
const _SDP = "StringDatasetParameter";
const _SDPDV = "StringDatasetParameterDefaultValues";
const _SDR = "SearchDashboardsRequest";
const _SDRe = "SearchDashboardsResponse";
const _SDS = "ShareDataSources";
const _SDSC = "SankeyDiagramSortConfiguration";
const _SDSJ = "StartDashboardSnapshotJob";
const _SDSJR = "StartDashboardSnapshotJobRequest";
const _SDSJRt = "StartDashboardSnapshotJobResponse";
const _SDSJS = "StartDashboardSnapshotJobSchedule";
const _SDSJSR = "StartDashboardSnapshotJobScheduleRequest";
const _SDSJSRt = "StartDashboardSnapshotJobScheduleResponse";
const _SDSR = "SearchDataSetsRequest";
const _SDSRe = "SearchDataSetsResponse";
const _SDSRea = "SearchDataSourcesRequest";
const _SDSRear = "SearchDataSourcesResponse";
const _SDSa = "S3DataSource";
const _SDSal = "SalesforceDataSource";
const _SDSe = "SearchDataSets";
const _SDSea = "SearchDataSources";
const _SDSn = "SnowflakeDataSource";
const _SDSp = "SparkDataSource";
const _SDSq = "SquareDataSource";
const _SDSt = "StarburstDataSource";
const _SDV = "SankeyDiagramVisual";
const _SDVL = "StringDefaultValueList";
const _SDVt = "StringDefaultValues";
const _SDe = "SensitiveDouble";
const _SDea = "SearchDashboards";
const _SDes = "S3Destinations";
const _SDh = "ShareDatasets";
const _SDha = "ShareDashboards";
const _SDhe = "SheetDefinition";
const _SDo = "SortDirection";
const _SDp = "SpaceDescription";
const _SDpa = "SpaceDetails";
const _SDt = "StyleDescription";
const _SDta = "StartDate";
const _SE = "SourceEntity";
const _SEA = "SourceEntityArn";
const _SEAe = "SessionExpiresAt";
const _SECO = "SheetElementConfigurationOverrides";
const _SEDS = "ShareExasolDataSource";
const _SEP = "SqlEndpointPath";
const _SERR = "SheetElementRenderingRule";
const _SERRL = "SheetElementRenderingRuleList";
const _SET = "SemanticEntityType";
const _SF = "StaticFiles";
const _SFA = "SnowFlakeAction";
const _SFAh = "ShareFigmaAction";
const _SFC = "SelectedFieldsConfiguration";
const _SFCt = "StringFilterCondition";
const _SFCtr = "StringFormatConfiguration";
const _SFDS = "ShareFileDataSource";
const _SFDSt = "StaticFileDataSource";
const _SFF = "SearchFlowsFilter";
const _SFFL = "SearchFlowsFilterList";
const _SFG = "SnapshotFileGroup";
const _SFGL = "SnapshotFileGroupList";
const _SFI = "SourceFilterId";
const _SFIe = "SearchFlowsInput";
const _SFIt = "StaticFileId";
const _SFL = "SnapshotFileList";
const _SFLt = "StaticFileList";
const _SFO = "SelectedFieldOptions";
const _SFOe = "SearchFlowsOutput";
const _SFR = "SearchFoldersRequest";
const _SFRe = "SearchFoldersResponse";
const _SFRt = "StartFromRow";
const _SFS = "StaticFileSource";
const _SFSA = "ShareFactSetAction";
const _SFSS = "SnapshotFileSheetSelection";
const _SFSSL = "SnapshotFileSheetSelectionList";
const _SFSSO = "StaticFileS3SourceOptions";
const _SFT = "ShortFormatText";
const _SFUSO = "StaticFileUrlSourceOptions";
const _SFc = "ScheduleFrequency";
const _SFe = "SenderFault";
const _SFea = "SearchFlows";
const _SFear = "SearchFolders";
const _SFec = "SecondaryForeground";
const _SFel = "SelectedFields";
const _SFn = "SnapshotFile";
const _SFo = "SourceField";
const _SFt = "StaticFile";
const _SFu = "SuccessForeground";
const _SG = "SearchGroups";
const _SGA = "ShareGithubAction";
const _SGAA = "ShareGoogleAnalyticsAction";
const _SGADS = "ShareGoogleAnalyticsDataSource";
const _SGAh = "ShareGmailAction";
const _SGAha = "ShareGongAction";
const _SGBQDS = "ShareGoogleBigQueryDataSource";
const _SGCA = "ShareGoogleCalendarAction";
const _SGCAh = "ShareGoogleChatAction";
const _SGDA = "ShareGoogleDocsAction";
const _SGDAh = "ShareGoogleDriveAction";
const _SGDKB = "ShareGoogleDriveKnowledgeBase";
const _SGHDS = "ShareGitHubDataSource";
const _SGHTTPA = "ShareGenericHTTPAction";
const _SGI = "SecurityGroupIds";
const _SGMA = "ShareGoogleMeetAction";
const _SGR = "SearchGroupsRequest";
const _SGRe = "SearchGroupsResponse";
const _SGSA = "ShareGoogleSheetsAction";
const _SGSAh = "ShareGoogleSlidesAction";
const _SGSDS = "ShareGoogleSheetsDataSource";
const _SHA = "ShareHubspotAction";
const _SHDS = "SapHanaDataSource";
const _SHFA = "ShareHuggingFaceAction";
const _SHGIA = "ShareHGInsightsAction";
const _SI = "ScheduleId";
const _SIA = "ShareIntercomAction";
const _SIDCKB = "ShareIDCKnowledgeBase";
const _SIDS = "ShareImpalaDataSource";
const _SII = "SheetImageId";
const _SIL = "SourceItemsLimit";
const _SILe = "SeriesItemList";
const _SILh = "SheetImageList";
const _SIOP = "SensitiveIOPayload";
const _SIS = "SheetImageSource";
const _SISC = "SheetImageScalingConfiguration";
const _SISFS = "SheetImageStaticFileSource";
const _SITC = "SheetImageTooltipConfiguration";
const _SITT = "SheetImageTooltipText";
const _SIV = "SortIconVisibility";
const _SIe = "SectionId";
const _SIer = "SeriesItem";
const _SIh = "SheetId";
const _SIhe = "SheetIndex";
const _SIhee = "SheetImage";
const _SIl = "SlotId";
const _SIp = "SpaceId";
const _SIt = "StepId";
const _SIu = "SubnetIds";
const _SIub = "SubscriptionId";
const _SIubn = "SubnetId";
const _SJA = "ShareJiraAction";
const _SJDS = "ShareJiraDataSource";
const _SJEI = "SnapshotJobErrorInfo";
const _SJI = "SnapshotJobId";
const _SJR = "SnapshotJobResult";
const _SJREI = "SnapshotJobResultErrorInfo";
const _SJREIL = "SnapshotJobResultErrorInfoList";
const _SJRFG = "SnapshotJobResultFileGroup";
const _SJRFGL = "SnapshotJobResultFileGroupList";
const _SJSR = "SnapshotJobS3Result";
const _SJSRL = "SnapshotJobS3ResultList";
const _SKB = "ShareKnowledgeBases";
const _SKBP = "S3KnowledgeBaseParameters";
const _SKBR = "SearchKnowledgeBasesRequest";
const _SKBRe = "SearchKnowledgeBasesResponse";
const _SKBe = "SearchKnowledgeBases";
const _SKBn = "S3KnowledgeBase";
const _SKF = "ShapeKeyField";
const _SKR = "SuccessfulKeyRegistration";
const _SKRE = "SuccessfulKeyRegistrationEntry";
const _SKREu = "SuccessfulKeyRegistrationEntries";
const _SL = "SensitiveLong";
const _SLA = "ShareLinearAction";
const _SLC = "SectionLayoutConfiguration";
const _SLEMO = "SheetLayoutElementMaximizationOption";
const _SLG = "SheetLayoutGroup";
const _SLGL = "SheetLayoutGroupList";
const _SLGM = "SheetLayoutGroupMember";
const _SLGML = "SheetLayoutGroupMemberList";
const _SLIM = "SessionLifetimeInMinutes";
const _SLIMIE = "SessionLifetimeInMinutesInvalidException";
const _SLL = "SensitiveLongList";
const _SLO = "SensitiveLongObject";
const _SLOi = "SizeLabelOptions";
const _SLh = "SheetList";
const _SLt = "StandardLayout";
const _SM = "SmallMultiples";
const _SMA = "ShareMondayAction";
const _SMADS = "ShareMongoAtlasDataSource";
const _SMAP = "SmallMultiplesAxisProperties";
const _SMAh = "ShareMoodysAction";
const _SMC = "SemanticModelConfiguration";
const _SMCPA = "ShareMCPAction";
const _SMDDS = "ShareMariaDbDataSource";
const _SMDDSh = "ShareMongoDbDataSource";
const _SMDFL = "SmallMultiplesDimensionFieldList";
const _SMFAR = "StrictModeForAllResources";
const _SMLC = "SmallMultiplesLimitConfiguration";
const _SMO = "SmallMultiplesOptions";
const _SMS = "SmallMultiplesSort";
const _SMSDS = "ShareMySqlDataSource";
const _SMSEA = "ShareMSExchangeAction";
const _SMSTA = "ShareMSTeamsAction";
const _SMV = "SingleMetricVisibility";
const _SMe = "SemanticMetadata";
const _SMh = "SharingModel";
const _SN = "SheetName";
const _SNA = "ServiceNowAction";
const _SNAh = "ShareNotionAction";
const _SNAi = "SimpleNumericalAggregation";
const _SNDS = "ServiceNowDataSource";
const _SNP = "ServiceNowParameters";
const _SNRA = "ShareNewRelicAction";
const _SNe = "SessionName";
const _SO = "ScrollbarOptions";
const _SOAPIA = "ShareOpenAPIAction";
const _SODA = "ShareOneDriveAction";
const _SODKB = "ShareOneDriveKnowledgeBase";
const _SODS = "ShareOracleDataSource";
const _SONA = "ShareOneNoteAction";
const _SOSDS = "ShareOpenSearchDataSource";
const _SOe = "SearchOptions";
const _SOi = "SizingOptions";
const _SOo = "SortOrder";
const _SOp = "SpecifedOrder";
const _SOpa = "SparklinesOptions";
const _SOpt = "S3Options";
const _SOt = "StyleOptions";
const _SOu = "SubtotalOptions";
const _SP = "StarterPrompts";
const _SPA = "SharePointAction";
const _SPBC = "SectionPageBreakConfiguration";
const _SPC = "ScatterPlotConfiguration";
const _SPCAFW = "ScatterPlotCategoricallyAggregatedFieldWells";
const _SPCC = "SharePointClientCredentials";
const _SPCt = "StatePersistenceConfigurations";
const _SPD = "StringParameterDeclaration";
const _SPDA = "SharePagerDutyAction";
const _SPDAA = "SharePagerDutyAgentAction";
const _SPDS = "SharePrestoDataSource";
const _SPDh = "SharePointDomain";
const _SPE = "StatePersistenceEnabled";
const _SPFW = "ScatterPlotFieldWells";
const _SPGEA = "SandPGlobalEnergyAction";
const _SPGMIA = "SandPGMIAction";
const _SPKB = "SharePointKnowledgeBase";
const _SPL = "StarterPromptList";
const _SPLC = "ScatterPlotLimitConfiguration";
const _SPLt = "StringParameterList";
const _SPN = "SourceParameterName";
const _SPO = "SetParametersOperation";
const _SPP = "SharePointParameters";
const _SPPDS = "SharePayPalDataSource";
const _SPS = "SelectedPointStyle";
const _SPSC = "ScatterPlotSortConfiguration";
const _SPSDS = "SharePostgreSqlDataSource";
const _SPUFW = "ScatterPlotUnaggregatedFieldWells";
const _SPV = "ScatterPlotVisual";
const _SPVC = "SetParameterValueConfiguration";
const _SPVCL = "SetParameterValueConfigurationList";
const _SPa = "S3Parameters";
const _SPn = "SnowflakeParameters";
const _SPo = "SortPaths";
const _SPp = "SparkParameters";
const _SPs = "SslProperties";
const _SPt = "StringParameters";
const _SPta = "StatePersistence";
const _SPtar = "StarburstParameters";
const _SPtr = "StringParameter";
const _SQ = "SqlQuery";
const _SQBA = "ShareQuickBooksAction";
const _SQBKB = "ShareQBusinessKnowledgeBase";
const _SQSF = "SpaceQuicksightSearchFilter";
const _SQSFp = "SpaceQuicksightSearchFilters";
const _SQSR = "SpaceQuickSightResource";
const _SQSRD = "SpaceQuickSightResourceDetails";
const _SQSRp = "SpaceQuickSightResources";
const _SR = "StartRange";
const _SRADDS = "ShareRedshiftAutoDiscoveredDataSource";
const _SRDS = "ShareRdsDataSource";
const _SRDSh = "ShareRadiantDataSource";
const _SRMDS = "ShareRedshiftManualDataSource";
const _SRO = "SpaceResourceOperation";
const _SROE = "ScheduleRefreshOnEntity";
const _SROp = "SpaceResourceOperations";
const _SRS = "SpaceResourceSummary";
const _SRSp = "SpaceResourceSummaries";
const _SRe = "S3Results";
const _SRi = "SignupResponse";
const _SRp = "SpaceResources";
const _SS = "SensitiveString";
const _SSA = "ShareSlackAction";
const _SSADS = "ShareS3AnalyticsDataSource";
const _SSAPBOMA = "ShareSAPBillOfMaterialAction";
const _SSAPBPA = "ShareSAPBusinessPartnerAction";
const _SSAPMSA = "ShareSAPMaterialStockAction";
const _SSAPPIA = "ShareSAPPhysicalInventoryAction";
const _SSAPPMDA = "ShareSAPProductMasterDataAction";
const _SSAh = "ShareSalesforceAction";
const _SSAha = "ShareSmartsheetAction";
const _SSAhar = "ShareShopifyAction";
const _SSB = "SideSpecificBorder";
const _SSCI = "SourceSheetControlId";
const _SSDC = "SnapshotS3DestinationConfiguration";
const _SSDCL = "SnapshotS3DestinationConfigurationList";
const _SSDS = "ShareS3DataSource";
const _SSDSh = "ShareSnowflakeDataSource";
const _SSDSha = "ShareStarburstDataSource";
const _SSDShar = "ShareSparkDataSource";
const _SSDShare = "ShareSalesforceDataSource";
const _SSDShareq = "ShareSquareDataSource";
const _SSDSq = "SqlServerDataSource";
const _SSF = "SpatialStaticFile";
const _SSFA = "ShareSnowFlakeAction";
const _SSFSC = "SelectedSheetsFilterScopeConfiguration";
const _SSHDS = "ShareSapHanaDataSource";
const _SSKB = "ShareS3KnowledgeBase";
const _SSL = "SensitiveStringList";
const _SSNA = "ShareServiceNowAction";
const _SSNDS = "ShareServiceNowDataSource";
const _SSO = "SensitiveStringObject";
const _SSP = "SqlServerParameters";
const _SSPA = "ShareSharePointAction";
const _SSPGEA = "ShareSandPGlobalEnergyAction";
const _SSPGMIA = "ShareSandPGMIAction";
const _SSPKB = "ShareSharePointKnowledgeBase";
const _SSR = "SearchSpacesRequest";
const _SSRe = "SearchSpacesResponse";
const _SSSDS = "ShareSqlServerDataSource";
const _SST = "SaaSTable";
const _SSTDS = "ShareS3TablesDataSource";
const _SSTVC = "SameSheetTargetVisualConfiguration";
const _SSU = "SensitiveS3Uri";
const _SSV = "StringStaticValues";
const _SSc = "ScrollStatus";
const _SSe = "SecondSource";
const _SSea = "SearchSpaces";
const _SSec = "SectionStyle";
const _SSel = "SelectedSheets";
const _SSele = "SelectionScope";
const _SSh = "ShareSpaces";
const _SShe = "SheetStyle";
const _SShee = "SheetSelections";
const _SSo = "S3Source";
const _SSp = "SpaceSummaries";
const _SSpa = "SpaceSummary";
const _SSt = "StepSize";
const _SSy = "SynonymString";
const _SSym = "SymbolStyle";
const _ST = "SensitiveText";
const _STA = "ShareTextractAction";
const _STAF = "SimpleTotalAggregationFunction";
const _STAp = "SpacesToAdd";
const _STB = "SheetTextBox";
const _STBI = "SheetTextBoxId";
const _STBL = "SheetTextBoxList";
const _STDS = "S3TablesDataSource";
const _STDSh = "ShareTimestreamDataSource";
const _STDSha = "ShareTrinoDataSource";
const _STDShar = "ShareTeradataDataSource";
const _STDShare = "ShareTwitterDataSource";
const _STI = "SourceTableId";
const _STL = "SensitiveTimestampList";
const _STLe = "SessionTagList";
const _STM = "SourceTableMap";
const _STMe = "SemanticTableMap";
const _STN = "SubTypeName";
const _STP = "S3TablesParameters";
const _STR = "SearchTopicsRequest";
const _STRA = "SucceededTopicReviewedAnswer";
const _STRAu = "SucceededTopicReviewedAnswers";
const _STRe = "SearchTopicsResponse";
const _STRp = "SpacesToRemove";
const _STT = "SelectedTooltipType";
const _STV = "SessionTagValue";
const _STVR = "SearchTopicsV2Request";
const _STVRe = "SearchTopicsV2Response";
const _STVe = "SearchTopicsV2";
const _STc = "ScheduleTrigger";
const _STca = "ScalingType";
const _STe = "SensitiveTimestamp";
const _STea = "SearchTopics";
const _STem = "SemanticType";
const _STema = "SemanticTable";
const _STer = "SeriesType";
const _STes = "SessionTags";
const _STess = "SessionTag";
const _STh = "SheetTooltip";
const _STo = "SourceTemplate";
const _STor = "SortType";
const _STou = "SourceTable";
const _STt = "StartTime";
const _STty = "StyleTargets";
const _STu = "SubType";
const _SU = "S3Uri";
const _SUC = "SelfUpgradeConfiguration";
const _SUCR = "SnapshotUserConfigurationRedacted";
const _SUCn = "SnapshotUserConfiguration";
const _SURD = "SelfUpgradeRequestDetails";
const _SURDL = "SelfUpgradeRequestDetailList";
const _SURDe = "SelfUpgradeRequestDetail";
const _SUS = "SelfUpgradeStatus";
const _SUUR = "SelfUpgradeUserRole";
const _SUi = "SizeUnit";
const _SV = "SharedView";
const _SVAA = "ShareVisierAgentAction";
const _SVC = "SharedViewConfigurations";
const _SVFC = "SecondaryValueFontConfiguration";
const _SVO = "SecondaryValueOptions";
const _SVS = "SelectableValuesSort";
const _SVSC = "SheetVisualScopingConfigurations";
const _SVSCh = "SheetVisualScopingConfiguration";
const _SVWUC = "StringValueWhenUnsetConfiguration";
const _SVe = "SelectableValues";
const _SVec = "SecondaryValue";
const _SVp = "SpecialValue";
const _SVt = "StringValues";
const _SVta = "StaticValue";
const _SVtar = "StartValue";
const _SVtat = "StaticValues";
const _SVu = "SupportingVisuals";
const _SW = "StrokeWidth";
const _SWAA = "ShareWhatsAppAction";
const _SWCKB = "ShareWebCrawlerKnowledgeBase";
const _SYADO = "SecondaryYAxisDisplayOptions";
const _SYALO = "SecondaryYAxisLabelOptions";
const _SZA = "ShareZendeskAction";
const _SZAh = "ShareZoomAction";
const _SZAha = "ShareZapierAction";
const _SZIA = "ShareZoomInfoAction";
const _Sc = "Scenario";
const _Sca = "Scale";
const _Scal = "Scaling";
const _Sch = "Schedule";
const _Sche = "Schedules";
const _Schem = "Schema";
const _Sco = "Scope";
const _Scop = "Scopes";
const _Se = "Service";
const _Sea = "Seasonality";
const _Sec = "Secondary";
const _Sep = "Separator";
const _Ser = "Series";
const _Serv = "Services";
const _Set = "Settings";
const _Sh = "Sheets";
const _Sha = "Shape";
const _She = "Sheet";
const _Sho = "Show";
const _Si = "Size";
const _Siz = "Sizes";
const _Sl = "Slider";
const _Slo = "Slot";
const _Slot = "Slots";
const _So = "Source";
const _Sol = "Solid";
const _Sor = "Sort";
const _Sou = "South";
const _Sp = "Spaces";
const _Spa = "Space";
const _Spac = "Spacing";
const _Spar = "Sparkline";
const _Spark = "Sparklines";
const _St = "Status";
const _Sta = "State";
const _Sto = "Story";
const _Stop = "Stops";
const _Sty = "Style";
const _Su = "Subtitle";
const _Suc = "Success";
const _Sy = "Synonyms";
const _Sym = "Symbol";
const _T = "Type";
const _TA = "TopicArns";
const _TAC = "ThresholdAlertsConfigurations";
const _TACDO = "TextAreaControlDisplayOptions";
const _TACo = "TotalAggregationComputation";
const _TAF = "TotalAggregationFunction";
const _TAFW = "TableAggregatedFieldWells";
const _TAL = "TemplateAliasList";
const _TALh = "ThemeAliasList";
const _TAO = "TotalAggregationOptions";
const _TAOL = "TotalAggregationOptionList";
const _TAOo = "TotalAggregationOption";
const _TAOr = "TrendArrowOptions";
const _TAe = "TextractAction";
const _TAem = "TemplateAlias";
const _TAemp = "TemplateArn";
const _TAex = "TextAlignment";
const _TAext = "TextArea";
const _TAh = "ThemeArn";
const _TAhe = "ThemeAlias";
const _TAhr = "ThresholdAlerts";
const _TAo = "TopicArn";
const _TAot = "TotalAggregation";
const _TAr = "TrendArrows";
const _TB = "TextBoxes";
const _TBA = "TableBucketArn";
const _TBC = "TotalBarColor";
const _TBF = "TopBottomFilter";
const _TBFP = "TimeBasedForecastProperties";
const _TBIO = "TextBoxInteractionOptions";
const _TBL = "TopBottomLimit";
const _TBLo = "TotalBarLabel";
const _TBM = "TopBottomMovers";
const _TBMC = "TopBottomMoversComputation";
const _TBMO = "TextBoxMenuOption";
const _TBO = "TableBorderOptions";
const _TBR = "TopBottomRanked";
const _TBRC = "TopBottomRankedComputation";
const _TBV = "ToggleButtonsVisibility";
const _TC = "TextColor";
const _TCCF = "TableCellConditionalFormatting";
const _TCF = "TableConditionalFormatting";
const _TCFC = "TopicCategoryFilterConstant";
const _TCFO = "TableConditionalFormattingOption";
const _TCFOL = "TableConditionalFormattingOptionList";
const _TCFe = "TextConditionalFormat";
const _TCFo = "TopicCalculatedField";
const _TCFop = "TopicCategoryFilter";
const _TCFopi = "TopicCalculatedFields";
const _TCI = "TargetColumnId";
const _TCISC = "TableCellImageSizingConfiguration";
const _TCISCa = "TableCellImageScalingConfiguration";
const _TCL = "TopicConfigurationList";
const _TCO = "TagColumnOperation";
const _TCOo = "TopicConfigOptions";
const _TCPO = "TextControlPlaceholderOptions";
const _TCS = "TotalCellStyle";
const _TCSa = "TableCellStyle";
const _TCV = "TruthyCellValue";
const _TCVS = "TruthyCellValueSynonyms";
const _TCVo = "TopicConstantValue";
const _TCa = "TagConfiguration";
const _TCab = "TableConfiguration";
const _TCh = "ThemeConfiguration";
const _TCo = "TopicConfigurations";
const _TCop = "TopicColumn";
const _TCopi = "TopicConfiguration";
const _TCopic = "TopicColumns";
const _TD = "TopicDetails";
const _TDRF = "TopicDateRangeFilter";
const _TDS = "TimestreamDataSource";
const _TDSe = "TeradataDataSource";
const _TDSr = "TrinoDataSource";
const _TDSw = "TwitterDataSource";
const _TE = "ThrottlingException";
const _TEF = "TimeEqualityFilter";
const _TEL = "TemplateErrorList";
const _TELh = "ThemeErrorList";
const _TEe = "TemplateError";
const _TEh = "ThemeError";
const _TEo = "TokenEndpoint";
const _TF = "TooltipFields";
const _TFCDO = "TextFieldControlDisplayOptions";
const _TFCIC = "TableFieldCustomIconContent";
const _TFCTC = "TableFieldCustomTextContent";
const _TFIC = "TableFieldImageConfiguration";
const _TFLC = "TableFieldLinkConfiguration";
const _TFLCC = "TableFieldLinkContentConfiguration";
const _TFO = "TableFieldOption";
const _TFOL = "TableFieldOptionList";
const _TFOa = "TableFieldOptions";
const _TFURLC = "TableFieldURLConfiguration";
const _TFW = "TableFieldWells";
const _TFe = "TextField";
const _TFex = "TextFormat";
const _TFo = "TopicFilter";
const _TFop = "TopicFilters";
const _TG = "TimeGranularity";
const _TGS = "TrendGroupSort";
const _TGr = "TrendGroups";
const _TI = "ThemeId";
const _TID = "TopicIdentifierDeclarations";
const _TIDL = "TopicIdentifierDeclarationList";
const _TIDo = "TopicIdentifierDeclaration";
const _TIL = "TooltipItemList";
const _TIR = "TopicIR";
const _TIRCA = "TopicIRContributionAnalysis";
const _TIRCM = "TopicIRComparisonMethod";
const _TIRFE = "TopicIRFilterEntry";
const _TIRFL = "TopicIRFilterList";
const _TIRFO = "TopicIRFilterOption";
const _TIRGB = "TopicIRGroupBy";
const _TIRGBL = "TopicIRGroupByList";
const _TIRM = "TopicIRMetric";
const _TIRML = "TopicIRMetricList";
const _TIV = "TableInlineVisualizations";
const _TIVL = "TableInlineVisualizationList";
const _TIVa = "TableInlineVisualization";
const _TIe = "TemplateId";
const _TIen = "TenantId";
const _TIh = "ThemeIds";
const _TIo = "TopicId";
const _TIoo = "TooltipItem";
const _TIop = "TopicIds";
const _TIopi = "TopicIdentifier";
const _TK = "TagKey";
const _TKa = "TagKeys";
const _TL = "TileLayout";
const _TLO = "TickLabelOptions";
const _TLS = "TileLayoutStyle";
const _TLa = "TagList";
const _TM = "TableMap";
const _TMAFW = "TreeMapAggregatedFieldWells";
const _TMC = "TreeMapConfiguration";
const _TMDFL = "TreeMapDimensionFieldList";
const _TMFW = "TreeMapFieldWells";
const _TMGILC = "TreeMapGroupItemsLimitConfiguration";
const _TMMFL = "TreeMapMeasureFieldList";
const _TMS = "TreeMapSort";
const _TMSC = "TreeMapSortConfiguration";
const _TMV = "TreeMapVisual";
const _TMVD = "TagMultiValueDelimiter";
const _TN = "TopicName";
const _TNE = "TopicNamedEntity";
const _TNEF = "TopicNumericEqualityFilter";
const _TNEo = "TopicNamedEntities";
const _TNF = "TopicNullFilter";
const _TNRF = "TopicNumericRangeFilter";
const _TNa = "TagNames";
const _TNy = "TypeName";
const _TO = "TitleOptions";
const _TOI = "TransformOperationId";
const _TOL = "TransformOperationList";
const _TOS = "TransformOperationSource";
const _TOTD = "TimeOfTheDay";
const _TOa = "TableOptions";
const _TOo = "TooltipOptions";
const _TOot = "TotalOptions";
const _TOr = "TreatmentOption";
const _TOra = "TransformOperation";
const _TP = "TablePath";
const _TPE = "TerminationProtectionEnabled";
const _TPEL = "TablePathElementList";
const _TPEa = "TablePathElement";
const _TPFO = "TablePinnedFieldOptions";
const _TPRO = "TablePaginatedReportOptions";
const _TPU = "TokenProviderUrl";
const _TPe = "TeradataParameters";
const _TPo = "TopicPlaceholder";
const _TPr = "TrinoParameters";
const _TPw = "TwitterParameters";
const _TPy = "TypeParameters";
const _TQ = "TextQualifier";
const _TR = "TopicReferences";
const _TRA = "TopicReviewedAnswer";
const _TRAo = "TopicReviewedAnswers";
const _TRC = "TagRuleConfigurations";
const _TRCF = "TableRowConditionalFormatting";
const _TRD = "TopicRefreshDetails";
const _TRDDF = "TimeRangeDrillDownFilter";
const _TRDF = "TopicRelativeDateFilter";
const _TRF = "TimeRangeFilter";
const _TRFC = "TopicRangeFilterConstant";
const _TRFV = "TimeRangeFilterValue";
const _TRID = "TotalRowsInDataset";
const _TRL = "TopicReferenceList";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TRS = "TopicRefreshSchedule";
const _TRSS = "TopicRefreshScheduleSummary";
const _TRSSo = "TopicRefreshScheduleSummaries";
const _TRa = "TagRules";
const _TRag = "TagResource";
const _TRi = "TimeRanges";
const _TRo = "TopicReference";
const _TS = "TooltipSheets";
const _TSA = "TemplateSourceAnalysis";
const _TSBO = "TableSideBorderOptions";
const _TSC = "TableSortConfiguration";
const _TSCo = "TopicSortClause";
const _TSD = "TooltipSheetDefinition";
const _TSDL = "TooltipSheetDefinitionList";
const _TSE = "TemplateSourceEntity";
const _TSF = "TopicSearchFilter";
const _TSFC = "TopicSingularFilterConstant";
const _TSFL = "TopicSearchFilterList";
const _TSI = "TargetSheetId";
const _TSIL = "TooltipSheetImageList";
const _TSL = "TemplateSummaryList";
const _TSLh = "ThemeSummaryList";
const _TSLo = "TopicSummaryList";
const _TSM = "TransformStepMap";
const _TSMa = "TableSemanticMetadata";
const _TSO = "ThousandSeparatorOptions";
const _TST = "TableStyleTarget";
const _TSTBL = "TooltipSheetTextBoxList";
const _TSTL = "TableStyleTargetList";
const _TSTe = "TemplateSourceTemplate";
const _TSTo = "TopicScheduleType";
const _TSVL = "TooltipSheetVisualList";
const _TSe = "TemplateSummary";
const _TSh = "ThousandsSeparator";
const _TShe = "ThemeSummary";
const _TSi = "TileStyle";
const _TSo = "TopicsSummaries";
const _TSop = "TopicSummary";
const _TSopi = "TopicSummaries";
const _TSr = "TransformStep";
const _TT = "TooltipTarget";
const _TTO = "TransposedTableOptions";
const _TTOL = "TransposedTableOptionList";
const _TTOr = "TransposedTableOption";
const _TTT = "TooltipTitleType";
const _TTe = "TemplateType";
const _TTex = "TextTransform";
const _TTo = "TooltipText";
const _TTop = "TopicTemplate";
const _TUFL = "TableUnaggregatedFieldList";
const _TUFW = "TableUnaggregatedFieldWells";
const _TUSV = "TreatUndefinedSpecifiedValues";
const _TV = "TopicsV2";
const _TVC = "TargetVisualsConfiguration";
const _TVD = "TemplateVersionDefinition";
const _TVDSR = "TopicV2DataSetReference";
const _TVDSRE = "TopicV2DataSetRelationEndpoint";
const _TVDSRL = "TopicV2DataSetRelationList";
const _TVDSRo = "TopicV2DataSetRelation";
const _TVDSRop = "TopicV2DataSetReferences";
const _TVDo = "TopicV2Details";
const _TVN = "TemplateVersionNumber";
const _TVNh = "ThemeVersionNumber";
const _TVO = "TargetVisualOptions";
const _TVS = "TemplateVersionSummary";
const _TVSL = "TemplateVersionSummaryList";
const _TVSLh = "ThemeVersionSummaryList";
const _TVSh = "ThemeVersionSummary";
const _TVSo = "TopicV2Summary";
const _TVSop = "TopicV2Summaries";
const _TVa = "TargetValues";
const _TVab = "TableVisual";
const _TVar = "TargetValue";
const _TVarg = "TargetVisuals";
const _TVe = "TemplateVersion";
const _TVh = "ThemeVersion";
const _TVi = "TitleVisibility";
const _TVo = "TotalsVisibility";
const _TVoo = "TooltipVisibility";
const _TVop = "TopicVisual";
const _TVopi = "TopicVisuals";
const _TW = "TextWrap";
const _Ta = "Tags";
const _Tag = "Tag";
const _Tar = "Target";
const _Te = "Text";
const _Tem = "Template";
const _Th = "Themes";
const _The = "Theme";
const _Thi = "Thickness";
const _Ti = "Timezone";
const _Til = "Tile";
const _Tim = "Time";
const _Tit = "Title";
const _To = "Tooltip";
const _To_ = "To";
const _Ton = "Tone";
const _Top = "Topic";
const _Top_ = "Top";
const _Tr = "Trigger";
const _Ty = "Typography";
const _U = "Username";
const _UA = "UpdatedAt";
const _UAA = "UseAsanaAction";
const _UAADS = "UpdateAdobeAnalyticsDataSource";
const _UAAs = "UseAirtableAction";
const _UAAse = "UseAdobeAction";
const _UABARSA = "UseAmazonBedrockARSAction";
const _UABFSA = "UseAmazonBedrockFSAction";
const _UABKRSA = "UseAmazonBedrockKRSAction";
const _UAC = "UpdateAccountCustomization";
const _UACP = "UpdateAccountCustomPermission";
const _UACPR = "UpdateAccountCustomPermissionRequest";
const _UACPRp = "UpdateAccountCustomPermissionResponse";
const _UACPRpd = "UpdateActionConnectorPermissionsRequest";
const _UACPRpda = "UpdateActionConnectorPermissionsResponse";
const _UACPp = "UpdateActionConnectorPermissions";
const _UACR = "UpdateAccountCustomizationRequest";
const _UACRp = "UpdateAccountCustomizationResponse";
const _UACRpd = "UpdateActionConnectorRequest";
const _UACRpda = "UpdateActionConnectorResponse";
const _UACp = "UpdateActionConnector";
const _UADS = "UpdateAthenaDataSource";
const _UADSp = "UpdateAuroraDataSource";
const _UAP = "UpdateAgentPermissions";
const _UAPR = "UpdateAgentPermissionsRequest";
const _UAPRGPL = "UpdateAgentPermissionsRequestGrantPermissionsList";
const _UAPRRPL = "UpdateAgentPermissionsRequestRevokePermissionsList";
const _UAPRp = "UpdateAgentPermissionsResponse";
const _UAPRpd = "UpdateAnalysisPermissionsRequest";
const _UAPRpda = "UpdateAnalysisPermissionsResponse";
const _UAPRpdat = "UpdateAppPermissionsRequest";
const _UAPRpdate = "UpdateAppPermissionsResponse";
const _UAPRpdatep = "UpdateApprovalPolicyRequest";
const _UAPRpdatepp = "UpdateApprovalPolicyResponse";
const _UAPp = "UpdateAnalysisPermissions";
const _UAPpd = "UpdateAppPermissions";
const _UAPpda = "UpdateApprovalPolicy";
const _UAR = "UpdateAgentRequest";
const _UARp = "UpdateAgentResponse";
const _UARpd = "UpdateAnalysisRequest";
const _UARpda = "UpdateAnalysisResponse";
const _UAS = "UpdateAccountSettings";
const _UASR = "UpdateAccountSettingsRequest";
const _UASRp = "UpdateAccountSettingsResponse";
const _UASTA = "UseAmazonSThreeAction";
const _UAWS = "UseAgentWebSearch";
const _UAWTEG = "UpdateApplicationWithTokenExchangeGrant";
const _UAWTEGR = "UpdateApplicationWithTokenExchangeGrantRequest";
const _UAWTEGRp = "UpdateApplicationWithTokenExchangeGrantResponse";
const _UAn = "UnmappedAction";
const _UAp = "UpdateAgent";
const _UApd = "UpdateAnalysis";
const _UAs = "UseAs";
const _UAse = "UserArn";
const _UB = "UpperBoundary";
const _UBA = "UseBeeAction";
const _UBAA = "UseBoxAgentAction";
const _UBAR = "UpdateBrandAssignmentRequest";
const _UBARp = "UpdateBrandAssignmentResponse";
const _UBAp = "UpdateBrandAssignment";
const _UBCF = "UseBlankCellFormat";
const _UBE = "UseBrowserExtension";
const _UBHRA = "UseBambooHRAction";
const _UBKB = "UseBoxKnowledgeBase";
const _UBM = "UseBedrockModels";
const _UBMKB = "UseBedrockManagedKnowledgeBase";
const _UBPV = "UpdateBrandPublishedVersion";
const _UBPVR = "UpdateBrandPublishedVersionRequest";
const _UBPVRp = "UpdateBrandPublishedVersionResponse";
const _UBR = "UpdateBrandRequest";
const _UBRp = "UpdateBrandResponse";
const _UBX = "UsernameButtonXpath";
const _UBn = "UniformBorder";
const _UBp = "UpdateBrand";
const _UC = "UserConfiguration";
const _UCA = "UseConfluenceAction";
const _UCAA = "UseCanvaAgentAction";
const _UCAs = "UseComprehendAction";
const _UCKB = "UseConfluenceKnowledgeBase";
const _UCMA = "UseComprehendMedicalAction";
const _UCO = "UntagColumnOperation";
const _UCP = "UnapplyCustomPermissions";
const _UCPR = "UpdateCustomPermissionsRequest";
const _UCPRp = "UpdateCustomPermissionsResponse";
const _UCPp = "UpdateCustomPermissions";
const _UCWMA = "UseCiscoWebexMeetingsAction";
const _UCWVA = "UseCiscoWebexVidcastAction";
const _UCs = "UserCount";
const _UD = "UpdateDashboard";
const _UDA = "UseDropboxAction";
const _UDABA = "UseDunAndBradstreetAction";
const _UDDDS = "UpdateDocumentDbDataSource";
const _UDDDSp = "UpdateDynamoDbDataSource";
const _UDDS = "UpdateDatabricksDataSource";
const _UDDSp = "UpdateDb2DataSource";
const _UDDSpd = "UpdateDenodoDataSource";
const _UDDSpda = "UpdateDremioDataSource";
const _UDL = "UpdateDashboardLinks";
const _UDLR = "UpdateDashboardLinksRequest";
const _UDLRp = "UpdateDashboardLinksResponse";
const _UDM = "UploadedDocumentMetadata";
const _UDP = "UpdateDashboardPermissions";
const _UDPR = "UpdateDashboardPermissionsRequest";
const _UDPRp = "UpdateDashboardPermissionsResponse";
const _UDPV = "UpdateDashboardPublishedVersion";
const _UDPVR = "UpdateDashboardPublishedVersionRequest";
const _UDPVRp = "UpdateDashboardPublishedVersionResponse";
const _UDQAC = "UpdateDashboardsQAConfiguration";
const _UDQACR = "UpdateDashboardsQAConfigurationRequest";
const _UDQACRp = "UpdateDashboardsQAConfigurationResponse";
const _UDQBA = "UpdateDefaultQBusinessApplication";
const _UDQBAR = "UpdateDefaultQBusinessApplicationRequest";
const _UDQBARp = "UpdateDefaultQBusinessApplicationResponse";
const _UDR = "UpdateDashboardRequest";
const _UDRp = "UpdateDashboardResponse";
const _UDS = "UpdateDataSet";
const _UDSP = "UpdateDataSetPermissions";
const _UDSPR = "UpdateDataSetPermissionsRequest";
const _UDSPRp = "UpdateDataSetPermissionsResponse";
const _UDSPRpd = "UpdateDataSourcePermissionsRequest";
const _UDSPRpda = "UpdateDataSourcePermissionsResponse";
const _UDSPp = "UpdateDataSourcePermissions";
const _UDSR = "UpdateDataSetRequest";
const _UDSRp = "UpdateDataSetResponse";
const _UDSRpd = "UpdateDataSourceRequest";
const _UDSRpda = "UpdateDataSourceResponse";
const _UDSRpdat = "UpdateDlpSettingRequest";
const _UDSRpdate = "UpdateDlpSettingResponse";
const _UDSp = "UpdateDataSource";
const _UDSpd = "UpdateDlpSetting";
const _UEAIE = "UseExcelAddInExtension";
const _UEDS = "UpdateExasolDataSource";
const _UEV = "UserExperienceVersion";
const _UF = "UnaggregatedField";
const _UFA = "UseFigmaAction";
const _UFDS = "UpdateFileDataSource";
const _UFL = "UnaggregatedFieldList";
const _UFP = "UpdateFlowPermissions";
const _UFPI = "UpdateFlowPermissionsInput";
const _UFPIGPL = "UpdateFlowPermissionsInputGrantPermissionsList";
const _UFPIRPL = "UpdateFlowPermissionsInputRevokePermissionsList";
const _UFPO = "UpdateFlowPermissionsOutput";
const _UFPR = "UpdateFolderPermissionsRequest";
const _UFPRp = "UpdateFolderPermissionsResponse";
const _UFPp = "UpdateFolderPermissions";
const _UFR = "UpdateFlowRequest";
const _UFRp = "UpdateFlowResponse";
const _UFRpd = "UpdateFolderRequest";
const _UFRpda = "UpdateFolderResponse";
const _UFSA = "UseFactSetAction";
const _UFX = "UsernameFieldXpath";
const _UFp = "UpdateFlow";
const _UFpd = "UpdateFolder";
const _UG = "UseGrouping";
const _UGA = "UseGithubAction";
const _UGAA = "UseGoogleAnalyticsAction";
const _UGADS = "UpdateGoogleAnalyticsDataSource";
const _UGAs = "UseGmailAction";
const _UGAse = "UseGongAction";
const _UGBQDS = "UpdateGoogleBigQueryDataSource";
const _UGCA = "UseGoogleCalendarAction";
const _UGCAs = "UseGoogleChatAction";
const _UGDA = "UseGoogleDocsAction";
const _UGDAs = "UseGoogleDriveAction";
const _UGDKB = "UseGoogleDriveKnowledgeBase";
const _UGHDS = "UpdateGitHubDataSource";
const _UGHTTPA = "UseGenericHTTPAction";
const _UGMA = "UseGoogleMeetAction";
const _UGR = "UpdateGroupRequest";
const _UGRp = "UpdateGroupResponse";
const _UGSA = "UseGoogleSheetsAction";
const _UGSAs = "UseGoogleSlidesAction";
const _UGSDS = "UpdateGoogleSheetsDataSource";
const _UGp = "UpdateGroup";
const _UHA = "UseHubspotAction";
const _UHFA = "UseHuggingFaceAction";
const _UHGIA = "UseHGInsightsAction";
const _UI = "UnicodeIcon";
const _UIA = "UseIntercomAction";
const _UIAMPA = "UpdateIAMPolicyAssignment";
const _UIAMPAR = "UpdateIAMPolicyAssignmentRequest";
const _UIAMPARp = "UpdateIAMPolicyAssignmentResponse";
const _UIC = "UserIndexCapacity";
const _UICF = "UserIndexCapacityFilters";
const _UICFs = "UserIndexCapacityFilter";
const _UICL = "UserIndexCapacityList";
const _UICP = "UIColorPalette";
const _UIDCKB = "UseIDCKnowledgeBase";
const _UIDS = "UpdateImpalaDataSource";
const _UIPC = "UpdateIdentityPropagationConfig";
const _UIPCR = "UpdateIdentityPropagationConfigRequest";
const _UIPCRp = "UpdateIdentityPropagationConfigResponse";
const _UIR = "UpdateIpRestriction";
const _UIRR = "UpdateIpRestrictionRequest";
const _UIRRp = "UpdateIpRestrictionResponse";
const _UIU = "UserInvitationUrl";
const _UIs = "UserIdentifier";
const _UJA = "UseJiraAction";
const _UJDS = "UpdateJiraDataSource";
const _UK = "UniqueKey";
const _UKB = "UpdateKnowledgeBase";
const _UKBP = "UpdateKnowledgeBasePermissions";
const _UKBPR = "UpdateKnowledgeBasePermissionsRequest";
const _UKBPRp = "UpdateKnowledgeBasePermissionsResponse";
const _UKBR = "UpdateKnowledgeBaseRequest";
const _UKBRp = "UpdateKnowledgeBaseResponse";
const _UKL = "UniqueKeyList";
const _UKR = "UpdateKeyRegistration";
const _UKRR = "UpdateKeyRegistrationRequest";
const _UKRRp = "UpdateKeyRegistrationResponse";
const _UKn = "UniqueKeys";
const _UL = "UserList";
const _ULA = "UseLinearAction";
const _ULCI = "UnpivotedLabelColumnId";
const _ULCN = "UnpivotedLabelColumnName";
const _ULE = "UserLimitsEntry";
const _ULL = "UserLimitsList";
const _ULP = "UpdateLimitsProfile";
const _ULPL = "UpdateLinkPermissionList";
const _ULPR = "UpdateLimitsProfileRequest";
const _ULPRp = "UpdateLimitsProfileResponse";
const _ULs = "UserLimits";
const _UMA = "UseMondayAction";
const _UMADS = "UpdateMongoAtlasDataSource";
const _UMAs = "UseMoodysAction";
const _UMCPA = "UseMCPAction";
const _UMDDS = "UpdateMariaDbDataSource";
const _UMDDSp = "UpdateMongoDbDataSource";
const _UMSDS = "UpdateMySqlDataSource";
const _UMSEA = "UseMSExchangeAction";
const _UMSTA = "UseMSTeamsAction";
const _UN = "UserName";
const _UNA = "UseNotionAction";
const _UNC = "UserNameColumn";
const _UNOEF = "UserNameOrEmailFilter";
const _UNRA = "UseNewRelicAction";
const _UO = "UseOrdering";
const _UOACA = "UpdateOAuthClientApplication";
const _UOACAR = "UpdateOAuthClientApplicationRequest";
const _UOACARp = "UpdateOAuthClientApplicationResponse";
const _UOAIE = "UseOutlookAddInExtension";
const _UOAPIA = "UseOpenAPIAction";
const _UODA = "UseOneDriveAction";
const _UODKB = "UseOneDriveKnowledgeBase";
const _UODS = "UpdateOracleDataSource";
const _UONA = "UseOneNoteAction";
const _UOSDS = "UpdateOpenSearchDataSource";
const _UOn = "UnpivotOperation";
const _UOr = "UrlOptions";
const _UPAIE = "UsePowerpointAddInExtension";
const _UPBC = "UsePrimaryBackgroundColor";
const _UPDA = "UsePagerDutyAction";
const _UPDAA = "UsePagerDutyAgentAction";
const _UPDS = "UpdatePrestoDataSource";
const _UPPDS = "UpdatePayPalDataSource";
const _UPPE = "UnsupportedPricingPlanException";
const _UPSDS = "UpdatePostgreSqlDataSource";
const _UPSS = "UpdatePublicSharingSettings";
const _UPSSR = "UpdatePublicSharingSettingsRequest";
const _UPSSRp = "UpdatePublicSharingSettingsResponse";
const _UQBA = "UseQuickBooksAction";
const _UQBKB = "UseQBusinessKnowledgeBase";
const _UQPC = "UpdateQPersonalizationConfiguration";
const _UQPCR = "UpdateQPersonalizationConfigurationRequest";
const _UQPCRp = "UpdateQPersonalizationConfigurationResponse";
const _UQSQSC = "UpdateQuickSightQSearchConfiguration";
const _UQSQSCR = "UpdateQuickSightQSearchConfigurationRequest";
const _UQSQSCRp = "UpdateQuickSightQSearchConfigurationResponse";
const _UR = "UserRole";
const _URADDS = "UpdateRedshiftAutoDiscoveredDataSource";
const _URCP = "UpdateRoleCustomPermission";
const _URCPR = "UpdateRoleCustomPermissionRequest";
const _URCPRp = "UpdateRoleCustomPermissionResponse";
const _URD = "UndoRedoDisabled";
const _URDS = "UpdateRdsDataSource";
const _URDSp = "UpdateRadiantDataSource";
const _URI = "UpgradeRequestId";
const _URLO = "URLOperation";
const _URLS = "URLStyling";
const _URLT = "URLTemplate";
const _URLTa = "URLTarget";
const _URMDS = "UpdateRedshiftManualDataSource";
const _URP = "UpdateResourcePermissions";
const _URPL = "UpdateResourcePermissionList";
const _URPR = "UpdateResourcePermissionsRequest";
const _URPRp = "UpdateResourcePermissionsResponse";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URS = "UpdateRefreshSchedule";
const _URSR = "UpdateRefreshScheduleRequest";
const _URSRp = "UpdateRefreshScheduleResponse";
const _URn = "UntagResource";
const _US = "UnitScaler";
const _USA = "UseSlackAction";
const _USADS = "UpdateS3AnalyticsDataSource";
const _USAPBOMA = "UseSAPBillOfMaterialAction";
const _USAPBPA = "UseSAPBusinessPartnerAction";
const _USAPMSA = "UseSAPMaterialStockAction";
const _USAPPIA = "UseSAPPhysicalInventoryAction";
const _USAPPMDA = "UseSAPProductMasterDataAction";
const _USAs = "UseSalesforceAction";
const _USAse = "UseSmartsheetAction";
const _USAseh = "UseShopifyAction";
const _USDS = "UpdateS3DataSource";
const _USDSp = "UpdateSnowflakeDataSource";
const _USDSpd = "UpdateStarburstDataSource";
const _USDSpda = "UpdateSparkDataSource";
const _USDSpdat = "UpdateSalesforceDataSource";
const _USDSpdate = "UpdateSquareDataSource";
const _USFA = "UseSnowFlakeAction";
const _USHDS = "UpdateSapHanaDataSource";
const _USKB = "UseS3KnowledgeBase";
const _USN = "UseServiceName";
const _USNA = "UseServiceNowAction";
const _USNDS = "UpdateServiceNowDataSource";
const _USP = "UpdateSpacePermissions";
const _USPA = "UseSharePointAction";
const _USPGEA = "UseSandPGlobalEnergyAction";
const _USPGMIA = "UseSandPGMIAction";
const _USPICECC = "UpdateSPICECapacityConfiguration";
const _USPICECCR = "UpdateSPICECapacityConfigurationRequest";
const _USPICECCRp = "UpdateSPICECapacityConfigurationResponse";
const _USPKB = "UseSharePointKnowledgeBase";
const _USPR = "UpdateSpacePermissionsRequest";
const _USPRp = "UpdateSpacePermissionsResponse";
const _USR = "UpdateSpaceRequest";
const _USRR = "UpdateSpaceResourcesRequest";
const _USRRp = "UpdateSpaceResourcesResponse";
const _USRp = "UpdateSpaceResponse";
const _USRpd = "UpdateSpaceResources";
const _USSDS = "UpdateSqlServerDataSource";
const _USTDS = "UpdateS3TablesDataSource";
const _USU = "UpdateSelfUpgrade";
const _USUC = "UpdateSelfUpgradeConfiguration";
const _USUCR = "UpdateSelfUpgradeConfigurationRequest";
const _USUCRp = "UpdateSelfUpgradeConfigurationResponse";
const _USUR = "UpdateSelfUpgradeRequest";
const _USURp = "UpdateSelfUpgradeResponse";
const _USn = "UnpivotStep";
const _USp = "UploadSettings";
const _USpd = "UpdateStatus";
const _USpda = "UpdateSpace";
const _UT = "UpdateTemplate";
const _UTA = "UseTextractAction";
const _UTAR = "UpdateTemplateAliasRequest";
const _UTARp = "UpdateTemplateAliasResponse";
const _UTARpd = "UpdateThemeAliasRequest";
const _UTARpda = "UpdateThemeAliasResponse";
const _UTAp = "UpdateTemplateAlias";
const _UTApd = "UpdateThemeAlias";
const _UTDS = "UpdateTimestreamDataSource";
const _UTDSp = "UpdateTrinoDataSource";
const _UTDSpd = "UpdateTeradataDataSource";
const _UTDSpda = "UpdateTwitterDataSource";
const _UTP = "UpdateTemplatePermissions";
const _UTPR = "UpdateTemplatePermissionsRequest";
const _UTPRp = "UpdateTemplatePermissionsResponse";
const _UTPRpd = "UpdateThemePermissionsRequest";
const _UTPRpda = "UpdateThemePermissionsResponse";
const _UTPRpdat = "UpdateTopicPermissionsRequest";
const _UTPRpdate = "UpdateTopicPermissionsResponse";
const _UTPV = "UpdateTopicPermissionsV2";
const _UTPVR = "UpdateTopicPermissionsV2Request";
const _UTPVRp = "UpdateTopicPermissionsV2Response";
const _UTPp = "UpdateThemePermissions";
const _UTPpd = "UpdateTopicPermissions";
const _UTR = "UpdateTemplateRequest";
const _UTRS = "UpdateTopicRefreshSchedule";
const _UTRSR = "UpdateTopicRefreshScheduleRequest";
const _UTRSRp = "UpdateTopicRefreshScheduleResponse";
const _UTRp = "UpdateTemplateResponse";
const _UTRpd = "UpdateThemeRequest";
const _UTRpda = "UpdateThemeResponse";
const _UTRpdat = "UpdateTopicRequest";
const _UTRpdate = "UpdateTopicResponse";
const _UTV = "UpdateTopicV2";
const _UTVR = "UpdateTopicV2Request";
const _UTVRp = "UpdateTopicV2Response";
const _UTp = "UpdateTheme";
const _UTpd = "UpdateTopic";
const _UU = "UpdateUser";
const _UUCP = "UpdateUserCustomPermission";
const _UUCPR = "UpdateUserCustomPermissionRequest";
const _UUCPRp = "UpdateUserCustomPermissionResponse";
const _UUEE = "UnsupportedUserEditionException";
const _UUR = "UpdateUserRequest";
const _UURp = "UpdateUserResponse";
const _UV = "UniqueValues";
const _UVAA = "UseVisierAgentAction";
const _UVC = "UniqueValuesComputation";
const _UVCI = "UnpivotedValueColumnId";
const _UVCN = "UnpivotedValueColumnName";
const _UVPCC = "UpdateVPCConnection";
const _UVPCCR = "UpdateVPCConnectionRequest";
const _UVPCCRp = "UpdateVPCConnectionResponse";
const _UWAA = "UseWhatsAppAction";
const _UWAIE = "UseWordAddInExtension";
const _UWCKB = "UseWebCrawlerKnowledgeBase";
const _UZA = "UseZendeskAction";
const _UZAs = "UseZoomAction";
const _UZAse = "UseZapierAction";
const _UZIA = "UseZoomInfoAction";
const _Un = "Unaggregated";
const _Ur = "Url";
const _Us = "User";
const _V = "Value";
const _VA = "ValueAxis";
const _VAA = "VisierAgentAction";
const _VASO = "VisualAxisSortOption";
const _VASPICEC = "ViewAccountSPICECapacity";
const _VAe = "VersionArn";
const _VCA = "VpcConnectionArn";
const _VCAD = "VisualCustomActionDefaults";
const _VCAFL = "VisualCustomizationAdditionalFieldsList";
const _VCAL = "VisualCustomActionList";
const _VCAO = "VisualCustomActionOperation";
const _VCAOL = "VisualCustomActionOperationList";
const _VCAT = "VisualContentAltText";
const _VCAi = "VisualCustomAction";
const _VCC = "ValueColumnConfiguration";
const _VCFC = "VisualCustomizationFieldsConfiguration";
const _VCP = "VpcConnectionProperties";
const _VCS = "ValueCellStyle";
const _VD = "VersionDescription";
const _VE = "ViolatedEntities";
const _VEC = "VideoExtractionConfiguration";
const _VEIRRM = "VpcEndpointIdRestrictionRuleMap";
const _VFC = "ValueFontConfiguration";
const _VFMV = "ValueForMultipleValues";
const _VHO = "VisualHighlightOperation";
const _VI = "VisualId";
const _VIO = "VisualInteractionOptions";
const _VIRRM = "VpcIdRestrictionRuleMap";
const _VIe = "VersionId";
const _VIi = "VisualIds";
const _VL = "ValueList";
const _VLC = "ValueLabelConfiguration";
const _VLO = "ValueLabelOptions";
const _VLOi = "VisualLayoutOptions";
const _VLi = "VisualList";
const _VM = "VisualMessages";
const _VMC = "VisualMessageConfiguration";
const _VMO = "VisualMenuOption";
const _VN = "VersionNumber";
const _VO = "VisualOptions";
const _VOV = "VerticalOverflowVisibility";
const _VP = "VisualPalette";
const _VPCC = "VPCConnections";
const _VPCCI = "VPCConnectionId";
const _VPCCIo = "VPCConnectionIds";
const _VPCCS = "VPCConnectionSummaries";
const _VPCCSL = "VPCConnectionSummaryList";
const _VPCCSo = "VPCConnectionSummary";
const _VPCCo = "VPCConnection";
const _VPCI = "VPCId";
const _VPO = "VisualPublishOptions";
const _VPe = "VerticalPosition";
const _VPi = "VisualProperties";
const _VR = "VisibleRange";
const _VRO = "VisibleRangeOptions";
const _VS = "VersionStatus";
const _VSFC = "VisualSubtitleFontConfiguration";
const _VSLO = "VisualSubtitleLabelOptions";
const _VSa = "ValidationStrategy";
const _VSi = "VisualSubtitle";
const _VSis = "VisibilityState";
const _VT = "VisualTitle";
const _VTA = "VerticalTextAlignment";
const _VTFC = "VisualTitleFontConfiguration";
const _VTLO = "VisualTitleLabelOptions";
const _VTa = "ValueType";
const _VTi = "VisualType";
const _VWU = "ValueWhenUnset";
const _VWUO = "ValueWhenUnsetOption";
const _Va = "Values";
const _Ve = "Version";
const _Vi = "Visibility";
const _Vis = "Visualization";
const _Visu = "Visuals";
const _Visua = "Visual";
const _W = "Width";
const _WAA = "WhatsAppAction";
const _WC = "WordCasing";
const _WCAFW = "WaterfallChartAggregatedFieldWells";
const _WCAFWo = "WordCloudAggregatedFieldWells";
const _WCAT = "WebCrawlerAuthType";
const _WCC = "WaterfallChartConfiguration";
const _WCCC = "WaterfallChartColorConfiguration";
const _WCCCo = "WordCloudChartConfiguration";
const _WCDFL = "WordCloudDimensionFieldList";
const _WCFW = "WaterfallChartFieldWells";
const _WCFWo = "WordCloudFieldWells";
const _WCGCC = "WaterfallChartGroupColorConfiguration";
const _WCKB = "WebCrawlerKnowledgeBase";
const _WCMFL = "WordCloudMeasureFieldList";
const _WCO = "WaterfallChartOptions";
const _WCOo = "WordCloudOptions";
const _WCP = "WebCrawlerParameters";
const _WCSC = "WaterfallChartSortConfiguration";
const _WCSCo = "WordCloudSortConfiguration";
const _WCV = "WordCloudVisual";
const _WF = "WarningForeground";
const _WG = "WorkGroup";
const _WIPS = "WhatIfPointScenario";
const _WIRS = "WhatIfRangeScenario";
const _WM = "WelcomeMessage";
const _WO = "WindowOptions";
const _WOI = "WaitingOnIngestion";
const _WOo = "WordOrientation";
const _WP = "WordPadding";
const _WPC = "WebProxyCredentials";
const _WPHN = "WebProxyHostName";
const _WPP = "WebProxyPassword";
const _WPPN = "WebProxyPortNumber";
const _WPU = "WebProxyUsername";
const _WS = "WeekStart";
const _WSe = "WeightSort";
const _WSi = "WindowSize";
const _WSo = "WordScaling";
const _WV = "WaterfallVisual";
const _Wa = "Warning";
const _War = "Warnings";
const _Ware = "Warehouse";
const _We = "West";
const _Wei = "Weight";
const _XA = "XAxis";
const _XADO = "XAxisDisplayOptions";
const _XAF = "XAxisField";
const _XAL = "XAxisLocation";
const _XALO = "XAxisLabelOptions";
const _YA = "YAxis";
const _YAB = "YAxisBehavior";
const _YADO = "YAxisDisplayOptions";
const _YAL = "YAxisLocation";
const _YALO = "YAxisLabelOptions";
const _YAO = "YAxisOptions";
const _ZA = "ZendeskAction";
const _ZAa = "ZapierAction";
const _ZAo = "ZoomAction";
const _ZIA = "ZoomInfoAction";
const _a = "arn";
const _aAI = "awsAccountId";
const _aEC = "audioExtractionConfiguration";
const _aES = "audioExtractionStatus";
const _aI = "accountId";
const _aN = "accountName";
const _adi = "additional-dashboard-ids";
const _an = "alias-name";
const _as = "assignment-status";
const _c = "client";
const _cA = "createdAt";
const _cB = "createdBy";
const _cBA = "createdByArn";
const _cSDC = "consumedSourceDocCount";
const _cSS = "consumedSourceSize";
const _cT = "clientToken";
const _co = "columns";
const _ct = "creds-type";
const _d = "description";
const _dT = "directoryType";
const _dko = "default-key-only";
const _e = "error";
const _eC = "errorCode";
const _eL = "effectiveLimits";
const _em = "email";
const _ep = "entry-point";
const _er = "errors";
const _f = "filters";
const _fdwr = "force-delete-without-recovery";
const _h = "http";
const _hE = "httpError";
const _hO = "highlightOperation";
const _hQ = "httpQuery";
const _iACLE = "isACLEnabled";
const _iEC = "imageExtractionConfiguration";
const _iES = "imageExtractionStatus";
const _iIP = "includeInputPayload";
const _iOP = "includeOutputPayload";
const _k = "keys";
const _kC = "kbCount";
const _lU = "limitUnit";
const _lUAT = "lastUpdateAttemptTime";
const _lUFR = "lastUpdateFailureReason";
const _lV = "limitValue";
const _m = "message";
const _mB = "minBytes";
const _mBa = "maxBytes";
const _mC = "maxContributors";
const _mR = "maxResults";
const _mV = "maxValue";
const _mr = "max-results";
const _mr_ = "max-result";
const _n = "namespace";
const _nT = "nextToken";
const _na = "name";
const _nt = "next-token";
const _o = "operator";
const _p = "profile";
const _pI = "profileId";
const _pN = "profileName";
const _pS = "promptSummary";
const _pe = "percentage";
const _per = "permissions";
const _pr = "profiles";
const _pre = "prefix";
const _ps = "publish-state";
const _r = "resolved";
const _rA = "resourceArn";
const _rC = "resourcesCount";
const _rD = "resourceDetails";
const _rFSB = "rawFileSizeBytes";
const _rI = "requestId";
const _rL = "resourceLimits";
const _rT = "resourceTypes";
const _rTe = "resourceType";
const _rd = "reset-disabled";
const _re = "resources";
const _ro = "role";
const _rtf = "restore-to-folders";
const _rwid = "recovery-window-in-days";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.quicksight";
const _sA = "spaceArn";
const _sB = "sortBy";
const _sBF = "sortByField";
const _sC = "spaceCount";
const _sI = "spaceId";
const _sO = "sortOrder";
const _se = "server";
const _sl = "session-lifetime";
const _so = "source";
const _spe = "state-persistence-enabled";
const _t = "template";
const _tC = "templateConfiguration";
const _tCB = "totalCapacityBytes";
const _tKBCB = "totalKBCapacityBytes";
const _tSCB = "totalSpaceCapacityBytes";
const _ty = "type";
const _u = "users";
const _uA = "userArn";
const _uAp = "updatedAt";
const _uL = "userLimits";
const _uLN = "userLoginName";
const _uN = "userName";
const _uNOE = "userNameOrEmail";
const _ua = "user-arn";
const _un = "unit";
const _urd = "undo-redo-disabled";
const _v = "value";
const _vEC = "videoExtractionConfiguration";
const _vES = "videoExtractionStatus";
const _vET = "videoExtractionType";
const _vI = "versionId";
const _vn = "version-number";
const n0 = "com.amazonaws.quicksight";



const _s_registry = new schema.TypeRegistry(_s);
var QuickSightServiceException$ = [-3, _s, "QuickSightServiceException", 0, [], []];
_s_registry.registerError(QuickSightServiceException$, QuickSightServiceException);
const n0_registry = new schema.TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 401 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConcurrentUpdatingException$ = [-3, n0, _CUE,
    { [_e]: _se, [_hE]: 500 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(ConcurrentUpdatingException$, ConcurrentUpdatingException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var CustomerManagedKeyUnavailableException$ = [-3, n0, _CMKUE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(CustomerManagedKeyUnavailableException$, CustomerManagedKeyUnavailableException);
var DomainNotWhitelistedException$ = [-3, n0, _DNWE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(DomainNotWhitelistedException$, DomainNotWhitelistedException);
var IdentityTypeNotSupportedException$ = [-3, n0, _ITNSE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(IdentityTypeNotSupportedException$, IdentityTypeNotSupportedException);
var InternalFailureException$ = [-3, n0, _IFE,
    { [_e]: _se, [_hE]: 500 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(InternalFailureException$, InternalFailureException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0], 1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var InvalidDataSetParameterValueException$ = [-3, n0, _IDSPVE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(InvalidDataSetParameterValueException$, InvalidDataSetParameterValueException);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidParameterValueException$ = [-3, n0, _IPVE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestException$ = [-3, n0, _IRE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _RT, _RI],
    [0, 0, 0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var PreconditionNotMetException$ = [-3, n0, _PNME,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(PreconditionNotMetException$, PreconditionNotMetException);
var QuickSightUserNotFoundException$ = [-3, n0, _QSUNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(QuickSightUserNotFoundException$, QuickSightUserNotFoundException);
var ResourceExistsException$ = [-3, n0, _REE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _RT, _RI],
    [0, 0, 0]
];
n0_registry.registerError(ResourceExistsException$, ResourceExistsException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M, _RT, _RI],
    [0, 0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceUnavailableException$ = [-3, n0, _RUE,
    { [_e]: _se, [_hE]: 503 },
    [_M, _RT, _RI],
    [0, 0, 0]
];
n0_registry.registerError(ResourceUnavailableException$, ResourceUnavailableException);
var SessionLifetimeInMinutesInvalidException$ = [-3, n0, _SLIMIE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(SessionLifetimeInMinutesInvalidException$, SessionLifetimeInMinutesInvalidException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnsupportedPricingPlanException$ = [-3, n0, _UPPE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(UnsupportedPricingPlanException$, UnsupportedPricingPlanException);
var UnsupportedUserEditionException$ = [-3, n0, _UUEE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _RI],
    [0, 0]
];
n0_registry.registerError(UnsupportedUserEditionException$, UnsupportedUserEditionException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var ActionConnectorDescription = [0, n0, _ACD, 8, 0];
var ActionConnectorName = [0, n0, _ACN, 8, 0];
var ActionPassword = [0, n0, _AP, 8, 0];
var ActionUserName = [0, n0, _AUN, 8, 0];
var AdditionalNotesText = [0, n0, _ANT, 8, 0];
var APIKey = [0, n0, _APIK, 8, 0];
var AssetBundleImportBodyBlob = [0, n0, _ABIBB, 8, 21];
var CalculatedFieldExpression = [0, n0, _CFE, 8, 0];
var ClientSecret = [0, n0, _CS, 8, 0];
var ColumnDescriptiveText = [0, n0, _CDT, 8, 0];
var CustomInstructionsString = [0, n0, _CIS, 8, 0];
var DataSetCalculatedFieldExpression = [0, n0, _DSCFE, 8, 0];
var DataSetDescriptiveText = [0, n0, _DSDT, 8, 0];
var DataSetStringFilterStaticValue = [0, n0, _DSSFSV, 8, 0];
var DataSourceCertThumbprint = [0, n0, _DSCT, 8, 0];
var DataSourceKmsKeyArn = [0, n0, _DSKKA, 8, 0];
var DescriptionSensitiveString = [0, n0, _DSS, 8, 0];
var Email = [0, n0, _E, 8, 0];
var EmbeddingUrl = [0, n0, _EU, 8, 0];
var Expression = [0, n0, _Ex, 8, 0];
var FieldValue = [0, n0, _FV, 8, 0];
var HierarchyFilterValue = [0, n0, _HFV, 8, 0];
var InlineCustomInstructionText = [0, n0, _ICIT, 8, 0];
var JoinOperationOnClause = [0, n0, _JOOC, 8, 0];
var LimitedSensitiveString = [0, n0, _LSS, 8, 0];
var NullString = [0, n0, _NS, 8, 0];
var OAuthAuthorizationEndpointUrl = [0, n0, _OAAEU, 8, 0];
var OAuthClientId = [0, n0, _OACI, 8, 0];
var OAuthClientSecret = [0, n0, _OACS, 8, 0];
var OAuthTokenEndpointUrl = [0, n0, _OATEU, 8, 0];
var OAuthUsername = [0, n0, _OAU, 8, 0];
var Prefix = [0, n0, _P, 8, 0];
var PrivateKey = [0, n0, _PK, 8, 0];
var PrivateKeyPassphrase = [0, n0, _PKP, 8, 0];
var QAQueryText = [0, n0, _QAQT, 8, 0];
var SensitiveDocument = [0, n0, _SD, 8, 15];
var SensitiveDouble = [0, n0, _SDe, 8, 1];
var SensitiveDoubleObject = [0, n0, _SDO, 8, 1];
var SensitiveIOPayload = [0, n0, _SIOP, 8, 0];
var SensitiveLong = [0, n0, _SL, 8, 1];
var SensitiveLongObject = [0, n0, _SLO, 8, 1];
var SensitiveS3Uri = [0, n0, _SSU, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var SensitiveStringObject = [0, n0, _SSO, 8, 0];
var SensitiveText = [0, n0, _ST, 8, 0];
var SensitiveTimestamp = [0, n0, _STe, 8, 4];
var SessionTagValue = [0, n0, _STV, 8, 0];
var SpaceDescription = [0, n0, _SDp, 8, 0];
var SqlQuery = [0, n0, _SQ, 8, 0];
var StyleDescription = [0, n0, _SDt, 8, 0];
var Suffix = [0, n0, _S, 8, 0];
var SynonymString = [0, n0, _SSy, 8, 0];
var WelcomeMessage = [0, n0, _WM, 8, 0];
var AccessControlConfiguration$ = [3, n0, _ACC,
    0,
    [_iACLE],
    [2]
];
var AccountCustomization$ = [3, n0, _AC,
    0,
    [_DT, _DECT],
    [0, 0]
];
var AccountInfo$ = [3, n0, _AI,
    0,
    [_AN, _Ed, _NE, _AT, _ASS, _IAMICIA],
    [0, 0, 0, 0, 0, 0]
];
var AccountSettings$ = [3, n0, _AS,
    0,
    [_AN, _Ed, _DN, _NE, _PSE, _TPE],
    [0, 0, 0, 0, 2, 2]
];
var ActionConnector$ = [3, n0, _ACc,
    0,
    [_A, _ACI, _T, _N, _LUT, _CT, _St, _Er, _D, _ACu, _EA, _VCA],
    [0, 0, 0, [() => ActionConnectorName, 0], 4, 4, 0, () => ActionConnectorError$, [() => ActionConnectorDescription, 0], [() => ReadAuthConfig$, 0], 64 | 0, 0], 5
];
var ActionConnectorError$ = [3, n0, _ACE,
    0,
    [_M, _T],
    [0, 0]
];
var ActionConnectorSearchFilter$ = [3, n0, _ACSF,
    0,
    [_N, _O, _V],
    [0, 0, 0], 3
];
var ActionConnectorSummary$ = [3, n0, _ACS,
    0,
    [_A, _ACI, _T, _N, _LUT, _CT, _St, _Er],
    [0, 0, 0, [() => ActionConnectorName, 0], 4, 4, 0, () => ActionConnectorError$], 5
];
var ActiveIAMPolicyAssignment$ = [3, n0, _AIAMPA,
    0,
    [_ANs, _PA],
    [0, 0]
];
var AdditionalNotes$ = [3, n0, _ANd,
    0,
    [_Te],
    [[() => AdditionalNotesText, 0]]
];
var AdHocFilteringOption$ = [3, n0, _AHFO,
    0,
    [_ASv],
    [0]
];
var Agent$ = [3, n0, _Ag,
    0,
    [_N, _A, _AIg, _AL, _ASg, _CA, _C, _UA, _Sp, _ACct, _D, _II, _SP, _WM, _CPI, _EM],
    [0, 0, 0, 0, 0, 4, 0, 4, 64 | 0, 64 | 0, 0, 0, [() => StarterPromptList, 0], [() => WelcomeMessage, 0], [() => CustomPromptInterface$, 0], 0], 8
];
var AgentSearchFilter$ = [3, n0, _ASF,
    0,
    [_N, _O, _V],
    [0, 0, 0]
];
var AgentSummary$ = [3, n0, _ASge,
    0,
    [_A, _AIg, _N, _CA, _UA, _D, _II],
    [0, 0, 0, 4, 4, 0, 0], 5
];
var AggFunction$ = [3, n0, _AF,
    0,
    [_Agg, _AFP, _Pe, _PF],
    [0, 128 | 0, 0, 0]
];
var AggregateOperation$ = [3, n0, _AO,
    0,
    [_Al, _So, _Aggr, _GBCN],
    [0, () => TransformOperationSource$, () => AggregationList, 64 | 0], 3
];
var Aggregation$ = [3, n0, _Agg,
    0,
    [_AFg, _NCN, _NCI],
    [() => DataPrepAggregationFunction$, 0, 0], 3
];
var AggregationFunction$ = [3, n0, _AFg,
    0,
    [_NAF, _CAF, _DAF, _AAF],
    [() => NumericalAggregationFunction$, 0, 0, () => AttributeAggregationFunction$]
];
var AggregationPartitionBy$ = [3, n0, _APB,
    0,
    [_FN, _TG],
    [0, 0]
];
var AggregationSortConfiguration$ = [3, n0, _ASC,
    0,
    [_Co, _SDo, _AFg],
    [() => ColumnIdentifier$, 0, () => AggregationFunction$], 2
];
var AllSheetsFilterScopeConfiguration$ = [3, n0, _ASFSC,
    0,
    [],
    []
];
var AmazonElasticsearchParameters$ = [3, n0, _AEP,
    0,
    [_Do],
    [0], 1
];
var AmazonOpenSearchParameters$ = [3, n0, _AOSP,
    0,
    [_Do],
    [0], 1
];
var AmazonQInQuickSightConsoleConfigurations$ = [3, n0, _AQIQSCC,
    0,
    [_DQA, _GA, _ES, _DS],
    [() => DataQnAConfigurations$, () => GenerativeAuthoringConfigurations$, () => ExecutiveSummaryConfigurations$, () => DataStoriesConfigurations$]
];
var AmazonQInQuickSightDashboardConfigurations$ = [3, n0, _AQIQSDC,
    0,
    [_ES],
    [() => ExecutiveSummaryConfigurations$]
];
var Analysis$ = [3, n0, _An,
    0,
    [_AIn, _A, _N, _St, _Err, _DSA, _TA, _TAh, _CT, _LUT, _Sh],
    [0, 0, 0, 0, () => AnalysisErrorList, 64 | 0, 64 | 0, 0, 4, 4, [() => SheetList, 0]]
];
var AnalysisDefaults$ = [3, n0, _AD,
    0,
    [_DNSC],
    [() => DefaultNewSheetConfiguration$], 1
];
var AnalysisDefinition$ = [3, n0, _ADn,
    0,
    [_DSID, _TID, _Sh, _TS, _CF, _PD, _FG, _CC, _AD, _Op, _QEO, _SF],
    [() => DataSetIdentifierDeclarationList, () => TopicIdentifierDeclarationList, [() => SheetDefinitionList, 0], [() => TooltipSheetDefinitionList, 0], [() => CalculatedFields, 0], [() => ParameterDeclarationList, 0], [() => FilterGroupList, 0], [() => ColumnConfigurationList, 0], () => AnalysisDefaults$, () => AssetOptions$, () => QueryExecutionOptions$, () => StaticFileList], 1
];
var AnalysisError$ = [3, n0, _AE,
    0,
    [_T, _M, _VE],
    [0, 0, () => EntityList]
];
var AnalysisSearchFilter$ = [3, n0, _ASFn,
    0,
    [_O, _N, _V],
    [0, 0, 0]
];
var AnalysisSourceEntity$ = [3, n0, _ASE,
    0,
    [_STo],
    [() => AnalysisSourceTemplate$]
];
var AnalysisSourceTemplate$ = [3, n0, _AST,
    0,
    [_DSR, _A, _TR],
    [() => DataSetReferenceList, 0, () => TopicReferenceList], 2
];
var AnalysisSummary$ = [3, n0, _ASn,
    0,
    [_A, _AIn, _N, _St, _CT, _LUT],
    [0, 0, 0, 0, 4, 4]
];
var Anchor$ = [3, n0, _Anc,
    0,
    [_ATn, _TG, _Of],
    [0, 0, 1]
];
var AnchorDateConfiguration$ = [3, n0, _ADC,
    0,
    [_AOn, _PN],
    [0, 0]
];
var AnonymousUserDashboardEmbeddingConfiguration$ = [3, n0, _AUDEC,
    0,
    [_IDI, _EF, _DF, _FC],
    [0, 64 | 0, 64 | 0, () => AnonymousUserDashboardFeatureConfigurations$], 1
];
var AnonymousUserDashboardFeatureConfigurations$ = [3, n0, _AUDFC,
    0,
    [_SV],
    [() => SharedViewConfigurations$]
];
var AnonymousUserDashboardVisualEmbeddingConfiguration$ = [3, n0, _AUDVEC,
    0,
    [_IDVI],
    [() => DashboardVisualId$], 1
];
var AnonymousUserEmbeddingExperienceConfiguration$ = [3, n0, _AUEEC,
    0,
    [_Da, _DV, _QSB, _GQA],
    [() => AnonymousUserDashboardEmbeddingConfiguration$, () => AnonymousUserDashboardVisualEmbeddingConfiguration$, () => AnonymousUserQSearchBarEmbeddingConfiguration$, () => AnonymousUserGenerativeQnAEmbeddingConfiguration$]
];
var AnonymousUserGenerativeQnAEmbeddingConfiguration$ = [3, n0, _AUGQAEC,
    0,
    [_ITI],
    [0], 1
];
var AnonymousUserQSearchBarEmbeddingConfiguration$ = [3, n0, _AUQSBEC,
    0,
    [_ITI],
    [0], 1
];
var AnonymousUserSnapshotJobResult$ = [3, n0, _AUSJR,
    0,
    [_FGi],
    [[() => SnapshotJobResultFileGroupList, 0]]
];
var APIKeyConnectionMetadata$ = [3, n0, _APIKCM,
    0,
    [_BE, _AK, _E],
    [0, [() => APIKey, 0], [() => Email, 0]], 2
];
var AppendedColumn$ = [3, n0, _ACp,
    0,
    [_CN, _NCI],
    [0, 0], 2
];
var AppendOperation$ = [3, n0, _AOp,
    0,
    [_Al, _ACpp, _FS, _SSe],
    [0, () => AppendedColumnList, () => TransformOperationSource$, () => TransformOperationSource$], 2
];
var ApplicableTo$ = [3, n0, _ATp,
    0,
    [_T, _GAr],
    [0, 64 | 0], 1
];
var ApplicationTheme$ = [3, n0, _ATpp,
    0,
    [_BCP, _CAP, _BES],
    [() => BrandColorPalette$, () => ContextualAccentPalette$, () => BrandElementStyle$]
];
var ApprovalPolicy$ = [3, n0, _APp,
    0,
    [_PI, _PA, _N, _Ac, _ATs, _ATp, _AG, _CA, _UA, _D],
    [0, 0, 0, 64 | 0, 64 | 0, () => ApplicableTo$, 64 | 0, 4, 4, 0], 9
];
var AppSummary$ = [3, n0, _ASp,
    0,
    [_AIp, _A, _N, _CT, _LUT, _Vi],
    [0, 0, 0, 4, 4, 0]
];
var ArcAxisConfiguration$ = [3, n0, _AAC,
    0,
    [_R, _RR],
    [() => ArcAxisDisplayRange$, 1]
];
var ArcAxisDisplayRange$ = [3, n0, _AADR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var ArcConfiguration$ = [3, n0, _ACr,
    0,
    [_AA, _ATr],
    [1, 0]
];
var ArcOptions$ = [3, n0, _AOr,
    0,
    [_ATr],
    [0]
];
var AssetBundleCloudFormationOverridePropertyConfiguration$ = [3, n0, _ABCFOPC,
    0,
    [_RIOC, _VPCC, _RS, _DSa, _DSat, _Th, _Ana, _Das, _F, _TV],
    [() => AssetBundleExportJobResourceIdOverrideConfiguration$, () => AssetBundleExportJobVPCConnectionOverridePropertiesList, () => AssetBundleExportJobRefreshScheduleOverridePropertiesList, () => AssetBundleExportJobDataSourceOverridePropertiesList, () => AssetBundleExportJobDataSetOverridePropertiesList, () => AssetBundleExportJobThemeOverridePropertiesList, () => AssetBundleExportJobAnalysisOverridePropertiesList, () => AssetBundleExportJobDashboardOverridePropertiesList, () => AssetBundleExportJobFolderOverridePropertiesList, () => AssetBundleExportJobTopicV2OverridePropertiesList]
];
var AssetBundleExportJobAnalysisOverrideProperties$ = [3, n0, _ABEJAOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobDashboardOverrideProperties$ = [3, n0, _ABEJDOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobDataSetOverrideProperties$ = [3, n0, _ABEJDSOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobDataSourceOverrideProperties$ = [3, n0, _ABEJDSOPs,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobError$ = [3, n0, _ABEJE,
    0,
    [_A, _T, _M],
    [0, 0, 0]
];
var AssetBundleExportJobFolderOverrideProperties$ = [3, n0, _ABEJFOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobRefreshScheduleOverrideProperties$ = [3, n0, _ABEJRSOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobResourceIdOverrideConfiguration$ = [3, n0, _ABEJRIOC,
    0,
    [_PFAR],
    [2]
];
var AssetBundleExportJobSummary$ = [3, n0, _ABEJS,
    0,
    [_JS, _A, _CT, _ABEJI, _IAD, _EFx, _IP, _IT],
    [0, 0, 4, 0, 2, 0, 2, 2]
];
var AssetBundleExportJobThemeOverrideProperties$ = [3, n0, _ABEJTOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobTopicV2OverrideProperties$ = [3, n0, _ABEJTVOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobValidationStrategy$ = [3, n0, _ABEJVS,
    0,
    [_SMFAR],
    [2]
];
var AssetBundleExportJobVPCConnectionOverrideProperties$ = [3, n0, _ABEJVPCCOP,
    0,
    [_A, _Pr],
    [0, 64 | 0], 2
];
var AssetBundleExportJobWarning$ = [3, n0, _ABEJW,
    0,
    [_A, _M],
    [0, 0]
];
var AssetBundleImportJobAnalysisOverrideParameters$ = [3, n0, _ABIJAOP,
    0,
    [_AIn, _N],
    [0, 0], 1
];
var AssetBundleImportJobAnalysisOverridePermissions$ = [3, n0, _ABIJAOPs,
    0,
    [_AIna, _Per],
    [64 | 0, () => AssetBundleResourcePermissions$], 2
];
var AssetBundleImportJobAnalysisOverrideTags$ = [3, n0, _ABIJAOT,
    0,
    [_AIna, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobDashboardOverrideParameters$ = [3, n0, _ABIJDOP,
    0,
    [_DI, _N],
    [0, 0], 1
];
var AssetBundleImportJobDashboardOverridePermissions$ = [3, n0, _ABIJDOPs,
    0,
    [_DIa, _Per, _LSC],
    [64 | 0, () => AssetBundleResourcePermissions$, () => AssetBundleResourceLinkSharingConfiguration$], 1
];
var AssetBundleImportJobDashboardOverrideTags$ = [3, n0, _ABIJDOT,
    0,
    [_DIa, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobDataSetOverrideParameters$ = [3, n0, _ABIJDSOP,
    0,
    [_DSI, _N, _DSRP],
    [0, 0, () => DataSetRefreshProperties$], 1
];
var AssetBundleImportJobDataSetOverridePermissions$ = [3, n0, _ABIJDSOPs,
    0,
    [_DSIa, _Per],
    [64 | 0, () => AssetBundleResourcePermissions$], 2
];
var AssetBundleImportJobDataSetOverrideTags$ = [3, n0, _ABIJDSOT,
    0,
    [_DSIa, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobDataSourceCredentialPair$ = [3, n0, _ABIJDSCP,
    8,
    [_U, _Pa],
    [0, 0], 2
];
var AssetBundleImportJobDataSourceCredentials$ = [3, n0, _ABIJDSC,
    0,
    [_CP, _SA],
    [[() => AssetBundleImportJobDataSourceCredentialPair$, 0], 0]
];
var AssetBundleImportJobDataSourceOverrideParameters$ = [3, n0, _ABIJDSOPss,
    0,
    [_DSIat, _N, _DSP, _VCP, _SPs, _Cr],
    [0, 0, () => DataSourceParameters$, () => VpcConnectionProperties$, () => SslProperties$, [() => AssetBundleImportJobDataSourceCredentials$, 0]], 1
];
var AssetBundleImportJobDataSourceOverridePermissions$ = [3, n0, _ABIJDSOPsse,
    0,
    [_DSIata, _Per],
    [64 | 0, () => AssetBundleResourcePermissions$], 2
];
var AssetBundleImportJobDataSourceOverrideTags$ = [3, n0, _ABIJDSOTs,
    0,
    [_DSIata, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobError$ = [3, n0, _ABIJE,
    0,
    [_A, _T, _M],
    [0, 0, 0]
];
var AssetBundleImportJobFolderOverrideParameters$ = [3, n0, _ABIJFOP,
    0,
    [_FI, _N, _PFA],
    [0, 0, 0], 1
];
var AssetBundleImportJobFolderOverridePermissions$ = [3, n0, _ABIJFOPs,
    0,
    [_FIo, _Per],
    [64 | 0, () => AssetBundleResourcePermissions$], 1
];
var AssetBundleImportJobFolderOverrideTags$ = [3, n0, _ABIJFOT,
    0,
    [_FIo, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobOverrideParameters$ = [3, n0, _ABIJOP,
    0,
    [_RIOC, _VPCC, _RS, _DSa, _DSat, _Th, _Ana, _Das, _F, _TV],
    [() => AssetBundleImportJobResourceIdOverrideConfiguration$, () => AssetBundleImportJobVPCConnectionOverrideParametersList, () => AssetBundleImportJobRefreshScheduleOverrideParametersList, [() => AssetBundleImportJobDataSourceOverrideParametersList, 0], () => AssetBundleImportJobDataSetOverrideParametersList, () => AssetBundleImportJobThemeOverrideParametersList, () => AssetBundleImportJobAnalysisOverrideParametersList, () => AssetBundleImportJobDashboardOverrideParametersList, () => AssetBundleImportJobFolderOverrideParametersList, () => AssetBundleImportJobTopicV2OverrideParametersList]
];
var AssetBundleImportJobOverridePermissions$ = [3, n0, _ABIJOPs,
    0,
    [_DSa, _DSat, _Th, _Ana, _Das, _F, _TV],
    [() => AssetBundleImportJobDataSourceOverridePermissionsList, () => AssetBundleImportJobDataSetOverridePermissionsList, () => AssetBundleImportJobThemeOverridePermissionsList, () => AssetBundleImportJobAnalysisOverridePermissionsList, () => AssetBundleImportJobDashboardOverridePermissionsList, () => AssetBundleImportJobFolderOverridePermissionsList, () => AssetBundleImportJobTopicV2OverridePermissionsList]
];
var AssetBundleImportJobOverrideTags$ = [3, n0, _ABIJOT,
    0,
    [_VPCC, _DSa, _DSat, _Th, _Ana, _Das, _F, _TV],
    [() => AssetBundleImportJobVPCConnectionOverrideTagsList, () => AssetBundleImportJobDataSourceOverrideTagsList, () => AssetBundleImportJobDataSetOverrideTagsList, () => AssetBundleImportJobThemeOverrideTagsList, () => AssetBundleImportJobAnalysisOverrideTagsList, () => AssetBundleImportJobDashboardOverrideTagsList, () => AssetBundleImportJobFolderOverrideTagsList, () => AssetBundleImportJobTopicV2OverrideTagsList]
];
var AssetBundleImportJobOverrideValidationStrategy$ = [3, n0, _ABIJOVS,
    0,
    [_SMFAR],
    [2]
];
var AssetBundleImportJobRefreshScheduleOverrideParameters$ = [3, n0, _ABIJRSOP,
    0,
    [_DSI, _SI, _SADT],
    [0, 0, 4], 2
];
var AssetBundleImportJobResourceIdOverrideConfiguration$ = [3, n0, _ABIJRIOC,
    0,
    [_PFAR],
    [0]
];
var AssetBundleImportJobSummary$ = [3, n0, _ABIJS,
    0,
    [_JS, _A, _CT, _ABIJI, _FA],
    [0, 0, 4, 0, 0]
];
var AssetBundleImportJobThemeOverrideParameters$ = [3, n0, _ABIJTOP,
    0,
    [_TI, _N],
    [0, 0], 1
];
var AssetBundleImportJobThemeOverridePermissions$ = [3, n0, _ABIJTOPs,
    0,
    [_TIh, _Per],
    [64 | 0, () => AssetBundleResourcePermissions$], 2
];
var AssetBundleImportJobThemeOverrideTags$ = [3, n0, _ABIJTOT,
    0,
    [_TIh, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobTopicV2OverrideParameters$ = [3, n0, _ABIJTVOP,
    0,
    [_TIo, _N, _D],
    [0, 0, 0], 1
];
var AssetBundleImportJobTopicV2OverridePermissions$ = [3, n0, _ABIJTVOPs,
    0,
    [_TIop, _Per],
    [64 | 0, () => AssetBundleResourcePermissions$], 2
];
var AssetBundleImportJobTopicV2OverrideTags$ = [3, n0, _ABIJTVOT,
    0,
    [_TIop, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobVPCConnectionOverrideParameters$ = [3, n0, _ABIJVPCCOP,
    0,
    [_VPCCI, _N, _SIu, _SGI, _DR, _RA],
    [0, 0, 64 | 0, 64 | 0, 64 | 0, 0], 1
];
var AssetBundleImportJobVPCConnectionOverrideTags$ = [3, n0, _ABIJVPCCOT,
    0,
    [_VPCCIo, _Ta],
    [64 | 0, () => TagList], 2
];
var AssetBundleImportJobWarning$ = [3, n0, _ABIJW,
    0,
    [_A, _M],
    [0, 0]
];
var AssetBundleImportSource$ = [3, n0, _ABIS,
    0,
    [_B, _SU],
    [[() => AssetBundleImportBodyBlob, 0], 0]
];
var AssetBundleImportSourceDescription$ = [3, n0, _ABISD,
    0,
    [_B, _SU],
    [[() => SensitiveS3Uri, 0], 0]
];
var AssetBundleResourceLinkSharingConfiguration$ = [3, n0, _ABRLSC,
    0,
    [_Per],
    [() => AssetBundleResourcePermissions$]
];
var AssetBundleResourcePermissions$ = [3, n0, _ABRP,
    0,
    [_Pri, _Ac],
    [64 | 0, 64 | 0], 2
];
var AssetOptions$ = [3, n0, _AOs,
    0,
    [_Ti, _WS, _QBIS, _EDSA, _CAD, _VM],
    [0, 0, 0, 64 | 0, () => VisualCustomActionDefaults$, () => VisualMessages$]
];
var AthenaParameters$ = [3, n0, _APt,
    0,
    [_WG, _RA, _CARA, _ICC],
    [0, 0, 0, () => IdentityCenterConfiguration$]
];
var AttributeAggregationFunction$ = [3, n0, _AAF,
    0,
    [_SAA, _VFMV],
    [0, 0]
];
var AudioExtractionConfiguration$ = [3, n0, _AEC,
    0,
    [_aES],
    [0], 1
];
var AuroraParameters$ = [3, n0, _APu,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var AuroraPostgreSqlParameters$ = [3, n0, _APSP,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var AuthConfig$ = [3, n0, _ACut,
    0,
    [_AT, _AM],
    [0, [() => AuthenticationMetadata$, 0]], 2
];
var AuthorizationCodeGrantDetails$ = [3, n0, _ACGD,
    0,
    [_CI, _CS, _TEo, _AEu],
    [0, [() => ClientSecret, 0], 0, 0], 4
];
var AuthorizationCodeGrantMetadata$ = [3, n0, _ACGM,
    0,
    [_BE, _RU, _ACGCS, _ACGCD],
    [0, 0, 0, [() => AuthorizationCodeGrantCredentialsDetails$, 0]], 2
];
var AuthorizedTargetsByService$ = [3, n0, _ATBS,
    0,
    [_Se, _ATu],
    [0, 64 | 0]
];
var AwsIotAnalyticsParameters$ = [3, n0, _AIAP,
    0,
    [_DSN],
    [0], 1
];
var AxisDataOptions$ = [3, n0, _ADO,
    0,
    [_NAO, _DAO],
    [() => NumericAxisOptions$, () => DateAxisOptions$]
];
var AxisDisplayDataDrivenRange$ = [3, n0, _ADDDR,
    0,
    [],
    []
];
var AxisDisplayMinMaxRange$ = [3, n0, _ADMMR,
    0,
    [_Min, _Max],
    [1, 1]
];
var AxisDisplayOptions$ = [3, n0, _ADOx,
    0,
    [_TLO, _ALV, _GLV, _DO, _SO, _AOx],
    [() => AxisTickLabelOptions$, 0, 0, () => AxisDataOptions$, () => ScrollBarOptions$, 0]
];
var AxisDisplayRange$ = [3, n0, _ADR,
    0,
    [_MM, _DD],
    [() => AxisDisplayMinMaxRange$, () => AxisDisplayDataDrivenRange$]
];
var AxisLabelOptions$ = [3, n0, _ALO,
    0,
    [_FCo, _CL, _ATppl],
    [() => FontConfiguration$, 0, () => AxisLabelReferenceOptions$]
];
var AxisLabelReferenceOptions$ = [3, n0, _ALRO,
    0,
    [_FIi, _Co],
    [0, () => ColumnIdentifier$], 2
];
var AxisLinearScale$ = [3, n0, _ALS,
    0,
    [_SC, _SSt],
    [1, 1]
];
var AxisLogarithmicScale$ = [3, n0, _ALSx,
    0,
    [_Ba],
    [1]
];
var AxisScale$ = [3, n0, _ASx,
    0,
    [_L, _Lo],
    [() => AxisLinearScale$, () => AxisLogarithmicScale$]
];
var AxisTickLabelOptions$ = [3, n0, _ATLO,
    0,
    [_LO, _RAo],
    [() => LabelOptions$, 1]
];
var BarChartAggregatedFieldWells$ = [3, n0, _BCAFW,
    0,
    [_Ca, _Va, _Col, _SM],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0], [() => SmallMultiplesDimensionFieldList, 0]]
];
var BarChartConfiguration$ = [3, n0, _BCC,
    0,
    [_FW, _SCo, _Or, _BA, _VP, _SMO, _CAa, _CLO, _VA, _VLO, _CLOo, _DSSe, _Ser, _Le, _DL, _To, _RL, _CADo, _I],
    [[() => BarChartFieldWells$, 0], () => BarChartSortConfiguration$, 0, 0, [() => VisualPalette$, 0], () => SmallMultiplesOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => ChartAxisLabelOptions$, () => BarChartDefaultSeriesSettings$, [() => BarSeriesItemList, 0], () => LegendOptions$, [() => DataLabelOptions$, 0], () => TooltipOptions$, [() => ReferenceLineList, 0], () => ContributionAnalysisDefaultList, () => VisualInteractionOptions$]
];
var BarChartDefaultSeriesSettings$ = [3, n0, _BCDSS,
    0,
    [_DSe, _BS],
    [() => DecalSettings$, () => BorderSettings$]
];
var BarChartFieldWells$ = [3, n0, _BCFW,
    0,
    [_BCAFW],
    [[() => BarChartAggregatedFieldWells$, 0]]
];
var BarChartSeriesSettings$ = [3, n0, _BCSS,
    0,
    [_DSe, _BS],
    [() => DecalSettings$, () => BorderSettings$]
];
var BarChartSortConfiguration$ = [3, n0, _BCSC,
    0,
    [_CSa, _CIL, _CSo, _CILo, _SMS, _SMLC],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var BarChartVisual$ = [3, n0, _BCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => BarChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var BarSeriesItem$ = [3, n0, _BSI,
    0,
    [_FBSI, _DFBSI],
    [() => FieldBarSeriesItem$, [() => DataFieldBarSeriesItem$, 0]]
];
var BasicAuthConnectionMetadata$ = [3, n0, _BACM,
    0,
    [_BE, _U, _Pa],
    [0, [() => ActionUserName, 0], [() => ActionPassword, 0]], 3
];
var BatchCreateTopicReviewedAnswerRequest$ = [3, n0, _BCTRAR,
    0,
    [_AAI, _TIo, _Ans],
    [[0, 1], [0, 1], [() => CreateTopicReviewedAnswers, 0]], 3
];
var BatchCreateTopicReviewedAnswerResponse$ = [3, n0, _BCTRARa,
    0,
    [_TIo, _TAo, _SAu, _IA, _St, _RI],
    [0, 0, () => SucceededTopicReviewedAnswers, () => InvalidTopicReviewedAnswers, [1, 32], 0]
];
var BatchDeleteKnowledgeBaseFailure$ = [3, n0, _BDKBF,
    0,
    [_KBI, _EC, _EM],
    [0, 0, 0], 3
];
var BatchDeleteKnowledgeBaseRequest$ = [3, n0, _BDKBR,
    0,
    [_AAI, _KBIn],
    [[0, 1], 64 | 0], 2
];
var BatchDeleteKnowledgeBaseResponse$ = [3, n0, _BDKBRa,
    0,
    [_De, _Err, _RI, _St],
    [() => BatchDeleteKnowledgeBaseSuccessList, () => BatchDeleteKnowledgeBaseFailureList, 0, [1, 32]], 2
];
var BatchDeleteKnowledgeBaseSuccess$ = [3, n0, _BDKBS,
    0,
    [_KBI, _KBA],
    [0, 0], 2
];
var BatchDeleteTopicReviewedAnswerRequest$ = [3, n0, _BDTRAR,
    0,
    [_AAI, _TIo, _AIns],
    [[0, 1], [0, 1], 64 | 0], 2
];
var BatchDeleteTopicReviewedAnswerResponse$ = [3, n0, _BDTRARa,
    0,
    [_TIo, _TAo, _SAu, _IA, _RI, _St],
    [0, 0, () => SucceededTopicReviewedAnswers, () => InvalidTopicReviewedAnswers, 0, [1, 32]]
];
var BatchDescribeUserLimitsError$ = [3, n0, _BDULE,
    0,
    [_eC, _m, _uN, _n, _uA],
    [0, 0, 0, 0, 0], 2
];
var BatchDescribeUserLimitsRequest$ = [3, n0, _BDULR,
    0,
    [_aI, _u, _rT],
    [[0, 1], () => BatchDescribeUserLimitsRequestUsersList, 64 | 0], 1
];
var BatchDescribeUserLimitsResponse$ = [3, n0, _BDULRa,
    0,
    [_uL, _er],
    [() => UserLimitsList, () => BatchDescribeUserLimitsErrorList], 2
];
var BigQueryParameters$ = [3, n0, _BQP,
    0,
    [_PIr, _DSRa],
    [0, 0], 1
];
var BinCountOptions$ = [3, n0, _BCO,
    0,
    [_V],
    [1]
];
var BinWidthOptions$ = [3, n0, _BWO,
    0,
    [_V, _BCL],
    [1, 1]
];
var BodySectionConfiguration$ = [3, n0, _BSC,
    0,
    [_SIe, _Con, _Sty, _PBC, _RC],
    [0, [() => BodySectionContent$, 0], () => SectionStyle$, () => SectionPageBreakConfiguration$, () => BodySectionRepeatConfiguration$], 2
];
var BodySectionContent$ = [3, n0, _BSCo,
    0,
    [_La],
    [[() => SectionLayoutConfiguration$, 0]]
];
var BodySectionDynamicCategoryDimensionConfiguration$ = [3, n0, _BSDCDC,
    0,
    [_Co, _Li, _SBM],
    [() => ColumnIdentifier$, 1, () => BodySectionDynamicDimensionSortConfigurationList], 1
];
var BodySectionDynamicNumericDimensionConfiguration$ = [3, n0, _BSDNDC,
    0,
    [_Co, _Li, _SBM],
    [() => ColumnIdentifier$, 1, () => BodySectionDynamicDimensionSortConfigurationList], 1
];
var BodySectionRepeatConfiguration$ = [3, n0, _BSRC,
    0,
    [_DC, _PBC, _NRV],
    [() => BodySectionRepeatDimensionConfigurationList, () => BodySectionRepeatPageBreakConfiguration$, 64 | 0]
];
var BodySectionRepeatDimensionConfiguration$ = [3, n0, _BSRDC,
    0,
    [_DCDC, _DNDC],
    [() => BodySectionDynamicCategoryDimensionConfiguration$, () => BodySectionDynamicNumericDimensionConfiguration$]
];
var BodySectionRepeatPageBreakConfiguration$ = [3, n0, _BSRPBC,
    0,
    [_Af],
    [() => SectionAfterPageBreak$]
];
var BookmarksConfigurations$ = [3, n0, _BC,
    0,
    [_En],
    [2], 1
];
var BorderSettings$ = [3, n0, _BS,
    0,
    [_BV, _BW, _BCo],
    [0, 0, 0]
];
var BorderStyle$ = [3, n0, _BSo,
    0,
    [_Colo, _Sho, _W],
    [0, 2, 0]
];
var BoxPlotAggregatedFieldWells$ = [3, n0, _BPAFW,
    0,
    [_GB, _Va],
    [[() => BoxPlotDimensionFieldList, 0], [() => BoxPlotMeasureFieldList, 0]]
];
var BoxPlotChartConfiguration$ = [3, n0, _BPCC,
    0,
    [_FW, _SCo, _BPO, _CAa, _CLO, _PYADO, _PYALO, _Le, _To, _RL, _VP, _I],
    [[() => BoxPlotFieldWells$, 0], () => BoxPlotSortConfiguration$, () => BoxPlotOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => LegendOptions$, () => TooltipOptions$, [() => ReferenceLineList, 0], [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var BoxPlotFieldWells$ = [3, n0, _BPFW,
    0,
    [_BPAFW],
    [[() => BoxPlotAggregatedFieldWells$, 0]]
];
var BoxPlotOptions$ = [3, n0, _BPO,
    0,
    [_SOt, _OV, _ADPV],
    [() => BoxPlotStyleOptions$, 0, 0]
];
var BoxPlotSortConfiguration$ = [3, n0, _BPSC,
    0,
    [_CSa, _PC],
    [() => FieldSortOptionsList, () => PaginationConfiguration$]
];
var BoxPlotStyleOptions$ = [3, n0, _BPSO,
    0,
    [_FSi],
    [0]
];
var BoxPlotVisual$ = [3, n0, _BPV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => BoxPlotChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var BrandColorPalette$ = [3, n0, _BCP,
    0,
    [_Prim, _Sec, _Acc, _Me, _Di, _Suc, _In, _Wa, _Dan],
    [() => Palette$, () => Palette$, () => Palette$, () => Palette$, () => Palette$, () => Palette$, () => Palette$, () => Palette$, () => Palette$]
];
var BrandDefinition$ = [3, n0, _BD,
    0,
    [_BN, _D, _ATpp, _LC],
    [0, 0, () => ApplicationTheme$, () => LogoConfiguration$], 1
];
var BrandDetail$ = [3, n0, _BDr,
    0,
    [_BI, _A, _BSr, _CT, _LUT, _VIe, _VS, _Err, _Log],
    [0, 0, 0, 4, 4, 0, 0, 64 | 0, () => Logo$], 1
];
var BrandElementStyle$ = [3, n0, _BES,
    0,
    [_NSa],
    [() => NavbarStyle$]
];
var BrandSummary$ = [3, n0, _BSra,
    0,
    [_A, _BI, _BN, _D, _BSr, _CT, _LUT],
    [0, 0, 0, 0, 0, 4, 4]
];
var CalculatedColumn$ = [3, n0, _CCa,
    0,
    [_CN, _CIo, _Ex],
    [0, 0, [() => DataSetCalculatedFieldExpression, 0]], 3
];
var CalculatedField$ = [3, n0, _CFa,
    0,
    [_N, _Ex, _DSIatae, _TIopi],
    [0, [() => CalculatedFieldExpression, 0], 0, 0], 2
];
var CalculatedMeasureField$ = [3, n0, _CMF,
    0,
    [_FIi, _Ex],
    [0, [() => Expression, 0]], 2
];
var CancelIngestionRequest$ = [3, n0, _CIR,
    0,
    [_AAI, _DSI, _IIn],
    [[0, 1], [0, 1], [0, 1]], 3
];
var CancelIngestionResponse$ = [3, n0, _CIRa,
    0,
    [_A, _IIn, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var Capabilities$ = [3, n0, _Cap,
    0,
    [_ETC, _ETE, _ETP, _PR, _CAUT, _AORADFA, _SAh, _CAUD, _SDh, _SDER, _CAUDER, _SDha, _CAUTA, _RSF, _CSF, _CAUDS, _SDS, _VASPICEC, _CSPICED, _ETPISR, _ETCISR, _ETEISR, _ICISRE, _Da, _An, _Au, _Fl, _Ap, _CAUA, _SAha, _IAAII, _AANDS, _PWA, _UBM, _PFUT, _AFSR, _UAWS, _KB, _CAUKB, _SKB, _SPKB, _CAUSPKB, _SSPKB, _USPKB, _GDKB, _CAUGDKB, _SGDKB, _UGDKB, _WCKB, _CAUWCKB, _SWCKB, _UWCKB, _SKBn, _CAUSKB, _SSKB, _USKB, _CKB, _CAUCKB, _SCKB, _UCKB, _ODKB, _CAUODKB, _SODKB, _UODKB, _QBKB, _CAUQBKB, _SQBKB, _UQBKB, _BMKB, _CAUBMKB, _SBMKB, _UBMKB, _BKB, _CAUBKB, _SBKB, _UBKB, _IDCKB, _CAUIDCKB, _SIDCKB, _UIDCKB, _Act, _GHTTPA, _CAUGHTTPA, _SGHTTPA, _UGHTTPA, _AAs, _CAUAA, _SAAh, _UAA, _SAl, _CAUSA, _SSA, _USA, _SNA, _CAUSNA, _SSNA, _USNA, _SAa, _CAUSAr, _SSAh, _USAs, _MSEA, _CAUMSEA, _SMSEA, _UMSEA, _PDA, _CAUPDA, _SPDA, _UPDA, _JA, _CAUJA, _SJA, _UJA, _CAo, _CAUCA, _SCA, _UCA, _ODA, _CAUODA, _SODA, _UODA, _SPA, _CAUSPA, _SSPA, _USPA, _MSTA, _CAUMSTA, _SMSTA, _UMSTA, _GCA, _CAUGCA, _SGCA, _UGCA, _ZA, _CAUZA, _SZA, _UZA, _SAm, _CAUSAre, _SSAha, _USAse, _SAPBPA, _CAUSAPBPA, _SSAPBPA, _USAPBPA, _SAPPMDA, _CAUSAPPMDA, _SSAPPMDA, _USAPPMDA, _SAPPIA, _CAUSAPPIA, _SSAPPIA, _USAPPIA, _SAPBOMA, _CAUSAPBOMA, _SSAPBOMA, _USAPBOMA, _SAPMSA, _CAUSAPMSA, _SSAPMSA, _USAPMSA, _FSA, _CAUFSA, _SFSA, _UFSA, _ASTA, _CAUASTA, _SASTA, _UASTA, _TAe, _CAUTAr, _STA, _UTA, _CAom, _CAUCAr, _SCAh, _UCAs, _CMA, _CAUCMA, _SCMA, _UCMA, _ABARSA, _CAUABARSA, _SABARSA, _UABARSA, _ABFSA, _CAUABFSA, _SABFSA, _UABFSA, _ABKRSA, _CAUABKRSA, _SABKRSA, _UABKRSA, _MCPA, _CAUMCPA, _SMCPA, _UMCPA, _OAPIA, _CAUOAPIA, _SOAPIA, _UOAPIA, _SPGMIA, _CAUSPGMIA, _SSPGMIA, _USPGMIA, _SPGEA, _CAUSPGEA, _SSPGEA, _USPGEA, _BHRA, _CAUBHRA, _SBHRA, _UBHRA, _BAA, _CAUBAA, _SBAA, _UBAA, _CAA, _CAUCAA, _SCAA, _UCAA, _GAi, _CAUGA, _SGA, _UGA, _NA, _CAUNA, _SNAh, _UNA, _LA, _CAULA, _SLA, _ULA, _HFA, _CAUHFA, _SHFA, _UHFA, _MA, _CAUMA, _SMA, _UMA, _HA, _CAUHA, _SHA, _UHA, _IAn, _CAUIA, _SIA, _UIA, _NRA, _CAUNRA, _SNRA, _UNRA, _PDAA, _CAUPDAA, _SPDAA, _UPDAA, _VAA, _CAUVAA, _SVAA, _UVAA, _ZAo, _CAUZAr, _SZAh, _UZAs, _SFA, _CAUSFA, _SSFA, _USFA, _ZAa, _CAUZAre, _SZAha, _UZAse, _AAi, _CAUAAr, _SAAha, _UAAs, _DA, _CAUDA, _SDA, _UDA, _GAm, _CAUGAr, _SGAh, _UGAs, _GAA, _CAUGAA, _SGAA, _UGAA, _GDA, _CAUGDA, _SGDA, _UGDA, _GDAo, _CAUGDAr, _SGDAh, _UGDAs, _GMA, _CAUGMA, _SGMA, _UGMA, _GSA, _CAUGSA, _SGSA, _UGSA, _GSAo, _CAUGSAr, _SGSAh, _UGSAs, _QBA, _CAUQBA, _SQBA, _UQBA, _FAi, _CAUFA, _SFAh, _UFA, _WAA, _CAUWAA, _SWAA, _UWAA, _GCAo, _CAUGCAr, _SGCAh, _UGCAs, _ONA, _CAUONA, _SONA, _UONA, _SAho, _CAUSArea, _SSAhar, _USAseh, _AAd, _CAUAAre, _SAAhar, _UAAse, _CWVA, _CAUCWVA, _SCWVA, _UCWVA, _CWMA, _CAUCWMA, _SCWMA, _UCWMA, _DABA, _CAUDABA, _SDABA, _UDABA, _HGIA, _CAUHGIA, _SHGIA, _UHGIA, _ZIA, _CAUZIA, _SZIA, _UZIA, _MAo, _CAUMAr, _SMAh, _UMAs, _BAe, _CAUBA, _SBA, _UBA, _GAo, _CAUGAre, _SGAha, _UGAse, _Top, _EVWQ, _BCFWQ, _CDESWQ, _Spa, _CSr, _SSh, _CAh, _CCA, _SCAha, _Re, _SUUR, _Ext, _UBE, _UWAIE, _UOAIE, _UEAIE, _UPAIE, _MSF, _GAe, _Sto, _Sc, _Tr, _STc, _IET, _QET, _FDS, _CFDS, _UFDS, _SFDS, _SDSa, _CSDS, _USDS, _SSDS, _SADS, _CSADS, _USADS, _SSADS, _STDS, _CSTDS, _USTDS, _SSTDS, _ADS, _CADS, _UADS, _SADSh, _RDS, _CRDS, _URDS, _SRDS, _RADDS, _CRADDS, _URADDS, _SRADDS, _RMDS, _CRMDS, _URMDS, _SRMDS, _OSDS, _COSDS, _UOSDS, _SOSDS, _TDS, _CTDS, _UTDS, _STDSh, _ADSu, _CADSr, _UADSp, _SADSha, _MSDS, _CMSDS, _UMSDS, _SMSDS, _PSDS, _CPSDS, _UPSDS, _SPSDS, _ODS, _CODS, _UODS, _SODS, _SSDSq, _CSSDS, _USSDS, _SSSDS, _MDDS, _CMDDS, _UMDDS, _SMDDS, _SDSn, _CSDSr, _USDSp, _SSDSh, _GBQDS, _CGBQDS, _UGBQDS, _SGBQDS, _DDS, _CDDS, _UDDS, _SDDS, _SDSt, _CSDSre, _USDSpd, _SSDSha, _TDSr, _CTDSr, _UTDSp, _STDSha, _IDS, _CIDS, _UIDS, _SIDS, _TDSe, _CTDSre, _UTDSpd, _STDShar, _PDS, _CPDS, _UPDS, _SPDS, _SDSp, _CSDSrea, _USDSpda, _SSDShar, _EDS, _CEDS, _UEDS, _SEDS, _DDSb, _CDDSr, _UDDSp, _SDDSh, _SHDS, _CSHDS, _USHDS, _SSHDS, _DDSe, _CDDSre, _UDDSpd, _SDDSha, _DDSr, _CDDSrea, _UDDSpda, _SDDShar, _SDSal, _CSDSreat, _USDSpdat, _SSDShare, _RDSa, _CRDSr, _URDSp, _SRDSh, _PPDS, _CPPDS, _UPPDS, _SPPDS, _SDSq, _CSDSreate, _USDSpdate, _SSDShareq, _GHDS, _CGHDS, _UGHDS, _SGHDS, _TDSw, _CTDSrea, _UTDSpda, _STDShare, _JDS, _CJDS, _UJDS, _SJDS, _SNDS, _CSNDS, _USNDS, _SSNDS, _AADS, _CAADS, _UAADS, _SAADS, _GADS, _CGADS, _UGADS, _SGADS, _GSDS, _CGSDS, _UGSDS, _SGSDS, _DDDS, _CDDDS, _UDDDS, _SDDDS, _MDDSo, _CMDDSr, _UMDDSp, _SMDDSh, _MADS, _CMADS, _UMADS, _SMADS, _DDDSy, _CDDDSr, _UDDDSp, _SDDDSh],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CapacityBytesRangeFilter$ = [3, n0, _CBRF,
    0,
    [_mB, _mBa],
    [1, 1]
];
var CascadingControlConfiguration$ = [3, n0, _CCC,
    0,
    [_SCou],
    [() => CascadingControlSourceList]
];
var CascadingControlSource$ = [3, n0, _CCS,
    0,
    [_SSCI, _CTM],
    [0, () => ColumnIdentifier$]
];
var CastColumnTypeOperation$ = [3, n0, _CCTO,
    0,
    [_CN, _NCT, _STu, _Fo],
    [0, 0, 0, 0], 2
];
var CastColumnTypesOperation$ = [3, n0, _CCTOa,
    0,
    [_Al, _So, _CCTOas],
    [0, () => TransformOperationSource$, () => CastColumnTypeOperationList], 3
];
var CategoricalDimensionField$ = [3, n0, _CDF,
    0,
    [_FIi, _Co, _HI, _FCor],
    [0, () => ColumnIdentifier$, 0, [() => StringFormatConfiguration$, 0]], 2
];
var CategoricalMeasureField$ = [3, n0, _CMFa,
    0,
    [_FIi, _Co, _AFg, _FCor],
    [0, () => ColumnIdentifier$, 0, [() => StringFormatConfiguration$, 0]], 2
];
var CategoryDrillDownFilter$ = [3, n0, _CDDF,
    0,
    [_Co, _CV],
    [() => ColumnIdentifier$, 64 | 0], 2
];
var CategoryFilter$ = [3, n0, _CFat,
    0,
    [_FIil, _Co, _Conf, _DFCC],
    [0, () => ColumnIdentifier$, () => CategoryFilterConfiguration$, () => DefaultFilterControlConfiguration$], 3
];
var CategoryFilterConfiguration$ = [3, n0, _CFC,
    0,
    [_FLC, _CFLC, _CFCu],
    [() => FilterListConfiguration$, () => CustomFilterListConfiguration$, () => CustomFilterConfiguration$]
];
var CategoryInnerFilter$ = [3, n0, _CIF,
    0,
    [_Co, _Conf, _DFCC],
    [() => ColumnIdentifier$, () => CategoryFilterConfiguration$, () => DefaultFilterControlConfiguration$], 2
];
var CellValueSynonym$ = [3, n0, _CVS,
    0,
    [_CVe, _Sy],
    [[() => SynonymString, 0], [() => SensitiveStringList, 0]]
];
var ChartAxisLabelOptions$ = [3, n0, _CALO,
    0,
    [_Vi, _SIV, _ALO],
    [0, 0, () => AxisLabelOptionsList]
];
var ClientCredentialsGrantDetails$ = [3, n0, _CCGD,
    0,
    [_CI, _CS, _TEo],
    [0, [() => ClientSecret, 0], 0], 3
];
var ClientCredentialsGrantMetadata$ = [3, n0, _CCGM,
    0,
    [_BE, _CCSl, _CCD],
    [0, 0, [() => ClientCredentialsDetails$, 0]], 1
];
var ClusterMarker$ = [3, n0, _CM,
    0,
    [_SCM],
    [() => SimpleClusterMarker$]
];
var ClusterMarkerConfiguration$ = [3, n0, _CMC,
    0,
    [_CM],
    [() => ClusterMarker$]
];
var CollectiveConstant$ = [3, n0, _CCo,
    0,
    [_VL],
    [64 | 0]
];
var CollectiveConstantEntry$ = [3, n0, _CCE,
    0,
    [_CTo, _V],
    [0, 0]
];
var ColorScale$ = [3, n0, _CSol,
    0,
    [_Col, _CFT, _NVC],
    [() => ColorScaleColorList, 0, () => DataColor$], 2
];
var ColorsConfiguration$ = [3, n0, _CCol,
    0,
    [_CCu],
    [[() => CustomColorsList, 0]]
];
var ColumnConfiguration$ = [3, n0, _CColu,
    0,
    [_Co, _FCor, _Ro, _CCol, _DSC],
    [() => ColumnIdentifier$, [() => FormatConfiguration$, 0], 0, [() => ColorsConfiguration$, 0], () => DecalSettingsConfiguration$], 1
];
var ColumnDescription$ = [3, n0, _CD,
    0,
    [_Te],
    [[() => ColumnDescriptiveText, 0]]
];
var ColumnGroup$ = [3, n0, _CG,
    0,
    [_GSCG],
    [() => GeoSpatialColumnGroup$]
];
var ColumnGroupColumnSchema$ = [3, n0, _CGCS,
    0,
    [_N],
    [0]
];
var ColumnGroupSchema$ = [3, n0, _CGS,
    0,
    [_N, _CGCSL],
    [0, () => ColumnGroupColumnSchemaList]
];
var ColumnHierarchy$ = [3, n0, _CHo,
    0,
    [_EH, _DTH, _PH],
    [() => ExplicitHierarchy$, () => DateTimeHierarchy$, () => PredefinedHierarchy$]
];
var ColumnIdentifier$ = [3, n0, _CIol,
    0,
    [_CN, _DSIatae, _TIopi],
    [0, 0, 0], 1
];
var ColumnLevelPermissionRule$ = [3, n0, _CLPR,
    0,
    [_Pri, _CNo],
    [64 | 0, 64 | 0]
];
var ColumnSchema$ = [3, n0, _CSolu,
    0,
    [_N, _DTa, _GR],
    [0, 0, 0]
];
var ColumnSemanticProperty$ = [3, n0, _CSP,
    0,
    [_D, _ANd, _STem],
    [[() => ColumnDescription$, 0], [() => AdditionalNotes$, 0], () => ColumnSemanticType$]
];
var ColumnSemanticType$ = [3, n0, _CST,
    0,
    [_GRe],
    [0]
];
var ColumnSort$ = [3, n0, _CSolum,
    0,
    [_SB, _Dir, _AFg],
    [() => ColumnIdentifier$, 0, () => AggregationFunction$], 2
];
var ColumnTag$ = [3, n0, _CTol,
    0,
    [_CGR, _CD],
    [0, [() => ColumnDescription$, 0]]
];
var ColumnTooltipItem$ = [3, n0, _CTI,
    0,
    [_Co, _Lab, _Vi, _Agg, _TT],
    [() => ColumnIdentifier$, 0, 0, () => AggregationFunction$, 0], 1
];
var ColumnToUnpivot$ = [3, n0, _CTU,
    0,
    [_CN, _NV],
    [0, 0]
];
var ComboChartAggregatedFieldWells$ = [3, n0, _CCAFW,
    0,
    [_Ca, _BVa, _Col, _LV],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0], [() => MeasureFieldList, 0]]
];
var ComboChartConfiguration$ = [3, n0, _CCCo,
    0,
    [_FW, _SCo, _BA, _CAa, _CLO, _PYADO, _PYALO, _SYADO, _SYALO, _SAO, _CLOo, _DSSe, _Ser, _Le, _BDL, _LDL, _To, _RL, _VP, _I],
    [[() => ComboChartFieldWells$, 0], () => ComboChartSortConfiguration$, 0, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => SingleAxisOptions$, () => ChartAxisLabelOptions$, () => ComboChartDefaultSeriesSettings$, [() => ComboSeriesItemList, 0], () => LegendOptions$, [() => DataLabelOptions$, 0], [() => DataLabelOptions$, 0], () => TooltipOptions$, [() => ReferenceLineList, 0], [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var ComboChartDefaultSeriesSettings$ = [3, n0, _CCDSS,
    0,
    [_LSSi, _MSS, _DSe, _BS],
    [() => LineChartLineStyleSettings$, () => LineChartMarkerStyleSettings$, () => DecalSettings$, () => BorderSettings$]
];
var ComboChartFieldWells$ = [3, n0, _CCFW,
    0,
    [_CCAFW],
    [[() => ComboChartAggregatedFieldWells$, 0]]
];
var ComboChartSeriesSettings$ = [3, n0, _CCSS,
    0,
    [_LSSi, _MSS, _DSe, _BS],
    [() => LineChartLineStyleSettings$, () => LineChartMarkerStyleSettings$, () => DecalSettings$, () => BorderSettings$]
];
var ComboChartSortConfiguration$ = [3, n0, _CCSC,
    0,
    [_CSa, _CIL, _CSo, _CILo],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var ComboChartVisual$ = [3, n0, _CCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => ComboChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var ComboSeriesItem$ = [3, n0, _CSI,
    0,
    [_FCSI, _DFCSI],
    [() => FieldComboSeriesItem$, [() => DataFieldComboSeriesItem$, 0]]
];
var ComparativeOrder$ = [3, n0, _CO,
    0,
    [_UO, _SOp, _TUSV],
    [0, 64 | 0, 0]
];
var ComparisonConfiguration$ = [3, n0, _CCom,
    0,
    [_CMo, _CFo],
    [0, [() => ComparisonFormatConfiguration$, 0]]
];
var ComparisonFormatConfiguration$ = [3, n0, _CFCo,
    0,
    [_NDFC, _PDFC],
    [[() => NumberDisplayFormatConfiguration$, 0], [() => PercentageDisplayFormatConfiguration$, 0]]
];
var Computation$ = [3, n0, _Com,
    0,
    [_TBR, _TBM, _TAot, _MMa, _MC, _POP, _PTD, _GRr, _UV, _For],
    [[() => TopBottomRankedComputation$, 0], [() => TopBottomMoversComputation$, 0], [() => TotalAggregationComputation$, 0], [() => MaximumMinimumComputation$, 0], [() => MetricComparisonComputation$, 0], [() => PeriodOverPeriodComputation$, 0], [() => PeriodToDateComputation$, 0], [() => GrowthRateComputation$, 0], [() => UniqueValuesComputation$, 0], [() => ForecastComputation$, 0]]
];
var ConditionalFormattingColor$ = [3, n0, _CFCon,
    0,
    [_Sol, _G],
    [[() => ConditionalFormattingSolidColor$, 0], [() => ConditionalFormattingGradientColor$, 0]]
];
var ConditionalFormattingCustomIconCondition$ = [3, n0, _CFCIC,
    0,
    [_Ex, _IO, _Colo, _DCi],
    [[() => Expression, 0], () => ConditionalFormattingCustomIconOptions$, 0, () => ConditionalFormattingIconDisplayConfiguration$], 2
];
var ConditionalFormattingCustomIconOptions$ = [3, n0, _CFCIO,
    0,
    [_Ic, _UI],
    [0, 0]
];
var ConditionalFormattingGradientColor$ = [3, n0, _CFGC,
    0,
    [_Ex, _Colo],
    [[() => Expression, 0], () => GradientColor$], 2
];
var ConditionalFormattingIcon$ = [3, n0, _CFI,
    0,
    [_IS, _CCus],
    [[() => ConditionalFormattingIconSet$, 0], [() => ConditionalFormattingCustomIconCondition$, 0]]
];
var ConditionalFormattingIconDisplayConfiguration$ = [3, n0, _CFIDC,
    0,
    [_IDO],
    [0]
];
var ConditionalFormattingIconSet$ = [3, n0, _CFIS,
    0,
    [_Ex, _IST],
    [[() => Expression, 0], 0], 1
];
var ConditionalFormattingSolidColor$ = [3, n0, _CFSC,
    0,
    [_Ex, _Colo],
    [[() => Expression, 0], 0], 1
];
var ConfluenceParameters$ = [3, n0, _CPo,
    0,
    [_CU],
    [0], 1
];
var ContextMenuOption$ = [3, n0, _CMO,
    0,
    [_ASv],
    [0]
];
var ContextualAccentPalette$ = [3, n0, _CAP,
    0,
    [_Conn, _Vis, _Ins, _Aut],
    [() => Palette$, () => Palette$, () => Palette$, () => Palette$]
];
var ContributionAnalysisDefault$ = [3, n0, _CADon,
    0,
    [_MFI, _CDo],
    [0, () => ContributorDimensionList], 2
];
var ContributionAnalysisFactor$ = [3, n0, _CAFo,
    0,
    [_FN],
    [0]
];
var ContributionAnalysisTimeRanges$ = [3, n0, _CATR,
    0,
    [_SR, _ER],
    [() => TopicIRFilterOption$, () => TopicIRFilterOption$]
];
var ControlSortConfiguration$ = [3, n0, _CSC,
    0,
    [_SVS, _CCSo],
    [() => SelectableValuesSort$, () => AggregationSortConfiguration$]
];
var ControlTitleFontConfiguration$ = [3, n0, _CTFC,
    0,
    [_FCo, _TAex],
    [() => FontConfiguration$, 0]
];
var ControlTitleFormatText$ = [3, n0, _CTFT,
    0,
    [_PT, _RTi],
    [0, 0]
];
var Coordinate$ = [3, n0, _Coo,
    0,
    [_Lat, _Lon],
    [1, 1], 2
];
var CreateAccountCustomizationRequest$ = [3, n0, _CACR,
    0,
    [_AAI, _AC, _Na, _Ta],
    [[0, 1], () => AccountCustomization$, [0, { [_hQ]: _n }], () => TagList], 2
];
var CreateAccountCustomizationResponse$ = [3, n0, _CACRr,
    0,
    [_A, _AAI, _Na, _AC, _RI, _St],
    [0, 0, 0, () => AccountCustomization$, 0, [1, 32]]
];
var CreateAccountSubscriptionRequest$ = [3, n0, _CASR,
    0,
    [_AMu, _AAI, _AN, _NE, _Ed, _ADN, _Rea, _DIi, _AGd, _AGu, _RG, _APG, _APGu, _RPG, _FNi, _LN, _EAm, _CNon, _IAMICIA],
    [0, [0, 1], 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, 0], 4
];
var CreateAccountSubscriptionResponse$ = [3, n0, _CASRr,
    0,
    [_SRi, _St, _RI],
    [() => SignupResponse$, [1, 32], 0]
];
var CreateActionConnectorRequest$ = [3, n0, _CACRre,
    0,
    [_AAI, _ACI, _N, _T, _ACu, _D, _Per, _VCA, _Ta],
    [[0, 1], 0, [() => ActionConnectorName, 0], 0, [() => AuthConfig$, 0], [() => ActionConnectorDescription, 0], () => ResourcePermissionList, 0, () => TagList], 5
];
var CreateActionConnectorResponse$ = [3, n0, _CACRrea,
    0,
    [_A, _CSre, _ACI, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var CreateAgentRequest$ = [3, n0, _CAR,
    0,
    [_AAI, _AIg, _N, _Sp, _ACct, _D, _II, _SP, _WM, _AL, _CPIu],
    [[0, 1], 0, 0, 64 | 0, 64 | 0, 0, 0, [() => StarterPromptList, 0], [() => WelcomeMessage, 0], 0, [() => CustomPromptInput$, 0]], 3
];
var CreateAgentResponse$ = [3, n0, _CARr,
    0,
    [_A, _AIg, _ASg, _ANg, _RI],
    [0, 0, 0, 0, 0], 4
];
var CreateAnalysisRequest$ = [3, n0, _CARre,
    0,
    [_AAI, _AIn, _N, _Par, _Per, _SE, _TAh, _Ta, _Def, _VSa, _FAo],
    [[0, 1], [0, 1], 0, [() => _Parameters$, 0], () => ResourcePermissionList, () => AnalysisSourceEntity$, 0, () => TagList, [() => AnalysisDefinition$, 0], () => ValidationStrategy$, 64 | 0], 3
];
var CreateAnalysisResponse$ = [3, n0, _CARrea,
    0,
    [_A, _AIn, _CSre, _St, _RI],
    [0, 0, 0, [1, 32], 0]
];
var CreateApprovalPolicyRequest$ = [3, n0, _CAPR,
    0,
    [_PI, _N, _Ac, _ATs, _ATp, _AG, _D],
    [0, 0, 64 | 0, 64 | 0, () => ApplicableTo$, 64 | 0, 0], 6
];
var CreateApprovalPolicyResponse$ = [3, n0, _CAPRr,
    0,
    [_Pol],
    [() => ApprovalPolicy$], 1
];
var CreateBrandRequest$ = [3, n0, _CBR,
    0,
    [_AAI, _BI, _BD, _Ta],
    [[0, 1], [0, 1], () => BrandDefinition$, () => TagList], 2
];
var CreateBrandResponse$ = [3, n0, _CBRr,
    0,
    [_RI, _BDr, _BD],
    [0, () => BrandDetail$, () => BrandDefinition$]
];
var CreateColumnsOperation$ = [3, n0, _CCO,
    0,
    [_Colu, _Al, _So],
    [[() => CalculatedColumnList, 0], 0, () => TransformOperationSource$], 1
];
var CreateCustomPermissionsRequest$ = [3, n0, _CCPR,
    0,
    [_AAI, _CPN, _Cap, _Go, _Ta],
    [[0, 1], 0, () => Capabilities$, () => Governance$, () => TagList], 2
];
var CreateCustomPermissionsResponse$ = [3, n0, _CCPRr,
    0,
    [_St, _A, _RI],
    [1, 0, 0]
];
var CreateDashboardRequest$ = [3, n0, _CDR,
    0,
    [_AAI, _DI, _N, _Par, _Per, _SE, _Ta, _VD, _DPO, _TAh, _Def, _VSa, _FAo, _LSC, _LE],
    [[0, 1], [0, 1], 0, [() => _Parameters$, 0], () => ResourcePermissionList, () => DashboardSourceEntity$, () => TagList, 0, () => DashboardPublishOptions$, 0, [() => DashboardVersionDefinition$, 0], () => ValidationStrategy$, 64 | 0, () => LinkSharingConfiguration$, 64 | 0], 3
];
var CreateDashboardResponse$ = [3, n0, _CDRr,
    0,
    [_A, _VAe, _DI, _CSre, _St, _RI],
    [0, 0, 0, 0, [1, 32], 0]
];
var CreateDataSetRequest$ = [3, n0, _CDSR,
    0,
    [_AAI, _DSI, _N, _PTM, _IM, _LTM, _CGo, _FF, _Per, _RLPDS, _RLPTC, _CLPRo, _Ta, _DSUC, _DP, _FAo, _PCe, _UAs, _DPC, _SMC],
    [[0, 1], 0, 0, [() => PhysicalTableMap, 0], 0, [() => LogicalTableMap, 0], () => ColumnGroupList, () => FieldFolderMap, () => ResourcePermissionList, () => RowLevelPermissionDataSet$, [() => RowLevelPermissionTagConfiguration$, 0], () => ColumnLevelPermissionRuleList, () => TagList, () => DataSetUsageConfiguration$, () => DatasetParameterList, 64 | 0, () => PerformanceConfiguration$, 0, [() => DataPrepConfiguration$, 0], [() => SemanticModelConfiguration$, 0]], 5
];
var CreateDataSetResponse$ = [3, n0, _CDSRr,
    0,
    [_A, _DSI, _IAng, _IIn, _RI, _St],
    [0, 0, 0, 0, 0, [1, 32]]
];
var CreateDataSourceRequest$ = [3, n0, _CDSRre,
    0,
    [_AAI, _DSIat, _N, _T, _DSP, _Cr, _Per, _VCP, _SPs, _Ta, _FAo],
    [[0, 1], 0, 0, 0, () => DataSourceParameters$, [() => DataSourceCredentials$, 0], () => ResourcePermissionList, () => VpcConnectionProperties$, () => SslProperties$, () => TagList, 64 | 0], 4
];
var CreateDataSourceResponse$ = [3, n0, _CDSRrea,
    0,
    [_A, _DSIat, _CSre, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var CreateDlpSettingRequest$ = [3, n0, _CDSRreat,
    0,
    [_AAI, _DSIl, _N, _PTr, _PCr, _POA, _En, _Ta],
    [[0, 1], [0, 1], 0, 0, () => ProviderConfig$, 0, 2, () => TagList], 7
];
var CreateDlpSettingResponse$ = [3, n0, _CDSRreate,
    0,
    [_A, _DSIl, _RI],
    [0, 0, 0], 2
];
var CreateFlowRequest$ = [3, n0, _CFR,
    0,
    [_AAI, _N, _FD, _D, _Per, _CTl],
    [[0, 1], 0, [() => SensitiveDocument, 0], 0, () => PermissionsList, [0, 4]], 3
];
var CreateFlowResponse$ = [3, n0, _CFRr,
    0,
    [_A, _FIl, _RI, _St],
    [0, 0, 0, [1, 32]], 2
];
var CreateFolderMembershipRequest$ = [3, n0, _CFMR,
    0,
    [_AAI, _FI, _MI, _MT],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var CreateFolderMembershipResponse$ = [3, n0, _CFMRr,
    0,
    [_St, _FM, _RI],
    [1, () => FolderMember$, 0]
];
var CreateFolderRequest$ = [3, n0, _CFRre,
    0,
    [_AAI, _FI, _N, _FT, _PFA, _Per, _Ta, _SMh],
    [[0, 1], [0, 1], 0, 0, 0, () => ResourcePermissionList, () => TagList, 0], 2
];
var CreateFolderResponse$ = [3, n0, _CFRrea,
    0,
    [_St, _A, _FI, _RI],
    [[1, 32], 0, 0, 0]
];
var CreateGroupMembershipRequest$ = [3, n0, _CGMR,
    0,
    [_MN, _GN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var CreateGroupMembershipResponse$ = [3, n0, _CGMRr,
    0,
    [_GM, _RI, _St],
    [() => GroupMember$, 0, [1, 32]]
];
var CreateGroupRequest$ = [3, n0, _CGRr,
    0,
    [_GN, _AAI, _Na, _D],
    [0, [0, 1], [0, 1], 0], 3
];
var CreateGroupResponse$ = [3, n0, _CGRre,
    0,
    [_Gr, _RI, _St],
    [() => Group$, 0, [1, 32]]
];
var CreateIAMPolicyAssignmentRequest$ = [3, n0, _CIAMPAR,
    0,
    [_AAI, _ANs, _ASs, _Na, _PA, _Id],
    [[0, 1], 0, 0, [0, 1], 0, [2, n0, _IMd, 0, 0, 64 | 0]], 4
];
var CreateIAMPolicyAssignmentResponse$ = [3, n0, _CIAMPARr,
    0,
    [_ANs, _AIs, _ASs, _PA, _Id, _RI, _St],
    [0, 0, 0, 0, [2, n0, _IMd, 0, 0, 64 | 0], 0, [1, 32]]
];
var CreateIngestionRequest$ = [3, n0, _CIRr,
    0,
    [_DSI, _IIn, _AAI, _ITn],
    [[0, 1], [0, 1], [0, 1], 0], 3
];
var CreateIngestionResponse$ = [3, n0, _CIRre,
    0,
    [_A, _IIn, _ISn, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var CreateKnowledgeBaseRequest$ = [3, n0, _CKBR,
    0,
    [_AAI, _KBI, _N, _DSAa, _KBC, _D, _Per, _MEC, _ACC, _POAr, _Ta],
    [[0, 1], 0, 0, 0, [() => KnowledgeBaseConfiguration$, 0], 0, () => ResourcePermissionList, () => MediaExtractionConfiguration$, () => AccessControlConfiguration$, 0, () => TagList], 5
];
var CreateKnowledgeBaseResponse$ = [3, n0, _CKBRr,
    0,
    [_KBA, _KBI, _CSre, _RI, _St],
    [0, 0, 0, 0, [1, 32]], 3
];
var CreateLimitsProfileRequest$ = [3, n0, _CLPRr,
    0,
    [_aI, _pN, _rL, _cT, _d],
    [[0, 1], 0, () => CreateLimitsProfileRequestResourceLimitsMap, 0, 0], 4
];
var CreateLimitsProfileResponse$ = [3, n0, _CLPRre,
    0,
    [_a, _pI],
    [0, 0], 2
];
var CreateNamespaceRequest$ = [3, n0, _CNR,
    0,
    [_AAI, _Na, _ISd, _Ta],
    [[0, 1], 0, 0, () => TagList], 3
];
var CreateNamespaceResponse$ = [3, n0, _CNRr,
    0,
    [_A, _N, _CR, _CSre, _ISd, _RI, _St],
    [0, 0, 0, 0, 0, 0, [1, 32]]
];
var CreateOAuthClientApplicationRequest$ = [3, n0, _COACAR,
    0,
    [_AAI, _OACAI, _N, _OACAT, _CI, _CS, _OATEU, _OAAEU, _OAS, _DST, _IPVCP, _Ta],
    [[0, 1], 0, 0, 0, [() => OAuthClientId, 0], [() => OAuthClientSecret, 0], [() => OAuthTokenEndpointUrl, 0], [() => OAuthAuthorizationEndpointUrl, 0], 0, 0, () => VpcConnectionProperties$, () => TagList], 7
];
var CreateOAuthClientApplicationResponse$ = [3, n0, _COACARr,
    0,
    [_A, _OACAI, _CSre, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var CreateRefreshScheduleRequest$ = [3, n0, _CRSR,
    0,
    [_DSI, _AAI, _Sch],
    [[0, 1], [0, 1], () => RefreshSchedule$], 3
];
var CreateRefreshScheduleResponse$ = [3, n0, _CRSRr,
    0,
    [_St, _RI, _SI, _A],
    [[1, 32], 0, 0, 0]
];
var CreateRoleMembershipRequest$ = [3, n0, _CRMR,
    0,
    [_MN, _AAI, _Na, _Ro],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var CreateRoleMembershipResponse$ = [3, n0, _CRMRr,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var CreateSpaceRequest$ = [3, n0, _CSR,
    0,
    [_AAI, _SIp, _N, _D],
    [[0, 1], 0, 0, [() => SpaceDescription, 0]], 3
];
var CreateSpaceResponse$ = [3, n0, _CSRr,
    0,
    [_sI, _sA, _RI],
    [0, 0, 0], 1
];
var CreateTemplateAliasRequest$ = [3, n0, _CTAR,
    0,
    [_AAI, _TIe, _ANl, _TVN],
    [[0, 1], [0, 1], [0, 1], 1], 4
];
var CreateTemplateAliasResponse$ = [3, n0, _CTARr,
    0,
    [_TAem, _St, _RI],
    [() => TemplateAlias$, [1, 32], 0]
];
var CreateTemplateRequest$ = [3, n0, _CTR,
    0,
    [_AAI, _TIe, _N, _Per, _SE, _Ta, _VD, _Def, _VSa],
    [[0, 1], [0, 1], 0, () => ResourcePermissionList, () => TemplateSourceEntity$, () => TagList, 0, [() => TemplateVersionDefinition$, 0], () => ValidationStrategy$], 2
];
var CreateTemplateResponse$ = [3, n0, _CTRr,
    0,
    [_A, _VAe, _TIe, _CSre, _St, _RI],
    [0, 0, 0, 0, [1, 32], 0]
];
var CreateThemeAliasRequest$ = [3, n0, _CTARre,
    0,
    [_AAI, _TI, _ANl, _TVNh],
    [[0, 1], [0, 1], [0, 1], 1], 4
];
var CreateThemeAliasResponse$ = [3, n0, _CTARrea,
    0,
    [_TAhe, _St, _RI],
    [() => ThemeAlias$, [1, 32], 0]
];
var CreateThemeRequest$ = [3, n0, _CTRre,
    0,
    [_AAI, _TI, _N, _BTI, _Conf, _VD, _Per, _Ta],
    [[0, 1], [0, 1], 0, 0, () => ThemeConfiguration$, 0, () => ResourcePermissionList, () => TagList], 5
];
var CreateThemeResponse$ = [3, n0, _CTRrea,
    0,
    [_A, _VAe, _TI, _CSre, _St, _RI],
    [0, 0, 0, 0, [1, 32], 0]
];
var CreateTopicRefreshScheduleRequest$ = [3, n0, _CTRSR,
    0,
    [_AAI, _TIo, _DAa, _RSe, _DNa],
    [[0, 1], [0, 1], 0, () => TopicRefreshSchedule$, 0], 4
];
var CreateTopicRefreshScheduleResponse$ = [3, n0, _CTRSRr,
    0,
    [_TIo, _TAo, _DAa, _St, _RI],
    [0, 0, 0, [1, 32], 0]
];
var CreateTopicRequest$ = [3, n0, _CTRreat,
    0,
    [_AAI, _TIo, _Top, _Ta, _FAo, _CIu],
    [[0, 1], 0, [() => TopicDetails$, 0], () => TagList, 64 | 0, [() => CustomInstructions$, 0]], 3
];
var CreateTopicResponse$ = [3, n0, _CTRreate,
    0,
    [_A, _TIo, _RAe, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var CreateTopicReviewedAnswer$ = [3, n0, _CTRA,
    0,
    [_AInsw, _DAa, _Q, _Mir, _PV, _Tem],
    [0, 0, [() => LimitedSensitiveString, 0], [() => TopicIR$, 0], [() => TopicVisual$, 0], () => TopicTemplate$], 3
];
var CreateTopicV2Request$ = [3, n0, _CTVR,
    0,
    [_AAI, _TIo, _Top, _Ta, _FAo, _CIu],
    [[0, 1], 0, () => TopicV2Details$, () => TagList, 64 | 0, [() => CustomInstructions$, 0]], 3
];
var CreateTopicV2Response$ = [3, n0, _CTVRr,
    0,
    [_A, _TIo, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var CreateVPCConnectionRequest$ = [3, n0, _CVPCCR,
    0,
    [_AAI, _VPCCI, _N, _SIu, _SGI, _RA, _DR, _Ta],
    [[0, 1], 0, 0, 64 | 0, 64 | 0, 0, 64 | 0, () => TagList], 6
];
var CreateVPCConnectionResponse$ = [3, n0, _CVPCCRr,
    0,
    [_A, _VPCCI, _CSre, _ASv, _RI, _St],
    [0, 0, 0, 0, 0, [1, 32]]
];
var CredentialPair$ = [3, n0, _CP,
    0,
    [_U, _Pa, _ADSP],
    [0, 0, () => DataSourceParametersList], 2
];
var CurrencyDisplayFormatConfiguration$ = [3, n0, _CDFC,
    0,
    [_P, _S, _SCe, _Sym, _DPCe, _NSu, _NVCe, _NVFC],
    [[() => Prefix, 0], [() => Suffix, 0], () => NumericSeparatorConfiguration$, 0, () => DecimalPlacesConfiguration$, 0, () => NegativeValueConfiguration$, [() => NullValueFormatConfiguration$, 0]]
];
var CustomActionFilterOperation$ = [3, n0, _CAFO,
    0,
    [_SFC, _TVC],
    [() => FilterOperationSelectedFieldsConfiguration$, () => FilterOperationTargetVisualsConfiguration$], 2
];
var CustomActionNavigationOperation$ = [3, n0, _CANO,
    0,
    [_LNC],
    [() => LocalNavigationConfiguration$]
];
var CustomActionSetParametersOperation$ = [3, n0, _CASPO,
    0,
    [_PVC],
    [[() => SetParameterValueConfigurationList, 0]], 1
];
var CustomActionURLOperation$ = [3, n0, _CAURLO,
    0,
    [_URLT, _URLTa],
    [0, 0], 2
];
var CustomColor$ = [3, n0, _CCust,
    0,
    [_Colo, _FV, _SVp],
    [0, [() => FieldValue, 0], 0], 1
];
var CustomConnectionParameters$ = [3, n0, _CCP,
    0,
    [_CTon],
    [0]
];
var CustomContentConfiguration$ = [3, n0, _CCCu,
    0,
    [_CUo, _CTont, _ISm, _I],
    [0, 0, 0, () => VisualInteractionOptions$]
];
var CustomContentVisual$ = [3, n0, _CCVu,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _DSIatae, _TIopi, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, () => CustomContentConfiguration$, [() => VisualCustomActionList, 0], 0, 0, 0], 1
];
var CustomFilterConfiguration$ = [3, n0, _CFCu,
    0,
    [_MO, _NO, _CVa, _SAOe, _PN],
    [0, 0, 0, 0, 0], 2
];
var CustomFilterListConfiguration$ = [3, n0, _CFLC,
    0,
    [_MO, _NO, _CV, _SAOe],
    [0, 0, 64 | 0, 0], 2
];
var CustomInstruction$ = [3, n0, _CIus,
    0,
    [_ICI],
    [[() => InlineCustomInstruction$, 0]]
];
var CustomInstructions$ = [3, n0, _CIu,
    0,
    [_CIS],
    [[() => CustomInstructionsString, 0]], 1
];
var CustomNarrativeOptions$ = [3, n0, _CNO,
    0,
    [_Nar],
    [0], 1
];
var CustomParameterValues$ = [3, n0, _CPV,
    0,
    [_SVt, _IV, _DVe, _DTV],
    [() => StringDefaultValueList, [() => IntegerDefaultValueList, 0], [() => DecimalDefaultValueList, 0], [() => DateTimeDefaultValueList, 0]]
];
var CustomPermissions$ = [3, n0, _CPu,
    0,
    [_A, _CPN, _Cap, _Go],
    [0, 0, () => Capabilities$, () => Governance$]
];
var CustomPromptInputParameters$ = [3, n0, _CPIP,
    0,
    [_RLe, _OS, _Ide, _Ton, _CIu],
    [[() => StyleDescription, 0], [() => StyleDescription, 0], [() => StyleDescription, 0], [() => StyleDescription, 0], [() => StyleDescription, 0]]
];
var CustomPromptInterface$ = [3, n0, _CPI,
    0,
    [_MPI, _SIub, _QAAI, _RLe, _OS, _Ide, _Ton, _CIu, _pS],
    [0, 0, 0, [() => StyleDescription, 0], [() => StyleDescription, 0], [() => StyleDescription, 0], [() => StyleDescription, 0], [() => StyleDescription, 0], [() => SensitiveText, 0]], 3
];
var CustomPromptProfile$ = [3, n0, _CPP,
    0,
    [_MPI, _SIub, _QAAI],
    [0, 0, 0], 3
];
var CustomSql$ = [3, n0, _CSu,
    0,
    [_DSAa, _N, _SQ, _Colu],
    [0, 0, [() => SqlQuery, 0], () => InputColumnList], 3
];
var CustomValuesConfiguration$ = [3, n0, _CVC,
    0,
    [_CVu, _INV],
    [[() => CustomParameterValues$, 0], 2], 1
];
var Dashboard$ = [3, n0, _Da,
    0,
    [_DI, _A, _N, _Ve, _CT, _LPT, _LUT, _LE],
    [0, 0, 0, [() => DashboardVersion$, 0], 4, 4, 4, 64 | 0]
];
var DashboardCustomizationSummaryConfigurations$ = [3, n0, _DCSC,
    0,
    [_En],
    [2], 1
];
var DashboardCustomizationVisualOptions$ = [3, n0, _DCVO,
    0,
    [_FCi],
    [() => VisualCustomizationFieldsConfiguration$]
];
var DashboardError$ = [3, n0, _DE,
    0,
    [_T, _M, _VE],
    [0, 0, () => EntityList]
];
var DashboardPublishOptions$ = [3, n0, _DPO,
    0,
    [_AHFO, _ETCSVO, _SCO, _VPO, _SLEMO, _VMO, _VASO, _EWHFO, _DPDUDO, _DPMLO, _DPTO, _DQAEO, _QSAO, _ESO, _DSSO],
    [() => AdHocFilteringOption$, () => ExportToCSVOption$, () => SheetControlsOption$, () => DashboardVisualPublishOptions$, () => SheetLayoutElementMaximizationOption$, () => VisualMenuOption$, () => VisualAxisSortOption$, () => ExportWithHiddenFieldsOption$, () => DataPointDrillUpDownOption$, () => DataPointMenuLabelOption$, () => DataPointTooltipOption$, () => DataQAEnabledOption$, () => QuickSuiteActionsOption$, () => ExecutiveSummaryOption$, () => DataStoriesSharingOption$]
];
var DashboardSearchFilter$ = [3, n0, _DSF,
    0,
    [_O, _N, _V],
    [0, 0, 0], 1
];
var DashboardSourceEntity$ = [3, n0, _DSE,
    0,
    [_STo],
    [() => DashboardSourceTemplate$]
];
var DashboardSourceTemplate$ = [3, n0, _DSTa,
    0,
    [_DSR, _A, _TR],
    [() => DataSetReferenceList, 0, () => TopicReferenceList], 2
];
var DashboardSummary$ = [3, n0, _DSas,
    0,
    [_A, _DI, _N, _CT, _LUT, _PVN, _LPT],
    [0, 0, 0, 4, 4, 1, 4]
];
var DashboardVersion$ = [3, n0, _DVa,
    0,
    [_CT, _Err, _VN, _St, _A, _SEA, _DSA, _TA, _D, _TAh, _Sh],
    [4, () => DashboardErrorList, 1, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, [() => SheetList, 0]]
];
var DashboardVersionDefinition$ = [3, n0, _DVD,
    0,
    [_DSID, _TID, _Sh, _TS, _CF, _PD, _FG, _CC, _AD, _Op, _SF],
    [() => DataSetIdentifierDeclarationList, () => TopicIdentifierDeclarationList, [() => SheetDefinitionList, 0], [() => TooltipSheetDefinitionList, 0], [() => CalculatedFields, 0], [() => ParameterDeclarationList, 0], [() => FilterGroupList, 0], [() => ColumnConfigurationList, 0], () => AnalysisDefaults$, () => AssetOptions$, () => StaticFileList], 1
];
var DashboardVersionSummary$ = [3, n0, _DVS,
    0,
    [_A, _CT, _VN, _St, _SEA, _D],
    [0, 4, 1, 0, 0, 0]
];
var DashboardVisualId$ = [3, n0, _DVI,
    0,
    [_DI, _SIh, _VI],
    [0, 0, 0], 3
];
var DashboardVisualPublishOptions$ = [3, n0, _DVPO,
    0,
    [_EHFO],
    [() => ExportHiddenFieldsOption$]
];
var DashboardVisualResult$ = [3, n0, _DVR,
    0,
    [_DI, _DNas, _SIh, _SN, _VI, _VT, _VSi, _DU],
    [0, 0, 0, 0, 0, 0, 0, 0]
];
var DataAggregation$ = [3, n0, _DAat,
    0,
    [_DRDG, _DDCN],
    [0, 0]
];
var DataBarsOptions$ = [3, n0, _DBO,
    0,
    [_FIi, _PCo, _NC],
    [0, 0, 0], 1
];
var DatabricksParameters$ = [3, n0, _DPa,
    0,
    [_H, _Po, _SEP, _AT, _OAP],
    [0, 1, 0, 0, () => OAuthParameters$], 3
];
var DataColor$ = [3, n0, _DCa,
    0,
    [_Colo, _DVat],
    [0, 1]
];
var DataColorPalette$ = [3, n0, _DCP,
    0,
    [_Col, _MMG, _EFC],
    [64 | 0, 64 | 0, 0]
];
var DataFieldBarSeriesItem$ = [3, n0, _DFBSI,
    0,
    [_FIi, _FV, _Set],
    [0, [() => SensitiveString, 0], () => BarChartSeriesSettings$], 1
];
var DataFieldComboSeriesItem$ = [3, n0, _DFCSI,
    0,
    [_FIi, _FV, _Set],
    [0, [() => SensitiveString, 0], () => ComboChartSeriesSettings$], 1
];
var DataFieldSeriesItem$ = [3, n0, _DFSI,
    0,
    [_FIi, _AB, _FV, _Set],
    [0, 0, [() => SensitiveString, 0], () => LineChartSeriesSettings$], 2
];
var DataLabelOptions$ = [3, n0, _DLO,
    0,
    [_Vi, _CLV, _MLV, _DLT, _Pos, _LCa, _LFC, _LCab, _Ov, _TVo],
    [0, 0, 0, [() => DataLabelTypes, 0], 0, 0, () => FontConfiguration$, 0, 0, 0]
];
var DataLabelType$ = [3, n0, _DLTa,
    0,
    [_FLT, _DPLT, _RELT, _MLT, _MLTa],
    [() => FieldLabelType$, [() => DataPathLabelType$, 0], () => RangeEndsLabelType$, () => MinimumLabelType$, () => MaximumLabelType$]
];
var DataPathColor$ = [3, n0, _DPCa,
    0,
    [_El, _Colo, _TG],
    [[() => DataPathValue$, 0], 0, 0], 2
];
var DataPathLabelType$ = [3, n0, _DPLT,
    0,
    [_FIi, _FV, _Vi],
    [0, [() => FieldValue, 0], 0]
];
var DataPathSort$ = [3, n0, _DPS,
    0,
    [_Dir, _SPo],
    [0, [() => DataPathValueList, 0]], 2
];
var DataPathType$ = [3, n0, _DPT,
    0,
    [_PTDPT],
    [0]
];
var DataPathValue$ = [3, n0, _DPV,
    0,
    [_FIi, _FV, _DPT],
    [0, [() => FieldValue, 0], () => DataPathType$]
];
var DataPointDrillUpDownOption$ = [3, n0, _DPDUDO,
    0,
    [_ASv],
    [0]
];
var DataPointMenuLabelOption$ = [3, n0, _DPMLO,
    0,
    [_ASv],
    [0]
];
var DataPointTooltipOption$ = [3, n0, _DPTO,
    0,
    [_ASv],
    [0]
];
var DataPrepAggregationFunction$ = [3, n0, _DPAF,
    0,
    [_SAi, _LAi],
    [() => DataPrepSimpleAggregationFunction$, () => DataPrepListAggregationFunction$]
];
var DataPrepConfiguration$ = [3, n0, _DPC,
    0,
    [_STM, _TSM, _DTM],
    [() => SourceTableMap, [() => TransformStepMap, 0], () => DestinationTableMap], 3
];
var DataPrepListAggregationFunction$ = [3, n0, _DPLAF,
    0,
    [_Sep, _Dis, _ICN],
    [0, 2, 0], 2
];
var DataPrepSimpleAggregationFunction$ = [3, n0, _DPSAF,
    0,
    [_FTu, _ICN],
    [0, 0], 1
];
var DataQAEnabledOption$ = [3, n0, _DQAEO,
    0,
    [_ASv],
    [0]
];
var DataQnAConfigurations$ = [3, n0, _DQAC,
    0,
    [_En],
    [2], 1
];
var DataSet$ = [3, n0, _DSata,
    0,
    [_A, _DSI, _N, _CT, _LUT, _PTM, _LTM, _OC, _IM, _CSCIB, _CGo, _FF, _RLPDS, _RLPTC, _CLPRo, _DSUC, _DP, _PCe, _UAs, _DPC, _SMC],
    [0, 0, 0, 4, 4, [() => PhysicalTableMap, 0], [() => LogicalTableMap, 0], [() => OutputColumnList, 0], 0, 1, () => ColumnGroupList, () => FieldFolderMap, () => RowLevelPermissionDataSet$, [() => RowLevelPermissionTagConfiguration$, 0], () => ColumnLevelPermissionRuleList, () => DataSetUsageConfiguration$, () => DatasetParameterList, () => PerformanceConfiguration$, 0, [() => DataPrepConfiguration$, 0], [() => SemanticModelConfiguration$, 0]]
];
var DataSetColumnIdMapping$ = [3, n0, _DSCIM,
    0,
    [_SCI, _TCI],
    [0, 0], 2
];
var DataSetConfiguration$ = [3, n0, _DSCa,
    0,
    [_Pl, _DSSa, _CGSL],
    [0, () => DataSetSchema$, () => ColumnGroupSchemaList]
];
var DataSetDateComparisonFilterCondition$ = [3, n0, _DSDCFC,
    0,
    [_O, _V],
    [0, [() => DataSetDateFilterValue$, 0]], 1
];
var DataSetDateFilterCondition$ = [3, n0, _DSDFC,
    0,
    [_CN, _CFCom, _RFC],
    [0, [() => DataSetDateComparisonFilterCondition$, 0], [() => DataSetDateRangeFilterCondition$, 0]]
];
var DataSetDateFilterValue$ = [3, n0, _DSDFV,
    0,
    [_SVta],
    [[() => SensitiveTimestamp, 0]]
];
var DataSetDateRangeFilterCondition$ = [3, n0, _DSDRFC,
    0,
    [_RM, _RMa, _IMn, _IMnc],
    [[() => DataSetDateFilterValue$, 0], [() => DataSetDateFilterValue$, 0], 2, 2]
];
var DataSetIdentifierDeclaration$ = [3, n0, _DSIDa,
    0,
    [_Iden, _DSAat],
    [0, 0], 2
];
var DatasetMetadata$ = [3, n0, _DM,
    0,
    [_DAa, _DNa, _DDa, _DAat, _Fi, _Colu, _CF, _NEa],
    [0, 0, 0, () => DataAggregation$, [() => TopicFilters, 0], [() => TopicColumns, 0], [() => TopicCalculatedFields, 0], [() => TopicNamedEntities, 0]], 1
];
var DataSetNumericComparisonFilterCondition$ = [3, n0, _DSNCFC,
    0,
    [_O, _V],
    [0, [() => DataSetNumericFilterValue$, 0]], 1
];
var DataSetNumericFilterCondition$ = [3, n0, _DSNFC,
    0,
    [_CN, _CFCom, _RFC],
    [0, [() => DataSetNumericComparisonFilterCondition$, 0], [() => DataSetNumericRangeFilterCondition$, 0]]
];
var DataSetNumericFilterValue$ = [3, n0, _DSNFV,
    0,
    [_SVta],
    [[() => SensitiveDouble, 0]]
];
var DataSetNumericRangeFilterCondition$ = [3, n0, _DSNRFC,
    0,
    [_RM, _RMa, _IMn, _IMnc],
    [[() => DataSetNumericFilterValue$, 0], [() => DataSetNumericFilterValue$, 0], 2, 2]
];
var DatasetParameter$ = [3, n0, _DPat,
    0,
    [_SDP, _DDP, _IDP, _DTDP],
    [() => StringDatasetParameter$, () => DecimalDatasetParameter$, () => IntegerDatasetParameter$, () => DateTimeDatasetParameter$]
];
var DataSetReference$ = [3, n0, _DSRat,
    0,
    [_DSPa, _DSAat],
    [0, 0], 2
];
var DataSetRefreshProperties$ = [3, n0, _DSRP,
    0,
    [_RCe, _FCa],
    [() => RefreshConfiguration$, () => RefreshFailureConfiguration$]
];
var DataSetSchema$ = [3, n0, _DSSa,
    0,
    [_CSL],
    [() => ColumnSchemaList]
];
var DataSetSearchFilter$ = [3, n0, _DSSF,
    0,
    [_O, _N, _V],
    [0, 0, 0], 3
];
var DataSetSemanticDescription$ = [3, n0, _DSSD,
    0,
    [_Te],
    [[() => DataSetDescriptiveText, 0]], 1
];
var DataSetSemanticMetadata$ = [3, n0, _DSSM,
    0,
    [_D, _CIu],
    [[() => DataSetSemanticDescription$, 0], [() => CustomInstructionList, 0]]
];
var DataSetStringComparisonFilterCondition$ = [3, n0, _DSSCFC,
    0,
    [_O, _V],
    [0, [() => DataSetStringFilterValue$, 0]], 1
];
var DataSetStringFilterCondition$ = [3, n0, _DSSFC,
    0,
    [_CN, _CFCom, _LFCi],
    [0, [() => DataSetStringComparisonFilterCondition$, 0], [() => DataSetStringListFilterCondition$, 0]]
];
var DataSetStringFilterValue$ = [3, n0, _DSSFV,
    0,
    [_SVta],
    [[() => DataSetStringFilterStaticValue, 0]]
];
var DataSetStringListFilterCondition$ = [3, n0, _DSSLFC,
    0,
    [_O, _Va],
    [0, [() => DataSetStringListFilterValue$, 0]], 1
];
var DataSetStringListFilterValue$ = [3, n0, _DSSLFV,
    0,
    [_SVtat],
    [[() => DataSetStringFilterStaticValueList, 0]]
];
var DataSetSummary$ = [3, n0, _DSSat,
    0,
    [_A, _DSI, _N, _CT, _LUT, _IM, _RLPDS, _RLPDSM, _RLPTCA, _CLPRA, _UAs],
    [0, 0, 0, 4, 4, 0, () => RowLevelPermissionDataSet$, () => RowLevelPermissionDataSetMap, 2, 2, 0]
];
var DataSetUsageConfiguration$ = [3, n0, _DSUC,
    0,
    [_DUADQS, _DUAIS],
    [2, 2]
];
var DataSource$ = [3, n0, _DSatao,
    0,
    [_A, _DSIat, _N, _T, _St, _CT, _LUT, _DSP, _ADSP, _VCP, _SPs, _EI, _SA, _CSred, _LCVA],
    [0, 0, 0, 0, 0, 4, 4, () => DataSourceParameters$, () => DataSourceParametersList, () => VpcConnectionProperties$, () => SslProperties$, () => DataSourceErrorInfo$, 0, 0, 4]
];
var DataSourceCredentials$ = [3, n0, _DSCat,
    8,
    [_CP, _CSA, _SA, _KPC, _WPC, _OACC, _SAC, _SPCC, _ODCC],
    [() => CredentialPair$, 0, 0, [() => KeyPairCredentials$, 0], () => WebProxyCredentials$, [() => OAuthClientCredentials$, 0], [() => ServiceAccountCredentials$, 0], [() => SharePointClientCredentials$, 0], [() => OneDriveClientCredentials$, 0]]
];
var DataSourceErrorInfo$ = [3, n0, _DSEI,
    0,
    [_T, _M],
    [0, 0]
];
var DataSourceSearchFilter$ = [3, n0, _DSSFa,
    0,
    [_O, _N, _V],
    [0, 0, 0], 3
];
var DataSourceSummary$ = [3, n0, _DSSata,
    0,
    [_A, _DSIat, _N, _T, _CT, _LUT],
    [0, 0, 0, 0, 4, 4]
];
var DataStoriesConfigurations$ = [3, n0, _DSCata,
    0,
    [_En],
    [2], 1
];
var DataStoriesSharingOption$ = [3, n0, _DSSO,
    0,
    [_ASv],
    [0]
];
var DateAxisOptions$ = [3, n0, _DAO,
    0,
    [_MDV],
    [0]
];
var DateDimensionField$ = [3, n0, _DDF,
    0,
    [_FIi, _Co, _DG, _HI, _FCor],
    [0, () => ColumnIdentifier$, 0, 0, [() => DateTimeFormatConfiguration$, 0]], 2
];
var DateMeasureField$ = [3, n0, _DMF,
    0,
    [_FIi, _Co, _AFg, _FCor],
    [0, () => ColumnIdentifier$, 0, [() => DateTimeFormatConfiguration$, 0]], 2
];
var DateTimeDatasetParameter$ = [3, n0, _DTDP,
    0,
    [_Id_, _N, _VTa, _TG, _DVef],
    [0, 0, 0, 0, () => DateTimeDatasetParameterDefaultValues$], 3
];
var DateTimeDatasetParameterDefaultValues$ = [3, n0, _DTDPDV,
    0,
    [_SVtat],
    [64 | 4]
];
var DateTimeDefaultValues$ = [3, n0, _DTDV,
    0,
    [_DVy, _SVtat, _RD],
    [() => DynamicDefaultValue$, [() => DateTimeDefaultValueList, 0], [() => RollingDateConfiguration$, 0]]
];
var DateTimeFormatConfiguration$ = [3, n0, _DTFC,
    0,
    [_DTF, _NVFC, _NFC],
    [0, [() => NullValueFormatConfiguration$, 0], [() => NumericFormatConfiguration$, 0]]
];
var DateTimeHierarchy$ = [3, n0, _DTH,
    0,
    [_HI, _DDFr],
    [0, () => DrillDownFilterList], 1
];
var DateTimeParameter$ = [3, n0, _DTP,
    0,
    [_N, _Va],
    [0, [() => SensitiveTimestampList, 0]], 2
];
var DateTimeParameterDeclaration$ = [3, n0, _DTPD,
    0,
    [_N, _DVef, _TG, _VWU, _MDSP],
    [0, [() => DateTimeDefaultValues$, 0], 0, [() => DateTimeValueWhenUnsetConfiguration$, 0], () => MappedDataSetParameters], 1
];
var DateTimePickerControlDisplayOptions$ = [3, n0, _DTPCDO,
    0,
    [_TO, _DTF, _IILO, _HTV, _DIV],
    [() => LabelOptions$, 0, () => SheetControlInfoIconLabelOptions$, 0, 0]
];
var DateTimeValueWhenUnsetConfiguration$ = [3, n0, _DTVWUC,
    0,
    [_VWUO, _CVus],
    [0, [() => SensitiveTimestamp, 0]]
];
var DecalSettings$ = [3, n0, _DSe,
    0,
    [_EV, _DVec, _DCe, _DPTe, _DSTe],
    [0, 0, 0, 0, 0]
];
var DecalSettingsConfiguration$ = [3, n0, _DSC,
    0,
    [_CDS],
    [() => DecalSettingsList]
];
var DecimalDatasetParameter$ = [3, n0, _DDP,
    0,
    [_Id_, _N, _VTa, _DVef],
    [0, 0, 0, () => DecimalDatasetParameterDefaultValues$], 3
];
var DecimalDatasetParameterDefaultValues$ = [3, n0, _DDPDV,
    0,
    [_SVtat],
    [64 | 1]
];
var DecimalDefaultValues$ = [3, n0, _DDV,
    0,
    [_DVy, _SVtat],
    [() => DynamicDefaultValue$, [() => DecimalDefaultValueList, 0]]
];
var DecimalParameter$ = [3, n0, _DPe,
    0,
    [_N, _Va],
    [0, [() => SensitiveDoubleList, 0]], 2
];
var DecimalParameterDeclaration$ = [3, n0, _DPD,
    0,
    [_PVT, _N, _DVef, _VWU, _MDSP],
    [0, 0, [() => DecimalDefaultValues$, 0], [() => DecimalValueWhenUnsetConfiguration$, 0], () => MappedDataSetParameters], 2
];
var DecimalPlacesConfiguration$ = [3, n0, _DPCe,
    0,
    [_DPec],
    [1], 1
];
var DecimalValueWhenUnsetConfiguration$ = [3, n0, _DVWUC,
    0,
    [_VWUO, _CVus],
    [0, [() => SensitiveDouble, 0]]
];
var DefaultDateTimePickerControlOptions$ = [3, n0, _DDTPCO,
    0,
    [_T, _DOi, _CMom],
    [0, () => DateTimePickerControlDisplayOptions$, 0]
];
var DefaultFilterControlConfiguration$ = [3, n0, _DFCC,
    0,
    [_COo, _Tit, _CTFT],
    [() => DefaultFilterControlOptions$, 0, () => ControlTitleFormatText$], 1
];
var DefaultFilterControlOptions$ = [3, n0, _DFCO,
    0,
    [_DDTPO, _DLOe, _DDO, _DTFO, _DTAO, _DSO, _DRDTO, _DHL, _DHD],
    [() => DefaultDateTimePickerControlOptions$, () => DefaultFilterListControlOptions$, () => DefaultFilterDropDownControlOptions$, () => DefaultTextFieldControlOptions$, () => DefaultTextAreaControlOptions$, () => DefaultSliderControlOptions$, () => DefaultRelativeDateTimeControlOptions$, () => DefaultHierarchyFilterListControlOptions$, () => DefaultHierarchyFilterDropDownControlOptions$]
];
var DefaultFilterDropDownControlOptions$ = [3, n0, _DFDDCO,
    0,
    [_DOi, _T, _SVe, _CMom, _CSCo],
    [() => DropDownControlDisplayOptions$, 0, () => FilterSelectableValues$, 0, () => ControlSortConfigurationList]
];
var DefaultFilterListControlOptions$ = [3, n0, _DFLCO,
    0,
    [_DOi, _T, _SVe, _CSCo],
    [() => ListControlDisplayOptions$, 0, () => FilterSelectableValues$, () => ControlSortConfigurationList]
];
var DefaultFormatting$ = [3, n0, _DFe,
    0,
    [_DFi, _DFO],
    [0, () => DisplayFormatOptions$]
];
var DefaultFreeFormLayoutConfiguration$ = [3, n0, _DFFLC,
    0,
    [_CSO],
    [() => FreeFormLayoutCanvasSizeOptions$], 1
];
var DefaultGridLayoutConfiguration$ = [3, n0, _DGLC,
    0,
    [_CSO],
    [() => GridLayoutCanvasSizeOptions$], 1
];
var DefaultHierarchyFilterDropDownControlOptions$ = [3, n0, _DHFDDCO,
    0,
    [_DOi, _T, _CMom, _CSCo, _CTFT],
    [() => HierarchyFilterDropDownControlDisplayOptions$, 0, 0, () => ControlSortConfigurationList, () => ControlTitleFormatText$]
];
var DefaultHierarchyFilterListControlOptions$ = [3, n0, _DHFLCO,
    0,
    [_DOi, _T, _CMom, _CSCo, _CTFT],
    [() => HierarchyFilterListControlDisplayOptions$, 0, 0, () => ControlSortConfigurationList, () => ControlTitleFormatText$]
];
var DefaultInteractiveLayoutConfiguration$ = [3, n0, _DILC,
    0,
    [_Gri, _FFr],
    [() => DefaultGridLayoutConfiguration$, () => DefaultFreeFormLayoutConfiguration$]
];
var DefaultNewSheetConfiguration$ = [3, n0, _DNSC,
    0,
    [_ILC, _PLC, _SCT],
    [() => DefaultInteractiveLayoutConfiguration$, () => DefaultPaginatedLayoutConfiguration$, 0]
];
var DefaultPaginatedLayoutConfiguration$ = [3, n0, _DPLC,
    0,
    [_SBe],
    [() => DefaultSectionBasedLayoutConfiguration$]
];
var DefaultRelativeDateTimeControlOptions$ = [3, n0, _DRDTCO,
    0,
    [_DOi, _CMom],
    [() => RelativeDateTimeControlDisplayOptions$, 0]
];
var DefaultSectionBasedLayoutConfiguration$ = [3, n0, _DSBLC,
    0,
    [_CSO],
    [() => SectionBasedLayoutCanvasSizeOptions$], 1
];
var DefaultSliderControlOptions$ = [3, n0, _DSCO,
    0,
    [_MV, _MVi, _SSt, _DOi, _T],
    [1, 1, 1, () => SliderControlDisplayOptions$, 0], 3
];
var DefaultTextAreaControlOptions$ = [3, n0, _DTACO,
    0,
    [_Del, _DOi],
    [0, () => TextAreaControlDisplayOptions$]
];
var DefaultTextFieldControlOptions$ = [3, n0, _DTFCO,
    0,
    [_DOi],
    [() => TextFieldControlDisplayOptions$]
];
var DeleteAccountCustomizationRequest$ = [3, n0, _DACR,
    0,
    [_AAI, _Na],
    [[0, 1], [0, { [_hQ]: _n }]], 1
];
var DeleteAccountCustomizationResponse$ = [3, n0, _DACRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteAccountCustomPermissionRequest$ = [3, n0, _DACPR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DeleteAccountCustomPermissionResponse$ = [3, n0, _DACPRe,
    0,
    [_RI, _St],
    [0, 1]
];
var DeleteAccountSubscriptionRequest$ = [3, n0, _DASR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DeleteAccountSubscriptionResponse$ = [3, n0, _DASRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteActionConnectorRequest$ = [3, n0, _DACRel,
    0,
    [_AAI, _ACI],
    [[0, 1], [0, 1]], 2
];
var DeleteActionConnectorResponse$ = [3, n0, _DACRele,
    0,
    [_A, _ACI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteAgentRequest$ = [3, n0, _DAR,
    0,
    [_AIg, _AAI],
    [[0, 1], [0, 1]], 2
];
var DeleteAgentResponse$ = [3, n0, _DARe,
    0,
    [_RI],
    [0]
];
var DeleteAnalysisRequest$ = [3, n0, _DARel,
    0,
    [_AAI, _AIn, _RWID, _FDWR],
    [[0, 1], [0, 1], [1, { [_hQ]: _rwid }], [2, { [_hQ]: _fdwr }]], 2
];
var DeleteAnalysisResponse$ = [3, n0, _DARele,
    0,
    [_St, _A, _AIn, _DTe, _RI],
    [[1, 32], 0, 0, 4, 0]
];
var DeleteAppRequest$ = [3, n0, _DARelet,
    0,
    [_AAI, _AIp],
    [[0, 1], [0, 1]], 2
];
var DeleteAppResponse$ = [3, n0, _DARelete,
    0,
    [_RI],
    [0]
];
var DeleteApprovalPolicyRequest$ = [3, n0, _DAPR,
    0,
    [_PI],
    [[0, 1]], 1
];
var DeleteApprovalPolicyResponse$ = [3, n0, _DAPRe,
    0,
    [],
    []
];
var DeleteBrandAssignmentRequest$ = [3, n0, _DBAR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DeleteBrandAssignmentResponse$ = [3, n0, _DBARe,
    0,
    [_RI],
    [0]
];
var DeleteBrandRequest$ = [3, n0, _DBR,
    0,
    [_AAI, _BI],
    [[0, 1], [0, 1]], 2
];
var DeleteBrandResponse$ = [3, n0, _DBRe,
    0,
    [_RI],
    [0]
];
var DeleteCustomPermissionsRequest$ = [3, n0, _DCPR,
    0,
    [_AAI, _CPN],
    [[0, 1], [0, 1]], 2
];
var DeleteCustomPermissionsResponse$ = [3, n0, _DCPRe,
    0,
    [_St, _A, _RI],
    [1, 0, 0]
];
var DeleteDashboardRequest$ = [3, n0, _DDR,
    0,
    [_AAI, _DI, _VN],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }]], 2
];
var DeleteDashboardResponse$ = [3, n0, _DDRe,
    0,
    [_St, _A, _DI, _RI],
    [[1, 32], 0, 0, 0]
];
var DeleteDataSetRefreshPropertiesRequest$ = [3, n0, _DDSRPR,
    0,
    [_AAI, _DSI],
    [[0, 1], [0, 1]], 2
];
var DeleteDataSetRefreshPropertiesResponse$ = [3, n0, _DDSRPRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteDataSetRequest$ = [3, n0, _DDSR,
    0,
    [_AAI, _DSI],
    [[0, 1], [0, 1]], 2
];
var DeleteDataSetResponse$ = [3, n0, _DDSRe,
    0,
    [_A, _DSI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteDataSourceRequest$ = [3, n0, _DDSRel,
    0,
    [_AAI, _DSIat],
    [[0, 1], [0, 1]], 2
];
var DeleteDataSourceResponse$ = [3, n0, _DDSRele,
    0,
    [_A, _DSIat, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteDefaultQBusinessApplicationRequest$ = [3, n0, _DDQBAR,
    0,
    [_AAI, _Na],
    [[0, 1], [0, { [_hQ]: _n }]], 1
];
var DeleteDefaultQBusinessApplicationResponse$ = [3, n0, _DDQBARe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteDlpSettingRequest$ = [3, n0, _DDSRelet,
    0,
    [_AAI, _DSIl],
    [[0, 1], [0, 1]], 2
];
var DeleteDlpSettingResponse$ = [3, n0, _DDSRelete,
    0,
    [_A, _DSIl, _RI],
    [0, 0, 0], 2
];
var DeleteFlowRequest$ = [3, n0, _DFR,
    0,
    [_AAI, _FIl],
    [[0, 1], [0, 1]], 2
];
var DeleteFlowResponse$ = [3, n0, _DFRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteFolderMembershipRequest$ = [3, n0, _DFMR,
    0,
    [_AAI, _FI, _MI, _MT],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var DeleteFolderMembershipResponse$ = [3, n0, _DFMRe,
    0,
    [_St, _RI],
    [1, 0]
];
var DeleteFolderRequest$ = [3, n0, _DFRel,
    0,
    [_AAI, _FI],
    [[0, 1], [0, 1]], 2
];
var DeleteFolderResponse$ = [3, n0, _DFRele,
    0,
    [_St, _A, _FI, _RI],
    [[1, 32], 0, 0, 0]
];
var DeleteGroupMembershipRequest$ = [3, n0, _DGMR,
    0,
    [_MN, _GN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var DeleteGroupMembershipResponse$ = [3, n0, _DGMRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteGroupRequest$ = [3, n0, _DGR,
    0,
    [_GN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteGroupResponse$ = [3, n0, _DGRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteIAMPolicyAssignmentRequest$ = [3, n0, _DIAMPAR,
    0,
    [_AAI, _ANs, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteIAMPolicyAssignmentResponse$ = [3, n0, _DIAMPARe,
    0,
    [_ANs, _RI, _St],
    [0, 0, [1, 32]]
];
var DeleteIdentityPropagationConfigRequest$ = [3, n0, _DIPCR,
    0,
    [_AAI, _Se],
    [[0, 1], [0, 1]], 2
];
var DeleteIdentityPropagationConfigResponse$ = [3, n0, _DIPCRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteKnowledgeBaseRequest$ = [3, n0, _DKBR,
    0,
    [_AAI, _KBI],
    [[0, 1], [0, 1]], 2
];
var DeleteKnowledgeBaseResponse$ = [3, n0, _DKBRe,
    0,
    [_KBA, _KBI, _RI, _St],
    [0, 0, 0, [1, 32]], 2
];
var DeleteLimitsProfileRequest$ = [3, n0, _DLPR,
    0,
    [_pI, _aI],
    [[0, 1], [0, 1]], 2
];
var DeleteLimitsProfileResponse$ = [3, n0, _DLPRe,
    0,
    [_a],
    [0], 1
];
var DeleteNamespaceRequest$ = [3, n0, _DNR,
    0,
    [_AAI, _Na],
    [[0, 1], [0, 1]], 2
];
var DeleteNamespaceResponse$ = [3, n0, _DNRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteOAuthClientApplicationRequest$ = [3, n0, _DOACAR,
    0,
    [_AAI, _OACAI],
    [[0, 1], [0, 1]], 2
];
var DeleteOAuthClientApplicationResponse$ = [3, n0, _DOACARe,
    0,
    [_A, _OACAI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteRefreshScheduleRequest$ = [3, n0, _DRSR,
    0,
    [_DSI, _AAI, _SI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteRefreshScheduleResponse$ = [3, n0, _DRSRe,
    0,
    [_St, _RI, _SI, _A],
    [[1, 32], 0, 0, 0]
];
var DeleteRoleCustomPermissionRequest$ = [3, n0, _DRCPR,
    0,
    [_Ro, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteRoleCustomPermissionResponse$ = [3, n0, _DRCPRe,
    0,
    [_RI, _St],
    [0, 1]
];
var DeleteRoleMembershipRequest$ = [3, n0, _DRMR,
    0,
    [_MN, _Ro, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var DeleteRoleMembershipResponse$ = [3, n0, _DRMRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteSpaceRequest$ = [3, n0, _DSRe,
    0,
    [_AAI, _SIp],
    [[0, 1], [0, 1]], 2
];
var DeleteSpaceResponse$ = [3, n0, _DSRel,
    0,
    [_sI, _sA, _RI],
    [0, 0, 0], 1
];
var DeleteTemplateAliasRequest$ = [3, n0, _DTAR,
    0,
    [_AAI, _TIe, _ANl],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteTemplateAliasResponse$ = [3, n0, _DTARe,
    0,
    [_St, _TIe, _ANl, _A, _RI],
    [[1, 32], 0, 0, 0, 0]
];
var DeleteTemplateRequest$ = [3, n0, _DTR,
    0,
    [_AAI, _TIe, _VN],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }]], 2
];
var DeleteTemplateResponse$ = [3, n0, _DTRe,
    0,
    [_RI, _A, _TIe, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteThemeAliasRequest$ = [3, n0, _DTARel,
    0,
    [_AAI, _TI, _ANl],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteThemeAliasResponse$ = [3, n0, _DTARele,
    0,
    [_ANl, _A, _RI, _St, _TI],
    [0, 0, 0, [1, 32], 0]
];
var DeleteThemeRequest$ = [3, n0, _DTRel,
    0,
    [_AAI, _TI, _VN],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }]], 2
];
var DeleteThemeResponse$ = [3, n0, _DTRele,
    0,
    [_A, _RI, _St, _TI],
    [0, 0, [1, 32], 0]
];
var DeleteTopicRefreshScheduleRequest$ = [3, n0, _DTRSR,
    0,
    [_AAI, _TIo, _DIat],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteTopicRefreshScheduleResponse$ = [3, n0, _DTRSRe,
    0,
    [_TIo, _TAo, _DAa, _St, _RI],
    [0, 0, 0, [1, 32], 0]
];
var DeleteTopicRequest$ = [3, n0, _DTRelet,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var DeleteTopicResponse$ = [3, n0, _DTRelete,
    0,
    [_A, _TIo, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteTopicV2Request$ = [3, n0, _DTVR,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var DeleteTopicV2Response$ = [3, n0, _DTVRe,
    0,
    [_A, _TIo, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DeleteUserByPrincipalIdRequest$ = [3, n0, _DUBPIR,
    0,
    [_PIri, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteUserByPrincipalIdResponse$ = [3, n0, _DUBPIRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteUserCustomPermissionRequest$ = [3, n0, _DUCPR,
    0,
    [_UN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteUserCustomPermissionResponse$ = [3, n0, _DUCPRe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteUserRequest$ = [3, n0, _DUR,
    0,
    [_UN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteUserResponse$ = [3, n0, _DURe,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var DeleteVPCConnectionRequest$ = [3, n0, _DVPCCR,
    0,
    [_AAI, _VPCCI],
    [[0, 1], [0, 1]], 2
];
var DeleteVPCConnectionResponse$ = [3, n0, _DVPCCRe,
    0,
    [_A, _VPCCI, _DSel, _ASv, _RI, _St],
    [0, 0, 0, 0, 0, [1, 32]]
];
var DescribeAccountCustomizationRequest$ = [3, n0, _DACRes,
    0,
    [_AAI, _Na, _Res],
    [[0, 1], [0, { [_hQ]: _n }], [2, { [_hQ]: _r }]], 1
];
var DescribeAccountCustomizationResponse$ = [3, n0, _DACResc,
    0,
    [_A, _AAI, _Na, _AC, _RI, _St],
    [0, 0, 0, () => AccountCustomization$, 0, [1, 32]]
];
var DescribeAccountCustomPermissionRequest$ = [3, n0, _DACPRes,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeAccountCustomPermissionResponse$ = [3, n0, _DACPResc,
    0,
    [_CPN, _RI, _St],
    [0, 0, 1]
];
var DescribeAccountSettingsRequest$ = [3, n0, _DASRes,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeAccountSettingsResponse$ = [3, n0, _DASResc,
    0,
    [_AS, _RI, _St],
    [() => AccountSettings$, 0, [1, 32]]
];
var DescribeAccountSubscriptionRequest$ = [3, n0, _DASRescr,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeAccountSubscriptionResponse$ = [3, n0, _DASRescri,
    0,
    [_AI, _St, _RI],
    [() => AccountInfo$, [1, 32], 0]
];
var DescribeActionConnectorPermissionsRequest$ = [3, n0, _DACPRescr,
    0,
    [_AAI, _ACI],
    [[0, 1], [0, 1]], 2
];
var DescribeActionConnectorPermissionsResponse$ = [3, n0, _DACPRescri,
    0,
    [_A, _ACI, _Per, _RI, _St],
    [0, 0, () => ResourcePermissionList, 0, [1, 32]]
];
var DescribeActionConnectorRequest$ = [3, n0, _DACRescr,
    0,
    [_AAI, _ACI],
    [[0, 1], [0, 1]], 2
];
var DescribeActionConnectorResponse$ = [3, n0, _DACRescri,
    0,
    [_ACc, _RI, _St],
    [[() => ActionConnector$, 0], 0, [1, 32]]
];
var DescribeAgentPermissionsRequest$ = [3, n0, _DAPRes,
    0,
    [_AIg, _AAI],
    [[0, 1], [0, 1]], 2
];
var DescribeAgentPermissionsResponse$ = [3, n0, _DAPResc,
    0,
    [_A, _AIg, _Per, _RI],
    [0, 0, () => ResourcePermissionList, 0], 4
];
var DescribeAgentRequest$ = [3, n0, _DARes,
    0,
    [_AIg, _AAI],
    [[0, 1], [0, 1]], 2
];
var DescribeAgentResponse$ = [3, n0, _DAResc,
    0,
    [_Ag, _RI],
    [[() => Agent$, 0], 0], 1
];
var DescribeAnalysisDefinitionRequest$ = [3, n0, _DADR,
    0,
    [_AAI, _AIn],
    [[0, 1], [0, 1]], 2
];
var DescribeAnalysisDefinitionResponse$ = [3, n0, _DADRe,
    0,
    [_AIn, _N, _Err, _RSes, _TAh, _Def, _St, _RI],
    [0, 0, () => AnalysisErrorList, 0, 0, [() => AnalysisDefinition$, 0], [1, 32], 0]
];
var DescribeAnalysisPermissionsRequest$ = [3, n0, _DAPRescr,
    0,
    [_AAI, _AIn],
    [[0, 1], [0, 1]], 2
];
var DescribeAnalysisPermissionsResponse$ = [3, n0, _DAPRescri,
    0,
    [_AIn, _AAn, _Per, _St, _RI],
    [0, 0, () => UpdateResourcePermissionList, [1, 32], 0]
];
var DescribeAnalysisRequest$ = [3, n0, _DARescr,
    0,
    [_AAI, _AIn],
    [[0, 1], [0, 1]], 2
];
var DescribeAnalysisResponse$ = [3, n0, _DARescri,
    0,
    [_An, _St, _RI],
    [[() => Analysis$, 0], [1, 32], 0]
];
var DescribeAppPermissionsRequest$ = [3, n0, _DAPRescrib,
    0,
    [_AAI, _AIp],
    [[0, 1], [0, 1]], 2
];
var DescribeAppPermissionsResponse$ = [3, n0, _DAPRescribe,
    0,
    [_AIp, _A, _Per, _RI],
    [0, 0, () => ResourcePermissionList, 0]
];
var DescribeAppRequest$ = [3, n0, _DARescrib,
    0,
    [_AAI, _AIp],
    [[0, 1], [0, 1]], 2
];
var DescribeAppResponse$ = [3, n0, _DARescribe,
    0,
    [_App, _RI],
    [() => AppSummary$, 0], 1
];
var DescribeApprovalPolicyRequest$ = [3, n0, _DAPRescribep,
    0,
    [_PI],
    [[0, 1]], 1
];
var DescribeApprovalPolicyResponse$ = [3, n0, _DAPRescribepp,
    0,
    [_Pol],
    [() => ApprovalPolicy$], 1
];
var DescribeAssetBundleExportJobRequest$ = [3, n0, _DABEJR,
    0,
    [_AAI, _ABEJI],
    [[0, 1], [0, 1]], 2
];
var DescribeAssetBundleExportJobResponse$ = [3, n0, _DABEJRe,
    0,
    [_JS, _DUo, _Err, _A, _CT, _ABEJI, _AAI, _RAes, _IAD, _EFx, _CFOPC, _RI, _St, _IP, _IT, _VSa, _War, _IFM, _IFMn],
    [0, [() => SensitiveS3Uri, 0], () => AssetBundleExportJobErrorList, 0, 4, 0, 0, 64 | 0, 2, 0, () => AssetBundleCloudFormationOverridePropertyConfiguration$, 0, [1, 32], 2, 2, () => AssetBundleExportJobValidationStrategy$, () => AssetBundleExportJobWarningList, 2, 0]
];
var DescribeAssetBundleImportJobRequest$ = [3, n0, _DABIJR,
    0,
    [_AAI, _ABIJI],
    [[0, 1], [0, 1]], 2
];
var DescribeAssetBundleImportJobResponse$ = [3, n0, _DABIJRe,
    0,
    [_JS, _Err, _RE, _A, _CT, _ABIJI, _AAI, _ABIS, _OP, _FA, _RI, _St, _OPv, _OT, _OVS, _War],
    [0, () => AssetBundleImportJobErrorList, () => AssetBundleImportJobErrorList, 0, 4, 0, 0, [() => AssetBundleImportSourceDescription$, 0], [() => AssetBundleImportJobOverrideParameters$, 0], 0, 0, [1, 32], () => AssetBundleImportJobOverridePermissions$, () => AssetBundleImportJobOverrideTags$, () => AssetBundleImportJobOverrideValidationStrategy$, () => AssetBundleImportJobWarningList]
];
var DescribeAutomationJobRequest$ = [3, n0, _DAJR,
    0,
    [_AAI, _AGI, _AIu, _JI, _IIP, _IOP],
    [[0, 1], [0, 1], [0, 1], [0, 1], [2, { [_hQ]: _iIP }], [2, { [_hQ]: _iOP }]], 4
];
var DescribeAutomationJobResponse$ = [3, n0, _DAJRe,
    0,
    [_A, _JS, _CA, _SAt, _EAn, _IPn, _OPu, _RI],
    [0, 0, 4, 4, 4, [() => SensitiveIOPayload, 0], [() => SensitiveIOPayload, 0], 0], 2
];
var DescribeBrandAssignmentRequest$ = [3, n0, _DBARes,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeBrandAssignmentResponse$ = [3, n0, _DBAResc,
    0,
    [_RI, _BAr],
    [0, 0]
];
var DescribeBrandPublishedVersionRequest$ = [3, n0, _DBPVR,
    0,
    [_AAI, _BI],
    [[0, 1], [0, 1]], 2
];
var DescribeBrandPublishedVersionResponse$ = [3, n0, _DBPVRe,
    0,
    [_RI, _BDr, _BD],
    [0, () => BrandDetail$, () => BrandDefinition$]
];
var DescribeBrandRequest$ = [3, n0, _DBRes,
    0,
    [_AAI, _BI, _VIe],
    [[0, 1], [0, 1], [0, { [_hQ]: _vI }]], 2
];
var DescribeBrandResponse$ = [3, n0, _DBResc,
    0,
    [_RI, _BDr, _BD],
    [0, () => BrandDetail$, () => BrandDefinition$]
];
var DescribeCustomPermissionsRequest$ = [3, n0, _DCPRes,
    0,
    [_AAI, _CPN],
    [[0, 1], [0, 1]], 2
];
var DescribeCustomPermissionsResponse$ = [3, n0, _DCPResc,
    0,
    [_St, _CPu, _RI],
    [1, () => CustomPermissions$, 0]
];
var DescribeDashboardDefinitionRequest$ = [3, n0, _DDDR,
    0,
    [_AAI, _DI, _VN, _ANl],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }], [0, { [_hQ]: _an }]], 2
];
var DescribeDashboardDefinitionResponse$ = [3, n0, _DDDRe,
    0,
    [_DI, _Err, _N, _RSes, _TAh, _Def, _St, _RI, _DPO],
    [0, () => DashboardErrorList, 0, 0, 0, [() => DashboardVersionDefinition$, 0], [1, 32], 0, () => DashboardPublishOptions$]
];
var DescribeDashboardPermissionsRequest$ = [3, n0, _DDPR,
    0,
    [_AAI, _DI],
    [[0, 1], [0, 1]], 2
];
var DescribeDashboardPermissionsResponse$ = [3, n0, _DDPRe,
    0,
    [_DI, _DAas, _Per, _St, _RI, _LSC],
    [0, 0, () => UpdateResourcePermissionList, [1, 32], 0, () => LinkSharingConfiguration$]
];
var DescribeDashboardRequest$ = [3, n0, _DDRes,
    0,
    [_AAI, _DI, _VN, _ANl],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }], [0, { [_hQ]: _an }]], 2
];
var DescribeDashboardResponse$ = [3, n0, _DDResc,
    0,
    [_Da, _St, _RI],
    [[() => Dashboard$, 0], [1, 32], 0]
];
var DescribeDashboardSnapshotJobRequest$ = [3, n0, _DDSJR,
    0,
    [_AAI, _DI, _SJI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeDashboardSnapshotJobResponse$ = [3, n0, _DDSJRe,
    0,
    [_AAI, _DI, _SJI, _UC, _SCn, _A, _JS, _CT, _LUT, _RI, _St],
    [0, 0, 0, () => SnapshotUserConfigurationRedacted$, [() => SnapshotConfiguration$, 0], 0, 0, 4, 4, 0, 1]
];
var DescribeDashboardSnapshotJobResultRequest$ = [3, n0, _DDSJRR,
    0,
    [_AAI, _DI, _SJI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeDashboardSnapshotJobResultResponse$ = [3, n0, _DDSJRRe,
    0,
    [_A, _JS, _CT, _LUT, _Resu, _EI, _RI, _St],
    [0, 0, 4, 4, [() => SnapshotJobResult$, 0], () => SnapshotJobErrorInfo$, 0, [1, 32]]
];
var DescribeDashboardsQAConfigurationRequest$ = [3, n0, _DDQACR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeDashboardsQAConfigurationResponse$ = [3, n0, _DDQACRe,
    0,
    [_DQAS, _RI, _St],
    [0, 0, [1, 32]]
];
var DescribeDataSetPermissionsRequest$ = [3, n0, _DDSPR,
    0,
    [_AAI, _DSI],
    [[0, 1], [0, 1]], 2
];
var DescribeDataSetPermissionsResponse$ = [3, n0, _DDSPRe,
    0,
    [_DSAat, _DSI, _Per, _RI, _St],
    [0, 0, () => ResourcePermissionList, 0, [1, 32]]
];
var DescribeDataSetRefreshPropertiesRequest$ = [3, n0, _DDSRPRes,
    0,
    [_AAI, _DSI],
    [[0, 1], [0, 1]], 2
];
var DescribeDataSetRefreshPropertiesResponse$ = [3, n0, _DDSRPResc,
    0,
    [_RI, _St, _DSRP],
    [0, [1, 32], () => DataSetRefreshProperties$]
];
var DescribeDataSetRequest$ = [3, n0, _DDSRes,
    0,
    [_AAI, _DSI],
    [[0, 1], [0, 1]], 2
];
var DescribeDataSetResponse$ = [3, n0, _DDSResc,
    0,
    [_DSata, _RI, _St],
    [[() => DataSet$, 0], 0, [1, 32]]
];
var DescribeDataSourcePermissionsRequest$ = [3, n0, _DDSPRes,
    0,
    [_AAI, _DSIat],
    [[0, 1], [0, 1]], 2
];
var DescribeDataSourcePermissionsResponse$ = [3, n0, _DDSPResc,
    0,
    [_DSAa, _DSIat, _Per, _RI, _St],
    [0, 0, () => ResourcePermissionList, 0, [1, 32]]
];
var DescribeDataSourceRequest$ = [3, n0, _DDSRescr,
    0,
    [_AAI, _DSIat],
    [[0, 1], [0, 1]], 2
];
var DescribeDataSourceResponse$ = [3, n0, _DDSRescri,
    0,
    [_DSatao, _RI, _St],
    [() => DataSource$, 0, [1, 32]]
];
var DescribeDefaultQBusinessApplicationRequest$ = [3, n0, _DDQBARes,
    0,
    [_AAI, _Na],
    [[0, 1], [0, { [_hQ]: _n }]], 1
];
var DescribeDefaultQBusinessApplicationResponse$ = [3, n0, _DDQBAResc,
    0,
    [_RI, _St, _AIpp],
    [0, [1, 32], 0]
];
var DescribeDlpSettingRequest$ = [3, n0, _DDSRescrib,
    0,
    [_AAI, _DSIl],
    [[0, 1], [0, 1]], 2
];
var DescribeDlpSettingResponse$ = [3, n0, _DDSRescribe,
    0,
    [_DSl, _RI],
    [() => DlpSettingDetails$, 0], 1
];
var DescribeFlowRequest$ = [3, n0, _DFRes,
    0,
    [_AAI, _FIl, _PS],
    [[0, 1], [0, 1], [0, { [_hQ]: _ps }]], 3
];
var DescribeFlowResponse$ = [3, n0, _DFResc,
    0,
    [_Fl, _RI, _St],
    [[() => FlowDetail$, 0], 0, [1, 32]], 1
];
var DescribeFolderPermissionsRequest$ = [3, n0, _DFPR,
    0,
    [_AAI, _FI, _Na, _MR, _NT],
    [[0, 1], [0, 1], [0, { [_hQ]: _n }], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 2
];
var DescribeFolderPermissionsResponse$ = [3, n0, _DFPRe,
    0,
    [_St, _FI, _A, _Per, _RI, _NT],
    [[1, 32], 0, 0, () => ResourcePermissionList, 0, 0]
];
var DescribeFolderRequest$ = [3, n0, _DFRescr,
    0,
    [_AAI, _FI],
    [[0, 1], [0, 1]], 2
];
var DescribeFolderResolvedPermissionsRequest$ = [3, n0, _DFRPR,
    0,
    [_AAI, _FI, _Na, _MR, _NT],
    [[0, 1], [0, 1], [0, { [_hQ]: _n }], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 2
];
var DescribeFolderResolvedPermissionsResponse$ = [3, n0, _DFRPRe,
    0,
    [_St, _FI, _A, _Per, _RI, _NT],
    [[1, 32], 0, 0, () => ResourcePermissionList, 0, 0]
];
var DescribeFolderResponse$ = [3, n0, _DFRescri,
    0,
    [_St, _Fol, _RI],
    [[1, 32], () => Folder$, 0]
];
var DescribeGroupMembershipRequest$ = [3, n0, _DGMRes,
    0,
    [_MN, _GN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1], [0, 1]], 4
];
var DescribeGroupMembershipResponse$ = [3, n0, _DGMResc,
    0,
    [_GM, _RI, _St],
    [() => GroupMember$, 0, [1, 32]]
];
var DescribeGroupRequest$ = [3, n0, _DGRes,
    0,
    [_GN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeGroupResponse$ = [3, n0, _DGResc,
    0,
    [_Gr, _RI, _St],
    [() => Group$, 0, [1, 32]]
];
var DescribeIAMPolicyAssignmentRequest$ = [3, n0, _DIAMPARes,
    0,
    [_AAI, _ANs, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeIAMPolicyAssignmentResponse$ = [3, n0, _DIAMPAResc,
    0,
    [_IAMPA, _RI, _St],
    [() => IAMPolicyAssignment$, 0, [1, 32]]
];
var DescribeIngestionRequest$ = [3, n0, _DIR,
    0,
    [_AAI, _DSI, _IIn],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeIngestionResponse$ = [3, n0, _DIRe,
    0,
    [_Ing, _RI, _St],
    [() => Ingestion$, 0, [1, 32]]
];
var DescribeIpRestrictionRequest$ = [3, n0, _DIRR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeIpRestrictionResponse$ = [3, n0, _DIRRe,
    0,
    [_AAI, _IRRM, _VIRRM, _VEIRRM, _En, _RI, _St],
    [0, 128 | 0, 128 | 0, 128 | 0, 2, 0, [1, 32]]
];
var DescribeKeyRegistrationRequest$ = [3, n0, _DKRR,
    0,
    [_AAI, _DKO],
    [[0, 1], [2, { [_hQ]: _dko }]], 1
];
var DescribeKeyRegistrationResponse$ = [3, n0, _DKRRe,
    0,
    [_AAI, _KR, _QDK, _RI, _St],
    [0, () => KeyRegistration, () => QDataKey$, 0, 1]
];
var DescribeKnowledgeBasePermissionsRequest$ = [3, n0, _DKBPR,
    0,
    [_AAI, _KBI],
    [[0, 1], [0, 1]], 2
];
var DescribeKnowledgeBasePermissionsResponse$ = [3, n0, _DKBPRe,
    0,
    [_KBA, _KBI, _Per, _RI, _St],
    [0, 0, () => ResourcePermissionList, 0, [1, 32]], 2
];
var DescribeKnowledgeBaseRequest$ = [3, n0, _DKBRes,
    0,
    [_AAI, _KBI],
    [[0, 1], [0, 1]], 2
];
var DescribeKnowledgeBaseResponse$ = [3, n0, _DKBResc,
    0,
    [_KB, _RI, _St],
    [[() => KnowledgeBase$, 0], 0, [1, 32]], 1
];
var DescribeLimitsProfileRequest$ = [3, n0, _DLPRes,
    0,
    [_pI, _aI],
    [[0, 1], [0, 1]], 2
];
var DescribeLimitsProfileResponse$ = [3, n0, _DLPResc,
    0,
    [_p],
    [() => LimitsProfile$], 1
];
var DescribeNamespaceRequest$ = [3, n0, _DNRes,
    0,
    [_AAI, _Na],
    [[0, 1], [0, 1]], 2
];
var DescribeNamespaceResponse$ = [3, n0, _DNResc,
    0,
    [_Na, _RI, _St],
    [() => NamespaceInfoV2$, 0, [1, 32]]
];
var DescribeOAuthClientApplicationRequest$ = [3, n0, _DOACARes,
    0,
    [_AAI, _OACAI],
    [[0, 1], [0, 1]], 2
];
var DescribeOAuthClientApplicationResponse$ = [3, n0, _DOACAResc,
    0,
    [_OACA, _RI, _St],
    [[() => OAuthClientApplication$, 0], 0, [1, 32]]
];
var DescribeQPersonalizationConfigurationRequest$ = [3, n0, _DQPCR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeQPersonalizationConfigurationResponse$ = [3, n0, _DQPCRe,
    0,
    [_PM, _RI, _St],
    [0, 0, [1, 32]]
];
var DescribeQuickSightQSearchConfigurationRequest$ = [3, n0, _DQSQSCR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeQuickSightQSearchConfigurationResponse$ = [3, n0, _DQSQSCRe,
    0,
    [_QSS, _RI, _St],
    [0, 0, [1, 32]]
];
var DescribeRefreshScheduleRequest$ = [3, n0, _DRSRes,
    0,
    [_AAI, _DSI, _SI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeRefreshScheduleResponse$ = [3, n0, _DRSResc,
    0,
    [_RSe, _St, _RI, _A],
    [() => RefreshSchedule$, [1, 32], 0, 0]
];
var DescribeResourcePermissionsRequest$ = [3, n0, _DRPR,
    0,
    [_AAI],
    [[0, 1]], 1
];
var DescribeResourcePermissionsResponse$ = [3, n0, _DRPRe,
    0,
    [_RTo, _CMRA, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var DescribeRoleCustomPermissionRequest$ = [3, n0, _DRCPRes,
    0,
    [_Ro, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeRoleCustomPermissionResponse$ = [3, n0, _DRCPResc,
    0,
    [_CPN, _RI, _St],
    [0, 0, 1]
];
var DescribeSelfUpgradeConfigurationRequest$ = [3, n0, _DSUCR,
    0,
    [_AAI, _Na],
    [[0, 1], [0, 1]], 2
];
var DescribeSelfUpgradeConfigurationResponse$ = [3, n0, _DSUCRe,
    0,
    [_SUC, _RI, _St],
    [() => SelfUpgradeConfiguration$, 0, [1, 32]]
];
var DescribeSpacePermissionsRequest$ = [3, n0, _DSPR,
    0,
    [_AAI, _SIp],
    [[0, 1], [0, 1]], 2
];
var DescribeSpacePermissionsResponse$ = [3, n0, _DSPRe,
    0,
    [_sI, _sA, _Per, _RI],
    [0, 0, () => ResourcePermissionList, 0], 1
];
var DescribeSpaceRequest$ = [3, n0, _DSRes,
    0,
    [_AAI, _SIp, _MCa],
    [[0, 1], [0, 1], [1, { [_hQ]: _mC }]], 2
];
var DescribeSpaceResponse$ = [3, n0, _DSResc,
    0,
    [_sI, _Spa, _sA, _Cont, _RI],
    [0, [() => SpaceDetails$, 0], 0, () => SpaceContributorList, 0], 2
];
var DescribeTemplateAliasRequest$ = [3, n0, _DTARes,
    0,
    [_AAI, _TIe, _ANl],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeTemplateAliasResponse$ = [3, n0, _DTAResc,
    0,
    [_TAem, _St, _RI],
    [() => TemplateAlias$, [1, 32], 0]
];
var DescribeTemplateDefinitionRequest$ = [3, n0, _DTDR,
    0,
    [_AAI, _TIe, _VN, _ANl],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }], [0, { [_hQ]: _an }]], 2
];
var DescribeTemplateDefinitionResponse$ = [3, n0, _DTDRe,
    0,
    [_N, _TIe, _Err, _RSes, _TAh, _Def, _St, _RI],
    [0, 0, () => TemplateErrorList, 0, 0, [() => TemplateVersionDefinition$, 0], [1, 32], 0]
];
var DescribeTemplatePermissionsRequest$ = [3, n0, _DTPR,
    0,
    [_AAI, _TIe],
    [[0, 1], [0, 1]], 2
];
var DescribeTemplatePermissionsResponse$ = [3, n0, _DTPRe,
    0,
    [_TIe, _TAemp, _Per, _RI, _St],
    [0, 0, () => UpdateResourcePermissionList, 0, [1, 32]]
];
var DescribeTemplateRequest$ = [3, n0, _DTRes,
    0,
    [_AAI, _TIe, _VN, _ANl],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }], [0, { [_hQ]: _an }]], 2
];
var DescribeTemplateResponse$ = [3, n0, _DTResc,
    0,
    [_Tem, _St, _RI],
    [[() => Template$, 0], [1, 32], 0]
];
var DescribeThemeAliasRequest$ = [3, n0, _DTARescr,
    0,
    [_AAI, _TI, _ANl],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeThemeAliasResponse$ = [3, n0, _DTARescri,
    0,
    [_TAhe, _St, _RI],
    [() => ThemeAlias$, [1, 32], 0]
];
var DescribeThemePermissionsRequest$ = [3, n0, _DTPRes,
    0,
    [_AAI, _TI],
    [[0, 1], [0, 1]], 2
];
var DescribeThemePermissionsResponse$ = [3, n0, _DTPResc,
    0,
    [_TI, _TAh, _Per, _RI, _St],
    [0, 0, () => UpdateResourcePermissionList, 0, [1, 32]]
];
var DescribeThemeRequest$ = [3, n0, _DTRescr,
    0,
    [_AAI, _TI, _VN, _ANl],
    [[0, 1], [0, 1], [1, { [_hQ]: _vn }], [0, { [_hQ]: _an }]], 2
];
var DescribeThemeResponse$ = [3, n0, _DTRescri,
    0,
    [_The, _St, _RI],
    [() => Theme$, [1, 32], 0]
];
var DescribeTopicPermissionsRequest$ = [3, n0, _DTPRescr,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var DescribeTopicPermissionsResponse$ = [3, n0, _DTPRescri,
    0,
    [_TIo, _TAo, _Per, _St, _RI],
    [0, 0, () => ResourcePermissionList, [1, 32], 0]
];
var DescribeTopicPermissionsV2Request$ = [3, n0, _DTPVR,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var DescribeTopicPermissionsV2Response$ = [3, n0, _DTPVRe,
    0,
    [_TIo, _TAo, _Per, _St, _RI],
    [0, 0, () => ResourcePermissionList, [1, 32], 0]
];
var DescribeTopicRefreshRequest$ = [3, n0, _DTRR,
    0,
    [_AAI, _TIo, _RIe],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeTopicRefreshResponse$ = [3, n0, _DTRRe,
    0,
    [_RDe, _RI, _St],
    [() => TopicRefreshDetails$, 0, [1, 32]]
];
var DescribeTopicRefreshScheduleRequest$ = [3, n0, _DTRSRes,
    0,
    [_AAI, _TIo, _DIat],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeTopicRefreshScheduleResponse$ = [3, n0, _DTRSResc,
    0,
    [_TIo, _TAo, _DAa, _RSe, _St, _RI],
    [0, 0, 0, () => TopicRefreshSchedule$, [1, 32], 0]
];
var DescribeTopicRequest$ = [3, n0, _DTRescrib,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var DescribeTopicResponse$ = [3, n0, _DTRescribe,
    0,
    [_A, _TIo, _Top, _RI, _St, _CIu],
    [0, 0, [() => TopicDetails$, 0], 0, [1, 32], [() => CustomInstructions$, 0]]
];
var DescribeTopicV2Request$ = [3, n0, _DTVRes,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var DescribeTopicV2Response$ = [3, n0, _DTVResc,
    0,
    [_A, _TIo, _Top, _CIu, _St, _RI],
    [0, 0, () => TopicV2Details$, [() => CustomInstructions$, 0], [1, 32], 0]
];
var DescribeUserRequest$ = [3, n0, _DURes,
    0,
    [_UN, _AAI, _Na],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeUserResponse$ = [3, n0, _DUResc,
    0,
    [_Us, _RI, _St],
    [() => User$, 0, [1, 32]]
];
var DescribeVPCConnectionRequest$ = [3, n0, _DVPCCRes,
    0,
    [_AAI, _VPCCI],
    [[0, 1], [0, 1]], 2
];
var DescribeVPCConnectionResponse$ = [3, n0, _DVPCCResc,
    0,
    [_VPCCo, _RI, _St],
    [() => VPCConnection$, 0, 1]
];
var DestinationParameterValueConfiguration$ = [3, n0, _DPVC,
    0,
    [_CVC, _SAVO, _SPN, _SFo, _SCour],
    [[() => CustomValuesConfiguration$, 0], 0, 0, 0, () => ColumnIdentifier$]
];
var DestinationTable$ = [3, n0, _DTes,
    0,
    [_Al, _So],
    [0, () => DestinationTableSource$], 2
];
var DestinationTableSource$ = [3, n0, _DTS,
    0,
    [_TOI],
    [0], 1
];
var DimensionField$ = [3, n0, _DFim,
    0,
    [_NDF, _CDF, _DDF],
    [[() => NumericalDimensionField$, 0], [() => CategoricalDimensionField$, 0], [() => DateDimensionField$, 0]]
];
var DisplayFormatOptions$ = [3, n0, _DFO,
    0,
    [_UBCF, _BCF, _DFa, _DSec, _GS, _UG, _FDr, _P, _S, _US, _NF, _CSur],
    [2, 0, 0, 0, 0, 2, 1, 0, 0, 0, () => NegativeFormat$, 0]
];
var DlpSettingDetails$ = [3, n0, _DSD,
    0,
    [_DSIl, _N, _A, _St, _PTr, _PCr, _POA, _CA, _UA],
    [0, 0, 0, 0, 0, () => ProviderConfig$, 0, 4, 4], 9
];
var DlpSettingSummary$ = [3, n0, _DSSl,
    0,
    [_DSIl, _N, _A, _St, _PTr, _CA, _UA],
    [0, 0, 0, 0, 0, 4, 4], 7
];
var DonutCenterOptions$ = [3, n0, _DCO,
    0,
    [_LVa],
    [0]
];
var DonutOptions$ = [3, n0, _DOo,
    0,
    [_AOr, _DCO],
    [() => ArcOptions$, () => DonutCenterOptions$]
];
var DrillDownFilter$ = [3, n0, _DDFri,
    0,
    [_NEF, _CFat, _TRF],
    [() => NumericEqualityDrillDownFilter$, () => CategoryDrillDownFilter$, () => TimeRangeDrillDownFilter$]
];
var DropDownControlDisplayOptions$ = [3, n0, _DDCDO,
    0,
    [_SAOe, _TO, _IILO],
    [() => ListControlSelectAllOptions$, () => LabelOptions$, () => SheetControlInfoIconLabelOptions$]
];
var DynamicDefaultValue$ = [3, n0, _DDVy,
    0,
    [_DVC, _UNC, _GNC],
    [() => ColumnIdentifier$, () => ColumnIdentifier$, () => ColumnIdentifier$], 1
];
var EffectiveLimit$ = [3, n0, _EL,
    0,
    [_rTe, _lV, _lU, _so, _pI],
    [0, 1, 0, 0, 0], 5
];
var EmptyVisual$ = [3, n0, _EVm,
    0,
    [_VI, _DSIatae, _TIopi, _Ac],
    [0, 0, 0, [() => VisualCustomActionList, 0]], 1
];
var Entity$ = [3, n0, _Ent,
    0,
    [_Pat],
    [0]
];
var ErrorInfo$ = [3, n0, _EI,
    0,
    [_T, _M],
    [0, 0]
];
var ExasolParameters$ = [3, n0, _EP,
    0,
    [_H, _Po],
    [0, 1], 2
];
var ExcludePeriodConfiguration$ = [3, n0, _EPC,
    0,
    [_Am, _Gra, _St],
    [1, 0, 0], 2
];
var ExecutiveSummaryConfigurations$ = [3, n0, _ESC,
    0,
    [_En],
    [2], 1
];
var ExecutiveSummaryOption$ = [3, n0, _ESO,
    0,
    [_ASv],
    [0]
];
var ExplicitHierarchy$ = [3, n0, _EH,
    0,
    [_HI, _Colu, _DDFr],
    [0, () => ExplicitHierarchyColumnList, () => DrillDownFilterList], 2
];
var ExportHiddenFieldsOption$ = [3, n0, _EHFO,
    0,
    [_ASv],
    [0]
];
var ExportToCSVOption$ = [3, n0, _ETCSVO,
    0,
    [_ASv],
    [0]
];
var ExportWithHiddenFieldsOption$ = [3, n0, _EWHFO,
    0,
    [_ASv],
    [0]
];
var FailedKeyRegistrationEntry$ = [3, n0, _FKRE,
    0,
    [_M, _SCt, _SFe, _KA],
    [0, 1, 2, 0], 3
];
var FailedSpaceResourceOperation$ = [3, n0, _FSRO,
    0,
    [_RT, _EM, _RDes],
    [0, 0, () => SpaceQuickSightResourceDetails$], 2
];
var FailedToUpdateAssociation$ = [3, n0, _FTUA,
    0,
    [_A, _EM, _EC],
    [0, 0, 0]
];
var FieldBarSeriesItem$ = [3, n0, _FBSI,
    0,
    [_FIi, _Set],
    [0, () => BarChartSeriesSettings$], 1
];
var FieldBasedTooltip$ = [3, n0, _FBT,
    0,
    [_AV, _TTT, _TF],
    [0, 0, () => TooltipItemList]
];
var FieldComboSeriesItem$ = [3, n0, _FCSI,
    0,
    [_FIi, _Set],
    [0, () => ComboChartSeriesSettings$], 1
];
var FieldFolder$ = [3, n0, _FFi,
    0,
    [_d, _co],
    [0, 64 | 0]
];
var FieldLabelType$ = [3, n0, _FLT,
    0,
    [_FIi, _Vi],
    [0, 0]
];
var FieldSeriesItem$ = [3, n0, _FSI,
    0,
    [_FIi, _AB, _Set],
    [0, 0, () => LineChartSeriesSettings$], 2
];
var FieldSort$ = [3, n0, _FSie,
    0,
    [_FIi, _Dir],
    [0, 0], 2
];
var FieldSortOptions$ = [3, n0, _FSO,
    0,
    [_FSie, _CSolum],
    [() => FieldSort$, () => ColumnSort$]
];
var FieldTooltipItem$ = [3, n0, _FTI,
    0,
    [_FIi, _Lab, _Vi, _TT],
    [0, 0, 0, 0], 1
];
var FileSource$ = [3, n0, _FSil,
    0,
    [_DSAa, _SIhe, _IC, _USp],
    [0, 1, () => InputColumnList, () => UploadSettings$], 3
];
var FilledMapAggregatedFieldWells$ = [3, n0, _FMAFW,
    0,
    [_Ge, _Va],
    [[() => FilledMapDimensionFieldList, 0], [() => FilledMapMeasureFieldList, 0]]
];
var FilledMapConditionalFormatting$ = [3, n0, _FMCF,
    0,
    [_CFO],
    [[() => FilledMapConditionalFormattingOptionList, 0]], 1
];
var FilledMapConditionalFormattingOption$ = [3, n0, _FMCFO,
    0,
    [_Sha],
    [[() => FilledMapShapeConditionalFormatting$, 0]], 1
];
var FilledMapConfiguration$ = [3, n0, _FMC,
    0,
    [_FW, _SCo, _Le, _To, _WO, _MSO, _I],
    [[() => FilledMapFieldWells$, 0], () => FilledMapSortConfiguration$, () => LegendOptions$, () => TooltipOptions$, () => GeospatialWindowOptions$, () => GeospatialMapStyleOptions$, () => VisualInteractionOptions$]
];
var FilledMapFieldWells$ = [3, n0, _FMFW,
    0,
    [_FMAFW],
    [[() => FilledMapAggregatedFieldWells$, 0]]
];
var FilledMapShapeConditionalFormatting$ = [3, n0, _FMSCF,
    0,
    [_FIi, _Fo],
    [0, [() => ShapeConditionalFormat$, 0]], 1
];
var FilledMapSortConfiguration$ = [3, n0, _FMSC,
    0,
    [_CSa],
    [() => FieldSortOptionsList]
];
var FilledMapVisual$ = [3, n0, _FMV,
    0,
    [_VI, _Tit, _Su, _CCh, _CFon, _CH, _Ac, _VCAT, _GP],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => FilledMapConfiguration$, 0], [() => FilledMapConditionalFormatting$, 0], () => ColumnHierarchyList, [() => VisualCustomActionList, 0], 0, () => GeocodePreferenceList], 1
];
var Filter$ = [3, n0, _Fil,
    0,
    [_CFat, _NRF, _NEF, _TEF, _TRF, _RDF, _TBF, _NFe, _HF],
    [() => CategoryFilter$, () => NumericRangeFilter$, () => NumericEqualityFilter$, [() => TimeEqualityFilter$, 0], [() => TimeRangeFilter$, 0], () => RelativeDatesFilter$, () => TopBottomFilter$, () => NestedFilter$, [() => HierarchyFilter$, 0]]
];
var FilterAggMetrics$ = [3, n0, _FAM,
    0,
    [_MOe, _Fu, _SDo],
    [() => Identifier$, 0, 0]
];
var FilterControl$ = [3, n0, _FCil,
    0,
    [_DTPa, _Lis, _Dr, _TFe, _TAext, _Sl, _RDT, _CSro, _HL, _HD],
    [() => FilterDateTimePickerControl$, () => FilterListControl$, () => FilterDropDownControl$, () => FilterTextFieldControl$, () => FilterTextAreaControl$, () => FilterSliderControl$, () => FilterRelativeDateTimeControl$, () => FilterCrossSheetControl$, () => HierarchyFilterListControl$, () => HierarchyFilterDropDownControl$]
];
var FilterCrossSheetControl$ = [3, n0, _FCSC,
    0,
    [_FCI, _SFI, _CCC],
    [0, 0, () => CascadingControlConfiguration$], 2
];
var FilterDateTimePickerControl$ = [3, n0, _FDTPC,
    0,
    [_FCI, _SFI, _Tit, _DOi, _T, _CMom, _CTFT],
    [0, 0, 0, () => DateTimePickerControlDisplayOptions$, 0, 0, () => ControlTitleFormatText$], 2
];
var FilterDropDownControl$ = [3, n0, _FDDC,
    0,
    [_FCI, _SFI, _Tit, _DOi, _T, _SVe, _CCC, _CMom, _CSCo, _CTFT],
    [0, 0, 0, () => DropDownControlDisplayOptions$, 0, () => FilterSelectableValues$, () => CascadingControlConfiguration$, 0, () => ControlSortConfigurationList, () => ControlTitleFormatText$], 2
];
var FilterGroup$ = [3, n0, _FGil,
    0,
    [_FGI, _Fi, _SCc, _CDr, _St],
    [0, [() => FilterList, 0], () => FilterScopeConfiguration$, 0, 0], 4
];
var FilterListConfiguration$ = [3, n0, _FLC,
    0,
    [_MO, _CV, _SAOe, _NO],
    [0, 64 | 0, 0, 0], 1
];
var FilterListControl$ = [3, n0, _FLCi,
    0,
    [_FCI, _SFI, _Tit, _DOi, _T, _SVe, _CCC, _CSCo, _CTFT],
    [0, 0, 0, () => ListControlDisplayOptions$, 0, () => FilterSelectableValues$, () => CascadingControlConfiguration$, () => ControlSortConfigurationList, () => ControlTitleFormatText$], 2
];
var FilterOperation$ = [3, n0, _FO,
    0,
    [_CEo, _SFCt, _NFCu, _DFC],
    [[() => Expression, 0], [() => DataSetStringFilterCondition$, 0], [() => DataSetNumericFilterCondition$, 0], [() => DataSetDateFilterCondition$, 0]]
];
var FilterOperationSelectedFieldsConfiguration$ = [3, n0, _FOSFC,
    0,
    [_SFel, _SFO, _SCel],
    [64 | 0, 0, () => CustomActionColumnList]
];
var FilterOperationTargetVisualsConfiguration$ = [3, n0, _FOTVC,
    0,
    [_SSTVC],
    [() => SameSheetTargetVisualConfiguration$]
];
var FilterRelativeDateTimeControl$ = [3, n0, _FRDTC,
    0,
    [_FCI, _SFI, _Tit, _DOi, _CMom, _CTFT],
    [0, 0, 0, () => RelativeDateTimeControlDisplayOptions$, 0, () => ControlTitleFormatText$], 2
];
var FilterScopeConfiguration$ = [3, n0, _FSC,
    0,
    [_SSel, _ASl],
    [() => SelectedSheetsFilterScopeConfiguration$, () => AllSheetsFilterScopeConfiguration$]
];
var FilterSelectableValues$ = [3, n0, _FSV,
    0,
    [_Va],
    [64 | 0]
];
var FilterSliderControl$ = [3, n0, _FSCi,
    0,
    [_FCI, _SFI, _MV, _MVi, _SSt, _Tit, _DOi, _T, _CTFT],
    [0, 0, 1, 1, 1, 0, () => SliderControlDisplayOptions$, 0, () => ControlTitleFormatText$], 5
];
var FiltersOperation$ = [3, n0, _FOi,
    0,
    [_Al, _So, _FOil],
    [0, () => TransformOperationSource$, [() => FilterOperationList, 0]], 3
];
var FilterTextAreaControl$ = [3, n0, _FTAC,
    0,
    [_FCI, _SFI, _Tit, _Del, _DOi, _CTFT],
    [0, 0, 0, 0, () => TextAreaControlDisplayOptions$, () => ControlTitleFormatText$], 2
];
var FilterTextFieldControl$ = [3, n0, _FTFC,
    0,
    [_FCI, _SFI, _Tit, _DOi, _CTFT],
    [0, 0, 0, () => TextFieldControlDisplayOptions$, () => ControlTitleFormatText$], 2
];
var FlowDetail$ = [3, n0, _FDl,
    0,
    [_A, _FIl, _N, _PS, _CT, _FD, _D, _CB, _LUT, _LUB, _SAte],
    [0, 0, 0, 0, 4, [() => SensitiveDocument, 0], 0, 0, 4, 0, () => StepAliasList], 6
];
var FlowSummary$ = [3, n0, _FSl,
    0,
    [_A, _FIl, _N, _CT, _D, _CB, _LUT, _LUB, _PS, _RCu, _UCs, _LPB, _LPA],
    [0, 0, 0, 4, 0, 0, 4, 0, 0, 1, 1, 0, 4], 4
];
var FMKBParameters$ = [3, n0, _FMKBP,
    0,
    [_KBA, _LDSI],
    [0, 64 | 0], 1
];
var Folder$ = [3, n0, _Fol,
    0,
    [_FI, _A, _N, _FT, _FP, _CT, _LUT, _SMh],
    [0, 0, 0, 0, 64 | 0, 4, 4, 0]
];
var FolderMember$ = [3, n0, _FM,
    0,
    [_MI, _MT],
    [0, 0]
];
var FolderSearchFilter$ = [3, n0, _FSF,
    0,
    [_O, _N, _V],
    [0, 0, 0]
];
var FolderSummary$ = [3, n0, _FSo,
    0,
    [_A, _FI, _N, _FT, _CT, _LUT, _SMh],
    [0, 0, 0, 0, 4, 4, 0]
];
var Font$ = [3, n0, _Fon,
    0,
    [_FFo],
    [0]
];
var FontConfiguration$ = [3, n0, _FCo,
    0,
    [_FSon, _FDo, _FCon, _FWo, _FSont, _FFo],
    [() => FontSize$, 0, 0, () => FontWeight$, 0, 0]
];
var FontSize$ = [3, n0, _FSon,
    0,
    [_Rel, _Ab],
    [0, 0]
];
var FontWeight$ = [3, n0, _FWo,
    0,
    [_N],
    [0]
];
var ForecastComputation$ = [3, n0, _FCore,
    0,
    [_CIom, _N, _Tim, _V, _PFe, _PB, _UB, _LB, _PIre, _Sea, _CSV],
    [0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0], 1, 1, 1, 1, 1, 0, 1], 1
];
var ForecastConfiguration$ = [3, n0, _FCorec,
    0,
    [_FPo, _Sc],
    [() => TimeBasedForecastProperties$, () => ForecastScenario$]
];
var ForecastScenario$ = [3, n0, _FSor,
    0,
    [_WIPS, _WIRS],
    [() => WhatIfPointScenario$, () => WhatIfRangeScenario$]
];
var FormatConfiguration$ = [3, n0, _FCor,
    0,
    [_SFCtr, _NFCum, _DTFC],
    [[() => StringFormatConfiguration$, 0], [() => NumberFormatConfiguration$, 0], [() => DateTimeFormatConfiguration$, 0]]
];
var FreeFormLayoutCanvasSizeOptions$ = [3, n0, _FFLCSO,
    0,
    [_SCSO],
    [() => FreeFormLayoutScreenCanvasSizeOptions$]
];
var FreeFormLayoutConfiguration$ = [3, n0, _FFLC,
    0,
    [_Ele, _CSO, _Gro],
    [[() => FreeFromLayoutElementList, 0], () => FreeFormLayoutCanvasSizeOptions$, () => SheetLayoutGroupList], 1
];
var FreeFormLayoutElement$ = [3, n0, _FFLE,
    0,
    [_EIl, _ET, _XAL, _YAL, _W, _He, _Vi, _RRe, _BSo, _SBS, _BSa, _LAo, _BR, _Pad],
    [0, 0, 0, 0, 0, 0, 0, [() => SheetElementRenderingRuleList, 0], () => FreeFormLayoutElementBorderStyle$, () => FreeFormLayoutElementBorderStyle$, () => FreeFormLayoutElementBackgroundStyle$, () => LoadingAnimation$, 0, 0], 6
];
var FreeFormLayoutElementBackgroundStyle$ = [3, n0, _FFLEBS,
    0,
    [_Vi, _Colo],
    [0, 0]
];
var FreeFormLayoutElementBorderStyle$ = [3, n0, _FFLEBSr,
    0,
    [_Vi, _Colo, _W],
    [0, 0, 0]
];
var FreeFormLayoutScreenCanvasSizeOptions$ = [3, n0, _FFLSCSO,
    0,
    [_OVPW],
    [0], 1
];
var FreeFormSectionLayoutConfiguration$ = [3, n0, _FFSLC,
    0,
    [_Ele],
    [[() => FreeFromLayoutElementList, 0]], 1
];
var FunnelChartAggregatedFieldWells$ = [3, n0, _FCAFW,
    0,
    [_Ca, _Va],
    [[() => FunnelChartDimensionFieldList, 0], [() => FunnelChartMeasureFieldList, 0]]
];
var FunnelChartConfiguration$ = [3, n0, _FCC,
    0,
    [_FW, _SCo, _CLO, _VLO, _To, _DLO, _VP, _I],
    [[() => FunnelChartFieldWells$, 0], () => FunnelChartSortConfiguration$, () => ChartAxisLabelOptions$, () => ChartAxisLabelOptions$, () => TooltipOptions$, () => FunnelChartDataLabelOptions$, [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var FunnelChartDataLabelOptions$ = [3, n0, _FCDLO,
    0,
    [_Vi, _CLV, _MLV, _Pos, _LFC, _LCab, _MDLS],
    [0, 0, 0, 0, () => FontConfiguration$, 0, 0]
];
var FunnelChartFieldWells$ = [3, n0, _FCFW,
    0,
    [_FCAFW],
    [[() => FunnelChartAggregatedFieldWells$, 0]]
];
var FunnelChartSortConfiguration$ = [3, n0, _FCSCu,
    0,
    [_CSa, _CIL],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var FunnelChartVisual$ = [3, n0, _FCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => FunnelChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var GaugeChartArcConditionalFormatting$ = [3, n0, _GCACF,
    0,
    [_FCoreg],
    [[() => ConditionalFormattingColor$, 0]]
];
var GaugeChartColorConfiguration$ = [3, n0, _GCCC,
    0,
    [_FCoreg, _BCa],
    [0, 0]
];
var GaugeChartConditionalFormatting$ = [3, n0, _GCCF,
    0,
    [_CFO],
    [[() => GaugeChartConditionalFormattingOptionList, 0]]
];
var GaugeChartConditionalFormattingOption$ = [3, n0, _GCCFO,
    0,
    [_PVr, _Ar],
    [[() => GaugeChartPrimaryValueConditionalFormatting$, 0], [() => GaugeChartArcConditionalFormatting$, 0]]
];
var GaugeChartConfiguration$ = [3, n0, _GCC,
    0,
    [_FW, _GCO, _DL, _TOo, _VP, _CColo, _I],
    [[() => GaugeChartFieldWells$, 0], [() => GaugeChartOptions$, 0], [() => DataLabelOptions$, 0], () => TooltipOptions$, [() => VisualPalette$, 0], () => GaugeChartColorConfiguration$, () => VisualInteractionOptions$]
];
var GaugeChartFieldWells$ = [3, n0, _GCFW,
    0,
    [_Va, _TVa],
    [[() => MeasureFieldList, 0], [() => MeasureFieldList, 0]]
];
var GaugeChartOptions$ = [3, n0, _GCO,
    0,
    [_PVDT, _Comp, _AAr, _Ar, _PVFC],
    [0, [() => ComparisonConfiguration$, 0], () => ArcAxisConfiguration$, () => ArcConfiguration$, () => FontConfiguration$]
];
var GaugeChartPrimaryValueConditionalFormatting$ = [3, n0, _GCPVCF,
    0,
    [_TC, _Ic],
    [[() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingIcon$, 0]]
];
var GaugeChartVisual$ = [3, n0, _GCV,
    0,
    [_VI, _Tit, _Su, _CCh, _CFon, _Ac, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => GaugeChartConfiguration$, 0], [() => GaugeChartConditionalFormatting$, 0], [() => VisualCustomActionList, 0], 0], 1
];
var GeneratedAnswerResult$ = [3, n0, _GAR,
    0,
    [_QT, _ASns, _TIo, _TN, _Rest, _QI, _AInsw, _QU],
    [[() => QAQueryText, 0], 0, 0, 0, [() => QAQueryText, 0], 0, 0, 0]
];
var GenerateEmbedUrlForAnonymousUserRequest$ = [3, n0, _GEUFAUR,
    0,
    [_AAI, _Na, _ARA, _ECx, _SLIM, _STes, _ADl],
    [[0, 1], 0, 64 | 0, () => AnonymousUserEmbeddingExperienceConfiguration$, 1, [() => SessionTagList, 0], 64 | 0], 4
];
var GenerateEmbedUrlForAnonymousUserResponse$ = [3, n0, _GEUFAURe,
    0,
    [_EUm, _St, _RI, _AUA],
    [[() => EmbeddingUrl, 0], [1, 32], 0, 0], 4
];
var GenerateEmbedUrlForRegisteredUserRequest$ = [3, n0, _GEUFRUR,
    0,
    [_AAI, _UAse, _ECx, _SLIM, _ADl],
    [[0, 1], 0, () => RegisteredUserEmbeddingExperienceConfiguration$, 1, 64 | 0], 3
];
var GenerateEmbedUrlForRegisteredUserResponse$ = [3, n0, _GEUFRURe,
    0,
    [_EUm, _St, _RI],
    [[() => EmbeddingUrl, 0], [1, 32], 0], 3
];
var GenerateEmbedUrlForRegisteredUserWithIdentityRequest$ = [3, n0, _GEUFRUWIR,
    0,
    [_AAI, _ECx, _SLIM, _ADl],
    [[0, 1], () => RegisteredUserEmbeddingExperienceConfiguration$, 1, 64 | 0], 2
];
var GenerateEmbedUrlForRegisteredUserWithIdentityResponse$ = [3, n0, _GEUFRUWIRe,
    0,
    [_EUm, _St, _RI],
    [[() => EmbeddingUrl, 0], [1, 32], 0], 3
];
var GenerativeAuthoringConfigurations$ = [3, n0, _GAC,
    0,
    [_En],
    [2], 1
];
var GeocodePreference$ = [3, n0, _GPe,
    0,
    [_RK, _Pre],
    [() => GeocoderHierarchy$, () => GeocodePreferenceValue$], 2
];
var GeocoderHierarchy$ = [3, n0, _GH,
    0,
    [_Cou, _Sta, _Coun, _Ci, _PCos],
    [0, 0, 0, 0, 0]
];
var GeospatialCategoricalColor$ = [3, n0, _GCCe,
    0,
    [_CDC, _NDV, _NDS, _DOe],
    [() => GeospatialCategoricalDataColorList, 0, () => GeospatialNullDataSettings$, 1], 1
];
var GeospatialCategoricalDataColor$ = [3, n0, _GCDC,
    0,
    [_Colo, _DVat],
    [0, 0], 2
];
var GeospatialCircleRadius$ = [3, n0, _GCR,
    0,
    [_Ra],
    [1]
];
var GeospatialCircleSymbolStyle$ = [3, n0, _GCSS,
    0,
    [_FCill, _SCtr, _SW, _CRi],
    [() => GeospatialColor$, () => GeospatialColor$, () => GeospatialLineWidth$, () => GeospatialCircleRadius$]
];
var GeospatialColor$ = [3, n0, _GC,
    0,
    [_Sol, _G, _Cat],
    [() => GeospatialSolidColor$, () => GeospatialGradientColor$, () => GeospatialCategoricalColor$]
];
var GeoSpatialColumnGroup$ = [3, n0, _GSCG,
    0,
    [_N, _Colu, _CCou],
    [0, 64 | 0, 0], 2
];
var GeospatialCoordinateBounds$ = [3, n0, _GCB,
    0,
    [_No, _Sou, _We, _Ea],
    [1, 1, 1, 1], 4
];
var GeospatialDataSourceItem$ = [3, n0, _GDSI,
    0,
    [_SFDSt],
    [() => GeospatialStaticFileSource$]
];
var GeospatialGradientColor$ = [3, n0, _GGC,
    0,
    [_SCte, _NDV, _NDS, _DOe],
    [() => GeospatialGradientStepColorList, 0, () => GeospatialNullDataSettings$, 1], 1
];
var GeospatialGradientStepColor$ = [3, n0, _GGSC,
    0,
    [_Colo, _DVat],
    [0, 1], 2
];
var GeospatialHeatmapColorScale$ = [3, n0, _GHCS,
    0,
    [_Col],
    [() => GeospatialHeatmapDataColorList]
];
var GeospatialHeatmapConfiguration$ = [3, n0, _GHC,
    0,
    [_HC],
    [() => GeospatialHeatmapColorScale$]
];
var GeospatialHeatmapDataColor$ = [3, n0, _GHDC,
    0,
    [_Colo],
    [0], 1
];
var GeospatialLayerColorField$ = [3, n0, _GLCF,
    0,
    [_CDFo, _CVF],
    [[() => GeospatialLayerDimensionFieldList, 0], [() => GeospatialLayerMeasureFieldList, 0]]
];
var GeospatialLayerDefinition$ = [3, n0, _GLD,
    0,
    [_PL, _LL, _PLo],
    [() => GeospatialPointLayer$, () => GeospatialLineLayer$, () => GeospatialPolygonLayer$]
];
var GeospatialLayerItem$ = [3, n0, _GLI,
    0,
    [_LI, _LT, _DSatao, _Lab, _Vi, _LD, _To, _JD, _Ac],
    [0, 0, () => GeospatialDataSourceItem$, 0, 0, () => GeospatialLayerDefinition$, () => TooltipOptions$, [() => GeospatialLayerJoinDefinition$, 0], [() => LayerCustomActionList, 0]], 1
];
var GeospatialLayerJoinDefinition$ = [3, n0, _GLJD,
    0,
    [_SKF, _DKF, _CFol],
    [0, [() => UnaggregatedField$, 0], [() => GeospatialLayerColorField$, 0]]
];
var GeospatialLayerMapConfiguration$ = [3, n0, _GLMC,
    0,
    [_Le, _ML, _MS, _MSa, _I],
    [() => LegendOptions$, [() => GeospatialMapLayerList, 0], () => GeospatialMapState$, () => GeospatialMapStyle$, () => VisualInteractionOptions$]
];
var GeospatialLineLayer$ = [3, n0, _GLL,
    0,
    [_Sty],
    [() => GeospatialLineStyle$], 1
];
var GeospatialLineStyle$ = [3, n0, _GLS,
    0,
    [_LSSin],
    [() => GeospatialLineSymbolStyle$]
];
var GeospatialLineSymbolStyle$ = [3, n0, _GLSS,
    0,
    [_FCill, _LW],
    [() => GeospatialColor$, () => GeospatialLineWidth$]
];
var GeospatialLineWidth$ = [3, n0, _GLW,
    0,
    [_LW],
    [1]
];
var GeospatialMapAggregatedFieldWells$ = [3, n0, _GMAFW,
    0,
    [_Ge, _Va, _Col],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0]]
];
var GeospatialMapConfiguration$ = [3, n0, _GMC,
    0,
    [_FW, _Le, _To, _WO, _MSO, _PSO, _VP, _I],
    [[() => GeospatialMapFieldWells$, 0], () => LegendOptions$, () => TooltipOptions$, () => GeospatialWindowOptions$, () => GeospatialMapStyleOptions$, () => GeospatialPointStyleOptions$, [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var GeospatialMapFieldWells$ = [3, n0, _GMFW,
    0,
    [_GMAFW],
    [[() => GeospatialMapAggregatedFieldWells$, 0]]
];
var GeospatialMapState$ = [3, n0, _GMS,
    0,
    [_Bo, _MNa],
    [() => GeospatialCoordinateBounds$, 0]
];
var GeospatialMapStyle$ = [3, n0, _GMSe,
    0,
    [_BMS, _BCa, _BMV],
    [0, 0, 0]
];
var GeospatialMapStyleOptions$ = [3, n0, _GMSO,
    0,
    [_BMS],
    [0]
];
var GeospatialMapVisual$ = [3, n0, _GMV,
    0,
    [_VI, _Tit, _Su, _CCh, _CH, _Ac, _VCAT, _GP],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => GeospatialMapConfiguration$, 0], () => ColumnHierarchyList, [() => VisualCustomActionList, 0], 0, () => GeocodePreferenceList], 1
];
var GeospatialNullDataSettings$ = [3, n0, _GNDS,
    0,
    [_SSym],
    [() => GeospatialNullSymbolStyle$], 1
];
var GeospatialNullSymbolStyle$ = [3, n0, _GNSS,
    0,
    [_FCill, _SCtr, _SW],
    [0, 0, 1]
];
var GeospatialPointLayer$ = [3, n0, _GPL,
    0,
    [_Sty],
    [() => GeospatialPointStyle$], 1
];
var GeospatialPointStyle$ = [3, n0, _GPS,
    0,
    [_CSS],
    [() => GeospatialCircleSymbolStyle$]
];
var GeospatialPointStyleOptions$ = [3, n0, _GPSO,
    0,
    [_SPS, _CMC, _HCe],
    [0, () => ClusterMarkerConfiguration$, () => GeospatialHeatmapConfiguration$]
];
var GeospatialPolygonLayer$ = [3, n0, _GPLe,
    0,
    [_Sty],
    [() => GeospatialPolygonStyle$], 1
];
var GeospatialPolygonStyle$ = [3, n0, _GPSe,
    0,
    [_PSS],
    [() => GeospatialPolygonSymbolStyle$]
];
var GeospatialPolygonSymbolStyle$ = [3, n0, _GPSS,
    0,
    [_FCill, _SCtr, _SW],
    [() => GeospatialColor$, () => GeospatialColor$, () => GeospatialLineWidth$]
];
var GeospatialSolidColor$ = [3, n0, _GSC,
    0,
    [_Colo, _Sta],
    [0, 0], 1
];
var GeospatialStaticFileSource$ = [3, n0, _GSFS,
    0,
    [_SFIt],
    [0], 1
];
var GeospatialWindowOptions$ = [3, n0, _GWO,
    0,
    [_Bo, _MZM],
    [() => GeospatialCoordinateBounds$, 0]
];
var GetDashboardEmbedUrlRequest$ = [3, n0, _GDEUR,
    0,
    [_AAI, _DI, _ITd, _SLIM, _URD, _RDese, _SPE, _UAse, _Na, _ADI],
    [[0, 1], [0, 1], [0, { [_hQ]: _ct }], [1, { [_hQ]: _sl }], [2, { [_hQ]: _urd }], [2, { [_hQ]: _rd }], [2, { [_hQ]: _spe }], [0, { [_hQ]: _ua }], [0, { [_hQ]: _n }], [64 | 0, { [_hQ]: _adi }]], 3
];
var GetDashboardEmbedUrlResponse$ = [3, n0, _GDEURe,
    0,
    [_EUm, _St, _RI],
    [[() => EmbeddingUrl, 0], [1, 32], 0]
];
var GetFlowMetadataInput$ = [3, n0, _GFMI,
    0,
    [_AAI, _FIl],
    [[0, 1], [0, 1]], 2
];
var GetFlowMetadataOutput$ = [3, n0, _GFMO,
    0,
    [_A, _FIl, _N, _CT, _D, _PS, _UCs, _RCu, _LUT, _RI, _St],
    [0, 0, 0, 4, 0, 0, 1, 1, 4, 0, [1, 32]], 4
];
var GetFlowPermissionsInput$ = [3, n0, _GFPI,
    0,
    [_AAI, _FIl],
    [[0, 1], [0, 1]], 2
];
var GetFlowPermissionsOutput$ = [3, n0, _GFPO,
    0,
    [_A, _FIl, _Per, _RI, _St],
    [0, 0, () => PermissionsList, 0, [1, 32]], 3
];
var GetIdentityContextRequest$ = [3, n0, _GICR,
    0,
    [_AAI, _UIs, _Na, _SEAe, _CRo],
    [[0, 1], [() => UserIdentifier$, 0], 0, 4, 0], 2
];
var GetIdentityContextResponse$ = [3, n0, _GICRe,
    0,
    [_St, _RI, _Conte],
    [[1, 32], 0, 0], 2
];
var GetSessionEmbedUrlRequest$ = [3, n0, _GSEUR,
    0,
    [_AAI, _EPn, _SLIM, _UAse],
    [[0, 1], [0, { [_hQ]: _ep }], [1, { [_hQ]: _sl }], [0, { [_hQ]: _ua }]], 1
];
var GetSessionEmbedUrlResponse$ = [3, n0, _GSEURe,
    0,
    [_EUm, _St, _RI],
    [[() => EmbeddingUrl, 0], [1, 32], 0]
];
var GlobalTableBorderOptions$ = [3, n0, _GTBO,
    0,
    [_UBn, _SSB],
    [() => TableBorderOptions$, () => TableSideBorderOptions$]
];
var GoogleDriveParameters$ = [3, n0, _GDP,
    0,
    [_ATut],
    [0]
];
var Governance$ = [3, n0, _Go,
    0,
    [_DCE],
    [128 | 0]
];
var GradientColor$ = [3, n0, _GCr,
    0,
    [_Stop],
    [() => GradientStopList]
];
var GradientStop$ = [3, n0, _GSr,
    0,
    [_GO, _DVat, _Colo],
    [1, 1, 0], 1
];
var GridLayoutCanvasSizeOptions$ = [3, n0, _GLCSO,
    0,
    [_SCSO],
    [() => GridLayoutScreenCanvasSizeOptions$]
];
var GridLayoutConfiguration$ = [3, n0, _GLC,
    0,
    [_Ele, _CSO],
    [() => GridLayoutElementList, () => GridLayoutCanvasSizeOptions$], 1
];
var GridLayoutElement$ = [3, n0, _GLE,
    0,
    [_EIl, _ET, _CSolumn, _RSo, _CIolu, _RIo, _BSo, _SBS, _BSa, _LAo, _BR, _Pad],
    [0, 0, 1, 1, 1, 1, () => GridLayoutElementBorderStyle$, () => GridLayoutElementBorderStyle$, () => GridLayoutElementBackgroundStyle$, () => LoadingAnimation$, 0, 0], 4
];
var GridLayoutElementBackgroundStyle$ = [3, n0, _GLEBS,
    0,
    [_Vi, _Colo],
    [0, 0]
];
var GridLayoutElementBorderStyle$ = [3, n0, _GLEBSr,
    0,
    [_Vi, _Colo, _W],
    [0, 0, 0]
];
var GridLayoutScreenCanvasSizeOptions$ = [3, n0, _GLSCSO,
    0,
    [_RO, _OVPW],
    [0, 0], 1
];
var Group$ = [3, n0, _Gr,
    0,
    [_A, _GN, _D, _PIri],
    [0, 0, 0, 0]
];
var GroupMember$ = [3, n0, _GM,
    0,
    [_A, _MN],
    [0, 0]
];
var GroupSearchFilter$ = [3, n0, _GSF,
    0,
    [_O, _N, _V],
    [0, 0, 0], 3
];
var GrowthRateComputation$ = [3, n0, _GRC,
    0,
    [_CIom, _N, _Tim, _V, _PSe],
    [0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0], 1], 1
];
var GutterStyle$ = [3, n0, _GSu,
    0,
    [_Sho],
    [2]
];
var HeaderFooterSectionConfiguration$ = [3, n0, _HFSC,
    0,
    [_SIe, _La, _Sty],
    [0, [() => SectionLayoutConfiguration$, 0], () => SectionStyle$], 2
];
var HeatMapAggregatedFieldWells$ = [3, n0, _HMAFW,
    0,
    [_Row, _Colu, _Va],
    [[() => HeatMapDimensionFieldList, 0], [() => HeatMapDimensionFieldList, 0], [() => HeatMapMeasureFieldList, 0]]
];
var HeatMapConfiguration$ = [3, n0, _HMC,
    0,
    [_FW, _SCo, _RADO, _RLO, _CADO, _CLOol, _CSol, _Le, _DL, _To, _I],
    [[() => HeatMapFieldWells$, 0], () => HeatMapSortConfiguration$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => ColorScale$, () => LegendOptions$, [() => DataLabelOptions$, 0], () => TooltipOptions$, () => VisualInteractionOptions$]
];
var HeatMapFieldWells$ = [3, n0, _HMFW,
    0,
    [_HMAFW],
    [[() => HeatMapAggregatedFieldWells$, 0]]
];
var HeatMapSortConfiguration$ = [3, n0, _HMSC,
    0,
    [_HMRS, _HMCS, _HMRILC, _HMCILC],
    [() => FieldSortOptionsList, () => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => ItemsLimitConfiguration$]
];
var HeatMapVisual$ = [3, n0, _HMV,
    0,
    [_VI, _Tit, _Su, _CCh, _CH, _Ac, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => HeatMapConfiguration$, 0], () => ColumnHierarchyList, [() => VisualCustomActionList, 0], 0], 1
];
var HierarchyFilter$ = [3, n0, _HF,
    0,
    [_FIil, _Co, _HLi, _NO, _MO, _HT, _DFCC],
    [0, () => ColumnIdentifier$, () => HierarchyFilterLevelList, 0, 0, [() => HierarchyFilterNode$, 0], () => DefaultFilterControlConfiguration$], 5
];
var HierarchyFilterDropDownControl$ = [3, n0, _HFDDC,
    0,
    [_FCI, _SFI, _Tit, _DOi, _T, _CMom, _CSCo, _CTFT],
    [0, 0, 0, () => HierarchyFilterDropDownControlDisplayOptions$, 0, 0, () => ControlSortConfigurationList, () => ControlTitleFormatText$], 2
];
var HierarchyFilterDropDownControlDisplayOptions$ = [3, n0, _HFDDCDO,
    0,
    [_TO, _IILO],
    [() => LabelOptions$, () => SheetControlInfoIconLabelOptions$]
];
var HierarchyFilterLevel$ = [3, n0, _HFL,
    0,
    [_Co],
    [() => ColumnIdentifier$], 1
];
var HierarchyFilterListControl$ = [3, n0, _HFLC,
    0,
    [_FCI, _SFI, _Tit, _DOi, _T, _CMom, _CSCo, _CTFT],
    [0, 0, 0, () => HierarchyFilterListControlDisplayOptions$, 0, 0, () => ControlSortConfigurationList, () => ControlTitleFormatText$], 2
];
var HierarchyFilterListControlDisplayOptions$ = [3, n0, _HFLCDO,
    0,
    [_TO, _IILO, _SOe],
    [() => LabelOptions$, () => SheetControlInfoIconLabelOptions$, () => HierarchyFilterListControlSearchOptions$]
];
var HierarchyFilterListControlSearchOptions$ = [3, n0, _HFLCSO,
    0,
    [_Vi],
    [0]
];
var HierarchyFilterNode$ = [3, n0, _HFN,
    0,
    [_Co, _PVa, _HV, _Ch],
    [() => ColumnIdentifier$, [() => HierarchyFilterValue, 0], [() => HierarchyValuesList, 0], [() => HierarchyFilterNodeList, 0]], 1
];
var HistogramAggregatedFieldWells$ = [3, n0, _HAFW,
    0,
    [_Va],
    [[() => HistogramMeasureFieldList, 0]]
];
var HistogramBinOptions$ = [3, n0, _HBO,
    0,
    [_SBT, _BCi, _BWi, _SVtar],
    [0, () => BinCountOptions$, () => BinWidthOptions$, 1]
];
var HistogramConfiguration$ = [3, n0, _HCi,
    0,
    [_FW, _XADO, _XALO, _YADO, _BO, _DL, _To, _VP, _I],
    [[() => HistogramFieldWells$, 0], () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => HistogramBinOptions$, [() => DataLabelOptions$, 0], () => TooltipOptions$, [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var HistogramFieldWells$ = [3, n0, _HFW,
    0,
    [_HAFW],
    [[() => HistogramAggregatedFieldWells$, 0]]
];
var HistogramVisual$ = [3, n0, _HVi,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => HistogramConfiguration$, 0], [() => VisualCustomActionList, 0], 0], 1
];
var IAMConnectionMetadata$ = [3, n0, _IAMCM,
    0,
    [_RA],
    [0], 1
];
var IAMPolicyAssignment$ = [3, n0, _IAMPA,
    0,
    [_AAI, _AIs, _ANs, _PA, _Id, _ASs],
    [0, 0, 0, 0, [2, n0, _IMd, 0, 0, 64 | 0], 0]
];
var IAMPolicyAssignmentSummary$ = [3, n0, _IAMPAS,
    0,
    [_ANs, _ASs],
    [0, 0]
];
var Identifier$ = [3, n0, _Iden,
    0,
    [_Ide],
    [0], 1
];
var IdentityCenterConfiguration$ = [3, n0, _ICC,
    0,
    [_EIP],
    [2]
];
var Image$ = [3, n0, _Im,
    0,
    [_So, _GIU],
    [() => ImageSource$, 0]
];
var ImageConfiguration$ = [3, n0, _ICm,
    0,
    [_So],
    [() => ImageSource$]
];
var ImageCustomAction$ = [3, n0, _ICA,
    0,
    [_CAI, _N, _Tr, _AOc, _St],
    [0, 0, 0, [() => ImageCustomActionOperationList, 0], 0], 4
];
var ImageCustomActionOperation$ = [3, n0, _ICAO,
    0,
    [_NOa, _URLO, _SPO],
    [() => CustomActionNavigationOperation$, () => CustomActionURLOperation$, [() => CustomActionSetParametersOperation$, 0]]
];
var ImageExtractionConfiguration$ = [3, n0, _IEC,
    0,
    [_iES],
    [0], 1
];
var ImageInteractionOptions$ = [3, n0, _IIO,
    0,
    [_IMO],
    [() => ImageMenuOption$]
];
var ImageMenuOption$ = [3, n0, _IMO,
    0,
    [_ASv],
    [0]
];
var ImageSet$ = [3, n0, _ISma,
    0,
    [_Ori, _Hei, _Heig],
    [() => Image$, () => Image$, () => Image$], 1
];
var ImageSetConfiguration$ = [3, n0, _ISC,
    0,
    [_Ori],
    [() => ImageConfiguration$], 1
];
var ImageStaticFile$ = [3, n0, _ISF,
    0,
    [_SFIt, _So],
    [0, () => StaticFileSource$], 1
];
var ImpalaParameters$ = [3, n0, _IPm,
    0,
    [_H, _Po, _SEP, _Dat],
    [0, 1, 0, 0], 3
];
var ImportTableOperation$ = [3, n0, _ITO,
    0,
    [_Al, _So],
    [0, () => ImportTableOperationSource$], 2
];
var ImportTableOperationSource$ = [3, n0, _ITOS,
    0,
    [_STI, _CIM],
    [0, () => DataSetColumnIdMappingList], 1
];
var IncrementalRefresh$ = [3, n0, _IR,
    0,
    [_LWo],
    [() => LookbackWindow$], 1
];
var Ingestion$ = [3, n0, _Ing,
    0,
    [_A, _ISn, _CT, _IIn, _EI, _RIow, _QIu, _ITIS, _ISIB, _RSeq, _RTe],
    [0, 0, 4, 0, () => ErrorInfo$, () => RowInfo$, () => QueueInfo$, 1, 1, 0, 0], 3
];
var InlineCustomInstruction$ = [3, n0, _ICI,
    0,
    [_ITns, _UDM],
    [[() => InlineCustomInstructionText, 0], () => UploadedDocumentMetadata$], 1
];
var InnerFilter$ = [3, n0, _IF,
    0,
    [_CIF],
    [() => CategoryInnerFilter$]
];
var InputColumn$ = [3, n0, _ICn,
    0,
    [_N, _T, _Id_, _STu],
    [0, 0, 0, 0], 2
];
var InsightConfiguration$ = [3, n0, _ICns,
    0,
    [_Compu, _CNu, _I],
    [[() => ComputationList, 0], () => CustomNarrativeOptions$, () => VisualInteractionOptions$]
];
var InsightVisual$ = [3, n0, _IVn,
    0,
    [_VI, _Tit, _Su, _ICns, _Ac, _DSIatae, _TIopi, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => InsightConfiguration$, 0], [() => VisualCustomActionList, 0], 0, 0, 0], 1
];
var IntegerDatasetParameter$ = [3, n0, _IDP,
    0,
    [_Id_, _N, _VTa, _DVef],
    [0, 0, 0, () => IntegerDatasetParameterDefaultValues$], 3
];
var IntegerDatasetParameterDefaultValues$ = [3, n0, _IDPDV,
    0,
    [_SVtat],
    [64 | 1]
];
var IntegerDefaultValues$ = [3, n0, _IDV,
    0,
    [_DVy, _SVtat],
    [() => DynamicDefaultValue$, [() => IntegerDefaultValueList, 0]]
];
var IntegerParameter$ = [3, n0, _IPnt,
    0,
    [_N, _Va],
    [0, [() => SensitiveLongList, 0]], 2
];
var IntegerParameterDeclaration$ = [3, n0, _IPD,
    0,
    [_PVT, _N, _DVef, _VWU, _MDSP],
    [0, 0, [() => IntegerDefaultValues$, 0], [() => IntegerValueWhenUnsetConfiguration$, 0], () => MappedDataSetParameters], 2
];
var IntegerValueWhenUnsetConfiguration$ = [3, n0, _IVWUC,
    0,
    [_VWUO, _CVus],
    [0, [() => SensitiveLong, 0]]
];
var InvalidTopicReviewedAnswer$ = [3, n0, _ITRA,
    0,
    [_AInsw, _Er],
    [0, 0]
];
var ItemsLimitConfiguration$ = [3, n0, _ILCt,
    0,
    [_IL, _OCt],
    [1, 0]
];
var JiraParameters$ = [3, n0, _JP,
    0,
    [_SBU],
    [0], 1
];
var JoinInstruction$ = [3, n0, _JIo,
    0,
    [_LOe, _ROi, _T, _OCn, _LJKP, _RJKP],
    [0, 0, 0, 0, () => JoinKeyProperties$, () => JoinKeyProperties$], 4
];
var JoinKeyProperties$ = [3, n0, _JKP,
    0,
    [_UK],
    [2]
];
var JoinOperandProperties$ = [3, n0, _JOP,
    0,
    [_OCNO],
    [() => OutputColumnNameOverrideList], 1
];
var JoinOperation$ = [3, n0, _JO,
    0,
    [_Al, _LOe, _ROi, _T, _OCn, _LOP, _ROP],
    [0, () => TransformOperationSource$, () => TransformOperationSource$, 0, [() => JoinOperationOnClause, 0], () => JoinOperandProperties$, () => JoinOperandProperties$], 5
];
var KbTemplateConfiguration$ = [3, n0, _KTC,
    0,
    [_t],
    [15]
];
var KeyPairCredentials$ = [3, n0, _KPC,
    0,
    [_KPU, _PK, _PKP],
    [0, [() => PrivateKey, 0], [() => PrivateKeyPassphrase, 0]], 2
];
var KnowledgeBase$ = [3, n0, _KB,
    0,
    [_KBA, _KBI, _N, _St, _DSAa, _KBC, _MEC, _ACC, _T, _CA, _UA, _D, _IENOFIF, _FCIS, _FIIS, _LIS, _KBSB, _DCo, _POAr, _POU],
    [0, 0, 0, 0, 0, [() => KnowledgeBaseConfiguration$, 0], () => MediaExtractionConfiguration$, () => AccessControlConfiguration$, 0, 4, 4, 0, 2, () => KnowledgeBaseIngestionSummary$, () => KnowledgeBaseIngestionSummary$, () => KnowledgeBaseIngestionSummary$, 1, 1, 0, [() => SensitiveString, 0]], 6
];
var KnowledgeBaseConfiguration$ = [3, n0, _KBC,
    8,
    [_tC],
    [() => KbTemplateConfiguration$]
];
var KnowledgeBaseIngestionSummary$ = [3, n0, _KBIS,
    0,
    [_IIn, _ISn, _STt, _ETn],
    [0, 0, 4, 4], 2
];
var KnowledgeBaseSearchFilter$ = [3, n0, _KBSF,
    0,
    [_na, _o, _v],
    [0, 0, 0], 3
];
var KnowledgeBaseSortBy$ = [3, n0, _KBSBn,
    0,
    [_sBF, _sO],
    [0, 0], 2
];
var KnowledgeBaseSummary$ = [3, n0, _KBS,
    0,
    [_KBA, _KBI, _N, _St, _DSAa, _T, _CA, _UA, _KBSB, _DCo, _POAr, _POU],
    [0, 0, 0, 0, 0, 0, 4, 4, 1, 1, 0, [() => SensitiveString, 0]], 5
];
var KPIActualValueConditionalFormatting$ = [3, n0, _KPIAVCF,
    0,
    [_TC, _Ic],
    [[() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingIcon$, 0]]
];
var KPIComparisonValueConditionalFormatting$ = [3, n0, _KPICVCF,
    0,
    [_TC, _Ic],
    [[() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingIcon$, 0]]
];
var KPIConditionalFormatting$ = [3, n0, _KPICF,
    0,
    [_CFO],
    [[() => KPIConditionalFormattingOptionList, 0]]
];
var KPIConditionalFormattingOption$ = [3, n0, _KPICFO,
    0,
    [_PVr, _PBr, _AVc, _CVo],
    [[() => KPIPrimaryValueConditionalFormatting$, 0], [() => KPIProgressBarConditionalFormatting$, 0], [() => KPIActualValueConditionalFormatting$, 0], [() => KPIComparisonValueConditionalFormatting$, 0]]
];
var KPIConfiguration$ = [3, n0, _KPIC,
    0,
    [_FW, _SCo, _KPIO, _I],
    [[() => KPIFieldWells$, 0], () => KPISortConfiguration$, [() => KPIOptions$, 0], () => VisualInteractionOptions$]
];
var KPIFieldWells$ = [3, n0, _KPIFW,
    0,
    [_Va, _TVa, _TGr],
    [[() => MeasureFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0]]
];
var KPIOptions$ = [3, n0, _KPIO,
    0,
    [_PBr, _TAr, _SVec, _Comp, _PVDT, _PVFC, _SVFC, _Spar, _VLOi],
    [() => ProgressBarOptions$, () => TrendArrowOptions$, () => SecondaryValueOptions$, [() => ComparisonConfiguration$, 0], 0, () => FontConfiguration$, () => FontConfiguration$, () => KPISparklineOptions$, () => KPIVisualLayoutOptions$]
];
var KPIPrimaryValueConditionalFormatting$ = [3, n0, _KPIPVCF,
    0,
    [_TC, _Ic],
    [[() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingIcon$, 0]]
];
var KPIProgressBarConditionalFormatting$ = [3, n0, _KPIPBCF,
    0,
    [_FCoreg],
    [[() => ConditionalFormattingColor$, 0]]
];
var KPISortConfiguration$ = [3, n0, _KPISC,
    0,
    [_TGS],
    [() => FieldSortOptionsList]
];
var KPISparklineOptions$ = [3, n0, _KPISO,
    0,
    [_T, _Vi, _Colo, _TVoo],
    [0, 0, 0, 0], 1
];
var KPIVisual$ = [3, n0, _KPIV,
    0,
    [_VI, _Tit, _Su, _CCh, _CFon, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => KPIConfiguration$, 0], [() => KPIConditionalFormatting$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var KPIVisualLayoutOptions$ = [3, n0, _KPIVLO,
    0,
    [_SLt],
    [() => KPIVisualStandardLayout$]
];
var KPIVisualStandardLayout$ = [3, n0, _KPIVSL,
    0,
    [_T],
    [0], 1
];
var LabelActionMapping$ = [3, n0, _LAM,
    0,
    [_LIa, _LNa, _Act],
    [0, 0, 0], 3
];
var LabelOptions$ = [3, n0, _LO,
    0,
    [_Vi, _FCo, _CL],
    [0, () => FontConfiguration$, 0]
];
var LayerCustomAction$ = [3, n0, _LCA,
    0,
    [_CAI, _N, _Tr, _AOc, _St],
    [0, 0, 0, [() => LayerCustomActionOperationList, 0], 0], 4
];
var LayerCustomActionOperation$ = [3, n0, _LCAO,
    0,
    [_FO, _NOa, _URLO, _SPO],
    [() => CustomActionFilterOperation$, () => CustomActionNavigationOperation$, () => CustomActionURLOperation$, [() => CustomActionSetParametersOperation$, 0]]
];
var LayerMapVisual$ = [3, n0, _LMV,
    0,
    [_VI, _Tit, _Su, _CCh, _DSIatae, _TIopi, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => GeospatialLayerMapConfiguration$, 0], 0, 0, 0], 1
];
var Layout$ = [3, n0, _La,
    0,
    [_Conf],
    [[() => LayoutConfiguration$, 0]], 1
];
var LayoutConfiguration$ = [3, n0, _LCay,
    0,
    [_GL, _FFL, _SBL],
    [() => GridLayoutConfiguration$, [() => FreeFormLayoutConfiguration$, 0], [() => SectionBasedLayoutConfiguration$, 0]]
];
var LegendOptions$ = [3, n0, _LOeg,
    0,
    [_Vi, _Tit, _Pos, _W, _He, _VFC],
    [0, () => LabelOptions$, 0, 0, 0, () => FontConfiguration$]
];
var LimitsProfile$ = [3, n0, _LP,
    0,
    [_pI, _a, _aI, _pN, _rL, _cA, _uAp, _d],
    [0, 0, 0, 0, () => ResourceLimitsMap, 4, 4, 0], 7
];
var LineChartAggregatedFieldWells$ = [3, n0, _LCAFW,
    0,
    [_Ca, _Va, _Col, _SM],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0], [() => SmallMultiplesDimensionFieldList, 0]]
];
var LineChartConfiguration$ = [3, n0, _LCC,
    0,
    [_FW, _SCo, _FCoreca, _T, _SMO, _XADO, _XALO, _PYADO, _PYALO, _SYADO, _SYALO, _SAO, _DSSe, _Ser, _Le, _DL, _RL, _To, _CADo, _VP, _I],
    [[() => LineChartFieldWells$, 0], () => LineChartSortConfiguration$, () => ForecastConfigurationList, 0, () => SmallMultiplesOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => LineSeriesAxisDisplayOptions$, () => ChartAxisLabelOptions$, () => LineSeriesAxisDisplayOptions$, () => ChartAxisLabelOptions$, () => SingleAxisOptions$, () => LineChartDefaultSeriesSettings$, [() => SeriesItemList, 0], () => LegendOptions$, [() => DataLabelOptions$, 0], [() => ReferenceLineList, 0], () => TooltipOptions$, () => ContributionAnalysisDefaultList, [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var LineChartDefaultSeriesSettings$ = [3, n0, _LCDSS,
    0,
    [_AB, _LSSi, _MSS, _DSe],
    [0, () => LineChartLineStyleSettings$, () => LineChartMarkerStyleSettings$, () => DecalSettings$]
];
var LineChartFieldWells$ = [3, n0, _LCFW,
    0,
    [_LCAFW],
    [[() => LineChartAggregatedFieldWells$, 0]]
];
var LineChartLineStyleSettings$ = [3, n0, _LCLSS,
    0,
    [_LVi, _LIi, _LS, _LW],
    [0, 0, 0, 0]
];
var LineChartMarkerStyleSettings$ = [3, n0, _LCMSS,
    0,
    [_MVa, _MSar, _MSark, _MCar],
    [0, 0, 0, 0]
];
var LineChartSeriesSettings$ = [3, n0, _LCSS,
    0,
    [_LSSi, _MSS, _DSe],
    [() => LineChartLineStyleSettings$, () => LineChartMarkerStyleSettings$, () => DecalSettings$]
];
var LineChartSortConfiguration$ = [3, n0, _LCSC,
    0,
    [_CSa, _CILC, _CILCo, _SMS, _SMLC],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => ItemsLimitConfiguration$, () => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var LineChartVisual$ = [3, n0, _LCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => LineChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var LineSeriesAxisDisplayOptions$ = [3, n0, _LSADO,
    0,
    [_AOxi, _MDC],
    [() => AxisDisplayOptions$, () => MissingDataConfigurationList]
];
var LinkSharingConfiguration$ = [3, n0, _LSC,
    0,
    [_Per],
    [() => ResourcePermissionList]
];
var ListActionConnectorsRequest$ = [3, n0, _LACR,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListActionConnectorsResponse$ = [3, n0, _LACRi,
    0,
    [_ACSc, _NT, _RI, _St],
    [[() => ActionConnectorSummaryList, 0], 0, 0, [1, 32]], 1
];
var ListAgentsRequest$ = [3, n0, _LAR,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListAgentsResponse$ = [3, n0, _LARi,
    0,
    [_ASgen, _RI, _NT],
    [() => AgentSummaries, 0, 0], 1
];
var ListAnalysesRequest$ = [3, n0, _LARis,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListAnalysesResponse$ = [3, n0, _LARist,
    0,
    [_ASL, _NT, _St, _RI],
    [() => AnalysisSummaryList, 0, [1, 32], 0]
];
var ListApprovalPoliciesRequest$ = [3, n0, _LAPR,
    0,
    [_NT, _MR],
    [[0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]]
];
var ListApprovalPoliciesResponse$ = [3, n0, _LAPRi,
    0,
    [_Poli, _NT],
    [() => ApprovalPolicyList, 0], 1
];
var ListAppsRequest$ = [3, n0, _LARistp,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListAppsResponse$ = [3, n0, _LARistpp,
    0,
    [_ASLp, _NT, _RI],
    [() => AppSummaryList, 0, 0], 1
];
var ListAssetBundleExportJobsRequest$ = [3, n0, _LABEJR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListAssetBundleExportJobsResponse$ = [3, n0, _LABEJRi,
    0,
    [_ABEJSL, _NT, _RI, _St],
    [() => AssetBundleExportJobSummaryList, 0, 0, [1, 32]]
];
var ListAssetBundleImportJobsRequest$ = [3, n0, _LABIJR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListAssetBundleImportJobsResponse$ = [3, n0, _LABIJRi,
    0,
    [_ABIJSL, _NT, _RI, _St],
    [() => AssetBundleImportJobSummaryList, 0, 0, [1, 32]]
];
var ListBrandsRequest$ = [3, n0, _LBR,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListBrandsResponse$ = [3, n0, _LBRi,
    0,
    [_NT, _Br],
    [0, () => BrandSummaryList]
];
var ListControlDisplayOptions$ = [3, n0, _LCDO,
    0,
    [_SOe, _SAOe, _TO, _IILO],
    [() => ListControlSearchOptions$, () => ListControlSelectAllOptions$, () => LabelOptions$, () => SheetControlInfoIconLabelOptions$]
];
var ListControlSearchOptions$ = [3, n0, _LCSO,
    0,
    [_Vi],
    [0]
];
var ListControlSelectAllOptions$ = [3, n0, _LCSAO,
    0,
    [_Vi],
    [0]
];
var ListCustomPermissionsRequest$ = [3, n0, _LCPR,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListCustomPermissionsResponse$ = [3, n0, _LCPRi,
    0,
    [_St, _CPL, _NT, _RI],
    [[1, 32], () => CustomPermissionsList, 0, 0]
];
var ListDashboardsRequest$ = [3, n0, _LDR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListDashboardsResponse$ = [3, n0, _LDRi,
    0,
    [_DSL, _NT, _St, _RI],
    [() => DashboardSummaryList, 0, [1, 32], 0]
];
var ListDashboardVersionsRequest$ = [3, n0, _LDVR,
    0,
    [_AAI, _DI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListDashboardVersionsResponse$ = [3, n0, _LDVRi,
    0,
    [_DVSL, _NT, _St, _RI],
    [() => DashboardVersionSummaryList, 0, [1, 32], 0]
];
var ListDataSetsRequest$ = [3, n0, _LDSR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListDataSetsResponse$ = [3, n0, _LDSRi,
    0,
    [_DSSatae, _NT, _RI, _St],
    [() => DataSetSummaryList, 0, 0, [1, 32]]
];
var ListDataSourcesRequest$ = [3, n0, _LDSRis,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListDataSourcesResponse$ = [3, n0, _LDSRist,
    0,
    [_DSa, _NT, _RI, _St],
    [() => DataSourceList, 0, 0, [1, 32]]
];
var ListDlpSettingsRequest$ = [3, n0, _LDSRistl,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListDlpSettingsResponse$ = [3, n0, _LDSRistlp,
    0,
    [_DSSlp, _NT, _RI],
    [() => DlpSettingSummaryList, 0, 0], 1
];
var ListFlowsInput$ = [3, n0, _LFI,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListFlowsOutput$ = [3, n0, _LFO,
    0,
    [_FSL, _NT, _RI, _St],
    [() => FlowSummaryList, 0, 0, [1, 32]]
];
var ListFolderMembersRequest$ = [3, n0, _LFMR,
    0,
    [_AAI, _FI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListFolderMembersResponse$ = [3, n0, _LFMRi,
    0,
    [_St, _FML, _NT, _RI],
    [[1, 32], () => FolderMemberList, 0, 0]
];
var ListFoldersForResourceRequest$ = [3, n0, _LFFRR,
    0,
    [_AAI, _RAeso, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListFoldersForResourceResponse$ = [3, n0, _LFFRRi,
    0,
    [_St, _F, _NT, _RI],
    [[1, 32], 64 | 0, 0, 0]
];
var ListFoldersRequest$ = [3, n0, _LFR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListFoldersResponse$ = [3, n0, _LFRi,
    0,
    [_St, _FSLo, _NT, _RI],
    [[1, 32], () => FolderSummaryList, 0, 0]
];
var ListGroupMembershipsRequest$ = [3, n0, _LGMR,
    0,
    [_GN, _AAI, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 3
];
var ListGroupMembershipsResponse$ = [3, n0, _LGMRi,
    0,
    [_GML, _NT, _RI, _St],
    [() => GroupMemberList, 0, 0, [1, 32]]
];
var ListGroupsRequest$ = [3, n0, _LGR,
    0,
    [_AAI, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListGroupsResponse$ = [3, n0, _LGRi,
    0,
    [_GLr, _NT, _RI, _St],
    [() => GroupList, 0, 0, [1, 32]]
];
var ListIAMPolicyAssignmentsForUserRequest$ = [3, n0, _LIAMPAFUR,
    0,
    [_AAI, _UN, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 3
];
var ListIAMPolicyAssignmentsForUserResponse$ = [3, n0, _LIAMPAFURi,
    0,
    [_AAc, _RI, _NT, _St],
    [() => ActiveIAMPolicyAssignmentList, 0, 0, [1, 32]]
];
var ListIAMPolicyAssignmentsRequest$ = [3, n0, _LIAMPAR,
    0,
    [_AAI, _Na, _ASs, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _as }], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListIAMPolicyAssignmentsResponse$ = [3, n0, _LIAMPARi,
    0,
    [_IAMPAo, _NT, _RI, _St],
    [() => IAMPolicyAssignmentSummaryList, 0, 0, [1, 32]]
];
var ListIdentityPropagationConfigsRequest$ = [3, n0, _LIPCR,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListIdentityPropagationConfigsResponse$ = [3, n0, _LIPCRi,
    0,
    [_Serv, _NT, _St, _RI],
    [() => AuthorizedTargetsByServices, 0, [1, 32], 0]
];
var ListIngestionsRequest$ = [3, n0, _LIR,
    0,
    [_DSI, _AAI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListIngestionsResponse$ = [3, n0, _LIRi,
    0,
    [_Inge, _NT, _RI, _St],
    [() => Ingestions, 0, 0, [1, 32]]
];
var ListKnowledgeBasesRequest$ = [3, n0, _LKBR,
    0,
    [_AAI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 1
];
var ListKnowledgeBasesResponse$ = [3, n0, _LKBRi,
    0,
    [_KBSn, _NT, _RI, _St],
    [[() => KnowledgeBaseSummaries, 0], 0, 0, [1, 32]], 1
];
var ListLimitsProfilesRequest$ = [3, n0, _LLPR,
    0,
    [_aI, _rTe, _mR, _nT],
    [[0, 1], [0, { [_hQ]: _rTe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListLimitsProfilesResponse$ = [3, n0, _LLPRi,
    0,
    [_pr, _nT],
    [() => LimitsProfileList, 0], 1
];
var ListNamespacesRequest$ = [3, n0, _LNR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListNamespacesResponse$ = [3, n0, _LNRi,
    0,
    [_Nam, _NT, _RI, _St],
    [() => Namespaces, 0, 0, [1, 32]]
];
var ListOAuthClientApplicationsRequest$ = [3, n0, _LOACAR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListOAuthClientApplicationsResponse$ = [3, n0, _LOACARi,
    0,
    [_OACAu, _NT, _RI, _St],
    [() => OAuthClientApplicationSummaryList, 0, 0, [1, 32]]
];
var ListRefreshSchedulesRequest$ = [3, n0, _LRSR,
    0,
    [_AAI, _DSI],
    [[0, 1], [0, 1]], 2
];
var ListRefreshSchedulesResponse$ = [3, n0, _LRSRi,
    0,
    [_RS, _St, _RI],
    [() => RefreshSchedules, [1, 32], 0]
];
var ListRoleMembershipsRequest$ = [3, n0, _LRMR,
    0,
    [_Ro, _AAI, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 3
];
var ListRoleMembershipsResponse$ = [3, n0, _LRMRi,
    0,
    [_MLe, _NT, _RI, _St],
    [64 | 0, 0, 0, [1, 32]]
];
var ListSelfUpgradesRequest$ = [3, n0, _LSUR,
    0,
    [_AAI, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListSelfUpgradesResponse$ = [3, n0, _LSURi,
    0,
    [_SURD, _NT, _RI, _St],
    [() => SelfUpgradeRequestDetailList, 0, 0, [1, 32]]
];
var ListSpaceResourcesRequest$ = [3, n0, _LSRR,
    0,
    [_AAI, _SIp],
    [[0, 1], [0, 1]], 2
];
var ListSpaceResourcesResponse$ = [3, n0, _LSRRi,
    0,
    [_sI, _SRp, _sA, _RI],
    [0, () => SpaceResourceSummaries, 0, 0], 2
];
var ListSpacesRequest$ = [3, n0, _LSR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListSpacesResponse$ = [3, n0, _LSRi,
    0,
    [_sI, _SSp, _sA, _NT, _RI],
    [0, [() => SpaceSummaries, 0], 0, 0, 0], 2
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RAeso],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_Ta, _RI, _St],
    [() => TagList, 0, [1, 32]]
];
var ListTemplateAliasesRequest$ = [3, n0, _LTAR,
    0,
    [_AAI, _TIe, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr_ }]], 2
];
var ListTemplateAliasesResponse$ = [3, n0, _LTARi,
    0,
    [_TAL, _St, _RI, _NT],
    [() => TemplateAliasList, [1, 32], 0, 0]
];
var ListTemplatesRequest$ = [3, n0, _LTR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr_ }]], 1
];
var ListTemplatesResponse$ = [3, n0, _LTRi,
    0,
    [_TSL, _NT, _St, _RI],
    [() => TemplateSummaryList, 0, [1, 32], 0]
];
var ListTemplateVersionsRequest$ = [3, n0, _LTVR,
    0,
    [_AAI, _TIe, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListTemplateVersionsResponse$ = [3, n0, _LTVRi,
    0,
    [_TVSL, _NT, _St, _RI],
    [() => TemplateVersionSummaryList, 0, [1, 32], 0]
];
var ListThemeAliasesRequest$ = [3, n0, _LTARis,
    0,
    [_AAI, _TI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr_ }]], 2
];
var ListThemeAliasesResponse$ = [3, n0, _LTARist,
    0,
    [_TALh, _St, _RI, _NT],
    [() => ThemeAliasList, [1, 32], 0, 0]
];
var ListThemesRequest$ = [3, n0, _LTRis,
    0,
    [_AAI, _NT, _MR, _T],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }], [0, { [_hQ]: _ty }]], 1
];
var ListThemesResponse$ = [3, n0, _LTRist,
    0,
    [_TSLh, _NT, _St, _RI],
    [() => ThemeSummaryList, 0, [1, 32], 0]
];
var ListThemeVersionsRequest$ = [3, n0, _LTVRis,
    0,
    [_AAI, _TI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListThemeVersionsResponse$ = [3, n0, _LTVRist,
    0,
    [_TVSLh, _NT, _St, _RI],
    [() => ThemeVersionSummaryList, 0, [1, 32], 0]
];
var ListTopicRefreshSchedulesRequest$ = [3, n0, _LTRSR,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var ListTopicRefreshSchedulesResponse$ = [3, n0, _LTRSRi,
    0,
    [_TIo, _TAo, _RS, _St, _RI],
    [0, 0, () => TopicRefreshScheduleSummaries, [1, 32], 0]
];
var ListTopicReviewedAnswersRequest$ = [3, n0, _LTRAR,
    0,
    [_AAI, _TIo],
    [[0, 1], [0, 1]], 2
];
var ListTopicReviewedAnswersResponse$ = [3, n0, _LTRARi,
    0,
    [_TIo, _TAo, _Ans, _St, _RI],
    [0, 0, [() => TopicReviewedAnswers, 0], [1, 32], 0]
];
var ListTopicsRequest$ = [3, n0, _LTRisto,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListTopicsResponse$ = [3, n0, _LTRistop,
    0,
    [_TSo, _NT, _RI, _St],
    [() => TopicSummaries, 0, 0, [1, 32]]
];
var ListTopicsV2Request$ = [3, n0, _LTVRisto,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListTopicsV2Response$ = [3, n0, _LTVRistop,
    0,
    [_TSLo, _NT, _RI, _St],
    [() => TopicV2Summaries, 0, 0, [1, 32]]
];
var ListUserGroupsRequest$ = [3, n0, _LUGR,
    0,
    [_UN, _AAI, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 3
];
var ListUserGroupsResponse$ = [3, n0, _LUGRi,
    0,
    [_GLr, _NT, _RI, _St],
    [() => GroupList, 0, 0, [1, 32]]
];
var ListUsersIndexCapacityRequest$ = [3, n0, _LUICR,
    0,
    [_aAI, _n, _f, _sB, _sO, _mR, _nT],
    [[0, 1], 0, () => UserIndexCapacityFilters, 0, 0, 1, 0], 1
];
var ListUsersIndexCapacityResponse$ = [3, n0, _LUICRi,
    0,
    [_u, _nT, _rI],
    [() => UserIndexCapacityList, 0, 0]
];
var ListUsersRequest$ = [3, n0, _LUR,
    0,
    [_AAI, _Na, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 2
];
var ListUsersResponse$ = [3, n0, _LURi,
    0,
    [_UL, _NT, _RI, _St],
    [() => UserList, 0, 0, [1, 32]]
];
var ListVPCConnectionsRequest$ = [3, n0, _LVPCCR,
    0,
    [_AAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 1
];
var ListVPCConnectionsResponse$ = [3, n0, _LVPCCRi,
    0,
    [_VPCCS, _NT, _RI, _St],
    [() => VPCConnectionSummaryList, 0, 0, [1, 32]]
];
var LoadingAnimation$ = [3, n0, _LAo,
    0,
    [_Vi],
    [0]
];
var LocalNavigationConfiguration$ = [3, n0, _LNC,
    0,
    [_TSI],
    [0], 1
];
var LogicalTable$ = [3, n0, _LTo,
    0,
    [_Al, _So, _DTat],
    [0, () => LogicalTableSource$, [() => TransformOperationList, 0]], 2
];
var LogicalTableSource$ = [3, n0, _LTS,
    0,
    [_JIo, _PTI, _DSAat],
    [() => JoinInstruction$, 0, 0]
];
var Logo$ = [3, n0, _Log,
    0,
    [_ATl, _LSo],
    [0, () => LogoSet$], 2
];
var LogoConfiguration$ = [3, n0, _LC,
    0,
    [_ATl, _LSo],
    [0, () => LogoSetConfiguration$], 2
];
var LogoSet$ = [3, n0, _LSo,
    0,
    [_Prim, _Fa],
    [() => ImageSet$, () => ImageSet$], 1
];
var LogoSetConfiguration$ = [3, n0, _LSCo,
    0,
    [_Prim, _Fa],
    [() => ImageSetConfiguration$, () => ImageSetConfiguration$], 1
];
var LongFormatText$ = [3, n0, _LFT,
    0,
    [_PT, _RTi],
    [0, 0]
];
var LookbackWindow$ = [3, n0, _LWo,
    0,
    [_CN, _Si, _SUi],
    [0, 1, 0], 3
];
var ManifestFileLocation$ = [3, n0, _MFL,
    0,
    [_Bu, _K],
    [0, 0], 2
];
var MappedDataSetParameter$ = [3, n0, _MDSPa,
    0,
    [_DSIatae, _DSPN],
    [0, 0], 2
];
var MarginStyle$ = [3, n0, _MSarg,
    0,
    [_Sho],
    [2]
];
var MariaDbParameters$ = [3, n0, _MDP,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var MaximumLabelType$ = [3, n0, _MLTa,
    0,
    [_Vi],
    [0]
];
var MaximumMinimumComputation$ = [3, n0, _MMC,
    0,
    [_CIom, _T, _N, _Tim, _V],
    [0, 0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0]], 2
];
var MeasureField$ = [3, n0, _MF,
    0,
    [_NMF, _CMFa, _DMF, _CMF],
    [[() => NumericalMeasureField$, 0], [() => CategoricalMeasureField$, 0], [() => DateMeasureField$, 0], [() => CalculatedMeasureField$, 0]]
];
var MediaExtractionConfiguration$ = [3, n0, _MEC,
    0,
    [_iEC, _aEC, _vEC],
    [() => ImageExtractionConfiguration$, () => AudioExtractionConfiguration$, () => VideoExtractionConfiguration$]
];
var MemberIdArnPair$ = [3, n0, _MIAP,
    0,
    [_MI, _MAe],
    [0, 0]
];
var MetricComparisonComputation$ = [3, n0, _MCC,
    0,
    [_CIom, _N, _Tim, _FVr, _TVar],
    [0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0], [() => MeasureField$, 0]], 1
];
var MicrosoftPurviewCredentials$ = [3, n0, _MPC,
    0,
    [_SA],
    [0], 1
];
var MicrosoftPurviewProviderConfig$ = [3, n0, _MPPC,
    0,
    [_Cr, _LAMa, _UAn],
    [() => MicrosoftPurviewCredentials$, () => LabelActionMappingList, 0], 3
];
var MinimumLabelType$ = [3, n0, _MLT,
    0,
    [_Vi],
    [0]
];
var MissingDataConfiguration$ = [3, n0, _MDCi,
    0,
    [_TOr],
    [0]
];
var MySqlParameters$ = [3, n0, _MSP,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var NamedEntityDefinition$ = [3, n0, _NED,
    0,
    [_FN, _PNr, _PRr, _PU, _Met, _ROa, _PO, _IH],
    [0, 0, 0, 0, () => NamedEntityDefinitionMetric$, 1, 1, 2]
];
var NamedEntityDefinitionMetric$ = [3, n0, _NEDM,
    0,
    [_Agg, _AFP],
    [0, 128 | 0]
];
var NamedEntityRef$ = [3, n0, _NER,
    0,
    [_NEN],
    [0]
];
var NamedEntitySort$ = [3, n0, _NES,
    0,
    [_FN, _Dir],
    [0, 0], 2
];
var NamespaceError$ = [3, n0, _NEam,
    0,
    [_T, _M],
    [0, 0]
];
var NamespaceInfoV2$ = [3, n0, _NIV,
    0,
    [_N, _A, _CR, _CSre, _ISd, _NEam, _IICAA, _IICIA],
    [0, 0, 0, 0, 0, () => NamespaceError$, 0, 0]
];
var NavbarStyle$ = [3, n0, _NSa,
    0,
    [_GNl, _CNont],
    [() => Palette$, () => Palette$]
];
var NegativeFormat$ = [3, n0, _NF,
    0,
    [_P, _S],
    [0, 0]
];
var NegativeValueConfiguration$ = [3, n0, _NVCe,
    0,
    [_DMi],
    [0], 1
];
var NestedFilter$ = [3, n0, _NFe,
    0,
    [_FIil, _Co, _IIS, _IF],
    [0, () => ColumnIdentifier$, 2, () => InnerFilter$], 4
];
var NetworkInterface$ = [3, n0, _NI,
    0,
    [_SIubn, _AZ, _EM, _St, _NII],
    [0, 0, 0, 0, 0]
];
var NewDefaultValues$ = [3, n0, _NDVe,
    0,
    [_SSV, _DSV, _DTSV, _ISV],
    [64 | 0, 64 | 1, 64 | 4, 64 | 1]
];
var NoneConnectionMetadata$ = [3, n0, _NCM,
    0,
    [_BE],
    [0], 1
];
var NullValueFormatConfiguration$ = [3, n0, _NVFC,
    0,
    [_NS],
    [[() => NullString, 0]], 1
];
var NumberDisplayFormatConfiguration$ = [3, n0, _NDFC,
    0,
    [_P, _S, _SCe, _DPCe, _NSu, _NVCe, _NVFC],
    [[() => Prefix, 0], [() => Suffix, 0], () => NumericSeparatorConfiguration$, () => DecimalPlacesConfiguration$, 0, () => NegativeValueConfiguration$, [() => NullValueFormatConfiguration$, 0]]
];
var NumberFormatConfiguration$ = [3, n0, _NFCum,
    0,
    [_FCor],
    [[() => NumericFormatConfiguration$, 0]]
];
var NumericalAggregationFunction$ = [3, n0, _NAF,
    0,
    [_SNAi, _PAe],
    [0, () => PercentileAggregation$]
];
var NumericalDimensionField$ = [3, n0, _NDF,
    0,
    [_FIi, _Co, _HI, _FCor],
    [0, () => ColumnIdentifier$, 0, [() => NumberFormatConfiguration$, 0]], 2
];
var NumericalMeasureField$ = [3, n0, _NMF,
    0,
    [_FIi, _Co, _AFg, _FCor],
    [0, () => ColumnIdentifier$, () => NumericalAggregationFunction$, [() => NumberFormatConfiguration$, 0]], 2
];
var NumericAxisOptions$ = [3, n0, _NAO,
    0,
    [_Sca, _R],
    [() => AxisScale$, () => AxisDisplayRange$]
];
var NumericEqualityDrillDownFilter$ = [3, n0, _NEDDF,
    0,
    [_Co, _V],
    [() => ColumnIdentifier$, 1], 2
];
var NumericEqualityFilter$ = [3, n0, _NEF,
    0,
    [_FIil, _Co, _MO, _NO, _V, _SAOe, _AFg, _PN, _DFCC],
    [0, () => ColumnIdentifier$, 0, 0, 1, 0, () => AggregationFunction$, 0, () => DefaultFilterControlConfiguration$], 4
];
var NumericFormatConfiguration$ = [3, n0, _NFC,
    0,
    [_NDFC, _CDFC, _PDFC],
    [[() => NumberDisplayFormatConfiguration$, 0], [() => CurrencyDisplayFormatConfiguration$, 0], [() => PercentageDisplayFormatConfiguration$, 0]]
];
var NumericRangeFilter$ = [3, n0, _NRF,
    0,
    [_FIil, _Co, _NO, _IMn, _IMnc, _RM, _RMa, _SAOe, _AFg, _DFCC],
    [0, () => ColumnIdentifier$, 0, 2, 2, () => NumericRangeFilterValue$, () => NumericRangeFilterValue$, 0, () => AggregationFunction$, () => DefaultFilterControlConfiguration$], 3
];
var NumericRangeFilterValue$ = [3, n0, _NRFV,
    0,
    [_SVta, _Para],
    [1, 0]
];
var NumericSeparatorConfiguration$ = [3, n0, _NSC,
    0,
    [_DSec, _TSh],
    [0, () => ThousandSeparatorOptions$]
];
var OAuthClientApplication$ = [3, n0, _OACA,
    0,
    [_OACAI, _N, _OACAT, _OATEU, _OAAEU, _OAS, _DST, _IPVCP, _CT, _LUT, _A],
    [0, 0, 0, [() => OAuthTokenEndpointUrl, 0], [() => OAuthAuthorizationEndpointUrl, 0], 0, 0, () => VpcConnectionProperties$, 4, 4, 0]
];
var OAuthClientApplicationSummary$ = [3, n0, _OACAS,
    0,
    [_OACAI, _N, _OACAT, _DST, _IPVCP, _CT, _LUT, _A],
    [0, 0, 0, 0, () => VpcConnectionProperties$, 4, 4, 0]
];
var OAuthClientCredentials$ = [3, n0, _OACC,
    0,
    [_CI, _CS, _U],
    [[() => OAuthClientId, 0], [() => OAuthClientSecret, 0], [() => OAuthUsername, 0]]
];
var OAuthParameters$ = [3, n0, _OAP,
    0,
    [_TPU, _OASu, _IPVCP, _IPRU, _IPCACBSU],
    [0, 0, () => VpcConnectionProperties$, 0, 0], 1
];
var OneDriveClientCredentials$ = [3, n0, _ODCC,
    0,
    [_KKA, _CTe],
    [[() => DataSourceKmsKeyArn, 0], [() => DataSourceCertThumbprint, 0]], 2
];
var OneDriveParameters$ = [3, n0, _ODP,
    0,
    [_TIen, _CI, _ATut],
    [0, 0, 0]
];
var OracleParameters$ = [3, n0, _OPr,
    0,
    [_H, _Po, _Dat, _USN],
    [0, 1, 0, 2], 3
];
var OutputColumn$ = [3, n0, _OCu,
    0,
    [_N, _Id_, _D, _T, _STu],
    [0, 0, [() => ColumnDescriptiveText, 0], 0, 0]
];
var OutputColumnNameOverride$ = [3, n0, _OCNOu,
    0,
    [_OCN, _SCN],
    [0, 0], 1
];
var OverrideDatasetParameterOperation$ = [3, n0, _ODPO,
    0,
    [_PN, _NPN, _NDVe],
    [0, 0, () => NewDefaultValues$], 1
];
var PaginationConfiguration$ = [3, n0, _PC,
    0,
    [_PSa, _PNa],
    [1, 1], 2
];
var Palette$ = [3, n0, _Pal,
    0,
    [_Fore, _Bac],
    [0, 0]
];
var PanelConfiguration$ = [3, n0, _PCa,
    0,
    [_Tit, _BV, _BT, _BSo, _BCo, _GV, _GSut, _BVac, _BCa],
    [() => PanelTitleOptions$, 0, 0, 0, 0, 0, 0, 0, 0]
];
var PanelTitleOptions$ = [3, n0, _PTO,
    0,
    [_Vi, _FCo, _HTA],
    [0, () => FontConfiguration$, 0]
];
var ParameterControl$ = [3, n0, _PCar,
    0,
    [_DTPa, _Lis, _Dr, _TFe, _TAext, _Sl],
    [() => ParameterDateTimePickerControl$, () => ParameterListControl$, () => ParameterDropDownControl$, () => ParameterTextFieldControl$, () => ParameterTextAreaControl$, () => ParameterSliderControl$]
];
var ParameterDateTimePickerControl$ = [3, n0, _PDTPC,
    0,
    [_PCI, _SPN, _Tit, _DOi, _CTFT],
    [0, 0, 0, () => DateTimePickerControlDisplayOptions$, () => ControlTitleFormatText$], 2
];
var ParameterDeclaration$ = [3, n0, _PDa,
    0,
    [_SPD, _DPD, _IPD, _DTPD],
    [[() => StringParameterDeclaration$, 0], [() => DecimalParameterDeclaration$, 0], [() => IntegerParameterDeclaration$, 0], [() => DateTimeParameterDeclaration$, 0]]
];
var ParameterDropDownControl$ = [3, n0, _PDDC,
    0,
    [_PCI, _SPN, _Tit, _DOi, _T, _SVe, _CCC, _CMom, _CSCo, _CTFT],
    [0, 0, 0, () => DropDownControlDisplayOptions$, 0, () => ParameterSelectableValues$, () => CascadingControlConfiguration$, 0, () => ControlSortConfigurationList, () => ControlTitleFormatText$], 2
];
var ParameterListControl$ = [3, n0, _PLCa,
    0,
    [_PCI, _SPN, _Tit, _DOi, _T, _SVe, _CCC, _CSCo, _CTFT],
    [0, 0, 0, () => ListControlDisplayOptions$, 0, () => ParameterSelectableValues$, () => CascadingControlConfiguration$, () => ControlSortConfigurationList, () => ControlTitleFormatText$], 2
];
var _Parameters$ = [3, n0, _Par,
    0,
    [_SPt, _IPnte, _DPeci, _DTPat],
    [[() => StringParameterList, 0], [() => IntegerParameterList, 0], [() => DecimalParameterList, 0], [() => DateTimeParameterList, 0]]
];
var ParameterSelectableValues$ = [3, n0, _PSV,
    0,
    [_Va, _LTDSC],
    [64 | 0, () => ColumnIdentifier$]
];
var ParameterSliderControl$ = [3, n0, _PSC,
    0,
    [_PCI, _SPN, _MV, _MVi, _SSt, _Tit, _DOi, _CTFT],
    [0, 0, 1, 1, 1, 0, () => SliderControlDisplayOptions$, () => ControlTitleFormatText$], 5
];
var ParameterTextAreaControl$ = [3, n0, _PTAC,
    0,
    [_PCI, _SPN, _Tit, _Del, _DOi, _CTFT],
    [0, 0, 0, 0, () => TextAreaControlDisplayOptions$, () => ControlTitleFormatText$], 2
];
var ParameterTextFieldControl$ = [3, n0, _PTFC,
    0,
    [_PCI, _SPN, _Tit, _DOi, _CTFT],
    [0, 0, 0, () => TextFieldControlDisplayOptions$, () => ControlTitleFormatText$], 2
];
var ParentDataSet$ = [3, n0, _PDSa,
    0,
    [_DSAat, _IC],
    [0, () => InputColumnList], 2
];
var PercentageDisplayFormatConfiguration$ = [3, n0, _PDFC,
    0,
    [_P, _S, _SCe, _DPCe, _NVCe, _NVFC],
    [[() => Prefix, 0], [() => Suffix, 0], () => NumericSeparatorConfiguration$, () => DecimalPlacesConfiguration$, () => NegativeValueConfiguration$, [() => NullValueFormatConfiguration$, 0]]
];
var PercentileAggregation$ = [3, n0, _PAe,
    0,
    [_PVe],
    [1]
];
var PercentVisibleRange$ = [3, n0, _PVR,
    0,
    [_Fr, _To_],
    [1, 1]
];
var PerformanceConfiguration$ = [3, n0, _PCe,
    0,
    [_UKn],
    [() => UniqueKeyList]
];
var PeriodOverPeriodComputation$ = [3, n0, _POPC,
    0,
    [_CIom, _N, _Tim, _V],
    [0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0]], 1
];
var PeriodToDateComputation$ = [3, n0, _PTDC,
    0,
    [_CIom, _N, _Tim, _V, _PTG],
    [0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0], 0], 1
];
var Permission$ = [3, n0, _Perm,
    0,
    [_Ac, _Prin],
    [64 | 0, 0], 2
];
var PieChartAggregatedFieldWells$ = [3, n0, _PCAFW,
    0,
    [_Ca, _Va, _SM],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => SmallMultiplesDimensionFieldList, 0]]
];
var PieChartConfiguration$ = [3, n0, _PCC,
    0,
    [_FW, _SCo, _DOo, _SMO, _CLO, _VLO, _Le, _DL, _To, _VP, _CADo, _I],
    [[() => PieChartFieldWells$, 0], () => PieChartSortConfiguration$, () => DonutOptions$, () => SmallMultiplesOptions$, () => ChartAxisLabelOptions$, () => ChartAxisLabelOptions$, () => LegendOptions$, [() => DataLabelOptions$, 0], () => TooltipOptions$, [() => VisualPalette$, 0], () => ContributionAnalysisDefaultList, () => VisualInteractionOptions$]
];
var PieChartFieldWells$ = [3, n0, _PCFW,
    0,
    [_PCAFW],
    [[() => PieChartAggregatedFieldWells$, 0]]
];
var PieChartSortConfiguration$ = [3, n0, _PCSC,
    0,
    [_CSa, _CIL, _SMS, _SMLC],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var PieChartVisual$ = [3, n0, _PCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => PieChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var PivotConfiguration$ = [3, n0, _PCi,
    0,
    [_PLi, _LCN],
    [() => PivotedLabelList, 0], 1
];
var PivotedLabel$ = [3, n0, _PLiv,
    0,
    [_LNa, _NCN, _NCI],
    [0, 0, 0], 3
];
var PivotFieldSortOptions$ = [3, n0, _PFSO,
    0,
    [_FIi, _SB],
    [0, [() => PivotTableSortBy$, 0]], 2
];
var PivotOperation$ = [3, n0, _POi,
    0,
    [_Al, _So, _VCC, _PCi, _GBCN],
    [0, () => TransformOperationSource$, () => ValueColumnConfiguration$, () => PivotConfiguration$, 64 | 0], 4
];
var PivotTableAggregatedFieldWells$ = [3, n0, _PTAFW,
    0,
    [_Row, _Colu, _Va],
    [[() => PivotTableDimensionList, 0], [() => PivotTableDimensionList, 0], [() => PivotMeasureFieldList, 0]]
];
var PivotTableCellConditionalFormatting$ = [3, n0, _PTCCF,
    0,
    [_FIi, _TFex, _Sco, _Scop],
    [0, [() => TextConditionalFormat$, 0], () => PivotTableConditionalFormattingScope$, () => PivotTableConditionalFormattingScopeList], 1
];
var PivotTableConditionalFormatting$ = [3, n0, _PTCF,
    0,
    [_CFO],
    [[() => PivotTableConditionalFormattingOptionList, 0]]
];
var PivotTableConditionalFormattingOption$ = [3, n0, _PTCFO,
    0,
    [_Ce],
    [[() => PivotTableCellConditionalFormatting$, 0]]
];
var PivotTableConditionalFormattingScope$ = [3, n0, _PTCFS,
    0,
    [_Ro],
    [0]
];
var PivotTableConfiguration$ = [3, n0, _PTC,
    0,
    [_FW, _SCo, _TOa, _TOot, _FOie, _PRO, _To, _DCVO, _I],
    [[() => PivotTableFieldWells$, 0], [() => PivotTableSortConfiguration$, 0], () => PivotTableOptions$, () => PivotTableTotalOptions$, [() => PivotTableFieldOptions$, 0], () => PivotTablePaginatedReportOptions$, () => TooltipOptions$, () => DashboardCustomizationVisualOptions$, () => VisualInteractionOptions$]
];
var PivotTableDataPathOption$ = [3, n0, _PTDPO,
    0,
    [_DPL, _W],
    [[() => DataPathValueList, 0], 0], 1
];
var PivotTableFieldCollapseStateOption$ = [3, n0, _PTFCSO,
    0,
    [_Tar, _Sta],
    [[() => PivotTableFieldCollapseStateTarget$, 0], 0], 1
];
var PivotTableFieldCollapseStateTarget$ = [3, n0, _PTFCST,
    0,
    [_FIi, _FDPV],
    [0, [() => DataPathValueList, 0]]
];
var PivotTableFieldOption$ = [3, n0, _PTFO,
    0,
    [_FIi, _CL, _Vi],
    [0, 0, 0], 1
];
var PivotTableFieldOptions$ = [3, n0, _PTFOi,
    0,
    [_SFO, _DPOa, _CSOo],
    [() => PivotTableFieldOptionList, [() => PivotTableDataPathOptionList, 0], [() => PivotTableFieldCollapseStateOptionList, 0]]
];
var PivotTableFieldSubtotalOptions$ = [3, n0, _PTFSO,
    0,
    [_FIi],
    [0]
];
var PivotTableFieldWells$ = [3, n0, _PTFW,
    0,
    [_PTAFW],
    [[() => PivotTableAggregatedFieldWells$, 0]]
];
var PivotTableOptions$ = [3, n0, _PTOi,
    0,
    [_MP, _SMV, _CNV, _TBV, _CHS, _RHS, _CSe, _RFNS, _RACO, _CRDV, _RLo, _RLOo, _DCW],
    [0, 0, 0, 0, () => TableCellStyle$, () => TableCellStyle$, () => TableCellStyle$, () => TableCellStyle$, () => RowAlternateColorOptions$, 0, 0, () => PivotTableRowsLabelOptions$, 0]
];
var PivotTablePaginatedReportOptions$ = [3, n0, _PTPRO,
    0,
    [_VOV, _OCHV],
    [0, 0]
];
var PivotTableRowsLabelOptions$ = [3, n0, _PTRLO,
    0,
    [_Vi, _CL],
    [0, 0]
];
var PivotTableSortBy$ = [3, n0, _PTSB,
    0,
    [_Fie, _Co, _DPata],
    [() => FieldSort$, () => ColumnSort$, [() => DataPathSort$, 0]]
];
var PivotTableSortConfiguration$ = [3, n0, _PTSC,
    0,
    [_FSO],
    [[() => PivotFieldSortOptionsList, 0]]
];
var PivotTableTotalOptions$ = [3, n0, _PTTO,
    0,
    [_RSO, _CSOol, _RTO, _CTO],
    [() => SubtotalOptions$, () => SubtotalOptions$, () => PivotTotalOptions$, () => PivotTotalOptions$]
];
var PivotTableVisual$ = [3, n0, _PTV,
    0,
    [_VI, _Tit, _Su, _CCh, _CFon, _Ac, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => PivotTableConfiguration$, 0], [() => PivotTableConditionalFormatting$, 0], [() => VisualCustomActionList, 0], 0], 1
];
var PivotTotalOptions$ = [3, n0, _PTOiv,
    0,
    [_TVo, _Pla, _SSc, _CL, _TCS, _VCS, _MHCS, _TAO],
    [0, 0, 0, 0, () => TableCellStyle$, () => TableCellStyle$, () => TableCellStyle$, () => TotalAggregationOptionList]
];
var PluginVisual$ = [3, n0, _PVl,
    0,
    [_VI, _PAl, _Tit, _Su, _CCh, _Ac, _VCAT],
    [0, 0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => PluginVisualConfiguration$, 0], [() => VisualCustomActionList, 0], 0], 2
];
var PluginVisualConfiguration$ = [3, n0, _PVCl,
    0,
    [_FW, _VO, _SCo],
    [[() => PluginVisualFieldWells, 0], () => PluginVisualOptions$, () => PluginVisualSortConfiguration$]
];
var PluginVisualFieldWell$ = [3, n0, _PVFW,
    0,
    [_ANx, _Dim, _Mea, _Un],
    [0, [() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => UnaggregatedFieldList, 0]]
];
var PluginVisualItemsLimitConfiguration$ = [3, n0, _PVILC,
    0,
    [_IL],
    [1]
];
var PluginVisualOptions$ = [3, n0, _PVO,
    0,
    [_VPi],
    [() => PluginVisualPropertiesList]
];
var PluginVisualProperty$ = [3, n0, _PVP,
    0,
    [_N, _V],
    [0, 0]
];
var PluginVisualSortConfiguration$ = [3, n0, _PVSC,
    0,
    [_PVTQS],
    [() => PluginVisualTableQuerySort$]
];
var PluginVisualTableQuerySort$ = [3, n0, _PVTQS,
    0,
    [_RSow, _ILCt],
    [() => RowSortList, () => PluginVisualItemsLimitConfiguration$]
];
var PostgreSqlParameters$ = [3, n0, _PSP,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var PredefinedHierarchy$ = [3, n0, _PH,
    0,
    [_HI, _Colu, _DDFr],
    [0, () => PredefinedHierarchyColumnList, () => DrillDownFilterList], 2
];
var PredictQAResultsRequest$ = [3, n0, _PQARR,
    0,
    [_AAI, _QTu, _IQSQI, _IGA, _MTTC],
    [[0, 1], [() => QAQueryText, 0], 0, 0, 1], 2
];
var PredictQAResultsResponse$ = [3, n0, _PQARRr,
    0,
    [_PRri, _AR, _RI, _St],
    [[() => QAResult$, 0], [() => QAResults, 0], 0, [1, 32]]
];
var PrestoParameters$ = [3, n0, _PP,
    0,
    [_H, _Po, _Cata],
    [0, 1, 0], 3
];
var ProfileLimitValue$ = [3, n0, _PLV,
    0,
    [_mV, _un],
    [1, 0], 2
];
var ProgressBarOptions$ = [3, n0, _PBO,
    0,
    [_Vi],
    [0]
];
var ProjectOperation$ = [3, n0, _POr,
    0,
    [_PCro, _Al, _So],
    [64 | 0, 0, () => TransformOperationSource$], 1
];
var PutDataSetRefreshPropertiesRequest$ = [3, n0, _PDSRPR,
    0,
    [_AAI, _DSI, _DSRP],
    [[0, 1], [0, 1], () => DataSetRefreshProperties$], 3
];
var PutDataSetRefreshPropertiesResponse$ = [3, n0, _PDSRPRu,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var QAResult$ = [3, n0, _QAR,
    0,
    [_RTes, _DV, _GAen],
    [0, () => DashboardVisualResult$, [() => GeneratedAnswerResult$, 0]]
];
var QBusinessParameters$ = [3, n0, _QBP,
    0,
    [_AAp],
    [0], 1
];
var QDataKey$ = [3, n0, _QDK,
    0,
    [_QDKA, _QDKT],
    [0, 0]
];
var QueryExecutionOptions$ = [3, n0, _QEO,
    0,
    [_QEM],
    [0]
];
var QueueInfo$ = [3, n0, _QIu,
    0,
    [_WOI, _QIue],
    [0, 0], 2
];
var QuickSuiteActionsOption$ = [3, n0, _QSAO,
    0,
    [_ASv],
    [0]
];
var RadarChartAggregatedFieldWells$ = [3, n0, _RCAFW,
    0,
    [_Ca, _Colo, _Va],
    [[() => RadarChartCategoryFieldList, 0], [() => RadarChartColorFieldList, 0], [() => RadarChartValuesFieldList, 0]]
];
var RadarChartAreaStyleSettings$ = [3, n0, _RCASS,
    0,
    [_Vi],
    [0]
];
var RadarChartConfiguration$ = [3, n0, _RCC,
    0,
    [_FW, _SCo, _Sha, _BSS, _SAta, _VP, _ABCV, _ABEC, _ABOC, _CAa, _CLO, _CAol, _CLOo, _Le, _ARS, _I],
    [[() => RadarChartFieldWells$, 0], () => RadarChartSortConfiguration$, 0, () => RadarChartSeriesSettings$, 1, [() => VisualPalette$, 0], 0, 0, 0, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => LegendOptions$, 0, () => VisualInteractionOptions$]
];
var RadarChartFieldWells$ = [3, n0, _RCFW,
    0,
    [_RCAFW],
    [[() => RadarChartAggregatedFieldWells$, 0]]
];
var RadarChartSeriesSettings$ = [3, n0, _RCSS,
    0,
    [_ASSr],
    [() => RadarChartAreaStyleSettings$]
];
var RadarChartSortConfiguration$ = [3, n0, _RCSC,
    0,
    [_CSa, _CIL, _CSo, _CILo],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var RadarChartVisual$ = [3, n0, _RCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => RadarChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var RangeConstant$ = [3, n0, _RCa,
    0,
    [_Min, _Max],
    [[() => LimitedSensitiveString, 0], [() => LimitedSensitiveString, 0]]
];
var RangeEndsLabelType$ = [3, n0, _RELT,
    0,
    [_Vi],
    [0]
];
var RdsParameters$ = [3, n0, _RP,
    0,
    [_IIns, _Dat],
    [0, 0], 2
];
var ReadAPIKeyConnectionMetadata$ = [3, n0, _RAPIKCM,
    0,
    [_BE, _E],
    [0, [() => Email, 0]], 1
];
var ReadAuthConfig$ = [3, n0, _RAC,
    0,
    [_AT, _AM],
    [0, [() => ReadAuthenticationMetadata$, 0]], 2
];
var ReadAuthorizationCodeGrantDetails$ = [3, n0, _RACGD,
    0,
    [_CI, _TEo, _AEu],
    [0, 0, 0], 3
];
var ReadAuthorizationCodeGrantMetadata$ = [3, n0, _RACGM,
    0,
    [_BE, _RU, _RACGCD, _ACGCS],
    [0, 0, () => ReadAuthorizationCodeGrantCredentialsDetails$, 0], 2
];
var ReadBasicAuthConnectionMetadata$ = [3, n0, _RBACM,
    0,
    [_BE, _U],
    [0, [() => ActionUserName, 0]], 2
];
var ReadClientCredentialsGrantDetails$ = [3, n0, _RCCGD,
    0,
    [_CI, _TEo],
    [0, 0], 2
];
var ReadClientCredentialsGrantMetadata$ = [3, n0, _RCCGM,
    0,
    [_BE, _RCCD, _CCSl],
    [0, () => ReadClientCredentialsDetails$, 0], 1
];
var ReadIamConnectionMetadata$ = [3, n0, _RICM,
    0,
    [_RA, _SAo],
    [0, 0], 2
];
var ReadNoneConnectionMetadata$ = [3, n0, _RNCM,
    0,
    [_BE],
    [0], 1
];
var RecentSnapshotsConfigurations$ = [3, n0, _RSC,
    0,
    [_En],
    [2], 1
];
var RedshiftIAMParameters$ = [3, n0, _RIAMP,
    0,
    [_RA, _DUa, _DGa, _ACDU],
    [0, 0, 64 | 0, 2], 1
];
var RedshiftParameters$ = [3, n0, _RPe,
    0,
    [_Dat, _H, _Po, _CIl, _IAMP, _ICC],
    [0, 0, 1, 0, () => RedshiftIAMParameters$, () => IdentityCenterConfiguration$], 1
];
var ReferenceLine$ = [3, n0, _RLef,
    0,
    [_DCat, _St, _SCty, _LCabe],
    [[() => ReferenceLineDataConfiguration$, 0], 0, () => ReferenceLineStyleConfiguration$, [() => ReferenceLineLabelConfiguration$, 0]], 1
];
var ReferenceLineCustomLabelConfiguration$ = [3, n0, _RLCLC,
    0,
    [_CL],
    [0], 1
];
var ReferenceLineDataConfiguration$ = [3, n0, _RLDC,
    0,
    [_SCta, _DCy, _AB, _STer],
    [[() => ReferenceLineStaticDataConfiguration$, 0], () => ReferenceLineDynamicDataConfiguration$, 0, 0]
];
var ReferenceLineDynamicDataConfiguration$ = [3, n0, _RLDDC,
    0,
    [_Co, _Cal, _MAF],
    [() => ColumnIdentifier$, () => NumericalAggregationFunction$, () => AggregationFunction$], 2
];
var ReferenceLineLabelConfiguration$ = [3, n0, _RLLC,
    0,
    [_VLC, _CLC, _FCo, _FCon, _HP, _VPe],
    [[() => ReferenceLineValueLabelConfiguration$, 0], () => ReferenceLineCustomLabelConfiguration$, () => FontConfiguration$, 0, 0, 0]
];
var ReferenceLineStaticDataConfiguration$ = [3, n0, _RLSDC,
    0,
    [_V],
    [[() => SensitiveDouble, 0]], 1
];
var ReferenceLineStyleConfiguration$ = [3, n0, _RLSC,
    0,
    [_Patt, _Colo],
    [0, 0]
];
var ReferenceLineValueLabelConfiguration$ = [3, n0, _RLVLC,
    0,
    [_RPel, _FCor],
    [0, [() => NumericFormatConfiguration$, 0]]
];
var RefreshConfiguration$ = [3, n0, _RCe,
    0,
    [_IR],
    [() => IncrementalRefresh$], 1
];
var RefreshFailureConfiguration$ = [3, n0, _RFCe,
    0,
    [_EAma],
    [() => RefreshFailureEmailAlert$]
];
var RefreshFailureEmailAlert$ = [3, n0, _RFEA,
    0,
    [_ASle],
    [0]
];
var RefreshFrequency$ = [3, n0, _RF,
    0,
    [_Int, _ROD, _Ti, _TOTD],
    [0, () => ScheduleRefreshOnEntity$, 0, 0], 1
];
var RefreshSchedule$ = [3, n0, _RSe,
    0,
    [_SI, _SFc, _RTef, _SADT, _A],
    [0, () => RefreshFrequency$, 0, 4, 0], 3
];
var RegisteredCustomerManagedKey$ = [3, n0, _RCMK,
    0,
    [_KA, _DK],
    [0, 2]
];
var RegisteredUserConsoleFeatureConfigurations$ = [3, n0, _RUCFC,
    0,
    [_SPta, _SV, _AQIQS, _Sche, _RSec, _TAhr, _DCS],
    [() => StatePersistenceConfigurations$, () => SharedViewConfigurations$, () => AmazonQInQuickSightConsoleConfigurations$, () => SchedulesConfigurations$, () => RecentSnapshotsConfigurations$, () => ThresholdAlertsConfigurations$, () => DashboardCustomizationSummaryConfigurations$]
];
var RegisteredUserDashboardEmbeddingConfiguration$ = [3, n0, _RUDEC,
    0,
    [_IDI, _FC],
    [0, () => RegisteredUserDashboardFeatureConfigurations$], 1
];
var RegisteredUserDashboardFeatureConfigurations$ = [3, n0, _RUDFC,
    0,
    [_SPta, _Boo, _SV, _AQIQS, _Sche, _RSec, _TAhr, _DCS],
    [() => StatePersistenceConfigurations$, () => BookmarksConfigurations$, () => SharedViewConfigurations$, () => AmazonQInQuickSightDashboardConfigurations$, () => SchedulesConfigurations$, () => RecentSnapshotsConfigurations$, () => ThresholdAlertsConfigurations$, () => DashboardCustomizationSummaryConfigurations$]
];
var RegisteredUserDashboardVisualEmbeddingConfiguration$ = [3, n0, _RUDVEC,
    0,
    [_IDVI],
    [() => DashboardVisualId$], 1
];
var RegisteredUserEmbeddingExperienceConfiguration$ = [3, n0, _RUEEC,
    0,
    [_Da, _QSC, _QSB, _DV, _GQA, _QC],
    [() => RegisteredUserDashboardEmbeddingConfiguration$, () => RegisteredUserQuickSightConsoleEmbeddingConfiguration$, () => RegisteredUserQSearchBarEmbeddingConfiguration$, () => RegisteredUserDashboardVisualEmbeddingConfiguration$, () => RegisteredUserGenerativeQnAEmbeddingConfiguration$, () => RegisteredUserQuickChatEmbeddingConfiguration$]
];
var RegisteredUserGenerativeQnAEmbeddingConfiguration$ = [3, n0, _RUGQAEC,
    0,
    [_ITI],
    [0]
];
var RegisteredUserQSearchBarEmbeddingConfiguration$ = [3, n0, _RUQSBEC,
    0,
    [_ITI],
    [0]
];
var RegisteredUserQuickChatEmbeddingConfiguration$ = [3, n0, _RUQCEC,
    0,
    [],
    []
];
var RegisteredUserQuickSightConsoleEmbeddingConfiguration$ = [3, n0, _RUQSCEC,
    0,
    [_IPni, _FC],
    [0, () => RegisteredUserConsoleFeatureConfigurations$]
];
var RegisteredUserSnapshotJobResult$ = [3, n0, _RUSJR,
    0,
    [_FGi],
    [[() => SnapshotJobResultFileGroupList, 0]]
];
var RegisterUserRequest$ = [3, n0, _RUR,
    0,
    [_ITd, _E, _UR, _AAI, _Na, _IAa, _SNe, _UN, _CPN, _ELFPT, _CFPU, _ELI, _Ta],
    [0, 0, 0, [0, 1], [0, 1], 0, 0, 0, 0, 0, 0, 0, () => TagList], 5
];
var RegisterUserResponse$ = [3, n0, _RURe,
    0,
    [_Us, _UIU, _RI, _St],
    [() => User$, 0, 0, [1, 32]]
];
var RelationalTable$ = [3, n0, _RTel,
    0,
    [_DSAa, _N, _IC, _Cata, _Schem],
    [0, 0, () => InputColumnList, 0, 0], 3
];
var RelativeDatesFilter$ = [3, n0, _RDF,
    0,
    [_FIil, _Co, _ADC, _TG, _RDTe, _NO, _MG, _RDV, _PN, _EPC, _DFCC],
    [0, () => ColumnIdentifier$, () => AnchorDateConfiguration$, 0, 0, 0, 0, 1, 0, () => ExcludePeriodConfiguration$, () => DefaultFilterControlConfiguration$], 6
];
var RelativeDateTimeControlDisplayOptions$ = [3, n0, _RDTCDO,
    0,
    [_TO, _DTF, _IILO],
    [() => LabelOptions$, 0, () => SheetControlInfoIconLabelOptions$]
];
var RenameColumnOperation$ = [3, n0, _RCO,
    0,
    [_CN, _NCN],
    [0, 0], 2
];
var RenameColumnsOperation$ = [3, n0, _RCOe,
    0,
    [_Al, _So, _RCOen],
    [0, () => TransformOperationSource$, () => RenameColumnOperationList], 3
];
var ResourcePermission$ = [3, n0, _RPes,
    0,
    [_Prin, _Ac],
    [0, 64 | 0], 2
];
var RestoreAnalysisRequest$ = [3, n0, _RAR,
    0,
    [_AAI, _AIn, _RTF],
    [[0, 1], [0, 1], [2, { [_hQ]: _rtf }]], 2
];
var RestoreAnalysisResponse$ = [3, n0, _RARe,
    0,
    [_St, _A, _AIn, _RI, _RFFA],
    [[1, 32], 0, 0, 0, 64 | 0]
];
var RollingDateConfiguration$ = [3, n0, _RDC,
    0,
    [_Ex, _DSIatae],
    [[() => Expression, 0], 0], 1
];
var RowAlternateColorOptions$ = [3, n0, _RACO,
    0,
    [_St, _RACo, _UPBC],
    [0, 64 | 0, 0]
];
var RowInfo$ = [3, n0, _RIow,
    0,
    [_RIows, _RDo, _TRID],
    [1, 1, 1]
];
var RowLevelPermissionConfiguration$ = [3, n0, _RLPC,
    0,
    [_TCa, _RLPDS],
    [[() => RowLevelPermissionTagConfiguration$, 0], () => RowLevelPermissionDataSet$]
];
var RowLevelPermissionDataSet$ = [3, n0, _RLPDS,
    0,
    [_A, _PPe, _Na, _FVo, _St],
    [0, 0, 0, 0, 0], 2
];
var RowLevelPermissionTagConfiguration$ = [3, n0, _RLPTC,
    0,
    [_TRa, _St, _TRC],
    [[() => RowLevelPermissionTagRuleList, 0], 0, [1, n0, _RLPTRCL, 0, 64 | 0]], 1
];
var RowLevelPermissionTagRule$ = [3, n0, _RLPTR,
    0,
    [_TK, _CN, _TMVD, _MAV],
    [0, 0, 0, [() => SessionTagValue, 0]], 2
];
var S3BucketConfiguration$ = [3, n0, _SBC,
    0,
    [_BNu, _BP, _BRu],
    [0, 0, 0], 3
];
var S3KnowledgeBaseParameters$ = [3, n0, _SKBP,
    0,
    [_BU, _RA, _MFLe],
    [0, 0, 0], 1
];
var S3Parameters$ = [3, n0, _SPa,
    0,
    [_MFL, _RA],
    [() => ManifestFileLocation$, 0], 1
];
var S3Source$ = [3, n0, _SSo,
    0,
    [_DSAa, _IC, _USp],
    [0, () => InputColumnList, () => UploadSettings$], 2
];
var S3TablesParameters$ = [3, n0, _STP,
    0,
    [_TBA],
    [0]
];
var SaaSTable$ = [3, n0, _SST,
    0,
    [_DSAa, _TP, _IC],
    [0, () => TablePathElementList, () => InputColumnList], 3
];
var SameSheetTargetVisualConfiguration$ = [3, n0, _SSTVC,
    0,
    [_TVarg, _TVO],
    [64 | 0, 0]
];
var SankeyDiagramAggregatedFieldWells$ = [3, n0, _SDAFW,
    0,
    [_So, _Des, _Wei],
    [[() => DimensionFieldList, 0], [() => DimensionFieldList, 0], [() => MeasureFieldList, 0]]
];
var SankeyDiagramChartConfiguration$ = [3, n0, _SDCC,
    0,
    [_FW, _SCo, _DL, _I],
    [[() => SankeyDiagramFieldWells$, 0], () => SankeyDiagramSortConfiguration$, [() => DataLabelOptions$, 0], () => VisualInteractionOptions$]
];
var SankeyDiagramFieldWells$ = [3, n0, _SDFW,
    0,
    [_SDAFW],
    [[() => SankeyDiagramAggregatedFieldWells$, 0]]
];
var SankeyDiagramSortConfiguration$ = [3, n0, _SDSC,
    0,
    [_WSe, _SIL, _DIL],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$, () => ItemsLimitConfiguration$]
];
var SankeyDiagramVisual$ = [3, n0, _SDV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => SankeyDiagramChartConfiguration$, 0], [() => VisualCustomActionList, 0], 0], 1
];
var ScatterPlotCategoricallyAggregatedFieldWells$ = [3, n0, _SPCAFW,
    0,
    [_XA, _YA, _Ca, _Si, _Lab],
    [[() => MeasureFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0]]
];
var ScatterPlotConfiguration$ = [3, n0, _SPC,
    0,
    [_FW, _SCo, _XALO, _XADO, _YALO, _YADO, _Le, _DL, _To, _VP, _I],
    [[() => ScatterPlotFieldWells$, 0], () => ScatterPlotSortConfiguration$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => LegendOptions$, [() => DataLabelOptions$, 0], () => TooltipOptions$, [() => VisualPalette$, 0], () => VisualInteractionOptions$]
];
var ScatterPlotFieldWells$ = [3, n0, _SPFW,
    0,
    [_SPCAFW, _SPUFW],
    [[() => ScatterPlotCategoricallyAggregatedFieldWells$, 0], [() => ScatterPlotUnaggregatedFieldWells$, 0]]
];
var ScatterPlotSortConfiguration$ = [3, n0, _SPSC,
    0,
    [_SPLC],
    [() => ItemsLimitConfiguration$]
];
var ScatterPlotUnaggregatedFieldWells$ = [3, n0, _SPUFW,
    0,
    [_XA, _YA, _Si, _Ca, _Lab],
    [[() => DimensionFieldList, 0], [() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0], [() => DimensionFieldList, 0]]
];
var ScatterPlotVisual$ = [3, n0, _SPV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => ScatterPlotConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var ScheduleRefreshOnEntity$ = [3, n0, _SROE,
    0,
    [_DOW, _DOM],
    [0, 0]
];
var SchedulesConfigurations$ = [3, n0, _SCch,
    0,
    [_En],
    [2], 1
];
var ScrollBarOptions$ = [3, n0, _SBO,
    0,
    [_Vi, _VR],
    [0, () => VisibleRangeOptions$]
];
var SearchActionConnectorsRequest$ = [3, n0, _SACR,
    0,
    [_AAI, _Fi, _MR, _NT],
    [[0, 1], () => ActionConnectorSearchFilterList, [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 2
];
var SearchActionConnectorsResponse$ = [3, n0, _SACRe,
    0,
    [_NT, _RI, _St, _ACSc],
    [0, 0, [1, 32], [() => ActionConnectorSummaryList, 0]]
];
var SearchAgentsRequest$ = [3, n0, _SAR,
    0,
    [_AAI, _Fi, _MR, _NT],
    [[0, 1], () => AgentSearchFilterList, [1, { [_hQ]: _mr }], [0, { [_hQ]: _nt }]], 2
];
var SearchAgentsResponse$ = [3, n0, _SARe,
    0,
    [_ASgen, _NT, _RI],
    [() => AgentSummaryList, 0, 0]
];
var SearchAnalysesRequest$ = [3, n0, _SARea,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => AnalysisSearchFilterList, 0, 1], 2
];
var SearchAnalysesResponse$ = [3, n0, _SARear,
    0,
    [_ASL, _NT, _St, _RI],
    [() => AnalysisSummaryList, 0, [1, 32], 0]
];
var SearchAppsFilter$ = [3, n0, _SAF,
    0,
    [_N, _O, _V],
    [0, 0, 0], 3
];
var SearchAppsRequest$ = [3, n0, _SARearc,
    0,
    [_AAI, _Fi, _MR, _NT],
    [[0, 1], () => SearchAppsFilterList, 1, 0], 2
];
var SearchAppsResponse$ = [3, n0, _SARearch,
    0,
    [_ASLp, _NT, _RI],
    [() => AppSummaryList, 0, 0], 1
];
var SearchDashboardsRequest$ = [3, n0, _SDR,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => DashboardSearchFilterList, 0, 1], 2
];
var SearchDashboardsResponse$ = [3, n0, _SDRe,
    0,
    [_DSL, _NT, _St, _RI],
    [() => DashboardSummaryList, 0, [1, 32], 0]
];
var SearchDataSetsRequest$ = [3, n0, _SDSR,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => DataSetSearchFilterList, 0, 1], 2
];
var SearchDataSetsResponse$ = [3, n0, _SDSRe,
    0,
    [_DSSatae, _NT, _St, _RI],
    [() => DataSetSummaryList, 0, [1, 32], 0]
];
var SearchDataSourcesRequest$ = [3, n0, _SDSRea,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => DataSourceSearchFilterList, 0, 1], 2
];
var SearchDataSourcesResponse$ = [3, n0, _SDSRear,
    0,
    [_DSSatao, _NT, _St, _RI],
    [() => DataSourceSummaryList, 0, [1, 32], 0]
];
var SearchFlowsFilter$ = [3, n0, _SFF,
    0,
    [_N, _O, _V],
    [0, 0, 0], 3
];
var SearchFlowsInput$ = [3, n0, _SFIe,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => SearchFlowsFilterList, 0, 1], 2
];
var SearchFlowsOutput$ = [3, n0, _SFOe,
    0,
    [_FSL, _NT, _RI, _St],
    [() => FlowSummaryList, 0, 0, [1, 32]], 1
];
var SearchFoldersRequest$ = [3, n0, _SFR,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => FolderSearchFilterList, 0, 1], 2
];
var SearchFoldersResponse$ = [3, n0, _SFRe,
    0,
    [_St, _FSLo, _NT, _RI],
    [[1, 32], () => FolderSummaryList, 0, 0]
];
var SearchGroupsRequest$ = [3, n0, _SGR,
    0,
    [_AAI, _Na, _Fi, _NT, _MR],
    [[0, 1], [0, 1], () => GroupSearchFilterList, [0, { [_hQ]: _nt }], [1, { [_hQ]: _mr }]], 3
];
var SearchGroupsResponse$ = [3, n0, _SGRe,
    0,
    [_GLr, _NT, _RI, _St],
    [() => GroupList, 0, 0, [1, 32]]
];
var SearchKnowledgeBasesRequest$ = [3, n0, _SKBR,
    0,
    [_AAI, _NT, _MR, _Fi, _SB],
    [[0, 1], 0, 1, () => KnowledgeBaseSearchFilters, () => KnowledgeBaseSortBy$], 1
];
var SearchKnowledgeBasesResponse$ = [3, n0, _SKBRe,
    0,
    [_KBSn, _NT, _RI, _St],
    [[() => KnowledgeBaseSummaries, 0], 0, 0, [1, 32]], 1
];
var SearchSpacesRequest$ = [3, n0, _SSR,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], () => SpaceQuicksightSearchFilters, 0, 1], 2
];
var SearchSpacesResponse$ = [3, n0, _SSRe,
    0,
    [_sI, _SSp, _sA, _NT, _RI],
    [0, [() => SpaceSummaries, 0], 0, 0, 0], 2
];
var SearchTopicsRequest$ = [3, n0, _STR,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], [() => TopicSearchFilterList, 0], 0, 1], 2
];
var SearchTopicsResponse$ = [3, n0, _STRe,
    0,
    [_TSLo, _NT, _St, _RI],
    [() => TopicSummaries, 0, [1, 32], 0]
];
var SearchTopicsV2Request$ = [3, n0, _STVR,
    0,
    [_AAI, _Fi, _NT, _MR],
    [[0, 1], [() => TopicSearchFilterList, 0], 0, 1], 2
];
var SearchTopicsV2Response$ = [3, n0, _STVRe,
    0,
    [_TSLo, _NT, _St, _RI],
    [() => TopicV2Summaries, 0, [1, 32], 0]
];
var SecondaryValueOptions$ = [3, n0, _SVO,
    0,
    [_Vi],
    [0]
];
var SectionAfterPageBreak$ = [3, n0, _SAPB,
    0,
    [_St],
    [0]
];
var SectionBasedLayoutCanvasSizeOptions$ = [3, n0, _SBLCSO,
    0,
    [_PCSO],
    [() => SectionBasedLayoutPaperCanvasSizeOptions$]
];
var SectionBasedLayoutConfiguration$ = [3, n0, _SBLC,
    0,
    [_HS, _BSod, _FSoo, _CSO],
    [[() => HeaderFooterSectionConfigurationList, 0], [() => BodySectionConfigurationList, 0], [() => HeaderFooterSectionConfigurationList, 0], () => SectionBasedLayoutCanvasSizeOptions$], 4
];
var SectionBasedLayoutPaperCanvasSizeOptions$ = [3, n0, _SBLPCSO,
    0,
    [_PSap, _POa, _PMa],
    [0, 0, () => Spacing$]
];
var SectionLayoutConfiguration$ = [3, n0, _SLC,
    0,
    [_FFL],
    [[() => FreeFormSectionLayoutConfiguration$, 0]], 1
];
var SectionPageBreakConfiguration$ = [3, n0, _SPBC,
    0,
    [_Af],
    [() => SectionAfterPageBreak$]
];
var SectionStyle$ = [3, n0, _SSec,
    0,
    [_He, _Pad],
    [0, () => Spacing$]
];
var SelectableValuesSort$ = [3, n0, _SVS,
    0,
    [_Dir],
    [0], 1
];
var SelectedSheetsFilterScopeConfiguration$ = [3, n0, _SSFSC,
    0,
    [_SVSC],
    [() => SheetVisualScopingConfigurations]
];
var SelfUpgradeConfiguration$ = [3, n0, _SUC,
    0,
    [_SUS],
    [0]
];
var SelfUpgradeRequestDetail$ = [3, n0, _SURDe,
    0,
    [_URI, _UN, _OR, _RReq, _RN, _CTr, _RSequ, _lUAT, _lUFR],
    [0, 0, 0, 0, 0, 1, 0, 1, 0]
];
var SemanticEntityType$ = [3, n0, _SET,
    0,
    [_TNy, _STN, _TPy],
    [0, 0, 128 | 0]
];
var SemanticModelConfiguration$ = [3, n0, _SMC,
    0,
    [_TM, _SMe],
    [[() => SemanticTableMap, 0], [() => DataSetSemanticMetadataList, 0]]
];
var SemanticTable$ = [3, n0, _STema,
    0,
    [_Al, _DTI, _RLPC, _SMe],
    [0, 0, [() => RowLevelPermissionConfiguration$, 0], [() => TableSemanticMetadata$, 0]], 2
];
var SemanticType$ = [3, n0, _STem,
    0,
    [_TNy, _STN, _TPy, _TCV, _TCVS, _FCVa, _FCVS],
    [0, 0, 128 | 0, [() => SensitiveString, 0], [() => SensitiveStringList, 0], [() => SensitiveString, 0], [() => SensitiveStringList, 0]]
];
var SeriesItem$ = [3, n0, _SIer,
    0,
    [_FSI, _DFSI],
    [() => FieldSeriesItem$, [() => DataFieldSeriesItem$, 0]]
];
var ServiceAccountCredentials$ = [3, n0, _SAC,
    0,
    [_AAE, _SAPK, _CEl],
    [0, [() => PrivateKey, 0], 0], 3
];
var ServiceNowParameters$ = [3, n0, _SNP,
    0,
    [_SBU],
    [0], 1
];
var SessionTag$ = [3, n0, _STess,
    0,
    [_K, _V],
    [0, [() => SessionTagValue, 0]], 2
];
var SetParameterValueConfiguration$ = [3, n0, _SPVC,
    0,
    [_DPN, _V],
    [0, [() => DestinationParameterValueConfiguration$, 0]], 2
];
var ShapeConditionalFormat$ = [3, n0, _SCF,
    0,
    [_BCa],
    [[() => ConditionalFormattingColor$, 0]], 1
];
var SharedColumnSemanticMetadata$ = [3, n0, _SCSM,
    0,
    [_CPol, _CNo],
    [[() => ColumnSemanticPropertyList, 0], 64 | 0], 1
];
var SharedViewConfigurations$ = [3, n0, _SVC,
    0,
    [_En],
    [2], 1
];
var SharePointClientCredentials$ = [3, n0, _SPCC,
    0,
    [_KKA, _CTe],
    [[() => DataSourceKmsKeyArn, 0], [() => DataSourceCertThumbprint, 0]], 2
];
var SharePointParameters$ = [3, n0, _SPP,
    0,
    [_SPDh, _TIen, _CI, _ATut],
    [0, 0, 0, 0], 1
];
var Sheet$ = [3, n0, _She,
    0,
    [_SIh, _N, _Ima],
    [0, 0, [() => SheetImageList, 0]]
];
var SheetBackgroundStyle$ = [3, n0, _SBSh,
    0,
    [_Colo, _G],
    [0, 0]
];
var SheetControlInfoIconLabelOptions$ = [3, n0, _SCIILO,
    0,
    [_Vi, _IIT],
    [0, 0]
];
var SheetControlLayout$ = [3, n0, _SCL,
    0,
    [_Conf],
    [() => SheetControlLayoutConfiguration$], 1
];
var SheetControlLayoutConfiguration$ = [3, n0, _SCLC,
    0,
    [_GL],
    [() => GridLayoutConfiguration$]
];
var SheetControlsOption$ = [3, n0, _SCO,
    0,
    [_VSis],
    [0]
];
var SheetDefinition$ = [3, n0, _SDhe,
    0,
    [_SIh, _Tit, _D, _N, _PCara, _FCilt, _Visu, _TB, _Ima, _Lay, _SCLh, _CTont, _CAD],
    [0, 0, 0, 0, () => ParameterControlList, () => FilterControlList, [() => VisualList, 0], () => SheetTextBoxList, [() => SheetImageList, 0], [() => LayoutList, 0], () => SheetControlLayoutList, 0, () => VisualCustomActionDefaults$], 1
];
var SheetElementConfigurationOverrides$ = [3, n0, _SECO,
    0,
    [_Vi],
    [0]
];
var SheetElementRenderingRule$ = [3, n0, _SERR,
    0,
    [_Ex, _COon],
    [[() => Expression, 0], () => SheetElementConfigurationOverrides$], 2
];
var SheetImage$ = [3, n0, _SIhee,
    0,
    [_SII, _So, _Scal, _To, _ICAT, _I, _Ac],
    [0, () => SheetImageSource$, () => SheetImageScalingConfiguration$, () => SheetImageTooltipConfiguration$, 0, () => ImageInteractionOptions$, [() => ImageCustomActionList, 0]], 2
];
var SheetImageScalingConfiguration$ = [3, n0, _SISC,
    0,
    [_STca],
    [0]
];
var SheetImageSource$ = [3, n0, _SIS,
    0,
    [_SISFS],
    [() => SheetImageStaticFileSource$]
];
var SheetImageStaticFileSource$ = [3, n0, _SISFS,
    0,
    [_SFIt],
    [0], 1
];
var SheetImageTooltipConfiguration$ = [3, n0, _SITC,
    0,
    [_TTo, _Vi],
    [() => SheetImageTooltipText$, 0]
];
var SheetImageTooltipText$ = [3, n0, _SITT,
    0,
    [_PT],
    [0]
];
var SheetLayoutElementMaximizationOption$ = [3, n0, _SLEMO,
    0,
    [_ASv],
    [0]
];
var SheetLayoutGroup$ = [3, n0, _SLG,
    0,
    [_Id_, _Mem],
    [0, () => SheetLayoutGroupMemberList], 2
];
var SheetLayoutGroupMember$ = [3, n0, _SLGM,
    0,
    [_Id_, _T],
    [0, 0], 2
];
var SheetStyle$ = [3, n0, _SShe,
    0,
    [_Til, _TL, _Bac],
    [() => TileStyle$, () => TileLayoutStyle$, () => SheetBackgroundStyle$]
];
var SheetTextBox$ = [3, n0, _STB,
    0,
    [_STBI, _Con, _I],
    [0, 0, () => TextBoxInteractionOptions$], 1
];
var SheetTooltip$ = [3, n0, _STh,
    0,
    [_SIh],
    [0]
];
var SheetVisualScopingConfiguration$ = [3, n0, _SVSCh,
    0,
    [_SIh, _Sco, _VIi],
    [0, 0, 64 | 0], 2
];
var ShortFormatText$ = [3, n0, _SFT,
    0,
    [_PT, _RTi],
    [0, 0]
];
var SignupResponse$ = [3, n0, _SRi,
    0,
    [_IAMU, _uLN, _aN, _dT],
    [2, 0, 0, 0]
];
var SimpleClusterMarker$ = [3, n0, _SCM,
    0,
    [_Colo],
    [0]
];
var SingleAxisOptions$ = [3, n0, _SAO,
    0,
    [_YAO],
    [() => YAxisOptions$]
];
var SliderControlDisplayOptions$ = [3, n0, _SCDO,
    0,
    [_TO, _IILO],
    [() => LabelOptions$, () => SheetControlInfoIconLabelOptions$]
];
var Slot$ = [3, n0, _Slo,
    0,
    [_SIl, _VI],
    [0, 0]
];
var SmallMultiplesAxisProperties$ = [3, n0, _SMAP,
    0,
    [_Sca, _Pla],
    [0, 0]
];
var SmallMultiplesOptions$ = [3, n0, _SMO,
    0,
    [_MVR, _MVC, _PCa, _XA, _YA],
    [1, 1, () => PanelConfiguration$, () => SmallMultiplesAxisProperties$, () => SmallMultiplesAxisProperties$]
];
var SnapshotAnonymousUser$ = [3, n0, _SAU,
    0,
    [_RLPT],
    [[() => SessionTagList, 0]]
];
var SnapshotAnonymousUserRedacted$ = [3, n0, _SAUR,
    0,
    [_RLPTK],
    [64 | 0]
];
var SnapshotConfiguration$ = [3, n0, _SCn,
    0,
    [_FGi, _DCes, _Par],
    [() => SnapshotFileGroupList, () => SnapshotDestinationConfiguration$, [() => _Parameters$, 0]], 1
];
var SnapshotDestinationConfiguration$ = [3, n0, _SDC,
    0,
    [_SDes],
    [() => SnapshotS3DestinationConfigurationList]
];
var SnapshotFile$ = [3, n0, _SFn,
    0,
    [_SShee, _FTo],
    [() => SnapshotFileSheetSelectionList, 0], 2
];
var SnapshotFileGroup$ = [3, n0, _SFG,
    0,
    [_File],
    [() => SnapshotFileList]
];
var SnapshotFileSheetSelection$ = [3, n0, _SFSS,
    0,
    [_SIh, _SSele, _VIi],
    [0, 0, 64 | 0], 2
];
var SnapshotJobErrorInfo$ = [3, n0, _SJEI,
    0,
    [_EM, _ETr],
    [0, 0]
];
var SnapshotJobResult$ = [3, n0, _SJR,
    0,
    [_AU, _RUe],
    [[() => AnonymousUserSnapshotJobResultList, 0], [() => RegisteredUserSnapshotJobResultList, 0]]
];
var SnapshotJobResultErrorInfo$ = [3, n0, _SJREI,
    0,
    [_EM, _ETr],
    [0, 0]
];
var SnapshotJobResultFileGroup$ = [3, n0, _SJRFG,
    0,
    [_File, _SRe],
    [() => SnapshotFileList, [() => SnapshotJobS3ResultList, 0]]
];
var SnapshotJobS3Result$ = [3, n0, _SJSR,
    0,
    [_SDCe, _SU, _EI],
    [() => SnapshotS3DestinationConfiguration$, [() => SensitiveS3Uri, 0], () => SnapshotJobResultErrorInfoList]
];
var SnapshotS3DestinationConfiguration$ = [3, n0, _SSDC,
    0,
    [_BCu],
    [() => S3BucketConfiguration$], 1
];
var SnapshotUserConfiguration$ = [3, n0, _SUCn,
    0,
    [_AU],
    [[() => SnapshotAnonymousUserList, 0]]
];
var SnapshotUserConfigurationRedacted$ = [3, n0, _SUCR,
    0,
    [_AU],
    [() => SnapshotAnonymousUserRedactedList]
];
var SnowflakeParameters$ = [3, n0, _SPn,
    0,
    [_H, _Dat, _Ware, _AT, _DACRa, _OAP],
    [0, 0, 0, 0, 0, () => OAuthParameters$], 3
];
var SourceTable$ = [3, n0, _STou,
    0,
    [_PTI, _DSata],
    [0, () => ParentDataSet$]
];
var SpaceContributor$ = [3, n0, _SCp,
    0,
    [_rFSB, _uN, _pe],
    [1, 0, 1], 1
];
var SpaceDetails$ = [3, n0, _SDpa,
    0,
    [_na, _d, _re, _cA, _uAp, _cSS, _cSDC, _cB, _cBA],
    [0, [() => SpaceDescription, 0], () => SpaceQuickSightResources, 4, 4, 1, 1, 0, 0]
];
var SpaceQuickSightResource$ = [3, n0, _SQSR,
    0,
    [_rTe, _rD],
    [0, () => SpaceQuickSightResourceDetails$], 2
];
var SpaceQuicksightSearchFilter$ = [3, n0, _SQSF,
    0,
    [_na, _o, _v],
    [0, 0, 0], 3
];
var SpaceResourceOperation$ = [3, n0, _SRO,
    0,
    [_RT, _RDes],
    [0, () => SpaceQuickSightResourceDetails$], 2
];
var SpaceResourceSummary$ = [3, n0, _SRS,
    0,
    [_RT, _RDes, _RNe, _UA],
    [0, () => SpaceQuickSightResourceDetails$, 0, 4], 2
];
var SpaceSummary$ = [3, n0, _SSpa,
    0,
    [_sI, _sA, _na, _d, _uAp, _cSS, _cSDC, _cA, _cB, _cBA, _rC],
    [0, 0, 0, [() => SpaceDescription, 0], 4, 1, 1, 4, 0, 0, 1], 1
];
var Spacing$ = [3, n0, _Spac,
    0,
    [_Top_, _Bot, _Lef, _Ri],
    [0, 0, 0, 0]
];
var SparklinesOptions$ = [3, n0, _SOpa,
    0,
    [_FIi, _XAF, _YAB, _VTi, _LCi, _LIi, _APM, _MVM, _MVMi],
    [0, [() => DimensionField$, 0], 0, 0, 0, 0, () => LineChartMarkerStyleSettings$, () => LineChartMarkerStyleSettings$, () => LineChartMarkerStyleSettings$], 2
];
var SparkParameters$ = [3, n0, _SPp,
    0,
    [_H, _Po],
    [0, 1], 2
];
var SpatialStaticFile$ = [3, n0, _SSF,
    0,
    [_SFIt, _So],
    [0, () => StaticFileSource$], 1
];
var SqlServerParameters$ = [3, n0, _SSP,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var SslProperties$ = [3, n0, _SPs,
    0,
    [_DSi],
    [2]
];
var StarburstParameters$ = [3, n0, _SPtar,
    0,
    [_H, _Po, _Cata, _PTro, _DACRa, _AT, _OAP],
    [0, 1, 0, 0, 0, 0, () => OAuthParameters$], 3
];
var StartAssetBundleExportJobRequest$ = [3, n0, _SABEJR,
    0,
    [_AAI, _ABEJI, _RAes, _EFx, _IAD, _CFOPC, _IP, _IT, _VSa, _IFM, _IFMn],
    [[0, 1], 0, 64 | 0, 0, 2, () => AssetBundleCloudFormationOverridePropertyConfiguration$, 2, 2, () => AssetBundleExportJobValidationStrategy$, 2, 0], 4
];
var StartAssetBundleExportJobResponse$ = [3, n0, _SABEJRt,
    0,
    [_A, _ABEJI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var StartAssetBundleImportJobRequest$ = [3, n0, _SABIJR,
    0,
    [_AAI, _ABIJI, _ABIS, _OP, _FA, _OPv, _OT, _OVS],
    [[0, 1], 0, [() => AssetBundleImportSource$, 0], [() => AssetBundleImportJobOverrideParameters$, 0], 0, () => AssetBundleImportJobOverridePermissions$, () => AssetBundleImportJobOverrideTags$, () => AssetBundleImportJobOverrideValidationStrategy$], 3
];
var StartAssetBundleImportJobResponse$ = [3, n0, _SABIJRt,
    0,
    [_A, _ABIJI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var StartAutomationJobRequest$ = [3, n0, _SAJR,
    0,
    [_AAI, _AGI, _AIu, _IPn],
    [[0, 1], [0, 1], [0, 1], [() => SensitiveIOPayload, 0]], 3
];
var StartAutomationJobResponse$ = [3, n0, _SAJRt,
    0,
    [_A, _JI, _St, _RI],
    [0, 0, [1, 32], 0], 2
];
var StartDashboardSnapshotJobRequest$ = [3, n0, _SDSJR,
    0,
    [_AAI, _DI, _SJI, _SCn, _UC],
    [[0, 1], [0, 1], 0, [() => SnapshotConfiguration$, 0], [() => SnapshotUserConfiguration$, 0]], 4
];
var StartDashboardSnapshotJobResponse$ = [3, n0, _SDSJRt,
    0,
    [_A, _SJI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var StartDashboardSnapshotJobScheduleRequest$ = [3, n0, _SDSJSR,
    0,
    [_AAI, _DI, _SI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var StartDashboardSnapshotJobScheduleResponse$ = [3, n0, _SDSJSRt,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var StatePersistenceConfigurations$ = [3, n0, _SPCt,
    0,
    [_En],
    [2], 1
];
var StaticFile$ = [3, n0, _SFt,
    0,
    [_ISF, _SSF],
    [() => ImageStaticFile$, () => SpatialStaticFile$]
];
var StaticFileS3SourceOptions$ = [3, n0, _SFSSO,
    0,
    [_BNu, _OK, _Reg],
    [0, 0, 0], 3
];
var StaticFileSource$ = [3, n0, _SFS,
    0,
    [_UOr, _SOpt],
    [() => StaticFileUrlSourceOptions$, () => StaticFileS3SourceOptions$]
];
var StaticFileUrlSourceOptions$ = [3, n0, _SFUSO,
    0,
    [_Ur],
    [0], 1
];
var StepAliasMapping$ = [3, n0, _SAM,
    0,
    [_SIt, _SAtep],
    [0, 0], 2
];
var StringDatasetParameter$ = [3, n0, _SDP,
    0,
    [_Id_, _N, _VTa, _DVef],
    [0, 0, 0, () => StringDatasetParameterDefaultValues$], 3
];
var StringDatasetParameterDefaultValues$ = [3, n0, _SDPDV,
    0,
    [_SVtat],
    [64 | 0]
];
var StringDefaultValues$ = [3, n0, _SDVt,
    0,
    [_DVy, _SVtat],
    [() => DynamicDefaultValue$, [() => StringDefaultValueList, 0]]
];
var StringFormatConfiguration$ = [3, n0, _SFCtr,
    0,
    [_NVFC, _NFC],
    [[() => NullValueFormatConfiguration$, 0], [() => NumericFormatConfiguration$, 0]]
];
var StringParameter$ = [3, n0, _SPtr,
    0,
    [_N, _Va],
    [0, [() => SensitiveStringList, 0]], 2
];
var StringParameterDeclaration$ = [3, n0, _SPD,
    0,
    [_PVT, _N, _DVef, _VWU, _MDSP],
    [0, 0, [() => StringDefaultValues$, 0], [() => StringValueWhenUnsetConfiguration$, 0], () => MappedDataSetParameters], 2
];
var StringValueWhenUnsetConfiguration$ = [3, n0, _SVWUC,
    0,
    [_VWUO, _CVus],
    [0, [() => SensitiveString, 0]]
];
var SubtotalOptions$ = [3, n0, _SOu,
    0,
    [_TVo, _CL, _FL, _FLO, _TCS, _VCS, _MHCS, _STty],
    [0, 0, 0, () => PivotTableFieldSubtotalOptionsList, () => TableCellStyle$, () => TableCellStyle$, () => TableCellStyle$, () => TableStyleTargetList]
];
var SucceededTopicReviewedAnswer$ = [3, n0, _STRA,
    0,
    [_AInsw],
    [0]
];
var SuccessfulKeyRegistrationEntry$ = [3, n0, _SKRE,
    0,
    [_KA, _SCt],
    [0, 1], 2
];
var TableAggregatedFieldWells$ = [3, n0, _TAFW,
    0,
    [_GB, _Va],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0]]
];
var TableBorderOptions$ = [3, n0, _TBO,
    0,
    [_Colo, _Thi, _Sty],
    [0, 1, 0]
];
var TableCellConditionalFormatting$ = [3, n0, _TCCF,
    0,
    [_FIi, _TFex],
    [0, [() => TextConditionalFormat$, 0]], 1
];
var TableCellImageSizingConfiguration$ = [3, n0, _TCISC,
    0,
    [_TCISCa],
    [0]
];
var TableCellStyle$ = [3, n0, _TCSa,
    0,
    [_Vi, _FCo, _TW, _HTA, _VTA, _BCa, _He, _Bor],
    [0, () => FontConfiguration$, 0, 0, 0, 0, 1, () => GlobalTableBorderOptions$]
];
var TableConditionalFormatting$ = [3, n0, _TCF,
    0,
    [_CFO],
    [[() => TableConditionalFormattingOptionList, 0]]
];
var TableConditionalFormattingOption$ = [3, n0, _TCFO,
    0,
    [_Ce, _Row_],
    [[() => TableCellConditionalFormatting$, 0], [() => TableRowConditionalFormatting$, 0]]
];
var TableConfiguration$ = [3, n0, _TCab,
    0,
    [_FW, _SCo, _TOa, _TOot, _FOie, _PRO, _TIV, _To, _DCVO, _I],
    [[() => TableFieldWells$, 0], () => TableSortConfiguration$, () => TableOptions$, () => TotalOptions$, () => TableFieldOptions$, () => TablePaginatedReportOptions$, [() => TableInlineVisualizationList, 0], () => TooltipOptions$, () => DashboardCustomizationVisualOptions$, () => VisualInteractionOptions$]
];
var TableFieldCustomIconContent$ = [3, n0, _TFCIC,
    0,
    [_Ic],
    [0]
];
var TableFieldCustomTextContent$ = [3, n0, _TFCTC,
    0,
    [_FCo, _V],
    [() => FontConfiguration$, 0], 1
];
var TableFieldImageConfiguration$ = [3, n0, _TFIC,
    0,
    [_SOi],
    [() => TableCellImageSizingConfiguration$]
];
var TableFieldLinkConfiguration$ = [3, n0, _TFLC,
    0,
    [_Tar, _Con],
    [0, () => TableFieldLinkContentConfiguration$], 2
];
var TableFieldLinkContentConfiguration$ = [3, n0, _TFLCC,
    0,
    [_CTC, _CIC],
    [() => TableFieldCustomTextContent$, () => TableFieldCustomIconContent$]
];
var TableFieldOption$ = [3, n0, _TFO,
    0,
    [_FIi, _W, _CL, _Vi, _URLS],
    [0, 0, 0, 0, () => TableFieldURLConfiguration$], 1
];
var TableFieldOptions$ = [3, n0, _TFOa,
    0,
    [_SFO, _Ord, _PFO, _TTO],
    [() => TableFieldOptionList, 64 | 0, () => TablePinnedFieldOptions$, () => TransposedTableOptionList]
];
var TableFieldURLConfiguration$ = [3, n0, _TFURLC,
    0,
    [_LCin, _ICm],
    [() => TableFieldLinkConfiguration$, () => TableFieldImageConfiguration$]
];
var TableFieldWells$ = [3, n0, _TFW,
    0,
    [_TAFW, _TUFW],
    [[() => TableAggregatedFieldWells$, 0], [() => TableUnaggregatedFieldWells$, 0]]
];
var TableInlineVisualization$ = [3, n0, _TIVa,
    0,
    [_DB, _Spark],
    [() => DataBarsOptions$, [() => SparklinesOptions$, 0]]
];
var TableOptions$ = [3, n0, _TOa,
    0,
    [_Or, _HSe, _CSe, _RACO],
    [0, () => TableCellStyle$, () => TableCellStyle$, () => RowAlternateColorOptions$]
];
var TablePaginatedReportOptions$ = [3, n0, _TPRO,
    0,
    [_VOV, _OCHV],
    [0, 0]
];
var TablePathElement$ = [3, n0, _TPEa,
    0,
    [_N, _Id_],
    [0, 0]
];
var TablePinnedFieldOptions$ = [3, n0, _TPFO,
    0,
    [_PLF],
    [64 | 0]
];
var TableRowConditionalFormatting$ = [3, n0, _TRCF,
    0,
    [_BCa, _TC],
    [[() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingColor$, 0]]
];
var TableSemanticMetadata$ = [3, n0, _TSMa,
    0,
    [_CMol],
    [[() => SharedColumnSemanticMetadataList, 0]]
];
var TableSideBorderOptions$ = [3, n0, _TSBO,
    0,
    [_IVnn, _IHn, _Lef, _Ri, _Top_, _Bot],
    [() => TableBorderOptions$, () => TableBorderOptions$, () => TableBorderOptions$, () => TableBorderOptions$, () => TableBorderOptions$, () => TableBorderOptions$]
];
var TableSortConfiguration$ = [3, n0, _TSC,
    0,
    [_RSow, _PC],
    [() => RowSortList, () => PaginationConfiguration$]
];
var TableStyleTarget$ = [3, n0, _TST,
    0,
    [_CTel],
    [0], 1
];
var TableUnaggregatedFieldWells$ = [3, n0, _TUFW,
    0,
    [_Va],
    [[() => TableUnaggregatedFieldList, 0]]
];
var TableVisual$ = [3, n0, _TVab,
    0,
    [_VI, _Tit, _Su, _CCh, _CFon, _Ac, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => TableConfiguration$, 0], [() => TableConditionalFormatting$, 0], [() => VisualCustomActionList, 0], 0], 1
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0], 2
];
var TagColumnOperation$ = [3, n0, _TCO,
    0,
    [_CN, _Ta],
    [0, [() => ColumnTagList, 0]], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RAeso, _Ta],
    [[0, 1], () => TagList], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var Template$ = [3, n0, _Tem,
    0,
    [_A, _N, _Ve, _TIe, _LUT, _CT],
    [0, 0, [() => TemplateVersion$, 0], 0, 4, 4]
];
var TemplateAlias$ = [3, n0, _TAem,
    0,
    [_ANl, _A, _TVN],
    [0, 0, 1]
];
var TemplateError$ = [3, n0, _TEe,
    0,
    [_T, _M, _VE],
    [0, 0, () => EntityList]
];
var TemplateSourceAnalysis$ = [3, n0, _TSA,
    0,
    [_A, _DSR, _TR],
    [0, () => DataSetReferenceList, () => TopicReferenceList], 2
];
var TemplateSourceEntity$ = [3, n0, _TSE,
    0,
    [_SAou, _STo],
    [() => TemplateSourceAnalysis$, () => TemplateSourceTemplate$]
];
var TemplateSourceTemplate$ = [3, n0, _TSTe,
    0,
    [_A],
    [0], 1
];
var TemplateSummary$ = [3, n0, _TSe,
    0,
    [_A, _TIe, _N, _LVN, _CT, _LUT],
    [0, 0, 0, 1, 4, 4]
];
var TemplateVersion$ = [3, n0, _TVe,
    0,
    [_CT, _Err, _VN, _St, _DSCatae, _TCo, _D, _SEA, _TAh, _Sh],
    [4, () => TemplateErrorList, 1, 0, () => DataSetConfigurationList, () => TopicConfigurationList, 0, 0, 0, [() => SheetList, 0]]
];
var TemplateVersionDefinition$ = [3, n0, _TVD,
    0,
    [_DSCatae, _TCo, _Sh, _TS, _CF, _PD, _FG, _CC, _AD, _Op, _QEO, _SF],
    [() => DataSetConfigurationList, () => TopicConfigurationList, [() => SheetDefinitionList, 0], [() => TooltipSheetDefinitionList, 0], [() => CalculatedFields, 0], [() => ParameterDeclarationList, 0], [() => FilterGroupList, 0], [() => ColumnConfigurationList, 0], () => AnalysisDefaults$, () => AssetOptions$, () => QueryExecutionOptions$, () => StaticFileList], 1
];
var TemplateVersionSummary$ = [3, n0, _TVS,
    0,
    [_A, _VN, _CT, _St, _D],
    [0, 1, 4, 0, 0]
];
var TeradataParameters$ = [3, n0, _TPe,
    0,
    [_H, _Po, _Dat],
    [0, 1, 0], 3
];
var TextAreaControlDisplayOptions$ = [3, n0, _TACDO,
    0,
    [_TO, _POl, _IILO],
    [() => LabelOptions$, () => TextControlPlaceholderOptions$, () => SheetControlInfoIconLabelOptions$]
];
var TextBoxInteractionOptions$ = [3, n0, _TBIO,
    0,
    [_TBMO],
    [() => TextBoxMenuOption$]
];
var TextBoxMenuOption$ = [3, n0, _TBMO,
    0,
    [_ASv],
    [0]
];
var TextConditionalFormat$ = [3, n0, _TCFe,
    0,
    [_BCa, _TC, _Ic],
    [[() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingColor$, 0], [() => ConditionalFormattingIcon$, 0]]
];
var TextControlPlaceholderOptions$ = [3, n0, _TCPO,
    0,
    [_Vi],
    [0]
];
var TextFieldControlDisplayOptions$ = [3, n0, _TFCDO,
    0,
    [_TO, _POl, _IILO],
    [() => LabelOptions$, () => TextControlPlaceholderOptions$, () => SheetControlInfoIconLabelOptions$]
];
var Theme$ = [3, n0, _The,
    0,
    [_A, _N, _TI, _Ve, _CT, _LUT, _T],
    [0, 0, 0, () => ThemeVersion$, 4, 4, 0]
];
var ThemeAlias$ = [3, n0, _TAhe,
    0,
    [_A, _ANl, _TVNh],
    [0, 0, 1]
];
var ThemeConfiguration$ = [3, n0, _TCh,
    0,
    [_DCP, _UICP, _She, _Ty],
    [() => DataColorPalette$, () => UIColorPalette$, () => SheetStyle$, () => Typography$]
];
var ThemeError$ = [3, n0, _TEh,
    0,
    [_T, _M],
    [0, 0]
];
var ThemeSummary$ = [3, n0, _TShe,
    0,
    [_A, _N, _TI, _LVN, _CT, _LUT],
    [0, 0, 0, 1, 4, 4]
];
var ThemeVersion$ = [3, n0, _TVh,
    0,
    [_VN, _A, _D, _BTI, _CT, _Conf, _Err, _St],
    [1, 0, 0, 0, 4, () => ThemeConfiguration$, () => ThemeErrorList, 0]
];
var ThemeVersionSummary$ = [3, n0, _TVSh,
    0,
    [_VN, _A, _D, _CT, _St],
    [1, 0, 0, 4, 0]
];
var ThousandSeparatorOptions$ = [3, n0, _TSO,
    0,
    [_Sym, _Vi, _GSro],
    [0, 0, 0]
];
var ThresholdAlertsConfigurations$ = [3, n0, _TAC,
    0,
    [_En],
    [2], 1
];
var TileLayoutStyle$ = [3, n0, _TLS,
    0,
    [_Gu, _Mar],
    [() => GutterStyle$, () => MarginStyle$]
];
var TileStyle$ = [3, n0, _TSi,
    0,
    [_BCa, _Bor, _BR, _Pad],
    [0, () => BorderStyle$, 0, 0]
];
var TimeBasedForecastProperties$ = [3, n0, _TBFP,
    0,
    [_PFe, _PB, _UB, _LB, _PIre, _Sea],
    [1, 1, 1, 1, 1, 1]
];
var TimeEqualityFilter$ = [3, n0, _TEF,
    0,
    [_FIil, _Co, _V, _PN, _TG, _RD, _DFCC],
    [0, () => ColumnIdentifier$, 4, 0, 0, [() => RollingDateConfiguration$, 0], () => DefaultFilterControlConfiguration$], 2
];
var TimeRangeDrillDownFilter$ = [3, n0, _TRDDF,
    0,
    [_Co, _RM, _RMa, _TG],
    [() => ColumnIdentifier$, 4, 4, 0], 4
];
var TimeRangeFilter$ = [3, n0, _TRF,
    0,
    [_FIil, _Co, _NO, _IMn, _IMnc, _RMV, _RMVa, _EPC, _TG, _DFCC],
    [0, () => ColumnIdentifier$, 0, 2, 2, [() => TimeRangeFilterValue$, 0], [() => TimeRangeFilterValue$, 0], () => ExcludePeriodConfiguration$, 0, () => DefaultFilterControlConfiguration$], 3
];
var TimeRangeFilterValue$ = [3, n0, _TRFV,
    0,
    [_SVta, _RD, _Para],
    [4, [() => RollingDateConfiguration$, 0], 0]
];
var TooltipItem$ = [3, n0, _TIoo,
    0,
    [_FTI, _CTI],
    [() => FieldTooltipItem$, () => ColumnTooltipItem$]
];
var TooltipOptions$ = [3, n0, _TOo,
    0,
    [_TVoo, _STT, _FBT, _STh],
    [0, 0, () => FieldBasedTooltip$, () => SheetTooltip$]
];
var TooltipSheetDefinition$ = [3, n0, _TSD,
    0,
    [_SIh, _N, _Visu, _TB, _Ima, _Lay],
    [0, 0, [() => TooltipSheetVisualList, 0], () => TooltipSheetTextBoxList, [() => TooltipSheetImageList, 0], [() => LayoutList, 0]], 1
];
var TopBottomFilter$ = [3, n0, _TBF,
    0,
    [_FIil, _Co, _ASCg, _Li, _TG, _PN, _DFCC],
    [0, () => ColumnIdentifier$, () => AggregationSortConfigurationList, 1, 0, 0, () => DefaultFilterControlConfiguration$], 3
];
var TopBottomMoversComputation$ = [3, n0, _TBMC,
    0,
    [_CIom, _T, _N, _Tim, _Ca, _V, _MSo, _SOo],
    [0, 0, 0, [() => DimensionField$, 0], [() => DimensionField$, 0], [() => MeasureField$, 0], 1, 0], 2
];
var TopBottomRankedComputation$ = [3, n0, _TBRC,
    0,
    [_CIom, _T, _N, _Ca, _V, _RSesu],
    [0, 0, 0, [() => DimensionField$, 0], [() => MeasureField$, 0], 1], 2
];
var TopicCalculatedField$ = [3, n0, _TCFo,
    0,
    [_CFN, _Ex, _CFD, _CFS, _IIIT, _DIis, _CDRo, _TG, _DFe, _Agg, _CO, _STem, _AAl, _NAA, _NAIF, _CVSe, _NAo],
    [[() => LimitedSensitiveString, 0], [() => Expression, 0], [() => DescriptionSensitiveString, 0], [() => Synonyms, 0], 2, 2, 0, 0, () => DefaultFormatting$, 0, () => ComparativeOrder$, [() => SemanticType$, 0], 64 | 0, 64 | 0, 2, [() => CellValueSynonyms, 0], 2], 2
];
var TopicCategoryFilter$ = [3, n0, _TCFop,
    0,
    [_CFF, _CFTa, _Cons, _Inv, _NFu],
    [0, 0, [() => TopicCategoryFilterConstant$, 0], 2, 0]
];
var TopicCategoryFilterConstant$ = [3, n0, _TCFC,
    8,
    [_CTo, _SCi, _CCo],
    [0, [() => LimitedSensitiveString, 0], () => CollectiveConstant$]
];
var TopicColumn$ = [3, n0, _TCop,
    0,
    [_CN, _CFNo, _CD, _CSolumny, _CDRo, _Agg, _IIIT, _DIis, _CO, _STem, _TG, _AAl, _NAA, _DFe, _NAIF, _CVSe, _NAo],
    [0, [() => LimitedSensitiveString, 0], [() => DescriptionSensitiveString, 0], [() => Synonyms, 0], 0, 0, 2, 2, () => ComparativeOrder$, [() => SemanticType$, 0], 0, 64 | 0, 64 | 0, () => DefaultFormatting$, 2, [() => CellValueSynonyms, 0], 2], 1
];
var TopicConfigOptions$ = [3, n0, _TCOo,
    0,
    [_QBIE],
    [2]
];
var TopicConfiguration$ = [3, n0, _TCopi,
    0,
    [_Pl, _DSSa, _CGSL],
    [0, () => DataSetSchema$, () => ColumnGroupSchemaList]
];
var TopicConstantValue$ = [3, n0, _TCVo,
    0,
    [_CTo, _V, _Min, _Max, _VL],
    [0, 0, 0, 0, () => CollectiveConstantEntryList]
];
var TopicDateRangeFilter$ = [3, n0, _TDRF,
    0,
    [_Inc, _Cons, _NFu],
    [2, [() => TopicRangeFilterConstant$, 0], 0]
];
var TopicDetails$ = [3, n0, _TD,
    0,
    [_N, _D, _UEV, _DSat, _COonf],
    [0, 0, 0, [() => Datasets, 0], () => TopicConfigOptions$]
];
var TopicFilter$ = [3, n0, _TFo,
    0,
    [_FNil, _OFN, _FDi, _FCilte, _FSilt, _FTi, _CFat, _NEF, _NRF, _DRF, _RDFe, _NFu],
    [0, 0, [() => DescriptionSensitiveString, 0], 0, [() => Synonyms, 0], 0, [() => TopicCategoryFilter$, 0], [() => TopicNumericEqualityFilter$, 0], [() => TopicNumericRangeFilter$, 0], [() => TopicDateRangeFilter$, 0], [() => TopicRelativeDateFilter$, 0], [() => TopicNullFilter$, 0]], 2
];
var TopicIdentifierDeclaration$ = [3, n0, _TIDo,
    0,
    [_Iden, _TAo],
    [0, 0], 2
];
var TopicIR$ = [3, n0, _TIR,
    0,
    [_Metr, _GBL, _Fi, _Sor, _CAon, _Visua],
    [[() => TopicIRMetricList, 0], () => TopicIRGroupByList, () => TopicIRFilterList, () => TopicSortClause$, () => TopicIRContributionAnalysis$, () => VisualOptions$]
];
var TopicIRComparisonMethod$ = [3, n0, _TIRCM,
    0,
    [_T, _Pe, _WSi],
    [0, 0, 1]
];
var TopicIRContributionAnalysis$ = [3, n0, _TIRCA,
    0,
    [_Fac, _TRi, _Dir, _STor],
    [() => ContributionAnalysisFactorsList, () => ContributionAnalysisTimeRanges$, 0, 0]
];
var TopicIRFilterOption$ = [3, n0, _TIRFO,
    0,
    [_FTi, _FCilte, _OF, _Fu, _Cons, _Inv, _NFu, _Agg, _AFP, _APB, _R, _Inc, _TG, _LNO, _AMg, _TBL, _SDo, _Anc],
    [0, 0, () => Identifier$, 0, () => TopicConstantValue$, 2, 0, 0, 128 | 0, () => AggregationPartitionByList, () => TopicConstantValue$, 2, 0, () => TopicConstantValue$, () => FilterAggMetricsList, () => TopicConstantValue$, 0, () => Anchor$]
];
var TopicIRGroupBy$ = [3, n0, _TIRGB,
    0,
    [_FN, _TG, _Sor, _DFi, _DFO, _NEame],
    [() => Identifier$, 0, () => TopicSortClause$, 0, () => DisplayFormatOptions$, () => NamedEntityRef$]
];
var TopicIRMetric$ = [3, n0, _TIRM,
    0,
    [_MIe, _Fu, _Ope, _CMo, _Ex, _CFRa, _DFi, _DFO, _NEame],
    [() => Identifier$, () => AggFunction$, () => OperandList, () => TopicIRComparisonMethod$, [() => Expression, 0], () => CalculatedFieldReferenceList, 0, () => DisplayFormatOptions$, () => NamedEntityRef$]
];
var TopicNamedEntity$ = [3, n0, _TNE,
    0,
    [_EN, _ED, _ESn, _SET, _Def, _Sor, _ROa, _PO],
    [0, [() => DescriptionSensitiveString, 0], [() => Synonyms, 0], () => SemanticEntityType$, () => NamedEntityDefinitions, () => NamedEntitySortList, 1, 1], 1
];
var TopicNullFilter$ = [3, n0, _TNF,
    0,
    [_NFT, _Cons, _Inv],
    [0, [() => TopicSingularFilterConstant$, 0], 2]
];
var TopicNumericEqualityFilter$ = [3, n0, _TNEF,
    0,
    [_Cons, _Agg, _Inv, _NFu],
    [[() => TopicSingularFilterConstant$, 0], 0, 2, 0]
];
var TopicNumericRangeFilter$ = [3, n0, _TNRF,
    0,
    [_Inc, _Cons, _Agg, _Inv, _NFu],
    [2, [() => TopicRangeFilterConstant$, 0], 0, 2, 0]
];
var TopicRangeFilterConstant$ = [3, n0, _TRFC,
    8,
    [_CTo, _RCa],
    [0, [() => RangeConstant$, 0]]
];
var TopicReference$ = [3, n0, _TRo,
    0,
    [_TPo, _TAo],
    [0, 0], 2
];
var TopicRefreshDetails$ = [3, n0, _TRD,
    0,
    [_RAe, _RIe, _RSef],
    [0, 0, 0]
];
var TopicRefreshSchedule$ = [3, n0, _TRS,
    0,
    [_IE, _BOSS, _SAtar, _Ti, _RAep, _TSTo],
    [2, 2, 4, 0, 0, 0], 2
];
var TopicRefreshScheduleSummary$ = [3, n0, _TRSS,
    0,
    [_DIat, _DAa, _DNa, _RSe],
    [0, 0, 0, () => TopicRefreshSchedule$]
];
var TopicRelativeDateFilter$ = [3, n0, _TRDF,
    0,
    [_TG, _RDFF, _Cons, _NFu],
    [0, 0, [() => TopicSingularFilterConstant$, 0], 0]
];
var TopicReviewedAnswer$ = [3, n0, _TRA,
    0,
    [_AInsw, _DAa, _Q, _A, _Mir, _PV, _Tem],
    [0, 0, [() => LimitedSensitiveString, 0], 0, [() => TopicIR$, 0], [() => TopicVisual$, 0], () => TopicTemplate$], 3
];
var TopicSearchFilter$ = [3, n0, _TSF,
    0,
    [_O, _N, _V],
    [0, 0, [() => SensitiveString, 0]], 3
];
var TopicSingularFilterConstant$ = [3, n0, _TSFC,
    8,
    [_CTo, _SCi],
    [0, [() => LimitedSensitiveString, 0]]
];
var TopicSortClause$ = [3, n0, _TSCo,
    0,
    [_Oper, _SDo],
    [() => Identifier$, 0]
];
var TopicSummary$ = [3, n0, _TSop,
    0,
    [_A, _TIo, _N, _UEV],
    [0, 0, 0, 0]
];
var TopicTemplate$ = [3, n0, _TTop,
    0,
    [_TTe, _Slot],
    [0, () => Slots]
];
var TopicV2DataSetReference$ = [3, n0, _TVDSR,
    0,
    [_DSAat, _DSN],
    [0, 0], 1
];
var TopicV2DataSetRelation$ = [3, n0, _TVDSRo,
    0,
    [_Lef, _Ri],
    [() => TopicV2DataSetRelationEndpoint$, () => TopicV2DataSetRelationEndpoint$], 2
];
var TopicV2DataSetRelationEndpoint$ = [3, n0, _TVDSRE,
    0,
    [_DSAat, _CNo],
    [0, 64 | 0], 2
];
var TopicV2Details$ = [3, n0, _TVDo,
    0,
    [_N, _D, _DSat, _DSRata],
    [0, 0, () => TopicV2DataSetReferences, () => TopicV2DataSetRelationList], 1
];
var TopicV2Summary$ = [3, n0, _TVSo,
    0,
    [_A, _TIo, _N],
    [0, 0, 0]
];
var TopicVisual$ = [3, n0, _TVop,
    0,
    [_VI, _Ro, _Ir, _SVu],
    [0, 0, [() => TopicIR$, 0], [() => TopicVisuals, 0]]
];
var TotalAggregationComputation$ = [3, n0, _TACo,
    0,
    [_CIom, _N, _V],
    [0, 0, [() => MeasureField$, 0]], 1
];
var TotalAggregationFunction$ = [3, n0, _TAF,
    0,
    [_STAF],
    [0]
];
var TotalAggregationOption$ = [3, n0, _TAOo,
    0,
    [_FIi, _TAF],
    [0, () => TotalAggregationFunction$], 2
];
var TotalOptions$ = [3, n0, _TOot,
    0,
    [_TVo, _Pla, _SSc, _CL, _TCS, _TAO],
    [0, 0, 0, 0, () => TableCellStyle$, () => TotalAggregationOptionList]
];
var TransformOperationSource$ = [3, n0, _TOS,
    0,
    [_TOI, _CIM],
    [0, () => DataSetColumnIdMappingList], 1
];
var TransformStep$ = [3, n0, _TSr,
    0,
    [_ITS, _PSr, _FSilte, _CCSr, _RCS, _CCTS, _JSo, _ASgg, _PSi, _USn, _ASpp],
    [() => ImportTableOperation$, () => ProjectOperation$, [() => FiltersOperation$, 0], [() => CreateColumnsOperation$, 0], () => RenameColumnsOperation$, () => CastColumnTypesOperation$, [() => JoinOperation$, 0], () => AggregateOperation$, () => PivotOperation$, () => UnpivotOperation$, () => AppendOperation$]
];
var TransposedTableOption$ = [3, n0, _TTOr,
    0,
    [_CTolu, _CIolu, _CW],
    [0, 1, 0], 1
];
var TreeMapAggregatedFieldWells$ = [3, n0, _TMAFW,
    0,
    [_Gro, _Siz, _Col],
    [[() => TreeMapDimensionFieldList, 0], [() => TreeMapMeasureFieldList, 0], [() => TreeMapMeasureFieldList, 0]]
];
var TreeMapConfiguration$ = [3, n0, _TMC,
    0,
    [_FW, _SCo, _GLO, _SLOi, _CLOo, _CSol, _Le, _DL, _To, _I],
    [[() => TreeMapFieldWells$, 0], () => TreeMapSortConfiguration$, () => ChartAxisLabelOptions$, () => ChartAxisLabelOptions$, () => ChartAxisLabelOptions$, () => ColorScale$, () => LegendOptions$, [() => DataLabelOptions$, 0], () => TooltipOptions$, () => VisualInteractionOptions$]
];
var TreeMapFieldWells$ = [3, n0, _TMFW,
    0,
    [_TMAFW],
    [[() => TreeMapAggregatedFieldWells$, 0]]
];
var TreeMapSortConfiguration$ = [3, n0, _TMSC,
    0,
    [_TMS, _TMGILC],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var TreeMapVisual$ = [3, n0, _TMV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => TreeMapConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var TrendArrowOptions$ = [3, n0, _TAOr,
    0,
    [_Vi],
    [0]
];
var TrinoParameters$ = [3, n0, _TPr,
    0,
    [_H, _Po, _Cata],
    [0, 1, 0], 3
];
var TwitterParameters$ = [3, n0, _TPw,
    0,
    [_Qu, _MRa],
    [0, 1], 2
];
var Typography$ = [3, n0, _Ty,
    0,
    [_FFon, _ATFC, _ALFC, _LTFC, _LVFC, _DLFC, _VTFC, _VSFC, _CTFC],
    [() => FontList, () => FontConfiguration$, () => FontConfiguration$, () => FontConfiguration$, () => FontConfiguration$, () => FontConfiguration$, () => VisualTitleFontConfiguration$, () => VisualSubtitleFontConfiguration$, () => ControlTitleFontConfiguration$]
];
var UIColorPalette$ = [3, n0, _UICP,
    0,
    [_PFr, _PBri, _SFec, _SBec, _Acc, _AFc, _Dan, _DFan, _Wa, _WF, _Suc, _SFu, _Di, _DFime, _Me, _MFe],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var UnaggregatedField$ = [3, n0, _UF,
    0,
    [_FIi, _Co, _FCor],
    [0, () => ColumnIdentifier$, [() => FormatConfiguration$, 0]], 2
];
var UniqueKey$ = [3, n0, _UK,
    0,
    [_CNo],
    [64 | 0], 1
];
var UniqueValuesComputation$ = [3, n0, _UVC,
    0,
    [_CIom, _N, _Ca],
    [0, 0, [() => DimensionField$, 0]], 1
];
var UnpivotOperation$ = [3, n0, _UOn,
    0,
    [_Al, _So, _CTUo, _ULCN, _ULCI, _UVCN, _UVCI],
    [0, () => TransformOperationSource$, () => ColumnToUnpivotList, 0, 0, 0, 0], 7
];
var UntagColumnOperation$ = [3, n0, _UCO,
    0,
    [_CN, _TNa],
    [0, 64 | 0], 2
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RAeso, _TKa],
    [[0, 1], [64 | 0, { [_hQ]: _k }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateAccountCustomizationRequest$ = [3, n0, _UACR,
    0,
    [_AAI, _AC, _Na],
    [[0, 1], () => AccountCustomization$, [0, { [_hQ]: _n }]], 2
];
var UpdateAccountCustomizationResponse$ = [3, n0, _UACRp,
    0,
    [_A, _AAI, _Na, _AC, _RI, _St],
    [0, 0, 0, () => AccountCustomization$, 0, [1, 32]]
];
var UpdateAccountCustomPermissionRequest$ = [3, n0, _UACPR,
    0,
    [_CPN, _AAI],
    [0, [0, 1]], 2
];
var UpdateAccountCustomPermissionResponse$ = [3, n0, _UACPRp,
    0,
    [_RI, _St],
    [0, 1]
];
var UpdateAccountSettingsRequest$ = [3, n0, _UASR,
    0,
    [_AAI, _DN, _NE, _TPE],
    [[0, 1], 0, 0, 2], 2
];
var UpdateAccountSettingsResponse$ = [3, n0, _UASRp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateActionConnectorPermissionsRequest$ = [3, n0, _UACPRpd,
    0,
    [_AAI, _ACI, _GPr, _RPev],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList], 2
];
var UpdateActionConnectorPermissionsResponse$ = [3, n0, _UACPRpda,
    0,
    [_A, _ACI, _RI, _St, _Per],
    [0, 0, 0, [1, 32], () => ResourcePermissionList]
];
var UpdateActionConnectorRequest$ = [3, n0, _UACRpd,
    0,
    [_AAI, _ACI, _N, _ACu, _D, _VCA],
    [[0, 1], [0, 1], [() => ActionConnectorName, 0], [() => AuthConfig$, 0], [() => ActionConnectorDescription, 0], 0], 4
];
var UpdateActionConnectorResponse$ = [3, n0, _UACRpda,
    0,
    [_A, _ACI, _RI, _USpd, _St],
    [0, 0, 0, 0, [1, 32]]
];
var UpdateAgentPermissionsRequest$ = [3, n0, _UAPR,
    0,
    [_AIg, _AAI, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateAgentPermissionsRequestGrantPermissionsList, () => UpdateAgentPermissionsRequestRevokePermissionsList], 2
];
var UpdateAgentPermissionsResponse$ = [3, n0, _UAPRp,
    0,
    [_A, _AIg, _RI, _Per],
    [0, 0, 0, () => ResourcePermissionList], 2
];
var UpdateAgentRequest$ = [3, n0, _UAR,
    0,
    [_AIg, _AAI, _N, _D, _II, _SP, _WM, _CPIu, _STAp, _STRp, _ACTA, _ACTR],
    [[0, 1], [0, 1], 0, 0, 0, [() => StarterPromptList, 0], [() => WelcomeMessage, 0], [() => CustomPromptInput$, 0], 64 | 0, 64 | 0, 64 | 0, 64 | 0], 3
];
var UpdateAgentResponse$ = [3, n0, _UARp,
    0,
    [_A, _AIg, _ASg, _FTAS, _FTRS, _FTAAC, _FTRAC, _RI],
    [0, 0, 0, () => FailedToUpdateAssociationList, () => FailedToUpdateAssociationList, () => FailedToUpdateAssociationList, () => FailedToUpdateAssociationList, 0], 3
];
var UpdateAnalysisPermissionsRequest$ = [3, n0, _UAPRpd,
    0,
    [_AAI, _AIn, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateResourcePermissionList, () => UpdateResourcePermissionList], 2
];
var UpdateAnalysisPermissionsResponse$ = [3, n0, _UAPRpda,
    0,
    [_AAn, _AIn, _Per, _RI, _St],
    [0, 0, () => UpdateResourcePermissionList, 0, [1, 32]]
];
var UpdateAnalysisRequest$ = [3, n0, _UARpd,
    0,
    [_AAI, _AIn, _N, _Par, _SE, _TAh, _Def, _VSa],
    [[0, 1], [0, 1], 0, [() => _Parameters$, 0], () => AnalysisSourceEntity$, 0, [() => AnalysisDefinition$, 0], () => ValidationStrategy$], 3
];
var UpdateAnalysisResponse$ = [3, n0, _UARpda,
    0,
    [_A, _AIn, _USpd, _St, _RI],
    [0, 0, 0, [1, 32], 0]
];
var UpdateApplicationWithTokenExchangeGrantRequest$ = [3, n0, _UAWTEGR,
    0,
    [_AAI, _Na],
    [[0, 1], [0, { [_hQ]: _n }]], 2
];
var UpdateApplicationWithTokenExchangeGrantResponse$ = [3, n0, _UAWTEGRp,
    0,
    [_St, _RI],
    [[1, 32], 0]
];
var UpdateAppPermissionsRequest$ = [3, n0, _UAPRpdat,
    0,
    [_AAI, _AIp, _GPr, _RPev, _Vi],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList, 0], 2
];
var UpdateAppPermissionsResponse$ = [3, n0, _UAPRpdate,
    0,
    [_A, _AIp, _Per, _Vi, _RI],
    [0, 0, () => ResourcePermissionList, 0, 0]
];
var UpdateApprovalPolicyRequest$ = [3, n0, _UAPRpdatep,
    0,
    [_PI, _N, _D, _Ac, _ATs, _ATp, _AG],
    [[0, 1], 0, 0, 64 | 0, 64 | 0, () => ApplicableTo$, 64 | 0], 1
];
var UpdateApprovalPolicyResponse$ = [3, n0, _UAPRpdatepp,
    0,
    [_Pol],
    [() => ApprovalPolicy$], 1
];
var UpdateBrandAssignmentRequest$ = [3, n0, _UBAR,
    0,
    [_AAI, _BAr],
    [[0, 1], 0], 2
];
var UpdateBrandAssignmentResponse$ = [3, n0, _UBARp,
    0,
    [_RI, _BAr],
    [0, 0]
];
var UpdateBrandPublishedVersionRequest$ = [3, n0, _UBPVR,
    0,
    [_AAI, _BI, _VIe],
    [[0, 1], [0, 1], 0], 3
];
var UpdateBrandPublishedVersionResponse$ = [3, n0, _UBPVRp,
    0,
    [_RI, _VIe],
    [0, 0]
];
var UpdateBrandRequest$ = [3, n0, _UBR,
    0,
    [_AAI, _BI, _BD],
    [[0, 1], [0, 1], () => BrandDefinition$], 2
];
var UpdateBrandResponse$ = [3, n0, _UBRp,
    0,
    [_RI, _BDr, _BD],
    [0, () => BrandDetail$, () => BrandDefinition$]
];
var UpdateCustomPermissionsRequest$ = [3, n0, _UCPR,
    0,
    [_AAI, _CPN, _Cap, _Go],
    [[0, 1], [0, 1], () => Capabilities$, () => Governance$], 2
];
var UpdateCustomPermissionsResponse$ = [3, n0, _UCPRp,
    0,
    [_St, _A, _RI],
    [1, 0, 0]
];
var UpdateDashboardLinksRequest$ = [3, n0, _UDLR,
    0,
    [_AAI, _DI, _LE],
    [[0, 1], [0, 1], 64 | 0], 3
];
var UpdateDashboardLinksResponse$ = [3, n0, _UDLRp,
    0,
    [_RI, _St, _DAas, _LE],
    [0, [1, 32], 0, 64 | 0]
];
var UpdateDashboardPermissionsRequest$ = [3, n0, _UDPR,
    0,
    [_AAI, _DI, _GPr, _RPev, _GLP, _RLP],
    [[0, 1], [0, 1], () => UpdateResourcePermissionList, () => UpdateResourcePermissionList, () => UpdateLinkPermissionList, () => UpdateLinkPermissionList], 2
];
var UpdateDashboardPermissionsResponse$ = [3, n0, _UDPRp,
    0,
    [_DAas, _DI, _Per, _RI, _St, _LSC],
    [0, 0, () => UpdateResourcePermissionList, 0, [1, 32], () => LinkSharingConfiguration$]
];
var UpdateDashboardPublishedVersionRequest$ = [3, n0, _UDPVR,
    0,
    [_AAI, _DI, _VN],
    [[0, 1], [0, 1], [1, 1]], 3
];
var UpdateDashboardPublishedVersionResponse$ = [3, n0, _UDPVRp,
    0,
    [_DI, _DAas, _St, _RI],
    [0, 0, [1, 32], 0]
];
var UpdateDashboardRequest$ = [3, n0, _UDR,
    0,
    [_AAI, _DI, _N, _SE, _Par, _VD, _DPO, _TAh, _Def, _VSa],
    [[0, 1], [0, 1], 0, () => DashboardSourceEntity$, [() => _Parameters$, 0], 0, () => DashboardPublishOptions$, 0, [() => DashboardVersionDefinition$, 0], () => ValidationStrategy$], 3
];
var UpdateDashboardResponse$ = [3, n0, _UDRp,
    0,
    [_A, _VAe, _DI, _CSre, _St, _RI],
    [0, 0, 0, 0, 1, 0]
];
var UpdateDashboardsQAConfigurationRequest$ = [3, n0, _UDQACR,
    0,
    [_AAI, _DQAS],
    [[0, 1], 0], 2
];
var UpdateDashboardsQAConfigurationResponse$ = [3, n0, _UDQACRp,
    0,
    [_DQAS, _RI, _St],
    [0, 0, [1, 32]]
];
var UpdateDataSetPermissionsRequest$ = [3, n0, _UDSPR,
    0,
    [_AAI, _DSI, _GPr, _RPev],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList], 2
];
var UpdateDataSetPermissionsResponse$ = [3, n0, _UDSPRp,
    0,
    [_DSAat, _DSI, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var UpdateDataSetRequest$ = [3, n0, _UDSR,
    0,
    [_AAI, _DSI, _N, _PTM, _IM, _LTM, _CGo, _FF, _RLPDS, _RLPTC, _CLPRo, _DSUC, _DP, _PCe, _DPC, _SMC],
    [[0, 1], [0, 1], 0, [() => PhysicalTableMap, 0], 0, [() => LogicalTableMap, 0], () => ColumnGroupList, () => FieldFolderMap, () => RowLevelPermissionDataSet$, [() => RowLevelPermissionTagConfiguration$, 0], () => ColumnLevelPermissionRuleList, () => DataSetUsageConfiguration$, () => DatasetParameterList, () => PerformanceConfiguration$, [() => DataPrepConfiguration$, 0], [() => SemanticModelConfiguration$, 0]], 5
];
var UpdateDataSetResponse$ = [3, n0, _UDSRp,
    0,
    [_A, _DSI, _IAng, _IIn, _RI, _St],
    [0, 0, 0, 0, 0, [1, 32]]
];
var UpdateDataSourcePermissionsRequest$ = [3, n0, _UDSPRpd,
    0,
    [_AAI, _DSIat, _GPr, _RPev],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList], 2
];
var UpdateDataSourcePermissionsResponse$ = [3, n0, _UDSPRpda,
    0,
    [_DSAa, _DSIat, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var UpdateDataSourceRequest$ = [3, n0, _UDSRpd,
    0,
    [_AAI, _DSIat, _N, _DSP, _Cr, _VCP, _SPs],
    [[0, 1], [0, 1], 0, () => DataSourceParameters$, [() => DataSourceCredentials$, 0], () => VpcConnectionProperties$, () => SslProperties$], 3
];
var UpdateDataSourceResponse$ = [3, n0, _UDSRpda,
    0,
    [_A, _DSIat, _USpd, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var UpdateDefaultQBusinessApplicationRequest$ = [3, n0, _UDQBAR,
    0,
    [_AAI, _AIpp, _Na],
    [[0, 1], 0, [0, { [_hQ]: _n }]], 2
];
var UpdateDefaultQBusinessApplicationResponse$ = [3, n0, _UDQBARp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateDlpSettingRequest$ = [3, n0, _UDSRpdat,
    0,
    [_AAI, _DSIl, _N, _PTr, _PCr, _POA, _En],
    [[0, 1], [0, 1], 0, 0, () => ProviderConfig$, 0, 2], 2
];
var UpdateDlpSettingResponse$ = [3, n0, _UDSRpdate,
    0,
    [_A, _DSIl, _RI],
    [0, 0, 0], 2
];
var UpdateFlowPermissionsInput$ = [3, n0, _UFPI,
    0,
    [_AAI, _FIl, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateFlowPermissionsInputGrantPermissionsList, () => UpdateFlowPermissionsInputRevokePermissionsList], 2
];
var UpdateFlowPermissionsOutput$ = [3, n0, _UFPO,
    0,
    [_A, _Per, _RI, _FIl, _St],
    [0, () => PermissionsList, 0, 0, [1, 32]], 4
];
var UpdateFlowRequest$ = [3, n0, _UFR,
    0,
    [_AAI, _FIl, _N, _D, _FD, _CTl],
    [[0, 1], [0, 1], 0, 0, [() => SensitiveDocument, 0], [0, 4]], 2
];
var UpdateFlowResponse$ = [3, n0, _UFRp,
    0,
    [_A, _FIl, _RI, _St],
    [0, 0, 0, [1, 32]], 2
];
var UpdateFolderPermissionsRequest$ = [3, n0, _UFPR,
    0,
    [_AAI, _FI, _GPr, _RPev],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList], 2
];
var UpdateFolderPermissionsResponse$ = [3, n0, _UFPRp,
    0,
    [_St, _A, _FI, _Per, _RI],
    [1, 0, 0, () => ResourcePermissionList, 0]
];
var UpdateFolderRequest$ = [3, n0, _UFRpd,
    0,
    [_AAI, _FI, _N],
    [[0, 1], [0, 1], 0], 3
];
var UpdateFolderResponse$ = [3, n0, _UFRpda,
    0,
    [_St, _A, _FI, _RI],
    [[1, 32], 0, 0, 0]
];
var UpdateGroupRequest$ = [3, n0, _UGR,
    0,
    [_GN, _AAI, _Na, _D],
    [[0, 1], [0, 1], [0, 1], 0], 3
];
var UpdateGroupResponse$ = [3, n0, _UGRp,
    0,
    [_Gr, _RI, _St],
    [() => Group$, 0, [1, 32]]
];
var UpdateIAMPolicyAssignmentRequest$ = [3, n0, _UIAMPAR,
    0,
    [_AAI, _ANs, _Na, _ASs, _PA, _Id],
    [[0, 1], [0, 1], [0, 1], 0, 0, [2, n0, _IMd, 0, 0, 64 | 0]], 3
];
var UpdateIAMPolicyAssignmentResponse$ = [3, n0, _UIAMPARp,
    0,
    [_ANs, _AIs, _PA, _Id, _ASs, _RI, _St],
    [0, 0, 0, [2, n0, _IMd, 0, 0, 64 | 0], 0, 0, [1, 32]]
];
var UpdateIdentityPropagationConfigRequest$ = [3, n0, _UIPCR,
    0,
    [_AAI, _Se, _ATu],
    [[0, 1], [0, 1], 64 | 0], 2
];
var UpdateIdentityPropagationConfigResponse$ = [3, n0, _UIPCRp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateIpRestrictionRequest$ = [3, n0, _UIRR,
    0,
    [_AAI, _IRRM, _VIRRM, _VEIRRM, _En],
    [[0, 1], 128 | 0, 128 | 0, 128 | 0, 2], 1
];
var UpdateIpRestrictionResponse$ = [3, n0, _UIRRp,
    0,
    [_AAI, _RI, _St],
    [0, 0, [1, 32]]
];
var UpdateKeyRegistrationRequest$ = [3, n0, _UKRR,
    0,
    [_AAI, _KR],
    [[0, 1], () => KeyRegistration], 2
];
var UpdateKeyRegistrationResponse$ = [3, n0, _UKRRp,
    0,
    [_FKR, _SKR, _RI],
    [() => FailedKeyRegistrationEntries, () => SuccessfulKeyRegistrationEntries, 0]
];
var UpdateKnowledgeBasePermissionsRequest$ = [3, n0, _UKBPR,
    0,
    [_AAI, _KBI, _GPr, _RPev],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList], 2
];
var UpdateKnowledgeBasePermissionsResponse$ = [3, n0, _UKBPRp,
    0,
    [_KBA, _KBI, _Per, _RI, _St],
    [0, 0, () => ResourcePermissionList, 0, [1, 32]], 2
];
var UpdateKnowledgeBaseRequest$ = [3, n0, _UKBR,
    0,
    [_AAI, _KBI, _N, _D, _KBC, _MEC, _IENOFIF, _ACC],
    [[0, 1], [0, 1], 0, 0, [() => KnowledgeBaseConfiguration$, 0], () => MediaExtractionConfiguration$, 2, () => AccessControlConfiguration$], 2
];
var UpdateKnowledgeBaseResponse$ = [3, n0, _UKBRp,
    0,
    [_KBA, _KBI, _RI, _St],
    [0, 0, 0, [1, 32]], 2
];
var UpdateLimitsProfileRequest$ = [3, n0, _ULPR,
    0,
    [_pI, _aI, _pN, _d, _rL],
    [[0, 1], [0, 1], 0, 0, () => ResourceLimitsMap], 2
];
var UpdateLimitsProfileResponse$ = [3, n0, _ULPRp,
    0,
    [_a],
    [0], 1
];
var UpdateOAuthClientApplicationRequest$ = [3, n0, _UOACAR,
    0,
    [_AAI, _OACAI, _N, _CI, _CS, _OATEU, _OAAEU, _OAS, _DST, _IPVCP],
    [[0, 1], [0, 1], 0, [() => OAuthClientId, 0], [() => OAuthClientSecret, 0], [() => OAuthTokenEndpointUrl, 0], [() => OAuthAuthorizationEndpointUrl, 0], 0, 0, () => VpcConnectionProperties$], 3
];
var UpdateOAuthClientApplicationResponse$ = [3, n0, _UOACARp,
    0,
    [_A, _OACAI, _USpd, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var UpdatePublicSharingSettingsRequest$ = [3, n0, _UPSSR,
    0,
    [_AAI, _PSE],
    [[0, 1], 2], 1
];
var UpdatePublicSharingSettingsResponse$ = [3, n0, _UPSSRp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateQPersonalizationConfigurationRequest$ = [3, n0, _UQPCR,
    0,
    [_AAI, _PM],
    [[0, 1], 0], 2
];
var UpdateQPersonalizationConfigurationResponse$ = [3, n0, _UQPCRp,
    0,
    [_PM, _RI, _St],
    [0, 0, [1, 32]]
];
var UpdateQuickSightQSearchConfigurationRequest$ = [3, n0, _UQSQSCR,
    0,
    [_AAI, _QSS],
    [[0, 1], 0], 2
];
var UpdateQuickSightQSearchConfigurationResponse$ = [3, n0, _UQSQSCRp,
    0,
    [_QSS, _RI, _St],
    [0, 0, [1, 32]]
];
var UpdateRefreshScheduleRequest$ = [3, n0, _URSR,
    0,
    [_DSI, _AAI, _Sch],
    [[0, 1], [0, 1], () => RefreshSchedule$], 3
];
var UpdateRefreshScheduleResponse$ = [3, n0, _URSRp,
    0,
    [_St, _RI, _SI, _A],
    [[1, 32], 0, 0, 0]
];
var UpdateResourcePermissionsRequest$ = [3, n0, _URPR,
    0,
    [_AAI, _RTo, _CMRA],
    [[0, 1], 0, 0], 3
];
var UpdateResourcePermissionsResponse$ = [3, n0, _URPRp,
    0,
    [_RTo, _CMRA, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var UpdateRoleCustomPermissionRequest$ = [3, n0, _URCPR,
    0,
    [_CPN, _Ro, _AAI, _Na],
    [0, [0, 1], [0, 1], [0, 1]], 4
];
var UpdateRoleCustomPermissionResponse$ = [3, n0, _URCPRp,
    0,
    [_RI, _St],
    [0, 1]
];
var UpdateSelfUpgradeConfigurationRequest$ = [3, n0, _USUCR,
    0,
    [_AAI, _Na, _SUS],
    [[0, 1], [0, 1], 0], 3
];
var UpdateSelfUpgradeConfigurationResponse$ = [3, n0, _USUCRp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateSelfUpgradeRequest$ = [3, n0, _USUR,
    0,
    [_AAI, _Na, _URI, _Act],
    [[0, 1], [0, 1], 0, 0], 4
];
var UpdateSelfUpgradeResponse$ = [3, n0, _USURp,
    0,
    [_SURDe, _RI, _St],
    [() => SelfUpgradeRequestDetail$, 0, [1, 32]]
];
var UpdateSpacePermissionsRequest$ = [3, n0, _USPR,
    0,
    [_AAI, _SIp, _GPr, _RPev],
    [[0, 1], [0, 1], () => ResourcePermissionList, () => ResourcePermissionList], 2
];
var UpdateSpacePermissionsResponse$ = [3, n0, _USPRp,
    0,
    [_sI, _sA, _per, _rI],
    [0, 0, () => ResourcePermissionList, 0], 1
];
var UpdateSpaceRequest$ = [3, n0, _USR,
    0,
    [_AAI, _SIp, _N, _D],
    [[0, 1], [0, 1], 0, [() => SpaceDescription, 0]], 2
];
var UpdateSpaceResourcesRequest$ = [3, n0, _USRR,
    0,
    [_AAI, _SIp, _ARd, _RRem],
    [[0, 1], [0, 1], () => SpaceResourceOperations, () => SpaceResourceOperations], 2
];
var UpdateSpaceResourcesResponse$ = [3, n0, _USRRp,
    0,
    [_sI, _sA, _FRO, _RI],
    [0, 0, () => FailedSpaceResourceOperations, 0], 1
];
var UpdateSpaceResponse$ = [3, n0, _USRp,
    0,
    [_sI, _sA, _RI],
    [0, 0, 0], 1
];
var UpdateSPICECapacityConfigurationRequest$ = [3, n0, _USPICECCR,
    0,
    [_AAI, _PMu],
    [[0, 1], 0], 2
];
var UpdateSPICECapacityConfigurationResponse$ = [3, n0, _USPICECCRp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateTemplateAliasRequest$ = [3, n0, _UTAR,
    0,
    [_AAI, _TIe, _ANl, _TVN],
    [[0, 1], [0, 1], [0, 1], 1], 4
];
var UpdateTemplateAliasResponse$ = [3, n0, _UTARp,
    0,
    [_TAem, _St, _RI],
    [() => TemplateAlias$, [1, 32], 0]
];
var UpdateTemplatePermissionsRequest$ = [3, n0, _UTPR,
    0,
    [_AAI, _TIe, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateResourcePermissionList, () => UpdateResourcePermissionList], 2
];
var UpdateTemplatePermissionsResponse$ = [3, n0, _UTPRp,
    0,
    [_TIe, _TAemp, _Per, _RI, _St],
    [0, 0, () => UpdateResourcePermissionList, 0, [1, 32]]
];
var UpdateTemplateRequest$ = [3, n0, _UTR,
    0,
    [_AAI, _TIe, _SE, _VD, _N, _Def, _VSa],
    [[0, 1], [0, 1], () => TemplateSourceEntity$, 0, 0, [() => TemplateVersionDefinition$, 0], () => ValidationStrategy$], 2
];
var UpdateTemplateResponse$ = [3, n0, _UTRp,
    0,
    [_TIe, _A, _VAe, _CSre, _St, _RI],
    [0, 0, 0, 0, [1, 32], 0]
];
var UpdateThemeAliasRequest$ = [3, n0, _UTARpd,
    0,
    [_AAI, _TI, _ANl, _TVNh],
    [[0, 1], [0, 1], [0, 1], 1], 4
];
var UpdateThemeAliasResponse$ = [3, n0, _UTARpda,
    0,
    [_TAhe, _St, _RI],
    [() => ThemeAlias$, [1, 32], 0]
];
var UpdateThemePermissionsRequest$ = [3, n0, _UTPRpd,
    0,
    [_AAI, _TI, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateResourcePermissionList, () => UpdateResourcePermissionList], 2
];
var UpdateThemePermissionsResponse$ = [3, n0, _UTPRpda,
    0,
    [_TI, _TAh, _Per, _RI, _St],
    [0, 0, () => UpdateResourcePermissionList, 0, [1, 32]]
];
var UpdateThemeRequest$ = [3, n0, _UTRpd,
    0,
    [_AAI, _TI, _BTI, _N, _VD, _Conf],
    [[0, 1], [0, 1], 0, 0, 0, () => ThemeConfiguration$], 3
];
var UpdateThemeResponse$ = [3, n0, _UTRpda,
    0,
    [_TI, _A, _VAe, _CSre, _St, _RI],
    [0, 0, 0, 0, [1, 32], 0]
];
var UpdateTopicPermissionsRequest$ = [3, n0, _UTPRpdat,
    0,
    [_AAI, _TIo, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateResourcePermissionList, () => UpdateResourcePermissionList], 2
];
var UpdateTopicPermissionsResponse$ = [3, n0, _UTPRpdate,
    0,
    [_TIo, _TAo, _Per, _St, _RI],
    [0, 0, () => ResourcePermissionList, [1, 32], 0]
];
var UpdateTopicPermissionsV2Request$ = [3, n0, _UTPVR,
    0,
    [_AAI, _TIo, _GPr, _RPev],
    [[0, 1], [0, 1], () => UpdateResourcePermissionList, () => UpdateResourcePermissionList], 2
];
var UpdateTopicPermissionsV2Response$ = [3, n0, _UTPVRp,
    0,
    [_TIo, _TAo, _Per, _St, _RI],
    [0, 0, () => ResourcePermissionList, [1, 32], 0]
];
var UpdateTopicRefreshScheduleRequest$ = [3, n0, _UTRSR,
    0,
    [_AAI, _TIo, _DIat, _RSe],
    [[0, 1], [0, 1], [0, 1], () => TopicRefreshSchedule$], 4
];
var UpdateTopicRefreshScheduleResponse$ = [3, n0, _UTRSRp,
    0,
    [_TIo, _TAo, _DAa, _St, _RI],
    [0, 0, 0, [1, 32], 0]
];
var UpdateTopicRequest$ = [3, n0, _UTRpdat,
    0,
    [_AAI, _TIo, _Top, _CIu],
    [[0, 1], [0, 1], [() => TopicDetails$, 0], [() => CustomInstructions$, 0]], 3
];
var UpdateTopicResponse$ = [3, n0, _UTRpdate,
    0,
    [_TIo, _A, _RAe, _RI, _St],
    [0, 0, 0, 0, [1, 32]]
];
var UpdateTopicV2Request$ = [3, n0, _UTVR,
    0,
    [_AAI, _TIo, _Top, _CIu, _POu],
    [[0, 1], [0, 1], () => TopicV2Details$, [() => CustomInstructions$, 0], 0], 3
];
var UpdateTopicV2Response$ = [3, n0, _UTVRp,
    0,
    [_A, _TIo, _RI, _St],
    [0, 0, 0, [1, 32]]
];
var UpdateUserCustomPermissionRequest$ = [3, n0, _UUCPR,
    0,
    [_UN, _AAI, _Na, _CPN],
    [[0, 1], [0, 1], [0, 1], 0], 4
];
var UpdateUserCustomPermissionResponse$ = [3, n0, _UUCPRp,
    0,
    [_RI, _St],
    [0, [1, 32]]
];
var UpdateUserRequest$ = [3, n0, _UUR,
    0,
    [_UN, _AAI, _Na, _E, _Ro, _CPN, _UCP, _ELFPT, _CFPU, _ELI],
    [[0, 1], [0, 1], [0, 1], 0, 0, 0, 2, 0, 0, 0], 5
];
var UpdateUserResponse$ = [3, n0, _UURp,
    0,
    [_Us, _RI, _St],
    [() => User$, 0, [1, 32]]
];
var UpdateVPCConnectionRequest$ = [3, n0, _UVPCCR,
    0,
    [_AAI, _VPCCI, _N, _SIu, _SGI, _RA, _DR],
    [[0, 1], [0, 1], 0, 64 | 0, 64 | 0, 0, 64 | 0], 6
];
var UpdateVPCConnectionResponse$ = [3, n0, _UVPCCRp,
    0,
    [_A, _VPCCI, _USpd, _ASv, _RI, _St],
    [0, 0, 0, 0, 0, [1, 32]]
];
var UploadedDocumentMetadata$ = [3, n0, _UDM,
    0,
    [_N],
    [0]
];
var UploadSettings$ = [3, n0, _USp,
    0,
    [_Fo, _SFRt, _CHon, _TQ, _Del, _CCAR],
    [0, 1, 2, 0, 0, 0]
];
var User$ = [3, n0, _Us,
    0,
    [_A, _UN, _E, _Ro, _ITd, _Acti, _PIri, _CPN, _ELFPT, _ELFPU, _ELI],
    [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]
];
var UserIndexCapacity$ = [3, n0, _UIC,
    0,
    [_uA, _uN, _em, _ro, _tCB, _tKBCB, _tSCB, _kC, _sC],
    [0, 0, 0, 0, 1, 1, 1, 1, 1]
];
var UserLimits$ = [3, n0, _ULs,
    0,
    [_uN, _n, _eL],
    [0, 0, () => EffectiveLimitList], 3
];
var UserLimitsEntry$ = [3, n0, _ULE,
    0,
    [_uN, _n],
    [0, 0], 2
];
var UserNameOrEmailFilter$ = [3, n0, _UNOEF,
    0,
    [_pre],
    [0], 1
];
var ValidationStrategy$ = [3, n0, _VSa,
    0,
    [_Mo],
    [0], 1
];
var ValueColumnConfiguration$ = [3, n0, _VCC,
    0,
    [_AFg],
    [() => DataPrepAggregationFunction$]
];
var VideoExtractionConfiguration$ = [3, n0, _VEC,
    0,
    [_vES, _vET],
    [0, 0], 1
];
var VisibleRangeOptions$ = [3, n0, _VRO,
    0,
    [_PRe],
    [() => PercentVisibleRange$]
];
var Visual$ = [3, n0, _Visua,
    0,
    [_TVab, _PTV, _BCV, _KPIV, _PCV, _GCV, _LCV, _HMV, _TMV, _GMV, _FMV, _LMV, _FCV, _SPV, _CCV, _BPV, _WV, _HVi, _WCV, _IVn, _SDV, _CCVu, _EVm, _RCV, _PVl],
    [[() => TableVisual$, 0], [() => PivotTableVisual$, 0], [() => BarChartVisual$, 0], [() => KPIVisual$, 0], [() => PieChartVisual$, 0], [() => GaugeChartVisual$, 0], [() => LineChartVisual$, 0], [() => HeatMapVisual$, 0], [() => TreeMapVisual$, 0], [() => GeospatialMapVisual$, 0], [() => FilledMapVisual$, 0], [() => LayerMapVisual$, 0], [() => FunnelChartVisual$, 0], [() => ScatterPlotVisual$, 0], [() => ComboChartVisual$, 0], [() => BoxPlotVisual$, 0], [() => WaterfallVisual$, 0], [() => HistogramVisual$, 0], [() => WordCloudVisual$, 0], [() => InsightVisual$, 0], [() => SankeyDiagramVisual$, 0], [() => CustomContentVisual$, 0], [() => EmptyVisual$, 0], [() => RadarChartVisual$, 0], [() => PluginVisual$, 0]]
];
var VisualAxisSortOption$ = [3, n0, _VASO,
    0,
    [_ASv],
    [0]
];
var VisualCustomAction$ = [3, n0, _VCAi,
    0,
    [_CAI, _N, _Tr, _AOc, _St],
    [0, 0, 0, [() => VisualCustomActionOperationList, 0], 0], 4
];
var VisualCustomActionDefaults$ = [3, n0, _VCAD,
    0,
    [_hO],
    [() => VisualHighlightOperation$]
];
var VisualCustomActionOperation$ = [3, n0, _VCAO,
    0,
    [_FO, _NOa, _URLO, _SPO],
    [() => CustomActionFilterOperation$, () => CustomActionNavigationOperation$, () => CustomActionURLOperation$, [() => CustomActionSetParametersOperation$, 0]]
];
var VisualCustomizationFieldsConfiguration$ = [3, n0, _VCFC,
    0,
    [_St, _AFd],
    [0, () => VisualCustomizationAdditionalFieldsList]
];
var VisualHighlightOperation$ = [3, n0, _VHO,
    0,
    [_Tr],
    [0], 1
];
var VisualInteractionOptions$ = [3, n0, _VIO,
    0,
    [_VMO, _CMO],
    [() => VisualMenuOption$, () => ContextMenuOption$]
];
var VisualMenuOption$ = [3, n0, _VMO,
    0,
    [_ASv],
    [0]
];
var VisualMessageConfiguration$ = [3, n0, _VMC,
    0,
    [_En, _Tit, _TVi, _D, _DVes, _LTi, _LU, _LVin],
    [2, 0, 0, 0, 0, 0, 0, 0]
];
var VisualMessages$ = [3, n0, _VM,
    0,
    [_NDM],
    [() => VisualMessageConfiguration$]
];
var VisualOptions$ = [3, n0, _VO,
    0,
    [_ty],
    [0]
];
var VisualPalette$ = [3, n0, _VP,
    0,
    [_CCha, _CMolo],
    [0, [() => DataPathColorList, 0]]
];
var VisualSubtitleFontConfiguration$ = [3, n0, _VSFC,
    0,
    [_FCo, _TAex, _TTex],
    [() => FontConfiguration$, 0, 0]
];
var VisualSubtitleLabelOptions$ = [3, n0, _VSLO,
    0,
    [_Vi, _FTor],
    [0, () => LongFormatText$]
];
var VisualTitleFontConfiguration$ = [3, n0, _VTFC,
    0,
    [_FCo, _TAex, _TTex],
    [() => FontConfiguration$, 0, 0]
];
var VisualTitleLabelOptions$ = [3, n0, _VTLO,
    0,
    [_Vi, _FTor],
    [0, () => ShortFormatText$]
];
var VPCConnection$ = [3, n0, _VPCCo,
    0,
    [_VPCCI, _A, _N, _VPCI, _SGI, _DR, _St, _ASv, _NIe, _RA, _CT, _LUT],
    [0, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, () => NetworkInterfaceList, 0, 4, 4]
];
var VpcConnectionProperties$ = [3, n0, _VCP,
    0,
    [_VCA],
    [0], 1
];
var VPCConnectionSummary$ = [3, n0, _VPCCSo,
    0,
    [_VPCCI, _A, _N, _VPCI, _SGI, _DR, _St, _ASv, _NIe, _RA, _CT, _LUT],
    [0, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, () => NetworkInterfaceList, 0, 4, 4]
];
var WaterfallChartAggregatedFieldWells$ = [3, n0, _WCAFW,
    0,
    [_Cate, _Va, _Bre],
    [[() => DimensionFieldList, 0], [() => MeasureFieldList, 0], [() => DimensionFieldList, 0]]
];
var WaterfallChartColorConfiguration$ = [3, n0, _WCCC,
    0,
    [_GCCr],
    [() => WaterfallChartGroupColorConfiguration$]
];
var WaterfallChartConfiguration$ = [3, n0, _WCC,
    0,
    [_FW, _SCo, _WCO, _CALOa, _CADOa, _PYALO, _PYADO, _Le, _DL, _VP, _CColo, _I],
    [[() => WaterfallChartFieldWells$, 0], () => WaterfallChartSortConfiguration$, () => WaterfallChartOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => ChartAxisLabelOptions$, () => AxisDisplayOptions$, () => LegendOptions$, [() => DataLabelOptions$, 0], [() => VisualPalette$, 0], () => WaterfallChartColorConfiguration$, () => VisualInteractionOptions$]
];
var WaterfallChartFieldWells$ = [3, n0, _WCFW,
    0,
    [_WCAFW],
    [[() => WaterfallChartAggregatedFieldWells$, 0]]
];
var WaterfallChartGroupColorConfiguration$ = [3, n0, _WCGCC,
    0,
    [_PBCo, _NBC, _TBC],
    [0, 0, 0]
];
var WaterfallChartOptions$ = [3, n0, _WCO,
    0,
    [_TBLo],
    [0]
];
var WaterfallChartSortConfiguration$ = [3, n0, _WCSC,
    0,
    [_CSa, _BIL],
    [() => FieldSortOptionsList, () => ItemsLimitConfiguration$]
];
var WaterfallVisual$ = [3, n0, _WV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => WaterfallChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var WebCrawlerParameters$ = [3, n0, _WCP,
    0,
    [_WCAT, _UFX, _PFX, _UBX, _PBX, _LPU, _WPHN, _WPPN],
    [0, 0, 0, 0, 0, 0, 0, 1], 1
];
var WebProxyCredentials$ = [3, n0, _WPC,
    0,
    [_WPU, _WPP],
    [0, 0], 2
];
var WhatIfPointScenario$ = [3, n0, _WIPS,
    0,
    [_Date, _V],
    [4, 1], 2
];
var WhatIfRangeScenario$ = [3, n0, _WIRS,
    0,
    [_SDta, _EDn, _V],
    [4, 4, 1], 3
];
var WordCloudAggregatedFieldWells$ = [3, n0, _WCAFWo,
    0,
    [_GB, _Si],
    [[() => WordCloudDimensionFieldList, 0], [() => WordCloudMeasureFieldList, 0]]
];
var WordCloudChartConfiguration$ = [3, n0, _WCCCo,
    0,
    [_FW, _SCo, _CLO, _WCOo, _I],
    [[() => WordCloudFieldWells$, 0], () => WordCloudSortConfiguration$, () => ChartAxisLabelOptions$, () => WordCloudOptions$, () => VisualInteractionOptions$]
];
var WordCloudFieldWells$ = [3, n0, _WCFWo,
    0,
    [_WCAFWo],
    [[() => WordCloudAggregatedFieldWells$, 0]]
];
var WordCloudOptions$ = [3, n0, _WCOo,
    0,
    [_WOo, _WSo, _CLl, _WC, _WP, _MSL],
    [0, 0, 0, 0, 0, 1]
];
var WordCloudSortConfiguration$ = [3, n0, _WCSCo,
    0,
    [_CIL, _CSa],
    [() => ItemsLimitConfiguration$, () => FieldSortOptionsList]
];
var WordCloudVisual$ = [3, n0, _WCV,
    0,
    [_VI, _Tit, _Su, _CCh, _Ac, _CH, _VCAT],
    [0, () => VisualTitleLabelOptions$, () => VisualSubtitleLabelOptions$, [() => WordCloudChartConfiguration$, 0], [() => VisualCustomActionList, 0], () => ColumnHierarchyList, 0], 1
];
var YAxisOptions$ = [3, n0, _YAO,
    0,
    [_YA],
    [0], 1
];
var ActionConnectorSearchFilterList = [1, n0, _ACSFL,
    0, () => ActionConnectorSearchFilter$
];
var ActionConnectorSummaryList = [1, n0, _ACSL,
    0, [() => ActionConnectorSummary$,
        0]
];
var ActionIdList = (/* unused pure expression or super */ null && (64 | 0));
var ActionList = (/* unused pure expression or super */ null && (64 | 0));
var ActionsList = (/* unused pure expression or super */ null && (64 | 0));
var ActiveIAMPolicyAssignmentList = [1, n0, _AIAMPAL,
    0, () => ActiveIAMPolicyAssignment$
];
var AdditionalDashboardIdList = (/* unused pure expression or super */ null && (64 | 0));
var AgentActionConnectorsList = (/* unused pure expression or super */ null && (64 | 0));
var AgentSearchFilterList = [1, n0, _ASFL,
    0, () => AgentSearchFilter$
];
var AgentSpacesList = (/* unused pure expression or super */ null && (64 | 0));
var AgentSummaries = [1, n0, _ASgen,
    0, () => AgentSummary$
];
var AgentSummaryList = [1, n0, _ASLg,
    0, () => AgentSummary$
];
var AggregationList = [1, n0, _ALg,
    0, () => Aggregation$
];
var AggregationPartitionByList = [1, n0, _APBL,
    0, () => AggregationPartitionBy$
];
var AggregationSortConfigurationList = [1, n0, _ASCL,
    0, () => AggregationSortConfiguration$
];
var AnalysisErrorList = [1, n0, _AEL,
    0, () => AnalysisError$
];
var AnalysisSearchFilterList = [1, n0, _ASFLn,
    0, () => AnalysisSearchFilter$
];
var AnalysisSummaryList = [1, n0, _ASL,
    0, () => AnalysisSummary$
];
var AnonymousUserDashboardEmbeddingConfigurationDisabledFeatures = (/* unused pure expression or super */ null && (64 | 0));
var AnonymousUserDashboardEmbeddingConfigurationEnabledFeatures = (/* unused pure expression or super */ null && (64 | 0));
var AnonymousUserSnapshotJobResultList = [1, n0, _AUSJRL,
    0, [() => AnonymousUserSnapshotJobResult$,
        0]
];
var AnswerIds = (/* unused pure expression or super */ null && (64 | 0));
var AppendedColumnList = [1, n0, _ACL,
    0, () => AppendedColumn$
];
var ApprovalGroupList = (/* unused pure expression or super */ null && (64 | 0));
var ApprovalPolicyList = [1, n0, _APL,
    0, () => ApprovalPolicy$
];
var AppSummaryList = [1, n0, _ASLp,
    0, () => AppSummary$
];
var ArnList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobAnalysisOverridePropertiesList = [1, n0, _ABEJAOPL,
    0, () => AssetBundleExportJobAnalysisOverrideProperties$
];
var AssetBundleExportJobAnalysisPropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobDashboardOverridePropertiesList = [1, n0, _ABEJDOPL,
    0, () => AssetBundleExportJobDashboardOverrideProperties$
];
var AssetBundleExportJobDashboardPropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobDataSetOverridePropertiesList = [1, n0, _ABEJDSOPL,
    0, () => AssetBundleExportJobDataSetOverrideProperties$
];
var AssetBundleExportJobDataSetPropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobDataSourceOverridePropertiesList = [1, n0, _ABEJDSOPLs,
    0, () => AssetBundleExportJobDataSourceOverrideProperties$
];
var AssetBundleExportJobDataSourcePropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobErrorList = [1, n0, _ABEJEL,
    0, () => AssetBundleExportJobError$
];
var AssetBundleExportJobFolderOverridePropertiesList = [1, n0, _ABEJFOPL,
    0, () => AssetBundleExportJobFolderOverrideProperties$
];
var AssetBundleExportJobFolderPropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobRefreshScheduleOverridePropertiesList = [1, n0, _ABEJRSOPL,
    0, () => AssetBundleExportJobRefreshScheduleOverrideProperties$
];
var AssetBundleExportJobRefreshSchedulePropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobSummaryList = [1, n0, _ABEJSL,
    0, () => AssetBundleExportJobSummary$
];
var AssetBundleExportJobThemeOverridePropertiesList = [1, n0, _ABEJTOPL,
    0, () => AssetBundleExportJobThemeOverrideProperties$
];
var AssetBundleExportJobThemePropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobTopicV2OverridePropertiesList = [1, n0, _ABEJTVOPL,
    0, () => AssetBundleExportJobTopicV2OverrideProperties$
];
var AssetBundleExportJobTopicV2PropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobVPCConnectionOverridePropertiesList = [1, n0, _ABEJVPCCOPL,
    0, () => AssetBundleExportJobVPCConnectionOverrideProperties$
];
var AssetBundleExportJobVPCConnectionPropertyToOverrideList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleExportJobWarningList = [1, n0, _ABEJWL,
    0, () => AssetBundleExportJobWarning$
];
var AssetBundleImportJobAnalysisOverrideParametersList = [1, n0, _ABIJAOPL,
    0, () => AssetBundleImportJobAnalysisOverrideParameters$
];
var AssetBundleImportJobAnalysisOverridePermissionsList = [1, n0, _ABIJAOPLs,
    0, () => AssetBundleImportJobAnalysisOverridePermissions$
];
var AssetBundleImportJobAnalysisOverrideTagsList = [1, n0, _ABIJAOTL,
    0, () => AssetBundleImportJobAnalysisOverrideTags$
];
var AssetBundleImportJobDashboardOverrideParametersList = [1, n0, _ABIJDOPL,
    0, () => AssetBundleImportJobDashboardOverrideParameters$
];
var AssetBundleImportJobDashboardOverridePermissionsList = [1, n0, _ABIJDOPLs,
    0, () => AssetBundleImportJobDashboardOverridePermissions$
];
var AssetBundleImportJobDashboardOverrideTagsList = [1, n0, _ABIJDOTL,
    0, () => AssetBundleImportJobDashboardOverrideTags$
];
var AssetBundleImportJobDataSetOverrideParametersList = [1, n0, _ABIJDSOPL,
    0, () => AssetBundleImportJobDataSetOverrideParameters$
];
var AssetBundleImportJobDataSetOverridePermissionsList = [1, n0, _ABIJDSOPLs,
    0, () => AssetBundleImportJobDataSetOverridePermissions$
];
var AssetBundleImportJobDataSetOverrideTagsList = [1, n0, _ABIJDSOTL,
    0, () => AssetBundleImportJobDataSetOverrideTags$
];
var AssetBundleImportJobDataSourceOverrideParametersList = [1, n0, _ABIJDSOPLss,
    0, [() => AssetBundleImportJobDataSourceOverrideParameters$,
        0]
];
var AssetBundleImportJobDataSourceOverridePermissionsList = [1, n0, _ABIJDSOPLsse,
    0, () => AssetBundleImportJobDataSourceOverridePermissions$
];
var AssetBundleImportJobDataSourceOverrideTagsList = [1, n0, _ABIJDSOTLs,
    0, () => AssetBundleImportJobDataSourceOverrideTags$
];
var AssetBundleImportJobErrorList = [1, n0, _ABIJEL,
    0, () => AssetBundleImportJobError$
];
var AssetBundleImportJobFolderOverrideParametersList = [1, n0, _ABIJFOPL,
    0, () => AssetBundleImportJobFolderOverrideParameters$
];
var AssetBundleImportJobFolderOverridePermissionsList = [1, n0, _ABIJFOPLs,
    0, () => AssetBundleImportJobFolderOverridePermissions$
];
var AssetBundleImportJobFolderOverrideTagsList = [1, n0, _ABIJFOTL,
    0, () => AssetBundleImportJobFolderOverrideTags$
];
var AssetBundleImportJobRefreshScheduleOverrideParametersList = [1, n0, _ABIJRSOPL,
    0, () => AssetBundleImportJobRefreshScheduleOverrideParameters$
];
var AssetBundleImportJobSummaryList = [1, n0, _ABIJSL,
    0, () => AssetBundleImportJobSummary$
];
var AssetBundleImportJobThemeOverrideParametersList = [1, n0, _ABIJTOPL,
    0, () => AssetBundleImportJobThemeOverrideParameters$
];
var AssetBundleImportJobThemeOverridePermissionsList = [1, n0, _ABIJTOPLs,
    0, () => AssetBundleImportJobThemeOverridePermissions$
];
var AssetBundleImportJobThemeOverrideTagsList = [1, n0, _ABIJTOTL,
    0, () => AssetBundleImportJobThemeOverrideTags$
];
var AssetBundleImportJobTopicV2OverrideParametersList = [1, n0, _ABIJTVOPL,
    0, () => AssetBundleImportJobTopicV2OverrideParameters$
];
var AssetBundleImportJobTopicV2OverridePermissionsList = [1, n0, _ABIJTVOPLs,
    0, () => AssetBundleImportJobTopicV2OverridePermissions$
];
var AssetBundleImportJobTopicV2OverrideTagsList = [1, n0, _ABIJTVOTL,
    0, () => AssetBundleImportJobTopicV2OverrideTags$
];
var AssetBundleImportJobVPCConnectionOverrideParametersList = [1, n0, _ABIJVPCCOPL,
    0, () => AssetBundleImportJobVPCConnectionOverrideParameters$
];
var AssetBundleImportJobVPCConnectionOverrideTagsList = [1, n0, _ABIJVPCCOTL,
    0, () => AssetBundleImportJobVPCConnectionOverrideTags$
];
var AssetBundleImportJobWarningList = [1, n0, _ABIJWL,
    0, () => AssetBundleImportJobWarning$
];
var AssetBundlePrincipalList = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleResourceArns = (/* unused pure expression or super */ null && (64 | 0));
var AssetBundleRestrictiveResourceIdList = (/* unused pure expression or super */ null && (64 | 0));
var AssetTypeList = (/* unused pure expression or super */ null && (64 | 0));
var AuthorizedTargetsByServices = [1, n0, _ATBSu,
    0, () => AuthorizedTargetsByService$
];
var AuthorizedTargetsList = (/* unused pure expression or super */ null && (64 | 0));
var AuthorSpecifiedAggregations = (/* unused pure expression or super */ null && (64 | 0));
var AxisLabelOptionsList = [1, n0, _ALOL,
    0, () => AxisLabelOptions$
];
var BarSeriesItemList = [1, n0, _BSIL,
    0, [() => BarSeriesItem$,
        0]
];
var BatchDeleteKnowledgeBaseFailureList = [1, n0, _BDKBFL,
    0, () => BatchDeleteKnowledgeBaseFailure$
];
var BatchDeleteKnowledgeBaseRequestKnowledgeBaseIdsList = (/* unused pure expression or super */ null && (64 | 0));
var BatchDeleteKnowledgeBaseSuccessList = [1, n0, _BDKBSL,
    0, () => BatchDeleteKnowledgeBaseSuccess$
];
var BatchDescribeUserLimitsErrorList = [1, n0, _BDULEL,
    0, () => BatchDescribeUserLimitsError$
];
var BatchDescribeUserLimitsRequestUsersList = [1, n0, _BDULRUL,
    0, () => UserLimitsEntry$
];
var BodySectionConfigurationList = [1, n0, _BSCL,
    0, [() => BodySectionConfiguration$,
        0]
];
var BodySectionDynamicDimensionSortConfigurationList = [1, n0, _BSDDSCL,
    0, () => ColumnSort$
];
var BodySectionRepeatDimensionConfigurationList = [1, n0, _BSRDCL,
    0, () => BodySectionRepeatDimensionConfiguration$
];
var BoxPlotDimensionFieldList = [1, n0, _BPDFL,
    0, [() => DimensionField$,
        0]
];
var BoxPlotMeasureFieldList = [1, n0, _BPMFL,
    0, [() => MeasureField$,
        0]
];
var BrandSummaryList = [1, n0, _BSL,
    0, () => BrandSummary$
];
var CalculatedColumnList = [1, n0, _CCL,
    0, [() => CalculatedColumn$,
        0]
];
var CalculatedFieldReferenceList = [1, n0, _CFRL,
    0, () => Identifier$
];
var CalculatedFields = [1, n0, _CF,
    0, [() => CalculatedField$,
        0]
];
var CascadingControlSourceList = [1, n0, _CCSL,
    0, () => CascadingControlSource$
];
var CastColumnTypeOperationList = [1, n0, _CCTOL,
    0, () => CastColumnTypeOperation$
];
var CategoryValueList = (/* unused pure expression or super */ null && (64 | 0));
var CellValueSynonyms = [1, n0, _CVSe,
    0, [() => CellValueSynonym$,
        0]
];
var CollectiveConstantEntryList = [1, n0, _CCEL,
    0, () => CollectiveConstantEntry$
];
var ColorList = (/* unused pure expression or super */ null && (64 | 0));
var ColorScaleColorList = [1, n0, _CSCL,
    0, () => DataColor$
];
var ColumnConfigurationList = [1, n0, _CCLo,
    0, [() => ColumnConfiguration$,
        0]
];
var ColumnGroupColumnSchemaList = [1, n0, _CGCSL,
    0, () => ColumnGroupColumnSchema$
];
var ColumnGroupList = [1, n0, _CGL,
    0, () => ColumnGroup$
];
var ColumnGroupSchemaList = [1, n0, _CGSL,
    0, () => ColumnGroupSchema$
];
var ColumnHierarchyList = [1, n0, _CHL,
    0, () => ColumnHierarchy$
];
var ColumnLevelPermissionRuleColumnNameList = (/* unused pure expression or super */ null && (64 | 0));
var ColumnLevelPermissionRuleList = [1, n0, _CLPRL,
    0, () => ColumnLevelPermissionRule$
];
var ColumnList = (/* unused pure expression or super */ null && (64 | 0));
var ColumnNameList = (/* unused pure expression or super */ null && (64 | 0));
var ColumnSchemaList = [1, n0, _CSL,
    0, () => ColumnSchema$
];
var ColumnSemanticPropertyList = [1, n0, _CSPL,
    0, [() => ColumnSemanticProperty$,
        0]
];
var ColumnTagList = [1, n0, _CTL,
    0, [() => ColumnTag$,
        0]
];
var ColumnTagNames = (/* unused pure expression or super */ null && (64 | 0));
var ColumnToUnpivotList = [1, n0, _CTUL,
    0, () => ColumnToUnpivot$
];
var ComboSeriesItemList = [1, n0, _CSIL,
    0, [() => ComboSeriesItem$,
        0]
];
var ComputationList = [1, n0, _CLo,
    0, [() => Computation$,
        0]
];
var ContributionAnalysisDefaultList = [1, n0, _CADL,
    0, () => ContributionAnalysisDefault$
];
var ContributionAnalysisFactorsList = [1, n0, _CAFL,
    0, () => ContributionAnalysisFactor$
];
var ContributorDimensionList = [1, n0, _CDL,
    0, () => ColumnIdentifier$
];
var ControlSortConfigurationList = [1, n0, _CSCLo,
    0, () => ControlSortConfiguration$
];
var CreateAgentRequestActionConnectorsList = (/* unused pure expression or super */ null && (64 | 0));
var CreateAgentRequestSpacesList = (/* unused pure expression or super */ null && (64 | 0));
var CreateTopicReviewedAnswers = [1, n0, _CTRAr,
    0, [() => CreateTopicReviewedAnswer$,
        0]
];
var CustomActionColumnList = [1, n0, _CACL,
    0, () => ColumnIdentifier$
];
var CustomColorsList = [1, n0, _CCLu,
    0, [() => CustomColor$,
        0]
];
var CustomInstructionList = [1, n0, _CILu,
    0, [() => CustomInstruction$,
        0]
];
var CustomPermissionsList = [1, n0, _CPL,
    0, () => CustomPermissions$
];
var DashboardErrorList = [1, n0, _DEL,
    0, () => DashboardError$
];
var DashboardSearchFilterList = [1, n0, _DSFL,
    0, () => DashboardSearchFilter$
];
var DashboardSummaryList = [1, n0, _DSL,
    0, () => DashboardSummary$
];
var DashboardVersionSummaryList = [1, n0, _DVSL,
    0, () => DashboardVersionSummary$
];
var DatabaseGroupList = (/* unused pure expression or super */ null && (64 | 0));
var DataLabelTypes = [1, n0, _DLT,
    0, [() => DataLabelType$,
        0]
];
var DataPathColorList = [1, n0, _DPCL,
    0, [() => DataPathColor$,
        0]
];
var DataPathValueList = [1, n0, _DPVL,
    0, [() => DataPathValue$,
        0]
];
var DataSetArnsList = (/* unused pure expression or super */ null && (64 | 0));
var DataSetColumnIdMappingList = [1, n0, _DSCIML,
    0, () => DataSetColumnIdMapping$
];
var DataSetConfigurationList = [1, n0, _DSCL,
    0, () => DataSetConfiguration$
];
var DataSetIdentifierDeclarationList = [1, n0, _DSIDL,
    0, () => DataSetIdentifierDeclaration$
];
var DatasetParameterList = [1, n0, _DPLa,
    0, () => DatasetParameter$
];
var DataSetReferenceList = [1, n0, _DSRL,
    0, () => DataSetReference$
];
var Datasets = [1, n0, _Data,
    0, [() => DatasetMetadata$,
        0]
];
var DataSetSearchFilterList = [1, n0, _DSSFL,
    0, () => DataSetSearchFilter$
];
var DataSetSemanticMetadataList = [1, n0, _DSSML,
    0, [() => DataSetSemanticMetadata$,
        0]
];
var DataSetStringFilterStaticValueList = [1, n0, _DSSFSVL,
    0, [() => DataSetStringFilterStaticValue,
        0]
];
var DataSetSummaryList = [1, n0, _DSSL,
    0, () => DataSetSummary$
];
var DataSourceList = [1, n0, _DSLa,
    0, () => DataSource$
];
var DataSourceParametersList = [1, n0, _DSPL,
    0, () => DataSourceParameters$
];
var DataSourceSearchFilterList = [1, n0, _DSSFLa,
    0, () => DataSourceSearchFilter$
];
var DataSourceSummaryList = [1, n0, _DSSLa,
    0, () => DataSourceSummary$
];
var DateTimeDatasetParameterValueList = (/* unused pure expression or super */ null && (64 | 4));
var DateTimeDefaultValueList = [1, n0, _DTDVL,
    0, [() => SensitiveTimestamp,
        0]
];
var DateTimeParameterList = [1, n0, _DTPL,
    0, [() => DateTimeParameter$,
        0]
];
var DecalSettingsList = [1, n0, _DSLe,
    0, () => DecalSettings$
];
var DecimalDatasetParameterValueList = (/* unused pure expression or super */ null && (64 | 1));
var DecimalDefaultValueList = [1, n0, _DDVL,
    0, [() => SensitiveDoubleObject,
        0]
];
var DecimalParameterList = [1, n0, _DPLe,
    0, [() => DecimalParameter$,
        0]
];
var DimensionFieldList = [1, n0, _DFL,
    0, [() => DimensionField$,
        0]
];
var DlpSettingSummaryList = [1, n0, _DSSLl,
    0, () => DlpSettingSummary$
];
var DnsResolverList = (/* unused pure expression or super */ null && (64 | 0));
var DrillDownFilterList = [1, n0, _DDFL,
    0, () => DrillDownFilter$
];
var EffectiveLimitList = [1, n0, _ELL,
    0, () => EffectiveLimit$
];
var EntityList = [1, n0, _ELn,
    0, () => Entity$
];
var ErrorList = (/* unused pure expression or super */ null && (64 | 0));
var ExplicitHierarchyColumnList = [1, n0, _EHCL,
    0, () => ColumnIdentifier$
];
var FailedKeyRegistrationEntries = [1, n0, _FKREa,
    0, () => FailedKeyRegistrationEntry$
];
var FailedSpaceResourceOperations = [1, n0, _FSROa,
    0, () => FailedSpaceResourceOperation$
];
var FailedToUpdateAssociationList = [1, n0, _FTUAL,
    0, () => FailedToUpdateAssociation$
];
var FieldOrderList = (/* unused pure expression or super */ null && (64 | 0));
var FieldSortOptionsList = [1, n0, _FSOL,
    0, () => FieldSortOptions$
];
var FilledMapConditionalFormattingOptionList = [1, n0, _FMCFOL,
    0, [() => FilledMapConditionalFormattingOption$,
        0]
];
var FilledMapDimensionFieldList = [1, n0, _FMDFL,
    0, [() => DimensionField$,
        0]
];
var FilledMapMeasureFieldList = [1, n0, _FMMFL,
    0, [() => MeasureField$,
        0]
];
var FilterAggMetricsList = [1, n0, _FAML,
    0, () => FilterAggMetrics$
];
var FilterControlList = [1, n0, _FCL,
    0, () => FilterControl$
];
var FilteredVisualsList = (/* unused pure expression or super */ null && (64 | 0));
var FilterGroupList = [1, n0, _FGL,
    0, [() => FilterGroup$,
        0]
];
var FilterList = [1, n0, _FLi,
    0, [() => Filter$,
        0]
];
var FilterOperationList = [1, n0, _FOL,
    0, [() => FilterOperation$,
        0]
];
var FlowSummaryList = [1, n0, _FSL,
    0, () => FlowSummary$
];
var FolderArnList = (/* unused pure expression or super */ null && (64 | 0));
var FolderColumnList = (/* unused pure expression or super */ null && (64 | 0));
var FolderMemberList = [1, n0, _FML,
    0, () => MemberIdArnPair$
];
var FolderSearchFilterList = [1, n0, _FSFL,
    0, () => FolderSearchFilter$
];
var FoldersForResourceArnList = (/* unused pure expression or super */ null && (64 | 0));
var FolderSummaryList = [1, n0, _FSLo,
    0, () => FolderSummary$
];
var FontList = [1, n0, _FLo,
    0, () => Font$
];
var ForecastConfigurationList = [1, n0, _FCLo,
    0, () => ForecastConfiguration$
];
var FreeFromLayoutElementList = [1, n0, _FFLEL,
    0, [() => FreeFormLayoutElement$,
        0]
];
var FunnelChartDimensionFieldList = [1, n0, _FCDFL,
    0, [() => DimensionField$,
        0]
];
var FunnelChartMeasureFieldList = [1, n0, _FCMFL,
    0, [() => MeasureField$,
        0]
];
var GaugeChartConditionalFormattingOptionList = [1, n0, _GCCFOL,
    0, [() => GaugeChartConditionalFormattingOption$,
        0]
];
var GeocodePreferenceList = [1, n0, _GPLeo,
    0, () => GeocodePreference$
];
var GeospatialCategoricalDataColorList = [1, n0, _GCDCL,
    0, () => GeospatialCategoricalDataColor$
];
var GeospatialGradientStepColorList = [1, n0, _GGSCL,
    0, () => GeospatialGradientStepColor$
];
var GeospatialHeatmapDataColorList = [1, n0, _GHDCL,
    0, () => GeospatialHeatmapDataColor$
];
var GeospatialLayerDimensionFieldList = [1, n0, _GLDFL,
    0, [() => DimensionField$,
        0]
];
var GeospatialLayerMeasureFieldList = [1, n0, _GLMFL,
    0, [() => MeasureField$,
        0]
];
var GeospatialMapLayerList = [1, n0, _GMLL,
    0, [() => GeospatialLayerItem$,
        0]
];
var GovernedActionList = (/* unused pure expression or super */ null && (64 | 0));
var GradientStopList = [1, n0, _GSL,
    0, () => GradientStop$
];
var GridLayoutElementList = [1, n0, _GLEL,
    0, () => GridLayoutElement$
];
var GroupArnList = (/* unused pure expression or super */ null && (64 | 0));
var GroupByColumnNameList = (/* unused pure expression or super */ null && (64 | 0));
var GroupList = [1, n0, _GLr,
    0, () => Group$
];
var GroupMemberList = [1, n0, _GML,
    0, () => GroupMember$
];
var GroupSearchFilterList = [1, n0, _GSFL,
    0, () => GroupSearchFilter$
];
var GroupsList = (/* unused pure expression or super */ null && (64 | 0));
var HeaderFooterSectionConfigurationList = [1, n0, _HFSCL,
    0, [() => HeaderFooterSectionConfiguration$,
        0]
];
var HeatMapDimensionFieldList = [1, n0, _HMDFL,
    0, [() => DimensionField$,
        0]
];
var HeatMapMeasureFieldList = [1, n0, _HMMFL,
    0, [() => MeasureField$,
        0]
];
var HierarchyFilterLevelList = [1, n0, _HFLL,
    0, () => HierarchyFilterLevel$
];
var HierarchyFilterNodeList = [1, n0, _HFNL,
    0, [() => HierarchyFilterNode$,
        0]
];
var HierarchyValuesList = [1, n0, _HVL,
    0, [() => HierarchyFilterValue,
        0]
];
var HistogramMeasureFieldList = [1, n0, _HMFL,
    0, [() => MeasureField$,
        0]
];
var IAMPolicyAssignmentSummaryList = [1, n0, _IAMPASL,
    0, () => IAMPolicyAssignmentSummary$
];
var IdentityNameList = (/* unused pure expression or super */ null && (64 | 0));
var ImageCustomActionList = [1, n0, _ICAL,
    0, [() => ImageCustomAction$,
        0]
];
var ImageCustomActionOperationList = [1, n0, _ICAOL,
    0, [() => ImageCustomActionOperation$,
        0]
];
var Ingestions = [1, n0, _Inge,
    0, () => Ingestion$
];
var InputColumnList = [1, n0, _ICL,
    0, () => InputColumn$
];
var IntegerDatasetParameterValueList = (/* unused pure expression or super */ null && (64 | 1));
var IntegerDefaultValueList = [1, n0, _IDVL,
    0, [() => SensitiveLongObject,
        0]
];
var IntegerParameterList = [1, n0, _IPL,
    0, [() => IntegerParameter$,
        0]
];
var InvalidTopicReviewedAnswers = [1, n0, _ITRAn,
    0, () => InvalidTopicReviewedAnswer$
];
var KeyRegistration = [1, n0, _KR,
    0, () => RegisteredCustomerManagedKey$
];
var KnowledgeBaseSearchFilters = [1, n0, _KBSFn,
    0, () => KnowledgeBaseSearchFilter$
];
var KnowledgeBaseSummaries = [1, n0, _KBSn,
    0, [() => KnowledgeBaseSummary$,
        0]
];
var KPIConditionalFormattingOptionList = [1, n0, _KPICFOL,
    0, [() => KPIConditionalFormattingOption$,
        0]
];
var LabelActionMappingList = [1, n0, _LAML,
    0, () => LabelActionMapping$
];
var LayerCustomActionList = [1, n0, _LCAL,
    0, [() => LayerCustomAction$,
        0]
];
var LayerCustomActionOperationList = [1, n0, _LCAOL,
    0, [() => LayerCustomActionOperation$,
        0]
];
var LayoutList = [1, n0, _LLa,
    0, [() => Layout$,
        0]
];
var LimitsProfileList = [1, n0, _LPL,
    0, () => LimitsProfile$
];
var LinkedDataSourceIds = (/* unused pure expression or super */ null && (64 | 0));
var LinkEntityArnList = (/* unused pure expression or super */ null && (64 | 0));
var MappedDataSetParameters = [1, n0, _MDSP,
    0, () => MappedDataSetParameter$
];
var MeasureFieldList = [1, n0, _MFLea,
    0, [() => MeasureField$,
        0]
];
var MissingDataConfigurationList = [1, n0, _MDCL,
    0, () => MissingDataConfiguration$
];
var NamedEntityDefinitions = [1, n0, _NEDa,
    0, () => NamedEntityDefinition$
];
var NamedEntitySortList = [1, n0, _NESL,
    0, () => NamedEntitySort$
];
var Namespaces = [1, n0, _Nam,
    0, () => NamespaceInfoV2$
];
var NetworkInterfaceList = [1, n0, _NIL,
    0, () => NetworkInterface$
];
var NonRepeatingVisualsList = (/* unused pure expression or super */ null && (64 | 0));
var OAuthClientApplicationSummaryList = [1, n0, _OACASL,
    0, () => OAuthClientApplicationSummary$
];
var OperandList = [1, n0, _OL,
    0, () => Identifier$
];
var OutputColumnList = [1, n0, _OCL,
    0, [() => OutputColumn$,
        0]
];
var OutputColumnNameOverrideList = [1, n0, _OCNOL,
    0, () => OutputColumnNameOverride$
];
var ParameterControlList = [1, n0, _PCL,
    0, () => ParameterControl$
];
var ParameterDeclarationList = [1, n0, _PDL,
    0, [() => ParameterDeclaration$,
        0]
];
var ParameterSelectableValueList = (/* unused pure expression or super */ null && (64 | 0));
var Path = (/* unused pure expression or super */ null && (64 | 0));
var PermissionsList = [1, n0, _PLe,
    0, () => Permission$
];
var PivotedLabelList = [1, n0, _PLL,
    0, () => PivotedLabel$
];
var PivotFieldSortOptionsList = [1, n0, _PFSOL,
    0, [() => PivotFieldSortOptions$,
        0]
];
var PivotGroupByColumnNameList = (/* unused pure expression or super */ null && (64 | 0));
var PivotMeasureFieldList = [1, n0, _PMFL,
    0, [() => MeasureField$,
        0]
];
var PivotTableConditionalFormattingOptionList = [1, n0, _PTCFOL,
    0, [() => PivotTableConditionalFormattingOption$,
        0]
];
var PivotTableConditionalFormattingScopeList = [1, n0, _PTCFSL,
    0, () => PivotTableConditionalFormattingScope$
];
var PivotTableDataPathOptionList = [1, n0, _PTDPOL,
    0, [() => PivotTableDataPathOption$,
        0]
];
var PivotTableDimensionList = [1, n0, _PTDL,
    0, [() => DimensionField$,
        0]
];
var PivotTableFieldCollapseStateOptionList = [1, n0, _PTFCSOL,
    0, [() => PivotTableFieldCollapseStateOption$,
        0]
];
var PivotTableFieldOptionList = [1, n0, _PTFOL,
    0, () => PivotTableFieldOption$
];
var PivotTableFieldSubtotalOptionsList = [1, n0, _PTFSOL,
    0, () => PivotTableFieldSubtotalOptions$
];
var PluginVisualFieldWells = [1, n0, _PVFWl,
    0, [() => PluginVisualFieldWell$,
        0]
];
var PluginVisualPropertiesList = [1, n0, _PVPL,
    0, () => PluginVisualProperty$
];
var PredefinedHierarchyColumnList = [1, n0, _PHCL,
    0, () => ColumnIdentifier$
];
var PrincipalList = (/* unused pure expression or super */ null && (64 | 0));
var ProjectedColumnNameList = (/* unused pure expression or super */ null && (64 | 0));
var QAResults = [1, n0, _QARe,
    0, [() => QAResult$,
        0]
];
var RadarChartCategoryFieldList = [1, n0, _RCCFL,
    0, [() => DimensionField$,
        0]
];
var RadarChartColorFieldList = [1, n0, _RCCFLa,
    0, [() => DimensionField$,
        0]
];
var RadarChartValuesFieldList = [1, n0, _RCVFL,
    0, [() => MeasureField$,
        0]
];
var ReferenceLineList = [1, n0, _RLL,
    0, [() => ReferenceLine$,
        0]
];
var RefreshSchedules = [1, n0, _RS,
    0, () => RefreshSchedule$
];
var RegisteredUserSnapshotJobResultList = [1, n0, _RUSJRL,
    0, [() => RegisteredUserSnapshotJobResult$,
        0]
];
var RenameColumnOperationList = [1, n0, _RCOL,
    0, () => RenameColumnOperation$
];
var ResourcePermissionList = [1, n0, _RPL,
    0, () => ResourcePermission$
];
var ResourceTypeList = (/* unused pure expression or super */ null && (64 | 0));
var RowAlternateColorList = (/* unused pure expression or super */ null && (64 | 0));
var RowLevelPermissionTagRuleConfiguration = (/* unused pure expression or super */ null && (64 | 0));
var RowLevelPermissionTagRuleConfigurationList = [1, n0, _RLPTRCL,
    0, 64 | 0
];
var RowLevelPermissionTagRuleList = [1, n0, _RLPTRL,
    0, [() => RowLevelPermissionTagRule$,
        0]
];
var RowSortList = [1, n0, _RSL,
    0, () => FieldSortOptions$
];
var SearchAppsFilterList = [1, n0, _SAFL,
    0, () => SearchAppsFilter$
];
var SearchFlowsFilterList = [1, n0, _SFFL,
    0, () => SearchFlowsFilter$
];
var SecurityGroupIdList = (/* unused pure expression or super */ null && (64 | 0));
var SelectedFieldList = (/* unused pure expression or super */ null && (64 | 0));
var SelfUpgradeRequestDetailList = [1, n0, _SURDL,
    0, () => SelfUpgradeRequestDetail$
];
var SensitiveDoubleList = [1, n0, _SDL,
    0, [() => SensitiveDouble,
        0]
];
var SensitiveLongList = [1, n0, _SLL,
    0, [() => SensitiveLong,
        0]
];
var SensitiveStringList = [1, n0, _SSL,
    0, [() => SensitiveString,
        0]
];
var SensitiveTimestampList = [1, n0, _STL,
    0, [() => SensitiveTimestamp,
        0]
];
var SeriesItemList = [1, n0, _SILe,
    0, [() => SeriesItem$,
        0]
];
var SessionTagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var SessionTagList = [1, n0, _STLe,
    0, [() => SessionTag$,
        0]
];
var SetParameterValueConfigurationList = [1, n0, _SPVCL,
    0, [() => SetParameterValueConfiguration$,
        0]
];
var SharedColumnSemanticMetadataList = [1, n0, _SCSML,
    0, [() => SharedColumnSemanticMetadata$,
        0]
];
var SheetControlLayoutList = [1, n0, _SCLL,
    0, () => SheetControlLayout$
];
var SheetDefinitionList = [1, n0, _SDLh,
    0, [() => SheetDefinition$,
        0]
];
var SheetElementRenderingRuleList = [1, n0, _SERRL,
    0, [() => SheetElementRenderingRule$,
        0]
];
var SheetImageList = [1, n0, _SILh,
    0, [() => SheetImage$,
        0]
];
var SheetLayoutGroupList = [1, n0, _SLGL,
    0, () => SheetLayoutGroup$
];
var SheetLayoutGroupMemberList = [1, n0, _SLGML,
    0, () => SheetLayoutGroupMember$
];
var SheetList = [1, n0, _SLh,
    0, [() => Sheet$,
        0]
];
var SheetTextBoxList = [1, n0, _STBL,
    0, () => SheetTextBox$
];
var SheetVisualScopingConfigurations = [1, n0, _SVSC,
    0, () => SheetVisualScopingConfiguration$
];
var Slots = [1, n0, _Slot,
    0, () => Slot$
];
var SmallMultiplesDimensionFieldList = [1, n0, _SMDFL,
    0, [() => DimensionField$,
        0]
];
var SnapshotAnonymousUserList = [1, n0, _SAUL,
    0, [() => SnapshotAnonymousUser$,
        0]
];
var SnapshotAnonymousUserRedactedList = [1, n0, _SAURL,
    0, () => SnapshotAnonymousUserRedacted$
];
var SnapshotFileGroupList = [1, n0, _SFGL,
    0, () => SnapshotFileGroup$
];
var SnapshotFileList = [1, n0, _SFL,
    0, () => SnapshotFile$
];
var SnapshotFileSheetSelectionList = [1, n0, _SFSSL,
    0, () => SnapshotFileSheetSelection$
];
var SnapshotFileSheetSelectionVisualIdList = (/* unused pure expression or super */ null && (64 | 0));
var SnapshotJobResultErrorInfoList = [1, n0, _SJREIL,
    0, () => SnapshotJobResultErrorInfo$
];
var SnapshotJobResultFileGroupList = [1, n0, _SJRFGL,
    0, [() => SnapshotJobResultFileGroup$,
        0]
];
var SnapshotJobS3ResultList = [1, n0, _SJSRL,
    0, [() => SnapshotJobS3Result$,
        0]
];
var SnapshotS3DestinationConfigurationList = [1, n0, _SSDCL,
    0, () => SnapshotS3DestinationConfiguration$
];
var SpaceContributorList = [1, n0, _SCLp,
    0, () => SpaceContributor$
];
var SpaceQuickSightResources = [1, n0, _SQSRp,
    0, () => SpaceQuickSightResource$
];
var SpaceQuicksightSearchFilters = [1, n0, _SQSFp,
    0, () => SpaceQuicksightSearchFilter$
];
var SpaceResourceOperations = [1, n0, _SROp,
    0, () => SpaceResourceOperation$
];
var SpaceResourceSummaries = [1, n0, _SRSp,
    0, () => SpaceResourceSummary$
];
var SpaceSummaries = [1, n0, _SSp,
    0, [() => SpaceSummary$,
        0]
];
var StarterPromptList = [1, n0, _SPL,
    8, 0
];
var StaticFileList = [1, n0, _SFLt,
    0, () => StaticFile$
];
var StepAliasList = [1, n0, _SAL,
    0, () => StepAliasMapping$
];
var StringDatasetParameterValueList = (/* unused pure expression or super */ null && (64 | 0));
var StringDefaultValueList = [1, n0, _SDVL,
    0, [() => SensitiveStringObject,
        0]
];
var StringList = (/* unused pure expression or super */ null && (64 | 0));
var StringParameterList = [1, n0, _SPLt,
    0, [() => StringParameter$,
        0]
];
var SubnetIdList = (/* unused pure expression or super */ null && (64 | 0));
var SucceededTopicReviewedAnswers = [1, n0, _STRAu,
    0, () => SucceededTopicReviewedAnswer$
];
var SuccessfulKeyRegistrationEntries = [1, n0, _SKREu,
    0, () => SuccessfulKeyRegistrationEntry$
];
var Synonyms = [1, n0, _Sy,
    0, [() => SynonymString,
        0]
];
var TableConditionalFormattingOptionList = [1, n0, _TCFOL,
    0, [() => TableConditionalFormattingOption$,
        0]
];
var TableFieldOptionList = [1, n0, _TFOL,
    0, () => TableFieldOption$
];
var TableFieldOrderList = (/* unused pure expression or super */ null && (64 | 0));
var TableInlineVisualizationList = [1, n0, _TIVL,
    0, [() => TableInlineVisualization$,
        0]
];
var TablePathElementList = [1, n0, _TPEL,
    0, () => TablePathElement$
];
var TableStyleTargetList = [1, n0, _TSTL,
    0, () => TableStyleTarget$
];
var TableUnaggregatedFieldList = [1, n0, _TUFL,
    0, [() => UnaggregatedField$,
        0]
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TLa,
    0, () => Tag$
];
var TargetVisualList = (/* unused pure expression or super */ null && (64 | 0));
var TemplateAliasList = [1, n0, _TAL,
    0, () => TemplateAlias$
];
var TemplateErrorList = [1, n0, _TEL,
    0, () => TemplateError$
];
var TemplateSummaryList = [1, n0, _TSL,
    0, () => TemplateSummary$
];
var TemplateVersionSummaryList = [1, n0, _TVSL,
    0, () => TemplateVersionSummary$
];
var ThemeAliasList = [1, n0, _TALh,
    0, () => ThemeAlias$
];
var ThemeErrorList = [1, n0, _TELh,
    0, () => ThemeError$
];
var ThemeSummaryList = [1, n0, _TSLh,
    0, () => ThemeSummary$
];
var ThemeVersionSummaryList = [1, n0, _TVSLh,
    0, () => ThemeVersionSummary$
];
var TooltipItemList = [1, n0, _TIL,
    0, () => TooltipItem$
];
var TooltipSheetDefinitionList = [1, n0, _TSDL,
    0, [() => TooltipSheetDefinition$,
        0]
];
var TooltipSheetImageList = [1, n0, _TSIL,
    0, [() => SheetImage$,
        0]
];
var TooltipSheetTextBoxList = [1, n0, _TSTBL,
    0, () => SheetTextBox$
];
var TooltipSheetVisualList = [1, n0, _TSVL,
    0, [() => Visual$,
        0]
];
var TopicArnsList = (/* unused pure expression or super */ null && (64 | 0));
var TopicCalculatedFields = [1, n0, _TCFopi,
    0, [() => TopicCalculatedField$,
        0]
];
var TopicColumns = [1, n0, _TCopic,
    0, [() => TopicColumn$,
        0]
];
var TopicConfigurationList = [1, n0, _TCL,
    0, () => TopicConfiguration$
];
var TopicFilters = [1, n0, _TFop,
    0, [() => TopicFilter$,
        0]
];
var TopicIdentifierDeclarationList = [1, n0, _TIDL,
    0, () => TopicIdentifierDeclaration$
];
var TopicIRFilterEntry = [1, n0, _TIRFE,
    0, () => TopicIRFilterOption$
];
var TopicIRFilterList = [1, n0, _TIRFL,
    0, () => TopicIRFilterEntry
];
var TopicIRGroupByList = [1, n0, _TIRGBL,
    0, () => TopicIRGroupBy$
];
var TopicIRMetricList = [1, n0, _TIRML,
    0, [() => TopicIRMetric$,
        0]
];
var TopicNamedEntities = [1, n0, _TNEo,
    0, [() => TopicNamedEntity$,
        0]
];
var TopicReferenceList = [1, n0, _TRL,
    0, () => TopicReference$
];
var TopicRefreshScheduleSummaries = [1, n0, _TRSSo,
    0, () => TopicRefreshScheduleSummary$
];
var TopicReviewedAnswers = [1, n0, _TRAo,
    0, [() => TopicReviewedAnswer$,
        0]
];
var TopicSearchFilterList = [1, n0, _TSFL,
    0, [() => TopicSearchFilter$,
        0]
];
var TopicSummaries = [1, n0, _TSopi,
    0, () => TopicSummary$
];
var TopicV2DataSetReferences = [1, n0, _TVDSRop,
    0, () => TopicV2DataSetReference$
];
var TopicV2DataSetRelationColumnNames = (/* unused pure expression or super */ null && (64 | 0));
var TopicV2DataSetRelationList = [1, n0, _TVDSRL,
    0, () => TopicV2DataSetRelation$
];
var TopicV2Summaries = [1, n0, _TVSop,
    0, () => TopicV2Summary$
];
var TopicVisuals = [1, n0, _TVopi,
    0, [() => TopicVisual$,
        0]
];
var TotalAggregationOptionList = [1, n0, _TAOL,
    0, () => TotalAggregationOption$
];
var TransformOperationList = [1, n0, _TOL,
    0, [() => TransformOperation$,
        0]
];
var TransposedTableOptionList = [1, n0, _TTOL,
    0, () => TransposedTableOption$
];
var TreeMapDimensionFieldList = [1, n0, _TMDFL,
    0, [() => DimensionField$,
        0]
];
var TreeMapMeasureFieldList = [1, n0, _TMMFL,
    0, [() => MeasureField$,
        0]
];
var UnaggregatedFieldList = [1, n0, _UFL,
    0, [() => UnaggregatedField$,
        0]
];
var UniqueKeyColumnNameList = (/* unused pure expression or super */ null && (64 | 0));
var UniqueKeyList = [1, n0, _UKL,
    0, () => UniqueKey$
];
var UpdateAgentPermissionsRequestGrantPermissionsList = [1, n0, _UAPRGPL,
    0, () => ResourcePermission$
];
var UpdateAgentPermissionsRequestRevokePermissionsList = [1, n0, _UAPRRPL,
    0, () => ResourcePermission$
];
var UpdateAgentRequestActionConnectorsToAddList = (/* unused pure expression or super */ null && (64 | 0));
var UpdateAgentRequestActionConnectorsToRemoveList = (/* unused pure expression or super */ null && (64 | 0));
var UpdateAgentRequestSpacesToAddList = (/* unused pure expression or super */ null && (64 | 0));
var UpdateAgentRequestSpacesToRemoveList = (/* unused pure expression or super */ null && (64 | 0));
var UpdateFlowPermissionsInputGrantPermissionsList = [1, n0, _UFPIGPL,
    0, () => Permission$
];
var UpdateFlowPermissionsInputRevokePermissionsList = [1, n0, _UFPIRPL,
    0, () => Permission$
];
var UpdateLinkPermissionList = [1, n0, _ULPL,
    0, () => ResourcePermission$
];
var UpdateResourcePermissionList = [1, n0, _URPL,
    0, () => ResourcePermission$
];
var UserIndexCapacityFilters = [1, n0, _UICF,
    0, () => UserIndexCapacityFilter$
];
var UserIndexCapacityList = [1, n0, _UICL,
    0, () => UserIndexCapacity$
];
var UserLimitsList = [1, n0, _ULL,
    0, () => UserLimits$
];
var UserList = [1, n0, _UL,
    0, () => User$
];
var VisualCustomActionList = [1, n0, _VCAL,
    0, [() => VisualCustomAction$,
        0]
];
var VisualCustomActionOperationList = [1, n0, _VCAOL,
    0, [() => VisualCustomActionOperation$,
        0]
];
var VisualCustomizationAdditionalFieldsList = [1, n0, _VCAFL,
    0, () => ColumnIdentifier$
];
var VisualList = [1, n0, _VLi,
    0, [() => Visual$,
        0]
];
var VPCConnectionSummaryList = [1, n0, _VPCCSL,
    0, () => VPCConnectionSummary$
];
var WordCloudDimensionFieldList = [1, n0, _WCDFL,
    0, [() => DimensionField$,
        0]
];
var WordCloudMeasureFieldList = [1, n0, _WCMFL,
    0, [() => MeasureField$,
        0]
];
var AggFunctionParamMap = (/* unused pure expression or super */ null && (128 | 0));
var AggregationFunctionParameters = (/* unused pure expression or super */ null && (128 | 0));
var CreateLimitsProfileRequestResourceLimitsMap = [2, n0, _CLPRRLM,
    0, 0, () => ProfileLimitValue$
];
var DefaultCategoryEffectsMap = (/* unused pure expression or super */ null && (128 | 0));
var DestinationTableMap = [2, n0, _DTM,
    0, 0, () => DestinationTable$
];
var FieldFolderMap = [2, n0, _FFM,
    0, 0, () => FieldFolder$
];
var IdentityMap = [2, n0, _IMd,
    0, 0, 64 | 0
];
var IpRestrictionRuleMap = (/* unused pure expression or super */ null && (128 | 0));
var LogicalTableMap = [2, n0, _LTM,
    0, [0,
        0],
    [() => LogicalTable$,
        0]
];
var PhysicalTableMap = [2, n0, _PTM,
    0, [0,
        0],
    [() => PhysicalTable$,
        0]
];
var ResourceLimitsMap = [2, n0, _RLM,
    0, 0, () => ProfileLimitValue$
];
var RowLevelPermissionDataSetMap = [2, n0, _RLPDSM,
    0, 0, () => RowLevelPermissionDataSet$
];
var SemanticTableMap = [2, n0, _STMe,
    0, [0,
        0],
    [() => SemanticTable$,
        0]
];
var SourceTableMap = [2, n0, _STM,
    0, 0, () => SourceTable$
];
var TransformStepMap = [2, n0, _TSM,
    0, [0,
        0],
    [() => TransformStep$,
        0]
];
var TypeParameters = (/* unused pure expression or super */ null && (128 | 0));
var VpcEndpointIdRestrictionRuleMap = (/* unused pure expression or super */ null && (128 | 0));
var VpcIdRestrictionRuleMap = (/* unused pure expression or super */ null && (128 | 0));
var AuthenticationMetadata$ = [4, n0, _AM,
    0,
    [_ACGM, _CCGM, _BACM, _AKCM, _NCM, _ICM],
    [[() => AuthorizationCodeGrantMetadata$, 0], [() => ClientCredentialsGrantMetadata$, 0], [() => BasicAuthConnectionMetadata$, 0], [() => APIKeyConnectionMetadata$, 0], () => NoneConnectionMetadata$, () => IAMConnectionMetadata$]
];
var AuthorizationCodeGrantCredentialsDetails$ = [4, n0, _ACGCD,
    0,
    [_ACGD],
    [[() => AuthorizationCodeGrantDetails$, 0]]
];
var ClientCredentialsDetails$ = [4, n0, _CCD,
    0,
    [_CCGD],
    [[() => ClientCredentialsGrantDetails$, 0]]
];
var CustomPromptInput$ = [4, n0, _CPIu,
    8,
    [_EPx, _NP],
    [() => CustomPromptProfile$, [() => CustomPromptInputParameters$, 0]]
];
var DataSourceParameters$ = [4, n0, _DSP,
    0,
    [_AEP, _APt, _APu, _APSP, _AIAP, _JP, _MDP, _MSP, _OPr, _PSP, _PP, _RP, _RPe, _SPa, _STP, _SKBP, _SNP, _SPn, _SPp, _SSP, _TPe, _TPw, _AOSP, _EP, _DPa, _SPtar, _TPr, _BQP, _IPm, _CCP, _WCP, _CPo, _QBP, _SPP, _GDP, _ODP, _FMKBP],
    [() => AmazonElasticsearchParameters$, () => AthenaParameters$, () => AuroraParameters$, () => AuroraPostgreSqlParameters$, () => AwsIotAnalyticsParameters$, () => JiraParameters$, () => MariaDbParameters$, () => MySqlParameters$, () => OracleParameters$, () => PostgreSqlParameters$, () => PrestoParameters$, () => RdsParameters$, () => RedshiftParameters$, () => S3Parameters$, () => S3TablesParameters$, () => S3KnowledgeBaseParameters$, () => ServiceNowParameters$, () => SnowflakeParameters$, () => SparkParameters$, () => SqlServerParameters$, () => TeradataParameters$, () => TwitterParameters$, () => AmazonOpenSearchParameters$, () => ExasolParameters$, () => DatabricksParameters$, () => StarburstParameters$, () => TrinoParameters$, () => BigQueryParameters$, () => ImpalaParameters$, () => CustomConnectionParameters$, () => WebCrawlerParameters$, () => ConfluenceParameters$, () => QBusinessParameters$, () => SharePointParameters$, () => GoogleDriveParameters$, () => OneDriveParameters$, () => FMKBParameters$]
];
var GeocodePreferenceValue$ = [4, n0, _GPV,
    0,
    [_GH, _Coo],
    [() => GeocoderHierarchy$, () => Coordinate$]
];
var ImageSource$ = [4, n0, _ISmag,
    0,
    [_PUu, _SU],
    [0, 0]
];
var PhysicalTable$ = [4, n0, _PTh,
    0,
    [_RTel, _CSu, _SSo, _SST, _FSil],
    [() => RelationalTable$, [() => CustomSql$, 0], () => S3Source$, () => SaaSTable$, () => FileSource$]
];
var ProviderConfig$ = [4, n0, _PCr,
    0,
    [_MPi],
    [() => MicrosoftPurviewProviderConfig$]
];
var ReadAuthenticationMetadata$ = [4, n0, _RAM,
    0,
    [_ACGM, _CCGM, _BACM, _AKCM, _NCM, _ICM],
    [() => ReadAuthorizationCodeGrantMetadata$, () => ReadClientCredentialsGrantMetadata$, [() => ReadBasicAuthConnectionMetadata$, 0], [() => ReadAPIKeyConnectionMetadata$, 0], () => ReadNoneConnectionMetadata$, () => ReadIamConnectionMetadata$]
];
var ReadAuthorizationCodeGrantCredentialsDetails$ = [4, n0, _RACGCD,
    0,
    [_RACGD],
    [() => ReadAuthorizationCodeGrantDetails$]
];
var ReadClientCredentialsDetails$ = [4, n0, _RCCD,
    0,
    [_RCCGD],
    [() => ReadClientCredentialsGrantDetails$]
];
var SpaceQuickSightResourceDetails$ = [4, n0, _SQSRD,
    0,
    [_rA],
    [0]
];
var TransformOperation$ = [4, n0, _TOra,
    0,
    [_POr, _FO, _CCO, _RCO, _CCTO, _TCO, _UCO, _ODPO],
    [() => ProjectOperation$, [() => FilterOperation$, 0], [() => CreateColumnsOperation$, 0], () => RenameColumnOperation$, () => CastColumnTypeOperation$, [() => TagColumnOperation$, 0], () => UntagColumnOperation$, () => OverrideDatasetParameterOperation$]
];
var UserIdentifier$ = [4, n0, _UIs,
    0,
    [_UN, _E, _UAse],
    [[() => SensitiveString, 0], [() => SensitiveString, 0], 0]
];
var UserIndexCapacityFilter$ = [4, n0, _UICFs,
    0,
    [_uNOE, _tCB],
    [() => UserNameOrEmailFilter$, () => CapacityBytesRangeFilter$]
];
var BatchCreateTopicReviewedAnswer$ = [9, n0, _BCTRA,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/topics/{TopicId}/batch-create-reviewed-answers", 200] }, () => BatchCreateTopicReviewedAnswerRequest$, () => BatchCreateTopicReviewedAnswerResponse$
];
var BatchDeleteKnowledgeBase$ = [9, n0, _BDKB,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/knowledge-bases/batch-delete", 202] }, () => BatchDeleteKnowledgeBaseRequest$, () => BatchDeleteKnowledgeBaseResponse$
];
var BatchDeleteTopicReviewedAnswer$ = [9, n0, _BDTRA,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/topics/{TopicId}/batch-delete-reviewed-answers", 200] }, () => BatchDeleteTopicReviewedAnswerRequest$, () => BatchDeleteTopicReviewedAnswerResponse$
];
var BatchDescribeUserLimits$ = [9, n0, _BDUL,
    { [_h]: ["POST", "/governance/limits/accounts/{accountId}/user-limits", 200] }, () => BatchDescribeUserLimitsRequest$, () => BatchDescribeUserLimitsResponse$
];
var CancelIngestion$ = [9, n0, _CIa,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/ingestions/{IngestionId}", 200] }, () => CancelIngestionRequest$, () => CancelIngestionResponse$
];
var CreateAccountCustomization$ = [9, n0, _CAC,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/customizations", 200] }, () => CreateAccountCustomizationRequest$, () => CreateAccountCustomizationResponse$
];
var CreateAccountSubscription$ = [9, n0, _CAS,
    { [_h]: ["POST", "/account/{AwsAccountId}", 200] }, () => CreateAccountSubscriptionRequest$, () => CreateAccountSubscriptionResponse$
];
var CreateActionConnector$ = [9, n0, _CACr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/action-connectors", 200] }, () => CreateActionConnectorRequest$, () => CreateActionConnectorResponse$
];
var CreateAgent$ = [9, n0, _CAr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/agents", 200] }, () => CreateAgentRequest$, () => CreateAgentResponse$
];
var CreateAnalysis$ = [9, n0, _CAre,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/analyses/{AnalysisId}", 200] }, () => CreateAnalysisRequest$, () => CreateAnalysisResponse$
];
var CreateApprovalPolicy$ = [9, n0, _CAPr,
    { [_h]: ["POST", "/governance/approvalworkflows/policies", 200] }, () => CreateApprovalPolicyRequest$, () => CreateApprovalPolicyResponse$
];
var CreateBrand$ = [9, n0, _CBr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/brands/{BrandId}", 200] }, () => CreateBrandRequest$, () => CreateBrandResponse$
];
var CreateCustomPermissions$ = [9, n0, _CCPr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/custom-permissions", 200] }, () => CreateCustomPermissionsRequest$, () => CreateCustomPermissionsResponse$
];
var CreateDashboard$ = [9, n0, _CDre,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/dashboards/{DashboardId}", 200] }, () => CreateDashboardRequest$, () => CreateDashboardResponse$
];
var CreateDataSet$ = [9, n0, _CDSr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/data-sets", 200] }, () => CreateDataSetRequest$, () => CreateDataSetResponse$
];
var CreateDataSource$ = [9, n0, _CDSre,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/data-sources", 200] }, () => CreateDataSourceRequest$, () => CreateDataSourceResponse$
];
var CreateDlpSetting$ = [9, n0, _CDSrea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/data-loss-prevention/settings/{DlpSettingId}", 200] }, () => CreateDlpSettingRequest$, () => CreateDlpSettingResponse$
];
var CreateFlow$ = [9, n0, _CFr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/flows", 200] }, () => CreateFlowRequest$, () => CreateFlowResponse$
];
var CreateFolder$ = [9, n0, _CFre,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/folders/{FolderId}", 200] }, () => CreateFolderRequest$, () => CreateFolderResponse$
];
var CreateFolderMembership$ = [9, n0, _CFM,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/folders/{FolderId}/members/{MemberType}/{MemberId}", 200] }, () => CreateFolderMembershipRequest$, () => CreateFolderMembershipResponse$
];
var CreateGroup$ = [9, n0, _CGr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups", 200] }, () => CreateGroupRequest$, () => CreateGroupResponse$
];
var CreateGroupMembership$ = [9, n0, _CGM,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}/members/{MemberName}", 200] }, () => CreateGroupMembershipRequest$, () => CreateGroupMembershipResponse$
];
var CreateIAMPolicyAssignment$ = [9, n0, _CIAMPA,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/namespaces/{Namespace}/iam-policy-assignments", 200] }, () => CreateIAMPolicyAssignmentRequest$, () => CreateIAMPolicyAssignmentResponse$
];
var CreateIngestion$ = [9, n0, _CIr,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/ingestions/{IngestionId}", 200] }, () => CreateIngestionRequest$, () => CreateIngestionResponse$
];
var CreateKnowledgeBase$ = [9, n0, _CKBr,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/knowledge-bases", 202] }, () => CreateKnowledgeBaseRequest$, () => CreateKnowledgeBaseResponse$
];
var CreateLimitsProfile$ = [9, n0, _CLP,
    { [_h]: ["POST", "/governance/limits/accounts/{accountId}/profiles", 200] }, () => CreateLimitsProfileRequest$, () => CreateLimitsProfileResponse$
];
var CreateNamespace$ = [9, n0, _CNr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}", 200] }, () => CreateNamespaceRequest$, () => CreateNamespaceResponse$
];
var CreateOAuthClientApplication$ = [9, n0, _COACA,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/oauth-client-applications", 200] }, () => CreateOAuthClientApplicationRequest$, () => CreateOAuthClientApplicationResponse$
];
var CreateRefreshSchedule$ = [9, n0, _CRS,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-schedules", 200] }, () => CreateRefreshScheduleRequest$, () => CreateRefreshScheduleResponse$
];
var CreateRoleMembership$ = [9, n0, _CRM,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/namespaces/{Namespace}/roles/{Role}/members/{MemberName}", 200] }, () => CreateRoleMembershipRequest$, () => CreateRoleMembershipResponse$
];
var CreateSpace$ = [9, n0, _CSrea,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/spaces", 200] }, () => CreateSpaceRequest$, () => CreateSpaceResponse$
];
var CreateTemplate$ = [9, n0, _CTre,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/templates/{TemplateId}", 200] }, () => CreateTemplateRequest$, () => CreateTemplateResponse$
];
var CreateTemplateAlias$ = [9, n0, _CTA,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/templates/{TemplateId}/aliases/{AliasName}", 200] }, () => CreateTemplateAliasRequest$, () => CreateTemplateAliasResponse$
];
var CreateTheme$ = [9, n0, _CTrea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/themes/{ThemeId}", 200] }, () => CreateThemeRequest$, () => CreateThemeResponse$
];
var CreateThemeAlias$ = [9, n0, _CTAr,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/themes/{ThemeId}/aliases/{AliasName}", 200] }, () => CreateThemeAliasRequest$, () => CreateThemeAliasResponse$
];
var CreateTopic$ = [9, n0, _CTreat,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/topics", 200] }, () => CreateTopicRequest$, () => CreateTopicResponse$
];
var CreateTopicRefreshSchedule$ = [9, n0, _CTRS,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/topics/{TopicId}/schedules", 200] }, () => CreateTopicRefreshScheduleRequest$, () => CreateTopicRefreshScheduleResponse$
];
var CreateTopicV2$ = [9, n0, _CTV,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/topicsV2", 200] }, () => CreateTopicV2Request$, () => CreateTopicV2Response$
];
var CreateVPCConnection$ = [9, n0, _CVPCC,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/vpc-connections", 200] }, () => CreateVPCConnectionRequest$, () => CreateVPCConnectionResponse$
];
var DeleteAccountCustomization$ = [9, n0, _DAC,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/customizations", 200] }, () => DeleteAccountCustomizationRequest$, () => DeleteAccountCustomizationResponse$
];
var DeleteAccountCustomPermission$ = [9, n0, _DACP,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/custom-permission", 200] }, () => DeleteAccountCustomPermissionRequest$, () => DeleteAccountCustomPermissionResponse$
];
var DeleteAccountSubscription$ = [9, n0, _DAS,
    { [_h]: ["DELETE", "/account/{AwsAccountId}", 200] }, () => DeleteAccountSubscriptionRequest$, () => DeleteAccountSubscriptionResponse$
];
var DeleteActionConnector$ = [9, n0, _DACe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}", 200] }, () => DeleteActionConnectorRequest$, () => DeleteActionConnectorResponse$
];
var DeleteAgent$ = [9, n0, _DAe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/agents/{AgentId}", 200] }, () => DeleteAgentRequest$, () => DeleteAgentResponse$
];
var DeleteAnalysis$ = [9, n0, _DAel,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/analyses/{AnalysisId}", 200] }, () => DeleteAnalysisRequest$, () => DeleteAnalysisResponse$
];
var DeleteApp$ = [9, n0, _DAele,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/apps/{AppId}", 200] }, () => DeleteAppRequest$, () => DeleteAppResponse$
];
var DeleteApprovalPolicy$ = [9, n0, _DAP,
    { [_h]: ["DELETE", "/governance/approvalworkflows/policies/{PolicyId}", 200] }, () => DeleteApprovalPolicyRequest$, () => DeleteApprovalPolicyResponse$
];
var DeleteBrand$ = [9, n0, _DBe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/brands/{BrandId}", 200] }, () => DeleteBrandRequest$, () => DeleteBrandResponse$
];
var DeleteBrandAssignment$ = [9, n0, _DBA,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/brandassignments", 200] }, () => DeleteBrandAssignmentRequest$, () => DeleteBrandAssignmentResponse$
];
var DeleteCustomPermissions$ = [9, n0, _DCPe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/custom-permissions/{CustomPermissionsName}", 200] }, () => DeleteCustomPermissionsRequest$, () => DeleteCustomPermissionsResponse$
];
var DeleteDashboard$ = [9, n0, _DDe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/dashboards/{DashboardId}", 200] }, () => DeleteDashboardRequest$, () => DeleteDashboardResponse$
];
var DeleteDataSet$ = [9, n0, _DDSel,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/data-sets/{DataSetId}", 200] }, () => DeleteDataSetRequest$, () => DeleteDataSetResponse$
];
var DeleteDataSetRefreshProperties$ = [9, n0, _DDSRP,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-properties", 200] }, () => DeleteDataSetRefreshPropertiesRequest$, () => DeleteDataSetRefreshPropertiesResponse$
];
var DeleteDataSource$ = [9, n0, _DDSele,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/data-sources/{DataSourceId}", 200] }, () => DeleteDataSourceRequest$, () => DeleteDataSourceResponse$
];
var DeleteDefaultQBusinessApplication$ = [9, n0, _DDQBA,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/default-qbusiness-application", 200] }, () => DeleteDefaultQBusinessApplicationRequest$, () => DeleteDefaultQBusinessApplicationResponse$
];
var DeleteDlpSetting$ = [9, n0, _DDSelet,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/data-loss-prevention/settings/{DlpSettingId}", 200] }, () => DeleteDlpSettingRequest$, () => DeleteDlpSettingResponse$
];
var DeleteFlow$ = [9, n0, _DFel,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/flows/{FlowId}", 200] }, () => DeleteFlowRequest$, () => DeleteFlowResponse$
];
var DeleteFolder$ = [9, n0, _DFele,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/folders/{FolderId}", 200] }, () => DeleteFolderRequest$, () => DeleteFolderResponse$
];
var DeleteFolderMembership$ = [9, n0, _DFM,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/folders/{FolderId}/members/{MemberType}/{MemberId}", 200] }, () => DeleteFolderMembershipRequest$, () => DeleteFolderMembershipResponse$
];
var DeleteGroup$ = [9, n0, _DGe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}", 200] }, () => DeleteGroupRequest$, () => DeleteGroupResponse$
];
var DeleteGroupMembership$ = [9, n0, _DGM,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}/members/{MemberName}", 200] }, () => DeleteGroupMembershipRequest$, () => DeleteGroupMembershipResponse$
];
var DeleteIAMPolicyAssignment$ = [9, n0, _DIAMPA,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespace/{Namespace}/iam-policy-assignments/{AssignmentName}", 200] }, () => DeleteIAMPolicyAssignmentRequest$, () => DeleteIAMPolicyAssignmentResponse$
];
var DeleteIdentityPropagationConfig$ = [9, n0, _DIPC,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/identity-propagation-config/{Service}", 200] }, () => DeleteIdentityPropagationConfigRequest$, () => DeleteIdentityPropagationConfigResponse$
];
var DeleteKnowledgeBase$ = [9, n0, _DKB,
    { [_h]: ["DELETE", "/v1/accounts/{AwsAccountId}/knowledge-bases/{KnowledgeBaseId}", 202] }, () => DeleteKnowledgeBaseRequest$, () => DeleteKnowledgeBaseResponse$
];
var DeleteLimitsProfile$ = [9, n0, _DLP,
    { [_h]: ["DELETE", "/governance/limits/accounts/{accountId}/profiles/{profileId}", 200] }, () => DeleteLimitsProfileRequest$, () => DeleteLimitsProfileResponse$
];
var DeleteNamespace$ = [9, n0, _DNe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}", 200] }, () => DeleteNamespaceRequest$, () => DeleteNamespaceResponse$
];
var DeleteOAuthClientApplication$ = [9, n0, _DOACA,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/oauth-client-applications/{OAuthClientApplicationId}", 200] }, () => DeleteOAuthClientApplicationRequest$, () => DeleteOAuthClientApplicationResponse$
];
var DeleteRefreshSchedule$ = [9, n0, _DRS,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-schedules/{ScheduleId}", 200] }, () => DeleteRefreshScheduleRequest$, () => DeleteRefreshScheduleResponse$
];
var DeleteRoleCustomPermission$ = [9, n0, _DRCP,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/roles/{Role}/custom-permission", 200] }, () => DeleteRoleCustomPermissionRequest$, () => DeleteRoleCustomPermissionResponse$
];
var DeleteRoleMembership$ = [9, n0, _DRM,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/roles/{Role}/members/{MemberName}", 200] }, () => DeleteRoleMembershipRequest$, () => DeleteRoleMembershipResponse$
];
var DeleteSpace$ = [9, n0, _DSele,
    { [_h]: ["DELETE", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}", 204] }, () => DeleteSpaceRequest$, () => DeleteSpaceResponse$
];
var DeleteTemplate$ = [9, n0, _DTel,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/templates/{TemplateId}", 200] }, () => DeleteTemplateRequest$, () => DeleteTemplateResponse$
];
var DeleteTemplateAlias$ = [9, n0, _DTA,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/templates/{TemplateId}/aliases/{AliasName}", 200] }, () => DeleteTemplateAliasRequest$, () => DeleteTemplateAliasResponse$
];
var DeleteTheme$ = [9, n0, _DTele,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/themes/{ThemeId}", 200] }, () => DeleteThemeRequest$, () => DeleteThemeResponse$
];
var DeleteThemeAlias$ = [9, n0, _DTAe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/themes/{ThemeId}/aliases/{AliasName}", 200] }, () => DeleteThemeAliasRequest$, () => DeleteThemeAliasResponse$
];
var DeleteTopic$ = [9, n0, _DTelet,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/topics/{TopicId}", 200] }, () => DeleteTopicRequest$, () => DeleteTopicResponse$
];
var DeleteTopicRefreshSchedule$ = [9, n0, _DTRS,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/topics/{TopicId}/schedules/{DatasetId}", 200] }, () => DeleteTopicRefreshScheduleRequest$, () => DeleteTopicRefreshScheduleResponse$
];
var DeleteTopicV2$ = [9, n0, _DTVe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/topicsV2/{TopicId}", 200] }, () => DeleteTopicV2Request$, () => DeleteTopicV2Response$
];
var DeleteUser$ = [9, n0, _DUe,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}", 200] }, () => DeleteUserRequest$, () => DeleteUserResponse$
];
var DeleteUserByPrincipalId$ = [9, n0, _DUBPI,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/user-principals/{PrincipalId}", 200] }, () => DeleteUserByPrincipalIdRequest$, () => DeleteUserByPrincipalIdResponse$
];
var DeleteUserCustomPermission$ = [9, n0, _DUCP,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}/custom-permission", 200] }, () => DeleteUserCustomPermissionRequest$, () => DeleteUserCustomPermissionResponse$
];
var DeleteVPCConnection$ = [9, n0, _DVPCC,
    { [_h]: ["DELETE", "/accounts/{AwsAccountId}/vpc-connections/{VPCConnectionId}", 200] }, () => DeleteVPCConnectionRequest$, () => DeleteVPCConnectionResponse$
];
var DescribeAccountCustomization$ = [9, n0, _DACes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/customizations", 200] }, () => DescribeAccountCustomizationRequest$, () => DescribeAccountCustomizationResponse$
];
var DescribeAccountCustomPermission$ = [9, n0, _DACPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/custom-permission", 200] }, () => DescribeAccountCustomPermissionRequest$, () => DescribeAccountCustomPermissionResponse$
];
var DescribeAccountSettings$ = [9, n0, _DASe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/settings", 200] }, () => DescribeAccountSettingsRequest$, () => DescribeAccountSettingsResponse$
];
var DescribeAccountSubscription$ = [9, n0, _DASes,
    { [_h]: ["GET", "/account/{AwsAccountId}", 200] }, () => DescribeAccountSubscriptionRequest$, () => DescribeAccountSubscriptionResponse$
];
var DescribeActionConnector$ = [9, n0, _DACesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}", 200] }, () => DescribeActionConnectorRequest$, () => DescribeActionConnectorResponse$
];
var DescribeActionConnectorPermissions$ = [9, n0, _DACPes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}/permissions", 200] }, () => DescribeActionConnectorPermissionsRequest$, () => DescribeActionConnectorPermissionsResponse$
];
var DescribeAgent$ = [9, n0, _DAes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/agents/{AgentId}", 200] }, () => DescribeAgentRequest$, () => DescribeAgentResponse$
];
var DescribeAgentPermissions$ = [9, n0, _DAPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/agents/{AgentId}/permissions", 200] }, () => DescribeAgentPermissionsRequest$, () => DescribeAgentPermissionsResponse$
];
var DescribeAnalysis$ = [9, n0, _DAesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/analyses/{AnalysisId}", 200] }, () => DescribeAnalysisRequest$, () => DescribeAnalysisResponse$
];
var DescribeAnalysisDefinition$ = [9, n0, _DAD,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/analyses/{AnalysisId}/definition", 200] }, () => DescribeAnalysisDefinitionRequest$, () => DescribeAnalysisDefinitionResponse$
];
var DescribeAnalysisPermissions$ = [9, n0, _DAPes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/analyses/{AnalysisId}/permissions", 200] }, () => DescribeAnalysisPermissionsRequest$, () => DescribeAnalysisPermissionsResponse$
];
var DescribeApp$ = [9, n0, _DAescr,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/apps/{AppId}", 200] }, () => DescribeAppRequest$, () => DescribeAppResponse$
];
var DescribeAppPermissions$ = [9, n0, _DAPesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/apps/{AppId}/permissions", 200] }, () => DescribeAppPermissionsRequest$, () => DescribeAppPermissionsResponse$
];
var DescribeApprovalPolicy$ = [9, n0, _DAPescr,
    { [_h]: ["GET", "/governance/approvalworkflows/policies/{PolicyId}", 200] }, () => DescribeApprovalPolicyRequest$, () => DescribeApprovalPolicyResponse$
];
var DescribeAssetBundleExportJob$ = [9, n0, _DABEJ,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/asset-bundle-export-jobs/{AssetBundleExportJobId}", 200] }, () => DescribeAssetBundleExportJobRequest$, () => DescribeAssetBundleExportJobResponse$
];
var DescribeAssetBundleImportJob$ = [9, n0, _DABIJ,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/asset-bundle-import-jobs/{AssetBundleImportJobId}", 200] }, () => DescribeAssetBundleImportJobRequest$, () => DescribeAssetBundleImportJobResponse$
];
var DescribeAutomationJob$ = [9, n0, _DAJ,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/automation-groups/{AutomationGroupId}/automations/{AutomationId}/jobs/{JobId}", 200] }, () => DescribeAutomationJobRequest$, () => DescribeAutomationJobResponse$
];
var DescribeBrand$ = [9, n0, _DBes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/brands/{BrandId}", 200] }, () => DescribeBrandRequest$, () => DescribeBrandResponse$
];
var DescribeBrandAssignment$ = [9, n0, _DBAe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/brandassignments", 200] }, () => DescribeBrandAssignmentRequest$, () => DescribeBrandAssignmentResponse$
];
var DescribeBrandPublishedVersion$ = [9, n0, _DBPV,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/brands/{BrandId}/publishedversion", 200] }, () => DescribeBrandPublishedVersionRequest$, () => DescribeBrandPublishedVersionResponse$
];
var DescribeCustomPermissions$ = [9, n0, _DCPes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/custom-permissions/{CustomPermissionsName}", 200] }, () => DescribeCustomPermissionsRequest$, () => DescribeCustomPermissionsResponse$
];
var DescribeDashboard$ = [9, n0, _DDes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}", 200] }, () => DescribeDashboardRequest$, () => DescribeDashboardResponse$
];
var DescribeDashboardDefinition$ = [9, n0, _DDD,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/definition", 200] }, () => DescribeDashboardDefinitionRequest$, () => DescribeDashboardDefinitionResponse$
];
var DescribeDashboardPermissions$ = [9, n0, _DDPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/permissions", 200] }, () => DescribeDashboardPermissionsRequest$, () => DescribeDashboardPermissionsResponse$
];
var DescribeDashboardSnapshotJob$ = [9, n0, _DDSJ,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/snapshot-jobs/{SnapshotJobId}", 200] }, () => DescribeDashboardSnapshotJobRequest$, () => DescribeDashboardSnapshotJobResponse$
];
var DescribeDashboardSnapshotJobResult$ = [9, n0, _DDSJRes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/snapshot-jobs/{SnapshotJobId}/result", 200] }, () => DescribeDashboardSnapshotJobResultRequest$, () => DescribeDashboardSnapshotJobResultResponse$
];
var DescribeDashboardsQAConfiguration$ = [9, n0, _DDQAC,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards-qa-configuration", 200] }, () => DescribeDashboardsQAConfigurationRequest$, () => DescribeDashboardsQAConfigurationResponse$
];
var DescribeDataSet$ = [9, n0, _DDSes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}", 200] }, () => DescribeDataSetRequest$, () => DescribeDataSetResponse$
];
var DescribeDataSetPermissions$ = [9, n0, _DDSP,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/permissions", 200] }, () => DescribeDataSetPermissionsRequest$, () => DescribeDataSetPermissionsResponse$
];
var DescribeDataSetRefreshProperties$ = [9, n0, _DDSRPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-properties", 200] }, () => DescribeDataSetRefreshPropertiesRequest$, () => DescribeDataSetRefreshPropertiesResponse$
];
var DescribeDataSource$ = [9, n0, _DDSesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sources/{DataSourceId}", 200] }, () => DescribeDataSourceRequest$, () => DescribeDataSourceResponse$
];
var DescribeDataSourcePermissions$ = [9, n0, _DDSPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sources/{DataSourceId}/permissions", 200] }, () => DescribeDataSourcePermissionsRequest$, () => DescribeDataSourcePermissionsResponse$
];
var DescribeDefaultQBusinessApplication$ = [9, n0, _DDQBAe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/default-qbusiness-application", 200] }, () => DescribeDefaultQBusinessApplicationRequest$, () => DescribeDefaultQBusinessApplicationResponse$
];
var DescribeDlpSetting$ = [9, n0, _DDSescr,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-loss-prevention/settings/{DlpSettingId}", 200] }, () => DescribeDlpSettingRequest$, () => DescribeDlpSettingResponse$
];
var DescribeFlow$ = [9, n0, _DFes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/flows/{FlowId}", 200] }, () => DescribeFlowRequest$, () => DescribeFlowResponse$
];
var DescribeFolder$ = [9, n0, _DFesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/folders/{FolderId}", 200] }, () => DescribeFolderRequest$, () => DescribeFolderResponse$
];
var DescribeFolderPermissions$ = [9, n0, _DFP,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/folders/{FolderId}/permissions", 200] }, () => DescribeFolderPermissionsRequest$, () => DescribeFolderPermissionsResponse$
];
var DescribeFolderResolvedPermissions$ = [9, n0, _DFRP,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/folders/{FolderId}/resolved-permissions", 200] }, () => DescribeFolderResolvedPermissionsRequest$, () => DescribeFolderResolvedPermissionsResponse$
];
var DescribeGroup$ = [9, n0, _DGes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}", 200] }, () => DescribeGroupRequest$, () => DescribeGroupResponse$
];
var DescribeGroupMembership$ = [9, n0, _DGMe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}/members/{MemberName}", 200] }, () => DescribeGroupMembershipRequest$, () => DescribeGroupMembershipResponse$
];
var DescribeIAMPolicyAssignment$ = [9, n0, _DIAMPAe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/iam-policy-assignments/{AssignmentName}", 200] }, () => DescribeIAMPolicyAssignmentRequest$, () => DescribeIAMPolicyAssignmentResponse$
];
var DescribeIngestion$ = [9, n0, _DIe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/ingestions/{IngestionId}", 200] }, () => DescribeIngestionRequest$, () => DescribeIngestionResponse$
];
var DescribeIpRestriction$ = [9, n0, _DIRes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/ip-restriction", 200] }, () => DescribeIpRestrictionRequest$, () => DescribeIpRestrictionResponse$
];
var DescribeKeyRegistration$ = [9, n0, _DKR,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/key-registration", 200] }, () => DescribeKeyRegistrationRequest$, () => DescribeKeyRegistrationResponse$
];
var DescribeKnowledgeBase$ = [9, n0, _DKBe,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/knowledge-bases/{KnowledgeBaseId}", 200] }, () => DescribeKnowledgeBaseRequest$, () => DescribeKnowledgeBaseResponse$
];
var DescribeKnowledgeBasePermissions$ = [9, n0, _DKBP,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/knowledge-bases/{KnowledgeBaseId}/permissions", 200] }, () => DescribeKnowledgeBasePermissionsRequest$, () => DescribeKnowledgeBasePermissionsResponse$
];
var DescribeLimitsProfile$ = [9, n0, _DLPe,
    { [_h]: ["GET", "/governance/limits/accounts/{accountId}/profiles/{profileId}", 200] }, () => DescribeLimitsProfileRequest$, () => DescribeLimitsProfileResponse$
];
var DescribeNamespace$ = [9, n0, _DNes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}", 200] }, () => DescribeNamespaceRequest$, () => DescribeNamespaceResponse$
];
var DescribeOAuthClientApplication$ = [9, n0, _DOACAe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/oauth-client-applications/{OAuthClientApplicationId}", 200] }, () => DescribeOAuthClientApplicationRequest$, () => DescribeOAuthClientApplicationResponse$
];
var DescribeQPersonalizationConfiguration$ = [9, n0, _DQPC,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/q-personalization-configuration", 200] }, () => DescribeQPersonalizationConfigurationRequest$, () => DescribeQPersonalizationConfigurationResponse$
];
var DescribeQuickSightQSearchConfiguration$ = [9, n0, _DQSQSC,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/quicksight-q-search-configuration", 200] }, () => DescribeQuickSightQSearchConfigurationRequest$, () => DescribeQuickSightQSearchConfigurationResponse$
];
var DescribeRefreshSchedule$ = [9, n0, _DRSe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-schedules/{ScheduleId}", 200] }, () => DescribeRefreshScheduleRequest$, () => DescribeRefreshScheduleResponse$
];
var DescribeResourcePermissions$ = [9, n0, _DRP,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/account-resource-permissions", 200] }, () => DescribeResourcePermissionsRequest$, () => DescribeResourcePermissionsResponse$
];
var DescribeRoleCustomPermission$ = [9, n0, _DRCPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/roles/{Role}/custom-permission", 200] }, () => DescribeRoleCustomPermissionRequest$, () => DescribeRoleCustomPermissionResponse$
];
var DescribeSelfUpgradeConfiguration$ = [9, n0, _DSUCe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/self-upgrade-configuration", 200] }, () => DescribeSelfUpgradeConfigurationRequest$, () => DescribeSelfUpgradeConfigurationResponse$
];
var DescribeSpace$ = [9, n0, _DSes,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}", 200] }, () => DescribeSpaceRequest$, () => DescribeSpaceResponse$
];
var DescribeSpacePermissions$ = [9, n0, _DSPe,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}/permissions", 200] }, () => DescribeSpacePermissionsRequest$, () => DescribeSpacePermissionsResponse$
];
var DescribeTemplate$ = [9, n0, _DTesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates/{TemplateId}", 200] }, () => DescribeTemplateRequest$, () => DescribeTemplateResponse$
];
var DescribeTemplateAlias$ = [9, n0, _DTAes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates/{TemplateId}/aliases/{AliasName}", 200] }, () => DescribeTemplateAliasRequest$, () => DescribeTemplateAliasResponse$
];
var DescribeTemplateDefinition$ = [9, n0, _DTD,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates/{TemplateId}/definition", 200] }, () => DescribeTemplateDefinitionRequest$, () => DescribeTemplateDefinitionResponse$
];
var DescribeTemplatePermissions$ = [9, n0, _DTPe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates/{TemplateId}/permissions", 200] }, () => DescribeTemplatePermissionsRequest$, () => DescribeTemplatePermissionsResponse$
];
var DescribeTheme$ = [9, n0, _DTescr,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/themes/{ThemeId}", 200] }, () => DescribeThemeRequest$, () => DescribeThemeResponse$
];
var DescribeThemeAlias$ = [9, n0, _DTAesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/themes/{ThemeId}/aliases/{AliasName}", 200] }, () => DescribeThemeAliasRequest$, () => DescribeThemeAliasResponse$
];
var DescribeThemePermissions$ = [9, n0, _DTPes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/themes/{ThemeId}/permissions", 200] }, () => DescribeThemePermissionsRequest$, () => DescribeThemePermissionsResponse$
];
var DescribeTopic$ = [9, n0, _DTescri,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics/{TopicId}", 200] }, () => DescribeTopicRequest$, () => DescribeTopicResponse$
];
var DescribeTopicPermissions$ = [9, n0, _DTPesc,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics/{TopicId}/permissions", 200] }, () => DescribeTopicPermissionsRequest$, () => DescribeTopicPermissionsResponse$
];
var DescribeTopicPermissionsV2$ = [9, n0, _DTPV,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topicsV2/{TopicId}/permissions", 200] }, () => DescribeTopicPermissionsV2Request$, () => DescribeTopicPermissionsV2Response$
];
var DescribeTopicRefresh$ = [9, n0, _DTRescribeo,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics/{TopicId}/refresh/{RefreshId}", 200] }, () => DescribeTopicRefreshRequest$, () => DescribeTopicRefreshResponse$
];
var DescribeTopicRefreshSchedule$ = [9, n0, _DTRSe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics/{TopicId}/schedules/{DatasetId}", 200] }, () => DescribeTopicRefreshScheduleRequest$, () => DescribeTopicRefreshScheduleResponse$
];
var DescribeTopicV2$ = [9, n0, _DTVes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topicsV2/{TopicId}", 200] }, () => DescribeTopicV2Request$, () => DescribeTopicV2Response$
];
var DescribeUser$ = [9, n0, _DUes,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}", 200] }, () => DescribeUserRequest$, () => DescribeUserResponse$
];
var DescribeVPCConnection$ = [9, n0, _DVPCCe,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/vpc-connections/{VPCConnectionId}", 200] }, () => DescribeVPCConnectionRequest$, () => DescribeVPCConnectionResponse$
];
var GenerateEmbedUrlForAnonymousUser$ = [9, n0, _GEUFAU,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/embed-url/anonymous-user", 200] }, () => GenerateEmbedUrlForAnonymousUserRequest$, () => GenerateEmbedUrlForAnonymousUserResponse$
];
var GenerateEmbedUrlForRegisteredUser$ = [9, n0, _GEUFRU,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/embed-url/registered-user", 200] }, () => GenerateEmbedUrlForRegisteredUserRequest$, () => GenerateEmbedUrlForRegisteredUserResponse$
];
var GenerateEmbedUrlForRegisteredUserWithIdentity$ = [9, n0, _GEUFRUWI,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/embed-url/registered-user-with-identity", 200] }, () => GenerateEmbedUrlForRegisteredUserWithIdentityRequest$, () => GenerateEmbedUrlForRegisteredUserWithIdentityResponse$
];
var GetDashboardEmbedUrl$ = [9, n0, _GDEU,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/embed-url", 200] }, () => GetDashboardEmbedUrlRequest$, () => GetDashboardEmbedUrlResponse$
];
var GetFlowMetadata$ = [9, n0, _GFM,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/flows/{FlowId}/metadata", 200] }, () => GetFlowMetadataInput$, () => GetFlowMetadataOutput$
];
var GetFlowPermissions$ = [9, n0, _GFP,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/flows/{FlowId}/permissions", 200] }, () => GetFlowPermissionsInput$, () => GetFlowPermissionsOutput$
];
var GetIdentityContext$ = [9, n0, _GIC,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/identity-context", 200] }, () => GetIdentityContextRequest$, () => GetIdentityContextResponse$
];
var GetSessionEmbedUrl$ = [9, n0, _GSEU,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/session-embed-url", 200] }, () => GetSessionEmbedUrlRequest$, () => GetSessionEmbedUrlResponse$
];
var ListActionConnectors$ = [9, n0, _LAC,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/action-connectors", 200] }, () => ListActionConnectorsRequest$, () => ListActionConnectorsResponse$
];
var ListAgents$ = [9, n0, _LAis,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/agents", 200] }, () => ListAgentsRequest$, () => ListAgentsResponse$
];
var ListAnalyses$ = [9, n0, _LAist,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/analyses", 200] }, () => ListAnalysesRequest$, () => ListAnalysesResponse$
];
var ListApprovalPolicies$ = [9, n0, _LAP,
    { [_h]: ["GET", "/governance/approvalworkflows/policies", 200] }, () => ListApprovalPoliciesRequest$, () => ListApprovalPoliciesResponse$
];
var ListApps$ = [9, n0, _LAistp,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/apps", 200] }, () => ListAppsRequest$, () => ListAppsResponse$
];
var ListAssetBundleExportJobs$ = [9, n0, _LABEJ,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/asset-bundle-export-jobs", 200] }, () => ListAssetBundleExportJobsRequest$, () => ListAssetBundleExportJobsResponse$
];
var ListAssetBundleImportJobs$ = [9, n0, _LABIJ,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/asset-bundle-import-jobs", 200] }, () => ListAssetBundleImportJobsRequest$, () => ListAssetBundleImportJobsResponse$
];
var ListBrands$ = [9, n0, _LBi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/brands", 200] }, () => ListBrandsRequest$, () => ListBrandsResponse$
];
var ListCustomPermissions$ = [9, n0, _LCP,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/custom-permissions", 200] }, () => ListCustomPermissionsRequest$, () => ListCustomPermissionsResponse$
];
var ListDashboards$ = [9, n0, _LDi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards", 200] }, () => ListDashboardsRequest$, () => ListDashboardsResponse$
];
var ListDashboardVersions$ = [9, n0, _LDV,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/versions", 200] }, () => ListDashboardVersionsRequest$, () => ListDashboardVersionsResponse$
];
var ListDataSets$ = [9, n0, _LDS,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets", 200] }, () => ListDataSetsRequest$, () => ListDataSetsResponse$
];
var ListDataSources$ = [9, n0, _LDSi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sources", 200] }, () => ListDataSourcesRequest$, () => ListDataSourcesResponse$
];
var ListDlpSettings$ = [9, n0, _LDSis,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-loss-prevention/settings", 200] }, () => ListDlpSettingsRequest$, () => ListDlpSettingsResponse$
];
var ListFlows$ = [9, n0, _LF,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/flows", 200] }, () => ListFlowsInput$, () => ListFlowsOutput$
];
var ListFolderMembers$ = [9, n0, _LFM,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/folders/{FolderId}/members", 200] }, () => ListFolderMembersRequest$, () => ListFolderMembersResponse$
];
var ListFolders$ = [9, n0, _LFi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/folders", 200] }, () => ListFoldersRequest$, () => ListFoldersResponse$
];
var ListFoldersForResource$ = [9, n0, _LFFR,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/resource/{ResourceArn}/folders", 200] }, () => ListFoldersForResourceRequest$, () => ListFoldersForResourceResponse$
];
var ListGroupMemberships$ = [9, n0, _LGM,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}/members", 200] }, () => ListGroupMembershipsRequest$, () => ListGroupMembershipsResponse$
];
var ListGroups$ = [9, n0, _LG,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups", 200] }, () => ListGroupsRequest$, () => ListGroupsResponse$
];
var ListIAMPolicyAssignments$ = [9, n0, _LIAMPA,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/v2/iam-policy-assignments", 200] }, () => ListIAMPolicyAssignmentsRequest$, () => ListIAMPolicyAssignmentsResponse$
];
var ListIAMPolicyAssignmentsForUser$ = [9, n0, _LIAMPAFU,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}/iam-policy-assignments", 200] }, () => ListIAMPolicyAssignmentsForUserRequest$, () => ListIAMPolicyAssignmentsForUserResponse$
];
var ListIdentityPropagationConfigs$ = [9, n0, _LIPC,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/identity-propagation-config", 200] }, () => ListIdentityPropagationConfigsRequest$, () => ListIdentityPropagationConfigsResponse$
];
var ListIngestions$ = [9, n0, _LIis,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/ingestions", 200] }, () => ListIngestionsRequest$, () => ListIngestionsResponse$
];
var ListKnowledgeBases$ = [9, n0, _LKB,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/knowledge-bases", 200] }, () => ListKnowledgeBasesRequest$, () => ListKnowledgeBasesResponse$
];
var ListLimitsProfiles$ = [9, n0, _LLP,
    { [_h]: ["GET", "/governance/limits/accounts/{accountId}/profiles", 200] }, () => ListLimitsProfilesRequest$, () => ListLimitsProfilesResponse$
];
var ListNamespaces$ = [9, n0, _LNi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces", 200] }, () => ListNamespacesRequest$, () => ListNamespacesResponse$
];
var ListOAuthClientApplications$ = [9, n0, _LOACA,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/oauth-client-applications", 200] }, () => ListOAuthClientApplicationsRequest$, () => ListOAuthClientApplicationsResponse$
];
var ListRefreshSchedules$ = [9, n0, _LRS,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-schedules", 200] }, () => ListRefreshSchedulesRequest$, () => ListRefreshSchedulesResponse$
];
var ListRoleMemberships$ = [9, n0, _LRM,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/roles/{Role}/members", 200] }, () => ListRoleMembershipsRequest$, () => ListRoleMembershipsResponse$
];
var ListSelfUpgrades$ = [9, n0, _LSU,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/self-upgrade-requests", 200] }, () => ListSelfUpgradesRequest$, () => ListSelfUpgradesResponse$
];
var ListSpaceResources$ = [9, n0, _LSRis,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}/resources", 200] }, () => ListSpaceResourcesRequest$, () => ListSpaceResourcesResponse$
];
var ListSpaces$ = [9, n0, _LSi,
    { [_h]: ["GET", "/v1/accounts/{AwsAccountId}/spaces", 200] }, () => ListSpacesRequest$, () => ListSpacesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/resources/{ResourceArn}/tags", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListTemplateAliases$ = [9, n0, _LTA,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates/{TemplateId}/aliases", 200] }, () => ListTemplateAliasesRequest$, () => ListTemplateAliasesResponse$
];
var ListTemplates$ = [9, n0, _LTis,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates", 200] }, () => ListTemplatesRequest$, () => ListTemplatesResponse$
];
var ListTemplateVersions$ = [9, n0, _LTV,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/templates/{TemplateId}/versions", 200] }, () => ListTemplateVersionsRequest$, () => ListTemplateVersionsResponse$
];
var ListThemeAliases$ = [9, n0, _LTAi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/themes/{ThemeId}/aliases", 200] }, () => ListThemeAliasesRequest$, () => ListThemeAliasesResponse$
];
var ListThemes$ = [9, n0, _LTist,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/themes", 200] }, () => ListThemesRequest$, () => ListThemesResponse$
];
var ListThemeVersions$ = [9, n0, _LTVi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/themes/{ThemeId}/versions", 200] }, () => ListThemeVersionsRequest$, () => ListThemeVersionsResponse$
];
var ListTopicRefreshSchedules$ = [9, n0, _LTRS,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics/{TopicId}/schedules", 200] }, () => ListTopicRefreshSchedulesRequest$, () => ListTopicRefreshSchedulesResponse$
];
var ListTopicReviewedAnswers$ = [9, n0, _LTRA,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics/{TopicId}/reviewed-answers", 200] }, () => ListTopicReviewedAnswersRequest$, () => ListTopicReviewedAnswersResponse$
];
var ListTopics$ = [9, n0, _LTisto,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topics", 200] }, () => ListTopicsRequest$, () => ListTopicsResponse$
];
var ListTopicsV2$ = [9, n0, _LTVis,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/topicsV2", 200] }, () => ListTopicsV2Request$, () => ListTopicsV2Response$
];
var ListUserGroups$ = [9, n0, _LUG,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}/groups", 200] }, () => ListUserGroupsRequest$, () => ListUserGroupsResponse$
];
var ListUsers$ = [9, n0, _LUi,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users", 200] }, () => ListUsersRequest$, () => ListUsersResponse$
];
var ListUsersIndexCapacity$ = [9, n0, _LUIC,
    { [_h]: ["POST", "/accounts/{awsAccountId}/quick-index/user-capacity", 200] }, () => ListUsersIndexCapacityRequest$, () => ListUsersIndexCapacityResponse$
];
var ListVPCConnections$ = [9, n0, _LVPCC,
    { [_h]: ["GET", "/accounts/{AwsAccountId}/vpc-connections", 200] }, () => ListVPCConnectionsRequest$, () => ListVPCConnectionsResponse$
];
var PredictQAResults$ = [9, n0, _PQAR,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/qa/predict", 200] }, () => PredictQAResultsRequest$, () => PredictQAResultsResponse$
];
var PutDataSetRefreshProperties$ = [9, n0, _PDSRP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-properties", 200] }, () => PutDataSetRefreshPropertiesRequest$, () => PutDataSetRefreshPropertiesResponse$
];
var RegisterUser$ = [9, n0, _RUeg,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users", 200] }, () => RegisterUserRequest$, () => RegisterUserResponse$
];
var RestoreAnalysis$ = [9, n0, _RAest,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/restore/analyses/{AnalysisId}", 200] }, () => RestoreAnalysisRequest$, () => RestoreAnalysisResponse$
];
var SearchActionConnectors$ = [9, n0, _SACe,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/action-connectors", 200] }, () => SearchActionConnectorsRequest$, () => SearchActionConnectorsResponse$
];
var SearchAgents$ = [9, n0, _SAe,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/agents", 200] }, () => SearchAgentsRequest$, () => SearchAgentsResponse$
];
var SearchAnalyses$ = [9, n0, _SAea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/analyses", 200] }, () => SearchAnalysesRequest$, () => SearchAnalysesResponse$
];
var SearchApps$ = [9, n0, _SAear,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/apps", 200] }, () => SearchAppsRequest$, () => SearchAppsResponse$
];
var SearchDashboards$ = [9, n0, _SDea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/dashboards", 200] }, () => SearchDashboardsRequest$, () => SearchDashboardsResponse$
];
var SearchDataSets$ = [9, n0, _SDSe,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/data-sets", 200] }, () => SearchDataSetsRequest$, () => SearchDataSetsResponse$
];
var SearchDataSources$ = [9, n0, _SDSea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/data-sources", 200] }, () => SearchDataSourcesRequest$, () => SearchDataSourcesResponse$
];
var SearchFlows$ = [9, n0, _SFea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/flows/searchFlows", 200] }, () => SearchFlowsInput$, () => SearchFlowsOutput$
];
var SearchFolders$ = [9, n0, _SFear,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/folders", 200] }, () => SearchFoldersRequest$, () => SearchFoldersResponse$
];
var SearchGroups$ = [9, n0, _SG,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups-search", 200] }, () => SearchGroupsRequest$, () => SearchGroupsResponse$
];
var SearchKnowledgeBases$ = [9, n0, _SKBe,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/search/knowledge-bases", 200] }, () => SearchKnowledgeBasesRequest$, () => SearchKnowledgeBasesResponse$
];
var SearchSpaces$ = [9, n0, _SSea,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/search/spaces", 200] }, () => SearchSpacesRequest$, () => SearchSpacesResponse$
];
var SearchTopics$ = [9, n0, _STea,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/topics", 200] }, () => SearchTopicsRequest$, () => SearchTopicsResponse$
];
var SearchTopicsV2$ = [9, n0, _STVe,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/search/topicsV2", 200] }, () => SearchTopicsV2Request$, () => SearchTopicsV2Response$
];
var StartAssetBundleExportJob$ = [9, n0, _SABEJ,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/asset-bundle-export-jobs/export", 200] }, () => StartAssetBundleExportJobRequest$, () => StartAssetBundleExportJobResponse$
];
var StartAssetBundleImportJob$ = [9, n0, _SABIJ,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/asset-bundle-import-jobs/import", 200] }, () => StartAssetBundleImportJobRequest$, () => StartAssetBundleImportJobResponse$
];
var StartAutomationJob$ = [9, n0, _SAJ,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/automation-groups/{AutomationGroupId}/automations/{AutomationId}/jobs", 200] }, () => StartAutomationJobRequest$, () => StartAutomationJobResponse$
];
var StartDashboardSnapshotJob$ = [9, n0, _SDSJ,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/snapshot-jobs", 200] }, () => StartDashboardSnapshotJobRequest$, () => StartDashboardSnapshotJobResponse$
];
var StartDashboardSnapshotJobSchedule$ = [9, n0, _SDSJS,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/schedules/{ScheduleId}", 200] }, () => StartDashboardSnapshotJobScheduleRequest$, () => StartDashboardSnapshotJobScheduleResponse$
];
var TagResource$ = [9, n0, _TRag,
    { [_h]: ["POST", "/resources/{ResourceArn}/tags", 200] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _URn,
    { [_h]: ["DELETE", "/resources/{ResourceArn}/tags", 200] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAccountCustomization$ = [9, n0, _UAC,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/customizations", 200] }, () => UpdateAccountCustomizationRequest$, () => UpdateAccountCustomizationResponse$
];
var UpdateAccountCustomPermission$ = [9, n0, _UACP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/custom-permission", 200] }, () => UpdateAccountCustomPermissionRequest$, () => UpdateAccountCustomPermissionResponse$
];
var UpdateAccountSettings$ = [9, n0, _UAS,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/settings", 200] }, () => UpdateAccountSettingsRequest$, () => UpdateAccountSettingsResponse$
];
var UpdateActionConnector$ = [9, n0, _UACp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}", 200] }, () => UpdateActionConnectorRequest$, () => UpdateActionConnectorResponse$
];
var UpdateActionConnectorPermissions$ = [9, n0, _UACPp,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/action-connectors/{ActionConnectorId}/permissions", 200] }, () => UpdateActionConnectorPermissionsRequest$, () => UpdateActionConnectorPermissionsResponse$
];
var UpdateAgent$ = [9, n0, _UAp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/agents/{AgentId}", 200] }, () => UpdateAgentRequest$, () => UpdateAgentResponse$
];
var UpdateAgentPermissions$ = [9, n0, _UAP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/agents/{AgentId}/permissions", 200] }, () => UpdateAgentPermissionsRequest$, () => UpdateAgentPermissionsResponse$
];
var UpdateAnalysis$ = [9, n0, _UApd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/analyses/{AnalysisId}", 200] }, () => UpdateAnalysisRequest$, () => UpdateAnalysisResponse$
];
var UpdateAnalysisPermissions$ = [9, n0, _UAPp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/analyses/{AnalysisId}/permissions", 200] }, () => UpdateAnalysisPermissionsRequest$, () => UpdateAnalysisPermissionsResponse$
];
var UpdateApplicationWithTokenExchangeGrant$ = [9, n0, _UAWTEG,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/application-with-token-exchange-grant", 200] }, () => UpdateApplicationWithTokenExchangeGrantRequest$, () => UpdateApplicationWithTokenExchangeGrantResponse$
];
var UpdateAppPermissions$ = [9, n0, _UAPpd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/apps/{AppId}/permissions", 200] }, () => UpdateAppPermissionsRequest$, () => UpdateAppPermissionsResponse$
];
var UpdateApprovalPolicy$ = [9, n0, _UAPpda,
    { [_h]: ["PATCH", "/governance/approvalworkflows/policies/{PolicyId}", 200] }, () => UpdateApprovalPolicyRequest$, () => UpdateApprovalPolicyResponse$
];
var UpdateBrand$ = [9, n0, _UBp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/brands/{BrandId}", 200] }, () => UpdateBrandRequest$, () => UpdateBrandResponse$
];
var UpdateBrandAssignment$ = [9, n0, _UBAp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/brandassignments", 200] }, () => UpdateBrandAssignmentRequest$, () => UpdateBrandAssignmentResponse$
];
var UpdateBrandPublishedVersion$ = [9, n0, _UBPV,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/brands/{BrandId}/publishedversion", 200] }, () => UpdateBrandPublishedVersionRequest$, () => UpdateBrandPublishedVersionResponse$
];
var UpdateCustomPermissions$ = [9, n0, _UCPp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/custom-permissions/{CustomPermissionsName}", 200] }, () => UpdateCustomPermissionsRequest$, () => UpdateCustomPermissionsResponse$
];
var UpdateDashboard$ = [9, n0, _UD,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/dashboards/{DashboardId}", 200] }, () => UpdateDashboardRequest$, () => UpdateDashboardResponse$
];
var UpdateDashboardLinks$ = [9, n0, _UDL,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/linked-entities", 200] }, () => UpdateDashboardLinksRequest$, () => UpdateDashboardLinksResponse$
];
var UpdateDashboardPermissions$ = [9, n0, _UDP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/permissions", 200] }, () => UpdateDashboardPermissionsRequest$, () => UpdateDashboardPermissionsResponse$
];
var UpdateDashboardPublishedVersion$ = [9, n0, _UDPV,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/dashboards/{DashboardId}/versions/{VersionNumber}", 200] }, () => UpdateDashboardPublishedVersionRequest$, () => UpdateDashboardPublishedVersionResponse$
];
var UpdateDashboardsQAConfiguration$ = [9, n0, _UDQAC,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/dashboards-qa-configuration", 200] }, () => UpdateDashboardsQAConfigurationRequest$, () => UpdateDashboardsQAConfigurationResponse$
];
var UpdateDataSet$ = [9, n0, _UDS,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/data-sets/{DataSetId}", 200] }, () => UpdateDataSetRequest$, () => UpdateDataSetResponse$
];
var UpdateDataSetPermissions$ = [9, n0, _UDSP,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/permissions", 200] }, () => UpdateDataSetPermissionsRequest$, () => UpdateDataSetPermissionsResponse$
];
var UpdateDataSource$ = [9, n0, _UDSp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/data-sources/{DataSourceId}", 200] }, () => UpdateDataSourceRequest$, () => UpdateDataSourceResponse$
];
var UpdateDataSourcePermissions$ = [9, n0, _UDSPp,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/data-sources/{DataSourceId}/permissions", 200] }, () => UpdateDataSourcePermissionsRequest$, () => UpdateDataSourcePermissionsResponse$
];
var UpdateDefaultQBusinessApplication$ = [9, n0, _UDQBA,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/default-qbusiness-application", 200] }, () => UpdateDefaultQBusinessApplicationRequest$, () => UpdateDefaultQBusinessApplicationResponse$
];
var UpdateDlpSetting$ = [9, n0, _UDSpd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/data-loss-prevention/settings/{DlpSettingId}", 200] }, () => UpdateDlpSettingRequest$, () => UpdateDlpSettingResponse$
];
var UpdateFlow$ = [9, n0, _UFp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/flows/{FlowId}", 200] }, () => UpdateFlowRequest$, () => UpdateFlowResponse$
];
var UpdateFlowPermissions$ = [9, n0, _UFP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/flows/{FlowId}/permissions", 200] }, () => UpdateFlowPermissionsInput$, () => UpdateFlowPermissionsOutput$
];
var UpdateFolder$ = [9, n0, _UFpd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/folders/{FolderId}", 200] }, () => UpdateFolderRequest$, () => UpdateFolderResponse$
];
var UpdateFolderPermissions$ = [9, n0, _UFPp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/folders/{FolderId}/permissions", 200] }, () => UpdateFolderPermissionsRequest$, () => UpdateFolderPermissionsResponse$
];
var UpdateGroup$ = [9, n0, _UGp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/groups/{GroupName}", 200] }, () => UpdateGroupRequest$, () => UpdateGroupResponse$
];
var UpdateIAMPolicyAssignment$ = [9, n0, _UIAMPA,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/iam-policy-assignments/{AssignmentName}", 200] }, () => UpdateIAMPolicyAssignmentRequest$, () => UpdateIAMPolicyAssignmentResponse$
];
var UpdateIdentityPropagationConfig$ = [9, n0, _UIPC,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/identity-propagation-config/{Service}", 200] }, () => UpdateIdentityPropagationConfigRequest$, () => UpdateIdentityPropagationConfigResponse$
];
var UpdateIpRestriction$ = [9, n0, _UIR,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/ip-restriction", 200] }, () => UpdateIpRestrictionRequest$, () => UpdateIpRestrictionResponse$
];
var UpdateKeyRegistration$ = [9, n0, _UKR,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/key-registration", 200] }, () => UpdateKeyRegistrationRequest$, () => UpdateKeyRegistrationResponse$
];
var UpdateKnowledgeBase$ = [9, n0, _UKB,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/knowledge-bases/{KnowledgeBaseId}", 202] }, () => UpdateKnowledgeBaseRequest$, () => UpdateKnowledgeBaseResponse$
];
var UpdateKnowledgeBasePermissions$ = [9, n0, _UKBP,
    { [_h]: ["POST", "/v1/accounts/{AwsAccountId}/knowledge-bases/{KnowledgeBaseId}/permissions", 200] }, () => UpdateKnowledgeBasePermissionsRequest$, () => UpdateKnowledgeBasePermissionsResponse$
];
var UpdateLimitsProfile$ = [9, n0, _ULP,
    { [_h]: ["PUT", "/governance/limits/accounts/{accountId}/profiles/{profileId}", 200] }, () => UpdateLimitsProfileRequest$, () => UpdateLimitsProfileResponse$
];
var UpdateOAuthClientApplication$ = [9, n0, _UOACA,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/oauth-client-applications/{OAuthClientApplicationId}", 200] }, () => UpdateOAuthClientApplicationRequest$, () => UpdateOAuthClientApplicationResponse$
];
var UpdatePublicSharingSettings$ = [9, n0, _UPSS,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/public-sharing-settings", 200] }, () => UpdatePublicSharingSettingsRequest$, () => UpdatePublicSharingSettingsResponse$
];
var UpdateQPersonalizationConfiguration$ = [9, n0, _UQPC,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/q-personalization-configuration", 200] }, () => UpdateQPersonalizationConfigurationRequest$, () => UpdateQPersonalizationConfigurationResponse$
];
var UpdateQuickSightQSearchConfiguration$ = [9, n0, _UQSQSC,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/quicksight-q-search-configuration", 200] }, () => UpdateQuickSightQSearchConfigurationRequest$, () => UpdateQuickSightQSearchConfigurationResponse$
];
var UpdateRefreshSchedule$ = [9, n0, _URS,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/data-sets/{DataSetId}/refresh-schedules", 200] }, () => UpdateRefreshScheduleRequest$, () => UpdateRefreshScheduleResponse$
];
var UpdateResourcePermissions$ = [9, n0, _URP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/account-resource-permissions", 200] }, () => UpdateResourcePermissionsRequest$, () => UpdateResourcePermissionsResponse$
];
var UpdateRoleCustomPermission$ = [9, n0, _URCP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/roles/{Role}/custom-permission", 200] }, () => UpdateRoleCustomPermissionRequest$, () => UpdateRoleCustomPermissionResponse$
];
var UpdateSelfUpgrade$ = [9, n0, _USU,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/namespaces/{Namespace}/update-self-upgrade-request", 200] }, () => UpdateSelfUpgradeRequest$, () => UpdateSelfUpgradeResponse$
];
var UpdateSelfUpgradeConfiguration$ = [9, n0, _USUC,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/self-upgrade-configuration", 200] }, () => UpdateSelfUpgradeConfigurationRequest$, () => UpdateSelfUpgradeConfigurationResponse$
];
var UpdateSpace$ = [9, n0, _USpda,
    { [_h]: ["PUT", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}", 200] }, () => UpdateSpaceRequest$, () => UpdateSpaceResponse$
];
var UpdateSpacePermissions$ = [9, n0, _USP,
    { [_h]: ["PUT", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}/permissions", 200] }, () => UpdateSpacePermissionsRequest$, () => UpdateSpacePermissionsResponse$
];
var UpdateSpaceResources$ = [9, n0, _USRpd,
    { [_h]: ["PUT", "/v1/accounts/{AwsAccountId}/spaces/{SpaceId}/resources", 200] }, () => UpdateSpaceResourcesRequest$, () => UpdateSpaceResourcesResponse$
];
var UpdateSPICECapacityConfiguration$ = [9, n0, _USPICECC,
    { [_h]: ["POST", "/accounts/{AwsAccountId}/spice-capacity-configuration", 200] }, () => UpdateSPICECapacityConfigurationRequest$, () => UpdateSPICECapacityConfigurationResponse$
];
var UpdateTemplate$ = [9, n0, _UT,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/templates/{TemplateId}", 200] }, () => UpdateTemplateRequest$, () => UpdateTemplateResponse$
];
var UpdateTemplateAlias$ = [9, n0, _UTAp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/templates/{TemplateId}/aliases/{AliasName}", 200] }, () => UpdateTemplateAliasRequest$, () => UpdateTemplateAliasResponse$
];
var UpdateTemplatePermissions$ = [9, n0, _UTP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/templates/{TemplateId}/permissions", 200] }, () => UpdateTemplatePermissionsRequest$, () => UpdateTemplatePermissionsResponse$
];
var UpdateTheme$ = [9, n0, _UTp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/themes/{ThemeId}", 200] }, () => UpdateThemeRequest$, () => UpdateThemeResponse$
];
var UpdateThemeAlias$ = [9, n0, _UTApd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/themes/{ThemeId}/aliases/{AliasName}", 200] }, () => UpdateThemeAliasRequest$, () => UpdateThemeAliasResponse$
];
var UpdateThemePermissions$ = [9, n0, _UTPp,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/themes/{ThemeId}/permissions", 200] }, () => UpdateThemePermissionsRequest$, () => UpdateThemePermissionsResponse$
];
var UpdateTopic$ = [9, n0, _UTpd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/topics/{TopicId}", 200] }, () => UpdateTopicRequest$, () => UpdateTopicResponse$
];
var UpdateTopicPermissions$ = [9, n0, _UTPpd,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/topics/{TopicId}/permissions", 200] }, () => UpdateTopicPermissionsRequest$, () => UpdateTopicPermissionsResponse$
];
var UpdateTopicPermissionsV2$ = [9, n0, _UTPV,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/topicsV2/{TopicId}/permissions", 200] }, () => UpdateTopicPermissionsV2Request$, () => UpdateTopicPermissionsV2Response$
];
var UpdateTopicRefreshSchedule$ = [9, n0, _UTRS,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/topics/{TopicId}/schedules/{DatasetId}", 200] }, () => UpdateTopicRefreshScheduleRequest$, () => UpdateTopicRefreshScheduleResponse$
];
var UpdateTopicV2$ = [9, n0, _UTV,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/topicsV2/{TopicId}", 200] }, () => UpdateTopicV2Request$, () => UpdateTopicV2Response$
];
var UpdateUser$ = [9, n0, _UU,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}", 200] }, () => UpdateUserRequest$, () => UpdateUserResponse$
];
var UpdateUserCustomPermission$ = [9, n0, _UUCP,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/namespaces/{Namespace}/users/{UserName}/custom-permission", 200] }, () => UpdateUserCustomPermissionRequest$, () => UpdateUserCustomPermissionResponse$
];
var UpdateVPCConnection$ = [9, n0, _UVPCC,
    { [_h]: ["PUT", "/accounts/{AwsAccountId}/vpc-connections/{VPCConnectionId}", 200] }, () => UpdateVPCConnectionRequest$, () => UpdateVPCConnectionResponse$
];


/***/ })

};
