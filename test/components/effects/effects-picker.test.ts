/**
 * `<tmj-effects-picker>` (src/components/effects/): what the visitor sees and can do in each state — hidden
 * parts where unsupported, a pick fires one change (never for the choice already on), arrow keys move and
 * choose, busy waits, the refused images and a failure are said, and every state passes axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/effects/effects-picker.js';
import type { TmjEffectsPicker } from '../../../src/components/effects/effects-picker.component.js';
import type { EffectChangeDetail } from '../../../src/components/effects/effects-picker.component.js';
import { NO_EFFECTS, type EffectsState } from '../../../src/session/types.js';
import guestDe from '../../../src/i18n/de/guest.js';
import { press } from '../../helpers/keyboard.js';

const IMG = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const ON: EffectsState = { ...NO_EFFECTS, backgroundSupported: true, noiseSuppressionSupported: true };

async function picker(effects: EffectsState, extra: Partial<TmjEffectsPicker> = {}): Promise<TmjEffectsPicker> {
  const el = await fixture<TmjEffectsPicker>(html`<tmj-effects-picker style="inline-size: 320px" .effects=${effects} .images=${[IMG]}></tmj-effects-picker>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}
const radios = (el: TmjEffectsPicker) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const names = (el: TmjEffectsPicker) => radios(el).map((r) => r.getAttribute('aria-label'));

describe('tmj-effects-picker', () => {
  it('offers None, Blur and each site image in a named group, plus the noise suppression switch', async () => {
    const el = await picker(ON);
    expect(el.shadowRoot!.querySelector('legend')?.textContent).to.equal('Background effects');
    expect(names(el)).to.deep.equal(['None', 'Blur', 'Background image 1']);
    expect(radios(el)[0]!.checked, 'None is on').to.equal(true);
    const sw = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="noise-suppression"] input');
    expect(sw?.getAttribute('role')).to.equal('switch');
    await expect(el).to.be.accessible();
  });

  it('renders nothing the session cannot do', async () => {
    const el = await picker(NO_EFFECTS);
    expect(radios(el), 'no background choices').to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="noise-suppression"]'), 'no switch').to.equal(null);
    const only = await picker({ ...NO_EFFECTS, noiseSuppressionSupported: true });
    expect(radios(only)).to.have.length(0);
    expect(only.shadowRoot!.querySelector('[part~="noise-suppression"]')).to.not.equal(null);
  });

  it('a pick fires one tmj-effect-change with the effect; picking what is already on fires nothing', async () => {
    const el = await picker(ON);
    const seen: EffectChangeDetail[] = [];
    el.addEventListener('tmj-effect-change', (e) => seen.push((e as CustomEvent<EffectChangeDetail>).detail));
    radios(el)[2]!.click();
    expect(seen).to.deep.equal([{ background: { kind: 'image', url: IMG } }]);
    el.effects = { ...ON, background: { kind: 'image', url: IMG } };
    await el.updateComplete;
    radios(el)[2]!.click();
    expect(seen, 'the same image again').to.have.length(1);
  });

  it('arrow keys move between choices and choose (native radio group)', async () => {
    const el = await picker(ON);
    const seen: string[] = [];
    el.addEventListener('tmj-effect-change', (e) => seen.push((e as CustomEvent<EffectChangeDetail>).detail.background.kind));
    radios(el)[0]!.focus();
    await press('ArrowRight');
    expect(seen).to.deep.equal(['blur']);
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
  });

  it('busy: the controls stay focusable (focus is not dropped), say so to assistive technology, and a choice made meanwhile is asked for when it is done', async () => {
    const el = await picker(ON);
    const seen: string[] = [];
    el.addEventListener('tmj-effect-change', (e) => seen.push((e as CustomEvent<EffectChangeDetail>).detail.background.kind));
    el.addEventListener('tmj-noise-suppression-change', (e) => seen.push(`noise ${(e as CustomEvent<{ on: boolean }>).detail.on}`));
    radios(el)[0]!.focus();
    await press('ArrowRight');
    expect(seen, 'Blur asked for').to.deep.equal(['blur']);
    el.busy = true;
    el.effects = { ...ON, background: { kind: 'blur' } };
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays on Blur while it is applied').to.equal(radios(el)[1]);
    expect(radios(el).some((r) => r.disabled), 'no radio disabled').to.equal(false);
    expect(el.shadowRoot!.querySelector('fieldset')?.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    // Meanwhile: the image (arrow key) and the switch; nothing is asked for yet.
    await press('ArrowRight');
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="noise-suppression"] input')!.click();
    expect(seen, 'nothing asked for while busy').to.deep.equal(['blur']);
    el.busy = false;
    await el.updateComplete;
    expect(seen, 'the latest choices, once the change in progress is done').to.deep.equal(['blur', 'image', 'noise true']);
  });

  it('noise suppression switch fires its change', async () => {
    const el = await picker(ON);
    const seen: boolean[] = [];
    el.addEventListener('tmj-noise-suppression-change', (e) => seen.push((e as CustomEvent<{ on: boolean }>).detail.on));
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="noise-suppression"] input')!.click();
    expect(seen).to.deep.equal([true]);
  });

  it('a failure and the refused images are said, localized; axe passes', async () => {
    const el = await picker({ ...ON, error: 'background-failed' }, { strings: guestDe, refused: ['Hintergrundbild 2 kann nicht verwendet werden: x'] });
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.equal(guestDe.effectFailed);
    expect(el.shadowRoot!.querySelector('[part~="effects-notice"]')?.textContent).to.contain('Hintergrundbild 2');
    expect(names(el)[0]).to.equal(guestDe.effectNone);
    await expect(el).to.be.accessible();
  });
});
