/**
 * Render benchmark: type 20 characters into Name and count, with React's Profiler, how often each
 * field re-renders — in ProfileEditForm (react-hook-form, one subscription per field) beside a naive
 * form holding one useState per field. Runs in jsdom over the in-process emulator.
 *
 *   pnpm bench:renders          (exit code 1 if typing in Name re-renders any other field of ProfileEditForm)
 */
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
const globals = globalThis as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis)) globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
}
Object.assign(globals, { window: dom.window, document: dom.window.document, IS_REACT_ACT_ENVIRONMENT: true });

const { Profiler, useState, createElement: h } = await import('react');
const { render, screen, waitFor, cleanup } = await import('@testing-library/react');
const { default: userEvent } = await import('@testing-library/user-event');
const { ProfileEditForm } = await import('../packages/react/src/components/ProfileEditForm');
const { ProfileKitProvider } = await import('../packages/react/src/ProfileKitProvider');
const { createStoryKit } = await import('../.storybook/kit/storyKit');

const TYPED = 'abcdefghijklmnopqrst';
const fields = ['uid', 'name', 'avatar', 'link', 'role', 'metadata', 'statusMessage', 'tags'] as const;
type Counts = Record<string, number>;

function counter() {
  const counts: Counts = {};
  const onRender = (id: string) => {
    counts[id] = (counts[id] ?? 0) + 1;
  };
  const reset = () => {
    for (const key of Object.keys(counts)) counts[key] = 0;
  };
  return { counts, onRender, reset };
}

async function measureProfileEditForm() {
  const kit = await createStoryKit({
    users: [{ uid: 'kevin', name: 'Kevin', avatar: 'https://img.example/k.png', tags: ['beta'], metadata: { a: 1 } }],
    loginAs: 'kevin',
  });
  const { counts, onRender, reset } = counter();
  render(
    h(
      ProfileKitProvider,
      { client: kit.client, authKey: kit.emulator.authKey, queryClient: kit.queryClient },
      h(ProfileEditForm, {
        renderField: (name, element) => h(Profiler, { id: name, onRender }, element),
      }),
    ),
  );
  const name = await screen.findByLabelText('Name');
  await waitFor(() => undefined);
  reset();
  const started = performance.now();
  await userEvent.setup().type(name, TYPED);
  const elapsed = performance.now() - started;
  if ((name as HTMLInputElement).value !== `Kevin${TYPED}`) throw new Error('typing did not reach the Name field');
  cleanup();
  return { counts, elapsed };
}

function NaiveField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return h(
    'label',
    null,
    label,
    h('input', { value, onChange: (event: { target: { value: string } }) => onChange(event.target.value) }),
  );
}

/** The baseline: the way many forms start — one useState per field, all in one component. */
function NaiveForm({ onRender }: { onRender: (id: string) => void }) {
  const [uid, setUid] = useState('kevin');
  const [name, setName] = useState('Kevin');
  const [avatar, setAvatar] = useState('');
  const [link, setLink] = useState('');
  const [role, setRole] = useState('');
  const [metadata, setMetadata] = useState('');
  const [statusMessage, setStatusMessage] = useState('');
  const [tags, setTags] = useState('');
  const state: Record<string, [string, (value: string) => void]> = {
    uid: [uid, setUid],
    name: [name, setName],
    avatar: [avatar, setAvatar],
    link: [link, setLink],
    role: [role, setRole],
    metadata: [metadata, setMetadata],
    statusMessage: [statusMessage, setStatusMessage],
    tags: [tags, setTags],
  };
  return h(
    'form',
    null,
    fields.map((field) => {
      const [value, setValue] = state[field] as [string, (value: string) => void];
      return h(
        Profiler,
        { key: field, id: field, onRender },
        h(NaiveField, { label: field, value, onChange: setValue }),
      );
    }),
  );
}

async function measureNaiveForm() {
  const { counts, onRender, reset } = counter();
  render(h(NaiveForm, { onRender }));
  reset();
  const started = performance.now();
  await userEvent.setup().type(screen.getByLabelText('name'), TYPED);
  const elapsed = performance.now() - started;
  cleanup();
  return { counts, elapsed };
}

const profile = await measureProfileEditForm();
const naive = await measureNaiveForm();

const others = (counts: Counts) => fields.filter((field) => field !== 'name').map((field) => counts[field] ?? 0);
const rows = [
  ['ProfileEditForm (react-hook-form)', profile],
  ['naive useState per field', naive],
] as const;
console.log(`Typing ${TYPED.length} characters into Name — React Profiler commits per field\n`);
console.log(`| form | Name | ${fields.filter((f) => f !== 'name').join(' | ')} | other fields total | ms |`);
console.log(`|---|---|${fields.map(() => '---|').join('')}---|`);
for (const [label, { counts, elapsed }] of rows) {
  const rest = others(counts);
  console.log(
    `| ${label} | ${counts.name ?? 0} | ${rest.join(' | ')} | ${rest.reduce((a, b) => a + b, 0)} | ${elapsed.toFixed(0)} |`,
  );
}
const leaked = others(profile.counts).reduce((a, b) => a + b, 0);
if (leaked > 0) {
  console.error(`\nFAIL: typing in Name re-rendered other fields of ProfileEditForm ${leaked} times`);
  process.exit(1);
}
console.log('\nOK: typing in Name re-rendered no other field of ProfileEditForm.');
process.exit(0);
