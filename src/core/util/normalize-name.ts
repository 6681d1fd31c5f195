/**
 * The form under which actor names and aliases are looked up and kept unique: accents stripped
 * from Latin letters (other scripts keep theirs: й is not и),
 * case folded, apostrophes and full stops dropped ("D.P.R." = "DPR", "People's" = "Peoples"),
 * every other run of punctuation or space made one space ("north-korea" = "North Korea").
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
