/**
 * The one merge of messages: `overrides` over `base`, labels and validation key by key; a key `overrides` leaves
 * `undefined` keeps `base`'s. Parts fill in their English this way too (`mergeMessages(form.messages, english)`).
 */
export function mergeMessages<B extends object, O extends object>(overrides: O | undefined, base: B): B & O {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) continue;
    merged[key] = key === 'labels' || key === 'validation' ? { ...(merged[key] as object), ...value } : value;
  }
  return merged as B & O;
}
