import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, trs } from './pages-heldout475-kit.js';

/**
 * Held-out batch 475, file d: a citation style guide chapter of a writing centre's open book on Pressbooks (McLuhan theme) with
 * a table, reference examples and textboxes, and a small public library's news post about a new e-resource on Squarespace 7.1
 * with a cookie banner, a newsletter block in the footer and previous / next links.
 */
const pBook = 'CiteRight: A Student Guide to Referencing';
const pTitle = 'APA Style (7th Edition)';
const pBody = [
  j(
    'APA Style is used in psychology, education, nursing and most of the social sciences. It is an author-date system: in the text',
    "you give the author's surname and the year, and the full details go in a reference list at the end of the paper, in",
    "alphabetical order by the first author's surname.",
  ),
  j(
    'This chapter covers the rules you will need for most assignments. For unusual sources, such as legal documents or datasets,',
    'ask at the Writing Centre desk or check the examples in Chapter 9.',
  ),
  'Learning Objectives',
  'Write a parenthetical and a narrative in-text citation.',
  'Format references for a journal article, a book and a web page.',
  'Lay out the reference list correctly.',
  'In-text citations',
  j(
    'Every time you quote or paraphrase a source, cite it in the text. A parenthetical citation puts the author and year in',
    'brackets at the end of the clause; a narrative citation makes the author part of your sentence and puts only the year in',
    'brackets.',
  ),
  rowText(['One author', '(Halloway, 2023)', 'Halloway (2023)']),
  rowText(['Two authors', '(Ng & Parrish, 2021)', 'Ng and Parrish (2021)']),
  rowText(['Three or more authors', '(Deverill et al., 2024)', 'Deverill et al. (2024)']),
  j(
    'When you quote directly, add the page number after the year: (Halloway, 2023, p. 41). For sources without page numbers, give',
    'a paragraph number or a section heading instead, such as (Okonjo, 2022, para. 6).',
  ),
  'Journal articles',
  j(
    'Give the authors, the year, the article title in sentence case, the journal title and volume in italics, the issue, the page',
    'range and the DOI written as a link.',
  ),
  j(
    'Halloway, R. M. (2023). Sleep and exam performance in first-year students. <em>Journal of College Learning, 18</em>(2),',
    '33–49. https://doi.org/10.5555/jcl.2023.0142',
  ),
  'Books',
  j(
    'Give the authors, the year, the book title in italics and in sentence case, and the publisher. Do not include the place of',
    'publication. If the book has a DOI, add it at the end.',
  ),
  'Ng, T., &amp; Parrish, L. (2021). <em>Reading the classroom: Observation methods for teachers</em>. Larkmoor Academic Press.',
  j(
    'For a chapter in an edited book, give the chapter authors and title first, then "In" followed by the editors\' initials and',
    'surnames, "(Eds.)", the book title and the chapter\'s page range in brackets.',
  ),
  j(
    'Okonjo, A. (2022). Listening to families. In P. Dace &amp; M. Farrant (Eds.), <em>Partnerships in early education</em>',
    '(pp. 112–130). Larkmoor Academic Press.',
  ),
  'Web pages',
  j(
    'Give the author, which may be an organisation, the full date if there is one, the title of the page in italics, the site name',
    'unless it is the same as the author, and the URL. Add a retrieval date only when the page is designed to change, such as a',
    'live data dashboard.',
  ),
  'Marlow Health Trust. (2024, May 9). <em>Young people and sleep: What the numbers tell us</em>. https://www.marlowhealth.example/sleep',
  'Setting out the reference list',
  'Start the list on a new page with the heading References, centred and in bold.',
  'Double-space the whole list and use a hanging indent of 1.27 cm for each entry.',
  "Order entries by the first author's surname; for the same author, order by year, oldest first.",
  'Use "n.d." in place of the year when no date can be found.',
  'Key Takeaways',
  j(
    'Cite every source in the text and in the reference list, and make sure the two match. Most marks lost on referencing come',
    'from missing DOIs, titles in the wrong case and sources cited in the text that never appear in the list.',
  ),
];
const pToc = ['Introduction', '1. Why We Cite', '2. Avoiding Plagiarism', '3. MLA Style', `4. ${pTitle}`, '5. Chicago Style'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} – ${pBook}</title><meta name="citation_title" content="${pTitle}"><meta name="citation_book_title" content="${pBook}">
<meta name="citation_publisher" content="Westfield College Writing Centre"><meta name="citation_publication_date" content="2026">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Chapter","name":"${pTitle}","isPartOf":"${pBook}",
"license":"https://creativecommons.org/licenses/by/4.0/"}</script>
<link rel="stylesheet" id="pressbooks/book-css" href="https://open.westfield.example/app/themes/pressbooks-book/dist/styles/book.css" media="all">
<link rel="stylesheet" id="pressbooks/theme-css" href="https://open.westfield.example/app/uploads/sites/12/pressbooks/css/style.css" media="all"></head>
<body class="chapter-template-default single single-chapter postid-44 theme-pressbooks-book-mcluhan"><a class="skip-link screen-reader-text"
href="#content">Skip
to content</a><div class="nav-container"><nav><div class="header__inside"><div class="header__brand"><a aria-label="Westfield Open Books" href="/"><svg
class="header__logo--svg"></svg></a></div><div class="header__nav"><a class="header__nav-icon js-header-nav-toggle" href="#navigation">Toggle Menu<span
class="header__nav-icon__icon"></span></a><nav class="js-header-nav" id="navigation"><ul id="nav-primary-menu"
class="nav--primary">${links(['Home', 'Sign in'])}
</ul></nav></div></div></nav>
<div class="reading-header"><nav class="reading-header__inside"><div class="reading-header__toc dropdown"><h3 class="reading-header__toc__title"><a
href="/citeright/table-of-contents">Contents</a></h3><div class="block-reading-toc" id="toc" hidden><ol>${links(pToc)}</ol></div></div>
<div class="reading-header__end-container"><h1 class="reading-header__title"><a href="/citeright/" title="${pBook}" rel="home">${pBook}</a></h1></div>
</nav></div></div>
<div id="content" role="main" class="site-content"><section data-type="chapter" class="chapter standard post-44 type-chapter status-publish hentry"><header>
<p class="chapter-number">4</p><h1 class="entry-title"><span class="display-none">4. </span>${pTitle}</h1></header><div class="ugc chapter-ugc">
${ps(pBody.slice(0, 2))}
<div class="textbox textbox--learning-objectives"><header class="textbox__header"><p class="textbox__title">${pBody[2]}</p></header>
<div class="textbox__content"><ul>${pBody
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div></div>
<h2>${pBody[6]}</h2>${ps([pBody[7] ?? ''])}
<table class="grid"><caption>Table 4.1. Basic in-text citation formats</caption><thead><tr><th scope="col">Author type</th><th scope="col">Parenthetical</th>
<th scope="col">Narrative</th></tr></thead><tbody>${trs([
  ['One author', '(Halloway, 2023)', 'Halloway (2023)'],
  ['Two authors', '(Ng &amp; Parrish, 2021)', 'Ng and Parrish (2021)'],
  ['Three or more authors', '(Deverill et al., 2024)', 'Deverill et al. (2024)'],
])}</tbody></table>
${ps([pBody[11] ?? ''])}
<h2>${pBody[12]}</h2>${ps([pBody[13] ?? ''])}<p class="hanging-indent">${pBody[14]}</p>
<h2>${pBody[15]}</h2>${ps([pBody[16] ?? ''])}<p class="hanging-indent">${pBody[17]}</p>${ps([pBody[18] ?? ''])}
<p class="hanging-indent">${pBody[19]}</p>
<h2>${pBody[20]}</h2>${ps([pBody[21] ?? ''])}<p class="hanging-indent">${pBody[22]}</p>
<h2>${pBody[23]}</h2><ol>${pBody
  .slice(24, 28)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol>
<div class="textbox textbox--key-takeaways"><header class="textbox__header"><p class="textbox__title">${pBody[28]}</p></header>
<div class="textbox__content">${ps([pBody[29] ?? ''])}</div></div></div></section>
<div class="block block-reading-meta"><div class="block-reading-meta__inner"><div class="block-reading-meta__subsection"><h2
class="section__subtitle">License</h2>
<div class="license-attribution"><p><img src="https://open.westfield.example/app/themes/pressbooks-book/packages/buckram/assets/images/cc-by.svg"
alt="Icon for the Creative Commons Attribution 4.0 International License"></p><p>${pBook} Copyright © 2026 by Westfield College Writing Centre is
licensed under a <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 International License</a>, except where
otherwise noted.</p></div></div><div class="block-reading-meta__subsection"><h2 class="section__subtitle">Share This Book</h2><div
class="share-wrap"></div></div></div></div>
<nav class="nav-reading" role="navigation"><div class="nav-reading__previous js-nav-previous"><a href="/citeright/chapter/mla-style/" rel="previous"><svg
class="icon--svg"></svg>Previous: MLA Style</a></div><div class="nav-reading__next js-nav-next"><a href="/citeright/chapter/chicago-style/" rel="next">Next:
Chicago
Style<svg class="icon--svg"></svg></a></div><button class="nav-reading__up"><svg class="icon--svg"></svg><span class="screen-reader-text">Back to
top</span></button></nav></div>
<footer class="footer"><div class="footer__inner"><section class="footer__pressbooks"><a class="footer__pressbooks__icon" href="https://pressbooks.com"
title="Pressbooks"><svg class="icon--svg"></svg></a><div class="footer__pressbooks__links"><p class="footer__pressbooks__links__title"><a
href="https://pressbooks.com">Powered by <span class="pressbooks">Pressbooks</span></a></p><ul class="footer__pressbooks__links__list">
<li><a href="https://pressbooks.org/user-docs/">Pressbooks User Guide</a></li><li>| <a href="https://pressbooks.org/accessibility">Pressbooks
Accessibility</a></li>
</ul></div></section></div></footer><script src="https://open.westfield.example/app/themes/pressbooks-book/dist/scripts/book.js"></script></body></html>`;
const pressbooks: TestPage = {
  name: 'heldout475-pressbooks-apa-guide',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [6, 12, 15, 20, 23].map((i) => pBody[i] ?? ''),
  body: texts(pBody.filter((_, i) => ![6, 12, 15, 20, 23].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Toggle Menu', 'Home', 'Sign in', 'Contents', pBook, '4', 'Table 4.1. Basic in-text citation formats', 'License',
    `${pBook} Copyright © 2026 by Westfield College Writing Centre is licensed under a Creative Commons Attribution 4.0 International License, except where
otherwise noted.`,
    'Share This Book', 'Previous: MLA Style', 'Next: Chicago Style', 'Powered by Pressbooks', 'Pressbooks User Guide', '| Pressbooks Accessibility',
  ],
};

const sTitle = 'Learn a Language Free with Your Library Card';
const sBody = [
  j(
    'Starting this month, every Brackley Free Library cardholder can use Lingo Lane, an online language course with lessons in',
    'more than forty languages, from Spanish and Polish to Tagalog and Welsh.',
  ),
  j(
    'Lessons take about fifteen minutes and work on a phone, tablet or computer. There are speaking exercises, short stories read',
    'by native speakers and a progress tracker, and the app remembers where you stopped.',
  ),
  j(
    'To get started, open the Online Resources page, choose Lingo Lane and sign in with your library card number and PIN. If you',
    'have forgotten your PIN, call us or stop by the front desk and we will reset it.',
  ),
  'Our Thursday conversation circle, which meets at 6pm in the Reading Room, is a good place to practise what you learn.',
];
const sNav = ['About', 'Events', 'Online Resources', 'Kids', 'News', 'Contact'];
const sFoot = ['14 Church Street, Brackley', 'Tuesday–Saturday, 10am–5pm', '(555) 014-2290'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Brackley Free Library</title>
<link rel="canonical" href="https://www.brackleylibrary.org/news/learn-a-language"><meta property="og:site_name" content="Brackley Free Library">
<meta property="og:type" content="article"><meta itemprop="author" content="Lena Okafor"><meta itemprop="datePublished" content="2026-03-02T09:00:00-0500">
<script type="text/javascript" crossorigin="anonymous" defer="true" src="https://assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"siteTitle":"Brackley Free Library"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.brackleylibrary.org",
"name":"Brackley Free Library","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-4e3f.css" rel="stylesheet" type="text/css"><link
href="/static/versioned-site-css/site.css"
rel="stylesheet" type="text/css"></head>
<body id="item-64f0a1" class="primary-button-style-solid header-width-full tweak-blog-item-width-narrow tweak-blog-item-alignment-center view-item
collection-type-blog-basic-grid collection-layout-default mobile-style-available sqs-seven-one"><a href="#page" class="header-skip-link
sqs-button-element--primary">Skip to Content</a><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div
class="header-title-text"><a href="/">Brackley Free Library</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></div>`,
  )
  .join('')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a class="btn btn--border
theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections"><section data-test="page-section" class="page-section
layout-engine-section
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div data-content-field="main-content" class="content-collection"><article class="entry h-entry blog-item
hentry
author-lena-okafor post-type-text article-index-1 category-news" id="article-64f0a1"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-category"><a
href="/news?category=News">News</a>
</span></span><span class="blog-meta-secondary"><span class="blog-author">Lena Okafor</span><span class="blog-meta-delimiter"></span><time class="blog-date"
pubdate data-animation-role="date">3/2/26</time></span></div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout
sqs-grid-12 columns-12" data-type="item" id="item-context-64f0a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block
sqs-block-html" data-block-type="2" id="block-9a1c"><div class="sqs-block-content"><div
class="sqs-html-content">${ps(sBody.slice(0, 3), ' class="" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div
class="sqs-block-button-container
sqs-block-button-container--center"><a href="/online-resources" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Go to
Lingo Lane</a></div></div></div><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
${ps([sBody[3] ?? ''], ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link
item-pagination-link--prev" href="/news/seed-library"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small"></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Our Seed Library Opens for Spring</h2></a><a class="item-pagination-link
item-pagination-link--next" href="/news/winter-hours"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Winter Hours and
Closings</h2>
</a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper"><div
class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div
class="sqs-html-content">${ps(sFoot)}</div></div></div><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" autocomplete="off"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Library News by Email</h2><div class="newsletter-form-header-description"><p>Events and new arrivals, once a
month.</p></div>
</header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field
email
required"><label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label><input id="email-yui_3" class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit"><span
class="newsletter-form-button-label">Sign
Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your
privacy.</p></div></form></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience. <a href="/privacy">Privacy Policy</a></div><div
class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button><button class="sqs-cookie-banner-v2-accept
sqs-button-element--primary">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout475-squarespace-library-news',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['Lena Okafor', '3/2/26'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Online Resources'), 'Donate', 'Go to Lingo Lane', 'Previous', 'Our Seed Library Opens for Spring', 'Next',
    'Winter Hours and Closings', ...sFoot, 'Library News by Email', 'Events and new arrivals, once a month.', 'Email Address', 'Sign Up',
    'We respect your privacy.', 'This website uses cookies to improve your experience. Privacy Policy', 'Decline', 'Accept',
  ],
};

export const HELDOUT475_D: readonly TestPage[] = [pressbooks, squarespace];
