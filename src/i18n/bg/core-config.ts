/** Bulgarian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Този модул за събрание няма връзка към събрание. Сайтът трябва да зададе meeting-link или meeting-id.',
  'conflicting-locators':
    'Този модул за събрание има и връзка към събрание, и ИД на събрание. Сайтът трябва да зададе само едно от двете.',
  'invalid-link': 'Връзката не е валидна връзка към събрание в Teams.',
  'link-not-https': 'Връзката към събранието трябва да започва с https://.',
  'link-not-teams': 'Връзката към събранието не води до Microsoft Teams.',
  'link-unsafe-scheme': 'Връзката към събранието не е уеб адрес и беше отказана.',
  'link-gcc-unsupported':
    'Към събрания в държавните облаци на Microsoft 365 не може да се присъедините от тази страница.',
  'link-consumer-unsupported':
    'Към събрания в Teams на лични акаунти (teams.live.com) не може да се присъедините от тази страница.',
  'link-webinar-unsupported':
    'Към уебинари, общи събрания и събития на живо не може да се присъедините от тази страница.',
  'invalid-meeting-id': 'ИД на събранието или кодът за достъп не е валиден.',
  'missing-token-source':
    'Този модул за събрание не е настроен за влизане. Сайтът трябва да зададе token-url или tokenProvider.',
  'invalid-identity': 'Настройката identity трябва да е „acs“, „teams“ или „choice“.',
  'invalid-m365-setup':
    'Влизането с Microsoft 365 изисква aad-client-id и teams-token-url или teamsTokenProvider.',
  'invalid-emulator-url': 'Адресът на емулатора трябва да е локален адрес с порт, например http://localhost:8080.',
} satisfies Catalog<'core-config'>;
