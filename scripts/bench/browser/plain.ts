// The floor: the same fields as plain HTML, filled and updated by a few lines of vanilla JS.
import { type BenchUser, benchFetch, benchUser, markRender, metadataText } from './fixture';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function render(user: BenchUser | undefined, signup: boolean) {
  const root = document.getElementById('root') as HTMLElement;
  const field = (label: string, control: string) => `<label>${label} ${control}</label>`;
  const lastActive = new Date((user?.lastActiveAt ?? 0) * 1000);
  root.innerHTML = `<form novalidate>
    ${user ? `<dl><dt>Status</dt><dd>${user.status}</dd><dt>Last active</dt><dd><time title="${lastActive.toLocaleString()}">${Math.round((Date.now() - lastActive.getTime()) / 60_000)} minutes ago</time></dd></dl>` : ''}
    ${field('UID', `<input name="uid" ${signup ? '' : 'readonly'}>`)}
    ${signup ? '<p id="suggestion"></p>' : ''}
    ${field('Name', '<input name="name">')}
    ${field('Avatar', '<input name="avatar" type="url">')}
    ${
      signup
        ? ''
        : `${field('Link', '<input name="link" type="url">')}
    ${field('Role', '<input name="role" readonly>')}
    ${field('Metadata', '<textarea name="metadata" rows="6"></textarea>')}<p id="size"></p>
    ${field('Status message', '<textarea name="statusMessage" rows="3"></textarea>')}
    <ul id="tags"></ul>${field('Tags', '<input id="tag">')}`
    }
    <button type="submit">Save</button></form>`;
  const form = root.querySelector('form') as HTMLFormElement;
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  form.addEventListener('submit', (event) => event.preventDefault());
  if (user) {
    for (const name of ['uid', 'name', 'link', 'role', 'statusMessage'] as const) input(name).value = user[name];
    input('avatar').value = user.avatar ?? '';
    input('metadata').value = metadataText(user.metadata);
    const size = () => {
      (root.querySelector('#size') as HTMLElement).textContent =
        `${new TextEncoder().encode(input('metadata').value).length} B of 5 KB`;
    };
    size();
    input('metadata').addEventListener('input', size);
    const list = root.querySelector('#tags') as HTMLElement;
    const tags = [...user.tags];
    const drawTags = () => {
      list.innerHTML = tags.map((tag) => `<li>${escapeHtml(tag)} <button type="button">×</button></li>`).join('');
    };
    drawTags();
    const tag = root.querySelector('#tag') as HTMLInputElement;
    tag.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && tag.value.trim() !== '') {
        event.preventDefault();
        tags.push(tag.value.trim());
        tag.value = '';
        drawTags();
      }
    });
  }
  if (signup) {
    const suggestion = root.querySelector('#suggestion') as HTMLElement;
    input('name').addEventListener('input', () => {
      suggestion.textContent =
        input('uid').value === ''
          ? `Suggested: ${input('name')
              .value.toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')}`
          : '';
    });
  }
}

markRender();
const component = BENCH_COMPONENT;
if (component === 'ProfileEditForm') {
  (document.getElementById('root') as HTMLElement).textContent = 'Loading…';
  benchFetch('http://bench.test/me')
    .then((response) => response.json())
    .then((body: { data: BenchUser }) => render(body.data, false));
} else render(component === 'UserForm' ? benchUser : undefined, component === 'SignupFlow');
