/**
 * Blob URLs of chat images, per message (DOM-free: `create`/`revoke` are URL.createObjectURL/revokeObjectURL in
 * the panel, counters in the reference-model test). Invariant: every URL created is revoked exactly once, when its
 * message leaves the rendered window (`retain`) or on `dispose` (the panel may be connected again and load anew); a download that finishes after its message left
 * (or after dispose) is revoked at once and never shown.
 */
export type BlobFetch = (signal: AbortSignal) => Promise<Blob>;

interface Entry {
  url?: string;
  pending?: Promise<string | undefined>;
  readonly abort: AbortController;
}

export class BlobUrlRegistry {
  readonly #byMessage = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly create: (blob: Blob) => string,
    private readonly revoke: (url: string) => void,
  ) {}

  /** The blob URL of one attachment of a message, downloading it once; undefined when it went away meanwhile. */
  load(messageId: string, key: string, fetchBlob: BlobFetch): Promise<string | undefined> {
    let entries = this.#byMessage.get(messageId);
    if (!entries) this.#byMessage.set(messageId, (entries = new Map()));
    const existing = entries.get(key);
    if (existing?.url) return Promise.resolve(existing.url);
    if (existing?.pending) return existing.pending;
    const entry: Entry = { abort: new AbortController() };
    entries.set(key, entry);
    entry.pending = fetchBlob(entry.abort.signal).then(
      (blob) => {
        entry.pending = undefined;
        // Left the window (or disposed) while downloading: nothing to show, nothing kept.
        if (entry.abort.signal.aborted || this.#byMessage.get(messageId)?.get(key) !== entry) return undefined;
        entry.url = this.create(blob);
        return entry.url;
      },
      (error: unknown) => {
        entry.pending = undefined;
        if (this.#byMessage.get(messageId)?.get(key) === entry) entries.delete(key);
        throw error;
      },
    );
    return entry.pending;
  }

  /** Drops (revokes, aborts) every message not in `live`. */
  retain(live: ReadonlySet<string>): void {
    for (const id of [...this.#byMessage.keys()]) if (!live.has(id)) this.#drop(id);
  }

  /** Drops one attachment of a message (e.g. an image refused after decoding), or the whole message. */
  release(messageId: string, key?: string): void {
    if (key === undefined) return this.#drop(messageId);
    const entry = this.#byMessage.get(messageId)?.get(key);
    if (!entry) return;
    this.#byMessage.get(messageId)!.delete(key);
    entry.abort.abort();
    if (entry.url) this.revoke(entry.url);
    entry.url = undefined;
  }

  dispose(): void {
    for (const id of [...this.#byMessage.keys()]) this.#drop(id);
  }

  /** URLs created and not yet revoked (tests, diagnostics). */
  get liveUrls(): string[] {
    const urls: string[] = [];
    for (const entries of this.#byMessage.values()) for (const e of entries.values()) if (e.url) urls.push(e.url);
    return urls;
  }

  #drop(messageId: string): void {
    const entries = this.#byMessage.get(messageId);
    if (!entries) return;
    this.#byMessage.delete(messageId);
    for (const entry of entries.values()) {
      entry.abort.abort();
      if (entry.url) this.revoke(entry.url);
      entry.url = undefined;
    }
  }
}
