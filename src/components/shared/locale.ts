/**
 * The `lang` attributes that apply to an element, nearest first: its ancestors' up to `<html>`, crossing
 * shadow roots to their hosts (a widget inside another component's shadow root takes that component's
 * language). Empty values (`lang=""`) are skipped. Read per element: there is no global locale, so two
 * widgets on one page can speak two languages.
 */
export function declaredLangs(el: Element): string[] {
  const out: string[] = [];
  for (let n: Node | null = el.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    const lang = (n as Element).getAttribute?.('lang');
    if (lang) out.push(lang);
  }
  return out;
}
