/** Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo the last change on the map, unless the focus is in a field. */
import { useEffect } from 'react';
import { redoLast, undoLast } from '../../core/app/undo.ts';
import { typingIn, undoKey } from '../../core/keyboard/index.ts';

export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = undoKey(event);
      if (!action || event.defaultPrevented || typingIn(event.target)) return;
      event.preventDefault();
      void (action === 'undo' ? undoLast() : redoLast());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
