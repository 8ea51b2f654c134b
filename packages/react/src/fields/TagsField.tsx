import { userFields } from '@profilekit/core';
import { ruleSchema } from '@profilekit/core/internal';
import { type KeyboardEvent, memo, type Ref, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { markRefused } from '../form/refusedFields';
import { useUserFormContext } from '../form/UserFormContext';
import { usePkClass } from '../theme/usePkClass';
import { BoundField, type FieldPartProps } from './BoundField';
import { FieldDescription, FieldInput } from './Field';
import { useUserFormField } from './useUserFormField';

const { rule } = userFields.tags;

/**
 * The Tags editor: type a tag and press Enter (or the Add button); each tag has a remove button.
 * The limits shown come from the policy table; a tag that would break them is refused with core's message.
 *
 * @example
 * ```tsx
 * <TagsField name="tags" />
 * ```
 */
export function TagsField({
  name = 'tags',
  description,
  children,
  className,
  placeholder,
}: Partial<FieldPartProps<'tags'>>) {
  const binding = useUserFormField(name);
  const { field, messages, label } = binding;
  const tags = field.value;
  const [refusal, setRefusal] = useState<string>();
  const listId = useId();
  const { onChange, onBlur } = field;
  const tagsRule = useMemo(() => ruleSchema({ field: 'tags', label }, rule, messages.validation), [label, messages]);
  const { control } = useUserFormContext().form;
  useEffect(() => {
    markRefused(control as never, name, refusal !== undefined);
    return () => markRefused(control as never, name, false);
  }, [control, name, refusal]);

  /** Adds a typed tag; `false` (with the reason shown) when the table's rules refuse it. */
  const add = useCallback(
    (tag: string) => {
      const refuse = (reason: string | undefined) => {
        setRefusal(reason);
        return false;
      };
      if (tags.includes(tag)) return refuse(messages.tagDuplicate(tag));
      const next = [...tags, tag];
      const check = tagsRule.safeParse(next);
      if (!check.success) return refuse(check.error.issues[0]?.message);
      setRefusal(undefined);
      onChange(next);
      return true;
    },
    [tags, tagsRule, messages, onChange],
  );
  const remove = useCallback(
    (tag: string) => {
      setRefusal(undefined);
      onChange(tags.filter((other) => other !== tag));
      onBlur();
    },
    [tags, onChange, onBlur],
  );
  const removeLast = useCallback(() => {
    const last = tags[tags.length - 1];
    if (last !== undefined) remove(last);
  }, [tags, remove]);
  const clearRefusal = useCallback(() => setRefusal(undefined), []);

  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      refusal={refusal}
      control={
        <>
          <TagList tags={tags} listId={listId} onRemove={remove} />
          <TagDraft
            inputRef={field.ref}
            listId={listId}
            placeholder={placeholder ?? messages.newTag}
            addLabel={messages.addTag}
            full={tags.length >= rule.maxItems}
            refused={refusal !== undefined}
            onAdd={add}
            onRemoveLast={removeLast}
            onTyping={clearRefusal}
            onBlur={onBlur}
          />
          <FieldDescription aria-live="polite">
            {tags.length === 0 ? `${messages.noTags} ` : ''}
            {messages.tagsCount(tags.length, rule.maxItems)}
          </FieldDescription>
        </>
      }
    >
      {children}
    </BoundField>
  );
}

/** The new tag's input and its Add button: typing re-renders only these two (the draft is theirs). */
const TagDraft = memo(function TagDraft({
  inputRef,
  listId,
  placeholder,
  addLabel,
  full,
  refused,
  onAdd,
  onRemoveLast,
  onTyping,
  onBlur,
}: {
  inputRef: Ref<HTMLInputElement>;
  listId: string;
  placeholder: string;
  addLabel: string;
  full: boolean;
  refused: boolean;
  onAdd: (tag: string) => boolean;
  onRemoveLast: () => void;
  onTyping: () => void;
  onBlur: () => void;
}) {
  const [draft, setDraft] = useState('');
  const pk = usePkClass();
  const add = () => {
    const tag = draft.trim();
    if (tag !== '' && onAdd(tag)) setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter on an empty tag input submits the form, as Enter does in any other input.
    if (event.key === ',' || (event.key === 'Enter' && draft.trim() !== '')) {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '') {
      onRemoveLast();
    }
  };
  return (
    <div className={pk('pk-tags-add')}>
      <FieldInput
        ref={inputRef}
        type="text"
        value={draft}
        placeholder={placeholder}
        aria-controls={listId}
        autoComplete="off"
        onChange={(event) => {
          setDraft(event.target.value);
          if (refused) onTyping();
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <button
        type="button"
        className={pk('pk-button pk-button-secondary')}
        onClick={add}
        disabled={full || draft.trim() === ''}
      >
        {addLabel}
      </button>
    </div>
  );
});

/** The tags with their remove buttons; typing a new tag does not re-render it. */
const TagList = memo(function TagList({
  tags,
  listId,
  onRemove,
}: {
  tags: string[];
  listId: string;
  onRemove: (tag: string) => void;
}) {
  const { messages } = useUserFormContext();
  const pk = usePkClass();
  return (
    <ul className={pk('pk-tags')} id={listId}>
      {tags.map((tag) => (
        <li key={tag} className={pk('pk-tag')}>
          <span>{tag}</span>
          <button
            type="button"
            className={pk('pk-tag-remove')}
            aria-label={messages.removeTag(tag)}
            onClick={() => onRemove(tag)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
});
