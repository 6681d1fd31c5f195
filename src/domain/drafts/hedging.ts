/**
 * The hedging table: the wordings that make a transfer draft, and the status each gives. Hedging
 * is data: "hinted interest in sending" is PROPOSED, "will send" PLANNED, "agreed to buy"
 * ORDERED, "in the process of buying" IN_PROGRESS, "took delivery of" DELIVERED. Every row is
 * documented in docs/drafting.md and tested in hedging.spec.ts.
 */

/** Which party a trigger's grammatical subject is: the supplier, the recipient, or (passive) the item. */
export type SubjectRole = 'supplier' | 'recipient' | 'item';

export type Status = 'PROPOSED' | 'PLANNED' | 'ORDERED' | 'IN_PROGRESS' | 'DELIVERED' | 'CANCELLED';

interface VerbForms {
  base: string;
  s: string;
  ing: string;
  past: string;
  pp: string;
}

const forms = (base: string, s: string, ing: string, past: string, pp = past): VerbForms => ({
  base,
  s,
  ing,
  past,
  pp,
});

/** Verbs whose subject gives: "Iran sent drones to Russia". */
const SUPPLY: VerbForms[] = [
  forms('send', 'sends', 'sending', 'sent'),
  forms('supply', 'supplies', 'supplying', 'supplied'),
  forms('provide', 'provides', 'providing', 'provided'),
  forms('deliver', 'delivers', 'delivering', 'delivered'),
  forms('ship', 'ships', 'shipping', 'shipped'),
  forms('transfer', 'transfers', 'transferring', 'transferred'),
  forms('sell', 'sells', 'selling', 'sold'),
  forms('give', 'gives', 'giving', 'gave', 'given'),
  forms('donate', 'donates', 'donating', 'donated'),
  forms('export', 'exports', 'exporting', 'exported'),
  forms('hand over', 'hands over', 'handing over', 'handed over'),
  forms('dispatch', 'dispatches', 'dispatching', 'dispatched'),
  forms('smuggle', 'smuggles', 'smuggling', 'smuggled'),
  forms('pay', 'pays', 'paying', 'paid'),
  forms('lend', 'lends', 'lending', 'lent'),
  forms('funnel', 'funnels', 'funnelling|funneling', 'funnelled|funneled'),
];

/** Verbs whose subject receives: "Russia bought shells from North Korea". */
const ACQUIRE: VerbForms[] = [
  forms('buy', 'buys', 'buying', 'bought'),
  forms('purchase', 'purchases', 'purchasing', 'purchased'),
  forms('acquire', 'acquires', 'acquiring', 'acquired'),
  forms('obtain', 'obtains', 'obtaining', 'obtained'),
  forms('receive', 'receives', 'receiving', 'received'),
  forms('import', 'imports', 'importing', 'imported'),
  forms('procure', 'procures', 'procuring', 'procured'),
  forms('take delivery of', 'takes delivery of', 'taking delivery of', 'took delivery of', 'taken delivery of'),
];

const any = (verbs: VerbForms[], form: keyof VerbForms) => verbs.map((v) => v[form]).join('|');

/** One row of the table: a wording, the status it gives, and how sure it is. */
export interface HedgeRule {
  /** the wording, for the documentation and the reasons: "{ing}" stands for the verb */
  readonly wording: string;
  readonly status: Status;
  /** Admiralty credibility the wording suggests (2 probably true, 3 possibly true, 4 doubtful) */
  readonly credibility: number;
  /** regular expression source; the verb is the group named v */
  readonly pattern: string;
  /** passive rows: the subject is the item */
  readonly passive?: boolean;
}

const ADV = String.raw`(?:\s+(?:also|already|now|reportedly|allegedly|recently|secretly|quietly|since|then|soon|further|previously|again|even|still|officially|formally|covertly|apparently)){0,2}`;
const AUX_BE = String.raw`(?:is|are|was|were)`;
const AUX_HAVE = String.raw`(?:has|have|had)`;

/** The rows, most specific first: the first row that matches a span wins it. */
function rows(verbs: VerbForms[]): HedgeRule[] {
  const base = `(?<v>${any(verbs, 'base')})`;
  const ingOrToBase = `(?<v>${any(verbs, 'ing')}|to\\s+(?:${any(verbs, 'base')}))`;
  const ing = `(?<v>${any(verbs, 'ing')})`;
  const pp = `(?<v>${any(verbs, 'pp')})`;
  const past = `(?<v>${any(verbs, 'past')})`;
  const s = `(?<v>${any(verbs, 's')})`;
  const rule = (wording: string, status: Status, credibility: number, pattern: string, passive = false): HedgeRule => ({
    wording,
    status,
    credibility,
    pattern,
    passive,
  });
  return [
    rule(
      'could have / may have / might have {pp}',
      'DELIVERED',
      4,
      String.raw`\b(?:could|may|might)\s+have(?:\s+been)?${ADV}\s+${pp}`,
    ),
    rule(
      'is believed / thought / suspected / alleged to have {pp}',
      'DELIVERED',
      3,
      String.raw`\b${AUX_BE}\s+(?:believed|thought|suspected|alleged|said|reported|understood|known)\s+to\s+have${ADV}\s+${pp}`,
    ),
    rule('in the process of {ing}', 'IN_PROGRESS', 2, String.raw`\bin\s+the\s+process\s+of\s+${ing}`),
    rule(
      'has begun / started {ing} (or to {base})',
      'IN_PROGRESS',
      2,
      String.raw`\b(?:${AUX_HAVE}\s+)?(?:begun|began|begins|begin|started|starts|start|continues|continued|continue|keeps|kept)\s+${ingOrToBase}`,
    ),
    rule(
      'hinted interest in {ing}',
      'PROPOSED',
      2,
      String.raw`\b(?:hinted|hints|hinting|expressed|expresses|showed|shown|shows|signalled|signaled|voiced)\s+(?:at\s+)?(?:an?\s+|their\s+|its\s+)?(?:\w+\s+)?interest\s+in\s+${ing}`,
    ),
    rule(
      'is considering / weighing / exploring {ing}',
      'PROPOSED',
      2,
      String.raw`\b(?:(?:${AUX_BE}|${AUX_HAVE}\s+been)\s+)?(?:considering|mulling|weighing|exploring|discussing|discussed|considered|considers|consider)\s+${ing}`,
    ),
    rule(
      'offered / proposed / sought to {base}',
      'PROPOSED',
      2,
      String.raw`\b(?:offered|offers|offer|proposed|proposes|sought|seeks|seeking|hopes|hoped|hoping|wants|wanted|in\s+talks|negotiating)\s+to\s+${base}`,
    ),
    rule(
      'could / might look to {base}',
      'PROPOSED',
      3,
      String.raw`\b(?:could|might|may)${ADV}\s+(?:look|seek|try|want|hope|decide)\s+to\s+${base}`,
    ),
    rule(
      'is looking / seeking to {base}',
      'PROPOSED',
      2,
      String.raw`\b${AUX_BE}\s+(?:looking|seeking|hoping|aiming|trying)\s+to\s+${base}`,
    ),
    rule('could / might / may {base}', 'PROPOSED', 3, String.raw`\b(?:could|might|may)${ADV}\s+${base}\b(?!\s+have)`),
    rule(
      'agreed / signed a deal to {base}',
      'ORDERED',
      2,
      String.raw`\b(?:${AUX_HAVE}\s+)?(?:agreed|agrees|agree|signed\s+(?:an?\s+)?(?:[\w$-]+\s+){0,3}(?:deal|contract|agreement|accord|memorandum))\s+to\s+${base}`,
    ),
    rule(
      'is preparing / set / due / expected to {base}',
      'PLANNED',
      2,
      String.raw`\b${AUX_BE}(?:\s+\w+ly)?\s+(?:preparing|set|due|expected|poised|going|about|scheduled|planning|ready|likely)\s+to\s+${base}`,
    ),
    rule(
      'plans / intends / pledged / promised / decided to {base}',
      'PLANNED',
      2,
      String.raw`\b(?:plans?|planned|planning|intends?|intended|pledged|pledges?|promised|promises?|vowed|vows|decided|decides|committed|approved|approves|aims?|aimed|prepares|prepared)\s+to\s+${base}`,
    ),
    rule(
      'will / would / is to {base}',
      'PLANNED',
      2,
      String.raw`\b(?:will|would|shall|is\s+to|are\s+to)${ADV}\s+${base}\b`,
    ),
    rule(
      'will be {pp} (passive)',
      'PLANNED',
      2,
      String.raw`\b(?:will|would|is\s+to|are\s+to)\s+be${ADV}\s+${pp}`,
      true,
    ),
    rule('is being {pp} (passive)', 'IN_PROGRESS', 2, String.raw`\b${AUX_BE}\s+being${ADV}\s+${pp}`, true),
    rule(
      'was / were / has been {pp} (passive)',
      'DELIVERED',
      2,
      String.raw`\b(?:${AUX_BE}|${AUX_HAVE}\s+been|being|been)${ADV}\s+${pp}(?=\s+(?:to|by|from|for|in|into|via|through|at|across|over|on)\b)`,
      true,
    ),
    rule('is {ing}', 'IN_PROGRESS', 2, String.raw`\b(?:${AUX_BE}|${AUX_HAVE}\s+been)${ADV}\s+${ing}`),
    rule(
      'did not {base} (denied)',
      'DELIVERED',
      2,
      String.raw`\b(?:did|does|do|has|have|had)(?:\s+not|\s+never|n[’']t)\s+${base}\b`,
    ),
    rule('has {pp}', 'DELIVERED', 2, String.raw`\b${AUX_HAVE}${ADV}\s+${pp}`),
    rule('{past}', 'DELIVERED', 2, String.raw`\b${past}\b`),
    // forms that are mostly plural nouns ("supplies have tightened") are not verbs here
    rule(
      '{s} (present)',
      'IN_PROGRESS',
      2,
      String.raw`\b(?!(?:supplies|ships|exports|imports|transfers|purchases|funnels|pays)\b)${s}\b`,
    ),
    rule(
      'accused of / denied {ing}',
      'DELIVERED',
      2,
      String.raw`\b(?:of|denied|denies|deny|denying|admitted|admits|over|for)\s+(?:\w+\s+)?${ing}`,
    ),
  ];
}

export interface HedgeTable {
  readonly role: SubjectRole;
  readonly rule: HedgeRule;
  readonly regex: RegExp;
}

/** The compiled table: each row for supply verbs (subject supplies) and acquire verbs (subject receives). */
export const HEDGING: readonly HedgeTable[] = (() => {
  const out: HedgeTable[] = [];
  const supply = rows(SUPPLY);
  const acquire = rows(ACQUIRE);
  for (let i = 0; i < supply.length; i++) {
    for (const [role, rule] of [
      ['supplier', supply[i]],
      ['recipient', acquire[i]],
    ] as const) {
      out.push({ role: rule.passive ? 'item' : role, rule, regex: new RegExp(rule.pattern, 'giu') });
    }
  }
  // an order is ORDERED whatever its tense ("Taiwan has also ordered 66 F-16s"), but not an order to act
  const ordered: HedgeRule = {
    wording: 'ordered / has ordered / placed an order for {Y}',
    status: 'ORDERED',
    credibility: 2,
    pattern: String.raw`\b(?:(?:has|have|had)\s+)?(?:also\s+|already\s+|since\s+|now\s+)?(?<v>ordered|orders|placed\s+(?:an?\s+)?(?:\w+\s+)?orders?\s+for)\b(?!\s+(?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)*\s+to\s)`,
  };
  out.push({ role: 'recipient', rule: ordered, regex: new RegExp(ordered.pattern, 'giu') });
  // a pledge or a promise of things is PLANNED ("Norway said it had pledged eight tanks")
  const pledged: HedgeRule = {
    wording: 'pledged / promised {Y}',
    status: 'PLANNED',
    credibility: 2,
    pattern: String.raw`\b(?:(?:has|have|had)\s+)?(?:also\s+|already\s+|now\s+)?(?<v>pledged|pledges|promised|promises)\b(?!\s+to\b)`,
  };
  out.push({ role: 'supplier', rule: pledged, regex: new RegExp(pledged.pattern, 'giu') });
  // "Turkey flew Syrian fighters to Libya": flying things somewhere is delivering them (not "the air force flies jets")
  const flew: HedgeRule = {
    wording: 'flew / airlifted {Y} to Z',
    status: 'DELIVERED',
    credibility: 2,
    pattern: String.raw`\b(?:(?:has|have|had)\s+)?(?:also\s+|already\s+)?(?<v>flew|flown|airlifted|airlifts)\b(?=[^.;]*\bto\b)`,
  };
  out.push({ role: 'supplier', rule: flew, regex: new RegExp(flew.pattern, 'giu') });
  const offered: HedgeRule = {
    wording: 'offered / pitched / proposed {Y}',
    status: 'PROPOSED',
    credibility: 2,
    pattern: String.raw`\b(?:(?:has|have|had)\s+)?(?:also\s+|already\s+|now\s+)?(?<v>offered|offers|pitched|proposed|proposes)\b(?!\s+to\b)`,
  };
  out.push({ role: 'supplier', rule: offered, regex: new RegExp(offered.pattern, 'giu') });
  return out;
})();

/** Any form of any verb of the table: a sentence without one skips the table's rows. */
export const ANY_VERB = new RegExp(
  `\\b(?:ordered|orders|pledged|pledges|promised|promises|offered|offers|pitched|proposed|proposes|flew|flown|airlifted|airlifts|${[...SUPPLY, ...ACQUIRE].flatMap((v) => [v.base, v.s, v.ing, v.past, v.pp]).join('|')})\\b`,
  'i',
);

/** Whether a passive row's verb gives (the item went to the phrase after "to") or receives. */
export const SUPPLY_VERB = new RegExp(`^(?:${any(SUPPLY, 'pp')})$`, 'i');
