import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Lang', items: ['vi', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals['lang'] ?? 'vi');
      const theme = String(context.globals['theme'] ?? 'light');
      document.documentElement.lang = lang;
      document.documentElement.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#101214' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#e8eaed' : '#1b1f24';
      return story();
    },
  ],
};
export default preview;
