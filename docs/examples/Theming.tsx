import { ProfileEditForm } from '@profilekit/react';
import '@profilekit/react/styles.css';

// Default: the form follows your page's color-scheme — light unless the page declares dark
// (`:root { color-scheme: dark }`). It never follows the OS on its own.
export const FollowsYourPage = () => <ProfileEditForm />;

// Force a theme, or opt into the OS setting (prefers-color-scheme) with 'system'.
export const AlwaysDark = () => <ProfileEditForm theme="dark" />;
export const FollowsTheOs = () => <ProfileEditForm theme="system" />;

// Brand it: every colour, radius and space is a --pk-* variable on .pk-root. In your stylesheet:
//   .brand.pk-root { --pk-accent: #0b7a55; --pk-radius: 2px; --pk-font: Georgia, serif; }
// (light-dark(light, dark) values keep both themes: --pk-accent: light-dark(#0b7a55, #7fd8b4);)
export const Branded = () => <ProfileEditForm className="brand" />;

// No styles at all: drop the stylesheet import and the pk-* classes; style the elements your own way.
export const Unstyled = () => <ProfileEditForm unstyled className="my-profile-form" />;
