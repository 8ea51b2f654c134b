export { DeleteUserDialog, type DeleteUserDialogProps } from './DeleteUserDialog';
export { UserDangerZone, type UserDangerZoneProps } from './UserDangerZone';
