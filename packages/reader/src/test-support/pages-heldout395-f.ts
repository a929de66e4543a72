import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout395-kit.js';

/**
 * Held-out batch 395, file f: a company fact sheet on a WordPress block theme (Twenty Twenty-Four: wp-site-blocks, template
 * parts, navigation block, post-title and post-date blocks, group / columns / table / list blocks, a download button and the
 * Cookie Notice plugin bar) and an offices and locations page built with Framer (data-framer-name layers, generated
 * framer-* classes, a grid of office cards, the "Made in Framer" badge).
 */
const fTitle = 'Fact sheet';
const fIntro = [
  j(
    'We build forecasting software for electricity grid operators. This fact sheet collects the figures we are',
    'most often asked for by journalists, analysts and procurement teams. All figures are for the financial year ending 31',
    'December 2025 unless stated otherwise.',
  ),
];
const fRows: readonly (readonly [string, string])[] = [
  ['Founded', '2013, Utrecht'],
  ['Headquarters', 'Utrecht, the Netherlands'],
  ['Employees', '412 in 9 countries'],
  ['Revenue 2025', '€96.4 million'],
  ['Revenue growth', '23% year on year'],
  ['Customers', '58 grid and system operators'],
  ['Ownership', 'Founders and employees 54%, Norvane Capital 46%'],
];
const fWhat = [
  j(
    'Our platform forecasts demand, solar and wind output and congestion on transmission and distribution networks, from the',
    'next fifteen minutes to the next ten years. Operators use it to decide when to buy flexibility, where to reinforce lines',
    'and how much renewable capacity they can connect.',
  ),
  j(
    'Forecasts are produced by an ensemble of statistical and machine-learning models trained on each operator’s own',
    'measurements and on weather data from four national meteorological services.',
  ),
];
const fMarkets = ['Products:'];
const fProducts = [
  'Brindle Horizon: short-term load and generation forecasting',
  'Brindle Gridplan: long-term network planning scenarios',
  'Brindle Flex: forecasting for local flexibility markets',
];
const fPeople = [
  j(
    'Brindle is led by co-founder and chief executive Maartje Hoekstra and chief technology officer Samir Oudeman. The company',
    'is certified to ISO 27001 and publishes an annual transparency report on model accuracy for each of its customers, with',
    'their consent.',
  ),
  j(
    'Brindle has offices in Utrecht, Lisbon, Oslo and Austin. Roughly half of its employees work mostly from home, and the company',
    'holds an all-hands week in Utrecht each September.',
  ),
  j(
    'The company has been profitable since 2021. Its largest customers are transmission operators in the Netherlands, Portugal',
    'and Norway, and in 2025 it signed its first contracts with distribution utilities in Texas and Ontario.',
  ),
];
const fNav = ['Platform', 'Customer stories', 'Research', 'About', 'Careers'];
const fFoot = ['Press', 'Fact sheet', 'Security', 'Privacy statement', 'Responsible disclosure'];
const fHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large'><title>Fact sheet &#8211; Brindle Analytics</title>
<link rel="canonical" href="https://brindle.example/about/fact-sheet/"><meta property="og:title" content="Fact sheet - Brindle Analytics">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Fact sheet",
"dateModified":"2026-03-02T09:30:00+00:00"}]}</script>
<style id='wp-block-library-inline-css'>:root{--wp-admin-theme-color:#007cba;}</style>
<link rel='stylesheet' id='twentytwentyfour-style-css' href='https://brindle.example/wp-content/themes/twentytwentyfour/style.css?ver=1.3' media='all'>
<link rel='stylesheet' id='cookie-notice-front-css' href='https://brindle.example/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.5' media='all'>
<meta name="generator" content="WordPress 6.7.2"></head>
<body class="page-template-default page page-id-88 page-child parent-pageid-12 wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-base-background-color has-background
has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between
is-nowrap is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://brindle.example"
target="_self" rel="home">Brindle Analytics</a></p><nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right
is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Header navigation"><button aria-haspopup="dialog"
aria-label="Open menu" class="wp-block-navigation__responsive-container-open"></button><div class="wp-block-navigation__responsive-container"
id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog"><div
class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right
wp-block-navigation">${links(fNav, 'wp-block-navigation-item wp-block-navigation-link')}</ul></div></div></div></div></nav></div></div></header>
<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h1 style="font-size:clamp(2.2rem, 2.2rem
+ ((1vw - 0.2rem) * 1.2), 3rem);" class="has-text-align-center wp-block-post-title">${fTitle}</h1>
<div style="font-size:var(--wp--preset--font-size--small);" class="has-text-align-center wp-block-post-date has-text-color has-contrast-2-color">Updated
<time datetime="2026-03-02T09:30:00+00:00">March 2, 2026</time></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${ps(fIntro)}
<h2 class="wp-block-heading">Brindle at a glance</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>
${fRows.map(([k, v]) => `<tr><td><strong>${k}</strong></td><td>${v}</td></tr>`).join('\n')}</tbody></table>
<figcaption class="wp-element-caption">Source: Brindle Analytics annual report 2025, audited.</figcaption></figure>
<h2 class="wp-block-heading">What we do</h2>${ps(fWhat)}${ps(fMarkets)}
<ul class="wp-block-list">${lis(fProducts)}</ul>
<h2 class="wp-block-heading">Leadership and offices</h2>${ps(fPeople)}
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://brindle.example/wp-content/uploads/2026/03/brindle-fact-sheet-2026.pdf">Download the fact sheet (PDF, 310 KB)</a></div></div>
</div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow">
<p class="wp-block-site-tagline">Forecasts for the grid we are building.</p></div><div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading
has-medium-font-size">Company</h2><nav class="is-vertical wp-block-navigation"><ul
class="wp-block-navigation__container">${links(fFoot, 'wp-block-navigation-item')}</ul>
</nav></div></div><p class="has-small-font-size">© 2026 Brindle Analytics B.V.</p></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use
cookies to ensure that we give you the best experience on our website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><button
id="cn-accept-cookie"
data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</button><button id="cn-refuse-cookie" data-cookie-set="refuse"
class="cn-set-cookie cn-button" aria-label="No">No</button><a href="https://brindle.example/privacy-statement/" target="_blank" id="cn-more-info"
class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script id="cookie-notice-front-js-before">var cnArgs =
{"ajaxUrl":"https:\\/\\/brindle.example\\/wp-admin\\/admin-ajax.php","hideEffect":"fade","cookieName":"cookie_notice_accepted"};</script>
<script src="https://brindle.example/wp-includes/js/dist/interactivity.min.js?ver=6.7.2" id="wp-interactivity-js"></script></body></html>`;
const blockTheme: TestPage = {
  name: 'heldout395-wordpress-block-theme-fact-sheet',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Brindle at a glance', 'What we do', 'Leadership and offices'],
  body: texts([...fIntro, ...fRows.flat(), ...fWhat, ...fMarkets, ...fProducts, ...fPeople]),
  bylines: ['Updated March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brindle Analytics', ...fNav, 'Source: Brindle Analytics annual report 2025, audited.', 'Download the fact sheet (PDF, 310 KB)',
    'Forecasts for the grid we are building.', 'Company', 'Press', 'Security', 'Privacy statement', 'Responsible disclosure', '© 2026 Brindle Analytics B.V.',
    'We use cookies to ensure that we give you the best experience on our website.', 'Privacy policy',
  ],
};

const oTitle = 'Offices and locations';
const oIntro = [
  j(
    'We design inspection robots for wind turbines, bridges and ship hulls. We work from five offices on three',
    'continents, and most of our people split their week between home, the office and the field.',
  ),
  j(
    'Every office has a workshop as well as desks, so engineers can build and test hardware wherever they are based. Visitors are',
    'welcome by appointment; please bring closed shoes if you would like to see the workshop floor.',
  ),
];
type Office = readonly [city: string, role: string, address: string, text: string];
const oOffices: readonly Office[] = [
  [
    'Bergen',
    'Headquarters',
    'Damsgårdsveien 141, 5160 Laksevåg, Norway',
    j(
      'Our founding office sits on the harbour next to the dry dock where we test hull crawlers. It houses engineering, finance',
      'and the leadership team, about 90 people in all.',
    ),
  ],
  [
    'Esbjerg',
    'Wind service hub',
    'Adgangsvejen 7, 6700 Esbjerg, Denmark',
    j(
      'The base for our offshore crews, with a climbing tower for blade robot training and a quayside store for spare parts.',
      'Crews rotate on two-week shifts during the summer campaign.',
    ),
  ],
  [
    'Glasgow',
    'Software and data',
    '58 Tradeston Street, Glasgow G5 8BH, United Kingdom',
    j(
      'Home to our perception and inspection analytics teams. The office shares a building with a university robotics lab, and',
      'several of our engineers teach there part time.',
    ),
  ],
  [
    'Houston',
    'Americas',
    '2200 Post Oak Boulevard, Suite 410, Houston, TX 77056, United States',
    j('Sales, field service and training for customers in North and South America, with a test tank for hull inspection', 'demonstrations.'),
  ],
  [
    'Busan',
    'Asia-Pacific',
    '31 Centum jungang-ro, Haeundae-gu, Busan, South Korea',
    j('Opened in 2025 to work with shipyards on inspections of new vessels before delivery. The team of twelve is growing quickly.'),
  ],
];
const oClose = [
  j(
    'We do not have offices in other countries, but our field teams travel widely. For work outside the regions above, please',
    'contact the Bergen office and we will put you in touch with the right crew. Our support line is staffed around the clock',
    'from Bergen and Houston, so there is always someone awake who can answer.',
  ),
];
const oNav = ['Robots', 'Services', 'Case studies', 'Company', 'Careers'];
const oFoot = ['LinkedIn', 'YouTube', 'Privacy', 'Cookies'];
const fr = (name: string, cls: string, inner: string): string => `<div class="framer-${cls}" data-framer-name="${name}">${inner}</div>`;
const ft = (tag: string, cls: string, t: string): string => `<div class="framer-${cls}" data-framer-component-type="RichTextContainer"
style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none"><${tag} class="framer-text
framer-styles-preset-1wicq5s"
data-styles-preset="Kk3fRb9Lm">${t}</${tag}></div>`;
const oHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="generator" content="Framer 3f2a1c9">
<title>Offices and locations | Pellucid Robotics</title><meta name="description" content="Where to find Pellucid Robotics: Bergen, Esbjerg, Glasgow,
Houston and Busan.">
<meta property="og:type" content="website"><meta property="og:title" content="Offices and locations | Pellucid Robotics">
<link rel="canonical" href="https://pellucid.example/company/offices"><meta name="framer-search-index"
content="https://framerusercontent.example/sites/7h2k/searchIndex.json">
<style data-framer-css-ssr-minified>.framer-x9Qv2 { display: flex; } .framer-text { overflow-wrap: break-word; }</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Pellucid Robotics","address":{"@type":"PostalAddress",
"addressLocality":"Bergen","addressCountry":"NO"}}</script></head>
<body><script async src="https://events.framer.example/script" data-fid="a91c"></script>
<div id="main" data-framer-hydrate-v2='{"routeId":"qP3xZ","localeId":"default","breakpoints":[{"hash":"1r2s3t","mediaQuery":"(min-width: 1200px)"}]}'
data-framer-ssr-released-at="2026-01-28T10:11:12.000Z" data-framer-page-optimized-at="2026-02-14T08:00:00.000Z">
<div class="framer-x9Qv2 framer-1r2s3t" style="min-height:100vh;width:auto">
${fr(
  'Navigation',
  '4dk2f0',
  `<nav class="framer-1b3xq8n">${ft('p', 'q1w2e3', '<a class="framer-text" href="./">Pellucid Robotics</a>')}
${oNav.map((t, i) => ft('p', `nv${i}`, `<a class="framer-text framer-styles-preset-nav" href="./${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)).join('\n')}
${ft('p', 'ctaNav', '<a class="framer-text" href="./contact">Contact sales</a>')}</nav>`,
)}
<main class="framer-7f3kd1" data-framer-name="Main">
${fr('Hero', '1x2y3z', `${ft('h1', 'hero1', oTitle)}${oIntro.map((p, i) => ft('p', `in${i}`, p)).join('\n')}`)}
${fr(
  'Offices Grid',
  'grid9p',
  oOffices
    .map(([c, r, a, t], i) =>
      fr(
        'Office Card',
        `oc${i}`,
        `<div class="framer-img-${i}" data-framer-background-image-wrapper="true"><img decoding="async" sizes="400px"
src="https://framerusercontent.example/images/office-${i}.jpg" alt="" style="display:block;width:100%;height:100%;object-fit:cover"></div>
${ft('h3', `oh${i}`, c)}${ft('p', `or${i}`, r)}${ft('p', `oa${i}`, a)}${ft('p', `ot${i}`, t)}
${ft('p', `om${i}`, '<a class="framer-text" href="https://maps.example/?q=pellucid">View on map</a>')}`,
      ),
    )
    .join('\n'),
)}
${fr('Closing', 'cl5m2n', oClose.map((p, i) => ft('p', `cl${i}`, p)).join(''))}
${fr(
  'CTA',
  'ct7v3b',
  `${ft('h2', 'cth', 'Come and see a robot climb')}${ft('p', 'ctp', 'Book a demonstration at the office nearest you.')}
${ft('p', 'ctb', '<a class="framer-text" href="./contact">Book a visit</a>')}`,
)}</main>
${fr(
  'Footer',
  'ft8w1q',
  `${ft('p', 'ftt', 'Inspection robots for the structures that keep the lights on.')}${oFoot
    .map((t, i) =>
      ft(
        'p',
        `fl${i}`,
        `<a class="framer-text"
href="./${t.toLowerCase()}">${t}</a>`,
      ),
    )
    .join('')}
${ft('p', 'ftc', '© 2026 Pellucid Robotics AS. Org. no. 921 448 306')}`,
)}
</div><div id="overlay"></div></div>
<div id="__framer-badge-container"><div class="__framer-badge" aria-hidden="true"><a href="https://www.framer.example?utm_source=framer-badge" target="_blank"
rel="noopener" class="framer-badge-link">Made in Framer</a></div></div>
<script>window.__framer_importFromPackage=(e,t)=>()=>null;</script>
<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.example/sites/7h2k/script_main.Kq2mVx.mjs"></script>
</body></html>`;
const framer: TestPage = {
  name: 'heldout395-framer-offices',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oOffices.map((o) => o[0]),
  body: texts([...oIntro, ...oOffices.flatMap(([, r, a, t]) => [r, a, t]), ...oClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pellucid Robotics', ...oNav, 'Contact sales', 'View on map', 'Come and see a robot climb', 'Book a demonstration at the office nearest you.',
    'Book a visit', 'Inspection robots for the structures that keep the lights on.', ...oFoot, '© 2026 Pellucid Robotics AS. Org. no. 921 448 306',
    'Made in Framer',
  ],
};

export const HELDOUT395_F: readonly TestPage[] = [blockTheme, framer];
