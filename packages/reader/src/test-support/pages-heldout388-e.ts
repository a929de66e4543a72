import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout388-kit.js';

/**
 * Held-out batch 388, file e: an audio guide stop transcript on an Angular museum-guide web app (_ngcontent attributes,
 * audio player controls, transcript tab, "Also on this tour" rail, app download banner) and a regional museum's Wix site
 * exhibition page (wixui rich text components, horizontal menu, button and image components, footer, Wix consent banner).
 */
const aTitle = "The Weaver's Loom";
const aBody = [
  j(
    'You are standing in front of the largest object in the museum: a hand loom that filled the front room of a cottage in',
    'Abbotsfold for almost a hundred years. It is made of pine and ash, and everything on it, from the beam at the back to the',
    'treadles under your feet, was built by the weaver who used it, Samuel Trench, in about 1820.',
  ),
  j(
    'Trench wove plain wool cloth for the merchants of Lanbury, who collected it from his door every Saturday. A good week',
    'meant four lengths of cloth, each about twenty-five metres long. To make them he passed the shuttle from hand to hand',
    'something like sixty thousand times.',
  ),
  j(
    'Listen for a moment to the sound you can hear now. This is the loom working, recorded in 2019 when our volunteers',
    'restored it. The clack is the beater pressing each new thread into place; the lower thump is the treadles changing the',
    'shed, the gap through which the shuttle flies.',
  ),
  j(
    'Our curator, Nell Ashdown, describes what the loom meant to the family: "The whole house was arranged around it. The',
    'children slept in the room above, and they would have fallen asleep to this noise every night of their lives. When the',
    'mills came, the loom did not just stop earning money. The house went quiet."',
  ),
  j(
    'By the 1850s, power looms in the Lanbury mills could do in a day what Trench did in a fortnight. His sons went to work in',
    'those mills, but his grandson kept the loom and used it for blankets until the 1910s. The family gave it to the museum',
    'in 1957, when the cottage was sold.',
  ),
  j(
    'Before you move on, look at the right-hand upright, at about the height of your shoulder. The small notches cut into the',
    'wood are a tally: one for every length of cloth, we think, over more than forty years.',
  ),
];
const aStops = ['The Carding Room', 'Mill Bell', "A Child's Clogs", 'The Dye Vats'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} · Lanbury Textile Museum · Audio Guide</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Audio guide stop 12: ${aTitle}.">
<meta property="og:title" content="${aTitle}"><link rel="icon" type="image/x-icon" href="favicon.ico"><link rel="stylesheet" href="styles.4f1a2c.css">
<style ng-app-id="ng">.stop-header[_ngcontent-ng-c2810447]{display:flex}</style></head>
<body><app-root _nghost-ng-c1593 ng-version="17.3.4" ng-server-context="ssr"><app-header _ngcontent-ng-c1593 _nghost-ng-c4401>
<header _ngcontent-ng-c4401 class="app-header"><a _ngcontent-ng-c4401 routerlink="/" class="brand" href="/">Lanbury Textile Museum</a>
<a _ngcontent-ng-c4401 href="/tours/the-mill-story" class="back-link">Back to tour</a><button _ngcontent-ng-c4401 class="lang-switch">English</button>
</header></app-header><router-outlet _ngcontent-ng-c1593></router-outlet><app-tour-stop _nghost-ng-c2810447>
<div _ngcontent-ng-c2810447 class="app-banner"><p _ngcontent-ng-c2810447>Listen offline with the Lanbury Museums app.</p><a _ngcontent-ng-c2810447
href="https://apps.example/lanbury">Get the app</a></div>
<section _ngcontent-ng-c2810447 class="stop"><img _ngcontent-ng-c2810447 src="/assets/stops/12-loom.jpg" alt="The hand loom in Gallery 3"
class="stop-image"><div _ngcontent-ng-c2810447 class="stop-header"><span _ngcontent-ng-c2810447 class="stop-number">Stop 12</span>
<h1 _ngcontent-ng-c2810447 class="stop-title">${aTitle}</h1><span _ngcontent-ng-c2810447 class="stop-location">Gallery 3, ground floor</span></div>
<app-audio-player _ngcontent-ng-c2810447 _nghost-ng-c3307><div _ngcontent-ng-c3307 class="player"><button _ngcontent-ng-c3307 class="play"
aria-label="Play">Play</button><span _ngcontent-ng-c3307 class="time">0:00 / 3:41</span><button _ngcontent-ng-c3307 class="speed">Speed 1×</button>
<audio _ngcontent-ng-c3307 src="/assets/audio/12-loom-en.mp3" preload="metadata"></audio></div></app-audio-player>
<div _ngcontent-ng-c2810447 role="tablist" class="tabs"><button _ngcontent-ng-c2810447 role="tab" aria-selected="true">Transcript</button>
<button _ngcontent-ng-c2810447 role="tab" aria-selected="false">British Sign Language</button></div>
<div _ngcontent-ng-c2810447 role="tabpanel" class="transcript">
${ps(aBody, ' _ngcontent-ng-c2810447')}
</div><p _ngcontent-ng-c2810447 class="credit">Narrated by Ruth Caddell. Recording of the loom by Tom Parry.</p>
<div _ngcontent-ng-c2810447 class="stop-nav"><a _ngcontent-ng-c2810447 href="/tours/the-mill-story/11">Previous</a><a _ngcontent-ng-c2810447
href="/tours/the-mill-story/13">Next</a></div></section>
<section _ngcontent-ng-c2810447 class="more"><h2 _ngcontent-ng-c2810447>Also on this tour</h2><ul _ngcontent-ng-c2810447>${links(aStops, 'more-item')}</ul>
</section></app-tour-stop><app-footer _ngcontent-ng-c1593><footer class="app-footer"><p>Lanbury Textile Museum, Mill Lane, Lanbury</p>
<a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility statement</a></footer></app-footer>
<app-cookie-consent _ngcontent-ng-c1593><div class="cookie-bar" role="dialog"><p>We use cookies to remember your language and your place on the
tour.</p><button>OK</button><button>Settings</button></div></app-cookie-consent></app-root>
<script src="runtime.9c1e.js" type="module"></script><script src="main.77d3.js" type="module"></script>
<script id="ng-state" type="application/json">{"stop-12":{"title":"${aTitle}","duration":221}}</script></body></html>`;
const angularAudio: TestPage = {
  name: 'heldout388-angular-audio-guide-stop',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lanbury Textile Museum', 'Back to tour', 'English', 'Listen offline with the Lanbury Museums app.', 'Get the app', 'Stop 12', 'Gallery 3, ground floor',
    'Play', '0:00 / 3:41', 'Speed 1×', 'Transcript', 'British Sign Language', 'Narrated by Ruth Caddell. Recording of the loom by Tom Parry.', 'Previous',
    'Next', 'Also on this tour', ...aStops, 'Lanbury Textile Museum, Mill Lane, Lanbury', 'Privacy', 'Accessibility statement',
    'We use cookies to remember your language and your place on the tour.', 'Settings',
  ],
};

const xTitle = 'Threads of the Valley: Quilts from the Dunmore Hills';
const xIntro = j(
  "This summer the museum's upstairs gallery is hung with twenty-four quilts made in the farms and villages of the Dunmore",
  'Hills between 1860 and 1960. Most have never been shown in public. They were lent to us by the families who still own them,',
  'and many come with the names of the women who made them stitched into a corner.',
);
const xAbout = [
  j(
    'Quilting in the Dunmore Hills was a winter job. Once the harvest was in, neighbours would gather in one kitchen with a',
    'quilting frame set up between two chairs, and work on a single quilt until it was finished. Each woman brought her own',
    'needle and thimble, and some of the quilts in the exhibition show three or four different hands at work.',
  ),
  j(
    'Several of the quilts are made from feed sacks and old shirts, and you can still read the name of a flour mill on the',
    "back of one of them. Others were made for weddings from new cloth bought at Harlan's draper's in Kellsbridge, and are",
    'covered in fine wadded patterns of feathers, fans and hearts.',
  ),
];
const xStory = j(
  'Next to each quilt is a short story told by its family. Some were recorded on our "Bring Your Quilt" days last autumn,',
  'when more than ninety people came to the museum with quilts from their cupboards and lofts.',
);
const xLoan = j(
  'The quilts are fragile and light-sensitive, so the gallery is kept dim and each quilt will go back to its family at the end',
  'of the season. We are very grateful to all the lenders for letting them out of the cupboard for a few months.',
);
const xWork = j(
  'On the first Saturday of each month, members of the Dunmore Quilters will demonstrate hand quilting in the gallery, and',
  "visitors are welcome to add a few stitches to a community quilt that will join the museum's collection in October.",
);
const xNav = ['Home', 'Exhibitions', 'Visit', 'Events', 'Volunteer', 'Contact'];
const wixText = (id: string, inner: string): string => `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Threads of the Valley | Kellsbridge &amp; District Museum</title>
<meta property="og:title" content="Threads of the Valley | Kellsbridge &amp; District Museum"><meta property="og:site_name" content="Kellsbridge Museum">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Kellsbridge & District Museum"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8d2b1f0a","isPremium":true},"language":{"siteLanguage":"en"}};</script>
<style id="css_masterPage">.font_0{font:normal normal normal 48px/1.3em 'libre baskerville',serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="L6A1TJ"><div data-testid="inline-content">
${wixText('kq3wlogo', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Kellsbridge &amp; District Museum</span></p>')}
<wix-dropdown-menu id="comp-kq3x1menu" class="XRwtpn comp-kq3x1menu wixui-dropdown-menu hidden-during-prewarmup"><nav aria-label="Site"
class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.kellsbridgemuseum.example/${t.toLowerCase()}"
class="wixui-horizontal-menu__item-label"><div class="itemLabel"><p class="label">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lx9a0" class="comp-lx9a0 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lx9a0col"
class="comp-lx9a0col wixui-column-strip__column"><div data-testid="inline-content">
${wixText('lx9a1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${wixText('lx9a2', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">14 June – 28 September 2025 · Upstairs Gallery</span></p>')}
<div id="comp-lx9a3" class="MazNVa comp-lx9a3 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wix-image class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lx9a3","displayMode":"fill"}'><img src="https://static.wixstatic.example/media/5c1f2e_quilt.jpg/v1/fill/w_980,h_551/q.jpg"
alt="Wedding quilt, 1902"></wix-image></div></div>
${wixText(
  'lx9a4',
  `<p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">Wedding quilt made by Ada Fennick, 1902. Lent by the Fennick family</span></p>`,
)}
${wixText('lx9a5', wixP(xIntro))}
${wixText('lx9a6', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">About the quilts</span></h2>')}
${wixText('lx9a7', xAbout.map(wixP).join('\n<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>\n'))}
${wixText('lx9a8', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Family stories</span></h2>')}
${wixText('lx9a9', [xStory, xLoan].map(wixP).join('\n'))}
${wixText('lx9b0', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Quilting Saturdays</span></h2>')}
${wixText('lx9b1', wixP(xWork))}
<div class="comp-lx9b2 R6ex7N wixui-button" id="comp-lx9b2" aria-disabled="false"><a data-testid="linkElement" href="/events" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">See all events</span></a></div>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${wixText('kq3wf1', '<p class="font_9 wixui-rich-text__text">Kellsbridge &amp; District Museum, The Old Corn Exchange, Market Street, Kellsbridge</p>')}
${wixText('kq3wf2', '<p class="font_9 wixui-rich-text__text">Open Wednesday to Sunday, 10.30 – 4.00. Free entry, donations welcome.</p>')}
${wixText('kq3wf3', '<p class="font_9 wixui-rich-text__text">© 2025 by Kellsbridge &amp; District Museum Society. Charity no. 502114</p>')}
</div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="Nq0N8P"><div data-hook="consent-banner-text"><p>This website uses cookies.
We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.</p><a data-hook="consent-banner-privacy-policy"
href="/privacy">Privacy Policy</a></div><div><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/unpkg/requirejs-bolt@2.3.6/requirejs.min.js"></script></body></html>`;
const wixExhibition: TestPage = {
  name: 'heldout388-wix-regional-exhibition',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: ['About the quilts', 'Family stories', 'Quilting Saturdays'],
  body: texts([xIntro, ...xAbout, xStory, xLoan, xWork]),
  bylines: ['14 June – 28 September 2025 · Upstairs Gallery'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Kellsbridge & District Museum', ...xNav, 'Wedding quilt made by Ada Fennick, 1902. Lent by the Fennick family', 'See all events',
    'Kellsbridge & District Museum, The Old Corn Exchange, Market Street, Kellsbridge',
    'Open Wednesday to Sunday, 10.30 – 4.00. Free entry, donations welcome.', '© 2025 by Kellsbridge & District Museum Society. Charity no. 502114',
    'bottom of page', 'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT388_E: readonly TestPage[] = [angularAudio, wixExhibition];
