import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../api/client.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** Fetches again, e.g. after a write changed what the server would return. */
  reload: () => void;
}

/**
 * Loads data for a component and keeps loading / error / data in step with `key`: when the key
 * changes, the earlier request is cancelled so a slow answer cannot overwrite a newer one.
 * Pass key null to load nothing.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [result, setResult] = useState<{ key: string | null; data?: T; error?: unknown }>({ key: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setResult({ key, data }),
      (error: unknown) => {
        if (!isAbort(error)) setResult({ key, error });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the key says when the request really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const isCurrent = key !== null && result.key === key;
  return {
    data: isCurrent ? result.data : undefined,
    error: isCurrent ? result.error : undefined,
    isLoading: key !== null && !isCurrent,
    reload,
  };
}
