/**
 * Lazy loading of a session implementation. The pasted script never contains a session or an SDK: they are
 * separate chunks fetched by `import()` when joining starts, or earlier through `prefetchSession()` on idle
 * time or on intent (focus/hover/press of the join button) so the visitor rarely waits for them.
 */
import { TmjError } from '../core/errors.js';
import type { SessionFactory, SessionKind } from './types.js';

export type SessionImporters = Readonly<Record<SessionKind, () => Promise<{ sessionFactory: SessionFactory }>>>;

const IMPORTERS: SessionImporters = {
  acs: () => import('./acs/index.js'),
  emulator: () => import('./emulator/index.js'),
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
