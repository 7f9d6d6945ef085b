/** Persian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} شرکت‌کننده', other: '{count} شرکت‌کننده' },
  inMeeting: 'در جلسه',
  lobby: 'در انتظار در لابی ({count})',
  you: '{name} (شما)',
  youFallback: 'شما',
  organizer: 'برگزارکننده',
  presenter: 'ارائه‌دهنده',
  onHold: 'در انتظار',
  joining: 'در حال پیوستن',
  micOn: 'میکروفون روشن',
  micOff: 'بی‌صدا',
  cameraOn: 'دوربین روشن',
  cameraOff: 'دوربین خاموش',
  handRaised: 'دست بالا برده شده',
  speaking: 'در حال صحبت',
  presenting: 'در حال ارائه',
} satisfies Catalog<'people'>;
