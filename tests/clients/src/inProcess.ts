import { createEmulator, type Emulator, type EmulatorOptions } from '@profilekit/emulator';

/** The base URL the in-process emulator is addressed by (no socket: `fetch` hands the Request to it). */
export const EMULATOR_URL = 'http://emulator.test';

/** A `fetch` that answers from an emulator in this process, recording each request. */
export function inProcessFetch(emulator: Emulator, seen: Request[] = []): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    return emulator.fetch(request);
  };
}

/** An in-process emulator and its `fetch`. */
export function openInProcess(options: EmulatorOptions = {}) {
  const emulator = createEmulator(options);
  const seen: Request[] = [];
  return { emulator, seen, fetch: inProcessFetch(emulator, seen) };
}
