import { createApp } from 'vue';
import 'teams-meeting-join';
import App from './App.vue';
import { loadEmulatorIfAsked } from '../../shared/config.js';

await loadEmulatorIfAsked();
createApp(App).mount('#app');
