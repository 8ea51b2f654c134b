// @profilekit/core/backend: the browser's client of your `@profilekit/server` routes, and the composition of a
// CometChat client with it. Only apps that run that backend load it; a browser app without one never pays for it.

export { type BulkCreateOutcome, type BulkCreateResult, MAX_BULK_CREATE } from './bulkCreate';
export { type BackendClient, type BackendClientOptions, createBackendClient } from './createBackendClient';
export type { EventStreamOptions } from './readEventStream';
export { type BackendUserClient, withBackend } from './withBackend';
