import type { User } from '@profilekit/core';

/** Values an attacker or an unlucky import might put in a profile: markup, script URLs, huge unbroken words, bidi text. */
export const hostileUser: User = {
  uid: 'hostile-1',
  name: '<img src=x onerror="alert(1)">‮evil‬',
  avatar: 'javascript:alert(document.cookie)',
  link: 'data:text/html,<script>alert(1)</script>',
  role: 'default',
  statusMessage: '"><script>alert(1)</script> ‏שלום עולם‏ 🙂'.repeat(3),
  metadata: { __proto__: { polluted: true }, note: '</textarea><script>alert(1)</script>' } as never,
  tags: ['<b>bold</b>', 'a'.repeat(100), '💥'],
  status: 'offline',
};

/** The longest values the table allows, with no spaces to wrap at. */
export const longUser: User = {
  uid: 'u'.repeat(100),
  name: 'W'.repeat(100),
  avatar: `https://img.example/${'a'.repeat(200)}.png`,
  link: `https://example.com/${'path/'.repeat(60)}`,
  role: 'default',
  statusMessage: 'Status '.repeat(140),
  tags: Array.from({ length: 25 }, (_, index) => `tag-${index}-${'x'.repeat(40)}`),
  status: 'online',
  lastActiveAt: 1_700_000_000,
};

/** A complete, ordinary profile. */
export const kevin: User = {
  uid: 'kevin',
  name: 'Kevin Bäcker',
  avatar: 'https://img.example/kevin.png',
  link: 'https://kevin.example',
  role: 'admin',
  statusMessage: 'Shipping forms',
  metadata: { plan: 'pro', seats: 3 },
  tags: ['beta', 'staff'],
  status: 'online',
  lastActiveAt: Math.floor(Date.now() / 1000) - 300,
};

const { status: _status, lastActiveAt: _lastActiveAt, ...kevinAsCreated } = kevin;

/** Kevin as a story seeds him: what only the server sets left out. */
export const kevinInput = kevinAsCreated;

/** Kevin seeded and logged in (a story kit's options). */
export const kevinLoggedIn = { users: [kevinInput], loginAs: 'kevin' };
