import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout269-kit.js';

/**
 * Held-out batch 269, file c: a Pocket "saved article" web view (getpocket.com/read, React markup with emotion class names:
 * the app header with its nav, the reader toolbar with Archive / Favorite / Tag / Highlights / Share, the article header
 * with the source link and "View Original", the Pocket recommendations rail and footer) of a blog post, and an Instapaper
 * read page of a short news brief (the top bar's buttons, the titlebar with the origin line, the text settings menu and the
 * "Related articles" and highlights bars).
 */
const pTitle = 'The case for boring spreadsheets';
const pH = ['One table, one job', 'Colour is a comment, not data', 'Where formulas belong'];
const pS0 = [
  j(
    'Every team I have joined has had one spreadsheet that everyone is afraid of. It has nine tabs, merged cells in the header,',
    'three shades of yellow that mean different things, and a formula in cell K14 that nobody has read in two years.',
  ),
  'I have come to think that the cure is not a better tool. It is a handful of dull habits that make a sheet easy to read.',
];
const pS1 = [
  j(
    'A tab should hold one kind of thing: orders, or customers, or weekly totals, never a mixture. Each row is one of those things',
    'and each column is one fact about it. When you feel the urge to add a second little table beside the first, make a new tab.',
  ),
];
const pS2 = [
  j(
    'Highlighting a row in yellow feels like recording information, but a filter cannot find it and a formula cannot count it. If',
    'the colour means "awaiting payment", add a status column that says awaiting payment, and let the colour follow from it.',
  ),
];
const pQuote = 'If a colour means something, it deserves a column. If it means nothing, it deserves to go.';
const pS3 = [
  j(
    'Put calculations in their own columns, with headers that say what they compute, and keep raw inputs untouched. A sheet where',
    'typed numbers and computed numbers sit in the same column will eventually have someone type over a formula.',
  ),
  j(
    'None of this is clever, and that is the point. A boring spreadsheet is one that the next person can open on a Monday morning',
    'and trust without asking you what K14 does.',
  ),
];
const pNav = ['Home', 'My List', 'Discover', 'Collections'];
const pRecs = ['How to write a handover note people will read', 'The quiet benefits of a shared team calendar', 'A short guide to naming files'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} | Pocket</title><meta name="robots" content="noindex">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"itemId":"3981226410","locale":"en"}},"page":"/read/[slug]"}</script>
<style data-emotion="css 1x2k9v0">.css-1x2k9v0{max-width:718px;margin:0 auto}</style></head>
<body><div id="__next"><div class="css-1ia8xi5 ezbmh830">
<header class="global-nav css-xz1f0k"><div class="css-1o5h8am"><a href="/home" class="pocket-logo" aria-label="Pocket Home"></a>
<nav class="links"><ul>${links(pNav, 'css-1m9xsn4')}</ul></nav>
<div class="account"><button class="css-1g1ovkb" data-cy="upgrade-link">Upgrade</button><button class="avatar-button" aria-label="Open Account Menu">
</button></div></div></header>
<div class="css-1x2k9v0 reader"><nav class="reader-toolbar css-1kn9f5f"><button class="back" aria-label="Back to My List" title="Back to My List">
<span class="label">Back to My List</span></button><div class="actions"><button data-cy="archive">Archive</button>
<button data-cy="favorite">Favorite</button><button data-cy="tag">Tag</button><button data-cy="highlights">Highlights</button>
<button data-cy="share">Share</button><button data-cy="display-settings" aria-label="Display Settings">Aa</button></div></nav>
<article class="css-14ryq9h"><header class="css-1rdy8u2"><h1 class="css-1wfysv3">${pTitle}</h1>
<div class="css-1ndlhg8"><cite><span class="author">Lotte Quarrendon</span> <span class="dot">·</span>
<a href="https://fieldnotes.quarrendon.net/boring-spreadsheets" class="domain">fieldnotes.quarrendon.net</a>
<span class="dot">·</span> <span class="read-time">5 min read</span></cite>
<a href="https://fieldnotes.quarrendon.net/boring-spreadsheets" class="view-original" target="_blank">View Original</a></div></header>
<div class="css-gm2b9n"><div role="main" id="RIL_container"><div id="RIL_body"><div id="RIL_less" lang="en">
${ps(pS0)}
<h2>${pH[0]}</h2>
${ps(pS1)}
<h2>${pH[1]}</h2>
${ps(pS2)}
<blockquote><p>${pQuote}</p></blockquote>
<h2>${pH[2]}</h2>
${ps(pS3)}
</div></div></div></div></article>
<section class="css-u2lpku recit"><h3>You might also like</h3><ul>${links(pRecs, 'recit-item')}</ul>
<p class="sponsored-label">Recommendations from Pocket</p></section></div>
<footer class="css-19vblz5"><p>© 2026 Read It Later, Inc.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/tos">Terms of Service</a></li></ul></footer></div></div>
<script src="/_next/static/chunks/main-8f1c2e1b.js" defer></script></body></html>`;
const pocket: TestPage = {
  name: 'heldout269-pocket-saved-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pS0, ...pS1, ...pS2, pQuote, ...pS3]),
  bylines: ['Lotte Quarrendon'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'Upgrade', 'Back to My List', 'Archive', 'Favorite', 'Tag', 'Highlights', 'Share', 'fieldnotes.quarrendon.net', '5 min read', 'View Original',
    'You might also like', ...pRecs, 'Recommendations from Pocket', '© 2026 Read It Later, Inc.', 'About', 'Privacy', 'Terms of Service',
  ],
};

const iTitle = 'Keldwick library reopens after roof repairs';
const iBody = [
  j("Keldwick's central library reopened on Saturday after eight months of repairs to its lead roof, which had been stripped by", 'thieves in the summer.'),
  j(
    "The children's floor and the local history room are open again, though the upper reading room will stay closed until its",
    'ceiling plaster has dried out, probably in June.',
  ),
  j(
    'Librarians said about 600 books had been damaged by rainwater. Most have been dried and returned to the shelves; around 90,',
    'mainly old parish maps, have been sent to a conservator.',
  ),
];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${iTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="/static/css/read.css">
<script>window.INSTAPAPER = {bookmark_id: 1733902215, user_id: 4410871, read_position: 0};</script></head>
<body class="read_page fonts_loaded"><div id="top_bar" class="top_bar"><div class="left">
<a href="/u" class="home_link" title="Home">Home</a></div><div class="right">
<a class="js_like" href="#" title="Like">Like</a><a class="js_archive" href="#" title="Archive">Archive</a>
<a class="js_move" href="#" title="Move to folder">Move</a><a class="js_share" href="#" title="Share">Share</a>
<a class="js_delete" href="#" title="Delete">Delete</a><a class="js_text_settings" href="#" title="Text settings">Aa</a></div></div>
<div id="text_controls" class="text_controls" style="display:none"><div class="font_size_row">Font size</div>
<div class="line_spacing_row">Line spacing</div><div class="width_row">Margins</div></div>
<section id="story" class="story" data-bookmark-id="1733902215"><div id="titlebar" class="titlebar">
<h1 class="title">${iTitle}</h1>
<div class="origin_line"><a class="original" href="https://www.keldwickgazette.co.uk/news/library-reopens">keldwickgazette.co.uk</a>
<span class="dot">·</span> <span class="author">by Ffion Larch</span> <span class="dot">·</span> <span class="time">1 min</span></div></div>
<div id="story_content">
${ps(iBody)}
</div></section>
<div id="related_articles" class="related_bar"><h3>Related articles</h3><ul>
<li><a href="/read/1733902301">Council sets date for Keldwick market square consultation</a></li></ul></div>
<div id="highlights_bar" class="highlight_bar"><span class="count">0 highlights</span> <a href="#">Export highlights</a></div>
<script src="/static/js/read.min.js"></script></body></html>`;
const instapaper: TestPage = {
  name: 'heldout269-instapaper-read-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iBody),
  bylines: ['by Ffion Larch'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Like', 'Archive', 'Move', 'Share', 'Delete', 'Font size', 'Line spacing', 'Margins', 'keldwickgazette.co.uk', '1 min',
    'Related articles', 'Council sets date for Keldwick market square consultation', '0 highlights', 'Export highlights',
  ],
};

export const HELDOUT269_C: readonly TestPage[] = [pocket, instapaper];
