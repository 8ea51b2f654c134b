import type { KeyboardEvent } from 'react';

const focusable = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** A modal dialog's keys: Escape cancels; Tab and Shift+Tab cycle through the dialog's controls only. */
export function dialogKeyDown(event: KeyboardEvent, dialog: HTMLElement | null, onCancel: () => void) {
  if (event.key === 'Escape') {
    event.stopPropagation();
    onCancel();
  }
  if (event.key !== 'Tab' || !dialog) return;
  const parts = [...dialog.querySelectorAll<HTMLElement>(focusable)];
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
