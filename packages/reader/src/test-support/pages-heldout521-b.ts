import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts, uniq } from './pages-heldout521-kit.js';

/**
 * Held-out batch 521, file b: a debating union's motion and results post on Hugo (PaperMod theme) with a results table
 * and a table of contents, and a Model UN conference delegate guide on Squarespace (7.1) with an FAQ accordion.
 */
const hTitle = 'Round 4 motion and results: This House would abolish homework in primary schools';
const hBody = [
  j(
    'The fourth round of the Kestrel Open was debated on Saturday afternoon in the Old Library. Sixteen teams took part across four',
    'rooms. The adjudication core chose an education motion to give novice speakers a topic close to their own experience.',
  ),
  'The motion',
  'This House would abolish homework in primary schools.',
  j(
    'Info slide: in several countries, children aged five to eleven are set between one and five hours of homework a week. Some',
    'schools have already replaced homework with optional reading at home.',
  ),
  'Results',
  'Room 1 Lindqvist A Carrow B Marsh A Holloway C',
  'Room 2 Carrow A Penmore A Lindqvist B Fensworth A',
  'Room 3 Holloway A Fensworth B Marsh B Penmore C',
  'Room 4 Marsh C Holloway B Carrow C Penmore B',
  'Adjudication notes',
  j(
    'Most rooms were decided on the quality of the clash over equality. Teams that explained who actually does homework at home,',
    'and which children have no quiet place to do it, did much better than teams that relied on claims about discipline.',
  ),
  j(
    'Closing teams were strongest when they brought a new actor into the debate, such as parents working evening shifts,',
    'rather than repeating the extension of their opening half.',
  ),
];
const hHead = ['Room', 'Opening Government', 'Opening Opposition', 'Closing Government', 'Closing Opposition'];
const hRows = [
  ['Room 1', 'Lindqvist A', 'Carrow B', 'Marsh A', 'Holloway C'],
  ['Room 2', 'Carrow A', 'Penmore A', 'Lindqvist B', 'Fensworth A'],
  ['Room 3', 'Holloway A', 'Fensworth B', 'Marsh B', 'Penmore C'],
  ['Room 4', 'Marsh C', 'Holloway B', 'Carrow C', 'Penmore B'],
];
const hNav = ['Archive', 'Motions', 'Tournaments', 'Tags', 'About'];
const hTags = ['Kestrel Open', 'education', 'BP'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Kestrel Debating Union</title><meta name="keywords" content="Kestrel Open, education, BP">
<meta name="generator" content="Hugo 0.121.1"><link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-10-18T18:30:00+01:00",
"author":[{"@type":"Person","name":"Tabitha Orrell"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Kestrel Debating Union (Alt + H)">Kestrel Debating Union</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg"></svg></button></div>
</div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title="2026-10-18 18:30:00 +0100 BST">October 18, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Tabitha Orrell</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul><li><a href="#the-motion" aria-label="The motion">The motion</a></li><li><a href="#results" aria-label="Results">Results</a></li>
<li><a href="#adjudication-notes" aria-label="Adjudication notes">Adjudication notes</a></li></ul></div></details></div>
<div class="post-content">${ps([hBody[0] ?? ''])}
<h2 id="the-motion">${hBody[1]}<a hidden class="anchor" aria-hidden="true" href="#the-motion">#</a></h2>
<blockquote><p><strong>${hBody[2]}</strong></p></blockquote>${ps([hBody[3] ?? ''])}
<h2 id="results">${hBody[4]}<a hidden class="anchor" aria-hidden="true" href="#results">#</a></h2>
<table><thead><tr>${hHead.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows(hRows)}</tbody></table>
<h2 id="adjudication-notes">${hBody[9]}<a hidden class="anchor" aria-hidden="true" href="#adjudication-notes">#</a></h2>
${ps([hBody[10] ?? '', hBody[11] ?? ''])}</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="/tags/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="/posts/round-3/"><span class="title">« Prev</span><br><span>Round 3 motion and results</span></a>
<a class="next" href="/posts/semifinals/"><span class="title">Next »</span><br><span>Semifinal motions announced</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/"><svg></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="/">Kestrel Debating Union</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => {});</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout521-hugo-papermod-motion-results',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hBody[1] ?? '', hBody[4] ?? '', hBody[9] ?? ''],
  body: texts([...hBody.slice(0, 1), ...hBody.slice(2, 4), ...rowTexts(hRows), ...hBody.slice(10)]),
  bylines: ['October 18, 2026', 'Tabitha Orrell', '2 min'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Kestrel Debating Union', ...hNav, 'Home', 'Posts', 'Table of Contents', 'BP', '« Prev', 'Round 3 motion and results', 'Next »',
    'Semifinal motions announced', '© 2026 Kestrel Debating Union', 'Powered by Hugo & PaperMod',
  ]),
};

const sTitle = 'Delegate Guide';
const sDek = 'Everything you need to know before you arrive at Tollmere Model United Nations, 13 to 15 March 2027.';
const sIntro = [
  j(
    'Welcome to the fourteenth session of TolMUN. This guide explains how the weekend runs, what we expect of delegates and how',
    'to prepare your position paper. Please read it in full and share it with your faculty advisor. If something is not covered',
    'here, our Secretariat answers every email within two working days.',
  ),
  j(
    'This year the conference hosts nine committees and around 420 delegates from 38 schools and universities. Committee sessions',
    'take place in the Arts Faculty building on Cressley Road; the opening and closing ceremonies are held in the Great Hall.',
  ),
];
const sSched = [
  'Friday 13 March: registration from 14:00, opening ceremony at 17:30, first committee session 19:00 to 21:00',
  'Saturday 14 March: committee sessions 09:00 to 12:30 and 14:00 to 18:00, delegates\u2019 social from 20:30',
  'Sunday 15 March: final committee session 09:00 to 12:30, closing ceremony and awards at 14:30',
];
const sRules = [
  j(
    'Committees follow the TolMUN Rules of Procedure, which are based on the rules used at most conferences in the region. A few',
    'points catch out new delegates every year:',
  ),
];
const sRuleItems = [
  'Motions are voted on in order of disruptiveness, not in the order they were raised.',
  'A moderated caucus must have a stated topic, a total time and a speaking time.',
  'Draft resolutions need the signatures of at least a fifth of the committee before they can be introduced.',
  'Amendments are friendly only if every sponsor agrees; otherwise they are put to a vote.',
  'Delegates may not use laptops during formal debate, except in the crisis committees.',
];
const sPaper = [
  j(
    'Every delegate must submit a position paper of no more than one page for each topic by 1 March. The paper should set out',
    'your country\u2019s history on the issue, its current policy and the measures it would support. Papers are read by the chairs',
    'and count towards awards; delegates who do not submit a paper are not eligible for an award.',
  ),
  j(
    'Write in the voice of your country, not your own. Cite your sources in footnotes, and avoid copying text from government',
    'websites: chairs check. Send your paper as a PDF to your committee\u2019s email address, which you will find in your background guide.',
  ),
];
const sDress = [
  j(
    'Dress code is Western business attire or national dress. Suits, blazers, smart trousers, skirts and dresses are all fine;',
    'jeans, trainers and hoodies are not. You may remove jackets in committee rooms once the chair allows it.',
  ),
];
const sConduct = [
  j(
    'TolMUN is a conference for everyone. Harassment, discrimination and personal attacks will not be tolerated in committee or at',
    'social events. Delegates who breach the code of conduct may be removed from the conference without refund.',
  ),
  j(
    'Each committee has a named welfare officer, and the welfare room on the ground floor is open throughout the conference. You can',
    'also text the welfare line at any hour of the weekend.',
  ),
];
const sFaq = [
  ['Can I bring my own laptop?', 'Yes, but you may only use it during unmoderated caucus, except in the crisis committees.'],
  ['Is lunch provided?', 'Lunch on Saturday and Sunday is included in the delegate fee. Tell us about dietary needs when you register.'],
  ['What if my school arrives late on Friday?', 'Email the Secretariat; late registration is open in the Great Hall until 19:00.'],
];
const sNav = ['Home', 'Committees', 'Delegate Guide', 'Register', 'Secretariat', 'Contact'];
const sFoot = ['Tollmere Model United Nations', 'Arts Faculty, Cressley Road, Tollmere', 'secretariat@tolmun.org'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} &mdash; TolMUN</title><meta property="og:site_name" content="TolMUN"><meta property="og:title" content="${sTitle} &mdash; TolMUN">
<meta itemprop="name" content="${sTitle} — TolMUN"><meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="application/ld+json">{"url":"https://www.tolmun.org","name":"TolMUN","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a0c2","siteTitle":"TolMUN"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63f1a0c2/12/site.css"></head>
<body id="collection-64a2b8e9" class="header-overlay-alignment-center tweak-social-icons-style-solid primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Early registration closes 31 January. <a href="/register">Register now</a></p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/">TolMUN</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div>
<div class="header-actions"><a href="/register" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Register</a></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"></button></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a2b8e9">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a2b8e9"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="text-align:center;">${sDek}</p>
</div></div></div></div></div></div></div></section>
<section class="page-section layout-engine-section background-width--full-bleed section-height--small"><div class="content-wrapper"><div class="content">
<div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' style="white-space:pre-wrap;"')}
<h2>Schedule</h2><ul data-rte-list="default">${lis(sSched.map((t) => `<p>${t}</p>`))}</ul>
<h2>Rules of procedure</h2>${ps(sRules)}<ol data-rte-list="default">${lis(sRuleItems.map((t) => `<p>${t}</p>`))}</ol>
<h2>Position papers</h2>${ps(sPaper)}
</div></div></div></div>
<div class="fe-block"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/s/TolMUN-Rules-2027.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download the Rules of Procedure</a></div></div></div></div>
<div class="fe-block"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f1a0c2/plenary.jpg" alt="Delegates in the Great Hall">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The closing plenary of TolMUN 2026 in the Great Hall.</p></div></figcaption>
</figure></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>Dress code</h2>${ps(sDress)}<h2>Conduct and welfare</h2>${ps(sConduct)}<h2>Frequently asked questions</h2>
</div></div></div></div>
<div class="fe-block"><div class="sqs-block accordion-block sqs-block-accordion"><div class="sqs-block-content"><ul class="accordion-items-container">
${sFaq
  .map(
    ([q, a]) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper"><button class="accordion-item__click-target" aria-expanded="false">
<span class="accordion-item__title">${q}</span></button></h4><div class="accordion-item__dropdown" role="region"><div class="accordion-item__description">
<p>${a}</p></div></div></li>`,
  )
  .join('\n')}</ul></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
${ps(sFoot)}<p><a href="https://instagram.com/tolmun">Instagram</a> / <a href="https://www.linkedin.com/company/tolmun">LinkedIn</a></p>
</div><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Stay in the loop</h2><form class="newsletter-form">
<label for="email-yui" class="newsletter-form-field-label">Email Address</label><input id="email-yui" type="email" name="email">
<button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></section></footer>
</div><script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqs: TestPage = {
  name: 'heldout521-squarespace-mun-delegate-guide',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [
    'Schedule',
    'Rules of procedure',
    'Position papers',
    'Dress code',
    'Conduct and welfare',
    'Frequently asked questions',
    ...sFaq.map((f) => f[0] ?? ''),
  ],
  body: texts([sDek, ...sIntro, ...sSched, ...sRules, ...sRuleItems, ...sPaper, ...sDress, ...sConduct, ...sFaq.map((f) => f[1] ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Early registration closes 31 January. Register now', 'Home', 'Contact', 'Download the Rules of Procedure',
    'The closing plenary of TolMUN 2026 in the Great Hall.', ...sFoot, 'Instagram / LinkedIn', 'Stay in the loop', 'Email Address', 'Sign Up',
  ]),
};

export const HELDOUT521_B: readonly TestPage[] = [hugo, sqs];
