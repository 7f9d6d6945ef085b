/** Hindi: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} प्रतिभागी', other: '{count} प्रतिभागी' },
  inMeeting: 'मीटिंग में',
  lobby: 'लॉबी में प्रतीक्षारत ({count})',
  you: '{name} (आप)',
  youFallback: 'आप',
  organizer: 'आयोजक',
  presenter: 'प्रस्तुतकर्ता',
  onHold: 'होल्ड पर',
  joining: 'शामिल हो रहे हैं',
  micOn: 'माइक्रोफ़ोन चालू',
  micOff: 'म्यूट है',
  cameraOn: 'कैमरा चालू',
  cameraOff: 'कैमरा बंद',
  handRaised: 'हाथ उठाया है',
  speaking: 'बोल रहे हैं',
  presenting: 'प्रस्तुत कर रहे हैं',
} satisfies Catalog<'people'>;
