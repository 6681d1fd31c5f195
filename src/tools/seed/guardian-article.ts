/**
 * The full text of the first source: The Guardian, 6 September 2022, from
 * shared/seeds/000_0ff85accba5b8a5e.txt — headline and paragraphs, with the page's section label
 * ("| Russia") and trailing "Leave a Comment" link removed. Every seed quote is verified against it.
 */
export const GUARDIAN_TITLE = 'Russia buying millions of rockets and shells from North Korea, US intelligence says';

export const GUARDIAN_TEXT = `Russia buying millions of rockets and shells from North Korea, US intelligence says

The Russian defence ministry is in the process of buying millions of rockets and artillery shells from North Korea to support its invasion of Ukraine, according to a newly downgraded US intelligence finding.

A US official, who spoke on the condition of anonymity, said on Monday that the fact Russia was turning to North Korea demonstrated that “the Russian military continues to suffer from severe supply shortages in Ukraine, due in part to export controls and sanctions”.

US intelligence officials believe that the Russians could look to purchase additional North Korean military equipment in the future. The intelligence finding was first reported by the New York Times.

The finding comes after the Biden administration recently confirmed that the Russian military in August took delivery of Iranian-manufactured drones for use on the battlefield in Ukraine.

The White House said last week that Russia has faced technical problems with Mohajer-6 and Shahed-series drones, bought as part of what the Biden administration says is likely part of a Russian plan to acquire hundreds of Iranian unmanned aerial vehiclea (UAVs).

North Korea has sought to tighten relations with Russia as much of Europe and the west has pulled away. The regime has blamed the US for the Ukraine crisis and claimed the west’s “hegemonic policy” justifies military action by Russia in Ukraine to protect itself.

The North Koreans have hinted interest in sending construction workers to help rebuild Russian-occupied territories in the country’s east.

North Korea’s ambassador to Moscow recently met envoys from two Russia-backed separatist territories in the Donbas region of Ukraine and expressed optimism about cooperation in the “field of labor migration”, citing his country’s easing pandemic border controls.

In July North Korea became the only nation aside from Russia and Syria to recognise the self-proclaimed republics in Luhansk and Donetsk, further aligning with Russia over the conflict in Ukraine.`;
