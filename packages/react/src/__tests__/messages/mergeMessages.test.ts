import { describe, expect, it } from 'vitest';
import { defaultFormMessages } from '../../messages/defaultFormMessages';
import { englishUidMessages } from '../../messages/englishSignupMessages';
import type { UserFormMessages } from '../../messages/formMessages';
import { mergeFormMessages } from '../../messages/mergeFormMessages';
import { mergeMessages } from '../../messages/mergeMessages';

describe('mergeMessages', () => {
  it('puts overrides over the base, labels and validation key by key', () => {
    const merged = mergeFormMessages({ labels: { uid: 'User ID' }, saved: 'Gespeichert' });
    expect(merged.labels).toEqual({ ...defaultFormMessages.labels, uid: 'User ID' });
    expect(merged.validation.required).toBe(defaultFormMessages.validation.required);
    expect(merged.saved).toBe('Gespeichert');
    expect(merged.signUp).toBe('Sign up');
  });

  it("fills a part's English where the form's messages leave a key out or undefined, never over a given one", () => {
    const form: UserFormMessages = { ...defaultFormMessages, uidChecking: undefined, useSuggestion: 'Nehmen' };
    const merged = mergeMessages(form, englishUidMessages);
    expect(merged.uidChecking).toBe('Checking availability…');
    expect(merged.useSuggestion).toBe('Nehmen');
    expect(merged.labels).toEqual(defaultFormMessages.labels);
  });
});
