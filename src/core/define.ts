/**
 * Guarded custom-element registration: a widget lives on pages it does not control, where another copy
 * (or another version) may already have defined the tag. Never throws; warns once instead.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    console.warn(`[teams-meeting-join] <${tag}> defined twice; keeping the first`);
  }
}
