import type { TestPage } from './page-kit.js';
import { liquipediaTeam } from './pages-heldout151-c2.js';
import { gentooPage } from './pages-heldout151-c3.js';

/**
 * Held-out batch 151, file c: a Liquipedia Dota 2 team article in the Lakesideview skin, with the navbar, ad slots and the
 * Premium promo, the team infobox, history by year, the roster card, a results table and the "Upcoming Matches" box (file
 * c2), and a Gentoo Wiki page on an invented package in the Tyrian skin, with the language bar, the Resources box, a USE
 * flags table, command, file, note and important boxes, "See also" and "External resources" and the Tyrian footer (file c3).
 */
export const HELDOUT151_C: readonly TestPage[] = [liquipediaTeam, gentooPage];
