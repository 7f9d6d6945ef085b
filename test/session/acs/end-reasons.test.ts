import { expect } from '@open-wc/testing';
import { CONVERSATION_ENDED_SUBCODES, endReasonRule, mapCallEndReason, mapSdkError } from '../../../src/session/acs/end-reasons.js';

/**
 * Each case is a row of "Troubleshooting call end response codes" (END), the same page as read in 2026 (END26,
 * see the facts note), a measurement here (HERE) or the ACS UI library's mapping (UI) — the table's `src`.
 * Rooms-only rows (403/5828–5830, 0/5317) are deliberately not used as Teams cases.
 */
describe('call end reason table (callEndReason code/subCode → outcome + code)', () => {
  const cases: Array<[string, { code: number; subCode?: number }, string, string]> = [
    ['local hang-up', { code: 0, subCode: 0 }, 'left', 'left'],
    ['organizer ended the meeting for everyone', { code: 0, subCode: 4097 }, 'ended', 'meeting-ended'],
    ['removed by the organizer', { code: 0, subCode: 5300 }, 'removed', 'removed'],
    ['removed by another participant', { code: 0, subCode: 5000 }, 'removed', 'removed'],
    ['denied from the lobby', { code: 0, subCode: 5854 }, 'denied', 'denied'],
    ['removed from the lobby after its inactivity timeout', { code: 0, subCode: 5855 }, 'denied', 'lobby-timeout'],
    ['an unlisted code-0 subcode is a normal end', { code: 0, subCode: 5999 }, 'ended', 'meeting-ended'],
    ['caller cancelled (487/0)', { code: 487, subCode: 0 }, 'left', 'left'],
    ['caller cancelled (487/540487)', { code: 487, subCode: 540487 }, 'left', 'left'],
    ['media offer failed is not the network', { code: 410, subCode: 3111 }, 'failed', 'call-failed'],
    ['call timed out', { code: 408, subCode: 4506 }, 'failed', 'service-unavailable'],
    ['infrastructure error 500', { code: 500, subCode: 0 }, 'failed', 'service-unavailable'],
    ['infrastructure error 503', { code: 503, subCode: 12 }, 'failed', 'service-unavailable'],
    ['infrastructure error 504', { code: 504 }, 'failed', 'service-unavailable'],
    ['tenant refuses anonymous/ACS join (5221)', { code: 403, subCode: 5221 }, 'failed', 'guest-join-disabled'],
    ['tenant refuses anonymous/ACS join (5222)', { code: 403, subCode: 5222 }, 'failed', 'guest-join-disabled'],
    ['offline (measured here)', { code: 490, subCode: 4525 }, 'failed', 'network'],
    ['network drop family 410', { code: 410, subCode: 3101 }, 'failed', 'network'],
    ['lost network despite retries', { code: 496, subCode: 7 }, 'failed', 'network'],
    ['token not valid', { code: 495, subCode: 4507 }, 'failed', 'token-rejected'],
    ['unauthenticated identity', { code: 401, subCode: 10009 }, 'failed', 'token-rejected'],
    ['any 401', { code: 401, subCode: 1 }, 'failed', 'token-rejected'],
    ['meeting not found', { code: 404, subCode: 0 }, 'failed', 'meeting-not-found'],
    ['another 403', { code: 403, subCode: 0 }, 'failed', 'not-permitted'],
    ...CONVERSATION_ENDED_SUBCODES.map(
      (subCode): [string, { code: number; subCode: number }, string, string] => [
        `conversation ended (${subCode})`,
        { code: 0, subCode },
        'ended',
        'meeting-ended',
      ],
    ),
  ];
  for (const [name, reason, outcome, code] of cases) {
    it(`${name}: ${reason.code}/${reason.subCode ?? 0} → ${outcome}/${code}`, () => {
      const end = mapCallEndReason(reason);
      expect(end.outcome, `outcome for ${name}`).to.equal(outcome);
      expect(end.code, `code for ${name}`).to.equal(code);
      expect(end.detail, 'raw code/subCode kept for diagnostics').to.equal(`${reason.code}/${reason.subCode ?? 0}`);
    });
  }

  it('the eight conversation-ended subcodes of the docs are all in the table', () => {
    expect([...CONVERSATION_ENDED_SUBCODES]).to.deep.equal([5001, 5002, 5010, 5012, 5013, 5014, 5020, 5030]);
  });

  it('every row names its documentation source', () => {
    for (const [, reason] of cases) {
      if (reason.code === 0 && reason.subCode === 5999) continue; // the code-0 fallback, not a row
      const rule = endReasonRule(reason);
      expect(rule?.src, `${reason.code}/${reason.subCode ?? 0}`).to.be.oneOf(['END', 'END26', 'SDK', 'TOKEN', 'UI', 'HERE']);
    }
  });

  it('an unknown non-zero reason is a call failure that keeps code/subCode as detail', () => {
    expect(mapCallEndReason({ code: 599, subCode: 12345 })).to.deep.equal({ outcome: 'failed', code: 'call-failed', detail: '599/12345' });
    expect(mapCallEndReason(undefined).code, 'no reason at all is still a failure, not silence').to.equal('call-failed');
  });

  it('a subcode that names a reason wins over its code family', () => {
    expect(mapCallEndReason({ code: 403, subCode: 5854 }).outcome, 'lobby denial reported with 403').to.equal('denied');
  });

  it('maps errors thrown by the SDK (createCallAgent) by their code/subCode', () => {
    const err = (code: number, subCode: number) => Object.assign(new Error('sdk'), { code, subCode });
    expect(mapSdkError(err(401, 40235), 'join-failed').code, 'AccessToken expired').to.equal('token-expired');
    expect(mapSdkError(err(401, 44111), 'join-failed').code, 'not a JWT').to.equal('token-rejected');
    expect(mapSdkError(err(403, 40231), 'join-failed').code, 'Teams agent with an ACS token').to.equal('token-rejected');
    expect(mapSdkError(err(400, 40100), 'join-failed').code, 'page origin refused').to.equal('unsupported-browser');
    expect(mapSdkError(err(500, 40216), 'join-failed').code, 'agent creation failed server side').to.equal('service-unavailable');
    expect(mapSdkError(err(408, 40114), 'join-failed').code, 'could not connect').to.equal('network');
    expect(mapSdkError(new Error('plain'), 'join-failed'), 'foreign errors use the fallback').to.deep.equal({ code: 'join-failed', detail: 'Error' });
  });
});
