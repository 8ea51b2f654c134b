import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../packages/react/src/styles.css';
import { storyModeGlobalTypes, withStoryMode } from './kit/storyMode';

// CI runs every project at once on two cores: give findBy/waitFor room beyond their 1 s default.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  // A docs page with the props table of every component that has stories.
  tags: ['autodocs'],
  // Theme and direction (toolbar, or `&globals=theme:dark;locale:ar` in the iframe's URL): tests/visual.
  globalTypes: storyModeGlobalTypes,
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [withStoryMode],
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i } },
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Credentials: development and production',
            'The emulator',
            'Your backend (server package)',
            'Theming',
            'Fields: hiding and custom',
            'Avatar uploads',
            'Translations (i18n)',
            'Next.js',
          ],
          '*',
        ],
      },
    },
  },
};

export default preview;
