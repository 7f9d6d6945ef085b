import { expect } from '@open-wc/testing';
import { mapCallEndReason, mapSdkError } from '../../../src/session/acs/end-reasons.js';

describe('call end reason table (callEndReason code/subCode → outcome + code)', () => {
  const cases: Array<[string, { code: number; subCode?: number }, string, string]> = [
    ['local hang-up', { code: 0, subCode: 0 }, 'left', 'left'],
    ['organizer ended the meeting for everyone', { code: 0, subCode: 4097 }, 'ended', 'meeting-ended'],
    ['removed by the organizer', { code: 0, subCode: 5300 }, 'removed', 'removed'],
    ['removed by another participant', { code: 0, subCode: 5000 }, 'removed', 'removed'],
    ['denied from the lobby', { code: 0, subCode: 5854 }, 'denied', 'denied'],
    ['offline (measured here)', { code: 490, subCode: 4525 }, 'failed', 'network'],
    ['network drop family 410', { code: 410, subCode: 3101 }, 'failed', 'network'],
    ['lost network despite retries', { code: 496, subCode: 7 }, 'failed', 'network'],
    ['token not valid', { code: 495, subCode: 4507 }, 'failed', 'token-rejected'],
    ['unauthenticated identity', { code: 401, subCode: 10009 }, 'failed', 'token-rejected'],
    ['any 401', { code: 401, subCode: 1 }, 'failed', 'token-rejected'],
    ['meeting not found', { code: 404, subCode: 0 }, 'failed', 'meeting-not-found'],
    ['invalid meeting id', { code: 400, subCode: 5751 }, 'failed', 'meeting-not-found'],
    ['no permission to join', { code: 403, subCode: 5829 }, 'failed', 'not-permitted'],
  ];
  for (const [name, reason, outcome, code] of cases) {
    it(`${name}: ${reason.code}/${reason.subCode ?? 0} → ${outcome}/${code}`, () => {
      const end = mapCallEndReason(reason);
      expect(end.outcome, `outcome for ${name}`).to.equal(outcome);
      expect(end.code, `code for ${name}`).to.equal(code);
      expect(end.detail, 'raw code/subCode kept for diagnostics').to.equal(`${reason.code}/${reason.subCode ?? 0}`);
    });
  }

  it('an unknown reason is a call failure that keeps code/subCode as detail', () => {
    expect(mapCallEndReason({ code: 599, subCode: 12345 })).to.deep.equal({ outcome: 'failed', code: 'call-failed', detail: '599/12345' });
    expect(mapCallEndReason(undefined).code, 'no reason at all is still a failure, not silence').to.equal('call-failed');
  });

  it('a subcode that names a reason wins over its code family', () => {
    expect(mapCallEndReason({ code: 403, subCode: 5854 }).outcome, 'lobby denial reported with 403').to.equal('denied');
  });

  it('maps errors thrown by the SDK (createCallAgent) by their code/subCode', () => {
    const err = (code: number, subCode: number) => Object.assign(new Error('sdk'), { code, subCode });
    expect(mapSdkError(err(401, 44111), 'join-failed').code, 'not a JWT').to.equal('token-rejected');
    expect(mapSdkError(err(403, 40231), 'join-failed').code, 'Teams agent with an ACS token').to.equal('token-rejected');
    expect(mapSdkError(err(400, 40100), 'join-failed').code, 'page origin refused').to.equal('unsupported-browser');
    expect(mapSdkError(new Error('plain'), 'join-failed'), 'foreign errors use the fallback').to.deep.equal({ code: 'join-failed', detail: 'Error' });
  });
});
