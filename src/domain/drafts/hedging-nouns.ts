import type { Status, SubjectRole } from './hedging';

/**
 * The nouns of the hedging table: wordings that make a transfer without one of its verbs ("Russia's
 * purchase of drones from Iran", "approved the possible sale to Taiwan of…", "cancelled its
 * order"). Documented with the verbs in docs/drafting.md.
 */
/** Nouns that make a transfer by themselves: "Russia's purchase of drones from Iran". */
/** Most specific first: the first pattern that takes a word wins it. */
export const NOMINAL: readonly { pattern: RegExp; role: SubjectRole; status: Status; wording: string }[] = [
  {
    wording: 'X signed a contract / deal with Z for Y',
    pattern:
      /\b(?:signed|signs|sign|concluded|agreed)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,3}?(?:contract|deal|agreement|accord)\s+with\b/giu,
    role: 'recipient',
    status: 'ORDERED',
  },
  {
    wording: 'X signed a contract / deal for Y (from Z)',
    pattern:
      /\b(?:signed|signs|sign|concluded)\s+(?:an?\s+|the\s+)?(?:[\w€$£.,-]+\s+){0,4}?(?:contract|deal|agreement)s?\s+(?:(?:on|in|last|this)\s+\w+\s+)?for\b/giu,
    role: 'recipient',
    status: 'ORDERED',
  },
  {
    wording: 'approved the possible sale to Z of Y',
    pattern:
      /\bapprov(?:ed|es|al\s+of)\s+(?:the\s+|a\s+)?(?:possible|potential|proposed)?\s*(?:sales?|transfers?|exports?)\s+(?:to|of)\b/giu,
    role: 'supplier',
    status: 'PROPOSED',
  },
  {
    wording: 'paused / delayed a shipment of Y (to Z)',
    pattern:
      /\b(?:paused|pauses|delayed|delays|held\s+up|holds\s+up|withheld|withholds)\s+(?:the\s+|a\s+|its\s+)?(?:shipments?|deliver(?:y|ies)|transfers?|sales?)\s+of\b/giu,
    role: 'supplier',
    status: 'ORDERED',
  },
  {
    wording: "X's purchase / acquisition of Y (from Z)",
    pattern: /\b(?:purchases?|acquisitions?|procurement|imports?)\s+of\b/giu,
    role: 'recipient',
    status: 'DELIVERED',
  },
  {
    wording: "X's order of / for Y (from Z)",
    pattern: /\b(?:(?:new\s+)?orders?)\s+(?:of|for)\b/giu,
    role: 'recipient',
    status: 'ORDERED',
  },
  {
    wording: 'the delivery / shipment / transfer of Y (to Z)',
    pattern:
      /\b(?:deliver(?:y|ies)|shipments?|transfers?|supplies|supply|provision|donations?)\s+(?:(?:in|during|earlier|last|this)\s+(?:[\w-]+\s+){0,3}?)?of\b/giu,
    role: 'supplier',
    status: 'DELIVERED',
  },
  {
    wording: 'the sale of Y (to Z)',
    pattern: /\b(?:sales?|exports?)\s+of\b/giu,
    role: 'supplier',
    status: 'ORDERED',
  },
];

/** "Egypt cancelled its order of Su-35s": CANCELLED, the subject the recipient unless the deal is "to" someone. */
export const CANCELLATION =
  /\b(?:cancell?ed|cancels|scrapped|scraps|halted|halts|suspended|suspends|froze|freezes|abandoned|terminated|called\s+off)\s+(?:the\s+|its\s+|an?\s+|their\s+|all\s+|further\s+)?(?:[\w-]+\s+){0,3}?(?:orders?|deals?|contracts?|purchases?|sales?|deliver(?:y|ies)|shipments?|exports?|transfers?|supplies)\b/giu;
