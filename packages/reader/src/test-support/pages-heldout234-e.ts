import { links, type TestPage, texts } from './page-kit.js';
import { CLIMBING_PAGE } from './pages-heldout234-e2.js';

/**
 * Held-out batch 234, file e: a canoe and kayak club's river guide page on a Wix site (Wix "Skip to Main Content", header
 * strip with menu and "More" overflow, member login, rich-text boxes with a grade table, a hazard notice box, a gallery
 * caption, a "Back to River Guides" button, footer with the club's address and social bar) and, from e2, a Mountain
 * Project route page.
 */
const kyTitle = 'River Tamsel: Brockford Mill to Ashby Bridge';
const kySummary = [
  'A friendly grade 2 trip of 9 km through wooded farmland, with one grade 3 rapid at Carver’s Weir that can be portaged on ' +
    'river left. Ideal for paddlers who are confident on moving water and want a step up from the canal.',
];
const kyH = ['At a glance', 'Access and parking', 'The run', 'Hazards', 'Water levels'];
const kyTable = [
  ['Grade', '2 (3 at Carver’s Weir)'],
  ['Length', '9 km'],
  ['Time', '2 to 3 hours'],
  ['Gauge', 'Brockford, 0.45 to 0.90 m'],
];
const kyAccess = [
  'Put in from the public slipway below Brockford Mill. There is room for about eight cars in the lay-by on Mill Lane; please ' +
    'do not block the farm gate. Take out on river right just upstream of Ashby Bridge, where the landowner allows club members ' +
    'to use the field edge. Shuttle by road is 7 km.',
];
const kyRun = [
  'The first two kilometres are flat with a few gravel riffles, a good place to warm up. Below the railway viaduct the river ' +
    'narrows and picks up pace through a series of wave trains that are great for practising ferry glides.',
  'Carver’s Weir comes after the second road bridge. Inspect from river left. At good levels there is a clean tongue just left ' +
    'of centre; the right side has a recirculating stopper and should be avoided by everyone.',
  'The final section meanders slowly past the cricket ground to Ashby Bridge, with plenty of eddies for a rest.',
];
const kyHazards = [
  'The stopper on river right of Carver’s Weir is retentive at all levels.',
  'Fallen trees are common after winter storms; check the club noticeboard for recent reports.',
  'Low barbed wire fence across the river 300 m below the viaduct at levels above 0.8 m.',
];
const kyLevels = [
  'Below 0.45 m the riffles are scrapy and you will be walking. Above 0.90 m the weir washes out into a powerful, pushy wave ' +
    'and the trip is only suitable for grade 3 paddlers with a competent leader.',
];
const kyMenu = ['Home', 'About', 'Sessions', 'River Guides', 'Trips', 'Coaching', 'Contact'];
const kyHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tamsel: Brockford to Ashby | Brockford Canoe Club</title>
<meta name="generator" content="Wix.com Website Builder"><meta property="og:site_name" content="Brockford Canoe Club">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Brockford Canoe Club"}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="SKIP_TO_CONTENT_BTN" tabindex="0" role="button">Skip to Main Content</div>
<header id="SITE_HEADER" class="wixui-header"><div class="wixui-rich-text"><p class="font_9">Brockford Canoe Club</p></div>
<nav id="comp-ky1menu" aria-label="Site"><ul>${links(kyMenu, 'wixui-dropdown-menu__item')}<li><span>More</span></li></ul></nav>
<button class="wixui-button" aria-label="Log In"><span>Log In</span></button></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><section class="wixui-section" id="comp-ky1sec">
<div id="comp-ky1title" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${kyTitle}</h1></div>
<div id="comp-ky1notice" class="wixui-rich-text">
<p class="font_8">Last checked by the river guides team: October 2026. Conditions change: always inspect before you paddle.</p></div>
<div id="comp-ky1sum" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8">${kySummary[0]}</p>
<h2 class="font_2">${kyH[0]}</h2><table><tbody>${kyTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('')}</tbody></table>
<h2 class="font_2">${kyH[1]}</h2><p class="font_8">${kyAccess[0]}</p>
<h2 class="font_2">${kyH[2]}</h2>${kyRun.map((p) => `<p class="font_8">${p}</p>`).join('')}</div>
<div id="comp-ky1gal" class="wixui-gallery"><img src="https://static.wixstatic.com/media/weir.jpg" alt="">
<p class="gallery-item-title">Carver’s Weir at 0.6 m, from the inspection path</p></div>
<div id="comp-ky1haz" class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_2">${kyH[3]}</h2>
<ul class="font_8">${kyHazards.map((h) => `<li><p>${h}</p></li>`).join('')}</ul>
<h2 class="font_2">${kyH[4]}</h2><p class="font_8">${kyLevels[0]}</p></div>
<a class="wixui-button" href="/river-guides"><span>Back to River Guides</span></a></section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text"><p>Brockford Canoe Club, The Boathouse, Mill Lane, Brockford</p>
<p>Sessions Tuesdays 6:30 pm and Sundays 10 am</p>
<p>© 2026 by Brockford Canoe Club. Affiliated to Paddle UK.</p></div><ul class="wixui-social-bar">${links(['Facebook', 'Instagram'])}</ul></footer></div>
</div></body></html>`;

const KAYAK_PAGE: TestPage = {
  name: 'heldout234-wix-kayak-river-guide-docs',
  kind: 'docs',
  html: kyHtml,
  title: kyTitle,
  headings: kyH,
  // the "at a glance" table's cells are body (table data cells)
  body: texts([...kySummary, ...kyTable.flat(), ...kyAccess, ...kyRun, ...kyHazards, ...kyLevels]),
  bylines: [],
  // biome-ignore format: packed
  furniture: [
    'Skip to Main Content', 'Brockford Canoe Club', ...kyMenu, 'More', 'Log In',
    'Last checked by the river guides team: October 2026. Conditions change: always inspect before you paddle.',
    'Carver’s Weir at 0.6 m, from the inspection path', 'Back to River Guides', 'Brockford Canoe Club, The Boathouse, Mill Lane, Brockford',
    'Sessions Tuesdays 6:30 pm and Sundays 10 am', '© 2026 by Brockford Canoe Club. Affiliated to Paddle UK.', 'Facebook', 'Instagram',
  ],
};

export const HELDOUT234_E: readonly TestPage[] = [KAYAK_PAGE, CLIMBING_PAGE];
