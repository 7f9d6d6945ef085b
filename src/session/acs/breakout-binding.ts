/**
 * `Features.BreakoutRooms` → `SessionState.breakout` and the move between the main meeting and a breakout room
 * (issue 16 req 6). Microsoft Learn, "Breakout rooms"
 * (https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/breakoutrooms), and the SDK 2.0
 * types: `breakoutRoomsUpdated` carries `{type: 'assignedBreakoutRooms', data: BreakoutRoom}`,
 * `{type: 'breakoutRoomsSettings', data: {disableReturnToMainMeeting?, roomEndTime?}}`, `{type: 'breakoutRooms'}`
 * (organizers only) and `{type: 'join', data: Call}` — the breakout room's own call object, given when the
 * visitor is moved automatically (`autoMoveParticipantToBreakoutRoom`) or joined with `BreakoutRoom.join()`.
 * `returnToMainMeeting()` resolves with the main meeting's call. The main call is held meanwhile; the session
 * follows whichever call the visitor is in (`onMove`).
 *
 * Bound once on the main call and kept across moves (the session disposes the other bindings per call).
 */
import type { BreakoutRoom, BreakoutRoomsEventData, BreakoutRoomsSettings } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';
import type { BindingContext, FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';
import type { SessionCall } from './sdk-types.js';

export interface BreakoutBinding extends FeatureBinding {
  /** In a breakout room now (its call ending by itself means "back to the main meeting", not "call ended"). */
  readonly inRoom: boolean;
  join(): Promise<void>;
  returnToMain(): Promise<void>;
}

export function bindBreakout(
  { call: mainCall, features, host }: BindingContext,
  onMove: (call: SessionCall, to: 'room' | 'main', roomName: string) => void,
): BreakoutBinding {
  const feature = mainCall.feature(features.BreakoutRooms);
  let room: BreakoutRoom | undefined = feature.assignedBreakoutRooms;
  let settings: BreakoutRoomsSettings | undefined = feature.breakoutRoomsSettings;
  let roomCall: SessionCall | undefined;
  const name = () => room?.displayName ?? '';
  const read = () => {
    const open = room !== undefined && room.state === 'open';
    host.update({
      breakout:
        roomCall || open
          ? { roomName: name(), phase: roomCall ? 'in-room' : 'assigned', canReturn: settings?.disableReturnToMainMeeting !== true }
          : null,
    });
  };
  const enterRoom = (call: SessionCall) => {
    if (roomCall === call) return;
    roomCall = call;
    onMove(call, 'room', name());
    read();
  };
  const backToMain = () => {
    if (!roomCall) return;
    const left = name();
    roomCall = undefined;
    onMove(mainCall, 'main', left);
    read();
  };
  const subs = new Subscriptions();
  subs.listen(feature, 'breakoutRoomsUpdated', (event: BreakoutRoomsEventData) => {
    switch (event.type) {
      case 'assignedBreakoutRooms':
        room = event.data;
        // The room closed (or the assignment went) while the visitor was in it: back to the main meeting.
        if (roomCall && (!room || room.state === 'closed')) backToMain();
        break;
      case 'breakoutRoomsSettings':
        settings = event.data;
        break;
      case 'join':
        enterRoom(event.data as unknown as SessionCall);
        break;
      default:
        break;
    }
    read();
  });
  read();
  return {
    read,
    dispose: () => subs.dispose(),
    get inRoom() {
      return roomCall !== undefined;
    },
    async join() {
      if (!room || room.state !== 'open' || roomCall) throw new TmjError('not-permitted', 'no-breakout-assignment');
      let call: SessionCall;
      try {
        call = (await room.join()) as unknown as SessionCall;
      } catch (error) {
        throw new TmjError('call-failed', 'breakout-join', { cause: error });
      }
      enterRoom(call);
    },
    async returnToMain() {
      if (!room || !roomCall) throw new TmjError('not-permitted', 'not-in-breakout-room');
      if (settings?.disableReturnToMainMeeting) throw new TmjError('not-permitted', 'return-disabled');
      try {
        await room.returnToMainMeeting();
      } catch (error) {
        throw new TmjError('call-failed', 'breakout-return', { cause: error });
      }
      backToMain();
    },
  };
}
