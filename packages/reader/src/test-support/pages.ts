import type { TestPage } from './page-kit.js';
import { BLOG_PAGES } from './pages-blog.js';
import { DOCS_PAGES } from './pages-docs.js';
import { FORUM_PAGES } from './pages-forum.js';
import { NEWS_PAGES } from './pages-news.js';
import { NEWS2_PAGES } from './pages-news2.js';
import { WIKI_PAGES } from './pages-wiki.js';

/** Every test page (written for these tests; see page-kit.ts for what the gold is). */
export const TEST_PAGES: readonly TestPage[] = [...NEWS_PAGES, ...NEWS2_PAGES, ...BLOG_PAGES, ...DOCS_PAGES, ...WIKI_PAGES, ...FORUM_PAGES];
