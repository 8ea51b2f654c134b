export { assertServerSide, isBrowser } from './assertServerSide';
export { type AuthTokenInfo, createRestClient, type RestClient, type RestClientOptions } from './createRestClient';
