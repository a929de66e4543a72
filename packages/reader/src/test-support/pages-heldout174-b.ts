import type { TestPage } from './page-kit.js';
import { phpPage } from './pages-heldout174-b2.js';
import { perldocPage } from './pages-heldout174-b3.js';

/**
 * Held-out batch 174, file b: a PHP manual function page (php.net navbar, release heads-up, breadcrumbs with prev/next, change-language and edit links,
 * refentry sections, user contributed notes with votes, the sibling-function menu, footer and a hidden cookie notice; file b2) and a perldoc.perl.org
 * pod page (Perldoc Browser navbar with version and documentation menus, search, Contents panel, pod heads, the preferences dialog and the maintainers
 * footer; file b3).
 */
export const HELDOUT174_B: readonly TestPage[] = [phpPage, perldocPage];
