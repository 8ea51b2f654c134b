import { describe, expect, it } from 'vitest';
import { ProfileKitHttpError } from '../../http/httpError';
import { listQueryFromParams } from '../../users/listQuery';

describe('listQueryFromParams', () => {
  it("reads CometChat's list query", () => {
    const params = new URLSearchParams(
      'searchKey=kev&perPage=20&page=2&roles=admin,moderator&status=available&withDeactivated=1&sortBy=name&searchIn=uid',
    );
    expect(listQueryFromParams(params)).toEqual({
      searchKeyword: 'kev',
      limit: 20,
      page: 2,
      roles: ['admin', 'moderator'],
      status: 'online',
      withDeactivated: true,
      sortBy: 'name',
      searchIn: ['uid'],
    });
    expect(listQueryFromParams(new URLSearchParams('per_page=5'))).toEqual({ limit: 5 });
  });

  it.for([
    'perPage=0',
    'perPage=1001',
    'page=0',
    'page=1.5',
    'status=away',
    'sortOrder=sideways',
    'searchIn=uid,bogus',
    'withDeactivated=yes',
  ])('refuses %s with a field error', (query) => {
    const error = (() => {
      try {
        listQueryFromParams(new URLSearchParams(query));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ProfileKitHttpError);
    expect((error as ProfileKitHttpError).status).toBe(400);
    expect(Object.keys((error as ProfileKitHttpError).details ?? {})).toHaveLength(1);
  });
});
