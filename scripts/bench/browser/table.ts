import type { Results } from './budgets';

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
const num = (value: number | undefined) => (value === undefined ? '—' : String(value));

function markdown(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join(
    '\n',
  );
}

/** The mount and keystroke tables (medians), with the baseline's kit numbers beside when given. */
export function formatTables(results: Results, baseline?: Results): string {
  const rates = (results.meta.throttles as string[] | undefined) ?? ['1x', '4x'];
  const before = baseline ? ['before: kit', 'before: kit/naive'] : [];
  const mount = [
    [
      'component',
      'CPU',
      ...before,
      'kit',
      'naive',
      'plain',
      'kit/naive',
      'kit/plain',
      'nav→ready kit / naive / plain',
      'TBT kit / naive',
      'commits before paint kit / naive',
      ...(baseline ? ['before: commits'] : []),
    ],
  ];
  for (const [component, v] of Object.entries(results.mount)) {
    for (const rate of rates) {
      const m = (variant: 'kit' | 'naive' | 'plain') => v[variant]?.[rate];
      const b = baseline?.mount[component];
      mount.push([
        component,
        rate,
        ...(baseline
          ? [num(b?.kit?.[rate]?.renderToReady), ratio(b?.kit?.[rate]?.renderToReady, b?.naive?.[rate]?.renderToReady)]
          : []),
        num(m('kit')?.renderToReady),
        num(m('naive')?.renderToReady),
        num(m('plain')?.renderToReady),
        ratio(m('kit')?.renderToReady, m('naive')?.renderToReady),
        ratio(m('kit')?.renderToReady, m('plain')?.renderToReady),
        `${num(m('kit')?.navigationToReady)} / ${num(m('naive')?.navigationToReady)} / ${num(m('plain')?.navigationToReady)}`,
        `${num(m('kit')?.totalBlockingTime)} / ${num(m('naive')?.totalBlockingTime)}`,
        `${num(m('kit')?.commitsBeforeFirstPaint)} / ${num(m('naive')?.commitsBeforeFirstPaint)}`,
        ...(baseline ? [num(b?.kit?.[rate]?.commitsBeforeFirstPaint)] : []),
      ]);
    }
  }
  const keys = [
    [
      'field',
      'CPU',
      ...(baseline ? ['before: kit p50', 'before: kit/naive', 'before: >50 ms'] : []),
      'p50 kit / naive / plain',
      'kit/naive',
      'kit/plain',
      'p95 kit / naive',
      'max kit / naive',
      'INP-like kit / naive',
      '>50 ms kit / naive / plain',
      'layouts/key kit / naive',
      'task ms p50 (key + frame) kit / naive',
      'keydown → 2nd frame p50 kit / naive',
      '2nd frame kit/naive',
    ],
  ];
  for (const [field, v] of Object.entries(results.keystroke)) {
    for (const rate of rates) {
      const k = (variant: 'kit' | 'naive' | 'plain') => v[variant]?.[rate];
      const b = baseline?.keystroke[field];
      keys.push([
        field,
        rate,
        ...(baseline
          ? [
              num(b?.kit?.[rate]?.p50),
              ratio(b?.kit?.[rate]?.p50, b?.naive?.[rate]?.p50),
              `${num(b?.kit?.[rate]?.over50)} of ${num(b?.kit?.[rate]?.keys)}`,
            ]
          : []),
        `${num(k('kit')?.p50)} / ${num(k('naive')?.p50)} / ${num(k('plain')?.p50)}`,
        ratio(k('kit')?.p50, k('naive')?.p50),
        ratio(k('kit')?.p50, k('plain')?.p50),
        `${num(k('kit')?.p95)} / ${num(k('naive')?.p95)}`,
        `${num(k('kit')?.max)} / ${num(k('naive')?.max)}`,
        `${num(k('kit')?.inp)} / ${num(k('naive')?.inp)}`,
        `${num(k('kit')?.over50)} / ${num(k('naive')?.over50)} / ${num(k('plain')?.over50)} of ${num(k('kit')?.keys)}`,
        `${num(k('kit')?.layouts)} / ${num(k('naive')?.layouts)}`,
        `${num(k('kit')?.taskP50)} / ${num(k('naive')?.taskP50)}`,
        `${num(k('kit')?.frameP50)} / ${num(k('naive')?.frameP50)}`,
        ratio(k('kit')?.frameP50, k('naive')?.frameP50),
      ]);
    }
  }
  const floor = [
    ['SignupFlow, render → ready', 'CPU', 'kit', 'bare react-hook-form', 'naive', 'kit/naive', 'react-hook-form/naive'],
  ];
  for (const rate of rates) {
    const v = results.mount.SignupFlow;
    if (v?.rhf?.[rate] === undefined) continue;
    const at = (variant: 'kit' | 'naive' | 'rhf') => v[variant]?.[rate]?.renderToReady;
    floor.push([
      '',
      rate,
      num(at('kit')),
      num(at('rhf')),
      num(at('naive')),
      ratio(at('kit'), at('naive')),
      ratio(at('rhf'), at('naive')),
    ]);
  }
  const floorTable =
    floor.length > 1
      ? `\n\nThe floor under the kit's sign-up: the same seven fields (the signup column) under bare react-hook-form (useForm + register + useWatch)\n\n${markdown(floor)}`
      : '';
  return `Mount: render → ready (ms, medians)\n\n${markdown(mount)}${floorTable}\n\nKeystrokes: main-thread ms per key (medians of runs)\n\n${markdown(keys)}`;
}
