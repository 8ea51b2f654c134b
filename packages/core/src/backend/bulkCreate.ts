import type { FieldErrors } from '../types';

/** The most users one `POST /users/bulk` request may carry. */
export const MAX_BULK_CREATE = 100;

/**
 * What `POST /users/bulk` did with one user of the batch, in the order sent:
 * - `created`: CometChat has the user now;
 * - `exists`: the uid was taken already (deactivated users count), nothing changed — a retried import
 *   reports its earlier rows this way;
 * - `invalid`: the policy table's `create` rules refused it; `details` names each field and rule;
 * - `failed`: CometChat refused or did not answer (`code`, e.g. `ERR_TOO_MANY_REQUESTS`): send it again.
 */
export type BulkCreateOutcome =
  | { index: number; uid: string; status: 'created' | 'exists' }
  | { index: number; uid: string; status: 'invalid'; details: FieldErrors }
  | { index: number; uid: string; status: 'failed'; code: string; message: string };

/** The answer of `POST /users/bulk`: one outcome per user sent, and the count of each status. */
export interface BulkCreateResult {
  results: BulkCreateOutcome[];
  created: number;
  exists: number;
  invalid: number;
  failed: number;
}
