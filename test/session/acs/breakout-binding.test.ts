/**
 * The ACS breakout-rooms binding (src/session/acs/breakout-binding.ts) against SDK doubles typed with
 * @azure/communication-calling 2.0's own interfaces (`BreakoutRoomsCallFeature`, `BreakoutRoom`,
 * `BreakoutRoomsEventData`), so a change in the SDK's shape fails to compile here.
 *
 * Beliefs the doubles encode, from Microsoft Learn, "Breakout rooms"
 * (https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/breakoutrooms):
 *  - `breakoutRoomsUpdated` carries `assignedBreakoutRooms` (the visitor's room, `state` open/closed),
 *    `breakoutRoomsSettings` (`disableReturnToMainMeeting`, `roomEndTime`) and `join` (the room's own call
 *    object, when the organizer moves people automatically);
 *  - `BreakoutRoom.join()` resolves with the room's call; `returnToMainMeeting()` with the main meeting's call;
 *  - when the organizer closes the room, the visitor goes back to the main meeting.
 */
import { expect } from '@open-wc/testing';
import type {
  BreakoutRoom,
  BreakoutRoomsCallFeature,
  BreakoutRoomsEventData,
  BreakoutRoomsSettings,
  BreakoutRoomsUpdatedListener,
  BreakoutRoomState,
  Call,
} from '@azure/communication-calling';
import { bindBreakout } from '../../../src/session/acs/breakout-binding.js';
import type { BindingHost } from '../../../src/session/acs/binding.js';
import type { SessionCall, SessionFeatures } from '../../../src/session/acs/sdk-types.js';
import { TmjError } from '../../../src/core/errors.js';
import { INITIAL_SESSION_STATE, type SessionState } from '../../../src/session/types.js';

/** A room call stand-in: the binding only passes it on (`onMove`), it never calls into it. */
const roomCallObject = { id: 'room-call' } as unknown as Call;

class RoomDouble implements Pick<BreakoutRoom, 'threadId' | 'displayName' | 'state' | 'join' | 'returnToMainMeeting'> {
  joined = 0;
  returned = 0;
  refuseJoin = false;
  constructor(
    readonly displayName: string,
    public state: BreakoutRoomState = 'open',
    readonly threadId = '19:room@thread.v2',
  ) {}
  async join(): Promise<Call> {
    if (this.refuseJoin) throw new Error('join refused');
    this.joined++;
    return roomCallObject;
  }
  async returnToMainMeeting(): Promise<Call> {
    this.returned++;
    return {} as Call;
  }
}

class BreakoutFeatureDouble implements Pick<BreakoutRoomsCallFeature, 'assignedBreakoutRooms' | 'breakoutRoomsSettings' | 'on' | 'off'> {
  assignedBreakoutRooms?: BreakoutRoom;
  breakoutRoomsSettings?: BreakoutRoomsSettings;
  readonly listeners = new Set<BreakoutRoomsUpdatedListener>();
  on(_event: 'breakoutRoomsUpdated', l: BreakoutRoomsUpdatedListener) {
    this.listeners.add(l);
  }
  off(_event: 'breakoutRoomsUpdated', l: BreakoutRoomsUpdatedListener) {
    this.listeners.delete(l);
  }
  fire(event: BreakoutRoomsEventData) {
    for (const l of [...this.listeners]) l(event);
  }
}

const features = { BreakoutRooms: 'BreakoutRooms' } as unknown as SessionFeatures;

function setup(initial?: RoomDouble) {
  const feature = new BreakoutFeatureDouble();
  feature.assignedBreakoutRooms = initial as unknown as BreakoutRoom | undefined;
  const mainCall = { feature: () => feature } as unknown as SessionCall;
  let state: SessionState = INITIAL_SESSION_STATE;
  const host: BindingHost = {
    get state() {
      return state;
    },
    update: (patch) => (state = { ...state, ...patch }),
    emit: () => {},
  };
  const moves: [unknown, 'room' | 'main', string][] = [];
  const binding = bindBreakout({ call: mainCall, features, host, selfId: '8:acs:self' }, (call, to, name) => moves.push([call, to, name]));
  return { feature, mainCall, binding, moves, state: () => state };
}

const assign = (room: RoomDouble | undefined): BreakoutRoomsEventData => ({ type: 'assignedBreakoutRooms', data: room as unknown as BreakoutRoom });

describe('ACS breakout-rooms binding (SDK doubles)', () => {
  it('an open assignment (at bind time or by event) is "assigned"; none or closed is null', () => {
    const t = setup(new RoomDouble('Room 1'));
    expect(t.state().breakout).to.deep.equal({ roomName: 'Room 1', phase: 'assigned', canReturn: true });
    t.feature.fire(assign(new RoomDouble('Room 2', 'closed')));
    expect(t.state().breakout).to.equal(null);
    t.feature.fire(assign(new RoomDouble('Room 3')));
    expect(t.state().breakout?.roomName).to.equal('Room 3');
    t.feature.fire(assign(undefined));
    expect(t.state().breakout).to.equal(null);
  });

  it("join: BreakoutRoom.join() resolves with the room's call, the session moves to it; a refusal is typed", async () => {
    const room = new RoomDouble('Design');
    const t = setup(room);
    room.refuseJoin = true;
    const refused = await t.binding.join().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).to.be.instanceOf(TmjError);
    expect((refused as TmjError).code).to.equal('call-failed');
    expect(t.moves).to.deep.equal([]);
    room.refuseJoin = false;
    await t.binding.join();
    expect(t.moves).to.deep.equal([[roomCallObject, 'room', 'Design']]);
    expect(t.binding.inRoom).to.equal(true);
    expect(t.state().breakout?.phase).to.equal('in-room');
  });

  it('an automatic move (join event) enters the room once, even if the event repeats', () => {
    const t = setup(new RoomDouble('Auto'));
    t.feature.fire({ type: 'join', data: roomCallObject });
    t.feature.fire({ type: 'join', data: roomCallObject });
    expect(t.moves).to.deep.equal([[roomCallObject, 'room', 'Auto']]);
  });

  it('the organizer closing the room moves the visitor back to the main call', () => {
    const room = new RoomDouble('Closing');
    const t = setup(room);
    t.feature.fire({ type: 'join', data: roomCallObject });
    room.state = 'closed';
    t.feature.fire(assign(room));
    expect(t.moves.map(([call, to, name]) => [call === t.mainCall, to, name])).to.deep.equal([
      [false, 'room', 'Closing'],
      [true, 'main', 'Closing'],
    ]);
    expect(t.binding.inRoom).to.equal(false);
    expect(t.state().breakout).to.equal(null);
  });

  it('return: returnToMainMeeting() then back to the main call; refused when the organizer disabled it', async () => {
    const room = new RoomDouble('Return');
    const t = setup(room);
    const notIn = await t.binding.returnToMain().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((notIn as TmjError).code, 'not in a room yet').to.equal('not-permitted');
    await t.binding.join();
    t.feature.fire({ type: 'breakoutRoomsSettings', data: { disableReturnToMainMeeting: true } });
    expect(t.state().breakout?.canReturn).to.equal(false);
    const disabled = await t.binding.returnToMain().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((disabled as TmjError).code).to.equal('not-permitted');
    expect(room.returned).to.equal(0);
    t.feature.fire({ type: 'breakoutRoomsSettings', data: { disableReturnToMainMeeting: false } });
    await t.binding.returnToMain();
    expect(room.returned).to.equal(1);
    expect(t.moves.at(-1)?.[1]).to.equal('main');
    expect(t.moves.at(-1)?.[0]).to.equal(t.mainCall);
  });

  it('dispose removes its listener; later events change nothing', () => {
    const t = setup();
    expect(t.feature.listeners.size).to.equal(1);
    t.binding.dispose();
    expect(t.feature.listeners.size).to.equal(0);
    t.feature.fire(assign(new RoomDouble('Late')));
    expect(t.state().breakout).to.equal(null);
  });
});
