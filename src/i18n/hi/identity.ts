/** Hindi: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'आप कैसे शामिल होना चाहते हैं?',
  guest: 'अतिथि के रूप में शामिल हों',
  guestHint: 'अपना नाम दर्ज करें। हो सकता है किसी को आपको अंदर आने देना पड़े।',
  m365: 'कार्य या विद्यालय खाते से साइन इन करें',
  m365Hint: 'अपने Microsoft 365 खाते से स्वयं के रूप में शामिल हों। एक साइन-इन विंडो खुलेगी।',
  signInJoin: 'साइन इन करें और शामिल हों',
} satisfies Catalog<'identity'>;
