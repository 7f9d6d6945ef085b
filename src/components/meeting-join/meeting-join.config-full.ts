/**
 * The rarely needed half of configuration validation, a lazy chunk (see `validateConfig`): the full meeting-link
 * parser (wrappers, other clouds and hosts, schemes) and the development-only `emulator` URL check. The pasted
 * script decides everything else itself and loads this only for such a link or an `emulator` attribute.
 */
export { parseMeetingLink } from '../../core/meeting-link.js';

/**
 * The emulator must run on this machine: http(s) on localhost, 127.0.0.1 or [::1] with an explicit port.
 * Anything else would let a page attribute send the visitor's media to an arbitrary server.
 */
export function isLoopbackOrigin(value: string): boolean {
  try {
    const { protocol, hostname, port, username, password } = new URL(value);
    return /^https?:$/.test(protocol) && /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(hostname) && !!port && !username && !password;
  } catch {
    return false;
  }
}
