import { type SignedOutReason, useCurrentUser } from '@profilekit/react';
import { useDemoMessages } from '../i18n/useDemoMessages';

/** Why the kit signed this tab out (another tab's logout, an admin's deactivation), until someone logs in. */
export function SignedOutNotice({ reason }: { reason: SignedOutReason | undefined }) {
  const { data: me } = useCurrentUser();
  const t = useDemoMessages();
  if (!reason || me) return null;
  const text =
    reason === 'deactivated'
      ? t.signedOutDeactivated
      : reason === 'deleted'
        ? t.signedOutDeleted
        : t.signedOutElsewhere;
  return (
    <p role="alert" className="pk-alert demo-signed-out">
      {text}
    </p>
  );
}
