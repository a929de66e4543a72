import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout620-kit.js';

/** Held-out batch 620, file b: a falconry centre's visitor information page built with Wix, and a keeper's blog post on Ghost (Casper). */
const wTitle = 'Plan Your Visit';
const wHeads = ['Opening times', 'Admission', 'Getting here', 'Accessibility', 'Dogs'];
const wOpen = ['Wednesday to Sunday, 10am – 5pm (last entry 3.30pm)', 'Open every day during school holidays', 'Flying displays at 11.30am and 2.30pm'];
const wPrices = ['Adults £14.50', 'Children (3–15) £9.50', 'Under 3s free', 'Family (2 adults, 2 children) £44'];
const wAdm = 'Tickets can be bought on the day at the gift shop. Annual passes are available for the price of two visits.';
const wGet = [
  j(
    'We are two miles south of Kestrelmoor village on the B6410. Follow the brown tourist signs from the A59 roundabout. The',
    'postcode takes some sat navs to the farm behind us, so look for our gate on the left after the cattle grid.',
  ),
  'The 74 bus from Harrowgate stops at the end of our lane on request. Free parking for cars and coaches.',
];
const wAccess = j(
  'All main paths are level and surfaced, and the display arena has a covered viewing area with wheelchair spaces at the front.',
  'We have an accessible toilet by the café. Carers are admitted free.',
);
const wDogs = 'We are sorry, but dogs (other than assistance dogs) cannot come into the centre, as they upset the birds.';
const wNav = ['Home', 'Visit', 'Experiences', 'Our Birds', 'Events', 'Contact'];
const wFoot = ['Kestrelmoor Bird of Prey Centre', 'Moor Lane, Kestrelmoor, North Yorkshire', 'Tel: 01423 880 412', 'hello@kestrelmoorbirds.co.uk'];
const rt = (tag: string, cls: string, t: string): string =>
  `<${tag} class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></${tag}>`;
const box = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Plan Your Visit | Kestrelmoor Bird of Prey Centre</title>
<meta name="description" content="Opening times, prices and directions for Kestrelmoor Bird of Prey Centre.">
<meta property="og:title" content="Plan Your Visit | Kestrelmoor Bird of Prey Centre"><meta property="og:site_name" content="Kestrelmoor Bird of Prey Centre">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Kestrelmoor Bird of Prey Centre",
"address":{"@type":"PostalAddress","addressLocality":"Kestrelmoor","addressRegion":"North Yorkshire","addressCountry":"GB"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"9b1c2f","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);--shd:none}#comp-lq1a0x{width:980px}.font_0{font:normal normal normal 56px/1.2em
playfair display,serif;color:#2B2A26;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0">Skip to Main Content</button>
${box('lq1a0x', rt('p', 'font_7', 'Kestrelmoor Bird of Prey Centre'))}
<nav aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.kestrelmoorbirds.co.uk/${t.length}"
class="wixui-horizontal-menu__item-link">
<div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div id="comp-lq1b9w" class="comp-lq1b9w R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Tickets</span></a></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wN5l2d"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"
class="">
<section id="comp-lq2c1" tabindex="-1" class="Oqnisf comp-lq2c1 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq2c1"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lq2c1" data-motion-part="BG_MEDIA"
class="VgO9Yg"><img src="https://static.wixstatic.com/media/9b1c2f_owlbanner~mv2.jpg/v1/fill/w_980,h_420,al_c,q_85/owlbanner.jpg"
alt="Barn owl in flight"></div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2c2" class="comp-lq2c2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq2c2inlineContent"
data-testid="inline-content" class="">
${box('lq2d0', rt('h1', 'font_0', wTitle))}
${box('lq2d1', rt('p', 'font_8', 'Everything you need to know before you come and see the birds.'))}
</div></div></div></section>
<section id="comp-lq2e1" class="Oqnisf comp-lq2e1 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq2e2" class="comp-lq2e2 YzqVVZ
wixui-column-strip__column"><div data-mesh-id="comp-lq2e2inlineContent" data-testid="inline-content" class="">
${box('lq2f0', rt('h2', 'font_2', at(wHeads, 0)) + wOpen.map((t) => rt('p', 'font_8', t)).join(''))}
${box('lq2f1', rt('h2', 'font_2', at(wHeads, 1)) + wPrices.map((t) => rt('p', 'font_8', t)).join('') + rt('p', 'font_8', wAdm))}
</div></div><div id="comp-lq2e3" class="comp-lq2e3 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
${box('lq2f2', rt('h2', 'font_2', at(wHeads, 2)) + wGet.map((t) => rt('p', 'font_8', t)).join(''))}
<wix-iframe id="comp-lq2f3" class="comp-lq2f3 wixui-google-map" title="Google Maps" aria-label="Google Maps" data-src=""><div class="BaOVQ8">
<iframe title="Google Maps" aria-label="Google Maps" width="100%" height="100%"
src="https://static.parastorage.com/services/editor-elements/dist/googleMap.html"
allowfullscreen></iframe></div></wix-iframe>
</div></div></div></section>
<section id="comp-lq2g1" class="Oqnisf comp-lq2g1 wixui-section"><div data-testid="columns" class="V5AUxf"><div class="YzqVVZ wixui-column-strip__column">
<div data-testid="inline-content" class="">
${box('lq2h0', rt('h2', 'font_2', at(wHeads, 3)) + rt('p', 'font_8', wAccess))}
${box('lq2h1', rt('h2', 'font_2', at(wHeads, 4)) + rt('p', 'font_8', wDogs))}
<div id="comp-lq2h2" class="comp-lq2h2 R6ex7N wixui-button"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Buy tickets online</span></a></div>
</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="Gb6ZJ5 SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div data-testid="inline-content"
class="">
${box('lq3a0', wFoot.map((t) => rt('p', 'font_9', t)).join(''))}
<div id="comp-lq3a1" class="comp-lq3a1 wixui-social-links-bar" role="list" aria-label="Social Bar"><ul class="l7_2fn"><li id="dataItem-lq3a1-0" role="listitem">
<a href="https://www.facebook.com/kestrelmoorbirds" target="_blank" class="oRtuWN"><img src="https://static.wixstatic.com/media/facebook.png"
alt="Facebook"></a></li>
</ul></div>
${box('lq3a2', rt('p', 'font_9', '© 2025 by Kestrelmoor Bird of Prey Centre. Registered charity no. 1174215.'))}
</div></div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div>
<div id="consent-banner-root"><div class="consent-banner" role="alertdialog" aria-label="Cookie banner"><p class="consent-banner__text">This website uses
cookies.
We use cookies to improve your experience and make sure our website works properly.</p><div class="consent-banner__buttons"><button>Settings</button>
<button>Decline all</button><button>Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b8c4a3e1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout620-wix-visit',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wHeads],
  body: texts(['Everything you need to know before you come and see the birds.', ...wOpen, ...wPrices, wAdm, ...wGet, wAccess, wDogs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Kestrelmoor Bird of Prey Centre', ...wNav.filter((t) => t !== 'Visit'), 'Book Tickets', 'Buy tickets online',
...wFoot.slice(1),
    '© 2025 by Kestrelmoor Bird of Prey Centre. Registered charity no. 1174215.', 'bottom of page',
    'This website uses cookies. We use cookies to improve your experience and make sure our website works properly.', 'Settings', 'Decline all', 'Accept',
  ],
};

const gTitle = 'Why our hawks fly less in August';
const gDek = 'It’s moult season, and a hawk growing new feathers needs rest more than it needs an audience.';
const gHeads = ['What the moult is', 'Feeding them up', 'What it means for your visit'];
const gBody = [
  j(
    'Every summer we get the same question at the gate: why are some of the hawks sitting on their perches instead of',
    'flying in the afternoon display? The answer is the moult, and it is the most important few months of a bird’s year.',
  ),
  j(
    'Birds of prey replace their feathers once a year. They don’t drop them all at once, which would leave them unable to',
    'fly, but one or two at a time in a set order, so that the wing always has enough feathers to work. For a Harris’s hawk',
    'the moult starts in late spring and runs until October; our larger owls can take two years to replace every feather.',
  ),
  j(
    'A new feather grows with a blood supply running through its shaft. Until it hardens off it is easily damaged, and a',
    'broken blood feather bleeds and can leave a weak point that lasts for a whole year. So while the new flights are coming',
    'through, we keep the birds on their blocks and fly them only lightly, if at all.',
  ),
  j(
    'In the flying season we keep each bird at a careful working weight, weighed every morning, because a hawk that is too',
    'heavy has no reason to come back to the glove. In the moult we do the opposite. The birds are fed up, given as much',
    'as they want, with whole day-old chicks, quail and rabbit so that they get the calcium and protein that good feathers need.',
  ),
  j(
    'You may notice that the birds look rounder and a little scruffy in August. That is a good sign: a bird that is eating',
    'well now will have strong, clean feathers for the winter.',
  ),
  j(
    'The displays go on all summer, but they are flown by the birds that have finished moulting early or are in a quiet',
    'stage of it, usually the kestrels, the barn owls and Fidget, our lanner falcon. The hawk walks move to a shorter route',
    'and we use fewer birds on each walk.',
  ),
  j(
    'If you have booked a hawk walk for August and would rather wait for the full route, just email us and we will move it',
    'to the autumn free of charge. By the end of October the whole team is back in the air.',
  ),
];
const gNav = ['Home', 'Bird Care', 'Behind the Scenes', 'Events', 'About'];
const gMore = ['Meet the new barn owl chicks', 'A day in the life of a falconer', 'How we weigh a golden eagle'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=1b1a1f5c3d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.ashgrovefalconry.co.uk/why-our-hawks-fly-less-in-august/">
<meta property="og:site_name" content="The Ashgrove Mews"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2025-08-06T08:30:00.000Z"><meta property="article:tag" content="Bird Care">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Ashgrove Mews"},
"author":{"@type":"Person","name":"Megan Thwaite"},"headline":"${gTitle}","datePublished":"2025-08-06T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.ashgrovefalconry.co.uk/"
data-key="a1b2c3" data-api="https://journal.ashgrovefalconry.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-bird-care is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.ashgrovefalconry.co.uk">The Ashgrove Mews</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20"
height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.length}"><a href="/${t.length}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-bird-care image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/bird-care/">Bird Care</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/megan/" class="author-avatar author-profile-image"><img class="author-profile-image"
src="/content/images/size/w100/2024/03/megan.jpg" alt="Megan Thwaite"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/megan/">Megan Thwaite</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-08-06">Aug 6, 2025</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/08/moult.jpg 300w" src="/content/images/size/w2000/2025/08/moult.jpg"
alt="A Harris's hawk with a gap in its wing feathers"><figcaption><span style="white-space: pre-wrap;">Juno, halfway through her moult. You can see the new
primaries coming through on her right wing.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 1))}
<h2 id="what-the-moult-is">${at(gHeads, 0)}</h2>
${ps(gBody.slice(1, 3))}
<h2 id="feeding-them-up">${at(gHeads, 1)}</h2>
${ps(gBody.slice(3, 5))}
<h2 id="what-it-means-for-your-visit">${at(gHeads, 2)}</h2>
${ps(gBody.slice(5))}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image"
src="/content/images/${t.length}.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-07-14">Jul 14, 2025</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.ashgrovefalconry.co.uk">The Ashgrove Mews</a> &copy;
2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-visit-ashgrove">
<a href="https://ashgrovefalconry.co.uk/">Visit Ashgrove</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=1b1a1f5c3d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout620-ghost-moult',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gHeads],
  body: [gDek, ...gBody],
  bylines: ['Megan Thwaite', 'Aug 6, 2025', 'Jul 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Ashgrove Mews', ...gNav, 'Sign in', 'Subscribe', '• 4 min read',
    'Juno, halfway through her moult. You can see the new primaries coming through on her right wing.', 'Sign up for more like this.',
    'Enter your email', ...gMore, '3 min read', 'The Ashgrove Mews © 2025', 'Sign up', 'Visit Ashgrove', 'Powered by Ghost',
  ],
};

export const HELDOUT620_B: readonly TestPage[] = [wix, ghost];
