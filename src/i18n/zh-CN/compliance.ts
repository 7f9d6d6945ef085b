/** Simplified Chinese: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': '录制已开始。继续留在此会议中，即表示你同意被录制。',
  'transcription-started': '听录已开始。继续留在此会议中，即表示你同意被听录。',
  'both-started': '录制和听录已开始。继续留在此会议中，即表示你同意被录制和听录。',
  'recording-stopped': '录制已停止。正在保存录制内容。',
  'transcription-stopped': '听录已停止。',
  'both-stopped': '录制和听录已停止。正在保存录制内容。',
  'recording-stopped-transcription-continues': '录制已停止，正在保存。听录仍在进行。',
  'transcription-stopped-recording-continues': '听录已停止。录制仍在进行。',
  privacyPolicy: '隐私策略',
  opensInNewTab: '（在新标签页中打开）',
  dismiss: '隐藏录制通知',
  indicatorRecording: '正在录制',
  indicatorTranscribing: '正在听录',
  indicatorBoth: '正在录制和听录',
  showNotice: '{status}。显示通知',
  mayBeRecorded: '此会议可能正在被录制或听录。',
  consentStarted: {
    'recording-started': '录制已开始。此会议需要你的明确同意。',
    'transcription-started': '听录已开始。此会议需要你的明确同意。',
    'both-started': '录制和听录已开始。此会议需要你的明确同意。',
  },
} satisfies Catalog<'compliance'>;
