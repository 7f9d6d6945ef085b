/**
 * True when focus is the widget's to move: nothing is focused, or the active element is `host` or one of the
 * shadow hosts around it. A phase change never pulls focus from the page.
 */
export function focusIsOurs(host: Element): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  let node: Node | null = host;
  while (node) {
    if (node === active) return true;
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
