import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';
import { schoolNews } from './pages-heldout242-d2.js';

/**
 * Held-out batch 242, file d: a heritage body's listed-building entry in the style of the National Heritage List for
 * England (site header, breadcrumbs, entry tabs, the official list entry summary, "Reasons for Designation", "History" and
 * "Details" sections, sources, the legal notice, map link, feedback box, footer) and, from file d2, an architecture
 * school's news page on Drupal.
 */
const lTitle = 'Former Tannery Drying Shed, Mill Lane';
const lSummary = [
  ['Heritage Category:', 'Listed Building'],
  ['Grade:', 'II'],
  ['List Entry Number:', '1498213'],
  ['Statutory Address:', 'Former Tannery Drying Shed, Mill Lane, Alderbridge'],
  ['County:', 'Westmarsh'],
  ['District:', 'Alderbridge'],
  ['National Grid Reference:', 'SK 41872 30615'],
];
const lDates = [
  ['Date first listed:', '19-Sep-2025'],
  ['Date of most recent amendment:', 'Not applicable to this List entry.'],
];
const row = ([k, v]: string[]): string =>
  `<div class="nhle-list-entry__row"><dt class="nhle-list-entry__label">${k}</dt> <dd class="nhle-list-entry__value">${v}</dd></div>`;
const lIntro = j('A timber drying shed of about 1862, built for the Alderbridge tannery, with louvred walls and a slate roof on king-post', 'trusses.');
const lReasons = [
  j(
    '<strong>Architectural interest:</strong> as a rare surviving example of a purpose-built tannery drying shed, retaining its',
    'full length of adjustable timber louvres and its original roof structure;',
  ),
  j(
    "<strong>Historic interest:</strong> as the last standing building of the Alderbridge tannery, which was the town's largest",
    'employer for much of the C19 and shaped the development of Mill Lane;',
  ),
  "<strong>Group value:</strong> with the Grade II listed Mill Lane bridge and the former tannery manager's house.",
];
const lHistory = [
  j(
    'A tannery is recorded on the south bank of the river at Alderbridge from the late C18. It was rebuilt and greatly enlarged',
    'after 1858 by the leather merchant Josiah Crandell, and by 1870 employed some 140 people. Hides were soaked in lime pits,',
    'tanned in oak-bark liquor and then hung to dry slowly in sheds whose walls could be opened or closed to control the draught.',
  ),
  j(
    'The drying shed is shown on the first edition Ordnance Survey map of 1884. The tannery closed in 1931 and most of its',
    "buildings were demolished in the 1960s; the shed survived because it was used as a store by a builders' merchant. It was",
    'repaired in 2024 by the Alderbridge Buildings Preservation Trust.',
  ),
];
const lDetails = [
  j('MATERIALS: timber frame on a brick plinth, clad in horizontal timber louvres; Welsh slate roof with a raised ventilating', 'ridge.'),
  j('PLAN: a single long rectangular space of eleven bays, aligned east to west, with a loading door in the east gable.'),
  j(
    'EXTERIOR: the long elevations are formed entirely of louvres, set in frames of three tiers in each bay. The louvres in the',
    'upper two tiers are pivoted and linked by vertical iron rods, so that a whole bay could be opened or closed from the ground.',
    'The east gable has a pair of boarded doors under a timber lintel, with a hoist beam above.',
  ),
  j(
    'INTERIOR: the roof is carried on king-post trusses with raking struts. Rows of iron hooks survive on the tie beams and on',
    'longitudinal rails, on which hides were hung. The brick floor is laid to falls towards a central drainage channel.',
  ),
];
const lSources = ['Crandell, M, <em>Leather and Lime: The Alderbridge Tannery 1790-1931</em> (1998)', 'Westmarsh Historic Environment Record, MWX 20417'];
const lNav = ['Advice', 'Listing', 'Get Involved', 'Research', 'Images & Books', 'Support Us', 'About Us'];
const lCrumbs = ['Home', 'Listing', 'The List', 'List Entry Summary'];
const lTabs = ['Overview', 'Official List Entry', 'Map', 'Comments and Photos'];
const lFoot = ['Contact Us', 'Jobs', 'Accessibility', 'Privacy', 'Cookies', 'Terms of Use'];
const lLegal = j(
  'This building is listed under the Planning (Listed Buildings and Conservation Areas) Act 1990 as amended for its special',
  'architectural or historic interest.',
);
const lHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${lTitle}, Alderbridge - 1498213 | Historic England</title>
<meta name="description" content="List entry 1498213: ${lTitle}, Alderbridge. Grade II listed building.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${lTitle}","identifier":"1498213"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"listEntry":"1498213","heritageCategory":"Listed Building"});</script>
<link rel="stylesheet" href="/assets/css/main.css"></head>
<body class="nhle-entry"><a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie consent"><p>We use essential cookies to make our site work. With your
consent, we also use analytics cookies.</p><button class="btn">Accept all cookies</button><button class="btn">Reject non-essential cookies</button></div>
<header class="site-header"><a class="site-header__logo" href="/">Historic England</a>
<nav class="primary-nav" aria-label="Main navigation"><ul>${links(lNav, 'primary-nav__item')}</ul></nav>
<form class="site-search" action="/search"><input type="search" aria-label="Search Historic England"><button>Search</button></form></header>
<main id="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(lCrumbs, 'breadcrumb__item')}</ol></nav>
<div class="nhle-list-entry"><div class="nhle-list-entry__header"><p class="nhle-list-entry__category">Listed Building</p>
<h1 class="nhle-list-entry__title">${lTitle}</h1><p class="nhle-list-entry__grade">Grade II</p></div>
<nav class="nhle-tabs"><ul>${links(lTabs, 'nhle-tabs__item')}</ul></nav>
<section class="nhle-list-entry__official"><h2>Official list entry</h2>
<dl class="nhle-list-entry__summary">${lSummary.map(row).join('\n')}
${lDates.map(row).join('\n')}</dl>
<p class="nhle-list-entry__legal">${lLegal}</p>
<p class="nhle-list-entry__copy-note">This list entry was subject to a Minor Amendment on 19-Sep-2025.</p></section>
<section class="nhle-list-entry__body"><h2>Summary</h2>${ps([lIntro])}
<h2>Reasons for Designation</h2><p>The Former Tannery Drying Shed, Mill Lane, Alderbridge, is listed at Grade II for the following principal reasons:</p>
<ul>${lReasons.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<h2>History</h2>${ps(lHistory)}
<h2>Details</h2>${ps(lDetails)}
<h3>Sources</h3><h4>Books and journals</h4><ul class="nhle-sources">${lSources.map((s) => `<li>${s}</li>`).join('\n')}</ul></section>
<aside class="nhle-list-entry__aside"><h3>Legacy</h3><p>The contents of this record have been generated from a legacy data system.</p>
<h3>Map</h3><p><a href="/listing/the-list/map-search?clearresults=true&amp;searchResultsId=1498213">View this entry on the map</a></p>
<p class="nhle-map-note">This map is for quick reference purposes only and may not be to scale.</p>
<div class="feedback-box"><h3>Enrich the List</h3><p>Do you know more about this place? Share your photos and insights.</p>
<a class="btn" href="/listing/enrich-the-list/">Add your contribution</a></div></aside></div></main>
<footer class="site-footer"><ul>${links(lFoot, 'site-footer__item')}</ul><p>© Historic England 2026</p>
<p>Historic England is a public body, and we champion and protect England's historic places.</p></footer></body></html>`;
const listEntry: TestPage = {
  name: 'heldout242-historic-england-list-entry',
  kind: 'wiki',
  html: lHtml,
  title: lTitle,
  headings: ['Summary', 'Reasons for Designation', 'History', 'Details', 'Sources', 'Books and journals'],
  body: texts([
    ...lSummary.map(([k, v]) => `${k} ${v}`),
    lLegal,
    lIntro,
    'The Former Tannery Drying Shed, Mill Lane, Alderbridge, is listed at Grade II for the following principal reasons:',
    ...lReasons,
    ...lHistory,
    ...lDetails,
    ...lSources,
  ]),
  bylines: [...lDates.map(([k, v]) => `${k} ${v}`), 'This list entry was subject to a Minor Amendment on 19-Sep-2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use essential cookies to make our site work. With your consent, we also use analytics cookies.', 'Accept all cookies',
    'Reject non-essential cookies', 'Historic England', ...lNav, 'Search', ...lCrumbs.slice(0, 1), ...lCrumbs.slice(2), ...lTabs,
    'Official list entry', 'Legacy', 'The contents of this record have been generated from a legacy data system.',
    'View this entry on the map', 'This map is for quick reference purposes only and may not be to scale.', 'Enrich the List',
    'Do you know more about this place? Share your photos and insights.', 'Add your contribution', ...lFoot, '© Historic England 2026',
    "Historic England is a public body, and we champion and protect England's historic places.",
  ],
};

export const HELDOUT242_D: readonly TestPage[] = [listEntry, schoolNews];
