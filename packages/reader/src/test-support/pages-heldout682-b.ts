import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, notIn } from './pages-heldout682-kit.js';

/**
 * Held-out batch 682, file b: a session case study on a Webflow CMS template (hero facts, stats strip, rich text with a
 * figure, next-project link), and a short rehearsal rooms page built with Wix (rich-text components, horizontal menu).
 */
const wTitle = 'Four days, one room, eleven songs: tracking The Gannet Choir live';
const wDek = 'How we set up a seven-piece folk band to record live to tape with almost no overdubs.';
const wHeads = ['The brief', 'Setting up the room', 'Four days of takes', 'What we would do again'];
const wText = [
  [
    j(
      'The Gannet Choir came to us with eleven songs they had been playing on the road for two years. They wanted the record to',
      'sound like the band does in a small hall: everyone in one room, singing into the same air, with the spill left in.',
    ),
    'The budget covered four days of tracking and three of mixing. That ruled out building the songs up part by part.',
  ],
  [
    j(
      'We put the band in a horseshoe around the drum riser in Live Room A, with the two fiddles and the harmonium facing the',
      'drums so the loudest sources pointed away from the vocal mics. A pair of ribbons above the circle did most of the work;',
      'close mics were there to add detail, not to isolate.',
    ),
    j(
      'Headphones were optional. Four of the seven played without them, which meant setting the room balance with their',
      'amps and the players&#39; own dynamics rather than at the desk.',
    ),
  ],
  [
    j(
      'We recorded to a 16-track tape machine and ran a digital backup in parallel. Each song got four or five full takes; we',
      'chose whole takes and allowed ourselves one edit per song. Nine of the eleven songs on the record are single takes.',
    ),
    j(
      'The hardest song was the a cappella closer, "Sound the Lowland". We turned off the air conditioning, moved the singers',
      'into the stairwell for its natural reverb and recorded it at two in the morning when the lorries on the ring road had stopped.',
    ),
  ],
  [
    j(
      'Trusting the room. The spill between the mics is what makes the record sound like one band, and mixing was quicker because',
      'there was less to fix. Next time we would book a fifth day, just for the songs that needed a night&#39;s sleep.',
    ),
  ],
];
const wQuote = '"It is the first time a record has sounded like the inside of our van on a good night." — Orla Haskett, fiddle';
const wFacts = ['Client', 'The Gannet Choir', 'Services', 'Tracking, Mixing', 'Engineer', 'Tam Okonedo'];
const wStats = ['4 days', 'of tracking', '9 of 11', 'songs are single takes', '0', 'click tracks'];
const wNav = ['Studio', 'Work', 'Rates', 'Journal', 'Contact'];
const wFoot = ['Privacy', 'Imprint', 'Instagram', 'Vimeo'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue May 12 2026 09:31:07 GMT+0000 -->
<html data-wf-domain="www.northpier.studio" data-wf-page="6641a2c3e0b9f1c2d3a4b5c7" data-wf-site="6641a2c3e0b9f1c2d3a4b5a0"
 data-wf-collection="6641a2c3e0b9f1c2d3a4b5b1" data-wf-item-slug="gannet-choir-live" lang="en"><head><meta charset="utf-8">
<title>The Gannet Choir – Case study | Northpier Recording</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6641a2c3e0b9f1c2d3a4b5a0/css/northpier.webflow.shared.4c1d2.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${wTitle}","datePublished":"2026-05-12"}</script></head>
<body class="body-dark"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/6641a2/logo.svg"
 loading="lazy" alt="Northpier Recording" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a session</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<div class="section case-hero"><div class="container-large"><a href="/work" class="back-link">← All work</a>
<div class="eyebrow">Case study</div><h1 class="heading-xl">${wTitle}</h1><p class="hero-paragraph">${wDek}</p>
<div class="case-meta w-layout-grid">${[0, 2, 4]
  .map((i) => `<div class="case-meta-item"><div class="meta-label">${wFacts[i]}</div><div class="meta-value">${wFacts[i + 1]}</div></div>`)
  .join('\n')}</div>
<div class="date-published">Published May 12, 2026</div></div></div>
<div class="section"><div class="container-medium"><div class="stats-grid w-layout-grid">${[0, 2, 4]
  .map((i) => `<div class="stat"><div class="stat-number">${wStats[i]}</div><div class="stat-label">${wStats[i + 1]}</div></div>`)
  .join('\n')}</div>
<div class="case-body w-richtext">
${wHeads
  .map(
    (h, i) =>
      `<h2>${h}</h2>\n${ps(wText[i] ?? [])}${
        i === 1
          ? `\n<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image" style="max-width:1600px">
<div><img src="https://cdn.prod.website-files.com/6641a2/horseshoe.jpg" loading="lazy" alt="Band in a circle around the drum riser"></div>
<figcaption>The horseshoe: fiddles and harmonium facing the kit.</figcaption></figure>`
          : ''
      }${i === 2 ? `\n<blockquote>${wQuote}</blockquote>` : ''}`,
  )
  .join('\n')}
</div></div></div>
<div class="section next-project"><div class="container-large"><div class="eyebrow">Next project</div>
<a href="/work/harrow-and-fen-ep" class="next-link w-inline-block"><h3 class="heading-l">Harrow &amp; Fen: a debut EP mixed in a week</h3></a></div></div>
<div class="footer"><div class="container-large"><div class="footer-cta"><h2 class="heading-l">Got a record in you?</h2>
<a href="/book" class="button w-button">Get in touch</a></div><div class="footer-bottom"><div
class="footer-address">Northpier Recording, 2 Quay Street, Port Alvey</div>
<div class="footer-links">${wFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div class="copyright">© 2026 Northpier Recording Ltd</div></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6641a2c3e0b9f1c2d3a4b5a0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/6641a2c3e0b9f1c2d3a4b5a0/js/webflow.3b1c.js" type="text/javascript"></script></body></html>`;
const wGold = [wTitle, ...wHeads, wDek, ...texts(wText.slice(0, 2).flat()), ...texts(wText[2] ?? []), wQuote, ...texts(wText[3] ?? [])];
const webflowCase: TestPage = {
  name: 'heldout682-webflow-case-study',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: wGold.slice(1 + wHeads.length),
  bylines: ['Published May 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(wGold, [
    ...wNav, 'Book a session', '← All work', 'Case study', ...wFacts, ...wStats, 'The horseshoe: fiddles and harmonium facing the kit.',
    'Next project', 'Harrow & Fen: a debut EP mixed in a week', 'Got a record in you?', 'Get in touch', 'Northpier Recording, 2 Quay Street, Port Alvey',
    ...wFoot, '© 2026 Northpier Recording Ltd',
  ]),
};

const xTitle = 'Rehearsal Rooms';
const xBody = [
  j(
    'Three soundproofed rooms in the old bus depot on Carrow Road, each with a PA, a drum kit and air conditioning.',
    'Bring your own cymbals, guitars and leads.',
  ),
  'Room 1 – 28 m², 1kW PA, fits a five-piece. £14 an hour',
  'Room 2 – 22 m², 800W PA, good for duos and trios. £11 an hour',
  'Room 3 – 35 m², full backline and a mirror wall for dance and theatre groups. £18 an hour',
  j(
    'Minimum booking is two hours. Block-book ten sessions and the eleventh is free. Rooms are open 11am to 11pm every day;',
    'cancel at least 24 hours ahead or you pay for the slot.',
  ),
];
const xNav = ['Home', 'Rehearsal Rooms', 'Recording', 'Gallery', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Rehearsal Rooms | Depot Sound Norwich</title>
<meta name="description" content="Three soundproofed rehearsal rooms with PA and drum kit in the old bus depot."><link rel="canonical"
href="https://www.depotsound.net/rehearsal-rooms">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bgScrub","dashboardWixCodeSdk","siteMembers"],
"requestUrl":"https://www.depotsound.net/rehearsal-rooms"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">.font_0{font:normal normal bold 54px/1.2em 'bebas neue',sans-serif;}
.font_8{font:normal normal normal 16px/1.6em 'raleway',sans-serif;}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"></div>
<div id="BACKGROUND_GROUP" class="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope">
<a id="SKIP_TO_CONTENT_BTN" class="LHrbPP" href="#PAGES_CONTAINER" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</a>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent">
${rich('kx1h2a3', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">DEPOT SOUND</span></p>')}
<nav aria-label="Site" id="comp-kx1h2b9" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemDepth02233374943__menu"
role="menubar">
${xNav
  .map(
    (t) => `<li class="itemDepth02233374943__item wixui-horizontal-menu__item" role="none"><a data-testid="linkElement"
href="https://www.depotsound.net/${t.toLowerCase().replace(' ', '-')}" role="menuitem" class="itemDepth02233374943__root itemDepth02233374943__container"><div
class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-kx1h2c4" class="wixui-login-bar"><button class="Ngu_dN" aria-label="Log In"><span class="XrcXKs">Log In</span></button></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="VM7gjN"><div
data-mesh-id="Containerc1dmpinlineContent-gridContainer">
<section id="comp-lx9a1f0s" class="comp-lx9a1f0s wixui-section"><div id="bgLayers_comp-lx9a1f0s" class="MW5IWV"></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lx9a1f0t" class="comp-lx9a1f0t YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lx9a1f0tinlineContent" class="VM7gjN">
${rich('lx9a1f1a', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich('lx9a1f1b', xp(xBody[0] ?? ''))}
${rich(
  'lx9a1f1c',
  xBody
    .slice(1, 4)
    .map((t) => xp(t))
    .join('\n'),
)}
${rich('lx9a1f1d', xp(xBody[4] ?? ''))}
<div class="comp-lx9a1f1e FubTgk" id="comp-lx9a1f1e" aria-disabled="false"><a data-testid="linkElement" href="https://www.depotsound.net/book-online"
 class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Room</span></a></div>
<wow-image id="img_comp-lx9a1f1g" class="HlRz5e BI8PVQ"><img src="https://static.wixstatic.com/media/8d13be_room1.jpg/v1/fill/w_640,h_420/room1.jpg"
 alt="Room 1 with drum kit" width="640" height="420"></wow-image>
</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
${rich('kx1h2d1', xp('Depot Sound, Unit 7, Carrow Road Depot, Norwich NR1 9QP') + xp('07700 900 318 · rooms@depotsound.net'))}
${rich('kx1h2d2', xp('© 2026 by Depot Sound. Proudly created with Wix.com'))}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies.
 <a data-hook="consent-banner-privacy-policy-link" href="/privacy-policy">Privacy Policy</a></p><div class="buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-all-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4a8c1e2f.bundle.min.js" async></script></body></html>`;
const xGold = [xTitle, ...texts(xBody)];
const wixRooms: TestPage = {
  name: 'heldout682-wix-rehearsal-rooms',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xGold.slice(1),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(xGold, [
    'Skip to Main Content', 'DEPOT SOUND', ...xNav, 'Log In', 'Book a Room', 'Depot Sound, Unit 7, Carrow Road Depot, Norwich NR1 9QP',
    '07700 900 318 · rooms@depotsound.net', '© 2026 by Depot Sound. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ]),
};

export const HELDOUT682_B: readonly TestPage[] = [webflowCase, wixRooms];
