export { isAllowedHost } from './isAllowedHost';
export { isAllowedOrigin } from './isAllowedOrigin';
export { loopbackHosts } from './loopbackHosts';
