import { type TestPage, texts } from './page-kit.js';
import { wikihowArticle } from './pages-heldout53-f2.js';

/**
 * Held-out batch 53, file f: an Encyclopaedia Britannica biography (the consent banner, the header with search, login,
 * subscribe, "Ask the Chatbot" and the subject menu, the topic header with the short description, Cite/Share/Feedback/External
 * Websites/Print buttons, "Also known as", "Written by" and "Fact-checked by" with hover bios, the last-updated line with
 * "Article History", the table of contents, the Quick Facts box, "Top Questions", the article with a captioned, credited
 * picture, a quiz promo and ad slots, the Premium promo, the hidden citation and feedback modals, and the footer).
 */
const brTitle = 'Ingrid Solberg-Hale';
const brDesc = 'Norwegian-born American botanist';
const brLead = [
  '<strong>Ingrid Solberg-Hale</strong> (born April 14, 1911, Tromsø, Norway—died January 9, 1994, Ithaca, New York, U.S.) was a ' +
    'Norwegian-born American botanist whose studies of how <a href="/plant/alpine-plant">alpine plants</a> survive short growing ' +
    'seasons helped found the modern study of plant cold tolerance. Her long-term plots on <a href="/place/Mount-Washington">Mount Washington</a> ' +
    'in New Hampshire, begun in 1948, are among the oldest continuously monitored records of alpine vegetation in North America.',
];
const brH1 = 'Early life and education';
const brEarly = [
  'Solberg was the second of four children of a ship’s chandler and a schoolteacher. She spent her summers on her grandparents’ ' +
    'farm on the island of Kvaløya, where she began pressing the flowers of the mountain meadows at the age of nine. After studying ' +
    'natural sciences at the University of Oslo, she won a fellowship in 1934 to work at the Arnold Arboretum of Harvard University, ' +
    'and she never again returned to Norway for more than a few months at a time.',
  'At Harvard she met the plant physiologist Walter Hale, whom she married in 1937. She completed a doctorate at Radcliffe College ' +
    'in 1940 with a dissertation on frost damage in dwarf willows.',
];
const brH2 = 'Work on alpine plants';
const brWork = [
  'Solberg-Hale joined the faculty of <a href="/topic/Cornell-University">Cornell University</a> in 1946, one of very few women to ' +
    'hold a professorship in its college of agriculture at the time. Two years later she marked out a series of permanent plots ' +
    'above the tree line on Mount Washington and returned to them every summer for more than four decades, recording which species ' +
    'flowered, how much they grew, and how many survived the winter.',
  'Her best-known finding, published in 1957, was that many alpine perennials form their flower buds a full year or more before ' +
    'the buds open, so that a single cold summer can reduce flowering for two seasons. The idea met resistance at first but was ' +
    'confirmed by later studies in the Alps and the Rocky Mountains, and it changed how ecologists read the swings in alpine flowering from one year ' +
    'to the next.',
  'She also built up a <a href="/science/herbarium">herbarium</a> of more than 30,000 specimens from arctic and alpine regions, which she gave to ' +
    'Cornell in 1979.',
];
const brH3 = 'Later years';
const brLater = [
  'After retiring in 1976, Solberg-Hale continued her fieldwork with a succession of graduate students and wrote <em>Flowers Above ' +
    'the Trees</em> (1983), a popular account of alpine plant life that was translated into five languages. She was elected to the ' +
    'National Academy of Sciences in 1971.',
  'Her Mount Washington plots were taken over by a consortium of New England universities after her death and are still surveyed each summer.',
];
const brTopQ: [string, string][] = [
  [
    'Who was Ingrid Solberg-Hale?',
    'She was a botanist, born in Norway, who spent most of her career at Cornell finding out how mountain plants cope with the cold.',
  ],
  [
    'What did Ingrid Solberg-Hale discover?',
    'She showed that many alpine plants set their flower buds more than a year ahead, so one cold summer affects two seasons of bloom.',
  ],
];
const brNav = [
  'Games & Quizzes',
  'History & Society',
  'Science & Tech',
  'Biographies',
  'Animals & Nature',
  'Geography & Travel',
  'Arts & Culture',
  'ProCon',
  'Money',
  'Videos',
];
const brToc = ['Introduction', brH1, brH2, brH3, 'References & Edit History', 'Quick Facts & Related Topics', 'Images', 'Quizzes'];
const brFacts: [string, string][] = [
  ['Born:', 'April 14, 1911, Tromsø, Norway'],
  ['Died:', 'January 9, 1994, Ithaca, New York, U.S. (aged 82)'],
  ['Subjects Of Study:', 'alpine plant • cold hardiness • herbarium'],
];
const brRelated = ['alpine plant', 'botany', 'herbarium', 'plant physiology'];
const brFoot = [
  'About Us & Legal Info',
  'Advertise with Us',
  'Partner Program',
  'Contact Us',
  'Privacy Notice',
  'Terms of Use',
  '©2025 Encyclopædia Britannica, Inc.',
];
const brAuthorBio = 'Professor of Plant Biology, Lund University. Author of The Mountain Flora of Scandinavia.';
const brEdBio =
  'Encyclopaedia Britannica’s editors oversee subject areas in which they have extensive knowledge, whether from years of experience or advanced study.';
const brCaption = 'Ingrid Solberg-Hale measuring saxifrage cushions in one of her plots on Mount Washington, 1959.';
const brFeedback = [
  'Our editors will review what you’ve submitted and determine whether to revise the article.',
  'Join Britannica’s Publishing Partner Program and our community of experts to reach a global audience with your work.',
];
const brConsent = 'We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic.';
const sec = (id: number, h: string, ps: readonly string[]): string =>
  `<section data-level="1" id="ref${id}"><h2 class="h1"><a class="anchor" href="/biography/Ingrid-Solberg-Hale#ref${id}">${h}</a></h2>\n` +
  ps.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n') +
  '\n</section>';
const ad = (id: string): string => `<div class="marketing-${id}"><div class="ad-label">Advertisement</div><div id="${id}" class="ad-slot"></div></div>`;
const brHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ingrid Solberg-Hale | Biography, Alpine Plants, &amp; Facts | Britannica</title>
<meta name="description" content="Ingrid Solberg-Hale was a Norwegian-born American botanist known for her long-term studies of alpine plants on
Mount Washington.">
<link rel="canonical" href="https://www.britannica.com/biography/Ingrid-Solberg-Hale">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ingrid Solberg-Hale","author":{"@type":"Person",
"name":"Tomas Rehnberg"},"datePublished":"2009-07-21","dateModified":"2025-11-03","publisher":{"@type":"Organization",
"name":"Encyclopedia Britannica"}}</script>
<script>window.__INITIAL_STATE__ = {"topicInfo":{"topicId":1998604,"title":"Ingrid Solberg-Hale","templateType":"biography"},"user":{"premium":false}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="topic-page article-page">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${brConsent}</p>
<button id="onetrust-pc-btn-handler">Manage Settings</button><button id="onetrust-accept-btn-handler">Accept All</button></div></div>
<header class="md-header"><div class="md-header__top"><a href="/" class="md-logo" aria-label="Encyclopedia Britannica"><svg></svg></a>
<form class="md-search" action="/search"><input type="search" name="query" placeholder="Search Britannica" aria-label="Search Britannica">
<button type="submit">Search</button></form>
<div class="md-header__actions"><a href="/login" class="md-login">Login</a><a href="/premium" class="btn btn-blue">Subscribe</a></div></div>
<nav class="md-header__nav" aria-label="Subjects"><a href="/chatbot" class="md-chatbot-link">Ask the Chatbot</a><ul>${brNav
  .map(
    (t) => `<li>
<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('')}</ul></nav></header>
<main><div class="topic-page-layout"><aside class="toc-sidebar"><h2 class="toc-title">Table of Contents</h2><ul class="toc-list">
${brToc.map((t, i) => `<li${i === 0 ? ' class="active"' : ''}><a href="#ref${i}">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n')}</ul></aside>
<div class="md-article-container template-desktop"><div class="infinite-pagination"><article class="article-content">
<div class="topic-header"><h1 class="topic-title">${brTitle}</h1><div class="topic-identifier">${brDesc}</div>
<div class="topic-actions"><button class="cite-button">Cite</button><button class="share-button">Share</button><button class="feedback-button">Feedback</button>
<button class="external-websites-button">External Websites</button><button class="print-button">Print</button></div>
<div class="md-byline"><div class="md-byline__alias"><span class="label">Also known as:</span> Ingrid Marie Solberg</div>
<div class="md-byline__authors"><span class="label">Written by</span> <a href="/contributor/Tomas-Rehnberg/9843177" class="contributor-link">Tomas Rehnberg</a>
<div class="contributor-hover-card" hidden><p>${brAuthorBio}</p></div></div>
<div class="md-byline__factcheck"><span class="label">Fact-checked by</span> <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419"
class="contributor-link">The Editors of Encyclopaedia Britannica</a>
<div class="contributor-hover-card" hidden><p>${brEdBio}</p></div></div>
<div class="md-byline__updated">Last updated <time datetime="2025-11-03">Nov. 3, 2025</time> • <a href="#history">Article History</a></div></div></div>
<div class="quick-facts"><h2 class="quick-facts__title">Britannica Quick Facts</h2><dl>${brFacts.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>
<div class="quick-facts__related"><span>Related Topics:</span>
${brRelated.map((t) => `<a href="/science/${t.replace(/ /g, '-')}">${t}</a>`).join(' • ')}</div>
<a class="quick-facts__more" href="/facts/Ingrid-Solberg-Hale">See all related content</a></div>
<section class="top-questions"><h2>Top Questions</h2>${brTopQ.map(([q, ans]) => `<details><summary>${q}</summary><p>${ans}</p></details>`).join('\n')}</section>
<div class="topic-content">
<section data-level="0" id="ref1"><p class="topic-paragraph">${brLead[0]}</p></section>
${ad('PL-A')}
${sec(2, brH1, brEarly)}
<figure class="md-assembly md-assembly-image">
<img src="https://cdn.britannica.com/42/219842-050-7A3C1E5B/Ingrid-Solberg-Hale-1959.jpg" alt="Ingrid Solberg-Hale" loading="lazy">
<figcaption class="md-assembly-caption">
<span class="md-assembly-title">${brTitle}</span> ${brCaption} <cite class="credit">Courtesy of Cornell University Library</cite></figcaption></figure>
${sec(3, brH2, brWork.slice(0, 2))}
<div class="md-quiz-promo"><span class="quiz-label">Britannica Quiz</span><a href="/quiz/plants-from-cells-to-seeds">Plants: From Cells to Seeds</a></div>
<p class="topic-paragraph">${brWork[2]}</p>
${ad('PL-B')}
${sec(4, brH3, brLater)}
<div class="premium-promo"><h3>Britannica Premium</h3><p>Try Britannica Premium for free and discover more.</p>
<a href="/premium" class="btn">Subscribe</a></div>
<div class="md-contributors">This article was most recently revised and updated by <a href="/editor/Lena-Marwick/6198">Lena Marwick</a>.</div>
</div></article><button class="load-next-page">Load Next Page</button></div></div></div></main>
<div class="modal" id="cite-modal" hidden><h2>Citation Information</h2><ul><li>Article Title: ${brTitle}</li><li>Website Name: Encyclopaedia Britannica</li>
<li>Publisher: Encyclopaedia Britannica, Inc.</li><li>Date Published: 03 November 2025</li>
<li>URL: https://www.britannica.com/biography/Ingrid-Solberg-Hale</li><li>Access Date: December 8, 2025</li></ul></div>
<div class="modal" id="feedback-modal" hidden><h2>Thank you for your feedback</h2><p>${brFeedback[0]}</p><p>${brFeedback[1]}</p></div>
<footer class="md-footer"><a href="/" class="md-footer__logo">Britannica</a>
<ul>${brFoot.map((t) => `<li>${t.startsWith('©') ? t : `<a href="/about">${t.replace(/&/g, '&amp;')}</a>`}</li>`).join('')}</ul></footer>
</body></html>`;
const britannica: TestPage = {
  html: brHtml,
  name: 'heldout53-britannica',
  kind: 'wiki',
  // body: the short description under the title (the article's dek), the lead paragraph and the sections' paragraphs (one of them
  // set apart from its section by the quiz promo); headings are the three h2s. Bylines: the writer, the fact-checking editors, the
  // last-updated date, the reviser of "most recently revised and updated by" and the citation modal's publication date (their
  // "Written by" / "Fact-checked by" labels in neither, like "By"). Furniture: consent banner, header, subject menu, the table of
  // contents (its section entries repeat the headings: left out), the action buttons, "Also known as", the hover bios, "Article
  // History", the Quick Facts box and "Related Topics" (a data box, as an infobox is; its "Born:"/"Died:" labels and values, which
  // repeat the lead's words, are left out, as are its "alpine plant" and "herbarium"), "Top Questions" with its answers (an
  // editorial Q&A summary beside the article, not the article), caption and credit, the quiz promo, ad labels, the Premium promo,
  // "Load Next Page", the citation and feedback modals and the footer
  title: brTitle,
  headings: [brH1, brH2, brH3],
  body: [brDesc, ...texts(brLead), ...texts(brEarly), ...texts(brWork), ...texts(brLater)],
  bylines: ['Tomas Rehnberg', 'The Editors of Encyclopaedia Britannica', 'Nov. 3, 2025', 'Lena Marwick', 'Date Published: 03 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    brConsent, 'Manage Settings', 'Accept All', 'Search', 'Login', 'Subscribe', 'Ask the Chatbot', ...brNav, 'Table of Contents', 'Introduction',
    'References & Edit History', 'Quick Facts & Related Topics', 'Images', 'Quizzes', 'Cite', 'Share', 'Feedback', 'External Websites', 'Print',
    'Also known as:', 'Ingrid Marie Solberg', brAuthorBio, brEdBio, 'Article History', 'Britannica Quick Facts', 'Subjects Of Study:',
    'alpine plant • cold hardiness • herbarium', 'Related Topics:', 'botany', 'plant physiology', 'See all related content', 'Top Questions',
    ...brTopQ.flat(), brCaption, 'Courtesy of Cornell University Library', 'Britannica Quiz', 'Plants: From Cells to Seeds', 'Advertisement',
    'Britannica Premium', 'Try Britannica Premium for free and discover more.', 'This article was most recently revised and updated by',
    'Load Next Page', 'Citation Information', 'Article Title: Ingrid Solberg-Hale', 'Website Name: Encyclopaedia Britannica',
    'Publisher: Encyclopaedia Britannica, Inc.', 'URL: https://www.britannica.com/biography/Ingrid-Solberg-Hale', 'Access Date: December 8, 2025',
    'Thank you for your feedback', ...brFeedback, 'Britannica', ...brFoot,
  ],
};

export const HELDOUT53_F: readonly TestPage[] = [britannica, wikihowArticle];
