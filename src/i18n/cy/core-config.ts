/** Welsh: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Does dim dolen cyfarfod gan y teclyn cyfarfod hwn. Mae angen i’r wefan osod meeting-link neu meeting-id.',
  'conflicting-locators': 'Mae gan y teclyn cyfarfod hwn ddolen cyfarfod ac ID cyfarfod. Dim ond un y dylai’r wefan ei osod.',
  'invalid-link': 'Dydy’r ddolen ddim yn ddolen ddilys i gyfarfod Teams.',
  'link-not-https': 'Rhaid i ddolen y cyfarfod ddechrau gyda https://.',
  'link-not-teams': 'Dydy dolen y cyfarfod ddim yn pwyntio at Microsoft Teams.',
  'link-unsafe-scheme': 'Dydy dolen y cyfarfod ddim yn gyfeiriad gwe, ac fe’i gwrthodwyd.',
  'link-gcc-unsupported': 'Does dim modd ymuno o’r dudalen hon â chyfarfodydd yng nghymylau llywodraeth Microsoft 365.',
  'link-consumer-unsupported': 'Does dim modd ymuno o’r dudalen hon â chyfarfodydd Teams cyfrifon personol (teams.live.com).',
  'link-webinar-unsupported': 'Does dim modd ymuno o’r dudalen hon â gweminarau, cyfarfodydd neuadd y dref na digwyddiadau byw.',
  'invalid-meeting-id': 'Dydy ID y cyfarfod na’r cod mynediad ddim yn ddilys.',
  'missing-token-source': 'Dydy’r teclyn cyfarfod hwn ddim wedi’i osod i fewngofnodi. Mae angen i’r wefan osod token-url neu tokenProvider.',
  'invalid-identity': 'Rhaid i’r gosodiad identity fod yn "acs", "teams" neu "choice".',
  'invalid-m365-setup': 'Mae mewngofnodi gyda Microsoft 365 angen aad-client-id a teams-token-url, neu teamsTokenProvider.',
  'invalid-emulator-url': 'Rhaid i gyfeiriad yr efelychydd fod yn gyfeiriad lleol gyda phorth, fel http://localhost:8080.',
} satisfies Catalog<'core-config'>;
