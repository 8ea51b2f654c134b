import type { EmulatorOptions } from '../emulator';
import { parseBasicAuth } from './webhookSender';

/** The CLI flags of presence and webhooks, for `parseArgs`. */
export const presenceFlags = {
  'webhook-url': { type: 'string' },
  'webhook-basic-auth': { type: 'string' },
  'presence-timeout': { type: 'string' },
} as const;

/** The usage lines of {@link presenceFlags}. */
export const presenceUsage = `  --webhook-url <url>     POST CometChat's webhooks (presence, blocks) there, e.g. http://127.0.0.1:8787/api/webhooks/cometchat
  --webhook-basic-auth <user:pass>
                          HTTP Basic credentials sent with each webhook
  --presence-timeout <s>  seconds without a request before an online user goes offline (default 300; 0 never)`;

/** The emulator options of the presence flags, or an error naming the flag and the rule. */
export function presenceOptions(values: {
  'webhook-url'?: string;
  'webhook-basic-auth'?: string;
  'presence-timeout'?: string;
}): Pick<EmulatorOptions, 'webhookUrl' | 'webhookBasicAuth' | 'presenceTimeout'> {
  const url = values['webhook-url'];
  if (url !== undefined && !/^https?:\/\//.test(url)) {
    throw new Error(`--webhook-url must be an http(s) URL, got ${url}`);
  }
  const basicAuth = values['webhook-basic-auth'];
  if (basicAuth !== undefined) parseBasicAuth(basicAuth);
  if (basicAuth !== undefined && url === undefined) throw new Error('--webhook-basic-auth needs --webhook-url');
  const timeout = values['presence-timeout'];
  const seconds = timeout === undefined ? undefined : Number(timeout);
  if (seconds !== undefined && !(Number.isInteger(seconds) && seconds >= 0)) {
    throw new Error(`--presence-timeout must be a whole number of seconds (0 = never), got ${timeout}`);
  }
  return {
    ...(url !== undefined && { webhookUrl: url }),
    ...(basicAuth !== undefined && { webhookBasicAuth: basicAuth }),
    ...(seconds !== undefined && { presenceTimeout: seconds }),
  };
}
