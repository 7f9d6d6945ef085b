/** European Portuguese: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Este widget de reunião não tem ligação para a reunião. O site tem de definir meeting-link ou meeting-id.',
  'conflicting-locators': 'Este widget de reunião tem uma ligação e um ID de reunião. O site só deve definir um deles.',
  'invalid-link': 'A ligação não é uma ligação válida para uma reunião do Teams.',
  'link-not-https': 'A ligação da reunião tem de começar por https://.',
  'link-not-teams': 'A ligação da reunião não aponta para o Microsoft Teams.',
  'link-unsafe-scheme': 'A ligação da reunião não é um endereço web e foi recusada.',
  'link-gcc-unsupported': 'Não é possível participar a partir desta página em reuniões das clouds governamentais do Microsoft 365.',
  'link-consumer-unsupported': 'Não é possível participar a partir desta página em reuniões do Teams de contas pessoais (teams.live.com).',
  'link-webinar-unsupported': 'Não é possível participar a partir desta página em webinars, câmaras municipais e eventos em direto.',
  'invalid-meeting-id': 'O ID da reunião ou o código de acesso não é válido.',
  'missing-token-source': 'Este widget de reunião não está configurado para iniciar sessão. O site tem de definir token-url ou tokenProvider.',
  'invalid-identity': 'A definição identity tem de ser "acs", "teams" ou "choice".',
  'invalid-m365-setup': 'O início de sessão com o Microsoft 365 precisa de aad-client-id e teams-token-url, ou de teamsTokenProvider.',
  'invalid-emulator-url': 'O endereço do emulador tem de ser um endereço local com uma porta, como http://localhost:8080.',
} satisfies Catalog<'core-config'>;
