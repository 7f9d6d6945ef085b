/** Catalan: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'S’ha iniciat l’enregistrament. Si et quedes en aquesta reunió, dones el teu consentiment perquè se t’enregistri.',
  'transcription-started': 'S’ha iniciat la transcripció. Si et quedes en aquesta reunió, dones el teu consentiment perquè se’t transcrigui.',
  'both-started': 'S’han iniciat l’enregistrament i la transcripció. Si et quedes en aquesta reunió, dones el teu consentiment perquè se t’enregistri i se’t transcrigui.',
  'recording-stopped': 'S’ha aturat l’enregistrament. L’enregistrament s’està desant.',
  'transcription-stopped': 'S’ha aturat la transcripció.',
  'both-stopped': 'S’han aturat l’enregistrament i la transcripció. L’enregistrament s’està desant.',
  'recording-stopped-transcription-continues': 'S’ha aturat l’enregistrament i s’està desant. La transcripció continua activa.',
  'transcription-stopped-recording-continues': 'S’ha aturat la transcripció. L’enregistrament continua actiu.',
  privacyPolicy: 'Política de privadesa',
  opensInNewTab: '(s’obre en una pestanya nova)',
  dismiss: 'Amaga l’avís d’enregistrament',
  indicatorRecording: 'S’està enregistrant',
  indicatorTranscribing: 'S’està transcrivint',
  indicatorBoth: 'S’està enregistrant i transcrivint',
  showNotice: '{status}. Mostra l’avís',
  mayBeRecorded: 'És possible que aquesta reunió s’enregistri o es transcrigui.',
  consentStarted: {
    'recording-started': 'S’ha iniciat l’enregistrament. Aquesta reunió et demana el consentiment explícit.',
    'transcription-started': 'S’ha iniciat la transcripció. Aquesta reunió et demana el consentiment explícit.',
    'both-started': 'S’han iniciat l’enregistrament i la transcripció. Aquesta reunió et demana el consentiment explícit.',
  },
} satisfies Catalog<'compliance'>;
