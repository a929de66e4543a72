import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * A court opinion's caption (round 11, after batch 12's CourtListener page). Reporters and court
 * sites (the Caselaw Access Project's HTML that CourtListener serves, Justia, state courts' slip
 * opinions) print, before the opinion's text, the court, the parties ("JUNE MARROW,
 * Petitioner-Appellant, v. ..."), the docket, "Argued and submitted ...", the panel ("Before ...,
 * Judges."), then the line naming the judge who wrote it: "OKAFOR, J.", "ROBERTS, C. J.", "PER
 * CURIAM", "Opinion by Judge Lindqvist". That line and the short blocks before it in its container
 * are the caption: a record of the case, never the court's reasoning.
 */
const AUTHOR_LINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*,\s*` +
    String.raw`(?:(?:[Aa]cting |[Ss]enior )?(?:C\.\s?J|P\.\s?J|J|JJ|[Cc]ircuit [Jj]udge|[Dd]istrict [Jj]udge)\.?)` +
    String.raw`(?:,?\s*(?:concurring|dissenting)[^.]{0,40})?\.?|(?:PER CURIAM|[Pp]er [Cc]uriam)\.?` +
    '|(?:[Oo]pinion|OPINION|[Jj]udgment) (?:of the [Cc]ourt )?(?:by|BY) (?:(?:[Cc]hief |[Pp]residing |[Ss]enior )?(?:[Jj]udge|[Jj]ustice|JUDGE|JUSTICE) )?' +
    String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\.?)$`,
  'u',
);
const CAPTION_LINE_MAX_CHARS = 300;
const CAPTION_MAX_LINES = 12;

/** Removes an opinion's caption and author line from `doc` in place. */
export function removeOpinionCaption(doc: DomDocument): void {
  const line = Array.from(doc.querySelectorAll('p, div, center')).find(
    (el) => el.children.length <= 1 && AUTHOR_LINE.test(squash(el.textContent)) && el.querySelectorAll('p, div').length === 0,
  );
  if (line === undefined) return;
  const caption: DomElement[] = [];
  const siblings = Array.from(line.parentNode?.childNodes ?? []);
  for (const n of siblings.slice(0, siblings.indexOf(line)).reverse()) {
    if (!isElement(n)) {
      if (squash(n.textContent) !== '') return;
      continue;
    }
    if (/^H[1-6]$/.test(n.tagName) || n.querySelectorAll('h1, h2, h3, h4, h5, h6').length > 0) break;
    if (squash(n.textContent).length > CAPTION_LINE_MAX_CHARS || caption.length >= CAPTION_MAX_LINES) return;
    caption.push(n);
  }
  for (const el of [...caption, line]) el.remove();
}
