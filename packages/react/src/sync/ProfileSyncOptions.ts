/** What the provider keeps live (`sync` of {@link ProfileKitProvider}). */
export interface ProfileSyncOptions {
  /**
   * Share changes, logins and logouts with the other tabs of this origin (`BroadcastChannel`, else the
   * `storage` event), and refetch the current user when a hidden tab is shown again (at most every 5 s).
   * Default: `true`.
   */
  tabs?: boolean;
  /**
   * Follow your backend's event stream (`client.subscribeToEvents`, e.g. `withBackend`) while a user is logged
   * in: admins' changes, other devices' edits and presence arrive within a second. Default: `true` when the
   * client has `subscribeToEvents`.
   */
  backend?: boolean;
  /**
   * Follow the official SDK's own user listener (`client.subscribeToPresence`, e.g. `createSdkClient`, alone or
   * in `withBackend`) while the provider is mounted: `usePresence` and every cached copy of a user change status
   * as CometChat's socket reports it, without a request. Runs beside `backend` (the same presence twice is
   * harmless). Default: `true` when the client has `subscribeToPresence`.
   */
  presence?: boolean;
  /** The channel's name: tabs of one origin share changes when they use the same one. Default: `'profilekit'`. */
  channel?: string;
}
