import { decodeCursor, encodeCursor, pageSize } from './pagination';

const limits = { defaultPageSize: 50, maxPageSize: 500 };

describe('cursors', () => {
  it.each([
    ['NEWEST_FIRST', { value: '2022-08-01', id: 'a' }],
    ['STRONGEST_EVIDENCE_FIRST', { value: 20_312, id: 'b' }],
    ['ACTOR_KEY', { value: '', id: 'c' }],
  ])('round-trip for %s', (order, key) => expect(decodeCursor(order, encodeCursor(order, key))).toEqual(key));

  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e: any) {
      return [e.extensions.code, e.extensions.field];
    }
    return null;
  };
  it.each([
    ['not base64', 'not a cursor!'],
    ['base64 of text', Buffer.from('hello').toString('base64url')],
    ['wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['another ordering', encodeCursor('OLDEST_FIRST', { value: 'x', id: 'y' })],
    ['empty id', Buffer.from('["NEWEST_FIRST","x",""]').toString('base64url')],
    ['too long', 'A'.repeat(401)],
  ])('%s is BAD_USER_INPUT on "after"', (_n, cursor) =>
    expect(code(() => decodeCursor('NEWEST_FIRST', cursor))).toEqual(['BAD_USER_INPUT', 'after']),
  );
});

describe('pageSize', () => {
  it.each([
    [undefined, 50],
    [null, 50],
    [0, 0],
    [500, 500],
  ])('%s → %s', (first, size) => expect(pageSize(first, limits)).toBe(size));
  it.each([[-1], [501], [1.5]])('%s is refused', (first) => expect(() => pageSize(first, limits)).toThrow(/first/));
});
