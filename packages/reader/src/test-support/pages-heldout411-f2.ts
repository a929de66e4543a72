import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file f2: an Australian product safety recall page on the GovCMS (Drupal) template of Product Safety
 * Australia (Australian Government banner, header with search, menu, breadcrumbs, recall fields with PRA number and
 * published date, product identifiers table, image caption, "Report an unsafe product" and subscribe blocks, "Was this
 * page helpful?", the acknowledgement of country and the footer).
 */
const uTitle = 'Kidsbloom Glow Friends Night Light';
const uFields: [string, string[]][] = [
  [
    'Product description',
    [
      j(
        'Battery-operated children’s night light in the shape of a cloud, star or moon, with a soft silicone cover and a',
        'colour-changing LED. The light uses three AAA batteries held in a compartment on the base, closed with a sliding cover.',
      ),
    ],
  ],
  [
    'What are the defects?',
    [
      j(
        'The battery compartment cover is not secured with a screw and can slide open when the light is squeezed or dropped, giving',
        'a child access to the batteries. The silicone cover can also be pulled off, exposing a button battery used in the remote.',
      ),
    ],
  ],
  [
    'What are the hazards?',
    [
      j(
        'If a button battery is swallowed it can lodge in the throat and cause serious internal burns within two hours, leading to',
        'severe injury or death. Swallowed or inserted AAA batteries may also cause injury.',
      ),
      'The product does not comply with the mandatory safety and information standards for products containing button batteries.',
    ],
  ],
  [
    'What should consumers do?',
    [
      j(
        'Consumers should immediately stop using the night light, remove the batteries and keep them out of reach of children, and',
        'return the product to the place of purchase for a full refund.',
      ),
      j(
        'If you suspect a child has swallowed or inserted a button battery, immediately call the Poisons Information Centre on',
        '13 55 50 for fast, expert advice, 24 hours a day, 7 days a week.',
      ),
    ],
  ],
  ['Supplier', ['Kidsbloom Pty Ltd']],
  ['Where the product was sold', ['Nationally', 'Online']],
  ['Traders who sold this product', ['Little Nest Baby Stores', 'Playroom Direct', 'kidsbloom.example']],
  ['Dates available for sale', ['2 September 2025 - 4 March 2026']],
];
const uIds: [string, string][] = [
  ['GF-CL01', '9354021110013'],
  ['GF-ST02', '9354021110020'],
  ['GF-MN03', '9354021110037'],
];
const uNav = ['Recalls', 'Products', 'Business', 'Product safety laws', 'Injury data', 'About us'];
const uFoot = ['Contact us', 'Accessibility', 'Privacy', 'Disclaimer', 'Copyright', 'Sitemap'];
const uAck = j('We acknowledge the Traditional Custodians of the lands on which we work and pay our respects to Elders past and present.');
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${uTitle} | Product Safety Australia</title>
<meta name="description" content="Battery-operated children’s night light in the shape of a cloud, star or moon."><meta name="dcterms.creator"
content="Australian Competition and Consumer Commission"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${uTitle}","datePublished":"2026-03-12"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"entityType":"node","entityBundle":"recall"});</script>
<link rel="stylesheet" href="/themes/custom/psa/dist/css/psa.css"></head>
<body class="path-node page-node-type-recall"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="au-banner"><p>An Australian Government website</p></div>
<header class="psa-header" role="banner"><a class="psa-header__brand" href="/"><span class="psa-header__crest">Australian Government</span>
<span class="psa-header__site-name">Product Safety Australia</span></a>
<form class="psa-search" role="search"><label for="edit-search" class="visually-hidden">Search</label><input id="edit-search" type="search"></form>
<nav class="psa-main-nav" aria-label="Main navigation"><ul class="menu">${links(uNav, 'menu-item')}</ul></nav></header>
<main id="main-content" role="main"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb
</h2><ol><li><a href="/">Home</a></li><li><a href="/recalls">Recalls</a></li></ol></nav>
<article class="node node--type-recall node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${uTitle}</span></h1>
<div class="recall-meta"><div class="field field--name-field-pra-number"><div class="field__label">PRA number</div>
<div class="field__item">2026/20517</div></div>
<div class="field field--name-field-date-published"><div class="field__label">Published date</div><div class="field__item"><time
datetime="2026-03-12T12:00:00Z">12 Mar 2026</time></div></div></div>
<div class="recall-image"><figure><img src="/sites/default/files/recalls/glow-friends.jpg" alt=""><figcaption>Glow Friends night lights: cloud,
star and moon</figcaption></figure></div>
${uFields
  .map(
    ([label, vals]) => `<div class="field field--label-above"><h2 class="field__label">${label}</h2><div class="field__items">
${vals.length > 1 && label.startsWith('W') && !label.endsWith('?') ? `<ul>${vals.map((v) => `<li>${v}</li>`).join('')}</ul>` : ps(vals)}</div></div>`,
  )
  .join('\n')}
<div class="field field--name-field-identifiers"><h2 class="field__label">Product identifiers</h2><table><thead><tr><th>Model</th><th>Barcode</th></tr>
</thead><tbody>${uIds.map(([m, b]) => `<tr><td>${m}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div>
<div class="share-links"><span>Share this page</span><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div></article>
<aside class="psa-sidebar"><div class="block"><h2>Report an unsafe product</h2><p>Tell us about a product that has caused an injury or that you think
is unsafe.</p><a href="/report" class="button">Make a report</a></div>
<div class="block"><h2>Subscribe to recalls</h2><p>Get email alerts when new recalls are published.</p>
<a href="/subscribe" class="button">Subscribe</a></div></aside>
<div class="feedback-form"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></main>
<footer class="psa-footer" role="contentinfo"><div class="psa-footer__acknowledgement"><p>${uAck}</p></div>
<ul class="psa-footer__links">${links(uFoot)}</ul><p>© Commonwealth of Australia 2026</p></footer>
<script src="/core/misc/drupal.js"></script></body></html>`;
export const auRecall: TestPage = {
  name: 'heldout411-govcms-au-product-safety-recall',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [...uFields.map(([label]) => label), 'Product identifiers'],
  body: texts([...uFields.flatMap(([, vals]) => vals), ...uIds.flat()]),
  bylines: ['Published date', '12 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An Australian Government website', 'Australian Government', 'Product Safety Australia', ...uNav, 'Home',
    'PRA number', '2026/20517', 'Glow Friends night lights: cloud, star and moon', 'Share this page', 'Facebook', 'LinkedIn', 'Copy link',
    'Report an unsafe product', 'Tell us about a product that has caused an injury or that you think is unsafe.', 'Make a report', 'Subscribe to recalls',
    'Get email alerts when new recalls are published.', 'Subscribe', 'Was this page helpful?', uAck, ...uFoot, '© Commonwealth of Australia 2026',
  ],
};
