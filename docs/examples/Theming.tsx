import { ProfileEditForm } from '@profilekit/react';
import '@profilekit/react/styles.css';

// Default: light, whatever the OS prefers — unless your page says `<html data-theme="dark">`
// (or "light" / "system"), which every form without a theme of its own follows.
export const FollowsYourPage = () => <ProfileEditForm />;

// Force a theme, or opt into the OS setting (prefers-color-scheme) with 'system'.
export const AlwaysDark = () => <ProfileEditForm theme="dark" />;
export const FollowsTheOs = () => <ProfileEditForm theme="system" />;

// Brand it: every colour, radius and space is a --pk-* variable on .pk-root. In your stylesheet:
//   .brand.pk-root { --pk-accent: #0b7a55; --pk-radius: 2px; --pk-font: Georgia, serif; }
// That wins in every theme; give the dark theme its own values with
//   .brand.pk-root[data-theme="dark"] { --pk-accent: #7fd8b4; }
export const Branded = () => <ProfileEditForm className="brand" />;

// No styles at all: drop the stylesheet import and the pk-* classes; style the elements your own way.
export const Unstyled = () => <ProfileEditForm unstyled className="my-profile-form" />;
