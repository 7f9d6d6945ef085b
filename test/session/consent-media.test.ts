import { expect } from '@open-wc/testing';
import { applyMediaAfterConsent } from '../../src/session/consent-media.js';
import { INITIAL_SESSION_STATE } from '../../src/session/types.js';
import { FakeSession } from '../helpers/fake-session.js';

const blocked = { ...INITIAL_SESSION_STATE.capabilities, unmuteMic: false, turnVideoOn: false };

describe('applyMediaAfterConsent (pre-join choices after explicit consent)', () => {
  it('waits for the service to release mic and camera, then turns on what the visitor chose', async () => {
    const fake = new FakeSession();
    fake.update({ call: 'connected', capabilities: blocked });
    const done = applyMediaAfterConsent(fake, { microphoneOn: true, cameraOn: true }, 2000);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls.map((c) => c.method), 'nothing forced while still blocked').to.deep.equal([]);
    fake.update({ capabilities: { ...blocked, unmuteMic: true, turnVideoOn: true } });
    await done;
    expect(fake.state.self.microphoneOn && fake.state.self.cameraOn).to.equal(true);
  });

  it('leaves off what the visitor had off, and what stays blocked past the wait', async () => {
    const fake = new FakeSession();
    fake.update({ call: 'connected', capabilities: { ...blocked, unmuteMic: true } });
    await applyMediaAfterConsent(fake, { microphoneOn: false, cameraOn: true }, 50);
    expect(fake.calls.map((c) => c.method), 'mic not chosen, camera still blocked after 50 ms').to.deep.equal([]);
    expect(fake.state.self.cameraOn).to.equal(false);
  });

  it('a device that fails to start does not make consent fail', async () => {
    const fake = new FakeSession();
    fake.update({ call: 'connected' });
    fake.setMicrophone = async () => {
      throw new Error('NotReadableError');
    };
    await applyMediaAfterConsent(fake, { microphoneOn: true, cameraOn: false }, 50);
  });
});
