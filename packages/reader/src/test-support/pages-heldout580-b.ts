import { ps, type TestPage, texts } from './page-kit.js';
import { esc, fur, j } from './pages-heldout580-kit.js';

/**
 * Held-out batch 580, file b: a wedding band's song list and song request page built with Wix (Wix Forms), and a string
 * quartet's repertoire page on Webflow with a tabbed CMS list.
 */
const wTitle = 'Song List';
const wIntro = [
  j(
    'Here is a taste of what we play. The list changes every season, and we are always happy to learn something new for your',
    'day. Songs marked with a star are ones couples most often pick for a first dance.',
  ),
];
const wSets: { head: string; songs: string[] }[] = [
  {
    head: 'First Dances',
    songs: [
      'Harbour Lights – The Meadowlarks *',
      'Slow Burn Sunday – Ada Quill *',
      'Everything After You – Corran & Vale *',
      'Paper Moon Waltz – Lottie Brandt',
    ],
  },
  {
    head: 'Floor Fillers',
    songs: [
      'Friday Feeling – The Neon Lanes',
      'Back Seat Radio – Kit Marlowe Band',
      'Shake the Rafters – Gloria Steady',
      'Hold On Tight – The Postcards',
      'Midnight Motorway – Silverback Club',
      'Dancing in the Kitchen – Mo Farrant',
    ],
  },
  {
    head: 'Ceilidh & Folk',
    songs: ['The Drover’s Reel – traditional, arranged by the band', 'Strip the Willow Set', 'Gay Gordons Medley', 'Lass of the Lantern Hill – Iona Rook'],
  },
  {
    head: 'Last Song of the Night',
    songs: ['Goodnight, Everyone – The Meadowlarks', 'One More Chorus – Corran & Vale', 'Walking Home – Ada Quill'],
  },
];
const wReqHead = 'Request a Song';
const wReq = [
  j(
    'Can’t see your song? We learn one new song for every wedding at no extra cost, as long as you tell us at least six weeks',
    'before the day. Fill in the form below and Sam will reply to confirm it suits the band’s line-up.',
  ),
  j('Please send one form per song. If you want us to learn a second or third song, we charge £80 a song to cover rehearsal time.'),
];
const wNav = ['Home', 'About', 'Song List', 'Gallery', 'Prices', 'Contact'];
const wForm = ['Your name *', 'Wedding date *', 'Song title and artist *', 'Is this your first dance?', 'Yes', 'No', 'Submit'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(t)}</span></p>`;
const wSection = (s: (typeof wSets)[number], n: number): string => `<section id="comp-ls${n}" tabindex="-1" class="Oqnisf comp-ls${n} wixui-section"
 data-block-level-container="ClassicSection"><div id="bgLayers_comp-ls${n}" data-hook="bgLayers" class="MW5IWV"><div class="LWbAav Kv1aVt"></div></div>
<div data-testid="columns" class="comp-ls${n}-container"><div data-mesh-id="comp-ls${n}inlineContent" data-testid="inline-content" class="">
${wRich(`ls${n}h`, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(s.head)}</span></h2>`)}
${wRich(`ls${n}p`, s.songs.map(wP).join('\n'))}
</div></div></section>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Song List | The Lantern Hill Band</title>
<meta name="description" content="Songs we play at weddings, and how to request one."><link rel="canonical" href="https://www.lanternhillband.com/song-list">
<meta property="og:title" content="Song List | The Lantern Hill Band"><meta property="og:site_name" content="The Lantern Hill Band">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"metaSiteId":"a41c"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">.font_0{font: normal normal bold 58px/1.2 'playfair display',serif;}.font_8{font: normal normal normal 16px/1.6 'lato',sans-serif;
}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
 tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope"><div id="SKIP_TO_CONTENT_BTN" tabindex="0" role="button" class="LHrbPP"
 data-testid="skipToContentButton">Skip to Main Content</div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="LWbAav Kv1aVt"></div><div data-testid="inline-content">
${wRich(
  'kq1h',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.lanternhillband.com">The Lantern Hill
 Band</a></span></p>`,
)}
<nav id="comp-kq1nav" aria-label="Site" class="comp-kq1nav wixui-horizontal-menu"><ul class="itemDepth02233374943__menu" role="menubar">
${wNav
  .map(
    (n) => `<li class="itemDepth02233374943__item wixui-horizontal-menu__item" data-testid="menu-item"><a data-testid="linkElement"
 href="https://www.lanternhillband.com/${n.toLowerCase().replace(/ /g, '-')}" class="itemDepth02233374943__root"><div
 class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${n}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lkq2p" class="dBAkHi theme-vars lkq2p"><div class="PFkO7r wN7nfl"></div><div id="Containerlkq2p" class="Containerlkq2p SPY_vo">
<div data-mesh-id="Containerlkq2pinlineContent" data-testid="inline-content">
<section id="comp-ls0top" tabindex="-1" class="Oqnisf comp-ls0top wixui-section"><div data-testid="columns"><div data-testid="inline-content">
${wRich('ls0t', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('ls0i', wIntro.map(wP).join('\n'))}
<div id="comp-ls0img" class="MazNVa comp-ls0img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-ls0img"
 class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-ls0img","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/a41c_band~mv2.jpg"
 alt="The band playing a barn wedding" style="width:490px;height:327px;object-fit:cover"></wow-image></div></div>
</div></div></section>
${wSets.map(wSection).join('\n')}
<section id="comp-lsreq" tabindex="-1" class="Oqnisf comp-lsreq wixui-section"><div data-testid="columns"><div data-testid="inline-content">
${wRich('lsrh', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wReqHead}</span></h2>`)}
${wRich('lsrp', wReq.map(wP).join('\n'))}
<div id="comp-lsform" class="comp-lsform wixui-form"><form class="JVi7i2" data-testid="form"><div class="MpKiNN wixui-text-input">
<label for="input_comp-lsf1" class="wPeA6j wixui-text-input__label">${wForm[0]}</label><input id="input_comp-lsf1" class="KvoMHf" type="text" required></div>
<div class="MpKiNN wixui-date-picker"><label for="input_comp-lsf2" class="wPeA6j">${wForm[1]}</label><input id="input_comp-lsf2" type="text"
 placeholder="DD/MM/YYYY"></div><div class="MpKiNN wixui-text-input"><label for="input_comp-lsf3" class="wPeA6j">${wForm[2]}</label>
<input id="input_comp-lsf3" type="text"></div><fieldset class="wixui-radio-button-group"><legend class="wixui-radio-button-group__label">${wForm[3]}</legend>
<label class="wixui-radio-button"><input type="radio" name="fd" value="Yes"><span>${wForm[4]}</span></label><label class="wixui-radio-button">
<input type="radio" name="fd" value="No"><span>${wForm[5]}</span></label></fieldset>
<div class="comp-lsf6 wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq"><span
 class="l7_2fn wixui-button__label">${wForm[6]}</span></button></div></form>
<div class="sr-only" role="status" aria-live="polite"></div></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${wRich(
  'kq1f1',
  `<p class="font_8 wixui-rich-text__text">Based in Shropshire · Playing weddings across the Midlands and Wales</p>
<p class="font_8 wixui-rich-text__text">bookings@lanternhillband.com · 07700 900412</p>`,
)}
${wRich('kq1f2', '<p class="font_9 wixui-rich-text__text">© 2025 by The Lantern Hill Band. Powered and secured by <a href="https://www.wix.com">Wix</a></p>')}
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.1b7d8e2a.bundle.min.js" async></script></body></html>`;
const wHeads = [...wSets.map((s) => s.head), wReqHead];
const wBody = [...wIntro, ...wSets.flatMap((s) => s.songs), ...wReq];
const lantern: TestPage = {
  name: 'heldout580-wix-song-list',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([wTitle, ...wHeads, ...wBody], [
    'top of page', 'Skip to Main Content', 'The Lantern Hill Band', ...wNav, ...texts(wForm),
    'Based in Shropshire · Playing weddings across the Midlands and Wales', 'bookings@lanternhillband.com · 07700 900412',
    '© 2025 by The Lantern Hill Band. Powered and secured by Wix',
  ]),
};

const qTitle = 'Repertoire';
const qDek = 'Music for ceremonies, drinks receptions and dinners, played by the Larchmere Quartet.';
const qIntro = [
  j(
    'Our library holds more than 300 pieces, from Baroque dances to arrangements of last summer’s hits. The lists below are the',
    'pieces couples choose most. If the piece you want is not here, we can usually find or commission an arrangement.',
  ),
];
const qTabs: { tab: string; pieces: [string, string][] }[] = [
  {
    tab: 'Ceremony',
    pieces: [
      ['Processional in G', 'Edmund Halloway'],
      ['Air on the Fourth String', 'Johanna Kessler'],
      ['Bridal Promenade', 'Piotr Vasenko'],
      ['Signing Serenade', 'Clara Moorfield'],
    ],
  },
  {
    tab: 'Film and Stage',
    pieces: [
      ['Theme from "The Long Summer"', 'arr. Rosalind Pyke'],
      ['Starlit Harbour (from "Anchor Street")', 'arr. Rosalind Pyke'],
      ['The Ballroom Scene', 'arr. Tomas Ferreira'],
    ],
  },
  {
    tab: 'Pop Arrangements',
    pieces: [
      ['Golden Hour Again', 'The Holloways, arr. Tomas Ferreira'],
      ['Run to the River', 'Maya Sorrell, arr. Rosalind Pyke'],
      ['Kites', 'Fenwick Youth Choir, arr. Tomas Ferreira'],
      ['Still Here', 'Lenny Ashdown, arr. Rosalind Pyke'],
    ],
  },
];
const qOutro = j(
  'New arrangements take about eight weeks and cost £180, which includes the parts for all four players. The arrangement is',
  'yours to keep and we will add it to our library only with your permission.',
);
const qNav = ['About', 'Repertoire', 'Weddings', 'Listen', 'Contact'];
const qFoot = ['Instagram', 'Spotify', 'Privacy'];
const qPane = (t: (typeof qTabs)[number], i: number): string => `<div data-w-tab="Tab ${i + 1}" class="tab-pane w-tab-pane${i === 0 ? ' w--tab-active' : ''}"
 id="w-tabs-0-data-w-pane-${i}" role="tabpanel" aria-labelledby="w-tabs-0-data-w-tab-${i}"><h2 class="heading-tab">${t.tab}</h2>
<div class="w-dyn-list"><div role="list" class="repertoire-list w-dyn-items">${t.pieces
  .map((p) => `<div role="listitem" class="repertoire-item w-dyn-item"><p class="piece-title">${p[0]}</p><p class="piece-composer">${p[1]}</p></div>`)
  .join('\n')}</div></div></div>`;
const qHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 04 2025 10:12:41 GMT+0000 -->
<html data-wf-domain="www.larchmerequartet.com" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a30" lang="en"><head>
<meta charset="utf-8"><title>Repertoire | Larchmere Quartet</title><meta content="${qDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/css/larchmere.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
 DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body-repertoire"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
 src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/logo.svg"
 loading="lazy" alt="Larchmere Quartet" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${qNav
   .map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link${n === qTitle ? ' w--current' : ''}">${n}</a>`)
   .join('')}<a href="/enquire" class="button-nav w-button">Enquire</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero-small"><div class="container w-container"><h1 class="heading-xl">${qTitle}</h1><p
 class="paragraph-lead">${qDek}</p></div></section>
<section class="section-repertoire"><div class="container w-container"><div class="rich-text-intro w-richtext">${ps(qIntro)}</div>
<div data-current="Tab 1" data-easing="ease" data-duration-in="300" data-duration-out="100" class="tabs w-tabs"><div class="tabs-menu w-tab-menu"
 role="tablist">
${qTabs
  .map(
    (t, i) => `<a data-w-tab="Tab ${i + 1}" class="tab-link w-inline-block w-tab-link${i === 0 ? ' w--current' : ''}" id="w-tabs-0-data-w-tab-${i}"
 href="#w-tabs-0-data-w-pane-${i}" role="tab"><div>${t.tab}</div></a>`,
  )
  .join('\n')}</div>
<div class="tabs-content w-tab-content">${qTabs.map(qPane).join('\n')}</div></div>
<div class="rich-text-outro w-richtext"><p>${qOutro}</p></div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-cta">Hear us play</h2><p>Come to one of our open rehearsals in Harrogate,
 held on the first Sunday of every month.</p><a href="/listen" class="button w-button">Book a seat</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-brand">Larchmere Quartet</div>
<div class="footer-links">${qFoot.map((f) => `<a href="/${f.toLowerCase()}" class="footer-link">${f}</a>`).join('')}</div>
<div class="footer-copy">© 2025 Larchmere Quartet</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f708192a30" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/js/webflow.4f5e6a.js" type="text/javascript"></script></body></html>`;
const qHeads = qTabs.map((t) => t.tab);
const qBody = [qDek, ...qIntro, ...qTabs.flatMap((t) => t.pieces.flat()), qOutro];
const larchmere: TestPage = {
  name: 'heldout580-webflow-quartet-repertoire',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: qBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([qTitle, ...qHeads, ...qBody], [
    ...qNav, 'Enquire', 'Hear us play', 'Come to one of our open rehearsals in Harrogate, held on the first Sunday of every month.', 'Book a seat',
    'Larchmere Quartet', ...qFoot, '© 2025 Larchmere Quartet',
  ]),
};

export const HELDOUT580_B: readonly TestPage[] = [lantern, larchmere];
