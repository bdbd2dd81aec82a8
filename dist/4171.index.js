export const id = 4171;
export const ids = [4171];
export const modules = {

/***/ 44171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  userSessions: () => (/* binding */ userSessions)
});

// EXTERNAL MODULE: ./src/aws/identity/user-identity.ts
var user_identity = __webpack_require__(1672);
;// CONCATENATED MODULE: ./src/aws/identity/credential-cache.ts

/** Renew credentials this long before they expire (the SDK, too, asks again 5 minutes before). */
const RENEW_BEFORE_MS = 5 * 60_000;
/** After a failed renewal, wait this long before the next try. */
const RETRY_RENEWAL_MS = 30_000;
/**
 * A registered user's credentials for the step: fetched once per user, namespace and role however
 * many jobs ask at once, and fetched again before they expire (5 minutes before, or half their
 * lifetime for short ones). A failed first fetch stays failed for the step: every job of that
 * user gets the same error, and the flow is not repeated per job. A failed renewal keeps the
 * working credentials while they are valid (their error once they are not) and is tried again
 * after a cool-down.
 */
class CredentialCache {
    fetch;
    now;
    renewalFailed;
    entries = new Map();
    constructor(fetch, now = Date.now, 
    /** Told of each failed renewal (the job goes on with the working credentials if valid). */
    renewalFailed = () => { }) {
        this.fetch = fetch;
        this.now = now;
        this.renewalFailed = renewalFailed;
    }
    get(identity) {
        const key = (0,user_identity/* identityKey */.US)(identity);
        const entry = this.entries.get(key);
        if (entry && (entry.renewAt === undefined || this.now() < entry.renewAt))
            return entry.credentials;
        const last = entry?.last;
        const fetchedAt = this.now();
        const next = {
            ...(last ? { last } : {}),
            credentials: this.fetch(identity).then((c) => {
                const life = c.expiration.getTime() - fetchedAt;
                next.last = c;
                next.renewAt = c.expiration.getTime() - Math.min(RENEW_BEFORE_MS, life / 2);
                return c;
            }, (error) => {
                if (!last) {
                    next.renewAt = Infinity;
                    throw error;
                }
                this.renewalFailed(identity, error);
                const now = this.now();
                next.renewAt = now + RETRY_RENEWAL_MS;
                if (now < last.expiration.getTime())
                    return last;
                throw error;
            })
        };
        this.entries.set(key, next);
        return next.credentials;
    }
}

;// CONCATENATED MODULE: ./src/aws/identity/identity-errors.ts

/** Getting a registered user's identity-enhanced credentials failed: what to change, in words. */
class IdentityError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'IdentityError';
    }
}
const nameOf = (error) => error?.name ?? '';
const messageOf = (error) => error?.message ?? String(error);
/** QuickSight GetIdentityContext failed. */
function contextError(error, identity, accountId) {
    const who = (0,user_identity/* describeUser */.ZL)(identity);
    const said = `${nameOf(error)}: ${messageOf(error)}`;
    switch (nameOf(error)) {
        case 'AccessDeniedException':
            return new IdentityError(`QuickSight refused GetIdentityContext for ${who}: ${said} The step's credentials need quicksight:GetIdentityContext on the user (arn:aws:quicksight:<region>:${accountId}:user/${identity.namespace}/<user name>, or user/${identity.namespace}/*).`, { cause: error });
        case 'ResourceNotFoundException':
            return new IdentityError('UserArn' in identity.user
                ? `QuickSight has no ${who} in account ${accountId} (namespace ${identity.namespace}): ${said} Check registered-user: the ARN's account, region, namespace and user name.`
                : `QuickSight has no user ${(0,user_identity/* userLabel */.Ux)(identity.user)} in namespace ${identity.namespace} of account ${accountId}: ${said} Check registered-user (a user name, e-mail or user ARN) and user-namespace.`, { cause: error });
        default:
            return new IdentityError(`GetIdentityContext for ${who} failed: ${said}`, { cause: error });
    }
}
/** STS AssumeRole with the user's identity context failed. */
function assumeRoleError(error, identity, roleArn, 
/** The caller's ARN, when known: the principal the trust policy must name. */
callerArn, 
/** The role was taken from the step's own session (identity-role-arn empty). */
derived) {
    const who = (0,user_identity/* describeUser */.ZL)(identity);
    const said = `${nameOf(error)}: ${messageOf(error)}`;
    const caller = callerArn ? ` (${callerArn})` : '';
    switch (nameOf(error)) {
        case 'AccessDenied':
        case 'AccessDeniedException':
            return new IdentityError(`STS refused AssumeRole of ${roleArn} with the QuickSight identity context of ${who}: ${said} The role's trust policy must allow the step's credentials${caller} both sts:AssumeRole and sts:SetContext (SetContext is what passing ProvidedContexts needs), and their own policy must allow them too.${derived
                ? " The role was taken from the step's own session because identity-role-arn is empty; a session ARN drops the role's path (role/reports/name becomes role/name): for a role with a path, set identity-role-arn to its full ARN."
                : ''}`, { cause: error });
        case 'ExpiredTokenException':
        case 'ExpiredToken':
            return new IdentityError(`STS did not take the QuickSight identity context of ${who} (expired or not valid): ${said} Re-run the step; the action fetches a new context for every session.`, { cause: error });
        default:
            return new IdentityError(`AssumeRole of ${roleArn} for ${who} failed: ${said}`, {
                cause: error
            });
    }
}
/** The step's credentials are no role's session and no identity-role-arn was given. */
function noRoleError(identity, callerArn) {
    return new IdentityError(`identity-role-arn is empty and the step's credentials (${callerArn || 'unknown'}) are not a role's session, so there is no role to assume with the QuickSight identity context of ${(0,user_identity/* describeUser */.ZL)(identity)}. Set identity-role-arn to a role whose trust policy allows sts:AssumeRole and sts:SetContext.`);
}

;// CONCATENATED MODULE: ./src/aws/identity/identity-flow.ts


const QUICKSIGHT_CONTEXT_PROVIDER = 'arn:aws:iam::aws:contextProvider/QuickSight';
/**
 * A registered user's identity-enhanced credentials: QuickSight GetIdentityContext for the user,
 * then STS AssumeRole of the role with that context (ProvidedContexts). The context and the
 * session's keys are masked as soon as they arrive.
 */
async function identityEnhancedCredentials(identity, o) {
    const derived = identity.roleArn === undefined;
    const roleArn = identity.roleArn ?? (await sessionRole(identity, o.api));
    let context;
    try {
        ;
        ({ Context: context } = await o.api.getIdentityContext({
            AwsAccountId: o.accountId,
            UserIdentifier: (0,user_identity/* userIdentifier */.vT)(identity.user),
            // A user ARN names its namespace; a name or an e-mail needs it.
            Namespace: 'UserArn' in identity.user ? undefined : identity.namespace
        }));
    }
    catch (error) {
        throw contextError(error, identity, o.accountId);
    }
    if (!context)
        throw new Error(`GetIdentityContext returned no Context for ${(0,user_identity/* describeUser */.ZL)(identity)}`);
    o.mask(context);
    let answer;
    try {
        answer = await o.api.assumeRole({
            RoleArn: roleArn,
            RoleSessionName: sessionName(identity),
            ProvidedContexts: [{ ProviderArn: QUICKSIGHT_CONTEXT_PROVIDER, ContextAssertion: context }]
        });
    }
    catch (error) {
        const caller = await o.api.caller().then((c) => c.arn, () => undefined);
        throw assumeRoleError(error, identity, roleArn, caller, derived);
    }
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration)
        throw new Error(`AssumeRole of ${roleArn} returned no complete credentials`);
    o.mask(c.SecretAccessKey);
    o.mask(c.SessionToken);
    o.mask(c.AccessKeyId);
    o.log(`${(0,user_identity/* describeUser */.ZL)(identity)}: identity-enhanced session of ${roleArn} until ${c.Expiration.toISOString()}`);
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration
    };
}
/**
 * The role the step's credentials are a session of: `arn:aws:sts::A:assumed-role/R/S` →
 * `arn:aws:iam::A:role/R`. The session ARN has no path, so a role with one cannot be derived.
 */
function roleOfSession(callerArn) {
    const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}
async function sessionRole(identity, api) {
    const { arn } = await api.caller();
    const role = roleOfSession(arn);
    if (!role)
        throw noRoleError(identity, arn);
    return role;
}
/** AssumeRole's RoleSessionName (2-64 of [\w+=,.@-]): shows in CloudTrail whom the session was for. */
function sessionName(identity) {
    const user = (0,user_identity/* userLabel */.Ux)(identity.user).split('/').pop() ?? 'user';
    return `qse-${user}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

;// CONCATENATED MODULE: ./src/aws/identity/user-sessions.ts



function userSessions(aws, o) {
    const api = identityApi(aws);
    const cache = new CredentialCache((identity) => identityEnhancedCredentials(identity, {
        api,
        accountId: o.accountId,
        mask: o.mask,
        log: o.log
    }), Date.now, (identity, error) => o.log(`Renewing the credentials of ${(0,user_identity/* describeUser */.ZL)(identity)} failed (${errorText(error)}); using the current ones while they are valid and trying again in ${RETRY_RENEWAL_MS / 1000} s`));
    const clients = new Map();
    return {
        quicksight(identity) {
            const key = (0,user_identity/* identityKey */.US)(identity);
            let client = clients.get(key);
            if (!client) {
                client = aws.quicksightWith(() => cache.get(identity));
                clients.set(key, client);
            }
            return client;
        }
    };
}
/** GetIdentityContext and AssumeRole with the step's own credentials. */
function identityApi(aws) {
    return {
        async getIdentityContext(request) {
            const { GetIdentityContextCommand } = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8994), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
            return aws.quicksight.send(new GetIdentityContextCommand(request));
        },
        async assumeRole(request) {
            const { AssumeRoleCommand } = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(4077), __webpack_require__.e(4514)]).then(__webpack_require__.bind(__webpack_require__, 54514));
            return (await aws.sts()).send(new AssumeRoleCommand(request));
        },
        caller: () => aws.caller()
    };
}
const errorText = (error) => error instanceof Error ? error.message : String(error);


/***/ })

};
