import type { TestPage } from './page-kit.js';
import { planetmathPage } from './pages-heldout163-e2.js';
import { debianWikiPage } from './pages-heldout163-e3.js';

/**
 * Held-out batch 163, file e: a PlanetMath entry (file e2) and a Debian Wiki page (file e3).
 */
export const HELDOUT163_E: readonly TestPage[] = [planetmathPage, debianWikiPage];
