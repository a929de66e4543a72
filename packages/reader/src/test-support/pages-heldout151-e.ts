import type { TestPage } from './page-kit.js';
import { rationalWiki } from './pages-heldout151-e2.js';
import { libGuide } from './pages-heldout151-e3.js';

/**
 * Held-out batch 151, file e: a RationalWiki article on invented health woo in the legacy Vector skin, with the donation
 * site notice, a subject navbox, an epigraph, "See also" and notes (file e2), and a page of a university library's
 * LibGuides research guide, with the library header, breadcrumbs, guide tabs, content boxes, the librarian profile, the
 * LibChat box, the guide meta and the Springshare footer (file e3).
 */
export const HELDOUT151_E: readonly TestPage[] = [rationalWiki, libGuide];
