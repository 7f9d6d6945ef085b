/**
 * The Document Picture-in-Picture path of the call view (issue 16 req 5) in every engine: the API is stubbed by an
 * `about:blank` iframe's window — a real second document, so the call container really moves across documents
 * (its shadow roots lose their adopted sheets, Lit elements first connected there must still render, video views
 * are made again) and back. Hostile cases: the API rejects (as without user activation), the window is gone
 * before the call gets there, the visitor closes it at once, the request outlives the call, garbage instead of a
 * window, the widget removed while popped out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/call-view/call-view.js';
import type { TmjCallView } from '../../../src/components/call-view/call-view.component.js';
import type { JoinState } from '../../../src/core/join-state.js';
import type { VideoView } from '../../../src/session/types.js';
import { FakeSession } from '../../helpers/fake-session.js';
import { callWith, until } from './call-fixtures.js';

const connected: JoinState = { phase: 'connected', since: Date.now() };
const EN = {
  opened: 'The meeting is open in a small window.',
  closed: 'The meeting is back in the page.',
  mini: 'The meeting continues in the mini player.',
};

/** A fake whose video views are real `<video>` elements playing a canvas stream (cleared on dispose). */
class MediaSession extends FakeSession {
  override async createVideoView(streamId: string): Promise<VideoView> {
    this.calls.push({ method: 'createVideoView', args: [streamId] });
    const video = document.createElement('video');
    video.muted = true;
    video.dataset.fakeStream = streamId;
    const canvas = document.createElement('canvas');
    video.srcObject = (canvas as HTMLCanvasElement & { captureStream(): MediaStream }).captureStream();
    const view = {
      element: video,
      disposed: false,
      dispose() {
        view.disposed = true;
        video.srcObject = null;
        video.remove();
      },
    };
    this.views.push(view);
    return view;
  }
}

type Stub = { requestWindow: (options?: unknown) => Promise<Window> };
let frames: HTMLIFrameElement[] = [];

/** A blank iframe (a real document) whose window plays the picture-in-picture window; `close()` is counted. */
async function blankWindow(width = 720): Promise<{ frame: HTMLIFrameElement; win: Window; closes: () => number }> {
  const frame = document.createElement('iframe');
  // 720: wide enough for the full control bar (a real window is 480 px: the bar's More menu holds the control).
  frame.style.cssText = `width: ${width}px; height: 480px; border: 0`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = 'about:blank';
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow!;
  let closes = 0;
  Object.defineProperty(win, 'close', { configurable: true, value: () => void closes++ });
  return { frame, win, closes: () => closes };
}

function stubApi(stub: Stub | undefined): void {
  Object.defineProperty(window, 'documentPictureInPicture', { configurable: true, value: stub });
}

async function mount(recording = true) {
  const fake = new MediaSession();
  fake.update(callWith(3, { compliance: { recording, transcription: false } }));
  const el = await fixture<TmjCallView>(html`<tmj-call-view
    style="width: 900px; height: 600px"
    .session=${fake}
    .sessionState=${fake.state}
    .joinState=${connected}
    .features=${{ chat: true, video: true, screenShare: true }}
  ></tmj-call-view>`);
  fake.subscribe((e) => {
    if (e.type === 'state') el.sessionState = e.state;
  });
  await el.updateComplete;
  return { el, fake };
}

const callIn = (root: ParentNode) => root.querySelector<HTMLElement>('[part~="call"]');
const controlsIn = (call: HTMLElement) => call.querySelector('tmj-call-controls')!.shadowRoot!;
const popOutIn = (call: HTMLElement) => controlsIn(call).querySelector<HTMLButtonElement>('[data-control="popout"]')!;
const liveText = (call: HTMLElement) => call.querySelector('[part~="live-region"]')?.textContent?.trim() ?? '';

/** The banner's message box and background as the document it is in renders them. */
function bannerLook(call: HTMLElement) {
  const banner = call.querySelector('tmj-compliance-banner')!;
  const message = banner.shadowRoot!.querySelector<HTMLElement>('[part~="message"]')!;
  const view = message.ownerDocument.defaultView!;
  const base = banner.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  return { text: message.textContent!.trim(), height: message.getBoundingClientRect().height, background: view.getComputedStyle(base).backgroundColor };
}

/** Videos the gallery shows right now, with whether each still has its stream. */
function galleryVideos(call: HTMLElement) {
  const gallery = call.querySelector('tmj-video-gallery')!;
  return [...gallery.shadowRoot!.querySelectorAll('video')].map((v) => ({ stream: v.srcObject !== null, doc: v.ownerDocument }));
}

afterEach(() => {
  stubApi(undefined);
  for (const f of frames) f.remove();
  frames = [];
});

describe('picture-in-picture: the Document PiP window (API stubbed by a real second document)', () => {
  it('Pop out moves the call (banner, gallery with its videos, controls, live region) into the window and pagehide brings it back', async () => {
    const { win, closes } = await blankWindow();
    const asked: unknown[] = [];
    stubApi({ requestWindow: async (options) => (asked.push(options), win) });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    await until(() => galleryVideos(call).length === 3, 'three videos inline');
    const inlineLook = bannerLook(call);
    expect(inlineLook.background, 'the banner is styled in the page').to.not.equal('rgba(0, 0, 0, 0)');

    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'the call in the window');
    expect(asked, 'one request, with a size').to.have.length(1);
    const wrapper = win.document.body.firstElementChild as HTMLElement;
    expect(callIn(wrapper.shadowRoot!), 'the same container, moved (not re-rendered)').to.equal(call);
    expect(callIn(el.shadowRoot!), 'gone from the page').to.equal(null);
    expect(call.ownerDocument).to.equal(win.document);
    // The notice moved with it and is rendered by the window's document with the widget's styles.
    const look = bannerLook(call);
    expect(look.text).to.contain('Recording has started');
    expect(look.height, 'the notice has a box in the window').to.be.greaterThan(0);
    expect(look.background, 'the banner keeps its styles in the other document').to.equal(inlineLook.background);
    // Media: the gallery made its views again in the window, each with its stream.
    await until(() => galleryVideos(call).length === 3, 'three videos in the window');
    expect(galleryVideos(call).every((v) => v.stream && v.doc === win.document), 'videos in the window, streams attached').to.equal(true);
    await until(() => liveText(call) === EN.opened, 'announced: open in a small window');
    // The control now says Back to tab; the page shows where the call went and the way back.
    await until(() => popOutIn(call)?.getAttribute('aria-label') === 'Back to tab', 'Back to tab in the window');
    const placeholder = el.shadowRoot!.querySelector('[part~="pip-placeholder"]')!;
    expect(placeholder.textContent).to.contain(EN.opened);
    expect(placeholder.querySelector('[data-pip="back"]')!.textContent!.trim()).to.equal('Back to tab');

    // An element first created in the window renders there with its styles (people exists only while open),
    // and the call's shortcuts work from inside the window (Alt+Shift+P).
    controlsIn(call).querySelector<HTMLElement>('[data-control="mic"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, composed: true }),
    );
    await until(() => !!call.querySelector('tmj-people-panel')?.shadowRoot?.querySelector('[part~="person"]'), 'people panel rendered in the window');
    const people = call.querySelector('tmj-people-panel')!;
    expect(people.shadowRoot!.adoptedStyleSheets.length, 'people panel styled in the window').to.be.greaterThan(0);

    // The window's close box (pagehide): home again, in place, styled, announced, the window let go.
    win.dispatchEvent(new Event('pagehide'));
    await until(() => el.pipMode === 'inline', 'inline after pagehide');
    expect(callIn(el.shadowRoot!)).to.equal(call);
    expect(el.shadowRoot!.querySelector('[part~="pip-placeholder"]')).to.equal(null);
    expect(win.document.body.children.length, 'nothing left in the window').to.equal(0);
    expect(bannerLook(call).background, 'banner styles back in the page').to.equal(inlineLook.background);
    expect(people.shadowRoot!.adoptedStyleSheets.length, 'the panel made in the window keeps its styles at home').to.be.greaterThan(0);
    expect(getComputedStyle(people).display).to.not.equal('inline');
    await until(() => galleryVideos(call).length === 3 && galleryVideos(call).every((v) => v.stream && v.doc === document), 'videos back in the page');
    await until(() => liveText(call) === EN.closed, 'announced: back in the page');
    expect(closes(), 'closed once').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('"Back to tab" in the window and in the page, and Leave while popped out, all return cleanly', async () => {
    const { win, closes } = await blankWindow();
    stubApi({ requestWindow: async () => win });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'window');
    await until(() => popOutIn(call)?.getAttribute('aria-label') === 'Back to tab', 'Back to tab');
    popOutIn(call).click();
    await until(() => el.pipMode === 'inline', 'inline after Back to tab');
    expect(callIn(el.shadowRoot!)).to.equal(call);
    expect(closes()).to.equal(1);

    await until(() => popOutIn(call)?.getAttribute('aria-label') === 'Pop out', 'Pop out again');
    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'window again');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pip-placeholder"] [data-pip="back"]')!.click();
    await until(() => el.pipMode === 'inline', "inline after the page's Back to tab");
    expect(closes()).to.equal(2);

    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'window a third time');
    el.joinState = { phase: 'left', since: Date.now(), code: 'left' } as JoinState;
    await until(() => el.pipMode === 'inline', 'inline after leaving');
    expect(callIn(el.shadowRoot!), 'the container is home after leaving').to.equal(call);
    expect(win.document.body.children.length).to.equal(0);
    expect(closes()).to.equal(3);
  });

  it("in a 480 px window the call's layout follows the window: an open panel covers the gallery there, not at home", async () => {
    const { win } = await blankWindow(480);
    stubApi({ requestWindow: async () => win });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'window');
    const gallery = call.querySelector('tmj-video-gallery')!;
    controlsIn(call).querySelector<HTMLElement>('[data-control="mic"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, composed: true }),
    );
    await until(() => el.openPanel === 'people' && gallery.hasAttribute('suspended') && gallery.hasAttribute('inert'), 'the covered gallery holds no views and is inert in the window');
    win.dispatchEvent(new Event('pagehide'));
    await until(() => el.pipMode === 'inline' && !gallery.hasAttribute('suspended'), 'beside the panel again in the 900 px widget');
  });

  it('removing the widget while popped out closes the window and takes the call home', async () => {
    const { win, closes } = await blankWindow();
    stubApi({ requestWindow: async () => win });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'window');
    el.remove();
    expect(closes()).to.equal(1);
    expect(win.document.body.children.length, 'nothing stranded in the window').to.equal(0);
    expect(callIn(el.shadowRoot!)).to.equal(call);
    expect(el.pipMode).to.equal('inline');
  });
});

describe('picture-in-picture: hostile Document PiP', () => {
  it('the API rejects (no user activation: NotAllowedError): the mini player instead, focus on Back to meeting', async () => {
    let asked = 0;
    stubApi({ requestWindow: async () => (asked++, Promise.reject(new DOMException('needs user activation', 'NotAllowedError'))) });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).focus();
    popOutIn(call).click();
    await until(() => el.pipMode === 'mini', 'the mini player after a refusal');
    expect(asked).to.equal(1);
    await until(() => call.matches(':popover-open'), 'shown in the top layer');
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-pip') === 'back', 'focus on Back to meeting');
    await until(() => liveText(call) === EN.mini, 'announced: continues in the mini player');
    expect(bannerLook(call).height, 'the notice is shown in the mini player').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a window already closed when it arrives: the mini player, nothing moved', async () => {
    const { frame, win } = await blankWindow();
    stubApi({ requestWindow: async () => (frame.remove(), win) });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).click();
    await until(() => el.pipMode === 'mini', 'mini player');
    expect(callIn(el.shadowRoot!)).to.equal(call);
  });

  it('the visitor closes the window at once: back inline, in place', async () => {
    const { win } = await blankWindow();
    stubApi({ requestWindow: async () => win });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).click();
    await until(() => el.pipMode === 'window', 'window');
    win.dispatchEvent(new Event('pagehide'));
    win.dispatchEvent(new Event('pagehide'));
    expect(el.pipMode).to.equal('inline');
    expect(callIn(el.shadowRoot!)).to.equal(call);
  });

  it('a request that outlives the call: the late window is closed, the call stays home', async () => {
    const { win, closes } = await blankWindow();
    let resolve!: (w: Window) => void;
    stubApi({ requestWindow: () => new Promise<Window>((r) => (resolve = r)) });
    const { el } = await mount();
    const call = callIn(el.shadowRoot!)!;
    popOutIn(call).click();
    el.joinState = { phase: 'left', since: Date.now(), code: 'left' } as JoinState;
    await el.updateComplete;
    resolve(win);
    await until(() => closes() === 1, 'the late window closed');
    expect(el.pipMode).to.equal('inline');
    expect(win.document.body.children.length).to.equal(0);
    expect(callIn(el.shadowRoot!)).to.equal(call);
  });

  it('garbage instead of a window: the mini player, no throw', async () => {
    stubApi({ requestWindow: async () => ({}) as Window });
    const { el } = await mount();
    popOutIn(callIn(el.shadowRoot!)!).click();
    await until(() => el.pipMode === 'mini', 'mini player');
  });
});
