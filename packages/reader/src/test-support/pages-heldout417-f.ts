import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout417-kit.js';

/**
 * Held-out batch 417, file f: a Patreon-style public post of a chapter as its Next.js client renders it (styled-component
 * class names, data-tag attributes, __NEXT_DATA__, creator header, "Public post" badge, post tags, like / comment / share
 * bar, comments, membership tiers, "More posts", cookie banner) and a comic creator's Ko-fi-style update (profile header,
 * support box with the coffee count, the post with its date, shop items, supporters feed, footer) whose main text is short.
 */
const pTitle = 'Hollow Crown, Chapter 19 (free for everyone)';
const pBody = paras(`
Hello, all! As promised, chapter 19 is public this month so that new readers from the anthology can catch up. Patrons at
every tier already have chapters 20 and 21; chapter 22 lands for them on Friday.

The throne room was colder than the courtyard, which Sabine had not thought possible. Someone had let the braziers die in the
night, and now the long hall held its breath under a skin of frost, the banners stiff as boards, the carpet crunching underfoot.

The crown sat on its cushion where the regent had left it. It was smaller than she remembered from her coronation, a plain
circle of grey iron with a single chip of garnet, and it was hollow. Everyone knew it was hollow. That was the first thing
children learned about it, and the last thing anyone said aloud.

"You could leave," said Marten from the doorway. He had not come in. He never came in. "Take the south road, be in Callow by
the thaw. Nobody would chase you. Half of them would thank you."

"And the other half?"

"The other half would crown the regent's nephew by midsummer and hang the two of us by autumn." He shrugged, as if he were
reporting rain. "It is not a good choice. It is only the choice."

Sabine lifted the crown. It weighed almost nothing. Inside the hollow ring something shifted, soft as sand, and for a moment she
thought she heard, very faintly, a voice counting backwards.

She put it on.

Thank you for reading, and for every comment on the last public chapter. If you want to read ahead, the five-dollar tier is
the cheapest way, and it also unlocks the map of Callow in full resolution.
`);
const pTiers: readonly [string, string][] = [
  ['Reader', '$3 / month'],
  ['Apprentice', '$5 / month'],
  ['Archivist', '$12 / month'],
];
const pMore = ['Hollow Crown, Chapter 18', 'Map of Callow: work in progress', 'March schedule and a small delay'];
const pCom = ['The counting voice!! I need chapter 20 right now', 'Came from the anthology, binged everything. Joining today.'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle} | Patronage</title><meta name="description" content="Get more from Ilka Montrose on Patronage">
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","headline":"${pTitle}","datePublished":"2026-03-05T16:00:00Z",
"author":{"@type":"Person","name":"Ilka Montrose"}}</script><style data-styled="active">.sc-bdVaJa{display:flex}.sc-jSgupP{font-size:14px}</style></head>
<body><div id="__next"><div class="sc-bdVaJa hxNbfL"><header data-tag="creator-header" class="sc-fMiknA bVrTle"><a href="/ilkamontrose"
class="sc-dlfnbm">Ilka Montrose</a><p class="sc-jSgupP">creating serialized fantasy novels and maps</p><button data-tag="join-button"
class="sc-gKsewC">Join for free</button><button data-tag="see-membership-options" class="sc-gKsewC">See membership options</button></header>
<nav class="sc-iCoGMd"><ul>${links(['Home', 'Posts', 'Collections', 'Shop', 'About'], 'sc-furwcr')}</ul></nav>
<main class="sc-jrAGrp"><div data-tag="post-card" class="sc-hKgILt"><div class="sc-eCssSg">
<span data-tag="post-access-label" class="sc-jSgupP">Public post</span>
<span data-tag="post-published-at" class="sc-jSgupP">Mar 5, 2026</span></div><h1 data-tag="post-title" class="sc-gsDKAQ">${pTitle}</h1>
<div data-tag="post-content" class="sc-dkPtRN"><div>${ps(pBody)}</div></div>
<div data-tag="post-tags" class="sc-hBUSln">${lis(['serial fiction', 'fantasy', 'free chapter'], 'sc-fodVxV')}</div>
<div data-tag="post-details" class="sc-fFeiMQ"><button data-tag="like-button" aria-label="Like">Like</button><span data-tag="like-count">186</span>
<button data-tag="comment-post-icon">Comment</button><span>24</span><button data-tag="share-post-icon">Share</button></div>
<section data-tag="comments" class="sc-bqiRlB"><h2 class="sc-jSgupP">Comments</h2>${pCom
  .map(
    (c, i) => `<div data-tag="comment-row" class="sc-iBkjds"><a data-tag="commenter-name">${['Orrin Vale', 'quietfern'][i] ?? ''}</a>
<span data-tag="comment-timestamp">${['5d', '2d'][i] ?? ''}</span><div data-tag="comment-body">${c}</div><button>Reply</button></div>`,
  )
  .join('\n')}<button data-tag="load-more-comments">Load more comments</button></section></div>
<aside class="sc-crHmcD"><h2 class="sc-jSgupP">Select a membership level</h2>${pTiers
  .map(([n, p]) => `<div data-tag="tier-card" class="sc-egiyK"><h3>${n}</h3><span>${p}</span><button>Join</button></div>`)
  .join('\n')}
<h2 class="sc-jSgupP">More posts</h2><ul>${links(pMore, 'sc-hHLeRK')}</ul></aside></main>
<div data-tag="cookie-banner" class="sc-jcFjpl"><p>We use cookies to improve your experience and for marketing.</p><button>Accept all</button>
<button>Manage preferences</button></div><footer class="sc-fnykZs"><ul>${links(['Help Center', 'Terms of Use', 'Privacy Policy'])}</ul>
<p>© 2026 Patronage, Inc.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"bootstrapEnvelope":{"pageBootstrap":{"post":{"data":{"id":"100928311",
"type":"post","attributes":{"title":"${pTitle}","is_public":true,"like_count":186}}}}}}},"page":"/posts/[slug]","buildId":"p-8e1a"}</script>
<script src="/_next/static/chunks/main-3c1d.js" async></script></body></html>`;
const patreon: TestPage = {
  name: 'heldout417-patreon-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['Ilka Montrose', 'Mar 5, 2026', 'Orrin Vale', 'quietfern'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'creating serialized fantasy novels and maps', 'Join for free', 'See membership options', 'Home', 'Posts', 'Collections', 'Shop', 'About',
    'Public post', 'serial fiction', 'fantasy', 'free chapter', 'Like', '186', 'Comment', 'Share', 'Comments', ...pCom, 'Reply', 'Load more comments',
    'Select a membership level', ...pTiers.flatMap(([n, p]) => [n, p]), 'Join', 'More posts', ...pMore,
    'We use cookies to improve your experience and for marketing.', 'Accept all', 'Manage preferences', 'Help Center', 'Terms of Use',
    'Privacy Policy', '© 2026 Patronage, Inc.',
  ],
};

const kTitle = 'Volume two is at the printer!';
const kBody = paras(`
After eight months of pages, corrections and one very long weekend of lettering, the second collected volume of Mothlight
Ferry went to the printer this morning. I cried a little in the print shop car park, which I am told is traditional.

Here is what is in it:

The books should arrive at my flat in the first week of April. Everyone who bought a pre-order here will get theirs before
the shop opens to the public, and every copy will come with a small sketch on the title page. If you would rather not have a
sketch, leave a note on your order and I will keep it clean.

The coffees you have sent over the last year paid for the proof copies and most of the paper, so this book really does belong
partly to you. Thank you. The regular pages start again on Monday.
`);
const kList = [
  'Chapters 6 to 10, all 148 pages, recoloured where the early pages looked flat.',
  'A 16-page side story about the ferry cat, drawn just for the book.',
  'A sketchbook section with the character designs for the lock keepers.',
];
const kShop = ['Mothlight Ferry Vol. 2 (pre-order)', 'Ferry cat enamel pin', 'Signed A4 print: The Night Crossing'];
const kFeed = ['Pim bought 3 coffees', 'Anonymous bought a coffee', 'Rhea S. bought 5 coffees'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Volume two is at the printer! - Ko-cup.com - Nell Ashgrove</title>
<meta name="description" content="The second collected volume of Mothlight Ferry went to the printer this morning."><meta property="og:type" content="article">
<meta property="og:site_name" content="Ko-cup"><script>var shopId = 'N4N1ASH'; var isPageOwner = false; var kofiTheme = 'light';</script></head>
<body class="kfds-body"><div class="kfds-top-bar"><a href="/" class="kfds-c-navbar-logo">Ko-cup</a>
<ul class="kfds-c-navbar-links">${links(['Explore', 'Log in', 'Sign up'])}</ul></div>
<div id="profile-header" class="kfds-c-profile-header"><img class="kfds-c-profile-avatar" src="/img/avatar/nell.png" alt="Nell Ashgrove">
<span class="kfds-font-size-22 kfds-font-bold profile-name">Nell Ashgrove</span><span class="kfds-c-profile-tagline">drawing Mothlight Ferry, a comic about
canals and ghosts</span><button class="kfds-btn-follow">Follow</button></div>
<div class="kfds-layout-wrapper"><div class="kfds-c-side-bar"><div class="kfds-c-support-box"><span class="kfds-font-bold">Buy Nell Ashgrove a coffee</span>
<span class="kfds-c-coffee-count">1,930 supporters</span><button class="kfds-btn-donate">Support</button></div>
<div class="kfds-c-shop-items"><span class="kfds-font-bold">Shop</span><ul>${links(kShop, 'kfds-c-shop-item')}</ul></div>
<div class="kfds-c-feed"><span class="kfds-font-bold">Recent supporters</span><ul>${lis(kFeed, 'kfds-c-feed-item')}</ul></div></div>
<div class="kfds-c-main-content"><div class="feeditem-post kfds-c-card"><div class="kfds-c-post-header"><span class="kfds-c-post-type">Post</span>
<span class="kfds-c-post-date">Mar 10, 2026</span></div><h1 class="kfds-font-size-22 kfds-c-post-title">${kTitle}</h1>
<div class="kfds-c-post-body fr-view">${ps(kBody.slice(0, 2))}<ul>${lis(kList)}</ul>${ps(kBody.slice(2))}</div>
<div class="kfds-c-post-actions"><button class="kfds-btn-like">Like</button><span class="kfds-c-like-count">92</span>
<button class="kfds-btn-share">Share</button></div>
<div class="kfds-c-post-comments"><span class="kfds-font-bold">Comments</span><p class="kfds-c-login-note">Log in to leave a comment</p></div></div></div></div>
<footer class="kfds-c-footer"><ul>${links(['About', 'Help', 'Blog', 'Terms', 'Privacy'])}</ul><p>© Ko-cup Labs Ltd 2026</p></footer>
<div class="kfds-c-cookie-bar"><p>Ko-cup uses cookies to make the site work and to measure how it is used.</p><button>Okay</button></div></body></html>`;
const kofi: TestPage = {
  name: 'heldout417-kofi-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: [...texts(kBody.slice(0, 2)), ...kList, ...texts(kBody.slice(2))],
  bylines: ['Nell Ashgrove', 'Mar 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ko-cup', 'Explore', 'Log in', 'Sign up', 'drawing Mothlight Ferry, a comic about canals and ghosts', 'Follow', 'Buy Nell Ashgrove a coffee',
    '1,930 supporters', 'Support', 'Shop', ...kShop, 'Recent supporters', ...kFeed, 'Post', 'Like', 'Share', 'Comments',
    'Log in to leave a comment', 'About', 'Help', 'Blog', 'Terms', 'Privacy', '© Ko-cup Labs Ltd 2026',
    'Ko-cup uses cookies to make the site work and to measure how it is used.', 'Okay',
  ],
};

export const HELDOUT417_F: readonly TestPage[] = [patreon, kofi];
