/**
 * The explorer's (and the draft page's) only way to the data: POSTs to /graphql with a JSON body, as any front-end
 * client would (a JSON content-type also satisfies Apollo's CSRF prevention).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** The input the server names as wrong (extensions.field), e.g. "corrections.supplier". */
    readonly field?: string,
  ) {
    super(message);
  }
}

interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** `headers` are added to the request's (the draft page sends its editor key in Authorization). */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server could not be reached.', 'NETWORK');
  }
  let body: GraphQLResult<T>;
  try {
    body = (await res.json()) as GraphQLResult<T>;
  } catch {
    throw new ApiError(`The server answered ${res.status} without a GraphQL result.`, 'BAD_RESPONSE');
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code, first.extensions?.field);
  }
  if (!body.data) throw new ApiError(`The server answered ${res.status} with no data.`, 'BAD_RESPONSE');
  return body.data;
}
