/** Welsh: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Cyfarfod Teams',
  prejoinTitle: 'Ymuno â’r cyfarfod',
  nameLabel: 'Eich enw',
  nameRequired: 'Rhowch eich enw i ymuno.',
  nameCount: '{count} o {max} nod',
  preview: 'Rhagolwg camera',
  previewStarting: 'Wrthi’n dechrau’r camera…',
  cameraOff: 'Mae eich camera i ffwrdd',
  microphone: 'Meicroffon',
  camera: 'Camera',
  join: 'Ymuno nawr',
  joining: 'Wrthi’n ymuno â’r cyfarfod…',
  failedTitle: 'Doedd dim modd ymuno â’r cyfarfod',
  configTitle: 'Does dim modd ymuno â’r cyfarfod hwn',
  retry: 'Ceisio eto',
  errors: {
    'invalid-display-name': 'Rhowch eich enw i ymuno.',
    'sdk-load-failed': 'Doedd dim modd llwytho meddalwedd y cyfarfod. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  },
} satisfies Catalog<'core'>;
