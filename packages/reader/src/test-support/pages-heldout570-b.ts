import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout570-kit.js';

/**
 * Held-out batch 570, file b: a repeat prescription service explainer of a village pharmacy built with Wix (Thunderbolt
 * renderer), and a pharmacist's hay fever post on a pharmacy blog running Ghost (Casper theme) with a members sign-up box.
 */
const rTitle = 'How our repeat prescription service works';
const rBody = [
  j(
    'We can order your repeat prescriptions from your GP surgery, make them up and have them ready for you to collect, or deliver',
    'them to your door free of charge within five miles of the pharmacy.',
  ),
  'Signing up',
  j(
    'Pop into the pharmacy or call us and we will ask for your name, address, date of birth and the name of your surgery. You will',
    'need to sign a short consent form that lets us order on your behalf. It takes about five minutes.',
  ),
  'Each month',
  'About ten days before you are due to run out, we check with you which items you still need.',
  'We send the request to your surgery through the NHS electronic prescription service.',
  'Once the GP signs it, your prescription comes straight to us and we make it up.',
  'We send you a text when it is ready, or tell you which day our driver will call.',
  'Things to know',
  j(
    'Surgeries usually take two working days to sign a repeat prescription, so please let us know about any changes to your',
    'medicines as soon as you can. If you pay for prescriptions, a prepayment certificate could save you money; ask us at the counter.',
  ),
  j(
    'Controlled drugs cannot be left with a neighbour. Someone over 18 will need to be at home to sign for them, or you can',
    'collect them from the pharmacy.',
  ),
];
const rNav = ['Home', 'Prescriptions', 'Services', 'Health Advice', 'Contact'];
const rFoot = [
  'Ferncastle Village Pharmacy',
  '3 The Green, Ferncastle, NE66 2PQ',
  'Tel: 01632 960 233',
  'Privacy Policy',
  '© 2024 by Ferncastle Village Pharmacy.',
];
const rich = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const rPs = (ts: readonly string[]): string => ts.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`).join('\n');
const rH2 = (t: string): string => `<h2 class="font_2 wixui-rich-text__text">${t}</h2>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"/><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1f2c3_fav.png">
<title>Repeat Prescriptions | Ferncastle Village Pharmacy</title><meta name="description" content="Free repeat prescription ordering and delivery.">
<link rel="canonical" href="https://www.ferncastlepharmacy.co.uk/prescriptions"><meta property="og:title"
content="Repeat Prescriptions | Ferncastle Village Pharmacy">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bgScrub","seo","tpaCommons"],"site":{"metaSiteId":"8b1e55c2"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ferncastle Village Pharmacy",
"telephone":"01632 960 233"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_2{font:normal normal bold 32px/1.3em raleway,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"></div></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div>
</div><div class="U4Bvut"><div class="G5K6X8" data-testid="headerScreenWidthContainerBgCenter"></div><div data-mesh-id="SITE_HEADERinlineContent" class="">
${rich('<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Ferncastle Village Pharmacy</span></p>', 'kx1a2b')}
<nav id="comp-kx1a2c" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx1a2c wixui-horizontal-menu">
<ul class="itemsContainer wixui-horizontal-menu">
${links(rNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="b2f1m" class="dBAkHi theme-vars b2f1m"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerb2f1m" class="Containerb2f1m SPY_vo"><div data-mesh-id="Containerb2f1minlineContent" class="">
<section id="comp-lq9w0a1" tabindex="-1" class="Oqnisf comp-lq9w0a1 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lq9w0a1" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq9w0a2" class="comp-lq9w0a2 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq9w0a2inlineContent" data-testid="inline-content" class="">
${rich(`<h1 class="font_0 wixui-rich-text__text">${rTitle}</h1>`, 'lq9w0a3')}
${rich(rPs(rBody.slice(0, 1)), 'lq9w0a4')}
${rich(`${rH2(rBody[1] ?? '')}${rPs(rBody.slice(2, 3))}`, 'lq9w0a5')}
${rich(`${rH2(rBody[3] ?? '')}<ol class="font_8 wixui-rich-text__text">${lis(rBody.slice(4, 8), 'wixui-rich-text__text')}</ol>`, 'lq9w0a6')}
${rich(`${rH2(rBody[8] ?? '')}${rPs(rBody.slice(9))}`, 'lq9w0a7')}
<div class="comp-lq9w0a8 FubTgk" id="comp-lq9w0a8" aria-disabled="false"><a data-testid="linkElement" href="https://www.ferncastlepharmacy.co.uk/sign-up"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Sign up now</span></a></div>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent" class="">
${rich(rFoot.map((t) => `<p class="font_9 wixui-rich-text__text">${t}</p>`).join('\n'), 'kx1a3z')}</div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="CAVXY5 ku3DBC"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral" target="_blank" class="quz0Dw" rel="nofollow">
<span class="lJ5i3o">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span>
<span class="tGuWgl">Start Now</span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.1b2f3c.bundle.min.js" async></script></body></html>`;
const wixRx: TestPage = {
  name: 'heldout570-wix-repeat-prescriptions',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [rBody[1] ?? '', rBody[3] ?? '', rBody[8] ?? ''],
  body: texts(rBody.filter((_, i) => ![1, 3, 8].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...rNav, 'Sign up now', ...rFoot,
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
  ],
};

const hTitle = 'Hay fever season is starting early: what actually helps';
const hDek = 'Tree pollen counts in the valley were high by mid-March this year. Here is what our pharmacists recommend, and when to see your GP.';
const hBody = [
  j(
    'Every spring the same question comes over the counter: which hay fever tablet is the best one? The honest answer is that it',
    'depends on your symptoms, and many people get better results from combining two simple treatments than from switching brands.',
  ),
  'Start before the symptoms do',
  j(
    'Steroid nasal sprays work best when they are used every day, starting two weeks before your usual hay fever season. They take',
    'a few days to reach their full effect, so a spray started on a bad day will not help much until later in the week.',
  ),
  'Tablets, sprays and drops',
  j(
    'Non-drowsy antihistamines such as cetirizine, loratadine and fexofenadine help with sneezing, itching and a runny nose. If your',
    'eyes are the main problem, antihistamine or sodium cromoglicate eye drops often work better than a tablet.',
  ),
  'Small things that add up',
  'Shower and change your clothes after you have been outside on a high-pollen day.',
  'Keep windows closed in the early morning and evening, when pollen counts peak.',
  'Put a little petroleum jelly around your nostrils to trap pollen.',
  'Dry washing indoors in April and May.',
  j(
    '“If over-the-counter treatments are not controlling your symptoms after a fortnight, or you are wheezing or short of',
    'breath, come and talk to us,” says our pharmacist. “Hay fever can make asthma worse, and that needs a proper review.”',
  ),
  'When to see your GP',
  j(
    'See your GP if you are pregnant or breastfeeding, if your child is under two, or if you have tried treatments from the',
    'pharmacy for a full season without success. They can refer you for allergy testing or prescribe stronger treatments.',
  ),
];
const hHeadIdx = [1, 3, 5, 11];
const hNav = ['Home', 'Seasonal health', 'Medicines explained', 'Ask a pharmacist', 'About'];
const hRead = ['Sun creams decoded: SPF, UVA stars and what the numbers mean', 'Travelling with medicines: a checklist', 'Do you need a vitamin D supplement?'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c1ebc4a7f"><meta name="description" content="${hDek}">
<link rel="canonical" href="https://notes.brookfieldchemists.co.uk/hay-fever-season-early/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-21T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brookfield Chemists Notes"},
"author":{"@type":"Person","name":"Ruth Okonedo-Lamb"},"headline":"${hTitle}","datePublished":"2025-03-21T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80"><link rel="alternate" type="application/rss+xml" title="Brookfield Chemists Notes" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://notes.brookfieldchemists.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:5px}</style></head>
<body class="post-template tag-seasonal-health is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://notes.brookfieldchemists.co.uk">Brookfield Chemists Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(hNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-seasonal-health ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/seasonal-health/">Seasonal health</a></span></div><h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/02/ruth.jpg" alt="Ruth Okonedo-Lamb"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Okonedo-Lamb</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-03-21">21 Mar 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/03/birch-catkins.jpg 600w" src="/content/images/size/w2000/2025/03/birch-catkins.jpg"
alt="Birch catkins"><figcaption>Birch catkins on Mill Lane. <span style="white-space: pre-wrap;">Photo: Tomasz Wren</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(hBody.slice(0, 1))}
<h2 id="start-before-the-symptoms-do">${hBody[1]}</h2>${ps(hBody.slice(2, 3))}
<h2 id="tablets-sprays-and-drops">${hBody[3]}</h2>${ps(hBody.slice(4, 5))}
<h3 id="small-things-that-add-up">${hBody[5]}</h3><ul>${lis(hBody.slice(6, 10))}</ul>
<blockquote>${hBody[10]}</blockquote>
<h2 id="when-to-see-your-gp">${hBody[11]}</h2>${ps(hBody.slice(12))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128138;</div><div class="kg-callout-text">
This post is general advice. Always read the leaflet that comes with your medicine.</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${hRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image" src="/content/images/x.jpg"
alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div>
</article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Brookfield Chemists Notes</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9c1ebc4a7f"></script></body></html>`;
const ghostHay: TestPage = {
  name: 'heldout570-ghost-hay-fever',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeadIdx.map((i) => hBody[i] ?? ''),
  body: texts([hDek, ...hBody.filter((_, i) => !hHeadIdx.includes(i)), 'This post is general advice. Always read the leaflet that comes with your medicine.']),
  bylines: ['Ruth Okonedo-Lamb', '21 Mar 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brookfield Chemists Notes', ...hNav, 'Sign in', 'Subscribe', '3 min read', 'Birch catkins on Mill Lane. Photo: Tomasz Wren',
    'Sign up for more like this.', 'Enter your email', ...hRead, '4 min read', 'Brookfield Chemists Notes © 2025', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT570_B: readonly TestPage[] = [tidy(wixRx), tidy(ghostHay)];
