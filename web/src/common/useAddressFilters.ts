import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the address, so that a link or a reload shows the same list: the
 * parameters, the page (from 1), and a setter that changes one filter and returns to the first page.
 */
export function useAddressFilters() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const setFilter = (name: string, value: string | undefined) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'page') next.delete('page');
      return next;
    }, { replace: true });
  };
  return { params, page, setFilter };
}
