/** What every form of the work list has: the sentence about no field above it, and its send and cancel buttons. */
import { nl } from '../../i18n/nl.ts';

export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="form-message" role="alert">
      {message}
    </div>
  );
}

export function FormButtons({ submit, busy, onCancel }: { submit: string; busy: boolean; onCancel: () => void }) {
  return (
    <div className="button-row">
      <button type="submit" className="button primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {nl.worklist.actions.cancel}
      </button>
    </div>
  );
}
