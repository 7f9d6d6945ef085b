import type { ReactionKind } from '../../session/types.js';

/** The emoji Teams shows for each meeting reaction (decorative: names come from the strings). */
export const REACTION_EMOJI: Readonly<Record<ReactionKind, string>> = {
  like: '👍',
  love: '❤️',
  applause: '👏',
  laugh: '😂',
  surprised: '😮',
};

/** How long a reaction stays on a tile. */
export const TILE_REACTION_MS = 3000;
