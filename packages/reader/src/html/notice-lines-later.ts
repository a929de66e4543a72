/**
 * Furniture lines from round 69 on (notice-lines.ts is full), read with the others (furniture-lines.ts) by their whole text: a
 * release page's pointer to its patch release, a help site's count of its experts, a bookseller's pick line, a post's relative
 * date in Spanish, French or German; a photo's caption that ends in its credit; a byline in Portuguese, Spanish, German, French,
 * Dutch or a Nordic language; a line that asks the reader to log in; a draft's stamp and
 * its recorder's line.
 */
/** A hit counter's line, a visitors-since line, a screen-size note (round 129). */
const OLD_FOOTER =
  String.raw`(?:(?:you are )?visitor (?:number|no\.?|#|counter)\s*:?\s*[\d,.]*(?:\s+since\b[^.!?|·]{0,40})?` +
  String.raw`|[\d,.]*\s*(?:visitors|hits|page views) since\b[^.!?|·]{0,40}|(?:this site is )?best viewed (?:at|in|with|using)\b[^.!?|·]{0,80})`;

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
  // (round 70, after batch 240's Wix fair results) a photo's caption set as a paragraph, known by the credit that ends it ("... in the
  // Hollis Arena. Photo by Dale Pruitt.", "... on Thursday. (Photo: Saksith Inthanon)"): in the gold of 2,920 pages 90 furniture
  // texts end so and no body text
  new RegExp(
    String.raw`^[^\n]{1,300}?[.!?)]\s+\(?(?:(?:Photo|Photograph|Image|Picture)s? (?:by|courtesy of)|(?:Photo|Photograph|Image|Picture|Credit)s?` +
      String.raw`(?: credit)?:)\s*\p{Lu}[\p{L}'’.&/ -]{1,60}\)?\.?$`,
    'u',
  ),
  // (round 71, after batch 244's G1 story: "Por Larissa Fagundes, Portal Vozes do Sul — Itaperuna do Sul") a byline in Portuguese or
  // Spanish (Por), German (Von), French (Par), Dutch (Door), Swedish or Norwegian (Av), Danish (Af): the word, a name of two to five
  // words (particles allowed), then nothing or an outlet and place after a comma, bar or dash, and no final stop
  new RegExp(
    String.raw`^(?:Por|Von|Par|Door|Av|Af)\s+\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:de|da|do|dos|das|del|van|von|der|den|le|la|du|\p{Lu}[\p{Ll}'’.-]+)){1,4}` +
      String.raw`(?:(?:\s*[,|—–-]|\s+(?:und|y|e|et|en|och|og))\s.{0,120})?(?<![.!?])$`,
    'u',
  ),
  // (round 71, after batch 246's block explorer: "To access the Private Note feature, you must be Logged In") a line that asks the reader to
  // log in or register first, with or without what for (XenForo's "You must log in or register to reply here."): 56 furniture
  // texts of the gold of 2,992 pages and no body text
  new RegExp(
    // (round 178, after batch 714's Mumsnet-style thread: with no comma, or asking for an account, "To comment on this thread you need
    // to create a Mumswell account.": 86 furniture texts of the gold of 8,488 pages then, no more body)
    String.raw`^(?:(?:to|in order to) [\p{L} '’-]{2,60},? )?(?:you|users?) (?:must|need to|have to|will need to) (?:be )?` +
      String.raw`(?:(?:logged in|log ?in|signed in|sign ?in|registered|register)\b.{0,80}|create an? [\p{L}\d ]{0,30}account(?: first)?[.!]?)$`,
    'iu',
  ),
  // (round 72, after batch 254's board minutes: "DRAFT – subject to approval at the 9 April 2026 meeting") a document's draft stamp
  /^(?:draft|unconfirmed|unapproved)(?: minutes)?\s*(?:[–—:-]|\()\s*(?:subject to|pending|not yet|awaiting|until) .{0,80}$/i,
  // (and its recorder's line, a byline: "Recorded by Ines Corrado, Secretary to the Board")
  /^(?:[Rr]ecorded|[Mm]inuted|[Mm]inutes (?:taken|recorded)|[Nn]otes taken) by:? \p{Lu}[^.!?]{0,100}\.?$/u,
  // (round 76, after batch 272's Bugzilla bug) a bug's status and resolution in Bugzilla's capitals ("RESOLVED FIXED", "NEW"); and
  // Launchpad's status change between comments ("Changed in quillprint (Ubuntu): status: New → Confirmed")
  /^(?:UNCONFIRMED|NEW|ASSIGNED|REOPENED|RESOLVED|VERIFIED|CLOSED)(?: (?:FIXED|INVALID|WONTFIX|DUPLICATE|WORKSFORME|INCOMPLETE|INACTIVE|MOVED|EXPIRED))?$/,
  /^Changed in [^:\n]{1,80}: [\p{L} ]{2,30}: [^→\n]{1,60} → [^\n]{1,60}$/u,
  // (round 79, after batches 274 and 276) a match commentary's minute mark alone on its line ("88'", "90+3'": 5 texts of the gold of
  // 3,352 pages, all furniture), and a clock time with its zone ("1:14 P.M. CMT", "END 1:52 P.M. CMT", "5:04 AM ET": 34, none body;
  // a bare time is body in schedules, 7 texts)
  /^\d{1,3}(?:\+\d{1,2})?['’′]$/u,
  /^(?:END\s+)?\d{1,2}[:.]\d{2}\s*[AaPp]\.?[Mm]\.?\s+[A-Z]{2,4}$/u,
  // (and a reporter's place line, a byline: "Reporting from Holm harbour", "Reporting from Calder Flats, Nev.": 9 texts, none body)
  /^(?:Reporting|Reports?) (?:from|in) \p{Lu}[\p{L} ,.-]{1,60}$/u,
  // (round 80, after batch 280's saved Thunderbird message) a reply's attribution line over the message it quotes ("On 24/02/2026
  // 18:10, Dennis Argyle wrote:", "On Mon, Mar 2, 2026 at 09:14, Ezra Pell wrote:"): 10 texts of the gold of 3,424 pages, all furniture
  /^On [^\n]{0,40}\d[^\n]{2,120} wrote:$/u,
  // (round 80, after batch 283's nbviewer and Kaggle notebooks) a notebook cell's prompt ("In [3]:", "Out[2]:"): 11 texts, all furniture
  /^(?:In|Out) ?\[[\d ]*\]:$/,
  // (and pkg.go.dev's version label beside a declaration, "added in v0.2.0": 4 texts on three pages written blind, all furniture)
  /^added in v\d+(?:\.\d+){1,3}$/i,
  // (round 129, after batches 498 and 517) an old site's hit counter and its screen note, alone or together ("You are visitor number
  // 048213", "visitors since 2003", "Best viewed at 1024 x 768", "You are visitor number | Best viewed at 800x600"): 67 texts of the
  // gold of 6,300 pages, all furniture, none body
  // (round 137, after batch 506's table-layout archive page, whose `<font>` lines round 134 parted) a link back to the list the page
  // came from ("<< Back to Results", "← Back to the journal", "Back to search results"): 312 texts of the gold, and one heading
  /^(?:<<|«|‹|←|<)?\s*(?:go )?back to (?:the |all )?[\p{L}\d '’&-]{1,30}$/iu,
  new RegExp(String.raw`^(?:\d{3,9}\s*[|·]\s*)?${OLD_FOOTER}(?:\.?\s*[|·.]?\s*${OLD_FOOTER})*\.?$`, 'i'),
  // (round 170, after batches 701 and 704) labels left over a list of other stories when the list has gone as links ("You may also
  // be interested in:" with its colon inside a broadcaster's story, "Filed under:" over a story's desk links: 3 and 33 texts of the
  // gold of 8,488 pages, all furniture; without the colon, "You might also like" heads a rail that the section rules take whole),
  // and a broadcaster's support line under a story ("If you have been affected by any of the issues in this story, help and support
  // is available from ...")
  /^(?:you (?:may|might) also (?:be interested in|like|enjoy)\s*:|filed under\s*:?)$/i,
  new RegExp(
    String.raw`^if you(?:['’]ve| have) been affected by (?:any of )?(?:the )?(?:issues?|topics?|subjects?) (?:raised |discussed |covered )?` +
      String.raw`in this (?:story|article|programme|program|report|episode|piece|feature)\b.{0,200}$`,
    'i',
  ),
  // (round 175, after batch 711's local TV story) a site's app promo line ("Download the free WPXQ 8 app for breaking news alerts and
  // live video.", "Download the UN News app for your iOS or Android devices."): 19 texts of the gold of 8,488 pages, all furniture;
  // a how-to's step that goes on ("Download the Loopway app and add a payment card.") is not the promo and stays
  /^download (?:the |our )?(?:free )?[\p{L}\d .&'’-]{1,40} app(?: now| today)?(?: (?:for|on|to get) [^.!?]{1,80})?[.!]?$/iu,
  // (round 177, after batch 708's travel forum) the placeholder left where a moderator took a post down ("This post was determined to
  // be inappropriate by the Tripwise community and has been removed.", "This comment has been removed by a moderator.")
  /^this (?:post|comment|reply|message|review|answer) (?:was|has been) (?:determined to be inappropriate\b.{0,80}|(?:removed|deleted|hidden)\b.{0,80})$/i,
];
