/**
 * Loads the avatar field's upload half (`AvatarUpload`: file picker, drop and paste) as a module whose default
 * export is the component, as `React.lazy` takes it. Called by the avatar field, and by the provider as soon as
 * it has `uploadAvatar`, so the chunk is there before the profile it waits for.
 *
 * @example
 * ```ts
 * const AvatarUpload = lazy(loadAvatarUpload);
 * ```
 */
export const loadAvatarUpload = () => import('./AvatarUpload').then((module) => ({ default: module.AvatarUpload }));
