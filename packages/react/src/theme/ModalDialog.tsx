import { type ReactNode, useId, useRef } from 'react';
import { dialogKeyDown } from './dialogKeyDown';
import { usePkClass } from './usePkClass';

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  /** `alertdialog` for a confirmation that interrupts; default `dialog`. */
  role?: 'dialog' | 'alertdialog';
  title: ReactNode;
  /** Read out with the title (`aria-describedby`). */
  description?: ReactNode;
  className?: string;
  /** Escape, or the dialog's own Cancel. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal dialog over a backdrop: titled (and described) by its own text, Escape cancels, and Tab stays
 * inside. The caller moves focus in (to the control a person needs first).
 */
export function ModalDialog({ role = 'dialog', title, description, className, onCancel, children }: ModalDialogProps) {
  const pk = usePkClass();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  return (
    <div className={pk('pk-dialog-backdrop')}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useAriaPropsSupportedByRole: role is dialog or alertdialog, from a prop the linter cannot read */}
      <div
        ref={dialog}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description === undefined ? undefined : `${id}-description`}
        className={pk(className ? `pk-dialog ${className}` : 'pk-dialog')}
        onKeyDown={(event) => dialogKeyDown(event, dialog.current, onCancel)}
      >
        <h2 id={`${id}-title`} className={pk('pk-dialog-title')}>
          {title}
        </h2>
        {description !== undefined && <p id={`${id}-description`}>{description}</p>}
        {children}
      </div>
    </div>
  );
}
