import type { TestPage } from './page-kit.js';
import { mayoSymptom } from './pages-heldout151-f2.js';
import { clevelandDisease } from './pages-heldout151-f4.js';

/**
 * Held-out batch 151, file f: a Mayo Clinic symptoms page, with the header navigation, the "On this page" list, the causes
 * list and its standard disclaimer, the staff byline and date, the references drawer, ad slots with the endorsement
 * disclaimer, the Mayo Clinic Press promo, the e-newsletter box, the footer and the cookie banner (file f2), and a Cleveland
 * Clinic Health Library article on an invented tick-borne disease, with its summary, question-style subheadings, an
 * "Additional Common Questions" FAQ, the "Care at Cleveland Clinic" promo inside the article, the medical review line, the
 * references drawer, "Was this page helpful?", the newsletter, the footer and the cookie banner (files f3 and f4).
 */
export const HELDOUT151_F: readonly TestPage[] = [mayoSymptom, clevelandDisease];
