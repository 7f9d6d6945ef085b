/**
 * One typed way to subscribe to an SDK emitter: `listen(target, event, handler)` calls `target.on` and returns
 * the matching `off`, so a subscription and its removal can never drift apart (the session used to keep twin
 * `on`/`off` lists by hand). The event name and handler are checked against the target's own `on`/`off`
 * overloads: TypeScript accepts the call only when one overload of each takes exactly this pair.
 */
export type Off = () => void;

/** Anything with SDK-style `on(event, handler)` / `off(event, handler)` accepting this event and handler. */
export interface Listenable<E extends string, H> {
  on(event: E, handler: H): void;
  off(event: E, handler: H): void;
}

export function listen<E extends string, H>(target: Listenable<NoInfer<E>, NoInfer<H>>, event: E, handler: H): Off {
  target.on(event, handler);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    target.off(event, handler);
  };
}

/** Collects `off` functions and runs them all once, each in isolation (one failing must not stop the rest). */
export class Subscriptions {
  readonly #offs: Off[] = [];
  add(off: Off): void {
    this.#offs.push(off);
  }
  listen<E extends string, H>(target: Listenable<NoInfer<E>, NoInfer<H>>, event: E, handler: H): void {
    this.#offs.push(listen(target, event, handler));
  }
  dispose(): void {
    for (const off of this.#offs.splice(0).reverse()) {
      try {
        off();
      } catch {
        // best effort
      }
    }
  }
}
