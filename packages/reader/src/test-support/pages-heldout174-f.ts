import type { TestPage } from './page-kit.js';
import { kotlinPage } from './pages-heldout174-f2.js';
import { dartPage } from './pages-heldout174-f3.js';

/**
 * Held-out batch 174, file f: a Kotlin Multiplatform guide page on kotlinlang.org (Writerside: site header, docs sidebar, breadcrumbs, "Last modified"
 * and "Edit page", tip and note prompts, procedure steps, prev/next links, feedback, "On this page", footer and JetBrains cookie banner; file f2) and a
 * Dart API class page on api.dart.dev (dartdoc header with breadcrumbs and theme toggle, class description, member summaries with inherited chips,
 * library and class sidebars, footer; file f3).
 */
export const HELDOUT174_F: readonly TestPage[] = [kotlinPage, dartPage];
