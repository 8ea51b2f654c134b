import { fileURLToPath } from 'node:url';
import { createLedger, deleteEverything } from './ledger';
import { type Findings, probe } from './probes';
import { type Report, writeReport } from './report';
import { type Result, toResult } from './result';
import type { ScenarioContext } from './scenario';
import { scenarios } from './scenarios';
import { formatTable } from './table';
import { openTarget } from './target';
import { adminClient, clientTransports, transports } from './transports';
import { wire } from './wire';

/** `pnpm conformance`: every scenario through every transport, a table, a JSON report, the exit code. */
async function main(): Promise<number> {
  const startedAt = new Date();
  const target = await openTarget();
  const ledger = createLedger();
  const admin = adminClient(target);
  const where = {
    cloud: `your CometChat app ${target.appId} (${target.region}); users are created under the prefix ${ledger.prefix} and deleted permanently at the end`,
    server: `the server at ${target.url} (app ${target.appId}); users are created under the prefix ${ledger.prefix} and deleted permanently at the end`,
    emulator: `the local emulator at ${target.url} (set the COMETCHAT_* variables to run against your CometChat app, or the CONFORMANCE_* ones for a server by URL)`,
  }[target.kind];
  console.log(`conformance: running against ${where}`);

  // Ctrl-C: finish the scenario in flight (each call times out within 20 s), then delete everything; twice: quit now.
  let stopping = false;
  const interrupted = () => {
    stopping = true;
    console.error(
      '\nconformance: interrupted — finishing the current scenario, then deleting the users this run created…',
    );
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const raw = wire(target);
  const results: Result[] = [];
  let findings: Findings = {};
  let cleanup: Report['cleanup'] = { deleted: 0, left: [] };
  try {
    for (const [name, open] of Object.entries(transports)) {
      if (stopping) break;
      const transport = await open(target);
      for (const scenario of scenarios) {
        if (stopping) break;
        if (!(scenario.transports ?? clientTransports).includes(name)) continue;
        const context: ScenarioContext = {
          transport: name,
          client: transport.client,
          adminKey: transport.adminKey,
          authKey: target.authKey,
          admin,
          target,
          ledger,
          wire: raw,
          uid: (suffix) => {
            const uid = `${ledger.prefix}${name[0]}_${suffix}`.toLowerCase();
            ledger.uids.add(uid);
            return uid;
          },
        };
        const started = performance.now();
        const outcome = await scenario.run(context).catch((error: unknown) => ({ error }));
        results.push(toResult(scenario.id, name, Math.round(performance.now() - started), outcome));
        await transport.reset();
      }
    }
    if (!stopping) {
      findings = await probe(target, admin, ledger).catch((error: Error) => ({ 'probes failed': error.message }));
    }
  } finally {
    cleanup = await deleteEverything(ledger, admin);
    await target.close();
  }

  console.log(`\n${formatTable(results)}\n`);
  console.log('What the target answered where the docs are unsure:');
  for (const [question, answer] of Object.entries(findings)) console.log(`  ${question}: ${JSON.stringify(answer)}`);
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  const date = startedAt.toISOString().slice(0, 10);
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const path =
    process.env.CONFORMANCE_REPORT ??
    {
      // One file to send back per app region and day: `conformance/reports/2026-12-06-eu.json`.
      cloud: `${root}conformance/reports/${date}-${target.region}.json`,
      server: `${root}artifacts/conformance-server.json`,
      emulator: `${root}artifacts/conformance-emulator.json`,
    }[target.kind];
  const report: Report = {
    tool: 'profilekit conformance',
    startedAt: startedAt.toISOString(),
    prefix: ledger.prefix,
    target: { kind: target.kind, region: target.region, appId: target.appId },
    transports: Object.keys(transports),
    summary: { passed, failed },
    results,
    findings,
    cleanup,
  };
  writeReport(path, report, [target.authKey, target.restApiKey]);
  const { deleted, left } = report.cleanup;
  console.log(`\nreport: ${path}`);
  console.log(
    `clean-up: deleted ${deleted} users permanently${left.length ? `; could not delete ${left.join(', ')}` : ''}`,
  );
  const ranAgainst = {
    cloud: `CometChat app ${target.appId} (${target.region})`,
    server: `the server at ${target.url}`,
    emulator: 'the local emulator',
  }[target.kind];
  console.log(`ran against: ${ranAgainst}`);
  const columns = [...new Set(results.map((result) => result.transport))];
  const rows = new Set(results.map((result) => result.scenario)).size;
  console.log(`conformance: ${passed} passed, ${failed} failed (${rows} scenarios × ${columns.join(', ')})`);
  if (stopping) console.log('conformance: interrupted before every scenario ran');
  return stopping ? 130 : failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`conformance: ${error.message}`);
    process.exit(2);
  },
);
