import type { TestPage } from './page-kit.js';
import { scalaPage } from './pages-heldout174-d2.js';
import { swiftPage } from './pages-heldout174-d3.js';

/**
 * Held-out batch 174, file d: a docs.scala-lang.org Scala 3 Book page (site header, book title band, table of contents, Scala 3 tag, hidden version
 * notice, language links, Scala 2/3 code tabs, contributors box, footer columns and cookie banner; file d2) and a Swift.org DocC article (noscript text,
 * documentation navigator with filter, breadcrumbs, language toggle, Article eyebrow, abstract, Note aside, See Also topics and footer; file d3).
 */
export const HELDOUT174_D: readonly TestPage[] = [scalaPage, swiftPage];
