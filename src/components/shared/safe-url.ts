/**
 * Only http(s) links from attributes (the privacy policy link of the banner and the consent dialog): a
 * `javascript:` or `data:` URL in an attribute must never become a clickable link. Relative URLs resolve
 * against the page.
 */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
