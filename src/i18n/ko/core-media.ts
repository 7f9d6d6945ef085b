/** Korean: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: '스피커',
  devices: '장치 설정',
  mediaDenied:
    '브라우저에서 카메라와 마이크를 차단했습니다. 카메라를 끈 상태로 참가하여 들을 수는 있습니다. 사용하려면 브라우저의 사이트 설정에서 액세스를 허용하고 페이지를 다시 로드하세요.',
  cameraDenied: '브라우저에서 카메라를 차단했습니다. 카메라를 끈 상태로 참가할 수는 있습니다.',
  micDenied: '브라우저에서 마이크를 차단했습니다. 참가하여 들을 수는 있습니다. 말하려면 브라우저의 사이트 설정에서 액세스를 허용하세요.',
  noCamera: '카메라를 찾을 수 없습니다. 카메라를 끈 상태로 참가할 수 있습니다.',
  noMicrophone: '마이크를 찾을 수 없습니다. 참가하여 들을 수 있습니다.',
  deviceFailed: '카메라 또는 마이크를 시작할 수 없습니다. 다른 앱에서 사용 중일 수 있습니다.',
} satisfies Catalog<'core-media'>;
