/**
 * Development-only check: is the compliance banner actually visible on this page? A host page's CSS can hide
 * anything inside it (an ancestor with `display: none` or `opacity: 0`, an `overflow: hidden` box that is too
 * small, a "visually hidden" utility class, an off-screen position). The banner defends its own box with
 * `!important`; what it cannot defend against, this check reports.
 */

/** Parent in the flat tree: slot if slotted, else parent element, else the shadow host. */
function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function describe(node: Element): string {
  const id = node.id ? `#${node.id}` : '';
  const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  return `<${node.localName}${id}${cls}>`;
}

const HIDING_CLIP_PATH = /inset\(\s*(?:[5-9]\d|100)(?:\.\d+)?%|circle\(\s*0(?:px)?\s*(?:at|\))|ellipse\(\s*0(?:px)?\s/;

function transparent(color: string): boolean {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return color === 'transparent';
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
  return parts.length === 4 && Number(parts[3]) === 0;
}

/**
 * Returns why `target` (the banner's visible box) cannot be seen, or null when it looks visible.
 * `text` is the element whose colour carries the message.
 */
export function hidingReason(target: Element, text?: Element): string | null {
  const rect = target.getBoundingClientRect();
  let opacity = 1;
  for (let node: Element | null = target; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'none') return `display: none on ${describe(node)}`;
    if (node !== target && style.contentVisibility === 'hidden') return `content-visibility: hidden on ${describe(node)}`;
    opacity *= Number.parseFloat(style.opacity);
    if (opacity < 0.2) return `opacity ${style.opacity} on ${describe(node)}`;
    // Rounded-corner clips are common and harmless; the "visually hidden" ones cut everything away.
    if (HIDING_CLIP_PATH.test(style.clipPath)) return `clip-path: ${style.clipPath} on ${describe(node)}`;
    if (style.clip && style.clip !== 'auto' && (style.position === 'absolute' || style.position === 'fixed')) {
      return `clip: ${style.clip} on ${describe(node)}`;
    }
    if (node !== target && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const box = node.getBoundingClientRect();
      const width = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
      const height = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
      // Scrollable boxes are fine: the visitor can scroll to it. Only `hidden`/`clip` cut it off for good.
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (clips && (width < 1 || height < Math.min(rect.height, 8))) {
        return `clipped by overflow: ${style.overflow} on ${describe(node)}`;
      }
    }
  }
  const own = getComputedStyle(target);
  if (own.visibility !== 'visible') return `visibility: ${own.visibility}`;
  if (rect.width < 4 || rect.height < 4) return `zero size (${Math.round(rect.width)}×${Math.round(rect.height)})`;
  if (rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0) return 'positioned off-screen';
  if (text) {
    const color = getComputedStyle(text).color;
    if (transparent(color)) return 'text colour is transparent';
    if (color === own.backgroundColor) return 'text colour equals the background colour';
  }
  return null;
}
