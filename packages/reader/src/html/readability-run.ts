import { Readability } from '@mozilla/readability';
import { squash, type DomDocument, type DomElement } from './dom.js';

/**
 * Readability's article, with one of its steps narrowed (round 26, after batch 26's Hexo post): it drops every <h1> and <h2> whose
 * words are mostly the title's ("Why a thin client" under "Running Gitea on a secondhand thin client": 82 % of its characters are
 * in title words), a section heading as often as an echo. Here such a heading goes only when it also holds half the title or
 * more (an echo: "27.4. Replication Slot Monitoring" under "PostgreSQL: Documentation: 17: 27.4. Replication Slot Monitoring").
 */
export function readArticle(doc: DomDocument): ReturnType<Readability<DomElement>['parse']> {
  return new EchoReadability(doc as never, { serializer: (el: unknown) => el as DomElement, charThreshold: 300 }).parse();
}
class EchoReadability extends Readability<DomElement> {
  declare _articleTitle: string | undefined;
  declare PHRASING_ELEMS: string[];
  constructor(...args: ConstructorParameters<typeof Readability<DomElement>>) {
    super(...args);
    this.PHRASING_ELEMS = [...this.PHRASING_ELEMS, ...OBSOLETE_PHRASING];
  }
  _headerDuplicatesTitle(node: DomElement): boolean {
    const [heading, title] = [squash(node.textContent), this._articleTitle ?? ''];
    return /^H[12]$/.test(node.tagName) && similarity(title, heading) > ECHO_SIMILARITY && similarity(heading, title) >= ECHO_COVER;
  }
}
/**
 * The old inline tags (round 134, after batch 534's table-layout ferry timetable): Readability's list of phrasing content has no
 * <font>, so a `<br><br>` before `<font size="2">text</font>` became an empty paragraph, the text stayed beside the heading's and
 * the next paragraph's, and a FrontPage page's headings and paragraphs came out as one line ("Winter Timetable 2026 - 2027From
 * Monday ..."). Read as phrasing content, each run between `<br><br>`s is a paragraph of its own, as a browser shows it.
 */
const OBSOLETE_PHRASING = ['FONT', 'U', 'S', 'STRIKE', 'BIG', 'TT'];
const ECHO_SIMILARITY = 0.75;
const ECHO_COVER = 0.5;

/** Readability's `_textSimilarity`: the share of `b`'s characters in words that `a` has too. */
function similarity(a: string, b: string): number {
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w !== '');
  const inA = new Set(words(a));
  const wordsB = words(b);
  if (inA.size === 0 || wordsB.length === 0) return 0;
  const unique = wordsB.filter((w) => !inA.has(w)).join(' ').length;
  return 1 - unique / wordsB.join(' ').length;
}
