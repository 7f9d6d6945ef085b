/**
 * Canadian French (fr-CA): call, written as a delta over French (fr) (../fr/call.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/call.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/call.js';

// "Chat" stays French's "Conversation": Microsoft's French Teams help labels the meeting chat "Conversation" ("Afficher
// la conversation"), and Québec institutions' Teams guides name the Teams tab « Conversation » (UQTR) / "conversations"
// (UQAM); "clavardage" is Québec usage in prose (Université Laval's guide), not the label of the Teams control.
export default {
  ...base,
} satisfies Catalog<'call'>;
