import { links, type TestPage, texts } from './page-kit.js';
import { cooked, type DPost, dChrome, dHeader, dMapLabels, dPost, dRelated, dSidebar, dTimeline, dTopicMap } from './pages-heldout207-d3.js';

/**
 * Held-out batch 207, file d2: a Shopify Community thread on Discourse (the Shopify custom header links, "Sign Up" / "Log In",
 * the sidebar with categories and tags, the topic title with its category badge and tags, the posts with usernames, full
 * names, "Shopify Partner" and "Shopify Staff" titles, relative dates, like counts and "Reply", a Liquid code block, the
 * "Solved by ... in post #3" notice of the solved plugin under the first post with its quoted copy of the answer, the topic
 * map, the timeline, the "Related topics" table, the Shopify cookie banner and the custom footer).
 */
const shTitle = 'Sale price shows on product page but not in collection grid (Dawn 15)';
const shP1 = [
  'I have a compare-at price set on about forty products for our autumn sale. On the product page the sale price and the ' +
    'crossed-out original price show correctly. In the collection grid, the cards only show the normal price, with no sale ' +
    'badge and no crossed-out price.',
  'Theme is Dawn 15.1, only change I made was to the card-product snippet to add a second image on hover. Store is a small ' +
    'ceramics shop, about 300 products. Anyone know where to look?',
];
const shP2 = [
  'The price in the card comes from the price snippet, which is rendered from card-product. If you copied an older ' +
    'version of card-product when adding the hover image, it may be calling the snippet without the product object the ' +
    'newer price snippet expects.',
  'Could you paste the line in card-product.liquid that renders the price?',
];
const shCode = "{% render 'price', product: card_product, price_class: '', show_compare_at_price: true %}";
const shP3a = ['This is what is in there now:'];
const shP3b = ['It looked fine to me, but I noticed I had copied the whole file from a tutorial written for Dawn 12.'];
const shP4 = [
  'That is it. In Dawn 15 the line also needs the variant, otherwise the snippet falls back to the product price and skips ' +
    'the compare-at logic when the first variant is not on sale. Change it to:',
];
const shCode2 = "{% render 'price', product: card_product, use_variant: true, show_compare_at_price: true %}";
const shP4b = [
  'Better still, take a fresh card-product.liquid from a clean copy of Dawn 15 and add your hover image code again. Old ' +
    'tutorial snippets break in small ways with every major theme version.',
];
const shP5 = [
  'Took the fresh file and added the hover image back in, ten minutes of work. Sale prices and the badge now show in the ' +
    'grid on desktop and mobile. Thank you!',
];
const shP6 = [
  'Glad it is sorted. For anyone else landing here: Shopify keeps the release notes for each theme version in the Theme ' +
    'Store listing, and snippet changes like this one are listed there.',
  'Before any theme update, duplicate the theme first so you can compare the files side by side.',
];
const shPosts: DPost[] = [
  { n: 1, user: 'larchwood_ceramics', full: 'Ottilie Marsh', when: 'Oct 7', whenTitle: 'Oct 7, 2025 8:14 am', likes: '1', cooked: cooked(shP1) },
  {
    n: 2,
    user: 'kobi_builds',
    full: 'Kobi Mensah',
    title: 'Shopify Partner',
    when: 'Oct 7',
    whenTitle: 'Oct 7, 2025 9:02 am',
    likes: '2',
    cooked: cooked(shP2),
  },
  {
    n: 3,
    user: 'larchwood_ceramics',
    full: 'Ottilie Marsh',
    when: 'Oct 7',
    whenTitle: 'Oct 7, 2025 9:40 am',
    cooked: `${cooked(shP3a)}<pre><code class="lang-liquid">${shCode}</code></pre>${cooked(shP3b)}`,
  },
  {
    n: 4,
    user: 'kobi_builds',
    full: 'Kobi Mensah',
    title: 'Shopify Partner',
    when: 'Oct 7',
    whenTitle: 'Oct 7, 2025 10:11 am',
    likes: '5',
    solution: true,
    cooked: `${cooked(shP4)}<pre><code class="lang-liquid">${shCode2}</code></pre>${cooked(shP4b)}`,
  },
  { n: 5, user: 'larchwood_ceramics', full: 'Ottilie Marsh', when: 'Oct 8', whenTitle: 'Oct 8, 2025 7:55 am', likes: '1', cooked: cooked(shP5) },
  {
    n: 6,
    user: 'Devika_S',
    full: 'Devika Sharma',
    title: 'Shopify Staff',
    when: 'Oct 9',
    whenTitle: 'Oct 9, 2025 3:20 pm',
    likes: '3',
    cooked: cooked(shP6),
  },
];
const shLinks = ['Start for free', 'Shopify Help Center', 'Shopify Editions', 'Events'];
const shCats = ['Shopify Discussion', 'Technical Q&A', 'Store Design', 'Shopify Apps', 'Announcements'];
const shTags = ['theme', 'liquid', 'dawn', 'pricing'];
const shSolved = 'Solved by kobi_builds in post #4';
const shRel: [string, string, string, string][] = [
  ['Compare at price not showing on mobile product card', '4', '612', 'Sep 2025'],
  ['Sale badge shows on sold out products in Dawn', '7', '1.1k', 'Aug 2025'],
  ['Price range in collection grid for variants', '2', '388', 'Oct 2025'],
];
const shCookie = ['We use cookies to personalize content, to provide social media features and to analyze our traffic.', 'Accept', 'Decline', 'Manage'];
const shFoot = ['Shopify', 'About', 'Careers', 'Investors', 'Press and Media', 'Terms of Service', 'Privacy Policy', 'Community Guidelines', 'Sitemap'];
const shSlug = 'sale-price-shows-on-product-page-but-not-in-collection-grid-dawn-15/512044';
const shHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${shTitle} - Technical Q&amp;A - Shopify Community</title><meta name="description" content="I have a compare-at price set on about forty products.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0">
<meta property="og:site_name" content="Shopify Community"><meta property="og:title" content="${shTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://community.shopify.com/t/${shSlug}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${shTitle}","author":{"@type":"Person",
"name":"larchwood_ceramics"},"datePublished":"2025-10-07T08:14:00Z","articleSection":"Technical Q&A"}</script>
<link href="/stylesheets/desktop_c1b2.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse-b7f1.br.js"></script>
</head><body class="crawler-disabled category-technical-q-a tags-theme docked has-sidebar-page"><section id="main" class="ember-application">
${dHeader('Shopify Community', shLinks)}
<div id="main-outlet-wrapper" class="wrap" role="main">${dSidebar(shCats, shTags)}<div id="main-outlet"><div class="regular ember-view">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="512044"><a href="/t/${shSlug}" class="fancy-title">${shTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/technical-q-a/211"><span data-category-id="211" class="badge-category">
<span class="badge-category__name">Technical Q&amp;A</span></span></a><div class="list-tags">${shTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag simple" data-tag-name="${t}">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="512044"><div class="posts-wrapper">
<div class="post-stream">${dPost(shPosts[0]!, shSlug)}
<section class="solved-panel"><p class="solved"><span class="accepted-text">Solved by <a href="/u/kobi_builds">kobi_builds</a> in
<a href="/t/${shSlug}/4">post #4</a></span></p><aside class="quote accepted-answer" data-post="4"><blockquote>${shP4[0]}</blockquote></aside></section>
${dTopicMap('Oct 7', 'Oct 9', ['5', '284', '3', '12'])}
${shPosts
  .slice(1)
  .map((p) => dPost(p, shSlug))
  .join('\n')}</div></div></section>${dTimeline('Oct 2025', '1 / 6', 'Oct 9')}</div></div>
${dRelated(shRel)}</div></div></div>
<div class="cookie-banner shopify-cookie" role="dialog" aria-label="Cookie notice"><p>${shCookie[0]}</p>${shCookie
  .slice(1)
  .map((t) => `<button class="btn">${t}</button>`)
  .join('')}</div>
<footer class="custom-footer"><ul>${links(shFoot, 'footer-item')}</ul><p>© 2025 Shopify Inc.</p><p class="powered-by">Powered by Discourse</p></footer>
</section></body></html>`;

export const shopifyThread: TestPage = {
  html: shHtml,
  name: 'heldout207-shopify-community-thread',
  kind: 'forum',
  // the solved plugin's quoted copy of the answer is in neither list; code blocks are in neither list
  title: shTitle,
  headings: [],
  body: texts([...shP1, ...shP2, ...shP3a, ...shP3b, ...shP4, ...shP4b, ...shP5, ...shP6]),
  bylines: ['larchwood_ceramics', 'Ottilie Marsh', 'kobi_builds', 'Kobi Mensah', 'Devika_S', 'Devika Sharma', 'Oct 7', 'Oct 8', 'Oct 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...shLinks, ...dChrome, ...shCats, ...shTags, 'Shopify Partner', 'Shopify Staff', 'Solution', 'Reply', shSolved, ...dMapLabels, '1 / 6',
    'Oct 2025', ...shRel.flatMap((r) => [r[0], r[2], r[3]]), ...shCookie, ...shFoot, '© 2025 Shopify Inc.', 'Powered by Discourse',
  ],
};
