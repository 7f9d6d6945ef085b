/** Japanese: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'スピーカー',
  devices: 'デバイスの設定',
  mediaDenied:
    'ブラウザーがカメラとマイクをブロックしました。カメラをオフにした状態で参加し、聞くことはできます。使用するには、ブラウザーのサイトの設定でアクセスを許可し、ページを再読み込みしてください。',
  cameraDenied: 'ブラウザーがカメラをブロックしました。カメラをオフにした状態で参加することはできます。',
  micDenied: 'ブラウザーがマイクをブロックしました。参加して聞くことはできます。発言するには、ブラウザーのサイトの設定でアクセスを許可してください。',
  noCamera: 'カメラが見つかりませんでした。カメラをオフにした状態で参加できます。',
  noMicrophone: 'マイクが見つかりませんでした。参加して聞くことができます。',
  deviceFailed: 'カメラまたはマイクを起動できませんでした。別のアプリで使用中の可能性があります。',
} satisfies Catalog<'core-media'>;
