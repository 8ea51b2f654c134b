import { expect } from 'vitest';

const SCRIPT_URL = /^\s*(javascript|data|vbscript):/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'];

/**
 * Asserts that nothing hostile became live markup in `root`: no element carrying `data-injected`,
 * no `on*` handler attribute, no `<script>`/`<iframe>`, and no `javascript:`/`data:`/`vbscript:` URL in any
 * attribute that loads or navigates.
 *
 * @example
 * ```ts
 * render(<UserForm mode="update" user={hostileUser} onSubmit={save} />);
 * expectInert(document.body);
 * ```
 */
export function expectInert(root: Element): void {
  expect(root.querySelectorAll('[data-injected]'), 'an injected element').toHaveLength(0);
  expect(root.querySelectorAll('script, iframe, object, embed'), 'an active element').toHaveLength(0);
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.toLowerCase().startsWith('on')) problems.push(`<${element.tagName} ${name}>`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && SCRIPT_URL.test(value)) {
        problems.push(`<${element.tagName} ${name}="${value}">`);
      }
    }
  }
  expect(problems, 'handlers or script URLs in the rendered markup').toEqual([]);
}
