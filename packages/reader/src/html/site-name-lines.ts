import { squash, type DomDocument } from './dom.js';
import { metaSiteNames } from './headline.js';

/**
 * The site's name set as a line of the text (round 43, after batch 69's Vanilla thread: the title bar's "Ledgerline Community"
 * under the thread's title, and the known misses of earlier rounds, a wiki's name over its page): a logo's or masthead's words,
 * never the article's. The names are the site's own (og:site_name, application-name, feed titles: metaSiteNames) and the parts
 * of the <title> beside the headline ("Bank feed stopped importing ... — Ledgerline Community").
 */

/** A <title>'s separators between the page's name and the site's. */
const TITLE_SEPARATOR = /\s+[-|·•–—»]\s+/;
/** A name is a few words: longer parts of a <title> are headlines. */
const NAME_MAX_CHARS = 60;
/** A heading that is the site's name is dropped among the text's first blocks only (a section may share a short name). */
const TOP_BLOCKS = 4;

/** The site's names, lower-cased: its meta names and the <title>'s parts other than the headline. */
export function siteNameCandidates(doc: DomDocument): Set<string> {
  const parts = squash(doc.title).split(TITLE_SEPARATOR);
  const names = metaSiteNames(doc);
  if (parts.length >= 2) for (const p of parts) if (p.length >= 3 && p.length <= NAME_MAX_CHARS) names.add(p.toLowerCase());
  return names;
}

/** `text` without the lines that are only the site's name (not the title line; a heading only among the first blocks). */
export function withoutSiteNameLines(text: string, names: ReadonlySet<string>, title: string | undefined): string {
  const own = squash(title ?? '').toLowerCase();
  if (names.size === 0) return text;
  let block = 0;
  const lines = text.split('\n').filter((line, i) => {
    if (line.trim() === '' || i === 0) return true;
    block++;
    const heading = /^#{1,6} /.test(line);
    const words = squash(line.replace(/^(?:#{1,6}|-) /, '')).toLowerCase();
    return !(words !== own && names.has(words) && (!heading || block <= TOP_BLOCKS));
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
