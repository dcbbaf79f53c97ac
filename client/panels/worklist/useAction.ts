/** A button's action on the work list: busy while it runs, and the server's refusal as a Dutch sentence to show beside it. */
import { useState } from 'react';
import { ApiError } from '../../core/api/index.ts';
import { errorSentence } from '../../i18n/api-errors.ts';
import { nl } from '../../i18n/nl.ts';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (reason) {
      setError(reason instanceof ApiError ? errorSentence(reason) : nl.errors.unknown);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
