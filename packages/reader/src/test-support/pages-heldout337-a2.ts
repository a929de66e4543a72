import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file a2: a publisher's book page with an extract, on a Drupal site (utility bar, mega menu,
 * breadcrumbs, format tabs with price and ISBN, "Buy from" retailer buttons, the blurb, the extract, press quotes,
 * the author card, "You might also like", the newsletter sign-up, the OneTrust cookie banner and the footer).
 */
const pTitle = 'The Cartographer’s Daughters';
const pAbout = [
  j(
    'Three sisters, one map and a coastline that will not stay still. In the spring of 1887, the surveyor Absalom Quirke dies',
    'with his great chart of the northern shore unfinished, and leaves each of his daughters a single sheet of it.',
  ),
  j(
    'Philippa wants to sell hers to the Admiralty. Hester wants to burn hers. And Nell, the youngest, wants to know why the',
    'three sheets, laid side by side, show an island that no ship has ever reported.',
  ),
  'A sweeping, witty novel about sisters, ambition and the stories we draw on the world to make it hold still.',
];
const pExtract = [
  j(
    'Our father died on a Tuesday, which he would have thought untidy. He liked to finish things at the end of a week, to ink',
    'the last soundings on a Saturday afternoon and let them dry over the Sabbath, so that on Monday the chart could be rolled',
    'and tied and sent down to the carrier as if it had made itself.',
  ),
  j(
    'Hester found him. She had gone up to the long room with his tea and found him at the table with his pen still in his hand,',
    'and the lamp still burning although it was nearly noon. She told us afterwards that she had known at once, because the',
    'ink on the nib had dried, and he never let that happen.',
  ),
  j(
    'I was in the garden, pretending to weed. Philippa was in town, arguing with the bank. By the time we were both in the',
    'house the doctor had been sent for, and the minister, and Mrs Auden from the bakery, who was not sent for but came anyway,',
    'with a loaf under her arm as if bread were a form of condolence. Perhaps it is.',
  ),
  j(
    'The chart lay on the table where he had left it: the whole northern shore from Scarrow Point to the mouth of the Lune,',
    'forty years of his life in soundings and hachures and tiny careful names. Except that it was not whole. Someone, and it',
    'could only have been our father, had cut it into three.',
  ),
  j('“He’s done it on purpose,” Philippa said. She was still wearing her town gloves. “He’s done it so we’ll have to agree about', 'something.”'),
  j('“Then he has died a fool,” said Hester, and went to put the kettle on, because somebody had to and it was never going to', 'be Philippa.'),
  j(
    'I stayed by the table after they had gone. I have always been the one who stays. The three sheets lay a little apart, the',
    'way he had arranged them, and where the edges did not quite meet there was a strip of bare oak, no wider than my finger,',
    'running out to sea.',
  ),
  j(
    'It took me a long time to understand that he had not cut the coast at all. He had cut around something. And in the bare',
    'strip, if you bent close enough to smell the varnish, you could see the faint pencil line of a shore he had never inked.',
  ),
];
const pUtil = ['Books for Schools', 'Contact us', 'Sign in'];
const pMenu = ['Books', 'Authors', 'Features', 'Book lists', 'Events', 'Reading groups'];
const pCrumbs = ['Home', 'Fiction', 'Historical fiction'];
const pFormats = ['Hardback', 'eBook', 'Audiobook'];
const pRetail = ['Kestrel Books', 'Waymark & Co', 'Lantern Bookshops', 'Find your local bookshop'];
const pPraise = [
  '“Clever, warm and as exact as a good map. I loved these sisters.” Ruth Abernathy',
  '“A novel to get lost in, in the best sense.” The Northern Review',
];
const pAlso = ['The Pilot’s Wife', 'Ink and Tide', 'The Lighthouse Accounts'];
const pFoot = ['About us', 'Jobs', 'Press office', 'Rights', 'Accessibility', 'Privacy', 'Cookies', 'Terms & conditions'];
const pCookie = j(
  'We use cookies to help our site work, to understand how it is used, and to tailor the adverts presented on our site. By clicking',
  '“Accept all cookies”, you agree to this.',
);
const pHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>The Cartographer’s Daughters by Tobias Wren | Harrow &amp; Lune</title>
<meta name="description" content="Three sisters, one map and a coastline that will not stay still. Read an extract from Tobias Wren’s new novel.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="book">
<link rel="canonical" href="https://www.harrowandlune.example/books/448120/the-cartographers-daughters-by-wren-tobias/9780241991204">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Cartographer’s Daughters","author":{"@type":"Person",
"name":"Tobias Wren"},"isbn":"9780241991204","publisher":{"@type":"Organization","name":"Harrow & Lune"},"datePublished":"2026-05-14"}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0b2c7e-hl"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"product","isbn":"9780241991204","format":"Hardback"});</script></head>
<body class="path-node page-node-type-book"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="utility-bar"><ul class="utility-bar__links">${links(pUtil)}</ul></div>
<header role="banner" class="site-header"><a href="/" rel="home" class="site-logo">Harrow &amp; Lune</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">${links(pMenu, 'menu-item')}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(pCrumbs)}</ol></nav></div>
<article data-history-node-id="448120" role="article" class="node node--type-book node--view-mode-full book-detail">
<div class="book-detail__hero"><div class="book-detail__cover"><img src="/sites/default/files/covers/9780241991204.jpg" alt="Book cover"></div>
<div class="book-detail__summary"><h1 class="book-detail__title">${pTitle}</h1>
<p class="book-detail__author">by <a href="/authors/20931/tobias-wren">Tobias Wren</a></p>
<div class="format-tabs" role="tablist">${pFormats
  .map((f, i) => `<button role="tab" class="format-tabs__tab${i === 0 ? ' is-active' : ''}">${f}</button>`)
  .join('')}</div>
<dl class="book-detail__meta"><dt>Price</dt><dd>£18.99</dd><dt>ISBN</dt><dd>9780241991204</dd><dt>Published</dt><dd>14 May 2026</dd>
<dt>Pages</dt><dd>416</dd></dl><div class="buy-from"><h3 class="buy-from__title">Buy from</h3><ul class="buy-from__list">${links(
  pRetail,
  'buy-from__item',
)}</ul></div>
</div></div>
<section class="book-detail__about field field--name-body"><h2 class="section-title">About the book</h2>
<div class="clearfix text-formatted field__item">${ps(pAbout)}</div></section>
<section class="book-detail__extract" id="extract"><h2 class="section-title">Read an extract</h2><div class="extract__body text-formatted">${ps(pExtract)}</div>
<p class="extract__copyright">Text © Tobias Wren, 2026. Extracted from The Cartographer’s Daughters, published by Harrow &amp; Lune.</p></section>
<section class="book-detail__praise"><h2 class="section-title">Praise</h2><ul class="praise-list">${pPraise
  .map(
    (q) => `<li
class="praise-list__item"><blockquote>${q}</blockquote></li>`,
  )
  .join('')}</ul></section>
<section class="book-detail__author-card"><h2 class="section-title">About the author</h2><div class="author-card"><h3 class="author-card__name">Tobias Wren</h3>
<p class="author-card__bio">Tobias Wren was born on the east coast and spent a decade drawing charts for a harbour authority. This is his third novel.</p>
<a class="author-card__link" href="/authors/20931/tobias-wren">Discover more about Tobias Wren</a></div></section></article>
<section class="related-books"><h2 class="section-title">You might also like</h2><ul class="book-carousel">${links(pAlso, 'book-carousel__item')}</ul></section>
<section class="newsletter-signup"><h2 class="newsletter-signup__title">Sign up to the Harrow &amp; Lune newsletter</h2>
<p class="newsletter-signup__text">For the latest books, recommendations, author interviews and more</p>
<form class="newsletter-signup__form"><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign
up</button></form></section></main>
<footer role="contentinfo" class="site-footer"><ul class="footer-menu">${links(pFoot, 'menu-item')}</ul>
<p class="site-footer__copyright">© Harrow &amp; Lune Publishing Ltd, 2026</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><div id="onetrust-policy-text">${pCookie}</div></div><div id="onetrust-button-group-parent">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>
</body></html>`;

export const publisherPage: TestPage = {
  name: 'heldout337-drupal-publisher-book-extract-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['About the book', 'Read an extract'],
  body: [...texts(pAbout), ...texts(pExtract)],
  bylines: ['by Tobias Wren'],
  furniture: [
    ...pUtil,
    'Harrow & Lune',
    ...pMenu,
    ...pCrumbs,
    ...pFormats,
    'Price',
    '£18.99',
    'ISBN',
    '9780241991204',
    'Published',
    '14 May 2026',
    'Buy from',
    ...pRetail,
    'Text © Tobias Wren, 2026. Extracted from The Cartographer’s Daughters, published by Harrow & Lune.',
    'Praise',
    ...pPraise,
    'About the author',
    'Tobias Wren was born on the east coast and spent a decade drawing charts for a harbour authority. This is his third novel.',
    'Discover more about Tobias Wren',
    'You might also like',
    ...pAlso,
    'Sign up to the Harrow & Lune newsletter',
    'For the latest books, recommendations, author interviews and more',
    'Sign up',
    ...pFoot,
    '© Harrow & Lune Publishing Ltd, 2026',
    pCookie,
    'Cookies Settings',
    'Accept all cookies',
  ],
};
