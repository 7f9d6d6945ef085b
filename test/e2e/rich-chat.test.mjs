// Issue 16 req 4 end to end, through the real script-tag build on the demo page: the organizer console sends a
// Teams user's rich chat (demo/server/console-rich-chat.mjs) and the guest's widget shows it.
//  - an inline image: fetched with the chat token (Bearer) and no cookies, shown from a blob: URL with its alt text,
//    downloaded once near the view, and an image far above in the log not before it is scrolled to;
//  - a file card: name and type, opens the SharePoint link in a new tab with rel=noopener;
//  - a reply renders as a quote; Teams emoji render as the characters (no image from Teams' CDN);
//  - an image whose URL is on another origin is never requested; an oversized image shows "too large";
//  - blob URLs are revoked (counted, and a revoked URL really stops working) when the message leaves the
//    200-message window and when the visitor leaves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { setup, waitFor, widgetPhase as phase } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

/**
 * The demo page for `meetingId`, with a cookie on the emulator's origin (so "no cookies" means something) and
 * every blob: URL the page creates or revokes counted in window.__blobs.
 */
async function openDemo(/** @type {string} */ meetingId) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  await context.addCookies([{ name: 'tmj_site_session', value: 'secret-cookie', url: env.server.url }]);
  await context.addInitScript(() => {
    const blobs = { created: /** @type {string[]} */ ([]), revoked: /** @type {string[]} */ ([]) };
    Object.assign(window, { __blobs: blobs });
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (obj) => {
      const url = create(obj);
      blobs.created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url) => {
      blobs.revoked.push(url);
      revoke(url);
    };
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  return page;
}

async function join(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Join now' }).click();
  await waitFor(async () => (await phase(page)) === 'connected', `${name} connected`, 20000);
}

/** The widget's chat log (the demo page logs events too: text is looked up in the widget only). */
const log = (/** @type {import('playwright-core').Page} */ page) => page.locator('teams-meeting-join [role="log"]');
const openChat = (/** @type {import('playwright-core').Page} */ page) => page.getByRole('button', { name: /^Chat/ }).click();
const chat = (/** @type {string} */ meetingId, /** @type {string} */ what, /** @type {unknown} */ body) => env.api.call('POST', `/meetings/${meetingId}/chat/${what}`, body);
const imageLog = async (/** @type {string} */ meetingId) => env.api.call('GET', `/meetings/${meetingId}/chat/images`);
const blobs = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => /** @type {{ created: string[], revoked: string[] }} */ (/** @type {any} */ (window).__blobs));
/** Does fetching this blob: URL in the page still give bytes? (A revoked URL fails.) */
const blobAlive = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ url) =>
  page.evaluate((u) => fetch(u).then((r) => r.ok, () => false), url);
/** Text messages from the organizer, as fast as the console API takes them. */
async function flood(/** @type {string} */ meetingId, /** @type {number} */ n, /** @type {string} */ prefix) {
  for (let i = 0; i < n; i += 20) {
    await Promise.all(Array.from({ length: Math.min(20, n - i) }, (_, k) => env.api.call('POST', `/meetings/${meetingId}/chat`, { content: `${prefix} ${i + k}`, type: 'text' })));
  }
}

test('an inline image from Teams: fetched with the chat token and no cookies, shown from a blob: URL with its alt text', async () => {
  const meeting = await env.api.createMeeting({ title: 'rich chat image' });
  const page = await openDemo(meeting.id);
  await join(page, 'Ivy');
  await openChat(page);
  const sent = await chat(meeting.id, 'image', { alt: 'Quarterly chart', text: 'Here is the chart' });
  const img = page.locator('[part~="chat-image"] img[alt="Quarterly chart"]');
  await img.waitFor({ state: 'visible', timeout: 15000 });
  const shown = await img.evaluate((i) => ({ src: /** @type {HTMLImageElement} */ (i).src, w: /** @type {HTMLImageElement} */ (i).naturalWidth, h: /** @type {HTMLImageElement} */ (i).naturalHeight }));
  assert.match(shown.src, /^blob:/, 'shown from a blob: URL, never the service URL');
  assert.deepEqual([shown.w, shown.h], [480, 320], 'the bytes the console sent, decoded');
  await log(page).getByText('Here is the chart').waitFor();
  const { requests } = await imageLog(meeting.id);
  const mine = requests.filter((/** @type {any} */ r) => r.imageId === sent.attachmentId);
  assert.equal(mine.length, 1, `fetched once (${JSON.stringify(requests)})`);
  assert.equal(mine[0].status, 200, 'the service answered the bytes');
  assert.equal(mine[0].bearer, true, 'the request carried the chat token (Bearer)');
  assert.equal(mine[0].cookie, false, 'the request carried no cookies, though the origin has one');
  assert.equal(mine[0].view, 'small', 'the preview view, as the inline-image tutorial fetches');
  await page.context().close();
});

test('a file card (name, type, new tab with noopener), a reply as a quote, and Teams emoji as characters', async () => {
  const meeting = await env.api.createMeeting({ title: 'rich chat file reply emoji' });
  const page = await openDemo(meeting.id);
  /** @type {string[]} */
  const teamsCdn = [];
  page.on('request', (r) => {
    if (/statics\.teams\.cdn\.office\.net/.test(r.url())) teamsCdn.push(r.url());
  });
  await join(page, 'Jay');
  await openChat(page);

  const link = 'https://contoso.sharepoint.com/:b:/g/personal/organizer/EQx1';
  await chat(meeting.id, 'file', { files: [{ name: 'Quarterly report.pdf', url: link }], text: 'The report' });
  const card = page.locator('a[part~="file-card"]').filter({ hasText: 'Quarterly report.pdf' });
  await card.waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await card.getAttribute('href'), link, 'opens the SharePoint link');
  assert.equal(await card.getAttribute('target'), '_blank', 'in a new tab');
  assert.match((await card.getAttribute('rel')) ?? '', /\bnoopener\b/, 'without handing the page to the new tab');
  assert.match(await card.innerText(), /PDF/, 'the type is on the card');

  const { id: quotedId } = await env.api.call('POST', `/meetings/${meeting.id}/chat`, { content: '<p>Shall we start with the budget?</p>', type: 'html' });
  await chat(meeting.id, 'reply', { replyTo: quotedId, text: 'Yes, budget first', senderName: 'Teams Tess' });
  const quote = page.locator('blockquote[data-reply]');
  await quote.waitFor({ state: 'visible', timeout: 15000 });
  const quoteText = await quote.innerText();
  assert.match(quoteText, /Shall we start with the budget\?/, 'the quote shows the quoted message');
  assert.match(quoteText, new RegExp(meeting.organizer.displayName), 'and who wrote it');
  assert.doesNotMatch(quoteText, /Yes, budget first/, 'the reply itself is outside the quote');
  await log(page).getByText('Yes, budget first').waitFor();

  await chat(meeting.id, 'emoji', {});
  const emoji = page.locator('[data-emoji]').filter({ hasText: '👍' }).last();
  await emoji.waitFor({ state: 'visible', timeout: 15000 });
  const sizes = await emoji.evaluate((e) => ({
    emoji: parseFloat(getComputedStyle(e).fontSize),
    text: parseFloat(getComputedStyle(/** @type {Element} */ (e.closest('p'))).fontSize),
  }));
  assert.ok(Math.abs(sizes.emoji / sizes.text - 1.25) < 0.01, `emoji 1.25× the text, once (not compounded): ${JSON.stringify(sizes)}`);
  await log(page).getByText(/thanks everyone 🎉/).waitFor();
  assert.deepEqual(teamsCdn, [], 'no emoji image requested from Teams\' CDN');
  await page.context().close();
});

test('an image on another origin is never fetched; a file link that is not https is no link', async () => {
  /** @type {string[]} */
  const hits = [];
  const other = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
    res.end();
  });
  await new Promise((r) => other.listen(0, '127.0.0.1', () => r(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (other.address()).port;
  try {
    const meeting = await env.api.createMeeting({ title: 'rich chat other origin' });
    const page = await openDemo(meeting.id);
    /** @type {string[]} */
    const browserHits = [];
    page.on('request', (r) => {
      if (r.url().includes(`127.0.0.1:${port}`)) browserHits.push(r.url());
    });
    await join(page, 'Kai');
    await openChat(page);
    const evil = `http://127.0.0.1:${port}/steal.png`;
    await chat(meeting.id, 'attachments', {
      content: `<p>look</p><p><img alt="elsewhere" src="${evil}" id="evil-1" itemtype="http://schema.skype.com/AMSImage"></p>`,
      attachments: [
        { id: 'evil-1', attachmentType: 'image', name: 'a.png', url: evil, previewUrl: evil },
        { id: 'evil-2', attachmentType: 'file', name: 'payload.html', previewUrl: 'javascript:alert(1)' },
      ],
    });
    const figure = page.locator('[part~="chat-image"]').filter({ has: page.locator('img[alt="elsewhere"]') });
    await figure.getByText('Couldn’t load this image').waitFor({ state: 'visible', timeout: 15000 });
    const blocked = page.locator('[part~="file-card-blocked"]').filter({ hasText: 'payload.html' });
    await blocked.waitFor({ state: 'visible' });
    assert.equal(await page.locator('a[part~="file-card"]').filter({ hasText: 'payload.html' }).count(), 0, 'no link to javascript:');
    // One more message after it, rendered: by then the refused image had every chance to be requested.
    await env.api.call('POST', `/meetings/${meeting.id}/chat`, { content: 'after the hostile one', type: 'text' });
    await log(page).getByText('after the hostile one').waitFor();
    assert.deepEqual(hits, [], 'the other origin never saw a request');
    assert.deepEqual(browserHits, [], 'the browser never requested it');
    assert.equal((await blobs(page)).created.length, 0, 'nothing became a blob');
    await page.context().close();
  } finally {
    other.close();
  }
});

test('an oversized image is refused with a visible "too large" placeholder, never shown', async () => {
  const meeting = await env.api.createMeeting({ title: 'rich chat oversized' });
  const page = await openDemo(meeting.id);
  await join(page, 'Lea');
  await openChat(page);
  const sent = await chat(meeting.id, 'image', { alt: 'Huge photo', generate: { width: 2048, height: 2048, noise: true } });
  assert.ok(sent.bytes > 10 * 1024 * 1024, `the image is over the 10 MB cap (${sent.bytes} bytes)`);
  const figure = page.locator('[part~="chat-image"]').filter({ has: page.locator('img[alt="Huge photo"]') });
  await figure.getByText('This image is too large to show').waitFor({ state: 'visible', timeout: 20000 });
  assert.equal(await figure.locator('img').isVisible(), false, 'no image shown');
  assert.equal(await figure.locator('img').getAttribute('src'), null, 'no src at all');
  assert.equal((await blobs(page)).created.length, 0, 'no blob: URL made of it');
  await page.context().close();
});

test('an image far above: not fetched until scrolled to, then shown; its blob: URL is revoked when it leaves the 200-message window, and on leave', async () => {
  const meeting = await env.api.createMeeting({ title: 'rich chat window' });
  const page = await openDemo(meeting.id);
  await join(page, 'Max');
  // With the panel closed: an image, then enough text to put it far above the bottom of the log.
  const first = await chat(meeting.id, 'image', { alt: 'Old picture' });
  await flood(meeting.id, 40, 'filler');
  // All of it in the widget before the panel opens: the log then opens at its bottom, the image far above (opened
  // earlier, the log would still be short while the messages arrive, and the image rightly in view).
  await waitFor(
    () => page.evaluate(() => /** @type {any} */ (document.querySelector('teams-meeting-join')).sessionState.chat.messages.filter((/** @type {any} */ m) => /^filler \d+$/.test(m.content)).length === 40),
    'the 40 messages in the session state',
  );
  await openChat(page);
  await log(page).getByText('filler 39', { exact: true }).waitFor({ timeout: 15000 });
  const oldImg = page.locator('img[alt="Old picture"]');
  await oldImg.waitFor({ state: 'attached', timeout: 15000 });
  const fetchedOf = async (/** @type {string} */ id) => (await imageLog(meeting.id)).requests.filter((/** @type {any} */ r) => r.imageId === id).length;
  const fetched = () => fetchedOf(first.attachmentId);
  // Lazy start: the old image is far above the bottom of the log, so its bytes are not requested (the emulator's
  // own request log, no route()). Not a timed wait: a newer image at the bottom, in view, is sent and must be
  // fetched first. Its wait near the view (LAZY_DWELL_MS) starts after every wait of the old one, which was drawn
  // before it, so by the time its bytes are asked for, the old image's fate is settled.
  const recent = await chat(meeting.id, 'image', { alt: 'Recent picture' });
  const recentImg = page.locator('img[alt="Recent picture"]');
  await recentImg.waitFor({ state: 'visible', timeout: 15000 });
  await waitFor(async () => (await fetchedOf(recent.attachmentId)) === 1, 'the image in view fetched');
  const gap = await log(page).evaluate((l, alt) => {
    const img = l.querySelector(`img[alt="${alt}"]`)?.closest('[part~="chat-image"]');
    return img ? l.getBoundingClientRect().top - img.getBoundingClientRect().bottom : NaN;
  }, 'Old picture');
  // Beyond the 200 px margin within which an image counts as near the view (chat-attachments-view.ts).
  assert.ok(gap > 200, `the old image is far above the visible log (${gap} px above its top)`);
  assert.equal(await fetched(), 0, 'the image far above was not fetched before it was scrolled to');
  const recentUrl = await recentImg.evaluate((i) => /** @type {HTMLImageElement} */ (i).src);
  await oldImg.evaluate((i) => i.closest('[part~="chat-image"]')?.scrollIntoView({ block: 'center' }));
  await oldImg.waitFor({ state: 'visible', timeout: 15000 });
  await waitFor(async () => (await fetched()) === 1, 'fetched once it is in view');
  const oldUrl = await oldImg.evaluate((i) => /** @type {HTMLImageElement} */ (i).src);
  assert.deepEqual((await blobs(page)).created, [recentUrl, oldUrl], 'one blob: URL per image shown, in the order they came into view');
  assert.equal(await blobAlive(page, oldUrl), true, 'alive while shown');

  // Back to the newest, then 200 more messages: the image's message leaves the rendered window.
  await log(page).getByText('filler 39', { exact: true }).scrollIntoViewIfNeeded();
  await log(page).evaluate((l) => l.scrollTo({ top: l.scrollHeight }));
  await flood(meeting.id, 200, 'wave');
  await log(page).getByText('wave 199', { exact: true }).waitFor({ timeout: 30000 });
  await waitFor(async () => (await oldImg.count()) === 0, 'the old image leaves the DOM with its message', 20000);
  await waitFor(async () => (await blobs(page)).revoked.includes(oldUrl), 'its blob: URL revoked', 10000);
  assert.equal(await blobAlive(page, oldUrl), false, 'the revoked URL no longer gives the bytes');
  const after200 = await blobs(page);
  assert.equal(after200.revoked.filter((u) => u === oldUrl).length, 1, 'revoked exactly once');

  // A new image in view, then leaving: every blob: URL made is revoked.
  await chat(meeting.id, 'image', { alt: 'New picture' });
  const newImg = page.locator('img[alt="New picture"]');
  await newImg.waitFor({ state: 'visible', timeout: 15000 });
  const newUrl = await newImg.evaluate((i) => /** @type {HTMLImageElement} */ (i).src);
  assert.equal(await blobAlive(page, newUrl), true);
  await page.getByRole('button', { name: /^Leave/ }).click();
  await waitFor(async () => (await blobs(page)).revoked.includes(newUrl), 'revoked on leave', 10000);
  const final = await blobs(page);
  assert.deepEqual([...final.created].sort(), [...new Set(final.revoked)].sort(), `every blob: URL created was revoked (${JSON.stringify(final)})`);
  assert.equal(final.revoked.length, final.created.length, 'each exactly once');
  assert.equal(await blobAlive(page, newUrl), false, 'the last one no longer works either');
  await page.context().close();
});
