/**
 * Every length limit, page size and cap of the API, in one place. The input decorators
 * (@MaxLength), the write services, the cost rules, the defaults of the configuration and the
 * descriptions in schema.graphql all read them from here, so a limit is changed once. Where a
 * value is configurable (page sizes, operation limits), this is its documented default.
 */

/** The longest text each kind of field takes, in characters. */
export const LENGTH = {
  /** keys of actors and sources, and API key names */
  key: 100,
  /** a reference to a source by key or id in a citation */
  sourceRef: 150,
  /** names, aliases, publishers, designations, quantity wording, locators */
  name: 200,
  /** items, attributions, retraction reasons */
  shortText: 300,
  /** a claim's context: the setting, or a dataset's comment on the deal (SIPRI's run to 374) */
  context: 2000,
  /** source titles */
  title: 500,
  url: 2000,
  quote: 5000,
  /** actor descriptions */
  description: 10_000,
  /** a source's full text */
  text: 1_000_000,
} as const;

/** Connections (`first`): the defaults of SUPPLYLINE_DEFAULT_PAGE_SIZE and SUPPLYLINE_MAX_PAGE_SIZE. */
export const PAGE = { defaultSize: 50, maxSize: 500 } as const;

/** `search(first:)` and how many words of a query are used. */
export const SEARCH = { defaultFirst: 20, maxFirst: 100, maxTerms: 12 } as const;

/** supplyNetwork and supplyChains. */
export const NETWORK = { maxDepth: 4, defaultMaxNodes: 200, maxNodes: 1000, maxHops: 4, maxChains: 50 } as const;

/** What one operation may ask: the defaults of the SUPPLYLINE_MAX_* settings. */
export const OPERATION = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxFields: 2_000,
  maxTokens: 5_000,
  maxCost: 250_000,
} as const;

/**
 * Every argument: the longest list (enum filters, `around`, citations, chains…) and, in queries,
 * the longest string (search text, names, filter words). Write inputs have their LENGTH limits.
 */
export const ARGUMENT = { maxListItems: 100, maxQueryString: 1_000 } as const;

/** A number as descriptions write it: 1,000,000. */
/**
 * The heap of `npm run export` (MB). Exports stream and hold nothing that grows with the data,
 * but V8 lets an unbounded heap grow to hundreds of MB before collecting (334 MB resident for a
 * million-transfer dump); bounded, a full dump stays under 256 MB at any size.
 */
export const EXPORT_HEAP_MB = 128;

export const count = (n: number): string => n.toLocaleString('en-US');
