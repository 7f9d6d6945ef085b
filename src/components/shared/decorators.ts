/**
 * `@property()` and `@state()` for the two elements in the pasted script (`<teams-meeting-join>`,
 * `<tmj-prejoin>`). Lit's decorator module also handles TC39 standard decorators, `accessor` fields and
 * decorated setters — about 0.5 KB gzip that the size-budgeted pre-join does not need. For plain fields under
 * `experimentalDecorators` (our tsconfig) this does exactly what lit's legacy path does: `createProperty()`.
 * The in-call elements (lazy chunks) keep using `lit/decorators.js`.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

export const property =
  (options?: PropertyDeclaration) =>
  (proto: ReactiveElement, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: re-renders on change, no attribute. */
export const state = (): ReturnType<typeof property> => property({ state: true, attribute: false });
