/**
 * The form under which actor names and aliases are looked up and kept unique: accents stripped,
 * case folded, apostrophes and full stops dropped ("D.P.R." = "DPR", "People's" = "Peoples"),
 * every other run of punctuation or space made one space ("north-korea" = "North Korea").
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
