export { type AuthTokenInfo, createRestClient, type RestClient, type RestClientOptions } from './createRestClient';
