import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file f2: a county fair's livestock show results on a Wix site (Thunderbolt markup: SITE_HEADER with the
 * horizontal menu, comp-* rich-text elements with font_* classes, a "Buy Tickets" button, a sponsor strip, the footer, the
 * free-site Wix ad banner and the warmup-data script). The results are lists: each placing is a list item of the body.
 */
const rTitle = '2025 Junior Livestock Show Results';
const rIntro = [
  j(
    'Congratulations to every exhibitor who showed at the 112th Hollis County Fair! More than 240 young people from 19 4-H clubs and',
    'FFA chapters brought animals to the barns this year, and our judges said the quality of the classes was the best they had seen in',
    'a decade. Full placings for each species are below; premium checks will be mailed by September 30.',
  ),
];
const rH = ['Beef', 'Dairy', 'Sheep', 'Swine', 'Goats', 'Poultry and Rabbits'];
const rLists = [
  [
    'Grand Champion Market Steer: Kaylee Drummond, Pine Lick 4-H, 1,342 lb Angus cross',
    'Reserve Champion Market Steer: Owen Ferrante, Hollis FFA',
    'Grand Champion Breeding Heifer: Maddie Sorensen, Cedar Run 4-H, Hereford',
    'Senior Showmanship: Josiah Pruett, Hollis FFA',
  ],
  [
    'Supreme Champion Dairy Female: Bree Amundsen, Clover Bend 4-H, 4-year-old Holstein',
    'Champion Jersey: Tessa Lindahl, Clover Bend 4-H',
    'Junior Showmanship: Caleb Oyelaran, Mill Creek 4-H',
  ],
  [
    'Grand Champion Market Lamb: Rylan Kask, Pine Lick 4-H',
    'Reserve Champion Market Lamb: Emma Thistlewood, Hollis FFA',
    'Champion Ewe Lamb: Harper Quist, Maple Grove Rangers',
  ],
  [
    'Grand Champion Market Hog: Luis Cardenal, Hollis FFA, 281 lb crossbred barrow',
    'Reserve Champion Market Hog: Avery Drummond, Pine Lick 4-H',
    'Intermediate Showmanship: Nora Pelkey, Mill Creek 4-H',
  ],
  ['Grand Champion Market Goat: Sadie Vang, Maple Grove Rangers', 'Champion Dairy Goat: Wren Holloway, Cedar Run 4-H, Nubian'],
  [
    'Champion Meat Pen of Three: Eli Brandt, Clover Bend 4-H',
    'Champion Laying Hen: Lucy Marchetti, Mill Creek 4-H, Buff Orpington',
    'Best of Show Rabbit: Theo Gunnarsen, Hollis FFA, Holland Lop',
  ],
];
const rSale = [
  j(
    'The Junior Livestock Auction raised a record $418,600 for exhibitors. Thank you to the 163 buyers and to the Hollis County',
    'Cattlemen, who bought the Grand Champion Steer for $21 a pound and donated the beef to the Lakeside Food Pantry.',
  ),
  j(
    'The Premier Exhibitor award, for the young person who best combines showmanship, record keeping and help in the barns, went to',
    'Maddie Sorensen of Cedar Run 4-H. Maddie also takes home the Fair Board scholarship of $1,500.',
  ),
  'Questions about placings or premiums? Contact the fair office at 555-0199.',
];
const rMenu = ['Home', 'Tickets', 'Schedule', 'Exhibitors', 'Results', 'Sponsors', 'Contact Us'];
const rSponsors = ['Thank you to our Gold Sponsors', 'Hollis County Farm Bureau', 'Riverside Feed & Grain', 'Cedar Run Veterinary Clinic'];
const wixP = (id: string, t: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">${t}</p></div>`;
const wixList = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</p></li>`)
    .join('\n')}</ul>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Results | Hollis County Fair</title><meta name="description" content="Junior livestock show results from the 2025 Hollis County Fair.">
<meta property="og:title" content="Results | Hollis County Fair"><meta property="og:site_name" content="Hollis County Fair">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"b41e","isPremium":false},
"requestUrl":"https://hollisfair.wixsite.example/hollis/results"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"WebPage","name":"Results | Hollis County Fair"}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="WIX_ADS" class="wixui-wix-ad"><div class="ad-banner">
<span class="ad-text">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="ad-button">Start Now</span></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-testid="inline-content" class="Tj01hh">
<div id="comp-lx1title" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/">Hollis Fair &amp; Expo</a></span></p></div>
<wix-dropdown-menu id="comp-lx1menu" class="XRwtpn wixui-dropdown-menu hidden-during-prewarmup"><nav aria-label="Site" class="StylableHorizontalMenu">
<ul class="wixui-horizontal-menu">${rMenu
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}"><p class="wixui-horizontal-menu__item-label">${t}</p></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu>
<div id="comp-lx1btn" class="comp-lx1btn FubTgk wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/tickets" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Buy Tickets</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lx2sec1" class="comp-lx2sec1 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lx2col1" class="comp-lx2col1 wixui-column-strip__column">
<div data-testid="inline-content" class="Tj01hh"><div id="comp-lx2h1" class="HcOXKn SxM0TO QxJLC3 comp-lx2h1 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text">${rTitle}</h1></div>
<div id="comp-lx2date" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Posted August 18, 2025</p></div>
${wixP('lx2int', rIntro[0] ?? '')}
${rH
  .map(
    (h, i) => `<div id="comp-lx3h${i}" class="HcOXKn SxM0TO QxJLC3 comp-lx3h${i} wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${h}</h2></div>
<div id="comp-lx3l${i}" class="HcOXKn SxM0TO QxJLC3 comp-lx3l${i} wixui-rich-text" data-testid="richTextElement">${wixList(rLists[i] ?? [])}</div>`,
  )
  .join('\n')}
${wixP('lx4sale', rSale[0] ?? '')}
${wixP('lx4prem', rSale[1] ?? '')}
${wixP('lx4ask', rSale[2] ?? '')}
<wix-image id="comp-lx5img" class="HlRz5e wixui-image">
<img src="https://static.wixstatic.example/media/steer.jpg" alt="Grand champion steer in the show ring"></wix-image>
<div id="comp-lx5cap" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
Kaylee Drummond and her Grand Champion steer in the Hollis Arena. Photo by Dale Pruitt.</p></div>
</div></div></div></section>
<section id="comp-lx6sec" class="comp-lx6sec wixui-section"><div data-testid="inline-content" class="Tj01hh">
${rSponsors
  .map(
    (t, i) => `<div id="comp-lx6s${i}" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">
${t.replace(/&/g, '&amp;')}</p></div>`,
  )
  .join('\n')}</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content" class="Tj01hh">
<div id="comp-lx7f1" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
Hollis County Fairgrounds · 1800 Fairview Road, Hollis</p><p class="font_9 wixui-rich-text__text">© 2025 by Hollis County Agricultural Society.</p></div>
<div id="comp-lx7soc" class="wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.example/hollisfair">Facebook</a></li></ul></div>
</div></footer></div></div></div></div>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[]},"pages":{"c1dmp":{}}}</script></body></html>`;
export const fairResults: TestPage = {
  name: 'heldout240-wix-county-fair-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rLists.flat(), ...rSale]),
  bylines: ['Posted August 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Hollis Fair & Expo', ...rMenu, 'Buy Tickets',
    'Kaylee Drummond and her Grand Champion steer in the Hollis Arena. Photo by Dale Pruitt.', ...rSponsors,
    'Hollis County Fairgrounds · 1800 Fairview Road, Hollis',
    '© 2025 by Hollis County Agricultural Society.', 'Facebook',
  ],
};
