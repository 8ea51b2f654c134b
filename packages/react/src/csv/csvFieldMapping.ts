/** The fields a CSV import can fill: the policy table's `create` column. */
export const importableFields = ['uid', 'name', 'avatar', 'link', 'role', 'statusMessage', 'metadata', 'tags'] as const;

/** A field a CSV column can be imported into. */
export type ImportableField = (typeof importableFields)[number];

/** Which CSV column (by its index) fills each field; a field left out is not imported. */
export type CsvFieldMapping = Partial<Record<ImportableField, number>>;

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Other headers people write for a field (compared without case, spaces or punctuation). */
const aliases: Record<ImportableField, readonly string[]> = {
  uid: ['uid', 'userid', 'id', 'username'],
  name: ['name', 'displayname', 'fullname'],
  avatar: ['avatar', 'avatarurl', 'picture', 'photo'],
  link: ['link', 'profileurl', 'url', 'website'],
  role: ['role'],
  statusMessage: ['statusmessage', 'status message', 'bio'],
  metadata: ['metadata', 'meta'],
  tags: ['tags', 'tag'],
};

/**
 * Maps each field to the first column whose header names it (`uid`, `User ID`, `display_name`…, compared
 * without case, spaces or punctuation). An export's headers map back onto the same fields.
 *
 * @example
 * ```ts
 * autoMapCsvColumns(['User ID', 'Display name', 'Tags']); // { uid: 0, name: 1, tags: 2 }
 * ```
 */
export function autoMapCsvColumns(headers: readonly string[]): CsvFieldMapping {
  const keys = headers.map(key);
  const mapping: CsvFieldMapping = {};
  for (const field of importableFields) {
    const index = keys.findIndex((header) => aliases[field].some((alias) => key(alias) === header));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}
