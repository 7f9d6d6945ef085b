/** Slovenian: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Zvočnik',
  devices: 'Nastavitve naprav',
  mediaDenied:
    'Brskalnik je blokiral kamero in mikrofon. Še vedno se lahko pridružite z izklopljeno kamero in poslušate. Če ju želite uporabljati, dovolite dostop v nastavitvah spletnega mesta v brskalniku in znova naložite stran.',
  cameraDenied: 'Brskalnik je blokiral kamero. Še vedno se lahko pridružite z izklopljeno kamero.',
  micDenied:
    'Brskalnik je blokiral mikrofon. Še vedno se lahko pridružite in poslušate. Če želite govoriti, dovolite dostop v nastavitvah spletnega mesta v brskalniku.',
  noCamera: 'Ni najdene kamere. Pridružite se lahko z izklopljeno kamero.',
  noMicrophone: 'Ni najdenega mikrofona. Pridružite se lahko in poslušate.',
  deviceFailed: 'Kamere ali mikrofona ni bilo mogoče zagnati. Morda ju uporablja druga aplikacija.',
} satisfies Catalog<'core-media'>;
