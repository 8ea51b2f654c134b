import type { KeyboardEvent } from 'react';

const focusable = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog's keys: Escape cancels (the browser's own `cancel` event does too; this also covers key events
 * scripts send), and Tab and Shift+Tab cycle through the dialog's controls instead of leaving for the browser's.
 */
export function dialogKeyDown(
  event: KeyboardEvent,
  dialog: HTMLElement | null,
  cancel: (event: KeyboardEvent) => void,
) {
  if (event.key === 'Escape') {
    event.stopPropagation();
    cancel(event);
    return;
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
