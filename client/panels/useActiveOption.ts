/** The highlighted option of a combobox's list, as in the search and the tie form's "Naar": ↑ and ↓ move it (↓ also opens the list), the mouse too. */
import { useState } from 'react';

export function useActiveOption(count: number, open: () => void) {
  const [active, setActive] = useState(0);
  /** Moves the highlight for ↑ and ↓; says whether the key was one of them. */
  const move = (event: React.KeyboardEvent): boolean => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
    event.preventDefault();
    if (event.key === 'ArrowDown') {
      open();
      setActive((index) => Math.min(count - 1, index + 1));
    } else setActive((index) => Math.max(0, index - 1));
    return true;
  };
  /** What each option of the list carries: its id for aria-activedescendant, the highlight, and the mouse choosing it (without taking the focus from the field). */
  const optionProps = (listId: string, index: number, choose: (index: number) => void) => ({
    id: `${listId}-${index}`,
    role: 'option',
    'aria-selected': index === active,
    className: index === active ? 'is-active' : undefined,
    onMouseDown: (event: React.MouseEvent) => event.preventDefault(),
    onMouseEnter: () => setActive(index),
    onClick: () => choose(index),
  });
  /** What the field carries: a combobox over the list `listId`, pointing at the highlighted option while the list is open. */
  const fieldProps = (listId: string, expanded: boolean) => ({
    type: 'search',
    role: 'combobox',
    autoComplete: 'off',
    'aria-autocomplete': 'list' as const,
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded && active < count ? `${listId}-${active}` : undefined,
  });
  return { active, setActive, move, optionProps, fieldProps };
}
