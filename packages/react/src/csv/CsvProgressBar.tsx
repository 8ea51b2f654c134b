import { usePkClass } from '../theme/usePkClass';
import type { CsvProgress } from './exportUsersCsv';

/** A labelled progress bar with its text beside it, and a cancel button. */
export function CsvProgressBar({
  progress,
  label,
  cancelLabel,
  onCancel,
}: {
  progress: CsvProgress | undefined;
  label: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  const pk = usePkClass();
  const total = Math.max(progress?.total ?? 0, progress?.done ?? 0);
  return (
    <div className={pk('pk-csv-progress')}>
      <progress
        className={pk('pk-progress')}
        aria-label={label}
        max={total || undefined}
        value={total ? (progress?.done ?? 0) : undefined}
      />
      <span className={pk('pk-hint')}>{label}</span>
      <button type="button" className={pk('pk-button pk-button-secondary')} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
