// @profilekit/core/dev: the Auth Key for development (emulator, test apps). A production build that never imports it
// carries no Auth Key code at all, and one that does refuses to start.
export { type DevAuthKeyClient, withDevAuthKey } from './withDevAuthKey';
