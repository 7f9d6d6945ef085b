import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { press } from '../../helpers/keyboard.js';
import '../../../src/components/consent-dialog/consent-dialog.js';
import type { TmjConsentDialog } from '../../../src/components/consent-dialog/consent-dialog.js';
import '../../../src/components/call-view/call-view.js';
import type { TmjCallView } from '../../../src/components/call-view/call-view.component.js';
import type { JoinState } from '../../../src/core/join-state.js';
import consentEn from '../../../src/i18n/en/consent.js';
import consentFr from '../../../src/i18n/fr/consent.js';
import consentDe from '../../../src/i18n/de/consent.js';

const consentStrings = { en: consentEn, fr: consentFr, de: consentDe };
import { callStringsEn } from '../../../src/components/shared/call-strings.js';
import { callWith, fakeIn } from '../call-view/call-fixtures.js';

const en = consentStrings.en;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function dialog(requirement = { recording: true, transcription: false }, url?: string, lang = '') {
  const el = await fixture<TmjConsentDialog>(html`<div style="position: relative; width: 600px; height: 400px">
    <tmj-consent-dialog .requirement=${requirement} privacy-policy-url=${url ?? ''} lang=${lang}></tmj-consent-dialog>
  </div>`);
  const d = el.querySelector('tmj-consent-dialog')!;
  await d.updateComplete;
  return d;
}

/** The deepest focused element across shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('<tmj-consent-dialog>', () => {
  it('is a modal alertdialog named by its title, described by what is recorded, with "I agree" and "Leave"', async () => {
    const d = await dialog();
    const box = part(d, 'dialog')!;
    expect(box.getAttribute('role')).to.equal('alertdialog');
    expect(box.getAttribute('aria-modal')).to.equal('true');
    const title = d.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(title.textContent?.trim()).to.equal(en.title);
    const what = d.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!.textContent!;
    expect(what, 'says recording is recorded and what it holds').to.contain(en.recording);
    expect(what, 'recording only: nothing about transcripts').to.not.contain(en.transcription);
    expect(what, 'says media stays off until consent').to.contain(en.mediaOff);
    expect(part(d, 'agree')!.textContent?.trim()).to.equal('I agree');
    expect(part(d, 'leave')!.textContent?.trim()).to.equal('Leave');
    await expect(d).to.be.accessible();
  });

  it('names transcription, or both, as the meeting requires; French and German strings', async () => {
    const t = await dialog({ recording: false, transcription: true });
    expect(part(t, 'dialog')!.textContent).to.contain(en.transcription).and.not.contain(en.recording);
    const both = await dialog({ recording: true, transcription: true });
    expect(part(both, 'dialog')!.textContent).to.contain(en.transcription).and.contain(en.recording);
    // Other languages are catalogs of their own, loaded when the dialog asks for them.
    const fr = await dialog({ recording: true, transcription: false }, undefined, 'fr');
    await waitUntil(() => part(fr, 'agree')!.textContent?.trim() === consentStrings.fr.agree, 'French “I agree”');
    const de = await dialog({ recording: true, transcription: false }, undefined, 'de');
    await waitUntil(() => part(de, 'leave')!.textContent?.trim() === consentStrings.de.leave, 'German “Leave”');
  });

  it('links an http(s) privacy-policy-url in a new tab and refuses javascript: URLs', async () => {
    const d = await dialog(undefined, 'https://example.com/privacy');
    const link = part(d, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.com/privacy');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    const hostile = await dialog(undefined, 'javascript:alert(1)');
    expect(part(hostile, 'link'), 'no link for javascript:').to.equal(null);
  });

  it('keeps Tab and Shift+Tab inside the dialog, and Escape does not close it', async () => {
    const d = await dialog(undefined, 'https://example.com/privacy');
    d.focus();
    await waitUntil(() => deepActive() === part(d, 'dialog'), 'dialog box focused');
    const order: Array<string | null> = [];
    for (let i = 0; i < 4; i++) {
      await press('Tab');
      order.push(deepActive()?.getAttribute('part') ?? null);
    }
    expect(order, 'Tab cycles link → leave → agree → link').to.deep.equal(['link', 'leave', 'agree', 'link']);
    await press('Shift+Tab');
    expect(deepActive()?.getAttribute('part'), 'Shift+Tab wraps backwards').to.equal('agree');
    await press('Escape');
    expect(d.isConnected && part(d, 'dialog'), 'still open after Escape').to.not.equal(null);
  });

  it('fires agree/leave; busy disables both buttons; a failure is an alert', async () => {
    const d = await dialog();
    const seen: string[] = [];
    d.addEventListener('tmj-consent-agree', () => seen.push('agree'));
    d.addEventListener('tmj-consent-leave', () => seen.push('leave'));
    part(d, 'agree')!.click();
    part(d, 'leave')!.click();
    expect(seen).to.deep.equal(['agree', 'leave']);
    d.busy = true;
    await d.updateComplete;
    expect((part(d, 'agree') as HTMLButtonElement).disabled).to.equal(true);
    expect((part(d, 'leave') as HTMLButtonElement).disabled).to.equal(true);
    d.busy = false;
    d.failed = true;
    await d.updateComplete;
    const alert = d.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).to.equal(en.failed);
  });
});

describe('consent flow in the call view (FakeSession)', () => {
  const connected: JoinState = { phase: 'connected', since: Date.now() };
  const required = { recording: true, transcription: false };
  async function mount(consentRequired: { recording: boolean; transcription: boolean } | null = required) {
    const blocked = {
      unmuteMic: false,
      turnVideoOn: false,
      shareScreen: false,
      raiseHand: true,
      reasons: { unmuteMic: 'consent-required', turnVideoOn: 'consent-required', shareScreen: 'consent-required' },
    } as const;
    const state = callWith(2, {
      consentRequired,
      compliance: { recording: true, transcription: false },
      capabilities: consentRequired ? blocked : callWith(2).capabilities,
      self: { ...callWith(2).self, microphoneOn: false, cameraOn: false },
    });
    const fake = fakeIn(state);
    fake.lastJoin = {
      locator: { kind: 'link', link: 'x', threadId: 't' } as never,
      displayName: 'V',
      identity: 'acs',
      media: { microphoneOn: true, cameraOn: true },
      chatEnabled: true,
    };
    const el = await fixture<TmjCallView>(html`<tmj-call-view
      style="width: 900px; height: 600px"
      .session=${fake}
      .sessionState=${fake.state}
      .joinState=${connected}
      .features=${{ chat: true, video: true, screenShare: true }}
      privacyPolicyUrl="https://example.com/p"
    ></tmj-call-view>`);
    fake.subscribe((e) => {
      if (e.type === 'state') el.sessionState = e.state;
    });
    await el.updateComplete;
    return { el, fake };
  }
  const consentDialog = (el: TmjCallView) => el.shadowRoot!.querySelector('tmj-consent-dialog');

  it('shows the dialog while consent is required, with the rest of the call inert', async () => {
    const { el } = await mount();
    const d = consentDialog(el);
    expect(d, 'dialog shown').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.top')!.hasAttribute('inert'), 'banner/notices inert').to.equal(true);
    expect(el.shadowRoot!.querySelector('.blocked')!.hasAttribute('inert'), 'gallery and controls inert').to.equal(true);
    const controls = el.shadowRoot!.querySelector('tmj-call-controls')!;
    await controls.updateComplete;
    const mic = controls.shadowRoot!.querySelector('[data-control="mic"]')!;
    expect(mic.getAttribute('title'), 'mic says consent is needed, not "not allowed"').to.equal(callStringsEn.unmuteNeedsConsent);
    const cam = controls.shadowRoot!.querySelector('[data-control="camera"]')!;
    expect(cam.getAttribute('title')).to.equal(callStringsEn.videoNeedsConsent);
  });

  it('"I agree" grants consent, fires tmj-consent for the audit log, closes, and applies the pre-join media', async () => {
    const { el, fake } = await mount();
    const events: unknown[] = [];
    document.addEventListener('tmj-consent', (e) => events.push((e as CustomEvent).detail), { once: true });
    part(consentDialog(el)!, 'agree')!.click();
    await waitUntil(() => consentDialog(el) === null, 'dialog closes after consent');
    expect(fake.calls.map((c) => c.method)).to.include('grantConsent');
    expect(events, 'tmj-consent detail').to.deep.equal([{ granted: true, recording: true, transcription: false }]);
    expect(fake.state.self.microphoneOn && fake.state.self.cameraOn, 'pre-join mic and camera on after consent').to.equal(true);
    expect(el.shadowRoot!.querySelector('.blocked'), 'call no longer inert').to.equal(null);
  });

  it('a refused consent keeps the dialog with an alert; "Leave" asks the host to leave', async () => {
    const { el, fake } = await mount();
    fake.failNextConsent = 'consent-failed';
    const errors: unknown[] = [];
    document.addEventListener('tmj-error', (e) => errors.push((e as CustomEvent).detail), { once: true });
    part(consentDialog(el)!, 'agree')!.click();
    await waitUntil(() => consentDialog(el)?.failed === true, 'failure shown');
    expect(consentDialog(el)!.shadowRoot!.querySelector('[role="alert"]')!.textContent?.trim()).to.equal(en.failed);
    expect(errors, 'typed tmj-error for the page').to.deep.equal([{ code: 'consent-failed', message: en.failed }]);
    let left = false;
    el.addEventListener('tmj-call-leave', () => (left = true));
    part(consentDialog(el)!, 'leave')!.click();
    expect(left, 'Leave from the dialog leaves').to.equal(true);
  });

  it('no dialog when nothing is required; it appears mid-call when the meeting starts requiring consent', async () => {
    const { el, fake } = await mount(null);
    expect(consentDialog(el)).to.equal(null);
    fake.update({ consentRequired: { recording: true, transcription: true } });
    await el.updateComplete;
    expect(consentDialog(el), 'dialog appears mid-call').to.not.equal(null);
    expect(consentDialog(el)!.requirement).to.deep.equal({ recording: true, transcription: true });
  });
});

describe('latency: session start → banner text in the same update (issue 8, requirement 5)', () => {
  it('the banner says "Recording has started" before any timer runs after the session state arrives', async () => {
    const fake = fakeIn(callWith(2));
    const el = await fixture<TmjCallView>(html`<tmj-call-view
      style="width: 900px; height: 600px"
      .session=${fake}
      .sessionState=${fake.state}
      .joinState=${{ phase: 'connected', since: Date.now() } as JoinState}
      .features=${{ chat: true, video: true, screenShare: true }}
    ></tmj-call-view>`);
    fake.subscribe((e) => {
      if (e.type === 'state') el.sessionState = e.state;
    });
    await el.updateComplete;
    const banner = el.shadowRoot!.querySelector('tmj-compliance-banner')!;
    await banner.updateComplete;
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    fake.update({ compliance: { recording: true, transcription: false } });
    await el.updateComplete;
    await banner.updateComplete;
    const text = banner.shadowRoot!.querySelector('[part~="message"]')?.textContent?.trim();
    expect(text, 'start text rendered').to.equal(
      'Recording has started. By staying in this meeting, you consent to being recorded.',
    );
    expect(timerRan, 'no timer (not even 0 ms) ran between the state and the text: same update').to.equal(false);
  });
});
