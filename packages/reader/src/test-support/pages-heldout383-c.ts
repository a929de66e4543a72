import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout383-kit.js';

/**
 * Held-out batch 383, file c: a Full Fact-style check on a claim about the economy (Wagtail: navbar, breadcrumbs, the "What
 * was claimed" / "Our verdict" cards, a data table, the author line, share links, the correction and newsletter boxes, related
 * fact checks, the donate footer) and a Docusaurus community notes explainer (navbar, sidebar menu, breadcrumbs, hash links,
 * admonition, "Edit this page", "Last updated", pagination and the table of contents).
 */
const ffTitle = 'Wages have not fallen for the first time in 15 years';
const ffClaimed = "Workers' pay has fallen for the first time in 15 years.";
const ffVerdict = j(
  'Incorrect. Average pay adjusted for inflation fell in two single months last autumn, but it rose by 1.2% over the year to',
  'December 2025, and it also fell in 2022 and 2023.',
);
const ffBody = [
  j(
    'Speaking on the Sunday Briefing programme on 1 March, the shadow business secretary Imogen Fairlie MP said that "workers\' pay has',
    'fallen for the first time in 15 years" under the current government.',
  ),
  j(
    "That is not what the latest official figures show. We contacted Ms Fairlie's office to ask where the figure came from, and a",
    'spokesperson told us she was referring to the monthly wage figures published by the National Statistics Bureau in January.',
  ),
  j(
    'The Bureau publishes pay figures in two ways: before inflation, known as nominal or cash pay, and after inflation, known as real',
    'pay. Real pay tells us whether wages buy more or less than they did a year earlier, and it is the measure politicians usually mean',
    'when they say pay has risen or fallen.',
  ),
  j(
    'On the single-month measure, real regular pay was lower than a year earlier in October and November 2025, when inflation briefly',
    'rose above 4%. But the Bureau itself says single months are volatile, and it recommends using three-month averages.',
  ),
  'On that measure, real pay has grown in every quarter since the summer of 2024:',
  j(
    'Even if we took the single-month dip at face value, it would not be the first fall in 15 years. Real pay fell for most of 2022 and',
    "the first half of 2023, when inflation peaked at over 10%. Those falls were larger and lasted much longer than last autumn's.",
  ),
  j(
    'Ms Fairlie\'s office said she had meant to say "for the first time since 2023". We have asked her to correct the record, and will',
    'update this article if she does.',
  ),
  j(
    'It is fair to say that pay growth has slowed, and that many people are still earning less in real terms than before the rise in',
    'prices that began in 2021. But the claim as stated is wrong.',
  ),
];
const ffTable = ['Quarter to June 2025', '5.4%', '2.1%', 'Quarter to September 2025', '4.9%', '1.6%', 'Quarter to December 2025', '4.4%', '1.2%'];
const ffHeadings = ['What the figures show', 'Not the first fall in 15 years'];
const ffNav = ['Fact checks', 'Economy', 'Health', 'Crime', 'Online', 'About us', 'Get involved'];
const ffCrumbs = ['Home', 'Fact checks', 'Economy'];
const ffRel = ['Did the cost of a weekly shop really rise by £40?', 'Claims about the number of new apprenticeships are out of date'];
const ffFoot = ['Contact us', 'Corrections', 'Privacy', 'Cookie settings', 'Jobs'];
const ffHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${ffTitle} - Plain Facts</title>
<meta name="description" content="${ffVerdict}"><meta property="og:type" content="article"><meta name="twitter:site" content="@PlainFacts">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-03-04",
"claimReviewed":"${ffClaimed.replace(/'/g, '\u2019')}","author":{"@type":"Organization","name":"Plain Facts"},
"reviewRating":{"@type":"Rating","alternateName":"Incorrect"}}</script>
<script>window.wagtailConfig={"ADMIN_URLS":{}};</script><link rel="stylesheet" href="/static/css/main.7c1b2.css"></head>
<body class="template-fact-check-page"><div id="cookie-banner" class="cookie-banner"><p>We use necessary cookies to make our site work. We'd also
like to set analytics cookies.</p><button class="btn btn-primary">Accept analytics cookies</button><button class="btn">Reject analytics cookies</button></div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Plain Facts</a><ul class="navbar-nav">${links(ffNav, 'nav-item')}</ul>
<a class="btn btn-donate" href="/donate/">Donate</a></nav>
<main class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(ffCrumbs, 'breadcrumb-item')}</ol></nav>
<article class="col-12 col-lg-8"><h1>${ffTitle}</h1><div class="timestamp">4 March 2026</div>
<div class="card-claim-conclusion row"><div class="card-claim col-md-6"><h4 class="card-title">What was claimed</h4>
<p class="card-text">${ffClaimed}</p></div><div class="card-conclusion col-md-6"><h4 class="card-title">Our verdict</h4>
<p class="card-text">${ffVerdict}</p></div></div>
<div class="cms-content">
${ps(ffBody.slice(0, 2))}
<h2>${ffHeadings[0]}</h2>
${ps(ffBody.slice(2, 5))}
<table class="table"><thead><tr><th>Period</th><th>Cash pay growth</th><th>Real pay growth</th></tr></thead><tbody>
<tr><td>${ffTable.slice(0, 3).join('</td><td>')}</td></tr>
<tr><td>${ffTable.slice(3, 6).join('</td><td>')}</td></tr>
<tr><td>${ffTable.slice(6).join('</td><td>')}</td></tr></tbody></table>
<p class="table-source"><em>Source: National Statistics Bureau, average weekly earnings, three-month averages</em></p>
<h2>${ffHeadings[1]}</h2>
${ps(ffBody.slice(5))}
</div>
<div class="author-block"><p class="author-name">By Priya Dunsmore</p><p class="author-role">Economics Fact Checker</p></div>
<div class="share-links"><p>Share this article</p><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
<div class="correction-box"><h4>Spotted a mistake?</h4><p>We correct errors quickly and transparently. <a href="/corrections/">Request a correction</a>
</p></div>
<div class="newsletter-box"><h4>Get our weekly newsletter</h4><p>The week's most important fact checks, straight to your inbox.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form></div>
</article><aside class="col-lg-4"><h4>Related fact checks</h4><ul class="list-unstyled">${links(ffRel)}</ul></aside></main>
<footer class="footer"><div class="donate-cta"><h3>Plain Facts fights bad information</h3><p>We're a registered charity. Help us keep going.</p>
<a class="btn" href="/donate/">Give today</a></div><ul class="footer-links">${links(ffFoot)}</ul>
<p class="small">Plain Facts is an invented charity registered in an invented country.</p></footer>
<script src="/static/js/main.4d21.js"></script></body></html>`;
const fullFact: TestPage = {
  name: 'heldout383-fullfact-news',
  kind: 'news',
  html: ffHtml,
  title: ffTitle,
  headings: ffHeadings,
  body: texts([ffClaimed, ffVerdict, ...ffBody, ...ffTable]),
  bylines: ['4 March 2026', 'By Priya Dunsmore'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "We use necessary cookies to make our site work. We'd also like to set analytics cookies.", 'Accept analytics cookies', 'Reject analytics cookies',
    'Plain Facts', ...ffNav, 'Donate', ...ffCrumbs, 'What was claimed', 'Our verdict',
    'Source: National Statistics Bureau, average weekly earnings, three-month averages', 'Economics Fact Checker', 'Share this article', 'Facebook',
    'LinkedIn', 'Copy link', 'Spotted a mistake?', 'We correct errors quickly and transparently.', 'Request a correction', 'Get our weekly newsletter',
    "The week's most important fact checks, straight to your inbox.", 'Sign up', 'Related fact checks', ...ffRel, 'Plain Facts fights bad information',
    "We're a registered charity. Help us keep going.", 'Give today', ...ffFoot, 'Plain Facts is an invented charity registered in an invented country.',
  ],
};

const Z = '\u200b';
const cnTitle = 'How a note earns a Helpful status';
const cnIntro = [
  j(
    'Context notes let people on Chirp add background to posts that might be misleading. Anyone who has joined the program can write a',
    'note, but a note is only shown on a post once enough contributors have rated it as helpful. This page explains how that decision',
    'is made and why it sometimes takes longer than people expect.',
  ),
];
const cnRating = [
  j(
    'When you rate a note, you answer one question first: is this note helpful? You can choose Yes, Somewhat or No, and then pick the',
    'reasons that best describe your answer. Reasons for a helpful rating include:',
  ),
];
const cnReasons = ['Cites high-quality sources', 'Easy to understand', "Directly addresses the post's claim", 'Provides important context'];
const cnBridge = [
  j(
    'A note does not become Helpful just because many people like it. The system looks for agreement between contributors who have',
    'tended to disagree in their past ratings. We call this bridging.',
  ),
  j(
    'Every contributor has a rating history. From that history, the algorithm estimates where each person sits on the main dimension',
    "along which raters differ. It does not know anyone's politics or identity; it only sees which notes they rated and how.",
  ),
  j(
    'A note is scored by asking how helpful it looks once that dimension is taken out. A note rated helpful by people on only one side',
    "gets a low score. A note rated helpful by people from different sides gets a high one. When a note's score passes 0.40 and it has",
    'at least five ratings, it is marked Helpful and shown to everyone under the post.',
  ),
];
const cnAdmon = j(
  'Scores are recalculated every hour, so a note can move from Helpful back to Needs More Ratings if later ratings disagree. This is',
  'expected and is part of how the system corrects itself.',
);
const cnStatus = [
  'A note can have one of three statuses at any time:',
  'Needs More Ratings: the note is visible only to contributors, who can rate it.',
  'Helpful: the note has passed the threshold and is shown to all users under the post.',
  'Not Helpful: contributors from different perspectives agreed the note is not useful, and it is hidden from the rating queue.',
];
const cnWhy = [
  j(
    'Most notes never reach a status other than Needs More Ratings. Posts that are seen by many people attract many notes, and',
    'contributors spread their ratings thin. If you want a good note to be shown, the most useful thing you can do is rate other',
    'notes on the same post.',
  ),
  'The full scoring code and the daily data exports are public, and anyone can run the algorithm to check our results.',
];
const cnHeadings = ['Rating a note', 'Bridging across perspectives', 'Note statuses', 'Why some notes wait'];
const cnSide = ['Overview', 'Joining the program', 'Writing notes', 'Rating notes', 'How a note earns a Helpful status', 'Contributor scores', 'FAQ'];
const cnToc = cnHeadings;
const cnNav = ['Guide', 'Data', 'Blog', 'GitHub'];
const cnFoot = ['Chirp Help Center', 'Terms of Service', 'Privacy Policy', 'Open source'];
const h2 = (t: string, id: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">${Z}</a></h2>`;
const cnHtml = `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.1.1">
<title data-rh="true">${cnTitle} | Context Notes Guide</title><meta data-rh="true" name="docusaurus_locale" content="en">
<meta data-rh="true" property="og:title" content="${cnTitle} | Context Notes Guide"><link data-rh="true" rel="canonical"
href="https://contextnotes.chirp.example/guide/en/under-the-hood/helpful-status">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<link rel="stylesheet" href="/guide/assets/css/styles.93ab1c.css"><script src="/guide/assets/js/runtime~main.77c1.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/guide/">
<b class="navbar__title text--truncate">Context Notes</b>
</a>${cnNav.map((t) => `<a class="navbar__item navbar__link" href="/${t.toLowerCase()}">${t}</a>`).join('')}
</div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${cnSide
  .map((t) => `<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="#">${t}</a></li>`)
  .join('\n')}
</ul></nav></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">
<ul class="breadcrumbs"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/guide/">🏠</a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Under the hood</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">${cnTitle}</span></li></ul></nav>
<div class="theme-doc-markdown markdown"><header><h1>${cnTitle}</h1></header>
${ps(cnIntro)}
${h2(cnHeadings[0] ?? '', 'rating-a-note')}
${ps(cnRating)}
<ul>${lis(cnReasons)}</ul>
${h2(cnHeadings[1] ?? '', 'bridging')}
${ps(cnBridge)}
<div class="theme-admonition theme-admonition-info admonition_xJq3 alert alert--info"><div class="admonitionHeading_Gvgb">info</div>
<div class="admonitionContent_BuS1"><p>${cnAdmon}</p></div></div>
${h2(cnHeadings[2] ?? '', 'note-statuses')}
${ps(cnStatus.slice(0, 1))}
<ul>${lis(cnStatus.slice(1))}</ul>
${h2(cnHeadings[3] ?? '', 'why-some-notes-wait')}
${ps(cnWhy)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">
<a href="https://github.example/chirp/context-notes/edit/main/guide/helpful-status.md" class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time datetime="2026-02-18T00:00:00.000Z">Feb 18, 2026</time></b></span>
</div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="#">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Rating notes</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="#"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Contributor scores</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${cnToc.map((t) => `<li><a href="#" class="table-of-contents__link toc-highlight">${t}</a></li>`).join('\n')}</ul></div></div></div></div></main></div>
</div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><ul class="footer__items">${links(cnFoot, 'footer__item')}</ul>
<div class="footer__copyright">Copyright © 2026 Chirp, an invented network.</div></div></footer></div>
<script src="/guide/assets/js/main.5e2b.js" defer="defer"></script></body></html>`;
const communityNotes: TestPage = {
  name: 'heldout383-docusaurus-communitynotes-docs',
  kind: 'docs',
  html: cnHtml,
  title: cnTitle,
  headings: cnHeadings,
  body: texts([...cnIntro, ...cnRating, ...cnReasons, ...cnBridge, cnAdmon, ...cnStatus, ...cnWhy]),
  bylines: ['Last updated on Feb 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Context Notes', ...cnNav, 'Overview', 'Joining the program', 'Writing notes', 'Rating notes', 'Contributor scores',
    'FAQ', 'Under the hood', 'info',
    'Edit this page', 'Previous', 'Next', ...cnFoot, 'Copyright © 2026 Chirp, an invented network.',
  ],
};

export const HELDOUT383_C: readonly TestPage[] = [fullFact, communityNotes];
