/** Hungarian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started':
    'Elkezdődött a rögzítés. Ha ezen az értekezleten marad, hozzájárul ahhoz, hogy rögzítsék.',
  'transcription-started':
    'Elkezdődött az átiratkészítés. Ha ezen az értekezleten marad, hozzájárul ahhoz, hogy átirat készüljön arról, amit mond.',
  'both-started':
    'Elkezdődött a rögzítés és az átiratkészítés. Ha ezen az értekezleten marad, hozzájárul ahhoz, hogy rögzítsék, és átirat készüljön arról, amit mond.',
  'recording-stopped': 'A rögzítés leállt. A felvétel mentése folyamatban van.',
  'transcription-stopped': 'Az átiratkészítés leállt.',
  'both-stopped': 'A rögzítés és az átiratkészítés leállt. A felvétel mentése folyamatban van.',
  'recording-stopped-transcription-continues':
    'A rögzítés leállt, a felvétel mentése folyamatban van. Az átiratkészítés továbbra is folyik.',
  'transcription-stopped-recording-continues': 'Az átiratkészítés leállt. A rögzítés továbbra is folyik.',
  privacyPolicy: 'Adatvédelmi nyilatkozat',
  opensInNewTab: '(új lapon nyílik meg)',
  dismiss: 'Rögzítési értesítés elrejtése',
  indicatorRecording: 'Rögzítés folyamatban',
  indicatorTranscribing: 'Átiratkészítés folyamatban',
  indicatorBoth: 'Rögzítés és átiratkészítés folyamatban',
  showNotice: '{status}. Értesítés megjelenítése',
  mayBeRecorded: 'Előfordulhat, hogy ezt az értekezletet rögzítik, vagy átirat készül róla.',
  consentStarted: {
    'recording-started': 'Elkezdődött a rögzítés. Ez az értekezlet az Ön kifejezett hozzájárulását kéri.',
    'transcription-started': 'Elkezdődött az átiratkészítés. Ez az értekezlet az Ön kifejezett hozzájárulását kéri.',
    'both-started':
      'Elkezdődött a rögzítés és az átiratkészítés. Ez az értekezlet az Ön kifejezett hozzájárulását kéri.',
  },
} satisfies Catalog<'compliance'>;
