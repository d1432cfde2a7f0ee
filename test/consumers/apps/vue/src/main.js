// Single elements, registered before Vue mounts, so Vue sets objects as properties.
import '@cds-vn/elements/kpi-gauge.js';
import '@cds-vn/elements/province-map.js';
import { createApp } from 'vue';
import App from './App.vue';

window.__events = [];
createApp(App).mount('#app');
