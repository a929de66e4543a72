import { links, ps, type TestPage } from './page-kit.js';
import { gold, h, j, lis } from './pages-heldout465-kit.js';

/**
 * Held-out batch 465, file c: an office fit-out case study on a Drupal 10 site (paragraphs, a project facts box, a pull quote
 * and a gallery), and a flexible office broker's listing on Next.js with its __NEXT_DATA__ and an enquiry form.
 */
const dTitle = 'A 1930s print hall becomes a home for 220 engineers';
const dDek = 'How we fitted out 2,400 square metres for Ostrava Dynamics in eleven weeks, without closing the café on the ground floor.';
const dFacts = [
  'Client: Ostrava Dynamics',
  'Location: Linden Quarter, Marlow Cross',
  'Area: 2,400 sq m over two floors',
  'Programme: 11 weeks',
  'Certification: BREEAM Excellent',
];
const dSecs: [string, string[]][] = [
  [
    'The brief',
    [
      j(
        'Ostrava Dynamics had outgrown three separate offices across the city and wanted one building where hardware and software',
        'teams could sit together. They chose the former Linden print hall for its double-height spaces, but the building had been',
        'empty for six years and had no cooling, a single stair core and floors that would not take the load of a test lab.',
      ),
      j(
        'The client asked for quiet, focused space for around 220 people, two labs with heavy benches, a large room for all-hands',
        'meetings and somewhere to eat that did not feel like a canteen. The tenant of the ground-floor café had a lease to 2027,',
        'so the café had to stay open throughout the works.',
      ),
    ],
  ],
  [
    'Working around the café',
    [
      j(
        'We split the site into two zones with an acoustic hoarding and moved all deliveries to the rear yard, with a banksman on',
        'every drop between 7am and 9am. Noisy work such as core drilling was booked for the hours before the café opened, and we',
        'sent the café owner a weekly plan every Friday.',
      ),
      j(
        'The café lost no trading days. Its owner, who had expected the worst, now hosts the engineers’ Friday breakfast, and the',
        'client has added a door from its reception straight into the café.',
      ),
    ],
  ],
  [
    'Labs, light and acoustics',
    [
      j(
        'The labs sit on the ground floor at the back of the hall, on a new reinforced slab laid over the old print pits. Each lab',
        'has its own extract and a raised floor for cabling, and the benches are on anti-vibration mounts.',
      ),
      j(
        'Upstairs, the open floor sits under the original roof lights. We kept the steel trusses exposed and hung felt baffles',
        'between them, which brought the reverberation time down from over three seconds to 0.6. Ten phone rooms and four',
        'meeting rooms line the north wall, built as timber boxes that stop short of the trusses.',
      ),
      'We reused 70 per cent of the client’s existing desks and all of its storage, and sent the rest to a furniture charity.',
    ],
  ],
  [
    'The result',
    [
      j(
        'The teams moved in over a single weekend in March. Six months on, the client reports that meeting room bookings are down',
        'by a third, because people now walk across the floor to talk instead.',
      ),
    ],
  ],
];
const dQuote = '“They treated the café like a client too. That’s why we got the building at all.”';
const dQuoteBy = '— Halvard Renn, Head of Workplace, Ostrava Dynamics';
const dNav = ['Services', 'Projects', 'Sectors', 'Insights', 'About us', 'Contact'];
const dCrumbs = ['Home', 'Projects'];
const dRel = ['Seven floors, one weekend: moving a law firm', 'Fitting out a listed bank hall for a coworking operator', 'What does Cat B really cost?'];
const dFoot = ['Accessibility', 'Modern slavery statement', 'Privacy notice', 'Cookie settings'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Brightwell Interiors</title><link rel="canonical" href="https://www.brightwellinteriors.co.uk/projects/ostrava-dynamics-linden-print-hall">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${dTitle}",
"datePublished":"2024-09-03T10:00:00+0100",
"author":{"@type":"Organization","name":"Brightwell Interiors"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_W3x2l5qLk2u0pZ.css?delta=0&amp;language=en&amp;theme=brightwell"></head>
<body class="path-node page-node-type-case-study"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-brightwell-branding" class="block block-system">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/brightwell/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-brightwell-main-menu-menu" id="block-brightwell-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-brightwell-main-menu-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get"><label for="edit-keys"
class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys"></form></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/projects/ostrava-dynamics-linden-print-hall" class="node node--type-case-study node--view-mode-full">
<div class="case-hero"><div class="field field--name-field-sector field__item">Technology</div><h1 class="page-title"><span
class="field field--name-title">${dTitle}</span></h1>
<div class="field field--name-field-standfirst"><p>${dDek}</p></div>
<div class="field field--name-field-hero-image"><figure><img loading="lazy" src="/sites/default/files/styles/hero/public/2024-08/linden-hall-1.jpg" alt="">
<figcaption>The upper floor under the restored roof lights. Photo: Marit Olsen</figcaption></figure></div></div>
<div class="node__content"><div class="case-facts paragraph paragraph--type--project-facts"><h2 class="visually-hidden">Project facts</h2>
<ul class="case-facts__list">${lis(dFacts, 'case-facts__item')}</ul></div>
<div class="field field--name-field-paragraphs field__items">${dSecs
  .map(
    ([head, paras], i) => `<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">
${h(head)}<div class="clearfix text-formatted field field--name-field-body field__item">${ps(paras)}</div></div></div>
${
  i === 1
    ? `<div class="field__item"><div class="paragraph paragraph--type--quote"><blockquote
class="pull-quote"><p>${dQuote}</p><footer>${dQuoteBy}</footer></blockquote></div></div>`
    : ''
}
${
  i === 2
    ? `<div class="field__item"><div class="paragraph paragraph--type--gallery"><div class="gallery">
<figure><img src="/sites/default/files/2024-08/linden-lab.jpg" alt=""><figcaption>Lab benches on the new slab.</figcaption></figure>
<figure><img src="/sites/default/files/2024-08/linden-phone.jpg" alt=""><figcaption>Phone rooms along the north wall.</figcaption></figure></div></div></div>`
    : ''
}`,
  )
  .join('\n')}</div>
<div class="case-share"><span>Share this project</span><a href="https://www.linkedin.com/shareArticle?url=">LinkedIn</a><a
href="mailto:?subject=">Email</a></div>
</div></article>
<div class="views-element-container block block-views"><h2>More projects</h2><div class="view view-related-projects"><div class="view-content">
<ul>${links(dRel, 'views-row')}</ul></div></div></div>
<div class="block block-block-content cta-block"><h2>Planning a move?</h2><p>Talk to our workplace team about your next space.</p>
<a href="/contact" class="button">Start a conversation</a></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>Brightwell Interiors Ltd, 40 Canal Wharf, Marlow Cross MX1 2BB</p>
<nav class="menu--footer"><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav><p>© 2024 Brightwell Interiors Ltd</p></div></footer></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"}}</script>
<script src="/sites/default/files/js/js_c9aQk2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=brightwell"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout465-drupal-fitout',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([head]) => head),
  body: [dDek, ...dFacts, ...dSecs.slice(0, 2).flatMap(([, p]) => p), dQuote, dQuoteBy, ...dSecs.slice(2).flatMap(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dNav, ...dCrumbs, 'Technology', 'The upper floor under the restored roof lights. Photo: Marit Olsen',
    'Lab benches on the new slab.', 'Phone rooms along the north wall.', 'Share this project', 'LinkedIn', 'Email', 'More projects', ...dRel,
    'Planning a move?', 'Talk to our workplace team about your next space.', 'Start a conversation',
    'Brightwell Interiors Ltd, 40 Canal Wharf, Marlow Cross MX1 2BB',
    ...dFoot, '© 2024 Brightwell Interiors Ltd',
  ],
});

const xTitle = 'Private office for 8–12 people at Albion House, Fenwick Street';
const xDesc = [
  j(
    'A bright corner office on the fourth floor of Albion House, a refurbished 1960s block a short walk from Fenwick Street',
    'station. The suite is furnished and ready to move into, with its own kitchenette and a glazed meeting room for six.',
  ),
  j(
    'The operator runs the building as a serviced centre, so rent, rates, service charge, cleaning, utilities and internet are',
    'all in one monthly fee. Terms start at three months and can be extended month by month.',
  ),
];
const xTable: [string, string][] = [
  ['Desks', '8 to 12'],
  ['Monthly price', 'From £4,900 + VAT'],
  ['Minimum term', '3 months'],
  ['Available from', 'Immediately'],
  ['Building hours', '24/7 access'],
];
const xAmen = ['Reception and mail handling', 'Meeting rooms on every floor', 'Roof terrace', 'Showers and bike store', 'Lift access'];
const xNav = ['Search offices', 'Coworking', 'Virtual offices', 'For landlords', 'Guides'];
const xSimilar = ['Studio for 4 at The Tannery, Wapping Gate — £1,950', 'Office for 10 at Meridian Court — £5,400', 'Office for 15 at 22 Barrow Lane — £7,100'];
const xFoot = ['About Deskfinder', 'How it works', 'Careers', 'Privacy', 'Cookie policy', 'Terms of use'];
const xData = JSON.stringify({
  props: { pageProps: { listing: { id: 'L-88213', title: xTitle, description: xDesc.join('\n\n'), desks: '8-12' } } },
  page: '/office/[slug]',
});
const xHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${xTitle} | Deskfinder</title><meta name="description" content="Serviced office for 8-12 desks at Albion House. From £4,900 per month."/>
<link rel="canonical" href="https://www.deskfinder.co.uk/office/albion-house-fenwick-street-l-88213"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4e1b7c9a2f3d6e80.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4e1b7c9a2f3d6e80.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${xTitle}","offers":{"@type":"Offer","price":"4900",
"priceCurrency":"GBP"}}</script>
<script defer="" src="/_next/static/chunks/pages/office/%5Bslug%5D-a91c7e3b20d4f615.js"></script></head>
<body><div id="__next"><div class="Layout_root__Xk2pQ"><header class="Header_header__c3Lm9"><a class="Header_logo__p0Zr1" href="/">Deskfinder</a>
<nav class="Header_nav__9aQwe"><ul>${links(xNav, 'Header_navItem__b7TzQ')}</ul></nav>
<a class="Button_button__q2Mzx Button_secondary__Jr5Df" href="tel:02079460312">020 7946 0312</a></header>
<main class="ListingPage_main__G4nHs"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__u1Dxa"><ol><li><a href="/">Offices</a></li><li><a
href="/london">London</a></li>
<li><a href="/london/fenwick-street">Fenwick Street</a></li></ol></nav>
<div class="Gallery_gallery__Hk3f0"><button class="Gallery_main__3JdNs"><img alt="Albion House office"
src="/_next/image?url=%2Fl%2F88213%2F1.jpg&amp;w=1200&amp;q=75"/></button>
<span class="Gallery_count__rTq8e">1 / 9</span><button class="Gallery_all__yQ0mb">View all photos</button></div>
<div class="ListingPage_columns__2pXnC"><div class="ListingPage_content__Yc7vR"><h1 class="ListingPage_title__Vx1Ls">${xTitle}</h1>
<p class="ListingPage_address__Qm4Ez">Albion House, 14 Fenwick Street, London EC3N 2AL</p>
<section class="ListingPage_section__fM3a8"><h2>About this office</h2>${ps(xDesc)}</section>
<section class="ListingPage_section__fM3a8"><h2>At a glance</h2><table class="KeyFacts_table__Z7wpo"><tbody>
${xTable.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table></section>
<section class="ListingPage_section__fM3a8"><h2>Amenities</h2><ul class="Amenities_list__vB8kQ">${lis(xAmen, 'Amenities_item__aP3nE')}</ul></section>
<p class="ListingPage_ref__Lw2dc">Listing ref. L-88213 · Updated 2 days ago</p></div>
<aside class="ListingPage_aside__Kx8Rt"><div class="EnquiryCard_card__e1VqG"><p class="EnquiryCard_price__W4mnx">From £4,900<span> /month</span></p>
<form class="EnquiryForm_form__oP9zd"><label>Full name<input name="name" required=""/></label><label>Work email<input name="email" type="email"
required=""/></label>
<label>Team size<select name="team"><option>1–5</option><option>6–10</option><option>11–20</option></select></label>
<button type="submit" class="Button_button__q2Mzx Button_primary__Ze8Bq">Request a viewing</button></form>
<p class="EnquiryCard_note__tA1Fz">Our advice is free. We are paid by the operator.</p></div></aside></div>
<section class="Similar_similar__D0mQk"><h2>Similar offices nearby</h2><ul>${links(xSimilar, 'Similar_card__nL5xA')}</ul></section></main>
<footer class="Footer_footer__U8wLs"><ul>${links(xFoot)}</ul><p>© 2024 Deskfinder Ltd. Deskfinder is a trading name of Workspace Search Ltd.</p></footer>
<div class="CookieBanner_banner__bE3kR" role="dialog" aria-live="polite"><p>We use cookies to personalise your search and measure traffic.</p>
<button>Accept all</button><button>Manage</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${xData}</script></body></html>`;
const nextjs: TestPage = gold({
  name: 'heldout465-nextjs-broker',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['About this office', 'At a glance', 'Amenities'],
  body: ['Albion House, 14 Fenwick Street, London EC3N 2AL', ...xDesc, ...xTable.map(([, v]) => v), ...xAmen],
  bylines: ['Updated 2 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deskfinder', ...xNav, '020 7946 0312', 'Offices', 'London', 'Fenwick Street', '1 / 9', 'View all photos', 'Listing ref. L-88213', 'From £4,900 /month',
    'Full name', 'Work email', 'Team size', 'Request a viewing', 'Our advice is free. We are paid by the operator.', 'Similar offices nearby', ...xSimilar,
    ...xFoot, '© 2024 Deskfinder Ltd. Deskfinder is a trading name of Workspace Search Ltd.', 'We use cookies to personalise your search and measure traffic.',
    'Accept all', 'Manage',
  ],
});

export const HELDOUT465_C: readonly TestPage[] = [drupal, nextjs];
