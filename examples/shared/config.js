// Where each recipe app takes its meeting from. A real site hard-codes its meeting link (or reads it from its CMS)
// and points token-url at its own token backend (see demo/token-server-example/). The query string lets the
// smoke test (test/e2e/examples.test.mjs) point the same built app at the local meeting emulator:
//   ?meeting-link=…&token-url=/api/token&emulator=http://localhost:8080
const params = new URLSearchParams(location.search);

export const config = {
  meetingLink: params.get('meeting-link') ?? 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_EXAMPLE%40thread.v2/0',
  tokenUrl: params.get('token-url') ?? '/api/acs-token',
  displayName: params.get('display-name') ?? '',
  emulator: params.get('emulator') ?? undefined,
};

/**
 * DEVELOPMENT ONLY: the emulator session is a separate, development-only module of the package. It is loaded
 * (as its own chunk) only when the page was opened with ?emulator=…; delete this in a real site.
 */
export async function loadEmulatorIfAsked() {
  if (config.emulator) await import('teams-meeting-join/dev/emulator');
}
