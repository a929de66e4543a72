import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout489-kit.js';

/**
 * Held-out batch 489, file d: a pharmacist's blog post on Ghost (Casper theme) with a members sign-up box and
 * comments, and a drug monograph on a hospital pharmacy's MediaWiki formulary with an infobox and a table of contents.
 */
const gTitle = 'Antibiotics and alcohol: what your pharmacist actually means';
const gDek = 'Most antibiotics will not react with a glass of wine. A few really do. Here is how to tell them apart.';
const gParas = [
  j(
    'Almost every week someone at the counter asks whether they can have a drink at the weekend while they finish a course of',
    'antibiotics. The honest answer is: it depends on the antibiotic, and on why you are taking it.',
  ),
  j(
    'For common antibiotics such as amoxicillin or doxycycline, drinking in moderation does not stop the medicine working.',
    'Alcohol can make side effects like an upset stomach or dizziness worse, though, and it does not help your body fight an infection.',
  ),
];
const gAvoid = [
  j(
    'Two antibiotics should never be mixed with alcohol. Metronidazole and tinidazole can cause a reaction with flushing, a pounding',
    'heart, sickness and vomiting. Avoid alcohol while you take them and for at least 48 hours (metronidazole) or 72 hours',
    '(tinidazole) after the last dose.',
  ),
  'Watch out for hidden alcohol too, in some mouthwashes, cough mixtures and even a few sauces.',
];
const gQuote = 'If the label on your box says “Do not drink alcohol”, that is not a general health message. It means that particular medicine.';
const gLast = j('If you are not sure, bring the box in or ring us. It takes thirty seconds to check, and it is much better than a miserable', 'evening.');
const gHeads = ['The two to avoid completely', 'The bottom line'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c2e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://notes.ashgrovepharmacy.com/antibiotics-and-alcohol/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-08T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Counter Notes"},
"author":{"@type":"Person","name":"Mei-Lin Haverford"},"headline":"${gTitle}","datePublished":"2026-04-08T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notes.ashgrovepharmacy.com/"
 crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-medicines has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://notes.ashgrovepharmacy.com">Counter Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
</button><button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${links(['Home', 'Medicines', 'Seasonal', 'About the pharmacy'], 'nav-item')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-medicines no-image">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/medicines/">Medicines</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/mei-lin/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2025/11/mei-lin.jpg" alt="Mei-Lin Haverford"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/mei-lin/">Mei-Lin Haverford</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-04-08">Apr 8, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas">
${ps(gParas)}
<h2 id="the-two-to-avoid-completely">${gHeads[0]}</h2>${ps(gAvoid)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="the-bottom-line">${gHeads[1]}</h2><p>${gLast}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<div class="gh-comments gh-canvas"><div id="ghost-comments-root"><h2 class="gh-comments-title">2 comments</h2><div class="gh-comment">
<p class="gh-comment-author">Owen Pargeter</p><p class="gh-comment-date">Apr 9, 2026</p><p>Didn't know about the mouthwash. Thanks!</p></div>
<div class="gh-comment"><p class="gh-comment-author">Ruth A.</p><p class="gh-comment-date">Apr 10, 2026</p>
<p>My dentist gave me metronidazole last year and nobody mentioned any of this.</p></div></div></div>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/hay-fever-tablets-compared/"><header class="post-card-header">
<h2 class="post-card-title">Hay fever tablets compared</h2>
</header><div class="post-card-excerpt">Which antihistamine is least likely to make you sleepy?</div></a></div></article>
<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/storing-insulin-in-a-heatwave/">
<header class="post-card-header"><h2 class="post-card-title">Storing insulin in a heatwave</h2></header>
<div class="post-card-excerpt">Simple ways to keep it cool on hot days and holidays.</div></a></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notes.ashgrovepharmacy.com">Counter Notes</a> &copy; 2026</section>
<nav class="site-footer-nav">${links(['Sign up', 'Privacy'])}</nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer></div><script src="/assets/built/casper.js?v=8a1c2e"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout489-ghost-antibiotics-alcohol',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gParas, ...gAvoid, gQuote, gLast]),
  bylines: ['Mei-Lin Haverford', 'Apr 8, 2026', 'Owen Pargeter', 'Apr 9, 2026', 'Ruth A.', 'Apr 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Counter Notes', 'Home', 'Medicines', 'Seasonal', 'About the pharmacy', 'Sign in', 'Subscribe', '3 min read', 'Sign up for more like this.',
    'Enter your email', '2 comments', "Didn't know about the mouthwash. Thanks!",
    'My dentist gave me metronidazole last year and nobody mentioned any of this.',
    'Hay fever tablets compared', 'Which antihistamine is least likely to make you sleepy?', 'Storing insulin in a heatwave',
    'Simple ways to keep it cool on hot days and holidays.', 'Counter Notes © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

const wkTitle = 'Enoxaparin';
const wkLead = j(
  '<b>Enoxaparin</b> is a low molecular weight heparin used across the trust to prevent and treat venous thromboembolism. It is',
  'given by subcutaneous injection and is on the <a href="/wiki/Formulary:Green_list" title="Formulary:Green list">green list</a>.',
);
const wkInd = [
  'Prevention of venous thromboembolism in medical and surgical inpatients',
  'Treatment of deep vein thrombosis and pulmonary embolism',
  'Acute coronary syndrome, on the advice of cardiology',
];
const wkDose = [
  j('Prophylaxis is 40mg once daily for most adults. Reduce to 20mg once daily if creatinine clearance is below 30 mL/min.'),
  j(
    'Treatment doses are based on actual body weight: 1.5mg/kg once daily, or 1mg/kg twice daily in patients with additional',
    'risk factors. Round to the nearest prefilled syringe size.',
  ),
];
const wkMon = j(
  'Check a full blood count before starting and at least twice weekly for the first two weeks in patients who have had',
  'heparin in the last 100 days. Anti-Xa levels are only needed in pregnancy, severe renal impairment or extremes of body weight.',
);
const wkSupply = 'Ward stock on all adult inpatient wards. Patients discharged on treatment doses are supplied with 14 days of syringes and a sharps bin.';
const wkHeads = ['Indications', 'Dosing', 'Monitoring', 'Supply'];
const wkSide = ['Main page', 'Formulary A–Z', 'Antimicrobial guide', 'Injectable medicines guide', 'Recent changes', 'Help'];
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>${wkTitle} - Harrowgate Trust Pharmacy Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Enoxaparin","wgTitle":"Enoxaparin",
"wgCurRevisionId":18822,"wgIsArticle":true,"wgAction":"view"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Enoxaparin&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Enoxaparin rootpage-Enoxaparin skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice"><div class="sitenotice" lang="en-GB" dir="ltr">
<p>This wiki is for Harrowgate Trust staff. Always check the current BNF and local guidelines.</p></div></div></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wkTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Harrowgate Trust Pharmacy Wiki</div>
<div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">Enoxaparin</th></tr>
<tr><th scope="row">Class</th><td>Low molecular weight heparin</td></tr><tr><th scope="row">Formulary status</th><td>Green</td></tr>
<tr><th scope="row">Route</th><td>Subcutaneous</td></tr></tbody></table>
<p>${wkLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox"
 style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${wkHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${wkHeads
  .map(
    (h) => `<h2><span class="mw-headline" id="${h}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
 href="/index.php?title=Enoxaparin&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
@@${h}@@`,
  )
  .join('\n')
  .replace(`@@${wkHeads[0]}@@`, `<ul>${lis(wkInd)}</ul>`)
  .replace(`@@${wkHeads[1]}@@`, ps(wkDose))
  .replace(`@@${wkHeads[2]}@@`, `<p>${wkMon}</p>`)
  .replace(`@@${wkHeads[3]}@@`, `<p>${wkSupply}</p>`)}
<!--
NewPP limit report
Parsed by mw-web.pharmwiki
Cached time: 20260302101455
-->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://wiki.hgpharm.example/index.php?title=Enoxaparin&amp;oldid=18822">
https://wiki.hgpharm.example/index.php?title=Enoxaparin&amp;oldid=18822</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Anticoagulants">Anticoagulants</a></li><li><a
 href="/wiki/Category:Green_list">Green list</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Special:UserLogin&amp;returnto=Enoxaparin">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu-tabs"><ul>${links(['Page', 'Discussion'])}</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu-tabs"><ul>${links(['Read', 'View source', 'View history'])}</ul></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><input type="search"
 name="search" placeholder="Search Harrowgate Trust Pharmacy Wiki" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet portal"><h3 id="p-navigation-label" class="vector-menu-heading">Navigation</h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wkSide, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 10:14.</li>
</ul><ul id="footer-places">${links(['Privacy policy', 'About Harrowgate Trust Pharmacy Wiki', 'Disclaimers'])}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiMonograph: TestPage = {
  name: 'heldout489-mediawiki-formulary',
  kind: 'wiki',
  html: wkHtml,
  title: wkTitle,
  headings: wkHeads,
  body: texts([wkLead, ...wkInd, ...wkDose, wkMon, wkSupply]),
  bylines: ['This page was last edited on 2 March 2026, at 10:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This wiki is for Harrowgate Trust staff. Always check the current BNF and local guidelines.', 'From Harrowgate Trust Pharmacy Wiki',
    'Jump to navigation', 'Jump to search', 'Contents', 'edit', 'Categories', 'Anticoagulants', 'Navigation menu', 'Personal tools', 'Log in',
    'Page', 'Discussion', 'Read', 'View source', 'View history',
    'Search', 'Navigation', ...wkSide, 'Privacy policy', 'About Harrowgate Trust Pharmacy Wiki', 'Disclaimers',
  ],
};

export const HELDOUT489_D: readonly TestPage[] = [ghostPost, wikiMonograph];
