export { type BackendClient, type BackendClientOptions, createBackendClient } from './createBackendClient';
export { type BackendUserClient, withBackend } from './withBackend';
