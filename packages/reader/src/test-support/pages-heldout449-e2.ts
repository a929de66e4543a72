import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file e2: an actor's CV page on Wix (Thunderbolt markup: SITE_CONTAINER, the WIX_ADS bar of a free
 * site, the SITE_HEADER with the site menu, rich-text comps of font_0 / font_2 / font_8 text, credits laid out as three
 * side-by-side text boxes for role, production and company, an image gallery caption, the agent box, the footer with the
 * "Powered and secured by Wix" line and the consent banner).
 */
const title = 'Delphine Achterberg-Nwosu';
const h = ['Theatre', 'Film & Television', 'Training', 'Skills'];
const intro = [
  j(
    'Actor and voice artist based in Lindmoor. I trained at the Quayside School of Drama and have worked in repertory, new',
    'writing and touring theatre for nine years, with a growing list of screen work. I am especially drawn to new plays and',
    'to work made with and for young audiences.',
  ),
  'Height: 5′7″ · Eyes: green · Hair: dark brown · Playing age: 28 – 38 · Accents: RP, Lindmoor, Nigerian (Lagos), Dutch',
];
const stage: [string, string, string][] = [
  ['Hedda', 'Hedda Gabler', 'Quayside Theatre, dir. Lorna Beech'],
  ['Maud / Narrator', 'The Salt Road (new writing)', 'Northlight Touring Company'],
  ['Viola', 'Twelfth Night', 'Westgate Open Air Festival'],
  ['Ensemble', 'The Lantern Makers', 'Lindmoor Youth Theatre Commission'],
];
const screen: [string, string, string][] = [
  ['DS Anneke Vos', 'Harbour Lights (series 2)', 'Brightwater Pictures for Channel 7'],
  ['Nurse Okafor', 'The Long Shift (short film)', 'Fenlight Films, dir. Ade Marsh'],
  ['Guest lead', 'Small Claims', 'Northcap Television'],
];
const training = [
  'BA (Hons) Acting, Quayside School of Drama, 2014 – 2017',
  'Screen acting intensive, Lindmoor Film Studio, 2021',
  'Voice and accent coaching with Miriam Thorne, ongoing',
];
const skills = [
  j(
    'Stage combat (unarmed, rapier and dagger), contemporary and Afro-fusion dance, cello (grade 7), competent swimmer, full',
    'clean driving licence, fluent Dutch and conversational Yoruba.',
  ),
];
const menu = ['Home', 'CV', 'Showreel', 'Gallery', 'Contact'];
const comp = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const p8 = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const cols = (id: string, rows: [string, string, string][]): string => `<div id="comp-${id}-cols" class="comp-${id}-cols wixui-column-strip"
data-testid="columns"><div class="wixui-column-strip__column">${comp(`${id}a`, rows.map((r) => p8(r[0])).join(''))}</div>
<div class="wixui-column-strip__column">${comp(`${id}b`, rows.map((r) => p8(r[1])).join(''))}</div>
<div class="wixui-column-strip__column">${comp(`${id}c`, rows.map((r) => p8(r[2])).join(''))}</div></div>`;
const h2 = (id: string, t: string): string => comp(id, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`);
const html = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>CV | Delphine Achterberg-Nwosu</title>
<meta name="description" content="Actor and voice artist based in Lindmoor. Theatre, film and television credits, training and skills.">
<link rel="canonical" href="https://delphineachterberg.wixsite.example/actor/cv"><meta property="og:title" content="CV | Delphine Achterberg-Nwosu">
<meta property="og:site_name" content="Delphine Achterberg-Nwosu"><meta property="og:type" content="website">
<meta name="twitter:card" content="summary_large_image">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy","cookiesManager","dynamicPages"],
"site":{"metaSiteId":"7c1f0e2a-4b9d","isPremium":false,"siteRevision":84},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style data-url="https://static.parastorage.example/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">.HcOXKn{direction:var(
--text-direction);word-wrap:break-word}.font_0{font:normal normal normal 48px/1.2em playfair display,serif}.font_8{font:normal normal normal 16px/1.6em
avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral?utm_campaign=vir_wixad_live"
target="_blank" rel="nofollow" class="dbi3Yf"><span class="Y1Fc9f">This site was designed with the <strong>Wix</strong>.com website builder. Create your
website today.</span><span class="kCvbvn">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS
SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
${comp('kx1hdr', '<p class="font_6 wixui-rich-text__text"><a href="/" target="_self" class="wixui-rich-text__text">Delphine Achterberg-Nwosu</a></p>')}
<nav id="comp-kx1menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx1menu wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">${menu
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</div></a></li>`,
  )
  .join('')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="Tk3pLc" class="dBAkHi theme-vars"><div id="Containerk3pLc" class="Containerk3pLc SPC0AJ"><section id="comp-kx1sec" tabindex="-1" class="Oqnisf
comp-kx1sec wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-kx1sec" class="if7Vw2"></div>
<div data-mesh-id="comp-kx1secinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="comp-kx1secinlineContent-gridContainer" data-testid="mesh-container-content">
${comp('kx1h1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${title}</span></h1>`)}
${comp('kx1intro', intro.map(p8).join('\n'))}
<div id="comp-kx1img" class="MazNVa comp-kx1img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-kx1img"
class="HlRz5e BI8PVQ"><img src="https://static.wixstatic.example/media/7c1f0e_headshot~mv2.jpg/v1/fill/w_420,h_520,al_c,q_80/headshot.webp"
alt="Headshot of Delphine Achterberg-Nwosu" style="width:420px;height:520px;object-fit:cover"></wow-image></div></div>
${comp('kx1cap', p8('Headshot by Ruben Castellanos, 2025'))}
${h2('kx1th', h[0] ?? '')}
${cols('kx1st', stage)}
${h2('kx1tv', h[1] ?? '')}
${cols('kx1sc', screen)}
${h2('kx1tr', h[2] ?? '')}
${comp(
  'kx1trl',
  `<ul class="font_8 wixui-rich-text__text">${training
    .map(
      (t) => `<li class="wixui-rich-text__text"><p class="font_8
wixui-rich-text__text">${t}</p></li>`,
    )
    .join('')}</ul>`,
)}
${h2('kx1sk', h[3] ?? '')}
${comp('kx1skl', skills.map(p8).join(''))}
<div id="comp-kx1agent" class="comp-kx1agent wixui-box">${comp(
  'kx1agt',
  `<h4 class="font_4 wixui-rich-text__text">Representation</h4>
${p8('Harlow &amp; Finch Management')}${p8('agents@harlowfinch.example · +44 20 7946 0381')}`,
)}</div>
<div id="comp-kx1btn" class="comp-kx1btn wixui-button"><a data-testid="linkElement" href="/cv.pdf" class="uDW_Qe"><span class="l7_2fn
wixui-button__label">Download CV (PDF)</span></a></div>
</div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1">
${comp('kx1ftr', p8('© 2026 by Delphine Achterberg-Nwosu. Powered and secured by <a href="https://www.wix.example">Wix</a>'))}
<ul class="social-bar">${['Instagram', 'Spotlight', 'IMDb'].map((s) => `<li><a href="#" aria-label="${s}">${s}</a></li>`).join('')}</ul></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner"><p class="consent-banner__text">This website uses cookies.
We use cookies to analyse traffic to the site. By accepting, you agree to our use of such cookies.</p><a href="/privacy-policy">Privacy Policy</a><div
class="consent-banner__buttons"><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline
All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.8f1a2b.bundle.min.js" defer></script></body></html>`;
export const wix: TestPage = {
  name: 'heldout449-wix-actor-blog',
  kind: 'blog',
  html,
  title,
  headings: h,
  body: texts([...intro, ...stage.flat(), ...screen.flat(), ...training, ...skills]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Home',
    'Showreel', 'Gallery', 'Contact', 'Headshot by Ruben Castellanos, 2025', 'Representation', 'Harlow & Finch Management',
    'agents@harlowfinch.example · +44 20 7946 0381', 'Download CV (PDF)', '© 2026 by Delphine Achterberg-Nwosu. Powered and secured by Wix', 'Instagram',
    'Spotlight', 'IMDb', 'This website uses cookies. We use cookies to analyse traffic to the site. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};
