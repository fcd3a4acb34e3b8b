import { useCallback, useEffect, useState } from 'react';

/**
 * A search box's text and the words to search for, which follow once the user pauses typing:
 * each keystroke is not worth a request on a weak connection. `onSettle` runs when they do; it
 * must be stable (a state setter, or wrapped in useCallback), or the wait restarts on every render.
 */
export function useSearchText(options: { delayMs?: number; onSettle?: () => void } = {}) {
  const { delayMs = 300, onSettle } = options;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQuery(text.trim());
      onSettle?.();
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs, onSettle]);
  /** Empties the box and the search at once, e.g. after a result is picked. */
  const clear = useCallback(() => {
    setText('');
    setQuery('');
  }, []);
  return { text, setText, query, clear };
}
