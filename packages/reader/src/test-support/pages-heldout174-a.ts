import type { TestPage } from './page-kit.js';
import { jenkinsPage } from './pages-heldout174-a2.js';
import { rubydocPage } from './pages-heldout174-a3.js';

/**
 * Held-out batch 174, file a: a Jenkins user-handbook page (jenkins.io toolbar, handbook sidebar, chapter prev/next links, Asciidoctor table of
 * contents, a Note admonition, the feedback form, the "Improve this page" links and the footer columns; file a2) and a ruby-doc.org class page (top bar
 * with version menu, RDoc Darkfish navigation with parent, included modules and method list, method details with call sequences and "click to toggle
 * source", generator footer; file a3).
 */
export const HELDOUT174_A: readonly TestPage[] = [jenkinsPage, rubydocPage];
