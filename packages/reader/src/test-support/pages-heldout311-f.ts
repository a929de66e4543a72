import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout311-kit.js';

/**
 * Held-out batch 311, file f: an academic society's annual-meeting page built with the Wix editor (site header with the
 * menu, rich-text and button components, a fees table, a members' login, the Wix footer and consent banner) and a
 * community fair's programme posted on a Ghost site with the Casper theme (header, tag, excerpt, byline with reading
 * time, feature image with caption, the programme, subscribe call, "Read more" cards, footer).
 */
const wTitle = '2026 Annual Meeting: Maps at the Margins';
const wIntro = [
  j(
    'The Northern Society for Historical Cartography will hold its 41st Annual Meeting at Dunmere University from Thursday 10 to',
    'Saturday 12 September 2026. The meeting is open to members and non-members, and to anyone with an interest in old maps.',
  ),
  j(
    'This year’s theme, Maps at the Margins, looks at the edges of the map: borders drawn and disputed, blank spaces, marginal',
    'notes and decorations, and the people whose knowledge went into maps without their names appearing on them.',
  ),
  j(
    'As in previous years, the meeting will include a session for work in progress, where doctoral students and independent',
    'researchers can present a project in ten minutes and get advice from the floor. Offers of papers should reach the programme',
    'secretary by 15 April.',
  ),
];
const wProg = [
  'Thursday: registration from 13:00, opening lecture at 16:00 and a drinks reception in the university library',
  'Friday: paper sessions in three parallel strands, the society’s general meeting at 17:00 and the annual dinner',
  'Saturday morning: a visit to the Dunmere county archive, with a display of estate maps not normally on view',
];
const wKey = [
  j(
    'The opening lecture will be given by Professor Annika Tove of the University of Skarvik, on the pilots’ sketches that fed into',
    'the first printed charts of the northern fjords. Annika’s recent book on the subject won the society’s Lindgren Prize.',
  ),
  j(
    'On Friday afternoon, the map conservator Joaquim Ruelas will talk about what the margins of damaged maps reveal about how they',
    'were used, folded and repaired over three centuries.',
  ),
];
const wFees = [
  ['Member', '£95', '£120'],
  ['Non-member', '£140', '£165'],
  ['Student or unwaged', '£40', '£50'],
];
const wAfter = [
  j(
    'Early-bird rates apply until 30 June. The fee covers all sessions, lunches on Friday and Saturday and the archive visit; the',
    'annual dinner is booked separately at £48.',
  ),
  j(
    'The society offers six bursaries to cover registration and up to £200 of travel for students and early-career researchers.',
    'Apply with a short statement by 31 May.',
  ),
  j(
    'Accommodation has been reserved in the university’s Wharf Hall at £62 a night including breakfast. Rooms are held until 1',
    'August, after which they are released to the public.',
  ),
];
const wMenu = ['Home', 'About the Society', 'Annual Meeting', 'Journal', 'Membership', 'News', 'Contact'];
const wRich = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wBtn = (id: string, label: string): string => `<div class="comp-${id} FubTgk" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.nshc.example/register" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">${label}</span>
</a></div>`;
const wP = (items: readonly string[]): string => items.map((p) => `<p class="font_8 wixui-rich-text__text">${p}</p>`).join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Annual Meeting | Northern Society for Historical Cartography</title>
<meta name="description" content="41st Annual Meeting, Dunmere University, 10 to 12 September 2026."><meta property="og:title" content="Annual Meeting">
<meta property="og:site_name" content="Northern Society for Historical Cartography">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy"],"site":{"metaSiteId":"c1f3e0"},
"requestUrl":"https://www.nshc.example/annual-meeting"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#1e2a38}.font_0{font:normal normal normal 44px/1.2 playfair display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich('kx7ap1', '<p class="font_7 wixui-rich-text__text">Northern Society for Historical Cartography</p>')}
<nav id="comp-kx7ap4" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${wMenu
  .map(
    (m) =>
      `<li class="item wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${m.toLowerCase().replace(/ /g, '-')}" class="label">${m}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-kx7ap9" class="wixui-login-bar"><button class="login-button"><span>Members log in</span></button></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c7dyp" class="dBAkHi theme-vars"><div class="PFkO7r wN7aQc"></div><div id="Containerc7dyp" class="Containerc7dyp SPY_vo">
<section id="comp-lqa1" class="comp-lqa1 wixui-section"><div data-testid="columns" class="V5AUxf">
${wRich('lqa2', `<h1 class="font_0 wixui-rich-text__text">${wTitle}</h1>`)}
${wRich('lqa3', '<p class="font_7 wixui-rich-text__text">Dunmere University · 10–12 September 2026</p>')}
${wBtn('lqa4', 'Register now')}
${wRich('lqa5', wP(wIntro))}</div></section>
<section id="comp-lqb1" class="comp-lqb1 wixui-section">
${wRich('lqb2', `<h2 class="font_2 wixui-rich-text__text">Programme at a glance</h2><ul class="font_8 wixui-rich-text__text">${lis(wProg)}</ul>`)}
${wRich('lqb3', `<h2 class="font_2 wixui-rich-text__text">Keynote speakers</h2>${wP(wKey)}`)}</section>
<section id="comp-lqc1" class="comp-lqc1 wixui-section">${wRich(
  'lqc2',
  `<h2 class="font_2 wixui-rich-text__text">Registration and fees</h2><table class="wixui-rich-text__text"><tbody>
<tr><td><strong>Rate</strong></td><td><strong>Early bird</strong></td><td><strong>Standard</strong></td></tr>
${wFees.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>${wP(wAfter)}`,
)}
${wBtn('lqc3', 'Book your place')}</section>
<section id="comp-lqd1" class="comp-lqd1 wixui-section">${wRich(
  'lqd2',
  '<h4 class="font_4 wixui-rich-text__text">Questions about the meeting?</h4><p class="font_8 wixui-rich-text__text">Write to meeting@nshc.example</p>',
)}</section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${wRich('kx7b01', '<p class="font_9 wixui-rich-text__text">© 2026 Northern Society for Historical Cartography. Registered charity SC048812.</p>')}
${wRich('kx7b02', '<p class="font_9 wixui-rich-text__text">Privacy Policy | Accessibility Statement</p>')}</div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="ccsu-banner"><p data-hook="ccsu-banner-text">This website uses cookies.
By continuing to browse this site, you agree to our use of cookies.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" defer></script></body></html>`;
const wix: TestPage = {
  name: 'heldout311-wix-society-annual-meeting',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Programme at a glance', 'Keynote speakers', 'Registration and fees'],
  body: texts([...wIntro, ...wProg, ...wKey, ...wFees.flat(), ...wAfter]),
  bylines: [],
  furniture: [
    'top of page',
    ...wMenu.filter((m) => m !== 'Annual Meeting'),
    'Members log in',
    'Dunmere University · 10–12 September 2026',
    'Register now',
    'Book your place',
    'Questions about the meeting?',
    'Write to meeting@nshc.example',
    '© 2026 Northern Society for Historical Cartography. Registered charity SC048812.',
    'Privacy Policy | Accessibility Statement',
    'This website uses cookies. By continuing to browse this site, you agree to our use of cookies.',
    'Settings',
    'Accept',
  ],
};

const gTitle = 'Millbrook Summer Fair 2026: the full programme';
const gExcerpt = 'Dog show, tug of war, forty stalls and the return of the duck race. Here is everything that is happening on Saturday 4 July.';
const gIntro = [
  j(
    'The fair opens at 11:00 on the village green and runs until 17:00, whatever the weather. Entry is free as always; the stalls,',
    'games and raffle raise money for the village hall roof and the Millbrook Under-Fives.',
  ),
  'Thank you to the forty-odd volunteers who have signed up so far. We could still use a few more hands for setting up on Friday evening.',
];
const gStage = [
  '11:00 – Opening by the oldest resident of Millbrook, followed by the Brook Primary School choir',
  '12:00 – Millbrook Silver Band',
  '13:30 – Fancy dress parade for under-8s (sign up at the information tent by 13:00)',
  '14:30 – The Tollbridge Ceilidh Band, with a caller for anyone who has never danced before',
  '16:30 – Raffle draw and prize-giving',
];
const gGreen = [
  '11:30 – Dog show: waggiest tail, best rescue, dog most like its owner',
  '13:00 – Tug of war, pub teams against the football club, best of three',
  '15:00 – The duck race on the brook, from the footbridge to the mill race. Ducks are £2 each from the village shop',
  'All day – pony rides, the coconut shy and the welly-throwing competition',
];
const gHall = [
  j(
    'Inside the village hall you will find the produce and crafts show, with judging at 12:00. Entries must be in by 10:30 on the day.',
    'Classes this year include a Victoria sponge, five runner beans, a jar of chutney and, new for 2026, a photograph of Millbrook.',
  ),
  'Teas, cakes and the famous sausage rolls are served in the hall all afternoon by the Women’s Institute.',
];
const gPractical = [
  j(
    'Parking is in the field behind the church, signed from the main road, for a donation of £3. Please do not park on Mill Lane,',
    'which must be kept clear for emergency vehicles. Toilets, including an accessible toilet, are behind the hall.',
  ),
  'If you would like a stall, there are two pitches left. Contact Bev at the village shop or reply below before 20 June.',
];
const gNav = ['Home', 'News', 'Events', 'Clubs', 'Village hall', 'About'];
const gRead = ['Village hall roof: where the money has gone so far', 'Results from the spring plant sale', 'New bus timetable from September'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e2c1f0a9b"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://millbrookcommons.example/summer-fair-2026-programme/"><meta property="og:site_name" content="Millbrook Commons">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-06-02T18:20:00.000Z">
<meta property="article:tag" content="Events"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Millbrook Commons"},
"author":{"@type":"Person","name":"Helen Ashdown"},"headline":"${gTitle}","datePublished":"2026-06-02T18:20:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-ghost="https://millbrookcommons.example/"></script></head>
<body class="post-template tag-events is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="/">
Millbrook Commons</a></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-events featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/events/">Events</a></span>
<span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/helen/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/helen.jpg" alt="Helen Ashdown"></a></li>
</ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/helen/">Helen Ashdown</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-06-02">Jun 2, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/fair-2025.jpg 600w" src="/content/images/fair-2025.jpg" alt="Crowds on the green">
<figcaption><span style="white-space: pre-wrap;">Last year’s fair on the green. Photo by Tom Ashdown</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gIntro)}
<h2 id="main-stage">On the main stage</h2><ul>${lis(gStage)}</ul>
<h2 id="on-the-green">On the green</h2><ul>${lis(gGreen)}</ul>
<h2 id="in-the-hall">In the hall</h2>${ps(gHall)}
<h2 id="getting-there">Getting there and practical bits</h2>${ps(gPractical)}</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (r) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><h2 class="post-card-title">${r}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Millbrook Commons</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Privacy', 'Contact us'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8e2c1f0a9b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout311-ghost-community-fair-programme',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['On the main stage', 'On the green', 'In the hall', 'Getting there and practical bits'],
  body: texts([gExcerpt, ...gIntro, ...gStage, ...gGreen, ...gHall, ...gPractical]),
  bylines: ['Helen Ashdown', 'Jun 2, 2026', '4 min read'],
  furniture: [
    'Millbrook Commons',
    ...gNav,
    'Sign in',
    'Subscribe',
    'Featured',
    'Last year’s fair on the green. Photo by Tom Ashdown',
    'Sign up for more like this.',
    'Enter your email',
    'Read more',
    ...gRead,
    'Millbrook Commons © 2026',
    'Privacy',
    'Contact us',
    'Powered by Ghost',
  ],
};

export const HELDOUT311_F: readonly TestPage[] = [wix, ghost];
