import { extractArticle } from '../html/extract.js';
import { harbourStory, norm, present, type TestPage } from './page-kit.js';

/** The round tests' helpers (src/html/round-*.test.ts): a page's text read from a story's HTML, a page by name, its leaks. */

/** The normalized text the reader takes from `inner` set in a plain news page (page-kit's harbour story). */
export const readStory = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

/** The page of `pages` named `name` (a test's own fixture: it exists). */
export const pageNamed = (pages: readonly TestPage[], name: string): TestPage => pages.find((p) => p.name === name)!;

/** The gold texts of a page that its text holds. */
export const leakedTexts = (p: TestPage, texts: readonly string[]): string[] => texts.filter(present(extractArticle(p.html).text));

/** A sentence of a story, beside which a rule's line must go and a sentence like it must stay. */
export const HARBOUR_STORY = '<p>The harbour office said the ferry would run twice a day from Monday, weather permitting, after the repairs.</p>';
