import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { expectDirection, expectNoOverflow, spaced } from '../../../../.storybook/kit/localeChecks';
import { pseudoLocale } from '../../../../.storybook/kit/pseudoLocale';
import { loadStoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { SignupFlow } from '../signup/SignupFlow';
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

const meta = {
  title: 'Locales/SignupFlow',
  component: SignupFlow,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  args: { onRegister: fn(), onComplete: fn() },
  // An existing user, so a taken uid is reported in the locale's words.
  parameters: { profilekit: { users: [{ uid: 'taken', name: 'Taken' }], loginAs: 'taken' } },
} satisfies Meta<typeof SignupFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Sign-up in the provider's `locale`: the stepper's name and texts, a taken uid, the suggestion, the finished
 * sign-up; right to left, the stepper is mirrored (its status chips on the left, its line on the right).
 */
const signedUpIn = (locale: ProfileKitLocale, theme?: 'light' | 'dark'): Story => ({
  args: theme ? { theme } : {},
  parameters: { locale },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const m = locale.messages;
    const form = canvasElement.querySelector('form') as HTMLFormElement;
    const steps = canvas.getByRole('list', { name: m.signupProgress });
    const first = steps.querySelector('.pk-step') as HTMLElement;
    await expectDirection(
      form,
      locale,
      first.querySelector('.pk-step-label') as Element,
      first.querySelector('.pk-step-status') as Element,
    );
    const line = getComputedStyle(first, '::after');
    await expect(locale.dir === 'rtl' ? line.right : line.left).toBe('15px');
    await expect(canvas.getByText(spaced(m.stepRegister))).toBeInTheDocument();
    await userEvent.type(canvas.getByLabelText(m.labels.name), 'Kevin');
    // The suggestion follows the Name a frame after the key.
    await expect(await canvas.findByText(spaced(m.suggestedUid('kevin')), { exact: false })).toBeInTheDocument();
    await userEvent.type(canvas.getByLabelText(m.labels.uid), 'taken');
    await expect(await canvas.findByText(spaced(m.uidUnavailable('taken')))).toBeInTheDocument();
    await expectNoOverflow(form, `signup-${locale.tag}${theme ? `-${theme}` : ''}`);
    await userEvent.clear(canvas.getByLabelText(m.labels.uid));
    await userEvent.type(canvas.getByLabelText(m.labels.uid), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: m.signUp }));
    await expect(await canvas.findByText(spaced(m.signedUp('Kevin')))).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('[data-status="done"]')).toHaveLength(4);
  },
});

export const English = signedUpIn(en);
export const Spanish = signedUpIn(es);
export const French = signedUpIn(fr);
export const German = signedUpIn(de);
export const PortugueseBrazil = signedUpIn(ptBR);
export const Italian = signedUpIn(it);
export const Japanese = signedUpIn(ja);
export const Korean = signedUpIn(ko);
export const ChineseSimplified = signedUpIn(zhCN);
export const Hindi = signedUpIn(hi);
export const Arabic = signedUpIn(ar, 'light');
export const ArabicDark = signedUpIn(ar, 'dark');
export const Hebrew = signedUpIn(he, 'light');
export const HebrewDark = signedUpIn(he, 'dark');
export const PseudoLocale = signedUpIn(pseudoLocale);

/** A step that fails in Arabic: the reason comes from your `onRegister` (your words), the Retry button is Arabic. */
export const ArabicFailedStep: Story = {
  args: { onRegister: fn(() => Promise.reject(new Error('البريد الإلكتروني مستخدم'))) },
  parameters: { locale: ar },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText(ar.messages.labels.name), 'Kevin');
    await userEvent.type(canvas.getByLabelText(ar.messages.labels.uid), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: ar.messages.signUp }));
    await expect((await canvas.findAllByText('البريد الإلكتروني مستخدم')).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: ar.messages.retry })).toBeInTheDocument();
  },
};
