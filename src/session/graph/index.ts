/**
 * Microsoft 365 visitors' meeting chat over Microsoft Graph (a lazy chunk, with the chat controller it plugs into).
 */
export { createGraphChatSdk, fromGraph, GRAPH_BASE_URL, GRAPH_PAGE_SIZE, GRAPH_POLL_INTERVAL_MS, type GraphChatOptions } from './graph-chat.js';
export { graphChatController } from './graph-chat-controller.js';
