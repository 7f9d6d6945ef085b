import { expect } from '@open-wc/testing';
import { MessageAnnouncer } from '../../../src/components/call-view/message-announcer.js';

const strings = { oneNewMessage: 'New message from {name}', manyNewMessages: '{count} new messages' };

describe('MessageAnnouncer (throttled chat announcements)', () => {
  it('announces the first message at once and summarises a burst after the interval', async () => {
    const said: string[] = [];
    let now = 0;
    const a = new MessageAnnouncer((t) => said.push(t), () => strings, 100, () => now);
    a.message('Alex');
    expect(said).to.deep.equal(['New message from Alex']);
    now = 10;
    a.message('Bea');
    a.message('Bea');
    a.message('Cy');
    expect(said, 'nothing more within the interval').to.have.length(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(said).to.deep.equal(['New message from Alex', '3 new messages']);
    a.dispose();
  });

  it('names the sender when a single message arrives within the interval', async () => {
    const said: string[] = [];
    const a = new MessageAnnouncer((t) => said.push(t), () => strings, 50);
    a.message('Alex');
    a.message('Bea');
    await new Promise((r) => setTimeout(r, 100));
    expect(said).to.deep.equal(['New message from Alex', 'New message from Bea']);
  });

  it('dispose cancels a pending summary', async () => {
    const said: string[] = [];
    const a = new MessageAnnouncer((t) => said.push(t), () => strings, 50);
    a.message('Alex');
    a.message('Bea');
    a.dispose();
    await new Promise((r) => setTimeout(r, 100));
    expect(said).to.deep.equal(['New message from Alex']);
  });
});
