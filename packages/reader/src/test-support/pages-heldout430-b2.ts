import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file b2: a college's "In Memoriam" listing on Adobe Experience Manager core components (header
 * experience fragment with cmp-navigation, cmp-breadcrumb, cmp-title, cmp-text entries under name headings, a cmp-teaser
 * promo to make a memorial gift, a cmp-list of past listings, the footer fragment and a OneTrust banner).
 */
const aTitle = 'In Memoriam';
const aIntro = [
  j(
    'The Castellane community remembers the alumni, faculty and friends whose deaths were reported to the Office of Alumni Engagement',
    'between September 1 and December 31, 2025. Listings are arranged by class year.',
  ),
];
const aPeople: [string, string][] = [
  [
    'Eleanor Whitcomb Baird ’49',
    j(
      'Eleanor Whitcomb Baird died October 2, 2025, in Fenmoor, at 98. A mathematics major, she taught algebra at Fenmoor High',
      'School for 31 years and served as class secretary for six decades. She is survived by three children and nine grandchildren.',
    ),
  ],
  [
    'Harold J. Nyquist ’55',
    j(
      'Harold Nyquist died September 18, 2025, in Red Cedar. After service in the Army Signal Corps he ran the family hardware',
      'store for forty years and sat on the Red Cedar school board. His wife, Dorothy Lind Nyquist ’56, died in 2019.',
    ),
  ],
  [
    'Rev. Matthias Orr ’61',
    j(
      'The Rev. Matthias Orr died November 9, 2025, in Calloway Springs. He was pastor of Grace Lutheran Church for 27 years',
      'and a founder of the Calloway Springs food pantry. He sang bass in the College Choir and returned for every reunion.',
    ),
  ],
  [
    'Judith Amsel Carrow ’68',
    j(
      'Judith Carrow died December 1, 2025, in Portmoor. She was a nurse practitioner and later directed the rural health',
      'clinic network of Oster County. Classmates remember her as the first woman to edit The Castellane Lantern.',
    ),
  ],
  [
    'Dennis Okoro ’79',
    j(
      'Dennis Okoro died September 27, 2025, in Linden Falls, at 68. An economics major and a four-year starter on the soccer',
      'team, he spent his career in municipal finance and endowed a scholarship for first-generation students in 2010.',
    ),
  ],
  [
    'Sara Flint Maddox ’97',
    j(
      'Sara Maddox died November 22, 2025, in Hartwell, after a long illness. She was a public defender and a tireless mentor',
      'to Castellane students interested in law. She leaves her husband, Ben, and two sons.',
    ),
  ],
];
const aFaculty: [string, string] = [
  'Professor Emeritus Arnold Pierce',
  j(
    'Arnold Pierce, who taught chemistry at Castellane from 1964 to 2001, died October 30, 2025, at 91. He chaired the',
    'department for twelve years and was known for his Friday afternoon demonstrations, which were open to the whole campus.',
  ),
];
const aNote = [
  j(
    'To report the death of a Castellane alumnus or alumna, please write to the Office of Alumni Engagement with the name,',
    'class year and, if possible, an obituary or a short note about their life.',
  ),
];
const aNav = ['Academics', 'Admission & Aid', 'Student Life', 'Athletics', 'Alumni & Giving', 'About'];
const aCrumb = ['Castellane College', 'Alumni & Giving', 'Alumni Magazine'];
const aPast = ['In Memoriam: May–August 2025', 'In Memoriam: January–April 2025', 'In Memoriam: September–December 2024'];
const aFoot = ['Directions', 'Employment', 'Emergency Information', 'Privacy Statement', 'Website Feedback'];
const esc = (s: string): string => s.replace(/&/g, '&amp;');
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>In Memoriam | Castellane College</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="template" content="article-page">
<meta property="og:title" content="In Memoriam, Fall 2025"><meta property="og:site_name" content="Castellane College">
<link rel="canonical" href="https://www.castellane.example/alumni/magazine/in-memoriam-fall-2025.html">
<link rel="stylesheet" href="/etc.clientlibs/castellane/clientlibs/clientlib-site.lc-5b1c0f-lc.min.css" type="text/css">
<script async src="https://assets.adobedtm.example/launch-EN4f2a.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"In Memoriam, Fall 2025"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"template":"article-page"}});</script></head>
<body class="page basicpage" id="page-5d1e0a"><div class="root container responsivegrid"><div id="container-0" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header" class="cmp-experiencefragment">
<header class="cmp-header"><a class="cmp-header__logo" href="/">Castellane College</a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${aNav.map((n) => `<li class="cmp-navigation__item cmp-navigation__item--level-0"><a class="cmp-navigation__item-link" href="#">${esc(n)}</a></li>`).join('\n')}
</ul></nav></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${aCrumb.map((c) => `<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="#"><span>${esc(c)}</span></a></li>`).join('\n')}
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>In Memoriam, Fall 2025</span></li></ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p class="issue-label">Fall 2025</p>
${ps(aIntro)}</div></div>
${[...aPeople, aFaculty]
  .map(
    ([n, t]) => `<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h3 class="cmp-title__text">${n}</h3></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p>${t}</p></div></div>`,
  )
  .join('\n')}
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${ps(aNote)}</div></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--6"><div class="cmp-teaser"><div class="cmp-teaser__content">
<h2 class="cmp-teaser__title">Honor a classmate</h2><div class="cmp-teaser__description"><p>A memorial gift supports the scholarship or program
of your choice.</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/give">Make a memorial gift</a></div>
</div></div></div>
<div class="list aem-GridColumn aem-GridColumn--default--6"><h2 class="cmp-list__heading">Earlier listings</h2><ul class="cmp-list">
${aPast.map((p) => `<li class="cmp-list__item"><a class="cmp-list__item-link" href="#"><span class="cmp-list__item-title">${p}</span></a></li>`).join('\n')}
</ul></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer"><ul>${links(aFoot)}</ul>
<p>Castellane College, 12 Abbey Street, Portmoor, ME 04011</p><p>© 2026 Castellane College</p></footer></div>
</div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to understand how you use our site and to improve your experience.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<script src="/etc.clientlibs/castellane/clientlibs/clientlib-site.lc-9a0d11-lc.min.js"></script></body></html>`;
export const aemMemoriam: TestPage = {
  name: 'heldout430-aem-in-memoriam-listing',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [...aPeople, aFaculty].map(([n]) => n),
  body: texts([...aIntro, ...[...aPeople, aFaculty].map(([, t]) => t), ...aNote]),
  bylines: ['Fall 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Castellane College', ...aNav, ...aCrumb, 'In Memoriam, Fall 2025', 'Honor a classmate',
    'A memorial gift supports the scholarship or program of your choice.', 'Make a memorial gift', 'Earlier listings', ...aPast, ...aFoot,
    'Castellane College, 12 Abbey Street, Portmoor, ME 04011', '© 2026 Castellane College',
    'We use cookies to understand how you use our site and to improve your experience.', 'Accept All Cookies', 'Cookies Settings',
  ],
};
