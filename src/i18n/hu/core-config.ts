/** Hungarian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Ennek az értekezletmodulnak nincs értekezlet-hivatkozása. A webhelynek be kell állítania a meeting-link vagy a meeting-id értékét.',
  'conflicting-locators':
    'Ennek az értekezletmodulnak értekezlet-hivatkozása és értekezlet-azonosítója is van. A webhelynek csak az egyiket kell beállítania.',
  'invalid-link': 'Az értekezlet-hivatkozás nem érvényes Teams-értekezlet-hivatkozás.',
  'link-not-https': 'Az értekezlet-hivatkozásnak https:// előtaggal kell kezdődnie.',
  'link-not-teams': 'Az értekezlet-hivatkozás nem a Microsoft Teamsre mutat.',
  'link-unsafe-scheme': 'Az értekezlet-hivatkozás nem webcím, ezért a modul elutasította.',
  'link-gcc-unsupported':
    'A Microsoft 365 kormányzati felhőiben tartott értekezletekhez nem lehet csatlakozni erről a lapról.',
  'link-consumer-unsupported':
    'A személyes fiókok (teams.live.com) Teams-értekezleteihez nem lehet csatlakozni erről a lapról.',
  'link-webinar-unsupported':
    'Webináriumokhoz, lakossági fórumokhoz és élő eseményekhez nem lehet csatlakozni erről a lapról.',
  'invalid-meeting-id': 'Az értekezlet-azonosító vagy a jelkód érvénytelen.',
  'missing-token-source':
    'Ez az értekezletmodul nincs beállítva a bejelentkezéshez. A webhelynek be kell állítania a token-url vagy a tokenProvider értékét.',
  'invalid-identity': 'Az identity beállítás értéke csak „acs”, „teams” vagy „choice” lehet.',
  'invalid-m365-setup':
    'A Microsoft 365-bejelentkezéshez aad-client-id és teams-token-url, vagy teamsTokenProvider szükséges.',
  'invalid-emulator-url': 'Az emulátor címének portot tartalmazó helyi címnek kell lennie, például http://localhost:8080.',
} satisfies Catalog<'core-config'>;
