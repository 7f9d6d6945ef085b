/** Romanian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Această întâlnire vă solicită consimțământul',
  recording:
    'Întâlnirea se înregistrează: înregistrarea include vocea dvs., videoclipul dvs. și tot ce partajați pe ecran.',
  transcription: 'Întâlnirea se transcrie: transcrierea include ceea ce spuneți, împreună cu numele dvs.',
  mediaOff: 'Microfonul, camera și partajarea ecranului rămân oprite până când vă exprimați acordul.',
  agree: 'Sunt de acord',
  leave: 'Părăsiți',
  privacy: 'Cum sunt utilizate datele dvs. (politica de confidențialitate)',
  opensInNewTab: '(se deschide într-o filă nouă)',
  sending: 'Se trimite consimțământul dvs.…',
  failed: 'Consimțământul dvs. nu a putut fi trimis la întâlnire. Încercați din nou.',
} satisfies Catalog<'consent'>;
