import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file a2: a district council's cemetery memorial regulations guide page on LocalGov Drupal, with a
 * table of sizes, guide contents and previous / next links.
 */
const dTitle = 'Memorials and headstones in council cemeteries';
const dIntro = [
  j(
    'This page explains the rules for placing a memorial on a grave in one of the five cemeteries run by Eastmere District Council.',
    'The rules protect the safety of visitors and staff and keep the cemeteries in a condition that everyone can enjoy.',
  ),
  j(
    'Buying a grave gives you the Exclusive Right of Burial. It does not give you ownership of the land, and no memorial may be placed',
    'without our written permission.',
  ),
];
const dPermH = 'Getting permission';
const dPerm = [
  j(
    'Your memorial mason applies to us on your behalf. The application must include a drawing of the memorial with its dimensions,',
    'the stone to be used, the full wording of the inscription and the signature of the registered owner of the grave.',
  ),
  j(
    'We aim to reply within 15 working days. Work must not begin until the mason has received our permit, and the permit number',
    'must be engraved on the back or side of the base in letters no larger than 10 millimetres.',
  ),
  j(
    'Masons must be registered with us and must hold public liability insurance of at least £5 million. They must also be',
    'accredited under a recognised fixing scheme.',
  ),
];
const dSizeH = 'Sizes and types allowed';
const dSizeIntro = 'The size of memorial allowed depends on the section of the cemetery the grave is in.';
const dRows = [
  ['Lawn section', '900 mm', '750 mm', 'No kerbs, chippings or glass'],
  ['Traditional section', '1,350 mm', '900 mm', 'Kerbs allowed with permission'],
  ['Cremated remains plots', '600 mm', '600 mm', 'Tablet or flat plaque only'],
  ["Children's garden", '750 mm', '600 mm', 'Ornaments within the plot only'],
];
const dSizeNote = j(
  'Heights are measured from ground level and include the base. Memorials must be made of natural stone or bronze.',
  'Concrete, timber crosses older than 12 months and plastic memorials are not allowed.',
);
const dSafeH = 'Safety inspections';
const dSafe = [
  j(
    'We test every memorial for stability at least once every five years. If a memorial is found to be unsafe, we will lay it down',
    'or support it with a temporary stake and write to the grave owner. The owner is responsible for the cost of repairs.',
  ),
  j('If we cannot reach the owner, we will put a notice on the grave. We will keep the memorial safe for 12 months before taking', 'further action.'),
];
const dItemsH = 'Flowers and personal items';
const dItems = [
  'Fresh or artificial flowers may be placed in the vase on the memorial base.',
  'Solar lights, wind chimes and glass items are not allowed on the lawn section.',
  'We will remove items placed on the grass so that the section can be mown, and keep them for one month.',
];
const dFees = j(
  'The permit fee for a new memorial is £145 and for an additional inscription is £60. See our <a href="/bereavement/fees">cemetery',
  'fees page</a> for the full list.',
);
const dGuide = ['Overview', 'Buying a grave', 'Arranging a burial', 'Memorials and headstones in council cemeteries', 'Cemetery opening times'];
const dNav = ['Bins and recycling', 'Council tax', 'Housing', 'Planning', 'Births, deaths and marriages', 'Parking and roads'];
const dCrumbs = ['Home', 'Births, deaths and marriages', 'Burials and cremations'];
const dFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs at the council'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${dTitle} | Eastmere District Council</title>
<meta name="description" content="Rules for memorials, headstones and items on graves in Eastmere cemeteries.">
<link rel="canonical" href="https://www.eastmere.gov.uk/burials/memorials"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?s8k2lp">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2311"}}</script></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" aria-label="Cookie consent"><div
 class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on our website</h2>
<p>We use essential cookies to make our site work. We would also like to use analytics cookies to help us improve it.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
 class="agree-button eu-cookie-compliance-default-button">Accept analytics cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Reject analytics cookies</button></div></div></div></div>
<header class="lgd-header" role="banner"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/sites/default/files/eastmere-logo.svg" alt="Eastmere District Council home page"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-block-form"><label for="edit-s"
 class="visually-hidden">Search</label>
<input type="search" id="edit-s" name="s" placeholder="Search the site"><button type="submit" class="lgd-header__search-button">Search</button></form></div>
</div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main"><ul class="lgd-header__nav-list">${links(dNav, 'lgd-header__nav-item')}</ul></nav>
</header>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container padding-horizontal"><nav class="breadcrumb" role="navigation"
 aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div></div>
<main class="lgd-main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__full">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${dTitle}</span></h1></div>
<article role="article" class="guide-page guide-page--full"><div class="lgd-guides__content"><nav class="lgd-guide-nav" aria-labelledby="lgd-guide-nav__title">
<h2 id="lgd-guide-nav__title" class="lgd-guide-nav__title">Burials and cremations</h2><ol class="lgd-guide-nav__list">
${dGuide
  .map((g, i) => (i === 3 ? `<li class="lgd-guide-nav__list-item"><span aria-current="page">${g}</span></li>` : links([g], 'lgd-guide-nav__list-item')))
  .join('\n')}
</ol></nav><div class="lgd-guides__body"><div class="localgov-guides__section-title"><h2 class="lgd-guides__title">${dTitle}</h2></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(dIntro)}
<h3>${dPermH}</h3>
${ps(dPerm)}
<h3>${dSizeH}</h3>
<p>${dSizeIntro}</p>
<table><thead><tr><th scope="col">Section</th><th scope="col">Maximum height</th><th scope="col">Maximum width</th><th scope="col">Notes</th></tr></thead>
<tbody>${trs(dRows)}</tbody></table>
<p>${dSizeNote}</p>
<h3>${dSafeH}</h3>
${ps(dSafe)}
<h3>${dItemsH}</h3>
<ul>${lis(dItems)}</ul>
<p>${dFees}</p>
</div><nav class="lgd-prev-next" aria-label="Guide pages"><ul class="lgd-prev-next__list"><li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev">
<a href="/burials/arranging-a-burial" class="lgd-prev-next__link" rel="prev"><span class="lgd-prev-next__label">Previous</span>
<span class="lgd-prev-next__title">Arranging a burial</span></a></li><li class="lgd-prev-next__list-item lgd-prev-next__list-item--next">
<a href="/burials/opening-times" class="lgd-prev-next__link" rel="next"><span class="lgd-prev-next__label">Next</span>
<span class="lgd-prev-next__title">Cemetery opening times</span></a></li></ul></nav></div></div></article>
<div class="lgd-page__last-updated">Last updated: 17 February 2025</div>
<div class="localgov-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=2311" class="button">Give feedback on this page</a></div>
</div></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-footer__inner lgd-container padding-horizontal"><nav aria-label="Footer"><ul
 class="lgd-footer__nav">
${links(dFoot)}</ul></nav><div class="lgd-footer__address"><p>Eastmere District Council, Town Hall, Quay Street, Eastmere EM3 1AA</p></div>
<p class="lgd-footer__copyright">&copy; Eastmere District Council 2025</p></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script
 src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.2.3"></script>
</body></html>`;
const drupal: TestPage = page({
  name: 'heldout584-localgov-cemetery-rules',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dPermH, dSizeH, dSafeH, dItemsH],
  body: texts([...dIntro, ...dPerm, dSizeIntro, ...rowText(dRows), dSizeNote, ...dSafe, ...dItems, dFees]),
  bylines: ['Last updated: 17 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on our website',
    'We use essential cookies to make our site work. We would also like to use analytics cookies to help us improve it.',
    'Accept analytics cookies', 'Reject analytics cookies', 'Search', ...dNav, ...dCrumbs, 'Burials and cremations', ...dGuide, 'Previous', 'Next',
    'Arranging a burial', 'Cemetery opening times', 'Was this page helpful?', 'Give feedback on this page', ...dFoot,
    'Eastmere District Council, Town Hall, Quay Street, Eastmere EM3 1AA', '© Eastmere District Council 2025',
  ],
});

export const HELDOUT584_A2: readonly TestPage[] = [drupal];
