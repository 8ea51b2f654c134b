import { type ReactNode, type SyntheticEvent, useId, useLayoutEffect, useRef } from 'react';
import { usePkClass } from '../theme/usePkClass';
import { dialogKeyDown } from './dialogKeyDown';

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
 * A native `<dialog>` opened with `showModal()` while it is mounted: the page behind it is inert (no focus, no
 * clicks, out of the accessibility tree), Escape cancels, Tab cycles through its controls, and when it goes,
 * focus returns to the control that had it when the dialog opened — unless the caller moved focus elsewhere
 * (after a delete, the heading). The caller moves focus in (to the control a person needs first).
 */
export function ModalDialog({ role = 'dialog', title, description, className, onCancel, children }: ModalDialogProps) {
  const pk = usePkClass();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement;
    // jsdom has no showModal: there the dialog is only open, not modal.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      const focus = document.activeElement;
      const focusLeftWithDialog = focus === null || focus === document.body || element.contains(focus);
      if (typeof element.close === 'function') element.close();
      if (focusLeftWithDialog && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const cancel = (event: SyntheticEvent) => {
    // The dialog closes when React unmounts it, not on its own: the caller's state stays the truth.
    event.preventDefault();
    onCancelRef.current();
  };

  return (
    <dialog
      ref={dialog}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={description === undefined ? undefined : `${id}-description`}
      className={pk(className ? `pk-dialog ${className}` : 'pk-dialog')}
      onCancel={cancel}
      onKeyDown={(event) => dialogKeyDown(event, dialog.current, cancel)}
    >
      <h2 id={`${id}-title`} className={pk('pk-dialog-title')}>
        {title}
      </h2>
      {description !== undefined && <p id={`${id}-description`}>{description}</p>}
      {children}
    </dialog>
  );
}
