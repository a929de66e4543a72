import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout300-kit.js';

/**
 * Held-out batch 300, file f: a toy-safety recall notice on a US safety commission's Drupal site built on the U.S. Web
 * Design System (usa-banner "An official website", recall date and number, field labels as headings, a "Share" bar, the
 * recall photos' captions, "Report an unsafe product" box and footer) and a baby-name meaning page on a Next.js name site
 * (__next root, CSS-module class names, popularity chart labels, sibling and similar name lists, a "Save name" button, the
 * __NEXT_DATA__ script and footer).
 */
const rTitle = 'Pebblewick Toys Recalls Stacking Rainbow Sets Due to Choking Hazard';
const rHeads = ['Name of Product:', 'Hazard:', 'Remedy:', 'Consumer Contact:', 'Recall Details', 'Description:', 'Incidents/Injuries:', 'Sold At:'];
const r1 = [
  'Wooden stacking rainbow toys',
  j('The painted end caps on the arches can detach, exposing a small wooden peg that poses a choking hazard to young children.'),
  j(
    'Consumers should immediately take the recalled toys away from children and contact Pebblewick Toys for a full refund.',
    'Consumers will be asked to cut the largest arch in half and send a photo of the destroyed toy to receive the refund.',
  ),
  j(
    'Pebblewick Toys toll-free at 888-555-0143 from 8 a.m. to 5 p.m. ET Monday through Friday, by email at recall@pebblewick.example',
    'or online at www.pebblewick.example and click on "Product Safety" for more information.',
  ),
  'Units: About 41,000',
  j(
    'This recall involves Pebblewick Toys seven-piece wooden stacking rainbow sets in pastel and bright colors. The arches nest',
    'inside each other and measure from 2 to 10 inches across. "Pebblewick" is printed on the underside of the largest arch, and',
    'the batch code 23PW or 24PW is stamped next to it.',
  ),
  j(
    'The firm has received 11 reports of end caps coming off, including two reports of a child found with a peg in their mouth.',
    'No injuries have been reported.',
  ),
  'Specialty toy stores and online at Amazon.example and pebblewick.example from March 2023 through January 2026 for about $40.',
  'Manufacturer(s): Pebblewick Toys Ltd., of Portland, Oregon',
  'Manufactured In: Vietnam',
];
const rNav = ['Recalls', 'Business & Manufacturing', 'Research & Statistics', 'Safety Education', 'Newsroom', 'About Us'];
const rFoot = ['Accessibility', 'FOIA', 'No FEAR Act Data', 'Office of the Inspector General', 'Privacy Policy', 'USA.gov'];
const field = (h: string, t: string): string => `<div class="recall-product__field"><h3 class="recall-product__label">${h}</h3><p>${t}</p></div>`;
const rHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rTitle} | Consumer Product Safety Board</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" href="/themes/custom/cpsb/uswds/css/styles.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/90121"},"gtag":{"tagId":"G-9RX3L"}}</script></head>
<body class="path-node page-node-type-recall usa-js-loading"><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-accordion__button usa-banner__button"><span
class="usa-banner__button-text">Here’s how you know</span></button></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-logo"><em class="usa-logo__text"><a href="/">Consumer Product Safety Board</a></em></div>
<nav class="usa-nav"><ul class="usa-nav__primary usa-accordion">${links(rNav, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content" class="usa-layout-docs"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(['Home', 'Recalls'], 'usa-breadcrumb__list-item')}</ol></nav><div class="grid-container"><article class="recall">
<h1 class="usa-prose recall__title">${rTitle}</h1><div class="recall-meta"><div class="recall-meta__date"><span class="recall-meta__label">Recall Date:</span>
<time datetime="2026-03-12">March 12, 2026</time></div><div class="recall-meta__number"><span class="recall-meta__label">Recall Number:</span> 26-214</div>
</div>
<div class="recall-share"><span>Share:</span><a class="usa-link">Facebook</a><a class="usa-link">X</a><a class="usa-link">Email</a></div>
<figure class="recall-gallery"><img src="/s3fs-public/pebblewick-rainbow.jpg" alt="Recalled stacking rainbow"><figcaption>Recalled Pebblewick stacking
rainbow, pastel</figcaption></figure>
<div class="recall-product">${field(rHeads[0] ?? '', r1[0] ?? '')}${field(rHeads[1] ?? '', r1[1] ?? '')}${field(rHeads[2] ?? '', r1[2] ?? '')}
${field(rHeads[3] ?? '', r1[3] ?? '')}</div><h2 class="recall-details__title">${rHeads[4]}</h2><div class="recall-details"><p>${r1[4]}</p>
${field(rHeads[5] ?? '', r1[5] ?? '')}${field(rHeads[6] ?? '', r1[6] ?? '')}${field(rHeads[7] ?? '', r1[7] ?? '')}${ps(r1.slice(8))}</div>
<div class="usa-alert usa-alert--info usa-alert--slim"><div class="usa-alert__body"><p class="usa-alert__text">Report an unsafe product at
SaferProducts.example</p></div></div></article></div></main>
<footer class="usa-footer"><div class="usa-footer__primary-section"><ul>${links(rFoot, 'usa-footer__primary-content')}</ul></div>
<div class="usa-footer__secondary-section"><p>Consumer Product Safety Board, 4330 East West Highway, Bethesda, MD 20814</p></div></footer>
<script src="/themes/custom/cpsb/uswds/js/uswds.min.js"></script></body></html>`;
const recall: TestPage = {
  name: 'heldout300-uswds-recall-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts(r1),
  bylines: ['March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Consumer Product Safety Board', ...rNav,
    'Home', 'Recall Date:', 'Recall Number:', 'Share:', 'Facebook', 'Email', 'Recalled Pebblewick stacking rainbow, pastel',
    'Report an unsafe product at SaferProducts.example', ...rFoot, 'Consumer Product Safety Board, 4330 East West Highway, Bethesda, MD 20814',
  ],
};

const bTitle = 'Maren';
const bHeads = ['Meaning and origin', 'Popularity', 'How to say Maren'];
const b1 = [
  j(
    'Maren is a girl’s name of Scandinavian origin, usually said to come from the Latin marinus, "of the sea". It has been used',
    'in Norway and Denmark for centuries, often as a form of Marina, and it carries a fresh, windswept feel.',
  ),
  j(
    'In recent years Maren has travelled well beyond Scandinavia. Parents who like Maya or Margot but want something less common',
    'have made it a quiet favourite, and its short, two-syllable sound works with almost any surname.',
  ),
  j(
    'Maren entered the national top 1000 in 2009 and has climbed steadily since, reaching number 388 in 2025. It is still far',
    'from common: in most classrooms, a Maren will be the only one.',
  ),
  'MAH-ren, with the stress on the first syllable. Some families say MAIR-en, which is also widely used.',
];
const bSibs = ['Soren', 'Linnea', 'Anders', 'Elsa'];
const bSimilar = ['Mirren', 'Karin', 'Karen', 'Maris'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>Maren - Baby Name Meaning, Origin and Popularity | Namewell</title>
<meta name="description" content="Maren is a girl's name of Scandinavian origin meaning of the sea."><link rel="preload" href="/_next/static/css/9a1b7c.css"
as="style"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Maren",
"isPartOf":{"@type":"WebSite","name":"Namewell"}}</script>
<script src="/_next/static/chunks/webpack-7f2e.js" defer=""></script></head><body><div id="__next">
<div class="Layout_layout__Yt2Qe"><header class="Header_header__k3Qp1"><a class="Header_logo__0bL2c" href="/">Namewell</a><nav class="Header_nav__a9Zr4"><ul>
${links(['Baby Names', 'Name Lists', 'Name Generator', 'Forums', 'Blog'], 'Header_navItem__x81Pw')}</ul></nav></header>
<main class="NamePage_main__s7Ue2"><div class="NameHero_hero__pL3aa"><div class="NameHero_tags__Qw1m9"><span class="Tag_tag__t0LkP">Girl</span><span
class="Tag_tag__t0LkP">Nordic</span></div><h1 class="NameHero_title__b2Vx8">${bTitle}</h1><p class="NameHero_meaning__cG9s1">Meaning: of the sea</p>
<button class="SaveButton_button__Pq0zT" type="button">Save name</button></div>
<section class="NameSection_section__R4tYw">
<h2 class="NameSection_heading__Zm8Kc">${bHeads[0]}</h2>${ps(b1.slice(0, 2), ' class="NameSection_text__v6Ee0"')}</section>
<div class="AdSlot_ad__g5Rr7"><span class="AdSlot_label__n1Ff3">Advertisement</span></div>
<section class="NameSection_section__R4tYw"><h2 class="NameSection_heading__Zm8Kc">${bHeads[1]}</h2>${ps(b1.slice(2, 3), ' class="NameSection_text__v6Ee0"')}
<div class="PopularityChart_chart__u3Hh8" role="img" aria-label="Popularity chart"><span class="PopularityChart_axis__W2aa1">2005</span><span
class="PopularityChart_axis__W2aa1">Today</span><span class="PopularityChart_rank__9kLq2">Rank #388</span></div></section>
<section class="NameSection_section__R4tYw">
<h2 class="NameSection_heading__Zm8Kc">${bHeads[2]}</h2>${ps(b1.slice(3), ' class="NameSection_text__v6Ee0"')}</section>
<section class="NameList_list__Hh4s0"><h3>Sibling names for Maren</h3><ul>${links(bSibs, 'NameList_item__rT2m5')}</ul>
<h3>Names similar to Maren</h3><ul>${links(bSimilar, 'NameList_item__rT2m5')}</ul></section>
<div class="Newsletter_box__d0Ck1"><p>Get name inspiration in your inbox every week.</p><button>Sign up</button></div></main>
<footer class="Footer_footer__E5ywn"><ul>${links(['About', 'Privacy', 'Terms', 'Contact'], 'Footer_link__m2Np4')}</ul><p>© 2026 Namewell Media</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"name":"Maren","gender":"girl","rank":388}},"page":"/name/[slug]",
"query":{"slug":"maren"},"buildId":"q8Xo2hT1mZ","isFallback":false,"gssp":true}</script></body></html>`;
const babyName: TestPage = {
  name: 'heldout300-nextjs-babyname-wiki',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts(b1),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Namewell', 'Baby Names', 'Name Lists', 'Name Generator', 'Forums', 'Blog', 'Girl', 'Nordic', 'Meaning: of the sea', 'Save name',
    'Advertisement', '2005', 'Today', 'Rank #388', 'Sibling names for Maren', ...bSibs, 'Names similar to Maren', ...bSimilar,
    'Get name inspiration in your inbox every week.', 'Sign up', 'About', 'Privacy', 'Terms', 'Contact', '© 2026 Namewell Media',
  ],
};

export const HELDOUT300_F: readonly TestPage[] = [recall, babyName];
