/**
 * Lazy loading of a session implementation. The pasted script never contains a session or an SDK: they are
 * separate chunks fetched by `import()` when joining starts, or earlier through `prefetchSession()` on idle
 * time or on intent (focus/hover/press of the join button) so the visitor rarely waits for them.
 */
import { TmjError } from '../core/errors.js';
import type { SessionFactory, SessionKind } from './types.js';

export type SessionImporters = Readonly<Record<SessionKind, () => Promise<{ sessionFactory: SessionFactory }>>>;

declare const __TMJ_PACKAGED__: boolean | undefined;

/**
 * Session implementations registered from outside the entry: the development-only emulator session is not
 * part of the built package's entry points; `teams-meeting-join/dev/emulator` (npm) or `cdn/dev/emulator.js`
 * (script tag) registers it here. A global, so a registration reaches every copy of the widget on the page.
 */
const REGISTRY_KEY = Symbol.for('teams-meeting-join.session-importers');
type Registry = Partial<Record<SessionKind, () => Promise<{ sessionFactory: SessionFactory }>>>;

function registry(): Registry {
  const g = globalThis as { [REGISTRY_KEY]?: Registry };
  return (g[REGISTRY_KEY] ??= {});
}

/** Makes `kind` loadable by `loadSessionFactory()` (used by the development-only emulator entry). */
export function registerSessionImporter(kind: SessionKind, importer: () => Promise<{ sessionFactory: SessionFactory }>): void {
  registry()[kind] = importer;
}

/**
 * Running from source (tests, dev server) the emulator session is imported directly; rollup.config.mjs sets
 * the packaged flag to `true`, which drops that import — and with it the emulator — from dist/ and cdn/.
 */
const emulatorFromSource: (() => Promise<{ sessionFactory: SessionFactory }>) | undefined =
  typeof __TMJ_PACKAGED__ === 'undefined' || !__TMJ_PACKAGED__ ? () => import('./emulator/index.js') : undefined;

const IMPORTERS: SessionImporters = {
  acs: () => import('./acs/index.js'),
  emulator: () => {
    const importer = registry().emulator ?? emulatorFromSource;
    return importer ? importer() : Promise.reject(new TmjError('emulator-not-loaded'));
  },
};

const cache = new Map<SessionKind, Promise<SessionFactory>>();

/**
 * Loads (once) the factory of `kind`. Rejects with `TmjError('sdk-load-failed')` when the chunk cannot be
 * fetched or does not export a matching factory; a failed load is forgotten so a retry fetches again.
 * `importers` replaces the real `import()`s (tests); such loads bypass the cache.
 */
export function loadSessionFactory(kind: SessionKind, importers?: SessionImporters): Promise<SessionFactory> {
  const cached = importers ? undefined : cache.get(kind);
  if (cached) return cached;
  const loading = (importers ?? IMPORTERS)[kind]().then(
    (module) => {
      const factory = module.sessionFactory;
      if (!factory || factory.kind !== kind) throw new TmjError('sdk-load-failed', `${kind}: no factory`);
      return factory;
    },
    (error: unknown) => {
      if (error instanceof TmjError && error.code === 'emulator-not-loaded') throw error;
      throw new TmjError('sdk-load-failed', kind, { cause: error });
    },
  );
  if (!importers) {
    cache.set(kind, loading);
    loading.catch(() => cache.delete(kind));
  }
  return loading;
}

/**
 * Starts loading `kind` in the background; idempotent, never rejects (joining reports a failure itself).
 * With `warm` (the visitor showed intent to join), also lets the factory warm what joining needs — for ACS
 * the 1.8 MB calling SDK, which idle time alone must not fetch for visitors who never join.
 */
export function prefetchSession(kind: SessionKind, warm = false): void {
  loadSessionFactory(kind)
    .then((factory) => (warm ? factory.prefetch?.() : undefined))
    .catch(() => undefined);
}
