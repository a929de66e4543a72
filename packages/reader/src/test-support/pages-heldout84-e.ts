import { type TestPage, texts } from './page-kit.js';
import * as wp from './pages-heldout84-e2.js';
import * as bg from './pages-heldout84-e3.js';

/**
 * Held-out batch 84, file e: a self-hosted WordPress photography blog post on Twenty Twenty-Four with Jetpack (file e2) and a
 * Blogger recipe post on the classic "Simple" theme (file e3), both on invented blogs.
 */
const wpPhoto: TestPage = {
  html: wp.wpHtml,
  name: 'heldout84-wordpress-photography-blog',
  kind: 'blog',
  // the date, "— by" and the author are bylines; the camera settings list is body; image and gallery captions, the category,
  // Jetpack's share / like / related blocks (inside the post content), tags (but "fog" and "marsh", words of a heading and of
  // the title), post navigation, comments and the comment form, the header (with the hidden responsive menu), the footer
  // pattern and the hidden subscribe modal are furniture
  title: wp.wpTitle,
  headings: [wp.wpH1, wp.wpH2, wp.wpH3, wp.wpH4],
  body: texts([...wp.wpP1, ...wp.wpP2, ...wp.wpP3, ...wp.wpP4, ...wp.wpList, ...wp.wpP5]),
  bylines: ['October 28, 2025', '— by', 'Owen Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Light', 'Photographs from the edges of the land', ...wp.wpNav, 'Landscape', ...wp.wpCaptions, ...wp.wpShare, 'Like this:', 'Like',
    'Loading...', 'Related', ...wp.wpRelated.flatMap((r) => [r.t, r.d, r.c]), ...wp.wpTags.filter((t) => t !== 'fog' && t !== 'marsh'),
    'Old boats at Carrow Staithe',
    'Printing on cotton rag: a first attempt', `2 responses to “${wp.wpTitle}”`, ...wp.wpComments.flatMap((c) => [c.n, c.d, c.t]), 'Reply',
    ...wp.wpForm, ...wp.wpFootCols.flatMap(([h, items]) => [h, ...items.filter((t) => t !== 'Facebook')]), 'Designed with WordPress', ...wp.wpModal,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

const bloggerRecipe: TestPage = {
  html: bg.bgHtml,
  name: 'heldout84-blogger-recipe-blog',
  kind: 'blog',
  // the ingredients and method items are body; the date header and the "Posted by ... at ..." line are bylines; the caption
  // table, share buttons, labels, comments, pager, feed link, blog title and description, Pages, and the sidebar widgets are
  // furniture (the archive's link to this post repeats the title and is left out)
  title: bg.bgTitle,
  headings: [bg.bgH1, bg.bgH2, bg.bgH3],
  body: texts([...bg.bgP1, ...bg.bgIngr, ...bg.bgSteps, ...bg.bgP2]),
  bylines: ['Sunday, 9 November 2025', 'Posted by Maggie Thwaite at 14:32'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crumbs at Number Nine', 'Baking, knitting and making do in a Yorkshire kitchen', 'Pages', ...bg.bgPages, bg.bgCaption, ...bg.bgShare, 'Labels:',
    ...bg.bgLabels, '3 comments:', ...bg.bgComments.flatMap((c) => [c.n, c.d, c.t]), 'Reply', 'Delete', 'Add comment', 'Load more...', 'Newer Post',
    'Older Post', 'Subscribe to: Post Comments (Atom)', ...bg.bgProfile, 'Search This Blog', 'Popular Posts', ...bg.bgPopular.flatMap((p) => [p.t, p.s]),
    'Blog Archive', ...bg.bgArchive.flatMap(([, t, n]) => [t, n]), 'Simple theme. Powered by Blogger.',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT84_E: readonly TestPage[] = [wpPhoto, bloggerRecipe];
