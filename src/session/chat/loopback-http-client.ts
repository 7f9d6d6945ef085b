/**
 * A transport for the Chat SDK that lets it talk to a plain-`http` server on this machine (the meeting emulator,
 * or a test server). The SDK's Bearer policy refuses any non-`https://` URL before sending, so the SDK is given
 * `https://localhost:PORT` and this client sends the very same request to `http://localhost:PORT` with `fetch`.
 * The SDK's whole pipeline (auth header, retries, (de)serialisation) still runs; only the last hop changes.
 *
 * It refuses every non-loopback host, so wiring it into a production session could never downgrade real TLS.
 */
import type {
  HttpClient,
  HttpHeaders,
  PipelineRequest,
  PipelineResponse,
  RawHttpHeaders,
} from '@azure/core-rest-pipeline';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for `localhost`, `127.0.0.1` and `[::1]` (the hosts the loopback transport accepts). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/**
 * Returns an `HttpClient` (from `@azure/core-rest-pipeline`) for `ChatClientOptions.httpClient`.
 * `https://<loopback>` requests are sent as `http://<loopback>`; anything else throws before any I/O.
 */
export function createLoopbackHttpClient(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): HttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const url = new URL(request.url);
      if (!isLoopbackHost(url.hostname)) {
        // Never a network request to a real host through this transport: it exists only for loopback servers.
        throw new Error(`loopback http client refuses non-loopback host ${url.hostname}`);
      }
      if (url.protocol === 'https:') url.protocol = 'http:';

      const timeout = request.timeout > 0 ? AbortSignal.timeout(request.timeout) : undefined;
      const signals = [request.abortSignal, timeout].filter(
        (s): s is AbortSignal => s !== undefined && s !== null && typeof AbortSignal !== 'undefined' && s instanceof AbortSignal,
      );
      const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];

      const headers = new Headers();
      for (const [name, value] of request.headers) headers.set(name, value);

      const init: RequestInit = { method: request.method, headers };
      if (signal) init.signal = signal;
      const body = request.body;
      if (body !== undefined && body !== null && request.method !== 'GET' && request.method !== 'HEAD') {
        if (typeof body === 'function') throw new Error('loopback http client: streamed bodies are not supported');
        init.body = body as BodyInit;
      }

      const response = await fetchImpl(url.href, init);
      const responseHeaders = new SimpleHttpHeaders();
      response.headers.forEach((value, name) => responseHeaders.set(name, value));
      const bodyAsText = await response.text();
      return { request, status: response.status, headers: responseHeaders, bodyAsText };
    },
  };
}

/** Minimal `HttpHeaders` (case-insensitive), so the transport needs no runtime import of core-rest-pipeline. */
class SimpleHttpHeaders implements HttpHeaders {
  private readonly map = new Map<string, { name: string; value: string }>();

  get(name: string): string | undefined {
    return this.map.get(name.toLowerCase())?.value;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string | number | boolean): void {
    this.map.set(name.toLowerCase(), { name, value: String(value) });
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  toJSON(options?: { preserveCase?: boolean }): RawHttpHeaders {
    const out: RawHttpHeaders = {};
    for (const [key, entry] of this.map) out[options?.preserveCase ? entry.name : key] = entry.value;
    return out;
  }
  *[Symbol.iterator](): Iterator<[string, string]> {
    for (const [key, entry] of this.map) yield [key, entry.value];
  }
}
