/**
 * What an item is, from its words: the first row whose words the item holds, in this order
 * (so "air defence missiles" is AIR_DEFENCE and "rockets and artillery shells" AMMUNITION).
 * Documented in docs/drafting.md.
 */
export const CATEGORY_WORDS: readonly { category: string; words: RegExp }[] = [
  {
    category: 'AIR_DEFENCE',
    words:
      /\b(?:air[- ]defen[cs]es?|anti-aircraft|surface-to-air|SAMs?|Patriots?|S-[34]00s?|IRIS-T|NASAMS|Buk|Pantsir|Tor|interceptors?|Iron\s+Dome|MANPADS|Stingers?|Igla|shoulder-fired\s+missiles?|anti-aircraft\s+missiles?)\b/i,
  },
  {
    category: 'UAV',
    words:
      /\b(?:drones?|UAVs?|unmanned\s+aerial|loitering\s+munitions?|kamikaze|Shaheds?|Bayraktars?|Mohajer|Orlan|Lancets?|Geran|Orions?|Wing\s+Loong|Akincis?|quadcopters?|FPVs?|first-person-view)\b/i,
  },
  {
    category: 'AMMUNITION',
    words:
      /\b(?:shells?|ammunition|ammo|rounds|cartridges|munitions|grenades|bullets|mortar\s+bombs|(?<!guided\s|glide\s)bombs?)\b/i,
  },
  {
    // launchers before the rockets they fire
    category: 'ARTILLERY',
    words:
      /\b(?:(?:rocket|missile)\s+launchers?|multiple[- ](?:rocket\s+)?launch(?:ers?|\s+rocket\s+systems?)|MLRS|HIMARS|self-propelled\s+(?:guns?|howitzers?))\b/i,
  },
  {
    category: 'MISSILES_AND_ROCKETS',
    words:
      /\b(?:missiles?|rockets?|guided\s+bombs?|glide\s+bombs?|Iskanders?|ATACMS|Storm\s+Shadows?|Kh-\d+|KN-\d+|Fateh|Zolfaghar|Scuds?|ballistic|cruise|anti-tank|anti-ship|Javelins?|NLAWs?|Kornets?|Grads?|Fath-\d+)\b/i,
  },
  {
    category: 'ARTILLERY',
    words: /\b(?:artillery|howitzers?|mortars?|launchers?|MLRS|HIMARS|cannons?|field\s+guns?)\b/i,
  },
  {
    category: 'AIRCRAFT',
    words:
      /\b(?:aircraft|jets?|fighters?\s+jets?|multirole\s+fighters?|fighter\s+aircraft|warplanes?|planes?|helicopters?|bombers?|F-\d+\w*|Su-\d+\w*|MiG-\d+\w*|Mi-\d+\w*|Ka-\d+\w*|gunships?|fighter-bombers?|airplanes?|Rafales?|Gripens?|Typhoons?|Eurofighters?|Mirages?|Kfirs?|Sukhois?|Tucanos?|[A-Z]{1,3}-?\d+\w*\s+(?:[A-Z]\w+\s+)?fighters?|C-130s?|Il-76s?|transport\s+aircraft|Yak-\d+\w*|L-39s?|Tucanos?)\b/i,
  },
  {
    category: 'ARMOURED_VEHICLES',
    words:
      /\b(?:tanks?|armou?red\s+(?:vehicles?|personnel\s+carriers?|cars?)|APCs?|IFVs?|infantry\s+fighting\s+vehicles?|Leopards?|Abrams|Bradleys?|T-\d+s?|BMPs?|BTRs?|armou?r|Humvees?|MRAPs?|personnel\s+carriers?)\b/i,
  },
  {
    category: 'SHIPS',
    words:
      /\b(?:ships?|boats?|frigates?|corvettes?|submarines?|vessels?|warships?|destroyers?|patrol\s+craft|landing\s+craft|gunboats?|patrol\s+vessels?)\b/i,
  },
  { category: 'NAVAL_WEAPONS', words: /\b(?:torpedoes|torpedo|naval\s+mines?|depth\s+charges?)\b/i },
  {
    category: 'SMALL_ARMS',
    words:
      /\b(?:rifles?|small\s+arms|machine\s+guns?|assault\s+rifles?|pistols?|Kalashnikovs?|AK-\d+s?|light\s+weapons|firearms|guns|RPGs?|sniper\s+rifles?|carbines?|ammunition\s+belts)\b/i,
  },
  { category: 'ENGINES', words: /\b(?:engines?|turbines?|turbofans?)\b/i },
  {
    category: 'SENSORS',
    words:
      /\b(?:radars?|sonars?|thermal\s+(?:imagers?|sights?)|night-vision|optics|jammers?|electronic-warfare|EW\s+systems)\b/i,
  },
  { category: 'SATELLITES', words: /\b(?:satellites?|satellite\s+imagery)\b/i },
  {
    category: 'LABOUR',
    words:
      /\b(?:workers?|labou?rers?|troops|soldiers|personnel|mercenaries|advisers|advisors|instructors|trainers|engineers|technicians|specialists|fighters|volunteers|conscripts|military\s+experts|contractors|operatives|guards|pilots|crews|military\s+personnel|police\s+officers|sappers)\b/i,
  },
  {
    category: 'FINANCE',
    words:
      /\b(?:money|cash|gold|funds|funding|loans?|credits?|payments?|dollars|euros|roubles|rubles|financing|bullion)\b|[$€£]\s?\d/i,
  },
  {
    category: 'OTHER_MATERIEL',
    words:
      /\b(?:military\s+equipment|equipment|weapons?|weaponry|arms|materiel|components|spare\s+parts|parts|body\s+armou?r|helmets|military\s+aid|lethal\s+aid|hardware|microchips|chips|electronics|machine\s+tools|explosives|trucks|uniforms|military\s+hardware|electronic\s+warfare)\b/i,
  },
  { category: 'OTHER', words: /\b(?:oil|fuel|grain|wheat|food|medical\s+supplies|aid|supplies|technology)\b/i },
];

/** The category of an item's words, or null when none of the rows names it. */
export function categoryOf(item: string): string | null {
  for (const row of CATEGORY_WORDS) if (row.words.test(item)) return row.category;
  return null;
}
