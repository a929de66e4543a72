import type { TestPage } from './page-kit.js';
import { HELDOUT315_A } from './pages-heldout315-a.js';
import { HELDOUT315_B } from './pages-heldout315-b.js';
import { HELDOUT315_C } from './pages-heldout315-c.js';
import { HELDOUT315_D } from './pages-heldout315-d.js';
import { HELDOUT315_E } from './pages-heldout315-e.js';
import { HELDOUT315_F } from './pages-heldout315-f.js';

/**
 * Held-out batch 315, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Merriam-Webster-style
 * dictionary entry, a Thesaurus.com-style synonym page in Next.js markup, an Investopedia-style definition page on the
 * Dotdash "mntl" template, a wikiHow-style how-to with methods, tips and warnings, an iFixit-style repair guide, a
 * HowStuffWorks-style explainer, a Britannica-style encyclopedia article, a Quora-style question page whose answers are the
 * body, an Urban Dictionary-style term page, an MDN Web Docs-style glossary page, a grammar site's usage note built with
 * Elementor, and a Reddit r/explainlikeimfive thread in the shreddit markup.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the dictionary page the headword h1 is the title, the sense definitions (with
 * their leading ": ") and the editors' example sentences and word history are body, while the part-of-speech label,
 * syllables, pronunciation, the automated "Recent Examples on the Web" with their disclaimer, First Known Use and Time
 * Traveler are furniture; on the thesaurus page the sense labels, every synonym and antonym word and the synonym study are
 * body, the strength labels ("Strongest matches") furniture; Investopedia's Key Takeaways items and the example table's
 * cells are body, "Article Sources" furniture; wikiHow's bold step leads are body with the step text, the "Method" label and
 * step numbers furniture or skipped, Tips, Warnings and "Things You'll Need" are headings and body; iFixit's tool and part
 * names, step titles (headings) and step bullets are body, prices, "Step N" labels and image captions furniture, the guide
 * author a byline; HowStuffWorks' "Now That's Interesting" box is body and its label a heading, the "Read more" promo
 * furniture; Britannica's "Written and fact-checked by" editors, "Last Updated" and "most recently revised" lines are
 * bylines, the Quick Facts box furniture; Quora has no h1, so the question text is the title, and answerer names and
 * answer ages of three or more characters are bylines, credentials furniture; Urban Dictionary's meanings and examples are
 * body, each "by NAME DATE" contributor line a byline, and the repeated headword in the h2 of the later cards is in
 * neither list; MDN's "See also" items are body; on the Elementor page the table's data cells are body and its header cells
 * in neither list, the pull quote body and its attribution furniture; on Reddit the post text and human comments and
 * replies are body, AutoModerator's sticky comment furniture, user names and "N hr. ago" lines bylines.
 */
export const HELDOUT315_PAGES: readonly TestPage[] = [...HELDOUT315_A, ...HELDOUT315_B, ...HELDOUT315_C, ...HELDOUT315_D, ...HELDOUT315_E, ...HELDOUT315_F];
