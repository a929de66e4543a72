import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout614-kit.js';

/**
 * Held-out batch 614, file e: a long write-up of a ledger rebinding on a bookbinder's Hugo blog (PaperMod theme, table of
 * contents, breadcrumbs, share buttons), and a shadow box framing service page on WordPress with Elementor (Hello theme).
 */
const hTitle = 'Rebinding a shop ledger from 1911';
const hDesc = 'Three weeks, one very heavy book, and what I learned about account-book bindings along the way.';
const hH = ['The book', 'Why ledgers break', 'Taking it apart', 'Guarding and resewing', 'The spring back', 'Covering', 'What I would do differently'];
const hSecs: string[][] = [
  [
    j(
      'The ledger belongs to the Pell family, who ran an ironmonger’s on Cask Street for ninety years. It is a full-bound',
      'account book, 42 cm tall, with 480 ruled leaves, and it records every sale the shop made between 1911 and 1914: nails by',
      'the pound, paraffin by the gallon, a mangle on credit to a Mrs Aske that took two years to pay off.',
    ),
    j(
      'It arrived in two pieces. The text block had cracked clean in half at the centre, the front board was hanging by a few',
      'threads, and the spine had gone altogether, leaving the springs exposed. The family wanted it to be usable for research,',
      'not put on display, so it had to open flat again.',
    ),
  ],
  [
    j(
      'Account books were made to take punishment. They were opened hundreds of times a day, on a counter, with someone leaning',
      'on them to write. The traditional answer is the spring back: a stiff, curved spine made of layers of board that snaps the',
      'book open flat and holds it there.',
    ),
    j(
      'The weakness is the sewing. Ledgers were sewn on tapes, and the tapes carry the whole weight of the text block when the',
      'book is lifted by its boards. After a century of that, the linen tapes rot at the joints, and once one goes the others',
      'follow quickly.',
    ),
  ],
  [
    j(
      'I photographed everything before I touched it, then lifted the remains of the leather and the spring. The spring was',
      'beyond saving: the boards had delaminated and someone had once tried to fix it with a nail. The sections themselves came',
      'apart easily because the old glue had turned to powder.',
    ),
    'Once the book was pulled I had:',
    '30 sections of 16 leaves each, most with splits along the fold',
    'The original marbled endpapers, worth keeping',
    'A handwritten index at the front, sewn in as a separate section',
  ],
  [
    j(
      'Almost every fold needed a guard. I used strips of Japanese tissue, a heavier weight on the outer folds of each section,',
      'pasted with wheat starch and left to dry under weight. Thirty sections took a full week, mostly waiting for things to dry.',
    ),
    j(
      'I resewed on new linen tapes, five of them, with an unbleached linen thread. Sewing a book this size is slow. Each section',
      'has to be knocked down and checked against the one below, or the spine ends up twisted, and a twist in a ledger never',
      'comes out.',
    ),
    '<blockquote><p>A ledger is sewn for the counter, not the shelf. Sew it as if someone will lean on it for another hundred years.</p></blockquote>',
  ],
  [
    j(
      'The spring is built up from layers of manila card and thin millboard, glued together while curved around a former the',
      'shape of the rounded spine. I made mine a little thicker than the original, since the book will be handled by researchers',
      'who may not be gentle.',
    ),
    j(
      'The spring is not glued to the spine. It sits in a hollow formed by a strip of paper, so that it can flex away from the text',
      'block as the book opens. Getting that gap right took three attempts.',
    ),
  ],
  [
    j(
      'The original covering was reversed calf on the spine and corners with cloth sides. I matched it with a suede-finished goat,',
      'dyed to a dull brown, and reused the old cloth sides, which were worn but sound. The original red leather labels were lifted',
      'and laid onto the new spine.',
    ),
  ],
  [
    j(
      'I would make the spring first, before resewing, so that I could test the opening on a dummy. I would also have asked the',
      'family for permission to wash the index section, which is badly stained. Next time.',
    ),
    'The ledger went back to the Pells last week. It opens flat on any page, and Mrs Aske’s mangle is there on page 212.',
  ],
];
const hMenu = ['Posts', 'Bindings', 'Tags', 'About'];
const hTags = ['ledgers', 'spring-back', 'resewing'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Oskar Veldt, bookbinder</title><meta name="keywords" content="ledgers, spring-back, resewing">
<meta name="description" content="${hDesc}"><meta name="author" content="Oskar Veldt">
<link rel="canonical" href="https://oskarveldt.example/posts/rebinding-a-1911-ledger/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.5cfc680b1eeaeef9efbced92d46c2a9e876b72ee14fba85846afc4cff9e6e6f8.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"datePublished":"2026-01-18T09:00:00+00:00","author":[{"@type":"Person","name":"Oskar Veldt"}]}</script>
<meta name="generator" content="Hugo 0.123.7"></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Oskar Veldt, bookbinder (Alt + H)">Oskar Veldt, bookbinder</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-01-18 09:00:00 +0000 UTC'>January 18, 2026</span>&nbsp;·&nbsp;8 min&nbsp;·&nbsp;Oskar Veldt</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${hSecs
  .map((sec, i) => {
    const h = hH[i] ?? '';
    const paras = sec.filter((t) => !t.startsWith('<') && !/^(30|The original marbled|A handwritten)/.test(t));
    const items = i === 2 ? `<ul>\n${lis(sec.slice(2))}\n</ul>` : '';
    const quote = sec.filter((t) => t.startsWith('<blockquote>')).join('');
    const body = i === 2 ? `${ps(sec.slice(0, 2))}\n${items}` : `${ps(paras)}\n${quote}`;
    return `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}<a hidden class="anchor" aria-hidden="true" href="#${h.toLowerCase().replace(/ /g, '-')}">#</a>
</h2>\n${body}`;
  })
  .join('\n')}
<figure><img loading="lazy" src="/images/ledger-open.jpg" alt="The ledger open flat at page 212"><figcaption><p>Open flat at last, on page 212.</p>
</figcaption></figure></div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul>
<nav class="paginav"><a class="prev" href="/posts/quarter-leather-atlas/"><span class="title">« Prev</span><br><span>A quarter-leather school atlas</span></a>
<a class="next" href="/posts/paring-knives/"><span class="title">Next »</span><br><span>Three paring knives, compared</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=ledger">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on email" href="mailto:?subject=ledger">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://oskarveldt.example/">Oskar Veldt, bookbinder</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout614-hugo-ledger-rebinding',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hDesc, ...hSecs.flat()]),
  bylines: ['January 18, 2026 · 8 min · Oskar Veldt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Oskar Veldt, bookbinder', ...hMenu, 'Home', 'Table of Contents', 'Open flat at last, on page 212.', ...hTags, '« Prev', 'A quarter-leather school atlas',
    'Next »', 'Three paring knives, compared', '© 2026 Oskar Veldt, bookbinder', 'Powered by Hugo & PaperMod',
  ],
};

const eTitle = 'Shadow Box Framing for Medals, Shirts &amp; Keepsakes';
const eIntro = j(
  'Some things are too deep for an ordinary frame. A shadow box gives objects room to sit off the backing, with a spacer between',
  'the glass and the piece, so that a medal group, a christening gown or a signed shirt can be displayed without being squashed.',
);
const eH = ['What we can frame', 'How we mount objects', 'Prices'];
const eWhat = [
  'Military medals and ribbons',
  'Football and rugby shirts',
  'Christening gowns and baby shoes',
  'Wedding bouquets (dried first)',
  'Tools, keys and small heirlooms',
];
const eHow = [
  j(
    'Nothing is glued. Medals are stitched to a fabric-covered board through their ribbons; shirts are folded over a padded',
    'acid-free insert and held with a few stitches at the shoulders. Everything can be removed later without damage.',
  ),
  'Boxes are made to order in oak, walnut or painted tulipwood, from 4 cm to 10 cm deep.',
];
const ePrice = ['Shadow boxes start at £85 for a single medal and £210 for a framed shirt with UV glass. We give a fixed quote once we have seen the piece.'];
const eNav = ['Home', 'Picture Framing', 'Shadow Boxes', 'Restoration', 'Contact'];
const eTestimonial = '“They framed my grandad’s medals with his cap badge and it is the best thing in the house.”';
const eWidget = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSection = (id: string, widgets: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${widgets}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shadow Box Framing | Brackwater Frame Co.</title><meta name="description" content="Deep box frames for medals, shirts and keepsakes, made to order.">
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.20.3' media='all' />
<link rel='stylesheet' id='elementor-post-88-css' href='/wp-content/uploads/elementor/css/post-88.css?ver=1712' media='all' />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Shadow Box Framing","isPartOf":{"@type":"WebSite",
"name":"Brackwater Frame Co."}}</script>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${eSection(
  '1a2b3c',
  `${eWidget('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2023/09/brackwater-logo.svg" alt="Brackwater Frame Co."></a>', '4d5e6f')}
${eWidget(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-7a8b" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-7a8b" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  '7a8b9c',
)}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960412">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call 01632 960412</span></span></a></div>`,
  'b1c2d3',
)}`,
)}
</header>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${eSection(
  'e1f2a3',
  `${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, 'c4d5e6')}
${eWidget('text-editor', `<p>${eIntro}</p>`, 'f7a8b9')}`,
)}
${eSection(
  'a9b8c7',
  `${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[0]}</h2>`, 'd6e5f4')}
${eWidget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eWhat
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`,
  'c3b2a1',
)}
${eWidget(
  'image',
  `<img width="800" height="600" src="/wp-content/uploads/2025/06/medal-box.jpg" class="attachment-large size-large"
alt="Medal group in an oak shadow box">`,
  '0a1b2c',
)}`,
)}
${eSection(
  '3d4e5f',
  `${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[1]}</h2>`, '6a7b8c')}
${eWidget('text-editor', ps(eHow), '9d0e1f')}
${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[2]}</h2>`, '2a3b4c')}
${eWidget('text-editor', ps(ePrice), '5d6e7f')}`,
)}
${eSection(
  '8a9b0c',
  `${eWidget(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eTestimonial}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Denise R.</div>
<div class="elementor-testimonial-job">Customer, Harleigh</div></div></div></div>`,
    '1d2e3f',
  )}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-text">Ask for a quote</span></a></div>`,
  '4a5b6c',
)}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer">
${eSection(
  '7d8e9f',
  `${eWidget('text-editor', '<p>Brackwater Frame Co., 9 Chandlery Yard, Brackwater</p><p>Open Monday to Saturday, 9am–5pm</p>', '0b1c2d')}
${eWidget('text-editor', '<p>© 2026 Brackwater Frame Co. All rights reserved.</p>', '3e4f5a')}`,
)}
</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout614-elementor-shadow-box',
  kind: 'docs',
  html: eHtml,
  title: 'Shadow Box Framing for Medals, Shirts & Keepsakes',
  headings: eH,
  body: texts([eIntro, ...eWhat, ...eHow, ...ePrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Call 01632 960412', eTestimonial, 'Denise R.', 'Customer, Harleigh', 'Ask for a quote',
    'Brackwater Frame Co., 9 Chandlery Yard, Brackwater', 'Open Monday to Saturday, 9am–5pm', '© 2026 Brackwater Frame Co. All rights reserved.',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT614_E: readonly TestPage[] = [hugo, elementor];
