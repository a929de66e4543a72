/**
 * Furniture lines from round 69 on (notice-lines.ts is full), read with the others (furniture-lines.ts) by their whole text: a
 * release page's pointer to its patch release, a help site's count of its experts, a bookseller's pick line, a post's relative
 * date in Spanish, French or German.
 */
export const LATER_NOTICE_LINES: readonly RegExp[] = [
  // (round 69, after batch 226's VS Code release notes) the patch release's line over a month's notes
  /^update \d+(?:\.\d+){1,3}: the update addresses (?:these|the following) issues\.?$/i,
  // (round 69, after batch 231's JustAnswer page) a help site's count of experts waiting ("Darrell K. and 86 other Car Specialists are
  // ready to help you")
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.]*)? and \d[\d,]* other [\p{L} ]{2,40} are (?:ready|available|online|standing by) to help(?: you)?\.?$/iu,
  // (round 69, after batch 228's Waterstones picks) a bookseller's pick line: who chose it, their role and their shop
  /^(?:[Cc]hosen|[Pp]icked|[Ss]elected|[Rr]ecommended) by \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?:, [\p{L}'’ -]{2,40}){0,2}$/u,
  // (round 69, after batch 231's Stack Overflow en español) a post's relative date in Spanish, French or German ("hace 3 días")
  new RegExp(
    String.raw`^(?:hace (?:\d+|un|una) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)` +
      String.raw`|il y a (?:\d+|un|une) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)` +
      String.raw`|vor (?:\d+|einem|einer) (?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?))$`,
    'iu',
  ),
];
