import { expect } from '@open-wc/testing';
import type { ChatMessage as SdkChatMessage } from '@azure/communication-chat';
import { MessageStore } from '../../../src/session/chat/message-store.js';

const rawId = (identifier: { communicationUserId?: string }) => identifier.communicationUserId ?? '';

function sdkMessage(i: number): SdkChatMessage {
  return {
    id: `srv${i}`,
    type: 'text',
    sequenceId: String(i + 1),
    version: '1',
    createdOn: new Date(1767268800000 + i * 1000),
    senderDisplayName: 'Solo',
    sender: { kind: 'communicationUser', communicationUserId: '8:acs:solo' },
    content: { message: `line ${i}` },
  } as SdkChatMessage;
}

describe('MessageStore (issue 10 req 6: only rendering is bounded)', () => {
  it('keeps all 10,000 messages of a single sender, in server order', () => {
    const store = new MessageStore({ selfId: '8:acs:me', displayName: 'Me', rawId: rawId as never });
    // Arrival order scrambled (pages and real-time events interleave): server order wins.
    const order = Array.from({ length: 10_000 }, (_, i) => i).sort((a, b) => ((a * 7919) % 10_000) - ((b * 7919) % 10_000));
    for (const i of order) store.ingest(sdkMessage(i));
    const all = store.snapshot();
    expect(all, 'no cap in the store').to.have.length(10_000);
    expect(all[0]!.id).to.equal('srv0');
    expect(all[9_999]!.id).to.equal('srv9999');
    expect(all.every((m, i) => m.id === `srv${i}`), 'in sequence order').to.equal(true);
    store.ingest(sdkMessage(42));
    expect(store.size, 'a repeated copy is not a new message').to.equal(10_000);
  });
});
