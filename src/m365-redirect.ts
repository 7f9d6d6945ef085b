/**
 * MSAL.js v5's redirect bridge (`cdn/m365-redirect.html` loads this): the page the Entra ID authority sends the
 * sign-in answer to. For the popup it hands the answer to the widget's page and closes; after a full-page redirect
 * (the fallback when the popup was blocked) it returns to the page that started the sign-in. Register its URL as
 * the app registration's SPA redirect URI (or set `aad-redirect-uri`). It must not be served with a
 * Cross-Origin-Opener-Policy header. Microsoft Learn, "Set up the redirect bridge page in MSAL Browser",
 * https://learn.microsoft.com/en-us/entra/msal/javascript/browser/redirect-bridge.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  document.body.textContent = 'Sign-in could not be completed. Close this window and try again.';
});
