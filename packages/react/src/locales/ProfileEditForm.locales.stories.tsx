import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { kevinLoggedIn } from '../../../../.storybook/kit/hostile';
import { expectDirection, expectNoOverflow, spaced } from '../../../../.storybook/kit/localeChecks';
import { pseudoLocale } from '../../../../.storybook/kit/pseudoLocale';
import { loadStoryKit, type StoryKitOptions, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { ProfileEditForm } from '../components/ProfileEditForm';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import type { ProfileKitLocale } from './ProfileKitLocale';
import { ptBR } from './pt-BR';
import { zhCN } from './zh-CN';

const loggedIn: StoryKitOptions = kevinLoggedIn;

const meta = {
  title: 'Locales/ProfileEditForm',
  component: ProfileEditForm,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  parameters: { profilekit: loggedIn },
} satisfies Meta<typeof ProfileEditForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The provider's `locale`: labels, hints, the locked Role, a save announced, lang/dir, mirrored avatar, nothing cut off. */
const savedIn = (locale: ProfileKitLocale, theme?: 'light' | 'dark'): Story => ({
  args: theme ? { theme } : {},
  parameters: { locale },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const m = locale.messages;
    const name = await canvas.findByLabelText(m.labels.name);
    const form = canvasElement.querySelector('form') as HTMLFormElement;
    const avatar = canvas.getByLabelText(m.labels.avatar);
    await expectDirection(form, locale, form.querySelector('.pk-avatar') as Element, avatar);
    await expect(canvas.getByLabelText(m.labels.role)).toHaveAccessibleDescription(spaced(m.lockedHint(m.labels.role)));
    await expect(canvas.getByText(spaced(m.online))).toBeInTheDocument();
    await expect(canvas.getByText(spaced(m.tagsCount(2, 25)), { exact: false })).toBeInTheDocument();
    await expectNoOverflow(form, `profile-${locale.tag}${theme ? `-${theme}` : ''}`);
    await userEvent.type(name, ' B.');
    await userEvent.click(canvas.getByRole('button', { name: m.submitUpdateCurrent }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(spaced(m.saved)));
  },
});

export const English = savedIn(en);
export const Spanish = savedIn(es);
export const French = savedIn(fr);
export const German = savedIn(de);
export const PortugueseBrazil = savedIn(ptBR);
export const Italian = savedIn(it);
export const Japanese = savedIn(ja);
export const Korean = savedIn(ko);
export const ChineseSimplified = savedIn(zhCN);
export const Hindi = savedIn(hi);
export const Arabic = savedIn(ar, 'light');
export const ArabicDark = savedIn(ar, 'dark');
export const Hebrew = savedIn(he, 'light');
export const HebrewDark = savedIn(he, 'dark');

/** Accented and ~40% longer than English: any label, button or hint that does not fit shows here. */
export const PseudoLocale = savedIn(pseudoLocale);

/** A component's own `locale` wins over the provider's; `messages` still override single strings. */
export const ComponentLocaleWins: Story = {
  args: { locale: fr, messages: { submitUpdateCurrent: 'Enregistrer mon profil' } },
  parameters: { locale: de },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByLabelText(fr.messages.labels.name);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('lang', 'fr');
    await expect(canvas.getByRole('button', { name: 'Enregistrer mon profil' })).toBeInTheDocument();
    await expect(canvas.queryByText(de.messages.labels.statusMessage)).toBeNull();
  },
};

/** A network failure in Arabic: the alert is Arabic (mapped from the error's code), the typed value stays. */
export const ArabicOffline: Story = {
  parameters: {
    locale: ar,
    profilekit: { ...loggedIn, offline: (method: string, path: string) => method === 'PUT' && path === '/me' },
  },
  play: async ({ canvas, userEvent }) => {
    const status = await canvas.findByLabelText(ar.messages.labels.statusMessage);
    await userEvent.type(status, '!');
    await userEvent.click(canvas.getByRole('button', { name: ar.messages.submitUpdateCurrent }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(ar.messages.networkError));
    await expect(status).toHaveValue('Shipping forms!');
  },
};

/** Too many requests in Hebrew: the seconds to wait, in Hebrew, from ERR_TOO_MANY_REQUESTS. */
export const HebrewRateLimited: Story = {
  parameters: { locale: he, profilekit: { ...loggedIn, emulator: { rateLimit: { requests: 2, windowMs: 60_000 } } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText(he.messages.labels.name), '!');
    await userEvent.click(canvas.getByRole('button', { name: he.messages.submitUpdateCurrent }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/יותר מדי בקשות/));
  },
};
