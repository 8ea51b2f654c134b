import { userFields } from '@profilekit/core';
import { ruleSchema } from '@profilekit/core/internal';
import { type KeyboardEvent, memo, useCallback, useId, useState } from 'react';
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
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const pk = usePkClass();
  const listId = useId();

  const add = () => {
    const tag = draft.trim();
    if (tag === '') return;
    if (tags.includes(tag)) return setRefusal(messages.tagDuplicate(tag));
    const next = [...tags, tag];
    const check = ruleSchema({ field: 'tags', label }, rule, messages.validation).safeParse(next);
    if (!check.success) return setRefusal(check.error.issues[0]?.message);
    setRefusal(undefined);
    setDraft('');
    field.onChange(next);
  };
  const { onChange, onBlur } = field;
  const remove = useCallback(
    (tag: string) => {
      setRefusal(undefined);
      onChange(tags.filter((other) => other !== tag));
      onBlur();
    },
    [tags, onChange, onBlur],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter on an empty tag input submits the form, as Enter does in any other input.
    if (event.key === ',' || (event.key === 'Enter' && draft.trim() !== '')) {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      remove(tags[tags.length - 1] as string);
    }
  };
  const full = tags.length >= rule.maxItems;

  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      refusal={refusal}
      control={
        <>
          <TagList tags={tags} listId={listId} onRemove={remove} />
          <div className={pk('pk-tags-add')}>
            <FieldInput
              ref={field.ref}
              type="text"
              value={draft}
              placeholder={placeholder ?? messages.newTag}
              aria-controls={listId}
              autoComplete="off"
              onChange={(event) => {
                setDraft(event.target.value);
                if (refusal !== undefined) setRefusal(undefined);
              }}
              onKeyDown={onKeyDown}
              onBlur={field.onBlur}
            />
            <button
              type="button"
              className={pk('pk-button pk-button-secondary')}
              onClick={add}
              disabled={full || draft.trim() === ''}
            >
              {messages.addTag}
            </button>
          </div>
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
