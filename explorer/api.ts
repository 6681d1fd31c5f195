/**
 * The explorer's only way to the data: POSTs to /graphql with a JSON body, as any front-end
 * client would (a JSON content-type also satisfies Apollo's CSRF prevention).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
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
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`The server answered ${res.status} with no data.`, 'BAD_RESPONSE');
  return body.data;
}
