/**
 * Through the WIDGET: <teams-meeting-join> with no session override loads the real ACS session and the real
 * Calling SDK lazily; offline (no Azure host reachable), with a minted JWT-shaped token, it must end on a clear,
 * specific failure screen (`network`, or `call-failed` for 410/3111) within a bounded time and leave no camera/microphone track live.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/meeting-join/meeting-join.js';
import type { TeamsMeetingJoin } from '../../../src/components/meeting-join/meeting-join.component.js';
import { makeJwt } from '../../core/jwt-fixture.js';
import { trackMedia } from '../../components/meeting-join/media-tracker.js';
import { itUnless, noWebRtc } from '../../helpers/engine.js';

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_OFFLINEWIDGET%40thread.v2/0?context=%7b%22Tid%22%3a%2200000000-0000-0000-0000-000000000002%22%2c%22Oid%22%3a%2200000000-0000-0000-0000-000000000003%22%7d';

function mintedToken(): string {
  const resourceId = '00000000-0000-0000-0000-000000000001';
  const now = Math.floor(Date.now() / 1000);
  return makeJwt({
    skypeid: `acs:${resourceId}_00000000-0000-0000-0000-0000000000bb`,
    scp: 1792,
    csi: String(now),
    exp: now + 3600,
    acsScope: 'voip,chat',
    resourceId,
    resourceLocation: 'unitedstates',
    iat: now,
  });
}

describe('<teams-meeting-join> with the real ACS session and Calling SDK, offline', function () {
  this.timeout(90_000);

  itUnless(noWebRtc, 'shows a specific failure within a bounded time, fires tmj-left/tmj-error, and releases every track', async () => {
    const media = trackMedia();
    try {
      const el = document.createElement('teams-meeting-join') as TeamsMeetingJoin;
      el.setAttribute('meeting-link', LINK);
      el.setAttribute('display-name', 'Offline Widget Visitor');
      el.tokenProvider = async () => mintedToken();
      const left: unknown[] = [];
      const errors: unknown[] = [];
      el.addEventListener('tmj-left', (e) => left.push((e as CustomEvent).detail));
      el.addEventListener('tmj-error', (e) => errors.push((e as CustomEvent).detail));
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      holder.append(el);
      await el.updateComplete;

      const started = performance.now();
      await el.join();
      const deadline = started + 75_000;
      while (el.phase !== 'failed' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      console.log(`[widget offline real SDK] phase ${el.phase} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(el.phase, 'a clear failure, not a hang').to.equal('failed');
      const screen = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
      // Offline the real SDK ends with 490/4525 (`network`) or, once it reached the media offer, 410/3111
      // (`call-failed`, per the call end response codes; see acs-session.real-sdk.test.ts). Either is specific.
      const code = (left[0] as { code?: string } | undefined)?.code;
      expect(['network', 'call-failed'], `tmj-left says why: ${JSON.stringify(left)}`).to.include(code);
      expect(left.length, 'tmj-left fired once').to.equal(1);
      expect(left[0], 'tmj-left says why (it also carries the unsent count)').to.include({ reason: 'failed', code, unsent: 0 });
      expect(screen?.dataset.code, 'the same specific code on the error screen').to.equal(code);
      expect(errors.length, 'tmj-error fired').to.be.greaterThan(0);

      await media.settled();
      const end = performance.now() + 10_000;
      while (media.live().length && performance.now() < end) await new Promise((r) => setTimeout(r, 100));
      expect(media.live().map((t) => t.kind), 'no camera/microphone track left live').to.deep.equal([]);
      el.remove();
    } finally {
      media.restore();
    }
  });
});
