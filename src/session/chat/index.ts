/**
 * Meeting chat over the real `@azure/communication-chat` SDK, for every session kind.
 * Import only from session implementations (lazy chunks): it pulls in the Chat SDK (~90 KB gzip).
 * (The rules of when chat exists, ./chat-rules.ts, are SDK-free: import that module directly.)
 */
export { CHAT_MAX_LENGTH, ChatController, type ChatControllerOptions } from './chat-controller.js';
export { createChatSdk, noBlindSendRetryPolicy, restStatus, type ChatNotificationsApi, type ChatSdk, type ChatThreadApi } from './sdk.js';
export { CLIENT_ID_KEY, LOCAL_PREFIX, MessageStore, messageFormat } from './message-store.js';
export { LIST_MESSAGES_LIMITS, nextPollDelay, parseRetryAfter } from './poll-policy.js';
export { chatUnavailableReason } from './chat-rules.js';
export { createLoopbackHttpClient, isLoopbackHost } from './loopback-http-client.js';
