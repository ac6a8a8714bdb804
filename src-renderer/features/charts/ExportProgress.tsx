// What an export says while and after it runs: a progress bar with its count and Cancel, the
// outcome as a status, a failure as an alert. The charts' export and the drawing's share it.
import './charts.css';

export interface ExportProgressProps {
  progress: { done: number; total: number } | null;
  /** The progress bar's accessible name. */
  label: string;
  /** The count beside it, e.g. "3 of 16 files". */
  count(done: number, total: number): string;
  cancelLabel: string;
  onCancel(): void;
  message: string | null;
  error: string | null;
}

export function ExportProgress(p: ExportProgressProps) {
  return (
    <>
      {p.progress && (
        <span className="export-progress">
          <progress value={p.progress.done} max={p.progress.total} aria-label={p.label} />
          <span>{p.count(p.progress.done, p.progress.total)}</span>
          <button type="button" onClick={p.onCancel}>
            {p.cancelLabel}
          </button>
        </span>
      )}
      <span className="export-status" role="status">
        {p.message}
      </span>
      {p.error && (
        <span className="export-error" role="alert">
          {p.error}
        </span>
      )}
    </>
  );
}
