import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../../conformance/src/ledger';
import type { ScenarioContext } from '../../conformance/src/scenario';
import { scenarios } from '../../conformance/src/scenarios';
import { openTarget, type Target } from '../../conformance/src/target';
import { adminClient, clientTransports, type Transport, transports } from '../../conformance/src/transports';
import { wire } from '../../conformance/src/wire';

/**
 * `pnpm conformance` as vitest tests, so StrykerJS can tell which scenario covers which mutant: one test per
 * cell (scenario × transport), against an emulator started in this process (never a real app: `openTarget({})`).
 * A cell passes when what it observed deep-equals what it expected, as in the conformance table.
 */
let target: Target;
let ledger: Ledger;
beforeAll(async () => {
  target = await openTarget({});
  ledger = createLedger();
});
afterAll(() => target?.close());

for (const [name, open] of Object.entries(transports)) {
  describe(name, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await open(target);
    });

    for (const scenario of scenarios) {
      if (!(scenario.transports ?? clientTransports).includes(name)) continue;
      it(scenario.id, async () => {
        const context: ScenarioContext = {
          transport: name,
          client: transport.client,
          adminKey: transport.adminKey,
          authKey: target.authKey,
          admin: adminClient(target),
          target,
          ledger,
          wire: wire(target),
          uid: (suffix) => {
            const uid = `${ledger.prefix}${name[0]}_${suffix}`.toLowerCase();
            ledger.uids.add(uid);
            return uid;
          },
        };
        try {
          const outcome = await scenario.run(context);
          expect(outcome.observed).toStrictEqual(outcome.expected);
        } finally {
          await transport.reset();
        }
      });
    }
  });
}
