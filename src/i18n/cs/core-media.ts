/** Czech: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Reproduktor',
  devices: 'Nastavení zařízení',
  mediaDenied:
    'Prohlížeč zablokoval kameru i mikrofon. Přesto se můžete připojit s vypnutou kamerou a poslouchat. Pokud je chcete používat, povolte přístup v nastavení webu v prohlížeči a stránku znovu načtěte.',
  cameraDenied: 'Prohlížeč zablokoval kameru. Přesto se můžete připojit s vypnutou kamerou.',
  micDenied:
    'Prohlížeč zablokoval mikrofon. Přesto se můžete připojit a poslouchat. Pokud chcete mluvit, povolte přístup v nastavení webu v prohlížeči.',
  noCamera: 'Nenašla se žádná kamera. Můžete se připojit s vypnutou kamerou.',
  noMicrophone: 'Nenašel se žádný mikrofon. Můžete se připojit a poslouchat.',
  deviceFailed: 'Kameru nebo mikrofon se nepodařilo spustit. Možná je používá jiná aplikace.',
} satisfies Catalog<'core-media'>;
