/** Finnish: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Tällä kokouspienoisohjelmalla ei ole kokouslinkkiä. Sivuston on määritettävä meeting-link tai meeting-id.',
  'conflicting-locators': 'Tällä kokouspienoisohjelmalla on sekä kokouslinkki että kokoustunnus. Sivuston on määritettävä vain toinen.',
  'invalid-link': 'Kokouslinkki ei ole kelvollinen Teams-kokouksen linkki.',
  'link-not-https': 'Kokouslinkin on alettava https://.',
  'link-not-teams': 'Kokouslinkki ei osoita Microsoft Teamsiin.',
  'link-unsafe-scheme': 'Kokouslinkki ei ole verkko-osoite, ja se hylättiin.',
  'link-gcc-unsupported': 'Microsoft 365:n julkishallinnon pilvipalveluiden kokouksiin ei voi liittyä tältä sivulta.',
  'link-consumer-unsupported': 'Henkilökohtaisten tilien Teams-kokouksiin (teams.live.com) ei voi liittyä tältä sivulta.',
  'link-webinar-unsupported': 'Webinaareihin, yleisötilaisuuksiin ja live-tapahtumiin ei voi liittyä tältä sivulta.',
  'invalid-meeting-id': 'Kokoustunnus tai tunnuskoodi ei kelpaa.',
  'missing-token-source': 'Tätä kokouspienoisohjelmaa ei ole määritetty kirjautumista varten. Sivuston on määritettävä token-url tai tokenProvider.',
  'invalid-identity': 'Asetuksen identity arvon on oltava "acs", "teams" tai "choice".',
  'invalid-m365-setup': 'Microsoft 365 -kirjautuminen edellyttää asetuksia aad-client-id ja teams-token-url tai teamsTokenProvider.',
  'invalid-emulator-url': 'Emulaattorin osoitteen on oltava paikallinen osoite porttinumeroineen, esimerkiksi http://localhost:8080.',
} satisfies Catalog<'core-config'>;
