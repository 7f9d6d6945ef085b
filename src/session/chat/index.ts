/**
 * Meeting chat over the real `@azure/communication-chat` SDK, for every session kind.
 * Import only from session implementations (lazy chunks): it pulls in the Chat SDK (~90 KB gzip).
 */
export {
  CHAT_MAX_LENGTH,
  ChatController,
  createChatSdk,
  messageFormat,
  restStatus,
  type ChatControllerOptions,
  type ChatNotificationsApi,
  type ChatSdk,
  type ChatThreadApi,
} from './chat-controller.js';
export { createLoopbackHttpClient, isLoopbackHost } from './loopback-http-client.js';
