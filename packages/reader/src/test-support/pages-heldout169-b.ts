import { ps, type TestPage, texts } from './page-kit.js';
import { rosettaTask } from './pages-heldout169-b2.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';

/**
 * Held-out batch 169, file b: an Appropedia project article (the "Project data" infobox at the top of the parser output,
 * a thumbnail with caption, a costs table, the "Page data" box with authors, licence, SDG, impact and created/modified
 * lines, the cookie notice and the legacy Vector chrome) and, from file b2, a Rosetta Code task page.
 */
const page = 'Ferrocement_rainwater_tank_in_Kivuli';
const apTitle = 'Ferrocement rainwater tank in Kivuli';
const apIntro = [
  'This project built a 12,000 litre ferrocement rainwater tank at the primary school in Kivuli, a hillside village where the ' +
    'nearest borehole is a forty-minute walk away. The tank collects water from the roofs of two classroom blocks and was ' +
    'built over three weeks in the dry season of 2021 by parents, two local masons and students from the Tarrow Polytechnic.',
  'The page records the design, the construction steps, what it cost and how the tank has performed since, so that other ' +
    'schools can copy it or improve on it.',
];
const apH1 = 'Background';
const apP1 = [
  'Before the tank, pupils were asked to bring a jerrycan of water from home each morning. Attendance fell sharply in the dry ' +
    'months, and teachers reported that younger children often arrived late because of the extra load. The school roofs, with ' +
    'about 310 square metres of corrugated iron between them, were already fitted with gutters that drained onto the ground.',
];
const apH2 = 'Design';
const apP2 = [
  'Ferrocement was chosen over a plastic tank because the materials could be bought in the district town and the skills stay ' +
    'in the village. The tank is a cylinder 3.2 metres across and 1.6 metres high on a reinforced concrete base, with a domed ' +
    'roof and a lockable tap stand.',
];
const apList = [
  'A first-flush diverter of 110 mm pipe sends the first 40 litres of each storm to waste.',
  'A mesh screen at each downpipe keeps out leaves and mosquitoes.',
  'The overflow runs to a soak pit planted with bananas.',
  'Two taps at different heights let small children fill cups without help.',
];
const apH3 = 'Construction';
const apP3 = [
  'The base was cast first and left to cure under wet sacks for seven days. A cage of weld mesh and chicken wire was then tied ' +
    'around a temporary frame of timber and corrugated sheets, and three coats of cement mortar were plastered on from the ' +
    'outside in, with the frame removed after the second coat.',
  'Curing matters more than anything else with ferrocement. The tank was kept damp for three weeks, with pupils taking turns to ' +
    'water it at break time, and was filled slowly over four days to check for leaks. One hairline crack near the tap stand was ' +
    'sealed with a cement slurry and has not reappeared.',
];
const apH4 = 'Costs';
const apCosts = ['Cement (38 bags)', '41,800', 'Weld mesh and chicken wire', '17,250', 'Gutters, pipes and taps', '9,600', 'Masons (2 × 15 days)', '24,000'];
const apP4 = ['Sand, stones and unskilled labour were given by parents. The total cash cost was 92,650 shillings, about 640 US dollars at the time.'];
const apH5 = 'Results';
const apP5 = [
  'In its first two years the tank was full at the end of each rainy season and ran dry only for the last three weeks of the ' +
    'long dry season. The school no longer asks pupils to carry water, and the head teacher estimates that dry-season attendance ' +
    'has risen by around a tenth, although other changes at the school make that hard to measure.',
  'The main maintenance job is cleaning the gutters before the rains. The committee has also added a padlock to the tap stand ' +
    'after water was taken at night during a drought.',
];
const apInfobox = ['Project data', 'Location', 'Kivuli, Tarrow District', 'Status', 'Deployed', 'Completed', '2021', 'Cost', 'USD 640'];
const apCaption = 'The finished tank beside the lower classroom block, August 2021.';
const apPageData = [
  'Page data',
  'Type',
  'Project',
  'Keywords',
  'rainwater harvesting, ferrocement, water storage, schools',
  'SDG',
  'SDG06 Clean water and sanitation',
  'Authors',
  'License',
  'CC-BY-SA-4.0',
  'Organizations',
  'Tarrow Polytechnic',
  'Language',
  'English (en)',
  'Related',
  '0 subpages, 3 pages link here',
  'Impact',
  '1,318 page views',
];
const apBylines = ['Tamsin Okafor', 'Created April 3, 2022 by Tamsin Okafor', 'Modified June 18, 2025 by Felix Ameyaw'];
const apCookie = ['Appropedia uses cookies to keep you logged in and to count page views. We do not sell your data.', 'OK', 'Privacy policy'];
const row = (a: readonly string[]): string => a.flatMap((t, i) => (i % 2 === 0 ? [`<tr><th>${t}</th><td>${a[i + 1]}</td></tr>`] : [])).join('');
const apContent = `<table class="infobox project-infobox"><caption>${apInfobox[0]}</caption><tbody>${row(apInfobox.slice(1))}</tbody></table>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/File:Kivuli_tank.jpg" class="mw-file-description">
<img src="/w/images/thumb/kivuli_tank.jpg/300px-kivuli_tank.jpg"
decoding="async" width="300" height="200" class="mw-file-element"></a><figcaption>${apCaption}</figcaption></figure>
${ps(apIntro)}
${mwH(2, apH1, page, 1)}
${ps(apP1)}
${mwH(2, apH2, page, 2)}
${ps(apP2)}
<ul>${apList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, apH3, page, 3)}
${ps(apP3)}
${mwH(2, apH4, page, 4)}
<table class="wikitable"><tbody><tr><th>Item</th><th>Cost (KES)</th></tr>
${apCosts.flatMap((t, i) => (i % 2 === 0 ? [`<tr><td>${t}</td><td>${apCosts[i + 1]}</td></tr>`] : [])).join('\n')}</tbody></table>
${ps(apP4)}
${mwH(2, apH5, page, 5)}
${ps(apP5)}
<div class="page-data noprint"><div class="page-data-title">${apPageData[0]}</div><table class="page-data-table"><tbody>
${row(apPageData.slice(1, 7))}<tr><th>${apPageData[7]}</th><td><a href="/User:Tamsin_Okafor">${apBylines[0]}</a></td></tr>${row(apPageData.slice(8))}
<tr><td colspan="2" class="page-data-history">${apBylines[1]}<br>${apBylines[2]}</td></tr>
<tr><td colspan="2" class="page-data-cite"><small>Cite as Tamsin Okafor (2022-2025). "${apTitle}". <i>Appropedia</i>.</small></td></tr></tbody></table></div>`;
const apShell: Shell = {
  lang: 'en',
  site: 'Appropedia',
  page: apTitle,
  headExtra: `<link rel="canonical" href="https://www.appropedia.org/${page}"><meta name="description" content="${apIntro[0]?.slice(0, 150)}">
<meta property="og:image" content="https://www.appropedia.org/w/images/kivuli_tank.jpg"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"${apTitle}","author":{"@type":"Person","name":"Tamsin Okafor"},
"dateCreated":"2022-04-03","dateModified":"2025-06-18","license":"https://creativecommons.org/licenses/by-sa/4.0/"}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-APPRO1"></script>`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${apTitle}</span>`,
  tagline: 'From Appropedia',
  notice: '',
  personal: ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'Edit source', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main page', 'About Appropedia', 'Topics', 'Get started', 'Recent changes', 'Random page', 'Help'] },
    { id: 'p-Contribute', label: 'Contribute', items: ['Create a page', 'Upload files', 'Village pump', 'Donate'] },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
  ],
  content: apContent,
  cats: ['Rainwater harvesting', 'Ferrocement', 'Water storage', 'Projects in Tarrow District', 'SDG06 Clean water and sanitation'],
  lastmod: 'This page was last edited on 18 June 2025, at 07:12.',
  copyright: 'Content is available under <a href="/Appropedia:Copyrights">CC-BY-SA-4.0</a> unless otherwise noted.',
  places: ['About Appropedia', 'Disclaimers'],
  tail: `<div id="cookie-notice" class="mw-cookiewarning-container" role="dialog"><div class="mw-cookiewarning-text"><span>${apCookie[0]}</span></div>
<form method="POST"><button name="disablecookiewarning" class="mw-cookiewarning-dismiss">${apCookie[1]}</button>
<a href="/Appropedia:Privacy_policy">${apCookie[2]}</a></form></div>`,
};
const appropedia: TestPage = {
  name: 'heldout169-appropedia-project',
  kind: 'wiki',
  html: vectorLegacy(apShell),
  title: apTitle,
  headings: [apH1, apH2, apH3, apH4, apH5],
  // the costs table's data cells are body; the Project data infobox and the Page data box are furniture, its authors and
  // created/modified lines bylines; "Cite as ..." is furniture
  body: [...texts(apIntro), ...texts(apP1), ...texts(apP2), ...apList, ...texts(apP3), ...apCosts, ...texts(apP4), ...texts(apP5)],
  bylines: [...apBylines, apShell.lastmod],
  furniture: [
    ...vectorLegacyFurniture(apShell),
    ...apInfobox,
    apCaption,
    ...apPageData,
    'Cite as Tamsin Okafor (2022-2025). "Ferrocement rainwater tank in Kivuli". Appropedia.',
    ...apCookie,
    'edit',
  ],
};

export const HELDOUT169_B: readonly TestPage[] = [appropedia, rosettaTask];
