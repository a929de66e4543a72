import { links, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout471-kit.js';

/**
 * Held-out batch 471, file d: a home-services firm's quote request page on Duda (dmRespRow layout, native form with hidden
 * success and error messages), and an electrician's how-to post on a Ghost blog (Casper theme, callout card, read-more cards).
 */
const qTitle = 'Request a Free Quote';
const qIntro = [
  j(
    'Tell us a little about the job and we will get back to you with a written, fixed-price quote. Most quotes for plumbing,',
    'electrical and heating work go out within one business day; larger jobs such as a bathroom remodel may need a short visit first.',
  ),
  'There is no charge for the quote and no obligation to book.',
];
const qNextH = 'What happens next';
const qNext = [
  'We read your request and call or email you to confirm the details, usually the same day.',
  'If we need to see the job, we book a 20-minute estimate visit at a time that suits you.',
  'You receive a written quote by email, valid for 30 days.',
];
const qPhone = 'Prefer to talk it through? Call the office on (757) 555-0139, Monday to Saturday, 7 a.m. to 6 p.m.';
const qNav = ['Home', 'Plumbing', 'Electrical', 'Heating & Cooling', 'Specials', 'About Us'];
const qFields = ['Full name', 'Phone number', 'Email address', 'Service address', 'What do you need help with?', 'Tell us about the job'];
const qOpts = ['Plumbing repair', 'Electrical repair', 'Heating or cooling', 'Water heater', 'Remodel or new installation'];
const qTimes = ['Morning', 'Afternoon', 'Evening'];
const qFoot = ['Privacy Policy', 'Terms of Use', 'Careers'];
const dmP = (id: string, inner: string): string => `<div class="u_${id} dmNewParagraph" data-element-type="paragraph" id="${id}"
style="transition: none 0s ease 0s; display: block;" data-version="5">${inner}</div>`;
const dmField = (label: string, i: number): string => {
  const input =
    i === 4
      ? `<select name="dmform-${i}" id="dmform-${i}">${qOpts.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>`
      : i === 5
        ? `<textarea name="dmform-${i}" id="dmform-${i}"></textarea>`
        : `<input type="${i === 2 ? 'email' : 'text'}" class="" name="dmform-${i}" id="dmform-${i}">`;
  return `<div class="dmforminput required small-12 dmRespDesignCol ${i < 4 ? 'medium-6 large-6' : 'medium-12 large-12'}" id="15774891${i}">
<label for="dmform-${i}" id="12134535${i}" data-dm-for="dmform-${i}">${label}</label>${input}<input type="hidden" name="label-dmform-${i}" value="${label}">
</div>`;
};
const qHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Request a Free Quote | Harbor Point Home Services | Norfolk Bay, VA</title>
<meta name="description" content="Get a free, fixed-price quote for plumbing, electrical and heating work in Norfolk Bay and nearby towns.">
<link rel="canonical" href="https://www.harborpointhomeservices.com/request-a-quote">
<script type="text/javascript">window._currentDevice = 'desktop';
window.Parameters = window.Parameters || { HomeUrl: 'https://www.harborpointhomeservices.com/',
AccountUUID: '8f1e2d3c4b5a69788796a5b4c3d2e1f0', SiteAlias: '3a9c1f07', SiteType: atob('RFVEQU9ORQ=='), PublicationDate: 'Oct 02 2025 13:41:22' };</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HomeAndConstructionBusiness","name":"Harbor Point Home Services",
"telephone":"+1-757-555-0139"}</script>
<link rel="stylesheet" href="https://irp.cdn-website.com/3a9c1f07/files/3a9c1f07_1.min.css?v=214">
<style id="forceCssIncludes">.dmform-success{display:none}[hide="true"]{display:none !important}</style></head>
<body id="dmRoot" data-page-alias="request-a-quote" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody
responsiveTablet"><div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div dmwrapped="true" id="1901957768"
class="dm-home-page" themewaschanged="true"><div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations
rows-1200 dmPageBody d-page-1716886380 inputs-css-clean dmFreeHeader" id="dm-outer-wrapper" data-page-class="1716886380" data-soch="true">
<div id="dmStyle_outerContainer" class="dmOuter"><div id="dmStyle_innerContainer" class="dmInner"><div class="dmLayoutWrapper standard-var dmStandardDesktop">
<div id="site_content"><div class="p_hfcontainer showOnMedium showOnLarge"><div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer"
freeheader="true" headerlayout="b58ba5b5703b4cd7b5f5f7951565dc87===horizontal-layout-5" data-scrollable-target="body">
<div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="1709306320"><div class="dmRespRow dmDefaultListContentRow" id="1023954651">
<div class="dmRespColsWrapper" id="1161328142"><div class="dmRespCol large-4 medium-4 small-12" id="1433087532">
<div class="imageWidget align-center u_1285404497" data-element-type="image" data-widget-type="image" id="1285404497"><a href="/" id="1469823413">
<img src="https://lirp.cdn-website.com/3a9c1f07/dms3rep/multi/opt/harbor-point-logo-240w.png" alt="Harbor Point Home Services logo" id="1372405911"></a></div>
</div>
<div class="dmRespCol large-8 medium-8 small-12" id="1955203716"><nav class="u_1489532127 effect-bottom2 main-navigation unifiednav dmLinksMenu"
role="navigation" layout-main="horizontal_nav_layout_2" data-nav-structure="HORIZONTAL" id="1489532127" dmle_extension="onelinksmenu"
data-element-type="onelinksmenu"><ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">
${qNav
  .map(
    (t, i) => `<li role="menuitem" class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0">
<a href="/${i === 0 ? '' : t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="unifiednav__item dmUDNavigationItem_0${i}" target="" data-target-page-alias=""><span class="nav-item-text" data-link-text="${t.replace(/&/g, '&amp;')}"
data-auto="page-text-style">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<a data-display-type="block" class="u_1637205817 align-center dmButtonLink dmWidget dmWwr default dmOnlyButton dmDefaultGradient" file="false"
href="tel:+17575550139" data-element-type="dButtonLinkId" id="1637205817"><span class="iconBg" aria-hidden="true" id="1247810591">
<span class="icon hasFontIcon icon-star" id="1418316093"></span></span><span class="text" id="1820418273">24/7 Service: (757) 555-0139</span></a></div>
</div></div></div></div></div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_request-a-quote dm-home-page"><div id="allWrapper" class="allWrapper">
<div id="dm_content" class="dmContent" role="main"><div dm:templateorder="170" class="dmBodyRowsContainer" id="1236746004">
<div class="dmRespRow u_1528493661" id="1528493661"><div class="dmRespColsWrapper" id="1735228371">
<div class="dmRespCol large-6 medium-6 small-12" id="1829455023">
${dmP('1290038921', `<h1 class="text-align-left"><span style="display: initial;">${qTitle}</span></h1>`)}
${dmP('1410523366', qIntro.map((t) => `<p class="text-align-left"><span style="display: initial;">${t}</span></p>`).join('\n'))}
${dmP('1577203399', `<h3 class="text-align-left"><span style="display: initial;">${qNextH}</span></h3><ol class="defaultList decimal">${lis(qNext)}</ol>`)}
${dmP('1682290144', `<p class="text-align-left"><span style="font-weight: bold; display: initial;">${qPhone}</span></p>`)}
</div><div class="dmRespCol large-6 medium-6 small-12" id="1100329871">
<div class="dmform default native-inputs" data-element-type="dContactUsRespId" id="1094227530" captcha="true" data-require-captcha="true"
data-captcha-position="staticPosition"><h3 class="dmform-title dmwidget-title" id="1418893209" hide="true">Contact Us</h3>
<div class="dmform-wrapper" id="1393553232" captcha-lang="en"><form method="post" class="dmRespDesignRow" locale="ENGLISH" id="1711029398">
${qFields.map(dmField).join('\n')}
<div class="dmforminput small-12 dmRespDesignCol medium-12 large-12" id="1577489120"><label for="dmform-6" data-dm-for="dmform-6">Best time to reach you</label>
<ul class="dmRadioList optionsList">${qTimes
  .map(
    (t, i) => `<li><input type="radio" name="dmform-6" id="dmform-6-${i}" value="${t}">
<label for="dmform-6-${i}">${t}</label></li>`,
  )
  .join('\n')}</ul></div>
<div class="dmformsubmit dmWidget R" id="1599016318"><input class="" name="submit" type="submit" value="Send My Request" id="1306284484"></div>
<input name="dmformsendto" type="hidden" value="quotes@harborpointhomeservices.com"><input class="dmActionInput" type="hidden" name="action"
value="/_dm/s/rt/widgets/dmform.submit.jsp"></form></div>
<div class="dmform-success" style="display:none" 
id="1925476346">Thank you for contacting us.<br id="1618513432">We will get back to you as soon as possible.</div>
<div class="dmform-error" style="display:none" id="1612226285">Oops, there was an error sending your message.<br id="1150213047">Please try again later.</div>
</div></div></div></div></div></div></div>
<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div dm:templateorder="250"
class="dmFooterResp generalFooter" id="1943048428"><div class="dmRespRow" id="1263229154"><div class="dmRespColsWrapper" id="1114591683">
<div class="dmRespCol large-6 medium-6 small-12" id="1399741190">
${dmP(
  '1174288436',
  `<p><span style="display: initial;">Harbor Point Home Services</span></p>
<p><span style="display: initial;">415 Wharf Lane, Norfolk Bay, VA 23518</span></p>`,
)}
${dmP('1316774029', '<p><span style="display: initial;">Virginia Class A Contractor #2705 193310</span></p>')}</div>
<div class="dmRespCol large-6 medium-6 small-12" id="1583310052"><ul class="footer-links">${links(qFoot)}</ul>
${dmP('1095536381', '<p><span style="display: initial;">© 2025 All Rights Reserved | Harbor Point Home Services</span></p>')}
</div></div></div></div></div></div></div></div></div></div></div></div></div>
<script type="text/javascript" src="https://static.cdn-website.com/mnlt/production/6006/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"></script>
</body></html>`;
const duda: TestPage = {
  name: 'heldout471-duda-quote-request',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [qNextH],
  body: [...qIntro, ...qNext, qPhone],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qNav.filter((t) => t !== 'Plumbing' && t !== 'Electrical'), '24/7 Service: (757) 555-0139', ...qFields, ...qOpts, 'Best time to reach you', ...qTimes,
    'Harbor Point Home Services', '415 Wharf Lane, Norfolk Bay, VA 23518', 'Virginia Class A Contractor #2705 193310', ...qFoot,
    '© 2025 All Rights Reserved | Harbor Point Home Services',
  ],
};

const gTitle = 'Why your breaker keeps tripping, and when to call an electrician';
const gDek = 'A tripped breaker is doing its job. Here is how to work out which of three faults you have, and what is safe to check yourself.';
const gH = ['Overload: too much on one circuit', 'Short circuit', 'Ground fault', 'What you can safely check yourself', 'When to stop and call us'];
const gOver = j(
  'The most common cause by far. A 15 amp bedroom circuit can carry about 1,800 watts; a space heater alone can draw 1,500.',
  'Add a hair dryer on the same circuit and the breaker trips after a minute or two, once the wire has had time to warm up.',
  'If the breaker trips at the same time every evening, an overload is the likely reason.',
);
const gShort = j(
  'A short happens when a hot wire touches a neutral wire or a metal box. The breaker trips instantly, often with a loud snap,',
  'and it will trip again the moment you reset it. Look for a scorched outlet, a damaged appliance cord or a loose wire in a',
  'fixture that was recently changed.',
);
const gGround = j(
  'A ground fault is current leaking to ground, usually through water. Bathroom, kitchen, garage and outdoor circuits are protected',
  'by GFCI outlets or breakers that trip at just 5 milliamps. Wet weather, a worn appliance or a dripping outdoor outlet cover are',
  'the usual suspects.',
);
const gCallout = j(
  'Never reset a breaker more than once if it trips immediately, and never swap a breaker for a bigger one to stop it tripping.',
  'The breaker size is set by the wire, not the load.',
);
const gCheck = [
  'Switch off and unplug everything on the dead circuit.',
  'Reset the breaker by pushing the handle firmly to OFF, then back to ON.',
  'Plug things back in one at a time, waiting a minute between each, until it trips again.',
  'If it trips with nothing plugged in, leave it off. The fault is in the wiring.',
];
const gCall = [
  'The breaker trips with every load disconnected',
  'You smell burning or see discoloration on an outlet or the panel',
  'The breaker feels hot or will not stay in the ON position',
  'Your panel is a brand with a history of failing breakers, or more than 40 years old',
];
const gEnd = j(
  'Most of the tripping breakers we visit turn out to be a simple overload, fixed by moving a heater to another circuit or adding',
  'a dedicated one. But the few that are not are exactly the ones you do not want to keep resetting.',
);
const gNav = ['Home', 'Electrical Basics', 'EV & Solar', 'Panels', 'About'];
const gMore: readonly (readonly [string, string, string])[] = [
  ['How to test a GFCI outlet in 30 seconds', 'The monthly check most homes skip, and what to do if the button will not reset.', 'Aug 30, 2025'],
  ['Is your panel big enough for an EV charger?', 'Load calculations in plain English, with three worked examples.', 'Aug 12, 2025'],
  ['Aluminum wiring: should you worry?', 'What we look for in homes built between 1965 and 1973.', 'Jul 24, 2025'],
];
const gCard = ([t, ex, d]: readonly [string, string, string]): string => `<article class="post-card post tag-electrical-basics keep-ratio">
<a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/card.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Electrical Basics</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025">${d}</time><span class="post-card-meta-length">4 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.voltworkselectric.com/assets/built/screen.css?v=a1b2c3d4e5">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.voltworkselectric.com/breaker-keeps-tripping/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-18T13:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Voltworks Journal"},
"author":{"@type":"Person","name":"Jonah Freel"},"headline":"${gTitle}","datePublished":"2025-09-18T13:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.voltworkselectric.com/" data-key="8b2c7e91f4a05d3b6c1e0f92a7" data-api="https://journal.voltworkselectric.com/ghost/api/content/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-electrical-basics is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.voltworkselectric.com">The Voltworks Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/[^a-z]+/g, '-')}">
<a href="/${t === 'Home' ? '' : t.toLowerCase()}/">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-electrical-basics image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/electrical-basics/">Electrical Basics</a></span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/jonah/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/jonah.jpg"
alt="Jonah Freel"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jonah/">Jonah Freel</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-09-18">Sep 18, 2025</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/panel.jpg 300w, /content/images/size/w1000/panel.jpg 1000w" src="/content/images/panel.jpg"
alt="An open residential breaker panel"><figcaption><span style="white-space: pre-wrap;">One tripped breaker sits halfway between ON and OFF.</span>
</figcaption></figure>
</header>
<section class="gh-content gh-canvas is-body"><h2 id="overload-too-much-on-one-circuit">${at(gH, 0)}</h2><p>${gOver}</p>
<h2 id="short-circuit">${at(gH, 1)}</h2><p>${gShort}</p><h2 id="ground-fault">${at(gH, 2)}</h2><p>${gGround}</p>
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-you-can-safely-check-yourself">${at(gH, 3)}</h2><ol>${lis(gCheck)}</ol>
<h2 id="when-to-stop-and-call-us">${at(gH, 4)}</h2><ul>${lis(gCall)}</ul><p>${gEnd}</p></section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://journal.voltworkselectric.com/" data-api="https://journal.voltworkselectric.com/ghost/api/content/" data-post-id="66e9b0c1d2"
crossorigin="anonymous"></script></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.voltworkselectric.com">The Voltworks Journal</a>
&copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-voltworks-electric">
<a href="https://voltworkselectric.com/">Voltworks Electric</a>
</li><li class="nav-book-a-visit"><a href="https://voltworkselectric.com/book/">Book a visit</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.voltworkselectric.com/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout471-ghost-breaker-tripping',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: [gDek, gOver, gShort, gGround, gCallout, ...gCheck, ...gCall, gEnd],
  bylines: ['Jonah Freel', 'Sep 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Voltworks Journal', ...gNav, 'Sign in', 'Subscribe', '6 min read', 'One tripped breaker sits halfway between ON and OFF.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flatMap(([t, ex, d]) => [t, ex, d]), '4 min read', '© 2025', 'Voltworks Electric',
    'Book a visit', 'Powered by Ghost',
  ],
};

export const HELDOUT471_D: readonly TestPage[] = [duda, ghost];
