/** Romanian: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Așteptați în sala de așteptare. Cineva din întâlnire vă va primi.',
  connected: 'Sunteți în întâlnire.',
  reconnecting: 'Conexiunea s-a pierdut. Se reconectează…',
  leave: 'Părăsiți',
  leftTitle: 'Ați părăsit întâlnirea',
  endedTitle: 'Întâlnirea s-a încheiat',
  removedTitle: 'Ați fost eliminat din întâlnire',
  deniedTitle: 'Nu ați fost primit',
  rejoin: 'Reintrați',
  connectionLostTitle: 'Conexiunea la întâlnire s-a pierdut',
  connectionLostHint: 'Verificați conexiunea la internet, apoi încercați din nou.',
  unsentTitle: 'Mesaje netrimise',
  unsentHint: 'Aceste mesaje nu au ajuns în întâlnire. Copiați-le ca să le păstrați.',
  copy: 'Copiați',
  copied: 'Copiat',
  unsupported: {
    lacks: 'Din acest browser nu vă puteți alătura întâlnirilor Teams: îi lipsește următorul element: {missing}.',
    webrtc: 'apelurile WebRTC (RTCPeerConnection)',
    'media-devices': 'accesul la cameră și microfon (getUserMedia)',
    insecure:
      'Această pagină nu a fost deschisă printr-o conexiune securizată (https://), așa că browserul dezactivează pe ea apelurile, camera și microfonul. Deschideți pagina cu o adresă https:// sau rugați site-ul să o ofere securizat.',
    advice: 'Deschideți această pagină într-o versiune actuală de Edge, Chrome, Firefox sau Safari.',
  },
  cancel: 'Anulare',
  leftHint: 'Ceilalți nu vă mai pot vedea sau auzi. Numele dvs. se păstrează dacă reintrați.',
  endedHint:
    'Organizatorul a încheiat-o pentru toată lumea, deci nu mai aveți unde să reintrați. Puteți închide această pagină.',
  removedHint: 'Cineva din întâlnire v-a eliminat. Puteți cere din nou să vă alăturați.',
  errors: {
    'link-gcc-unsupported':
      'La întâlnirile din cloudurile guvernamentale Microsoft 365 nu vă puteți alătura de pe această pagină.',
    'unsupported-browser':
      'Din acest browser nu vă puteți alătura întâlnirilor Teams. Folosiți o versiune actuală de Edge, Chrome, Firefox sau Safari.',
    'token-network': 'Serviciul de conectare nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
    'token-http': 'Serviciul de conectare a refuzat solicitarea. Încercați din nou mai târziu.',
    'token-malformed': 'Serviciul de conectare a trimis un răspuns care nu a putut fi înțeles.',
    'token-expired': 'Serviciul de conectare a trimis un token de acces expirat.',
    'token-refresh-failed': 'Conectarea dvs. nu a putut fi reînnoită.',
    'media-permission-denied': 'Accesul la cameră sau microfon este blocat.',
    'media-no-device': 'Nu s-a găsit nicio cameră sau niciun microfon.',
    'media-device-failed': 'Camera sau microfonul nu au putut fi pornite.',
    'emulator-not-loaded':
      'Emulatorul de întâlniri este un instrument de dezvoltare și nu este încărcat pe această pagină (adăugați modulul teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Dispozitivul v-a dezactivat microfonul. Verificați comutatorul de dezactivare a sunetului sau setările de sunet ale sistemului.',
    'speaking-while-muted': 'Aveți sunetul dezactivat. Activați sunetul ca să fiți auzit.',
    'screen-share-failed': 'Ecranul nu a putut fi partajat. Încercați din nou.',
    'join-failed': 'Nu v-ați putut alătura întâlnirii. Încercați din nou.',
    network: 'Conexiunea la rețea s-a pierdut.',
    'token-rejected': 'Serviciul de întâlniri nu a acceptat conectarea dvs.',
    'meeting-not-found': 'Întâlnirea nu a fost găsită. Verificați linkul sau întrebați organizatorul.',
    'not-permitted': 'Nu aveți permisiunea de a vă alătura acestei întâlniri.',
    denied: 'Cineva din întâlnire v-a refuzat solicitarea de alăturare.',
    removed: 'Ați fost eliminat din întâlnire.',
    'meeting-ended': 'Întâlnirea s-a încheiat.',
    'lobby-timeout': 'Nu v-a primit nimeni, așa că solicitarea de alăturare a expirat.',
    'call-failed': 'Apelul s-a încheiat din cauza unei probleme.',
    'compliance-unobservable':
      'Această întâlnire poate fi înregistrată sau transcrisă: modulul nu poate stabili dacă este.',
    'consent-failed': 'Consimțământul dvs. nu a putut fi trimis la întâlnire. Încercați din nou.',
    'service-unavailable': 'Serviciul de întâlniri are o problemă. Încercați din nou peste câteva minute.',
    'guest-join-disabled':
      'Setările Teams ale acestei organizații nu le permit invitaților să se alăture întâlnirilor ei de pe un site web. Administratorul Teams al organizației poate permite acest lucru: Centrul de administrare Teams → Întâlniri → Setări întâlnire → „Utilizatorii anonimi se pot alătura unei întâlniri” și federarea Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Mesajul dvs. nu a putut fi trimis.',
    'chat-unavailable': 'Chatul nu este disponibil.',
    'chat-load-failed': 'Chatul nu a putut fi încărcat.',
    'chat-polling': 'Chatul se actualizează lent.',
    'chat-html-blocked':
      'Politica de securitate a acestei pagini (Trusted Types) nu permite mesajele de chat formatate, așa că ele sunt afișate ca text simplu. Site-ul poate permite numele de politică „dompurify”.',
    'background-image-invalid': 'O imagine de fundal oferită de acest site nu poate fi utilizată.',
    'background-effects-blocked': 'Politica de securitate a acestei pagini nu permite efecte de fundal, așa că videoclipul este afișat fără ele.',
    'invalid-m365-setup':
      'Conectarea cu Microsoft 365 necesită aad-client-id și teams-token-url sau teamsTokenProvider.',
    'm365-popup-blocked':
      'Browserul a blocat fereastra de conectare. Permiteți ferestrele pop-up pentru acest site, apoi încercați din nou.',
    'm365-cancelled': 'Conectarea a fost anulată. Încercați din nou sau alăturați-vă ca invitat.',
    'm365-consent-refused':
      'Permisiunile de care are nevoie această întâlnire nu au fost acordate, așa că nu ați putut fi conectat.',
    'm365-tenant-not-allowed':
      'Organizația dvs. nu permite acestui site să vă conecteze. Încercați alt cont sau alăturați-vă ca invitat.',
    'm365-exchange-failed':
      'Sunteți conectat, dar site-ul nu v-a putut aduce în întâlnire cu contul dvs. Încercați din nou mai târziu.',
    'm365-sign-in-failed': 'Conectarea cu contul de la serviciu sau de la școală nu a reușit. Încercați din nou.',
  },
} satisfies Catalog<'core-end'>;
