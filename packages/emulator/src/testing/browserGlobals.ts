/** A `localStorage` kept in memory: what the SDK stores its logged-in user and settings in. */
class MemoryStorage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}

const noop = () => {};

function define(name: string, value: unknown) {
  if (name in globalThis && (globalThis as Record<string, unknown>)[name] !== undefined) return;
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

/**
 * Gives Node 20 what the official SDK 4.2.0 reads of a browser, before it is required: `window` (= globalThis),
 * `localStorage`, `navigator`, and stubs of `document`, `location`, `screen` and `matchMedia`. Globals that
 * already exist (jsdom, Node's own `navigator`) are kept. Idempotent.
 */
export function installBrowserGlobals(): void {
  define('window', globalThis);
  define('localStorage', new MemoryStorage());
  define('sessionStorage', new MemoryStorage());
  define('navigator', { userAgent: 'node', language: 'en', languages: ['en'], onLine: true, platform: 'node' });
  define('document', {
    addEventListener: noop,
    removeEventListener: noop,
    hidden: false,
    visibilityState: 'visible',
    cookie: '',
    createElement: () => ({ style: {}, setAttribute: noop, appendChild: noop }),
    querySelector: () => null,
    querySelectorAll: () => [],
    getElementsByTagName: () => [],
  });
  define('location', {
    href: 'http://localhost/',
    origin: 'http://localhost',
    protocol: 'http:',
    host: 'localhost',
    hostname: 'localhost',
    port: '',
    pathname: '/',
    search: '',
    hash: '',
  });
  define('screen', { width: 1280, height: 800 });
  define('matchMedia', () => ({
    matches: false,
    addListener: noop,
    removeListener: noop,
    addEventListener: noop,
    removeEventListener: noop,
  }));
}

/** Empties the storage the SDK keeps its session in (forgets the logged-in user). */
export function clearBrowserStorage(): void {
  (globalThis as { localStorage?: { clear(): void } }).localStorage?.clear();
}
