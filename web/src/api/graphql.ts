import type { TypedDocumentString } from '../gql/graphql';

/** One error as the API codes it (`extensions.code`, and `field` for bad input). */
export interface ApiProblem {
  code: string;
  message: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(readonly problems: ApiProblem[]) {
    super(problems[0]?.message ?? 'API error');
  }
  get code(): string {
    return this.problems[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
  /** The first problem with each input field, by field (`input.iin` and `iin` alike: the form knows no `input`). */
  get fields(): Record<string, ApiProblem> {
    const byField: Record<string, ApiProblem> = {};
    for (const problem of this.problems) {
      const field = problem.field?.replace(/^input\./, '');
      if (field && !byField[field]) byField[field] = problem;
    }
    return byField;
  }
}

interface Transport {
  token(): string | undefined;
  language(): string;
  /** Told when the API refuses the session, so the console can ask to sign in again. */
  onUnauthenticated(): void;
}

let transport: Transport = { token: () => undefined, language: () => 'ru', onUnauthenticated: () => {} };

export function configureTransport(next: Transport): void {
  transport = next;
}

type Json = Record<string, unknown>;

export interface RequestOptions {
  /** Take the data when every error is a field refused (FORBIDDEN, left null): a record the API shows only in part. */
  partial?: boolean;
}

/** Sends one operation to /graphql; any error answered becomes an ApiError (but refused fields, when `partial`). */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V, { partial = false }: RequestOptions = {}): Promise<R> {
  const token = transport.token();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': transport.language(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      // The id lets a server that runs only the console's own operations find this one (PERSISTED_OPERATIONS_ONLY).
      body: JSON.stringify({ query: document.toString(), documentId: document.__meta__?.hash, variables }),
    });
  } catch {
    throw new ApiError([{ code: 'NETWORK', message: 'The server does not answer' }]);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: { message: string; path?: unknown[]; extensions?: Json }[] };
  // A refused nested field is left null; a refused operation (a path of one) is still an error.
  const refusedFieldsOnly = body.errors?.every((error) => error.extensions?.code === 'FORBIDDEN' && (error.path?.length ?? 0) > 1);
  if (partial && body.data && refusedFieldsOnly) return body.data;
  if (body.errors?.length) {
    const problems = body.errors.map((error) => ({
      code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
      message: error.message,
      field: typeof error.extensions?.field === 'string' ? error.extensions.field : undefined,
    }));
    if (token && problems.some((problem) => problem.code === 'UNAUTHENTICATED')) transport.onUnauthenticated();
    throw new ApiError(problems);
  }
  if (!body.data) throw new ApiError([{ code: response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', message: response.statusText }]);
  return body.data;
}
