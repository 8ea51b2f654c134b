/** Shown when the bundle was built without a backend (not started through `pnpm dev`). */
export function NotConfigured() {
  return (
    <main className="pk-root demo-not-configured">
      <h1>profilekit demo</h1>
      <p>
        This build does not know which backend to use. Start it with <code>pnpm dev</code> (the local emulator), or set{' '}
        <code>COMETCHAT_APP_ID</code> and <code>COMETCHAT_REGION</code>; see <code>apps/demo/README.md</code>.
      </p>
    </main>
  );
}
