import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file c: a small taxi firm's lost-property page built with Wix (free plan, so with the Wix ad banner,
 * "top of page" anchors, a contact form and the Wix consent banner), and a coach company's blog post on Ghost (Casper)
 * with a tag, byline, feature image caption, callout card, sign-up CTA and read-more cards.
 */
const sTitle = 'Lost Property';
const sIntro = j(
  'Left something in one of our cars? Most items are handed in by the driver at the end of the shift, so please wait until',
  'the next morning before you call us.',
);
const sSteps = [
  'Call the office on 01632 960530 between 8am and 6pm and give the date, time and pick-up address of your journey.',
  "Describe the item and anything that identifies it, such as a phone's lock screen or a name inside a bag.",
  'If we have it, you can collect it from the office, or we can send a driver with it at the normal fare.',
];
const sKeep = j(
  'We keep lost property for 28 days. Bank cards are destroyed after 7 days, and passports are taken to Sunvale police station',
  'after 48 hours. Food, drink and umbrellas are not kept.',
);
const sNav = ['Home', 'Book a Car', 'Prices', 'Contact'];
const sRich = (id: string, inner: string): string =>
  `<div id="${id}" class="HcOXKn c9GqVL QxJLC3 ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const sP = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const sField = (id: string, label: string, tag: string): string =>
  `<div class="${id} wixui-text-input" id="${id}"><label for="input_${id}" class="wPeA6j wixui-text-input__label">${label}</label>
<div class="pUnTVX"><${tag} id="input_${id}" class="KvoMHf has-custom-focus wixui-text-input__input" aria-required="true"></${tag}></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Lost Property | Sunvale Taxis</title><meta name="description" content="Lost something in a Sunvale Taxis car? Here's how to get it back.">
<link rel="canonical" href="https://sunvaletaxis.wixsite.com/home/lost-property"><meta property="og:site_name" content="Sunvale Taxis">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Sunvale Taxis","telephone":"01632 960530"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7c2e0a55","isPremium":false},"language":{"userLanguage":"en"},"siteFeatures":["consentPolicy",
"tpaCommons"]};
</script><style id="css_masterPage">.font_0{font:normal normal bold 44px/1.3em 'playfair display',serif;color:#1B1B1B;}
.font_8{font:normal normal normal 16px/1.6em 'avenir-lt-w01_35-light1475496',sans-serif;color:#333;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="VczJbH ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="Nr4R9I"><span class="e1C7ku">This site was designed with the <span class="ehaEGQ">Wix</span>.com website builder. Create your website
today.</span><span class="Oq7Rx1">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-testid="inline-content" class="Tv6oIf">
${sRich(
  'comp-kx1logo',
  `<h2 class="font_2 wixui-rich-text__text"><a href="https://sunvaletaxis.wixsite.com/home" target="_self"
class="wixui-rich-text__text">Sunvale Taxis</a></h2>`,
)}
<nav aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${sNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://sunvaletaxis.wixsite.com/home/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n')}
<li class="wixui-horizontal-menu__item" data-selected="true">
<a data-testid="linkElement" href="https://sunvaletaxis.wixsite.com/home/lost-property" aria-current="page"
class="itemDepth02233374943__root"><span class="itemDepth02233374943__label">Lost Property</span></a></li></ul></nav>
${sRich('comp-kx1call', sP('Call 01632 960530', 'font_9'))}</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lq1sec" tabindex="-1" class="Oqnisf comp-lq1sec wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq1col" class="comp-lq1col">
${sRich('comp-lq2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${sTitle}</span></h1>`)}
${sRich('comp-lq3', sP(sIntro))}
${sRich(
  'comp-lq4',
  `<h2 class="font_4 wixui-rich-text__text">What to do</h2>
<ol class="font_8 wixui-rich-text__text">${lis(sSteps, 'wixui-rich-text__text')}</ol>`,
)}
${sRich('comp-lq5', `<h2 class="font_4 wixui-rich-text__text">How long we keep things</h2>${sP(sKeep)}`)}
</div><div id="comp-lq1col2" class="comp-lq1col2"><form id="comp-lq6" class="JVi7i2 comp-lq6 wixui-form">
${sRich('comp-lq7', '<h2 class="font_5 wixui-rich-text__text">Report a lost item</h2>')}
${sField('comp-lq8', 'Name', 'input')}${sField('comp-lq9', 'Phone', 'input')}${sField('comp-lqa', 'Date of journey', 'input')}
${sField('comp-lqb', 'What did you lose?', 'textarea')}
<div class="comp-lqc wixui-button" id="comp-lqc"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq"><span
class="l7_2fn wixui-button__label">Send</span></button></div></form></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-testid="inline-content" class="Tv6oIf">
${sRich('comp-kx2addr', sP('Sunvale Taxis, 7 Quarry Lane, Sunvale SV3 1RD', 'font_9'))}
<div id="comp-kx2soc" class="comp-kx2soc wixui-social-bar"><ul class="ZUVWpB" aria-label="Social Bar"><li class="Ydj9NE">
<a href="https://www.facebook.com/sunvaletaxis"
target="_blank"><img src="https://static.wixstatic.com/media/0fdef751204647a3bbd7eaa2827ed4f9.png" alt="Facebook"></a></li></ul></div>
${sRich('comp-kx2copy', sP('© 2026 by Sunvale Taxis. Proudly created with Wix.com', 'font_9'))}</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="consent-banner" class="_3LlBc" role="dialog" aria-label="Cookie banner">
<p data-hook="consent-banner-text" class="_1n2Hg">We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such
cookies. <a data-hook="consent-banner-privacy-policy-link" href="https://sunvaletaxis.wixsite.com/home/privacy-policy">Privacy Policy</a></p>
<div class="_2gbYO"><button data-hook="consent-banner-settings-button" class="_1tLkF">Settings</button><button data-hook="consent-banner-decline-button"
class="_1tLkF">Decline All</button><button data-hook="consent-banner-apply-button" class="_3zwjZ">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a3c5e1f.bundle.min.js" async></script></body></html>`;
const sunvale: TestPage = {
  name: 'heldout512-wix-lost-property',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['What to do', 'How long we keep things'],
  body: texts([sIntro, ...sSteps, sKeep]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Sunvale Taxis', ...sNav,
    'Call 01632 960530', 'Report a lost item', 'Date of journey', 'What did you lose?',
    'Sunvale Taxis, 7 Quarry Lane, Sunvale SV3 1RD', '© 2026 by Sunvale Taxis. Proudly created with Wix.com', 'bottom of page',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings',
    'Decline All', 'Accept',
  ],
};

const gTitle = 'Seatbelt reminders are now fitted to every school coach';
const gDek = 'A sensor in each seat tells the driver when a belt is undone, and the coach does not move off until every pupil is strapped in.';
const gP1 = [
  j(
    'From the start of the spring term, all 23 coaches on our school contracts carry a seatbelt reminder system. A small sensor',
    'in each seat cushion knows when someone is sitting down, and a second sensor in the buckle knows whether the belt is',
    "fastened. If a seat is taken and its belt is not, a light flashes on the driver's panel showing exactly which seat it is.",
  ),
  j(
    'We fitted the system ourselves over the autumn half-term and the weekends since, at a cost of about £2,400 a coach. Nobody',
    'asked us to: the law says belts must be fitted and worn, but it does not ask operators to check.',
  ),
];
const gP2 = j(
  'Our drivers already ask pupils to belt up before every journey, and most do. But a driver cannot see every seat from the',
  'cab of a 57-seat coach, and a belt clipped in at the school gate is sometimes undone two minutes later. Last year our own',
  'spot checks found that on an average afternoon run, one pupil in twelve had undone their belt before the first stop.',
);
const gQuote = j(
  '"The children know the light is there now, and they know I will pull in and wait. Keeping the panel green has become a bit',
  'of a game." – Colin Ashworth, driver on the Fernley Academy run',
);
const gP3 = [
  j(
    'If a belt is undone while the coach is moving, the driver pulls in at the next safe place and asks the pupil to fasten it.',
    'The system records the seat number and the time, but not who was sitting there, and the records are deleted after 14 days.',
  ),
  'Schools receive a short report each half-term showing how often belts were undone on their routes. Two schools have already used theirs in assemblies.',
];
const gCallout = j("Parents with questions can email schools@brackleyvale.co.uk or speak to the transport coordinator at their child's", 'school.');
const gP4 = j(
  'The same system will be fitted to our eleven private hire coaches by the summer. We are also trying audible reminders on two',
  'coaches on the Hatherley routes, with a chime rather than a recorded voice, after drivers said the voice was "like being',
  'nagged by a sat-nav".',
);
const gHeads = ['Why we did it', 'What happens when the light comes on', 'What comes next'];
const gNav = ['Home', 'Private hire', 'School transport', 'Days out', 'About'];
const gMore: [string, string, string, string][] = [
  ['News', 'Two new 70-seat coaches join the fleet', 'Both are built to the latest emission standard and carry wheelchair lifts.', 'Oct 30, 2026'],
  ['Days out', 'Our 2027 days out programme is here', 'Forty-two trips, from pantomimes to garden shows, with pick-ups in six towns.', 'Oct 12, 2026'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://depotnotes.brackleyvale.co.uk/assets/built/screen.css?v=8c1f9b2e7d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://depotnotes.brackleyvale.co.uk/seatbelt-reminders-school-coaches/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Depot Notes from Brackley Vale Coaches">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-24T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Depot Notes from Brackley Vale Coaches"},
"author":{"@type":"Person","name":"Dilys Harcourt"},"headline":"${gTitle}","datePublished":"2026-11-24T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="Depot Notes" href="https://depotnotes.brackleyvale.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://depotnotes.brackleyvale.co.uk/"
data-key="2f6a9c0e41d3b7" data-api="https://depotnotes.brackleyvale.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style></head>
<body class="post-template tag-school-transport is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://depotnotes.brackleyvale.co.uk">Depot Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger" aria-label="Main menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-school-transport featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/school-transport/">School
transport</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/dilys/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/dilys.jpg" alt="Dilys Harcourt"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dilys/">Dilys Harcourt</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-24">Nov 24, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/11/seat-sensor.jpg 600w" sizes="(min-width: 1400px)
1400px, 92vw" src="/content/images/size/w2000/2026/11/seat-sensor.jpg" alt="A seat sensor"><figcaption>Fitting a seat sensor at the Brackley depot in
October.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="why-we-did-it">${gHeads[0]}</h2><p>${gP2}</p>
<blockquote>${gQuote}</blockquote>
<h2 id="what-happens-when-the-light-comes-on">${gHeads[1]}</h2>${ps(gP3)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💬</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-comes-next">${gHeads[2]}</h2><p>${gP4}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([tag, t, ex, d]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img
class="post-card-image" src="/content/images/size/w600/2026/10/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link"
href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span>
</div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date"
datetime="2026-10-30">${d}</time><span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://depotnotes.brackleyvale.co.uk">Depot Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-brackley-vale-coaches"><a
href="https://www.brackleyvale.co.uk/">Brackley Vale Coaches</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="https://depotnotes.brackleyvale.co.uk/assets/built/casper.js?v=8c1f9b2e7d"></script></body></html>`;
const brackley: TestPage = {
  name: 'heldout512-ghost-coach-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gP1, gP2, gQuote, ...gP3, gCallout, gP4],
  bylines: ['Dilys Harcourt', 'Nov 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Depot Notes', 'Home', 'School transport', 'Days out', 'Sign in', 'Subscribe', '3 min read', 'Fitting a seat sensor at the Brackley depot in October.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flatMap(([tag, t, ex, d]) => [tag, t, ex, d]), '2 min read', 'Depot Notes © 2026', 'Sign up',
    'Brackley Vale Coaches', 'Powered by Ghost',
  ])],
};

export const HELDOUT512_C: readonly TestPage[] = [sunvale, brackley];
