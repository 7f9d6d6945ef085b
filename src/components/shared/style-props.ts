/**
 * `${styleProps({...})}` in element position: sets inline style properties with `style.setProperty` (custom
 * properties included) and removes the ones no longer given. Unlike lit's `styleMap`, whose first render writes a
 * `style="…"` attribute, it never writes the attribute, so it is allowed under a CSP without
 * `style-src-attr 'unsafe-inline'` (CSSOM changes are not governed by CSP).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type StyleInfo = Readonly<Record<string, string | undefined>>;

const cssName = (key: string) => (key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position: <div ${styleProps(…)}>');
  }

  render(_styles: StyleInfo) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [StyleInfo]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      const name = cssName(key);
      next.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
