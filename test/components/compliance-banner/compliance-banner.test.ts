import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/compliance-banner/compliance-banner.js';
import type { TmjComplianceBanner } from '../../../src/components/compliance-banner/compliance-banner.js';
import { MIN_DISPLAY_MS } from '../../../src/core/compliance.js';
import en from '../../../src/i18n/en/compliance.js';
import complianceStringsFr from '../../../src/i18n/fr/compliance.js';

/** Short minimum display time so the timing can be tested quickly; the real default is tested separately. */
const MIN = 80;

function part(el: TmjComplianceBanner, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function messageText(el: TmjComplianceBanner): string | undefined {
  return part(el, 'message')?.textContent?.trim();
}

function statusText(el: TmjComplianceBanner): string | undefined {
  const region = el.shadowRoot!.querySelector('[role="status"]');
  return region?.textContent?.trim();
}

async function set(el: TmjComplianceBanner, recording: boolean, transcription: boolean): Promise<void> {
  el.recording = recording;
  el.transcription = transcription;
  await el.updateComplete;
}

async function banner(template = html`<tmj-compliance-banner .minDisplayMs=${MIN}></tmj-compliance-banner>`) {
  const el = await fixture<TmjComplianceBanner>(template);
  await el.updateComplete;
  return el;
}

/** Captures console.warn calls while `run` executes. */
async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<tmj-compliance-banner>', () => {
  it('renders nothing while nothing is recorded or transcribed', async () => {
    const el = await banner();
    expect(part(el, 'base'), 'no banner').to.equal(null);
    expect(el.view).to.equal('none');
  });

  it('shows a start at once, as role="alert", accessible', async () => {
    const el = await banner();
    await set(el, true, false);
    expect(messageText(el), 'start text shown in the same update').to.equal(en['recording-started']);
    expect(part(el, 'message')!.getAttribute('role'), 'start is announced').to.equal('alert');
    expect(statusText(el), 'not announced twice').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the banner on admission when the meeting is already recorded and transcribed', async () => {
    const el = await banner(
      html`<tmj-compliance-banner .recording=${true} .transcription=${true}></tmj-compliance-banner>`,
    );
    expect(messageText(el), 'first render already carries the notice').to.equal(en['both-started']);
    expect(part(el, 'message')!.getAttribute('role')).to.equal('alert');
  });

  it('holds a milder change until the start has been readable for the minimum time', async () => {
    const el = await banner();
    await set(el, true, false);
    await set(el, false, false);
    expect(messageText(el), 'stop does not replace the start at once').to.equal(en['recording-started']);
    await waitUntil(() => messageText(el) === en['recording-stopped'], 'stop message appears', { timeout: 2000 });
    expect(part(el, 'message')!.getAttribute('role'), 'a stop is not an alert').to.equal(null);
    expect(statusText(el), 'a stop is announced through the polite region').to.equal(en['recording-stopped']);
    await expect(el).to.be.accessible();
  });

  it('uses about three seconds as the real default minimum display time', async () => {
    const el = await fixture<TmjComplianceBanner>(html`<tmj-compliance-banner></tmj-compliance-banner>`);
    expect(el.minDisplayMs, 'element default').to.equal(MIN_DISPLAY_MS);
    expect(MIN_DISPLAY_MS, 'about 3 s').to.be.within(2500, 4000);
  });

  it('recording on → both on → recording off → both off → recording on ends with "recording has started"', async () => {
    const el = await banner();
    const seen: Array<string | undefined> = [];
    const step = async (r: boolean, t: boolean, expected: string) => {
      await set(el, r, t);
      await waitUntil(() => messageText(el) === expected, `expected "${expected}", saw "${messageText(el)}"`, {
        timeout: 2000,
      });
      seen.push(messageText(el));
    };
    await step(true, false, en['recording-started']);
    await step(true, true, en['both-started']);
    await step(false, true, en['recording-stopped-transcription-continues']);
    await step(false, false, en['both-stopped']);
    await aTimeout(MIN + 20);
    await step(true, false, en['recording-started']);
    expect(part(el, 'message')!.getAttribute('role'), 'restart announced').to.equal('alert');
    expect(seen.length).to.equal(5);
  });

  it('dismiss collapses to an indicator that stays while anything is active and goes when all is off', async () => {
    const el = await banner();
    await set(el, true, true);
    part(el, 'dismiss')!.click();
    await el.updateComplete;
    const indicator = part(el, 'indicator');
    expect(indicator, 'indicator shown').to.not.equal(null);
    expect(indicator!.textContent!.trim(), 'labelled indicator').to.equal(en.indicatorBoth);
    expect(el.shadowRoot!.activeElement, 'focus moved to the indicator, not lost').to.equal(indicator);
    expect(part(el, 'message'), 'message collapsed').to.equal(null);
    await expect(el).to.be.accessible();

    await set(el, false, true);
    expect(part(el, 'indicator')?.textContent?.trim(), 'still transcribing').to.equal(en.indicatorTranscribing);
    await waitUntil(
      () => statusText(el) === en['recording-stopped-transcription-continues'],
      'the stop is announced politely while collapsed',
      { timeout: 2000 },
    );
    await aTimeout(MIN * 2);
    expect(part(el, 'indicator'), 'milder change does not re-expand').to.not.equal(null);

    await set(el, false, false);
    expect(part(el, 'base'), 'all off → gone').to.equal(null);
  });

  it('a new start re-expands the collapsed banner', async () => {
    const el = await banner();
    await set(el, false, true);
    part(el, 'dismiss')!.click();
    await el.updateComplete;
    await set(el, true, true);
    expect(messageText(el), 're-expanded with the new start').to.equal(en['both-started']);
    expect(part(el, 'message')!.getAttribute('role')).to.equal('alert');
  });

  it('the indicator re-opens the notice with the current message', async () => {
    const el = await banner();
    await set(el, true, false);
    part(el, 'dismiss')!.click();
    await el.updateComplete;
    part(el, 'indicator')!.click();
    await el.updateComplete;
    expect(messageText(el)).to.equal(en['recording-started']);
    expect(el.shadowRoot!.activeElement, 'focus on the dismiss button').to.equal(part(el, 'dismiss'));
  });

  it('links to the privacy policy in a new tab with noopener noreferrer', async () => {
    const el = await banner(
      html`<tmj-compliance-banner privacy-policy-url="https://example.com/privacy"></tmj-compliance-banner>`,
    );
    await set(el, true, false);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link, 'link rendered').to.not.equal(null);
    expect(link.href).to.equal('https://example.com/privacy');
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
    expect(link.textContent, 'says it opens a new tab').to.contain(en.opensInNewTab);
    await expect(el).to.be.accessible();
  });

  it('never turns a javascript: privacy URL into a link', async () => {
    const el = await banner(
      // eslint-disable-next-line no-script-url
      html`<tmj-compliance-banner privacy-policy-url="javascript:alert(1)"></tmj-compliance-banner>`,
    );
    await set(el, true, false);
    expect(part(el, 'link'), 'no link for a javascript: URL').to.equal(null);
  });

  it('cannot be hidden by the hidden attribute, inline display:none or ::part(base) while active', async () => {
    const style = document.createElement('style');
    style.textContent = 'tmj-compliance-banner::part(base) { display: none !important; visibility: hidden !important; }';
    document.head.append(style);
    try {
      const el = await banner(
        html`<tmj-compliance-banner hidden style="display: none !important"></tmj-compliance-banner>`,
      );
      await set(el, true, false);
      expect(getComputedStyle(el).display, 'host still displayed').to.not.equal('none');
      const rect = part(el, 'base')!.getBoundingClientRect();
      expect(rect.height, 'banner box has height').to.be.greaterThan(10);
      expect(getComputedStyle(part(el, 'base')!).visibility).to.equal('visible');
    } finally {
      style.remove();
    }
  });

  it('warns in development when the page makes the banner invisible (opacity: 0 ancestor)', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="opacity: 0"><tmj-compliance-banner .recording=${true}></tmj-compliance-banner></div>`,
      );
      await wrapper.querySelector('tmj-compliance-banner')!.updateComplete;
    });
    expect(warnings.some((w) => w.includes('not visible') && w.includes('opacity')), warnings.join('\n')).to.equal(true);
  });

  it('warns when the page hides it later (display: none on an ancestor), once per reason', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tmj-compliance-banner .recording=${true}></tmj-compliance-banner></div>`,
    );
    const warnings = await captureWarnings(async () => {
      wrapper.style.display = 'none';
      await waitUntil(() => true);
      // The ResizeObserver sees the size change; the interval is the fallback.
      await aTimeout(100);
      await aTimeout(100);
    });
    expect(warnings.filter((w) => w.includes('display: none')).length, warnings.join('\n')).to.equal(1);
  });

  it('warns for a "visually hidden" utility on an ancestor (clip-path + 1px box)', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="position:absolute; width:1px; height:1px; overflow:hidden; clip-path: inset(50%)">
          <tmj-compliance-banner .recording=${true}></tmj-compliance-banner>
        </div>`,
      );
      await wrapper.querySelector('tmj-compliance-banner')!.updateComplete;
    });
    expect(warnings.some((w) => w.includes('not visible')), warnings.join('\n')).to.equal(true);
  });

  it('does not warn for a rounded-corner clip-path on an ancestor', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="clip-path: inset(0 round 12px); overflow: hidden">
          <tmj-compliance-banner .recording=${true}></tmj-compliance-banner>
        </div>`,
      );
      await wrapper.querySelector('tmj-compliance-banner')!.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('not visible')), warnings.join('\n')).to.deep.equal([]);
  });

  it('checks again after being moved into a page region that hides it', async () => {
    const el = await banner();
    await set(el, true, false);
    const hiddenBox = document.createElement('div');
    hiddenBox.style.opacity = '0';
    document.body.append(hiddenBox);
    try {
      const warnings = await captureWarnings(async () => {
        hiddenBox.append(el);
        await el.updateComplete;
      });
      expect(warnings.some((w) => w.includes('opacity')), warnings.join('\n')).to.equal(true);
    } finally {
      hiddenBox.remove();
    }
  });

  it('does not warn when the banner is plainly visible', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await banner();
      await set(el, true, true);
      await aTimeout(50);
    });
    expect(warnings.filter((w) => w.includes('not visible')), warnings.join('\n')).to.deep.equal([]);
  });

  it('speaks French with lang="fr"', async () => {
    const el = await banner(html`<tmj-compliance-banner lang="fr"></tmj-compliance-banner>`);
    await set(el, true, false);
    await waitUntil(() => messageText(el) === complianceStringsFr['recording-started'], 'French text', {
      timeout: 3000,
    });
    await expect(el).to.be.accessible();
  });

  it('clears its timers on disconnect and catches up when reattached', async () => {
    const el = await banner();
    await set(el, true, false);
    await set(el, false, false);
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(MIN * 2);
    expect(messageText(el), 'no update while detached').to.equal(en['recording-started']);
    parent.append(el);
    await el.updateComplete;
    expect(messageText(el), 'due stop applied on reattach').to.equal(en['recording-stopped']);
  });
});

describe('<tmj-compliance-banner> lifecycle', () => {
  it('leaves no interval, timer or ResizeObserver behind after 30 create/destroy cycles', async () => {
    const live = new Set<unknown>();
    const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
    const OriginalRO = window.ResizeObserver;
    let observers = 0;
    window.setInterval = ((fn: TimerHandler, ms?: number) => {
      const id = si(fn, ms);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      live.delete(id);
      ci(id);
    }) as typeof window.clearInterval;
    // Only the banner's own deferred-update timers matter here: count those set with the short test delay.
    window.setTimeout = ((fn: TimerHandler, ms?: number) => {
      const id = st(() => {
        live.delete(id);
        (fn as () => void)();
      }, ms);
      if (ms !== undefined && ms > 0 && ms <= MIN) live.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      live.delete(id);
      ct(id);
    }) as typeof window.clearTimeout;
    window.ResizeObserver = class extends OriginalRO {
      constructor(cb: ResizeObserverCallback) {
        super(cb);
        observers++;
      }
      override disconnect(): void {
        observers--;
        super.disconnect();
      }
    };
    try {
      for (let i = 0; i < 30; i++) {
        const el = await banner();
        await set(el, true, false);
        await set(el, false, false); // leaves a deferred update pending
        el.remove();
      }
      expect(live.size, 'timers/intervals still scheduled').to.equal(0);
      expect(observers, 'ResizeObservers still connected').to.equal(0);
    } finally {
      Object.assign(window, { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct });
      window.ResizeObserver = OriginalRO;
    }
  });
});

describe('<tmj-compliance-banner> fail-safe (session cannot observe recording/transcription)', () => {
  it('says "may be recorded or transcribed" persistently, cannot be dismissed, and keeps real messages', async () => {
    const el = await banner();
    el.unobservable = true;
    await el.updateComplete;
    expect(el.view, 'not silent').to.equal('banner');
    expect(part(el, 'uncertain')?.textContent?.trim()).to.equal(en.mayBeRecorded);
    expect(statusText(el), 'announced through the status region').to.equal(en.mayBeRecorded);
    expect(part(el, 'dismiss'), 'nothing to dismiss the fail-safe with').to.equal(null);
    await set(el, true, false);
    expect(messageText(el), 'a real start is still shown').to.equal(en['recording-started']);
    expect(part(el, 'uncertain'), 'fail-safe stays beside it').to.not.equal(null);
    part(el, 'dismiss')!.click();
    await el.updateComplete;
    expect(part(el, 'uncertain'), 'dismissing the start does not remove the fail-safe').to.not.equal(null);
    await expect(el).to.be.accessible();
    el.unobservable = false;
    await set(el, false, false);
    await aTimeout(MIN + 20);
    await el.updateComplete;
    expect(part(el, 'uncertain'), 'gone once the session observes again').to.equal(null);
  });
});

describe('<tmj-compliance-banner> in explicit-consent meetings', () => {
  it('drops "by staying you consent" while explicit consent is pending, and says it once consent is given', async () => {
    const el = await banner();
    el.consentPending = true;
    await set(el, true, true);
    expect(messageText(el)).to.equal(en.consentStarted['both-started']);
    expect(messageText(el), 'no implied consent while explicit consent is asked').to.not.contain('By staying');
    el.consentPending = false;
    await el.updateComplete;
    expect(messageText(el), 'after consent: the usual sentence').to.equal(en['both-started']);
  });
});
