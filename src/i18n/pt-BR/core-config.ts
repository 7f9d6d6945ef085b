/** Brazilian Portuguese: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Este widget de reunião não tem link de reunião. O site precisa definir meeting-link ou meeting-id.',
  'conflicting-locators': 'Este widget de reunião tem um link e uma ID de reunião ao mesmo tempo. O site precisa definir apenas um.',
  'invalid-link': 'O link não é um link de reunião do Teams válido.',
  'link-not-https': 'O link da reunião precisa começar com https://.',
  'link-not-teams': 'O link da reunião não aponta para o Microsoft Teams.',
  'link-unsafe-scheme': 'O link da reunião não é um endereço da Web e foi recusado.',
  'link-gcc-unsupported': 'Não é possível ingressar por esta página em reuniões das nuvens governamentais do Microsoft 365.',
  'link-consumer-unsupported': 'Não é possível ingressar por esta página em reuniões do Teams de contas pessoais (teams.live.com).',
  'link-webinar-unsupported': 'Não é possível ingressar por esta página em webinars, prefeituras nem eventos ao vivo.',
  'invalid-meeting-id': 'A ID da reunião ou a senha não é válida.',
  'missing-token-source': 'Este widget de reunião não está configurado para entrar. O site precisa definir token-url ou tokenProvider.',
  'invalid-identity': 'A configuração identity precisa ser "acs", "teams" ou "choice".',
  'invalid-m365-setup': 'A entrada com o Microsoft 365 precisa de aad-client-id e teams-token-url, ou de teamsTokenProvider.',
  'invalid-emulator-url': 'O endereço do emulador precisa ser um endereço local com porta, como http://localhost:8080.',
} satisfies Catalog<'core-config'>;
