/** Swedish: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Högtalare',
  devices: 'Enhetsinställningar',
  mediaDenied: 'Webbläsaren blockerade kameran och mikrofonen. Du kan ändå ansluta med kameran avstängd och lyssna. Om du vill använda dem tillåter du åtkomst i webbläsarens webbplatsinställningar och läser in sidan igen.',
  cameraDenied: 'Webbläsaren blockerade kameran. Du kan ändå ansluta med kameran avstängd.',
  micDenied: 'Webbläsaren blockerade mikrofonen. Du kan ändå ansluta och lyssna. Om du vill prata tillåter du åtkomst i webbläsarens webbplatsinställningar.',
  noCamera: 'Ingen kamera hittades. Du kan ansluta med kameran avstängd.',
  noMicrophone: 'Ingen mikrofon hittades. Du kan ansluta och lyssna.',
  deviceFailed: 'Det gick inte att starta kameran eller mikrofonen. Den kanske används av en annan app.',
} satisfies Catalog<'core-media'>;
