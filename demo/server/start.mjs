// `npm start` / `npm run serve`: starts the local meeting emulator and prints the URLs to open.
// Ctrl-C (SIGINT) or SIGTERM closes every connection and exits.
import { startServer } from './server.mjs';

const port = process.env.PORT !== undefined ? Number(process.env.PORT) : 8080;
const server = await startServer({ port }).catch((e) => {
  console.error(`Could not start the emulator on port ${port}: ${e instanceof Error ? e.message : e}`);
  if (e && e.code === 'EADDRINUSE') console.error('Set PORT to another port, e.g. PORT=8081 npm run serve');
  process.exit(1);
});

const acs = process.env.ACS_CONNECTION_STRING ? true : false;
console.log(`
  teams-meeting-join ${acs ? 'demo (real Azure Communication Services)' : 'meeting emulator'} is running

    Demo page          ${server.url}/
    Organizer console  ${server.url}/console.html${acs ? '  (emulator meetings only)' : ''}
    Token endpoint     POST ${server.url}/api/token  {"displayName": "..."}
${acs ? '' : '    Console API        ' + server.url + '/emulator/api/meetings\n'}${server.turnPort ? '    Media relay        turn:127.0.0.1:' + server.turnPort + ' (UDP; call media stays on loopback)\n' : ''}
  Use localhost (not 127.0.0.1): browsers only allow camera and the calling SDK there over http.
  Press Ctrl-C to stop.
`);

let stopping = false;
const stop = async (/** @type {string} */ signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the emulator…`);
  const force = setTimeout(() => process.exit(1), 3000);
  force.unref();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
