import { describe, expect, it } from 'vitest';
import { fieldState, userFieldNames, userFields, userOperations } from '../policy';
import { validateUserInput } from '../schemas';
import { samplesFor } from './samples';

const baseline = {
  create: { uid: 'usr1', name: 'Kevin' },
  update: { uid: 'usr1' },
  updateCurrent: {},
  signup: { uid: 'usr1', name: 'Kevin' },
} as const;

const cases = userOperations.flatMap((operation) =>
  userFieldNames.map((field) => ({ operation, field, access: userFields[field][operation] as string })),
);

describe.each(cases)('$field in $operation ($access)', ({ operation, field, access }) => {
  const { label, rule } = userFields[field];
  const { valid, invalid } = samplesFor(rule);
  const sent = access === 'required' || access === 'optional' || access === 'identifies';

  if (sent) {
    it.each(valid.map((value) => [value]))('accepts %j', (value) => {
      const result = validateUserInput(operation, { ...baseline[operation], [field]: value });
      expect(result).toMatchObject({ success: true, data: { [field]: value } });
    });

    it.each(invalid.map((value) => [value]))('refuses %j with a message naming the field', (value) => {
      const result = validateUserInput(operation, { ...baseline[operation], [field]: value });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(Object.keys(result.details)).toEqual([field]);
      for (const message of result.details[field] ?? []) expect(message.toLowerCase()).toContain(label.toLowerCase());
    });
  } else {
    it('is dropped from the request, whatever its value', () => {
      for (const value of [...valid, ...invalid]) {
        const result = validateUserInput(operation, { ...baseline[operation], [field]: value });
        expect(result.success).toBe(true);
        if (result.success) expect(result.data).not.toHaveProperty(field);
      }
    });
  }

  if (access === 'required' || access === 'identifies') {
    it('is required', () => {
      const { [field]: _omitted, ...rest } = baseline[operation] as Record<string, unknown>;
      const result = validateUserInput(operation, rest);
      expect(result).toEqual({ success: false, details: { [field]: [`${label} is required`] } });
    });
  }

  if (access === 'optional') {
    it('may be omitted', () => {
      expect(validateUserInput(operation, baseline[operation]).success).toBe(true);
    });
  }
});

describe('fieldState', () => {
  it.each([
    ['uid', 'create', 'createOnly'],
    ['uid', 'update', 'readOnly'],
    ['uid', 'updateCurrent', 'readOnly'],
    ['name', 'create', 'editable'],
    ['name', 'updateCurrent', 'editable'],
    ['role', 'update', 'editable'],
    ['role', 'updateCurrent', 'readOnly'],
    ['status', 'create', 'hidden'],
    ['status', 'update', 'readOnly'],
    ['lastActiveAt', 'updateCurrent', 'readOnly'],
    ['blockedByMe', 'update', 'readOnly'],
    ['blockedByMe', 'updateCurrent', 'hidden'],
    ['tags', 'create', 'editable'],
    ['uid', 'signup', 'createOnly'],
    ['role', 'signup', 'hidden'],
    ['metadata', 'signup', 'editable'],
    ['status', 'signup', 'hidden'],
  ] as const)('%s in %s is %s', (field, operation, state) => {
    expect(fieldState(field, operation)).toBe(state);
  });

  it('gives every field a state in every operation', () => {
    for (const operation of userOperations) {
      for (const field of userFieldNames) {
        expect(['editable', 'createOnly', 'readOnly', 'hidden']).toContain(fieldState(field, operation));
      }
    }
  });
});

describe('signup', () => {
  it('never lets a new person choose their role, whatever else they send', () => {
    const result = validateUserInput('signup', { uid: 'mallory1', name: 'M', role: 'admin', status: 'online' });
    expect(result).toEqual({ success: true, data: { uid: 'mallory1', name: 'M' } });
  });

  it('accepts exactly what the new person could change later themselves, plus uid', () => {
    const changeableLater = userFieldNames.filter((field) => fieldState(field, 'updateCurrent') === 'editable');
    const settable = userFieldNames.filter((field) => ['editable', 'createOnly'].includes(fieldState(field, 'signup')));
    expect(settable).toEqual(['uid', ...changeableLater]);
  });
});
