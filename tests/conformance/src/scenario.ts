import type { UserClient } from '@profilekit/core';
import type { RestClient } from '@profilekit/core/rest';
import type { Ledger } from './ledger';
import type { Target } from './target';
import type { Wire } from './wire';

/** A JSON value a scenario expects or observed. */
export type Fact = string | number | boolean | null | Fact[] | { [key: string]: Fact };

/** What one scenario expects and what one transport observed. */
export interface Outcome {
  expected: Fact;
  observed: Fact;
}

/** What a scenario is given for one transport. */
export interface ScenarioContext {
  /** The transport's name: `sdk`, `http`, `rest`, or `wire` (plain `fetch`, no client). */
  transport: string;
  /** The client under test. */
  client: UserClient;
  /** What this transport passes as the key of `createUser`/`updateUser`. */
  adminKey: string;
  /** The Auth Key, for `login(uid, authKey)`. */
  authKey: string;
  /** The REST admin client, to set up and check state (not the subject of the scenario). */
  admin: RestClient;
  /** A new uid under this run's prefix, unique to this transport and name; recorded for the final clean-up. */
  uid(name: string): string;
  target: Target;
  ledger: Ledger;
  /** Plain `fetch` in CometChat's wire format, bypassing every client's validation (the `wire` column). */
  wire: Wire;
}

/** One behaviour of the user-management API, run through every transport it applies to. */
export interface Scenario {
  /** Stable id, e.g. `create.every-field`: a row of the table and a key of the report. */
  id: string;
  /**
   * Only these transports (e.g. what only the REST API key can do, or `['wire']` for a raw request);
   * default every client transport (`sdk`, `http`, `rest`), never `wire`.
   */
  transports?: string[];
  run(context: ScenarioContext): Promise<Outcome>;
}
