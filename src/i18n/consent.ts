/**
 * Strings of the explicit-consent dialog (en/fr/de). One small module: the dialog lives in the lazily loaded
 * call-view chunk, so all three languages cost nothing on the pasted script.
 * What the consent covers follows the Calling SDK's own description of `grantTeamsConsent()`: consent "to start
 * sharing audio, video and screen share while recording [or transcription] is in progress"
 * (@azure/communication-calling 2.x types): the recording holds the visitor's voice, video and screen share,
 * the transcript what they say under their display name.
 */
export interface ConsentStrings {
  readonly title: string;
  readonly recording: string;
  readonly transcription: string;
  readonly mediaOff: string;
  readonly agree: string;
  readonly leave: string;
  readonly privacy: string;
  readonly opensInNewTab: string;
  readonly sending: string;
  readonly failed: string;
}

export const consentStrings: Record<'en' | 'fr' | 'de', ConsentStrings> = {
  en: {
    title: 'This meeting asks for your consent',
    recording: 'The meeting is being recorded: the recording includes your voice, your video and anything you share on screen.',
    transcription: 'The meeting is being transcribed: the transcript includes what you say, with your name.',
    mediaOff: 'Your microphone, camera and screen sharing stay off until you agree.',
    agree: 'I agree',
    leave: 'Leave',
    privacy: 'How your data is used (privacy policy)',
    opensInNewTab: '(opens in a new tab)',
    sending: 'Sending your consent…',
    failed: 'Your consent could not be sent to the meeting. Please try again.',
  },
  fr: {
    title: 'Cette réunion demande votre consentement',
    recording: 'La réunion est enregistrée : l’enregistrement comprend votre voix, votre vidéo et ce que vous partagez à l’écran.',
    transcription: 'La réunion est transcrite : la transcription comprend ce que vous dites, avec votre nom.',
    mediaOff: 'Votre micro, votre caméra et le partage d’écran restent désactivés tant que vous n’avez pas accepté.',
    agree: 'J’accepte',
    leave: 'Quitter',
    privacy: 'Utilisation de vos données (politique de confidentialité)',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    sending: 'Envoi de votre consentement…',
    failed: 'Votre consentement n’a pas pu être transmis à la réunion. Veuillez réessayer.',
  },
  de: {
    title: 'Diese Besprechung bittet um Ihre Zustimmung',
    recording: 'Die Besprechung wird aufgezeichnet: Die Aufzeichnung enthält Ihre Stimme, Ihr Video und alles, was Sie auf dem Bildschirm freigeben.',
    transcription: 'Die Besprechung wird transkribiert: Das Transkript enthält, was Sie sagen, mit Ihrem Namen.',
    mediaOff: 'Mikrofon, Kamera und Bildschirmfreigabe bleiben aus, bis Sie zustimmen.',
    agree: 'Ich stimme zu',
    leave: 'Verlassen',
    privacy: 'Wie Ihre Daten verwendet werden (Datenschutzerklärung)',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    sending: 'Ihre Zustimmung wird gesendet…',
    failed: 'Ihre Zustimmung konnte nicht an die Besprechung übermittelt werden. Bitte versuchen Sie es erneut.',
  },
};
