import type { BrowserConfig } from '../../server/env';

/** Which CometChat this page talks to: the local emulator's URL, or the real app's id and region. */
export function BackendNote({ config }: { config: BrowserConfig }) {
  return (
    <p className="demo-backend" data-backend={config.kind}>
      <span className="demo-backend-dot" aria-hidden="true" />
      {config.kind === 'emulator' ? (
        <>
          Talking to the <strong>local CometChat emulator</strong> at <code>{config.url}</code> (app{' '}
          <code>{config.appId}</code>). Your backend runs under <code>/api</code>.
        </>
      ) : (
        <>
          Talking to <strong>CometChat</strong>: app <code>{config.appId}</code>, region <code>{config.region}</code>.
          Your backend runs under <code>/api</code>.
        </>
      )}
    </p>
  );
}
