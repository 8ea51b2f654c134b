import { describe, expect, it } from 'vitest';
import { checkCsvRows } from '../../csv/checkCsvRows';
import { csvErrorReport } from '../../csv/csvErrorReport';
import { autoMapCsvColumns } from '../../csv/csvFieldMapping';
import { csvRowToUser } from '../../csv/csvRowToUser';
import { parseUsersCsv } from '../../csv/parseUsersCsv';
import { tagsCell, userCsvCell } from '../../csv/userCsvColumns';

describe('CSV columns ↔ user fields', () => {
  it('auto-maps headers people write, without case, spaces or punctuation', () => {
    expect(autoMapCsvColumns(['User ID', 'Display name', 'E-mail', 'TAGS', 'status_message', 'Metadata'])).toEqual({
      uid: 0,
      name: 1,
      tags: 3,
      statusMessage: 4,
      metadata: 5,
    });
  });

  it('maps an export’s own headers back onto the same fields', () => {
    const headers = [
      'uid',
      'name',
      'avatar',
      'link',
      'role',
      'statusMessage',
      'metadata',
      'tags',
      'status',
      'createdAt',
    ];
    expect(Object.keys(autoMapCsvColumns(headers))).toEqual([
      'uid',
      'name',
      'avatar',
      'link',
      'role',
      'statusMessage',
      'metadata',
      'tags',
    ]);
  });

  it('reads metadata as JSON, tags as a;b or a JSON array, drops empty cells and undoes formula protection', () => {
    const mapping = { uid: 0, name: 1, metadata: 2, tags: 3, link: 4 };
    expect(csvRowToUser(['kev', "'=Kevin", '{"a":1}', 'vip; beta;', ''], mapping)).toEqual({
      uid: 'kev',
      name: '=Kevin',
      metadata: { a: 1 },
      tags: ['vip', 'beta'],
    });
    expect(csvRowToUser(['kev', 'K', 'not json', '["a;b","c"]', ' '], mapping)).toEqual({
      uid: 'kev',
      name: 'K',
      metadata: 'not json',
      tags: ['a;b', 'c'],
    });
  });

  it('writes tags so they read back the same, metadata as JSON and timestamps as ISO 8601', () => {
    expect(tagsCell(['vip', 'beta'])).toBe('vip;beta');
    expect(tagsCell(['a;b'])).toBe('["a;b"]');
    const user = { uid: 'u', name: 'U', metadata: { plan: 'pro' }, createdAt: 1_700_000_000 };
    expect(userCsvCell(user, 'metadata')).toBe('{"plan":"pro"}');
    expect(userCsvCell(user, 'createdAt')).toBe('2023-11-14T22:13:20.000Z');
    expect(userCsvCell(user, 'avatar')).toBe('');
  });
});

describe('the dry run', () => {
  it('names each bad field per row with the policy table’s rule, and a uid repeated in any case', async () => {
    const parsed = await parseUsersCsv(
      'uid,name,avatar,metadata\r\nann,Ann,,\r\nbad uid,Bad,,\r\nbob,,,\r\ncy,Cy,javascript:alert(1),[1]\r\nANN,Ann again,,\r\n',
    );
    const check = await checkCsvRows(parsed, autoMapCsvColumns(parsed.headers));
    expect(check.valid.map(({ row, user }) => [row, user.uid])).toEqual([[2, 'ann']]);
    expect(check.invalid.map(({ row, uid, details }) => [row, uid, Object.keys(details)])).toEqual([
      [3, 'bad uid', ['uid']],
      [4, 'bob', ['name']],
      [5, 'cy', ['avatar', 'metadata']],
      [6, 'ANN', ['uid']],
    ]);
    expect(check.invalid[3]?.details.uid).toEqual(['Repeats the UID of row 2']);
  });

  it('parses 10,000 rows in chunks and checks them in slices', async () => {
    const lines = ['uid,name', ...Array.from({ length: 10_000 }, (_, i) => `user${i},User ${i}`)];
    const parsed = await parseUsersCsv(lines.join('\n'), { chunkSize: 16 * 1024 });
    expect(parsed.rows).toHaveLength(10_000);
    expect(parsed.rows.at(-1)).toEqual({ row: 10_001, cells: ['user9999', 'User 9999'] });
    const check = await checkCsvRows(parsed, { uid: 0, name: 1 });
    expect(check.valid).toHaveLength(10_000);
  });
});

describe('the error report', () => {
  it('has a line per problem, formula cells escaped', async () => {
    const report = csvErrorReport([
      { row: 3, uid: '=cmd', status: 'invalid', details: { uid: ['bad'], name: ['missing'] } },
      { row: 9, uid: 'x', status: 'failed', message: 'CometChat is busy' },
    ]);
    expect(await report.text()).toBe(
      'row,uid,status,field,message\r\n3,"\'=cmd",invalid,uid,bad\r\n3,"\'=cmd",invalid,name,missing\r\n9,x,failed,,CometChat is busy\r\n',
    );
  });
});
