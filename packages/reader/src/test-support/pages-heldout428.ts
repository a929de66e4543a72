import type { TestPage } from './page-kit.js';
import { HELDOUT428_A } from './pages-heldout428-a.js';
import { HELDOUT428_B } from './pages-heldout428-b.js';
import { HELDOUT428_C } from './pages-heldout428-c.js';
import { HELDOUT428_D } from './pages-heldout428-d.js';
import { HELDOUT428_E } from './pages-heldout428-e.js';
import { HELDOUT428_F } from './pages-heldout428-f.js';

/**
 * Held-out batch 428, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Merriam-Webster-style
 * dictionary entry with senses, examples and word history, a Wiktionary-style MediaWiki entry with etymology and
 * translations, a thesaurus entry in a Next.js app with synonym chips, an Urban Dictionary-style entry with voted
 * definitions, a WordReference-style English-Spanish entry made of tables, a software company's accounting glossary built
 * with Elementor, a MedicineNet-style medical dictionary entry (short main text), a legal glossary published as guidance
 * on GOV.UK, an idioms site's explainer on WordPress with GeneratePress and comments, a word-of-the-day post on Ghost
 * (Casper), a technical glossary in Docusaurus, and a dictionary's usage-note article rendered by Nuxt.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on dictionary entries the headword h1 is the title and the senses, examples,
 * etymology, first-use line, pronunciation list items (Wiktionary), headword line, derived terms and translation items are
 * body, while the part-of-speech label, syllable and respelling strings shown beside the h1, "Time Traveler" and
 * "entries near" boxes are furniture; synonym and antonym chips are body, their "Strongest matches" / "Weak matches" group
 * labels furniture, and the sense tabs above them in neither list (the first sense repeats as a body line); on the
 * Urban Dictionary-style page the definitions are posts (meaning and example body, contributor and date bylines, vote
 * counts furniture) and the headword repeated over the later definitions is in neither list; on the bilingual page each
 * translation row's sense note, Spanish words with their gender labels and example sentences are body, the compound forms
 * body, the section header rows ("Principal Translations", "English", "Spanish") furniture; on glossaries the terms are
 * headings and their definitions body; data cells of article tables are body and their header cells in neither list; a
 * Ghost custom excerpt and a callout card's text are body, a Docusaurus admonition label furniture; GOV.UK's "From",
 * "Published" and "Last updated" values are bylines, their labels furniture, and the contents list (which repeats the
 * headings) is in neither list; a medical page's author and "Reviewed on" lines are bylines and its reference furniture;
 * a pull-quote or blockquote written for the article is body, its citation furniture; comments on articles are furniture.
 */
export const HELDOUT428_PAGES: readonly TestPage[] = [...HELDOUT428_A, ...HELDOUT428_B, ...HELDOUT428_C, ...HELDOUT428_D, ...HELDOUT428_E, ...HELDOUT428_F];
