import { links, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout413-d2.js';

/**
 * Held-out batch 413, file d: a cross-stitch chart page on a Wix site (Thunderbolt markup: site header with menu and cart
 * icon, rich-text elements with `font_N` classes, the chart image gallery, a floss key table, a "Buy the chart" button, a
 * members' login bar, the Wix footer, the free-site ad banner and Wix's cookie banner) and, from file d2, a Discourse
 * craft forum thread about a pattern error.
 */
const xTitle = 'Lighthouse at Dusk: Cross-Stitch Chart Notes';
const xIntro = [
  `Lighthouse at Dusk is a small landscape chart, 98 by 126 stitches, that fits in a 20 cm hoop when stitched on 14-count
Aida. It uses eleven colours, with the sky worked in long blended stitches and the lighthouse in full crosses.`,
  `These notes go with the PDF chart. Please read them before you begin, especially the part about the blended threads,
because the sky looks very different if you stitch it with single colours.`,
];
const xFabH = 'Fabric and size';
const xFab = [
  `Stitched over one on 14-count Aida, the design measures 17.8 by 22.9 cm. Over two on 28-count evenweave it is the same size.
Allow at least 5 cm of fabric on each side for framing, so cut your fabric 28 by 33 cm.`,
  `The sky is worked on the full fabric, so there is no unstitched background. That makes the chart look busier than it
stitches: in practice you work broad bands of one or two symbols at a time, and the changes of colour are gentle.`,
];
const xKeyH = 'Floss key';
const xKeyIntro = [
  `Use two strands for full crosses and one strand for backstitch. The blended symbols take one strand of each of the two
colours in the needle together.`,
];
const xCells = [
  'Square',
  'Twilight navy',
  'Sky, top third',
  'Triangle',
  'Heather mauve',
  'Sky, middle',
  'Circle',
  'Pale apricot',
  'Sky near the horizon',
  'Diamond',
  'Chalk white',
  'Lighthouse tower',
  'Star',
  'Lamp gold',
  'Lamp and beam',
];
const xStartH = 'Where to start';
const xStart = [
  `Find the centre of your fabric by folding it in half both ways, and start with the lighthouse tower, which sits just left of
centre. Working the tower first gives you a fixed landmark for counting the sky around it.`,
  `Leave the backstitch until every cross is done. The beam of light is two lines of backstitch in lamp gold, one strand,
and it goes over the top of the sky stitches.`,
  `If you find a counting error in the chart, let me know through the contact page and I will post a correction here.`,
];
const xRows = xCells.length / 3;
const xNav = ['Home', 'Charts', 'Kits', 'Stitch Notes', 'Contact'];
const txt = (id: string, inner: string): string => `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">
${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Lighthouse at Dusk Chart Notes | Tarnwick Stitchery</title>
<meta name="description" content="Notes for the Lighthouse at Dusk cross-stitch chart: fabric, floss key and where to start.">
<link rel="canonical" href="https://www.tarnwickstitchery.example/lighthouse-notes"><meta property="og:site_name" content="Tarnwick Stitchery">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a91c2f0e-77b2","isPremiumDomain":true},"language":{"userLanguage":"en"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"WebPage","name":"Lighthouse at Dusk Chart Notes"}</script>
<style data-url="https://static.parastorage.example/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css"></style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground_c1dmp"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${txt('kqlz8b1', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/">Tarnwick Stitchery</a></span></p>')}
<nav id="comp-kqlzb7r" aria-label="Site" class="XwCBRN comp-kqlzb7r wixui-dropdown-menu"><ul class="zuBs6C">${links(xNav, 'wixui-dropdown-menu__item')}</ul>
</nav>
<div id="comp-lmember1" class="wixui-login-bar"><button class="login-bar-button"><span class="login-bar-text">Log In</span></button></div>
<div id="comp-lcart001" class="wixui-cart-icon"><a href="/cart-page" aria-label="Cart with 0 items"><span class="cart-count">0</span></a></div></div></div>
</header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="xk2ps" class="dBAkHi theme-vars xk2ps"><section id="comp-lhx1sec1" class="xuzjBY comp-lhx1sec1 wixui-section"><div
data-testid="columns" class="comp-lhx1sec1-container"><div id="comp-lhx1col1" class="comp-lhx1col1 wixui-column-strip__column">
${txt('lhx1h01', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${txt('lhx1p01', xIntro.map(wp).join('\n'))}
<div id="comp-lhx1img1" class="MazNVa comp-lhx1img1 wixui-image"><img
src="https://static.wixstatic.example/media/8a1f_lighthouse~mv2.jpg/v1/fill/w_640,h_800/lighthouse.jpg"
alt="Stitched lighthouse at dusk in a wooden hoop"></div>
${txt(
  'lhx1cap',
  `<p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">Model stitched by Greta Osei on 14-count antique white Aida</span></p>`,
)}
${txt('lhx1p02', `${wh(xFabH)}\n${xFab.map(wp).join('\n')}\n${wh(xKeyH)}\n${xKeyIntro.map(wp).join('\n')}`)}
<div id="comp-lhx1tbl" class="comp-lhx1tbl wixui-table"><table class="wix-table"><thead><tr><th>Symbol</th><th>Colour</th><th>Used for</th></tr></thead><tbody>
${Array.from(
  { length: xRows },
  (_, r) =>
    `<tr>${xCells
      .slice(r * 3, r * 3 + 3)
      .map((c) => `<td>${c}</td>`)
      .join('')}</tr>`,
).join('\n')}</tbody></table></div>
${txt('lhx1p03', `${wh(xStartH)}\n${xStart.map(wp).join('\n')}`)}
<div id="comp-lhx1btn" class="comp-lhx1btn wixui-button"><a data-testid="linkElement" href="/product-page/lighthouse-at-dusk" class="uDW_Qe"><span
class="l7_2fn wixui-button__label">Buy the chart</span></a></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${txt(
  'kqm0ft1',
  `<p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">© 2026 by Tarnwick Stitchery. Charts are for personal use only.</span></p>`,
)}
<ul class="wixui-social-bar">${links(['Instagram', 'Pinterest'], 'social-bar-item')}</ul></div></footer></div></div></div>
<div id="WIX_ADS" class="ytGGBw ise1Ly"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" class="XSD1U3"><span
class="rBBKkm">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span><span class="wvmXO9">Start Now</span>
</a></div>
<div id="consent-banner-root"><div class="consent-banner" role="region" aria-label="cookie banner"><p class="consent-banner__text">This website uses cookies.
We use cookies to improve your experience and make sure our website works properly.</p><button class="consent-banner__decline">Decline</button>
<button class="consent-banner__accept">Accept</button><button class="consent-banner__settings">Settings</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.4e1b.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout413-wix-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [xFabH, xKeyH, xStartH],
  body: texts([...xIntro, ...xFab, ...xKeyIntro, ...xCells, ...xStart]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Tarnwick Stitchery', ...xNav, 'Log In', 'Model stitched by Greta Osei on 14-count antique white Aida', 'Buy the chart',
    '© 2026 by Tarnwick Stitchery. Charts are for personal use only.', 'Instagram', 'Pinterest',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
    'This website uses cookies. We use cookies to improve your experience and make sure our website works properly.', 'Decline', 'Accept', 'Settings',
  ],
};

export const HELDOUT413_D: readonly TestPage[] = [wix, discourse];
