/** Arabic: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'في انتظار أن يسمح لك أحد في الاجتماع بالدخول.',
    reconnecting: 'انقطع الاتصال. جارٍ إعادة الاتصال…',
    reconnected: 'تمت إعادة اتصالك.',
    'muted-by-others': 'قام أحد في الاجتماع بكتم صوت الميكروفون لديك.',
    'permission-denied': 'يحظر المستعرض الكاميرا أو الميكروفون.',
    'media-permission-denied': 'يحظر المستعرض الكاميرا أو الميكروفون.',
    network: 'اتصالك بالشبكة غير مستقر. قد تكون جودة الصوت والفيديو ضعيفة.',
    'device-failed': 'توقفت الكاميرا أو الميكروفون عن العمل.',
    denied: 'رفض أحد في الاجتماع طلب انضمامك.',
    removed: 'تمت إزالتك من الاجتماع.',
    'meeting-ended': 'انتهى الاجتماع.',
    'lobby-timeout': 'لم يسمح لك أحد بالدخول، لذا انتهت مهلة طلب الانضمام.',
    'call-failed': 'انتهت المكالمة بسبب مشكلة.',
    'no-microphone': 'لا يوجد ميكروفون متصل. لن يسمعك الآخرون حتى تقوم بتوصيل واحد.',
    'no-camera': 'لا توجد كاميرا متصلة.',
    'microphone-switched': 'تم فصل الميكروفون. يتم الآن استخدام ميكروفون آخر.',
    'camera-switched': 'تم فصل الكاميرا. يتم الآن استخدام كاميرا أخرى.',
    'speaker-switched': 'تم فصل مكبّر الصوت أو سماعة الرأس. يتم الآن تشغيل الصوت على جهاز آخر.',
  },
  permissionHelp:
    'للسماح بهما، حدد أيقونة إعدادات الموقع بجوار شريط العناوين، واضبط الكاميرا والميكروفون على "السماح"، ثم حاول مرة أخرى.',
  lobbyElapsed: 'الانتظار منذ {time}',
  actions: {
    rejoin: 'إعادة الانضمام',
    retry: 'حاول مرة أخرى',
    cancel: 'إلغاء الانضمام',
    'fix-permissions': 'حاول مرة أخرى',
    dismiss: 'تجاهل',
  },
  dismiss: 'تجاهل الإشعار',
  unknown: 'حدث خطأ ما ({code}).',
} satisfies Catalog<'notices'>;
