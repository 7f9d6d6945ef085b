/**
 * Microsoft 365 sign-in (a lazy chunk; MSAL itself is a further `import()` inside it, made only when the visitor
 * chose to sign in). Never part of the pasted script.
 */
export { createMsalSignIn, TEAMS_SCOPES, GRAPH_SCOPES, type MsalSignIn, type MsalSignInOptions } from './msal-sign-in.js';
export { msalErrorCode, type M365ErrorCode } from './msal-errors.js';
