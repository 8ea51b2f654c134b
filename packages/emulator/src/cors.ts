import type { MiddlewareHandler } from 'hono';

/** The request headers the official SDK and profilekit's clients send. */
const ALLOWED_HEADERS = [
  'appId',
  'apiKey',
  'authToken',
  'resource',
  'sdk',
  'onBehalfOf',
  'chatApiVersion',
  'Content-Type',
  'Accept',
  'Accept-Language',
  'Cache-Control',
];
const EXPOSED_HEADERS = ['Retry-After', 'X-Rate-Limit', 'X-Rate-Limit-Remaining', 'X-Rate-Limit-Reset'];
const METHODS = 'GET, POST, PUT, DELETE, OPTIONS';

/**
 * CORS for browser apps: any origin (reflected, so credentialed requests work too), the SDK's headers,
 * the rate-limit headers readable; preflights answered with 204.
 */
export function cors(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const headers: Record<string, string> = {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    };
    if (origin) {
      headers['Access-Control-Allow-Credentials'] = 'true';
      headers.Vary = 'Origin';
    }
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...headers,
          'Access-Control-Allow-Methods': METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
          'Access-Control-Max-Age': '600',
        },
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
