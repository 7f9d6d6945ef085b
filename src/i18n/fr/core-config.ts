/** French: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Ce module de réunion n’a pas de lien de réunion. Le site doit définir meeting-link ou meeting-id.',
  'conflicting-locators':
    'Ce module de réunion a à la fois un lien et un ID de réunion. Le site ne doit en définir qu’un seul.',
  'invalid-link': 'Le lien de réunion n’est pas un lien de réunion Teams valide.',
  'link-not-https': 'Le lien de réunion doit commencer par https://.',
  'link-not-teams': 'Le lien de réunion ne mène pas à Microsoft Teams.',
  'link-unsafe-scheme': 'Le lien de réunion n’est pas une adresse web et a été refusé.',
  'link-gcc-unsupported':
    'Les réunions des clouds gouvernementaux Microsoft 365 ne peuvent pas être rejointes depuis cette page.',
  'link-consumer-unsupported':
    'Les réunions Teams des comptes personnels (teams.live.com) ne peuvent pas être rejointes depuis cette page.',
  'link-webinar-unsupported':
    'Les webinaires, assemblées et événements en direct ne peuvent pas être rejoints depuis cette page.',
  'invalid-meeting-id': 'L’ID de réunion ou le code secret n’est pas valide.',
  'missing-token-source':
    'Ce module de réunion n’est pas configuré pour la connexion. Le site doit définir token-url ou tokenProvider.',
  'invalid-identity': 'Le paramètre identity doit valoir « acs », « teams » ou « choice ».',
  'invalid-m365-setup':
    'La connexion Microsoft 365 n’est pas configurée. Le site doit définir aad-client-id et teams-token-url, ou teamsTokenProvider.',
  'invalid-emulator-url':
    'L’adresse de l’émulateur doit être une adresse locale avec un port, par exemple http://localhost:8080.',
} satisfies Catalog<'core-config'>;
