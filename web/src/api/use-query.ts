import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request, type RequestOptions } from './graphql';

export interface QueryState<R> {
  data?: R;
  error?: ApiError;
  loading: boolean;
  reload(): void;
}

/** Runs a query when mounted and whenever its variables change; `skip` holds it back. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, { skip = false, partial = false }: { skip?: boolean } & RequestOptions = {}): QueryState<R> {
  const [state, setState] = useState<{ data?: R; error?: ApiError; loading: boolean }>({ loading: !skip });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    request(document, JSON.parse(key) as V, { partial }).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: error instanceof ApiError ? error : new ApiError([{ code: 'INTERNAL_SERVER_ERROR', message: String(error) }]), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [document, key, skip, partial, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
