/** Slovak: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Tento modul schôdze nemá prepojenie na schôdzu. Lokalita musí nastaviť meeting-link alebo meeting-id.',
  'conflicting-locators':
    'Tento modul schôdze má prepojenie na schôdzu aj ID schôdze. Lokalita musí nastaviť iba jedno z nich.',
  'invalid-link': 'Prepojenie nie je platné prepojenie na schôdzu Teams.',
  'link-not-https': 'Prepojenie na schôdzu musí začínať na https://.',
  'link-not-teams': 'Prepojenie na schôdzu nevedie do Microsoft Teams.',
  'link-unsafe-scheme': 'Prepojenie na schôdzu nie je webová adresa, preto bolo odmietnuté.',
  'link-gcc-unsupported': 'K schôdzam vo vládnych cloudoch Microsoft 365 sa z tejto stránky nemožno pripojiť.',
  'link-consumer-unsupported':
    'K schôdzam Teams z osobných kont (teams.live.com) sa z tejto stránky nemožno pripojiť.',
  'link-webinar-unsupported': 'K webinárom, stretnutiam typu town hall a živým udalostiam sa z tejto stránky nemožno pripojiť.',
  'invalid-meeting-id': 'ID schôdze alebo prístupový kód nie je platný.',
  'missing-token-source':
    'Tento modul schôdze nie je nastavený na prihlásenie. Lokalita musí nastaviť token-url alebo tokenProvider.',
  'invalid-identity': 'Nastavenie identity musí byť „acs“, „teams“ alebo „choice“.',
  'invalid-m365-setup':
    'Prihlásenie cez Microsoft 365 potrebuje aad-client-id a teams-token-url alebo teamsTokenProvider.',
  'invalid-emulator-url': 'Adresa emulátora musí byť lokálna adresa s portom, napríklad http://localhost:8080.',
} satisfies Catalog<'core-config'>;
