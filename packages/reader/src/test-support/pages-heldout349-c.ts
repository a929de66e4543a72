import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file c: a LitCharts-style theme page (site nav, book header with its author, guide tabs, theme
 * intro, quotes with "Related Characters", "Related Themes", "Page Number and Citation" labels, one open explanation and
 * one locked behind the A+ upsell, theme colour key, cite box, PDF promo, footer) and a Course Hero-style literature study
 * guide "Context" page (breadcrumbs, guide menu, download and cite buttons, headed sections, pull quote, upload promo,
 * "Cite This Study Guide" box, related guides, footer, consent banner).
 */
const lTitle = 'Memory and Inheritance Theme Analysis';
const lBook = 'A Ledger of Small Rains';
const lIntro = [
  j(
    'In Anwar-Delacroix’s novel, memory is never only private. The Dasgupta family keeps a rain ledger on their farm at Kesari, recording',
    'every shower for ninety years, and the ledger is both a family memory and a tool that decides when to plant.',
  ),
  j(
    'Anwar-Delacroix uses the ledger to ask what children inherit from their parents: land, debt, habits, or a way of looking at the sky.',
    'Mira, the youngest daughter, first treats the book as a burden that ties her to a farm she wants to leave. Her grandfather treats it',
    'as proof that the family has always survived.',
  ),
  j(
    'By the end of the novel, after the drought years, Mira begins to keep her own ledger in the city, recording not rain but the small',
    'events of her new life. The novel suggests that what we inherit is less a set of facts than a practice of paying attention.',
  ),
];
const lQ1 = 'Every line in that book is a morning somebody got up before the light and looked up. That is what you are carrying, not numbers.';
const lE1 = [
  j(
    'Grandfather Tarun says this to Mira when she complains about copying the ledger for the bank. He turns the ledger from a record into a',
    'list of acts of care: each entry is a person who woke early. The quote makes memory physical and daily rather than grand, which is the',
    'version of inheritance Mira eventually accepts.',
  ),
];
const lQ2 = 'I wrote the date and then nothing, because nothing had fallen, and the empty line looked like a door left open.';
const lHeads = [`Memory and Inheritance Quotes in ${lBook}`, 'Chapter 3 Quotes', 'Chapter 11 Quotes'];
const lNav = ['Lit Guides', 'Lit Terms', 'Shakespeare Translations', 'Poetry Guides', 'Literary Devices', 'Teacher Editions'];
const lTabs = ['Intro', 'Plot Summary & Analysis', 'Themes', 'Quotes', 'Characters', 'Symbols', 'Theme Viz', 'Teachers and parents'];
const lKey = ['Memory and Inheritance', 'Land and Debt', 'Leaving Home', 'Weather and Faith'];
const lFoot = ['About LitCharts', 'Our Story', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Do Not Sell My Personal Information'];
const lQuote = (q: string, pg: string, body: string): string => `<div class="quote-wrapper"><div class="quote"><blockquote class="quote-text">
<p>${q}</p></blockquote><div class="quote-meta"><div class="related-characters"><span class="label">Related Characters:</span>
<a href="/lit/a-ledger-of-small-rains/characters/mira-dasgupta">Mira Dasgupta</a></div><div class="related-themes"><span class="label">Related Themes:</span>
<span class="theme-icon" title="Memory and Inheritance"></span></div><div class="citation"><span class="label">Page Number and Citation:</span>
<span class="page-number">${pg}</span></div></div>
<div class="explanation"><span class="label">Explanation and Analysis:</span>${body}</div></div></div>`;
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${lBook} Theme of Memory and Inheritance | LitCharts</title>
<meta name="description" content="Memory and Inheritance theme analysis in A Ledger of Small Rains, with quotes and explanations.">
<link rel="canonical" href="https://www.litcharts.com/lit/a-ledger-of-small-rains/themes/memory-and-inheritance">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${lBook} Theme of Memory and Inheritance",
"isPartOf":{"@type":"Book","name":"${lBook}","author":"Ruth Anwar-Delacroix"}}</script>
<script>window.LC={user:null,isAPlus:false,book:"a-ledger-of-small-rains"};</script></head>
<body class="themes-show"><nav class="navbar lc-nav"><a class="navbar-brand" href="/">LitCharts</a><ul class="nav-links">${links(lNav, 'nav-item')}</ul>
<a class="btn-aplus" href="/aplus">Upgrade to A+</a><a class="nav-signin" href="/sign_in">Sign In</a></nav>
<div class="book-header"><a class="book-title" href="/lit/a-ledger-of-small-rains">${lBook}</a><span class="book-author">by Ruth Anwar-Delacroix</span>
<ul class="book-tabs">${links(lTabs, 'book-tab')}</ul></div>
<div class="container theme-page"><div class="main-column"><div class="theme-header"><span class="theme-icon large" aria-hidden="true"></span>
<h1>${lTitle}</h1></div>
<div class="theme-intro">${ps(lIntro)}</div>
<h2 class="quotes-heading">${lHeads[0]}</h2>
<p class="quotes-subhead">Below you will find the important quotes in ${lBook} related to the theme of Memory and Inheritance.</p>
<h3 class="chapter-heading">${lHeads[1]}</h3>
${lQuote(lQ1, 'Chapter 3, p. 41', ps(lE1))}
<h3 class="chapter-heading">${lHeads[2]}</h3>
${lQuote(
  lQ2,
  'Chapter 11, p. 198',
  `<div class="locked"><p class="locked-text">Unlock explanations and citation info for this and every other ${lBook}
quote.</p><a class="btn" href="/aplus">Plans start at $2.49/month</a></div>`,
)}
</div><aside class="sidebar"><div class="theme-key"><h4>Themes and Colors Key</h4><ul>${lis(lKey)}</ul></div>
<div class="cite-box"><h4>Cite This Page</h4><p>Choose citation style:</p><button>MLA</button><button>Chicago</button><button>APA</button></div>
<div class="pdf-promo"><p>Get the entire ${lBook} LitChart as a printable PDF.</p><a class="btn" href="/aplus">Download</a></div></aside></div>
<footer class="lc-footer"><ul>${links(lFoot)}</ul><p>© 2026 LitCharts LLC</p></footer>
<div class="cookie-consent"><p>LitCharts uses cookies to personalize our services.</p><button>Got it</button></div></body></html>`;
const litcharts: TestPage = {
  name: 'heldout349-litcharts-theme',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lHeads,
  body: texts([...lIntro, lQ1, ...lE1, lQ2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LitCharts', ...lNav, 'Upgrade to A+', 'Sign In', lBook, 'by Ruth Anwar-Delacroix', ...lTabs,
    `Below you will find the important quotes in ${lBook} related to the theme of Memory and Inheritance.`, 'Related Characters:', 'Mira Dasgupta',
    'Related Themes:', 'Page Number and Citation:', 'Chapter 3, p. 41', 'Chapter 11, p. 198', 'Explanation and Analysis:',
    `Unlock explanations and citation info for this and every other ${lBook} quote.`, 'Plans start at $2.49/month', 'Themes and Colors Key', ...lKey,
    'Cite This Page', 'Choose citation style:', 'MLA', 'Chicago', 'APA', `Get the entire ${lBook} LitChart as a printable PDF.`, 'Download', ...lFoot,
    '© 2026 LitCharts LLC', 'LitCharts uses cookies to personalize our services.', 'Got it',
  ],
};

const hTitle = 'A Ledger of Small Rains | Context';
const hFarm = [
  j(
    'The novel is set in the fictional district of Kesari, a dry upland region where farms depend on a short and uncertain monsoon. Most',
    'families in the novel grow millet and pulses, crops that tolerate poor rain, and sell a small surplus to traders who also lend them money.',
  ),
  j(
    'Rain records like the Dasgupta ledger were once common among landholding families in such regions. They were used to choose sowing',
    'dates and, later, as evidence when families applied for drought relief. In the novel the ledger becomes the bank’s evidence too.',
  ),
];
const hAuthor = [
  j(
    'Ruth Anwar-Delacroix was born in 1971 to a farming family and moved to the coast to study engineering. She has said in interviews',
    'that she began the novel after finding her own grandmother’s weather notebook, which recorded rainfall alongside births and debts.',
  ),
];
const hPull = 'I wanted to write about people who read the sky the way other people read the news.';
const hAuthor2 = [
  j(
    'The structure of the novel, in which each part opens with a ledger entry, imitates that notebook. Readers who know the author’s',
    'background often read Mira as a partial self-portrait, although Anwar-Delacroix has resisted this.',
  ),
];
const hRecep = [j('The novel was published in 2014 and was shortlisted for the Calloway Prize the following year. Early reviews praised three things:')];
const hRecepList = [
  'its patient, almost documentary description of farm work,',
  'the way the ledger entries break up the narrative and slow it down,',
  'the refusal to end with a simple return to the land.',
];
const hRecep2 = [
  j(
    'Some critics found the final part too quiet, since the drought ends without a dramatic rescue. Later readers have argued that this',
    'quiet ending is the point: survival in the novel is made of small, repeated acts rather than a single turning point.',
  ),
];
const hHeads = ['Monsoon Farming in Kesari', 'The Author’s Family Notebook', 'Publication and Reception'];
const hCrumbs = ['Study Guides', 'Literature', lBook];
const hMenu = ['Book Summary', 'Chapter Summaries', 'Characters', 'Themes', 'Symbols', 'Quotes', 'Context', 'Infographic', 'Discussion Questions'];
const hRel = ['The Drowned Orchard Study Guide', 'Salt and Ember Study Guide', 'Winter Wheat Study Guide'];
const hFoot = ['About Us', 'Careers', 'Academic Integrity', 'Honor Code', 'Copyright Policy', 'Privacy Policy', 'Terms of Use', 'Help Center'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${lBook} Context | Course Hero</title>
<meta name="description" content="Get the context of A Ledger of Small Rains from Course Hero.">
<link rel="canonical" href="https://www.coursehero.com/lit/A-Ledger-of-Small-Rains/context/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hTitle}","publisher":{"@type":"Organization",
"name":"Course Hero"}}</script>
<script>window.__CH__={"env":"prod","pageType":"LitGuideContext"};</script></head>
<body class="ch-lit"><header class="ch-header"><a class="ch-logo" href="/">Course Hero</a>
<nav class="ch-header__nav">${links(['Study Resources', 'Textbook Solutions', 'Literature Guides', 'Tutors'], 'ch-nav__item')}</nav>
<a class="ch-header__login" href="/login">Log in</a><a class="ch-header__join" href="/register">Join</a></header>
<div class="lit-guide"><nav class="breadcrumbs" aria-label="breadcrumb"><ol>${links(hCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="lit-guide__layout"><aside class="lit-guide__menu"><ul>${links(hMenu, 'lit-guide__menu-item')}</ul></aside>
<main class="lit-guide__content"><h1 class="lit-guide__title">${hTitle}</h1>
<div class="lit-guide__actions"><a class="btn" href="/lit/A-Ledger-of-Small-Rains/download/">Download this Study Guide</a>
<button class="btn btn--secondary">Cite This Study Guide</button></div>
<div class="lit-guide__body"><h2>${hHeads[0]}</h2>
${ps(hFarm)}
<h2>${hHeads[1]}</h2>
${ps(hAuthor)}
<blockquote class="pullquote"><p>${hPull}</p><cite>— Ruth Anwar-Delacroix, 2015 interview</cite></blockquote>
${ps(hAuthor2)}
<div class="upload-promo"><p>Have study documents to share about ${lBook}? Upload them to earn free Course Hero access!</p></div>
<h2>${hHeads[2]}</h2>
${ps(hRecep)}
<ul>${lis(hRecepList)}</ul>
${ps(hRecep2)}
</div>
<div class="lit-guide__pager"><a href="/lit/A-Ledger-of-Small-Rains/quotes/">Quotes</a><a href="/lit/A-Ledger-of-Small-Rains/infographic/">Infographic</a></div>
<section class="cite-guide"><h3>Cite This Study Guide</h3><p class="cite-guide__text">Course Hero. "A Ledger of Small Rains Study Guide." Course Hero. 12 Jan.
2026. Web.</p></section>
<section class="related"><h3>Related Study Guides</h3><ul>${links(hRel)}</ul></section></main></div></div>
<footer class="ch-footer"><ul>${links(hFoot, 'ch-footer__link')}</ul><p>Copyright © 2026. Course Hero, Inc.</p></footer>
<div id="truste-consent-track" class="consent-banner"><p>We use cookies and similar technologies to run this website and improve your experience.</p>
<button id="truste-consent-button">Accept Cookies</button><button id="truste-show-consent">Cookie Preferences</button></div></body></html>`;
const courseHero: TestPage = {
  name: 'heldout349-coursehero-study-guide',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hFarm, ...hAuthor, hPull, ...hAuthor2, ...hRecep, ...hRecepList, ...hRecep2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Course Hero', 'Study Resources', 'Textbook Solutions', 'Literature Guides', 'Tutors', 'Log in', 'Join', ...hCrumbs, ...hMenu,
    'Download this Study Guide', 'Cite This Study Guide', '— Ruth Anwar-Delacroix, 2015 interview',
    `Have study documents to share about ${lBook}? Upload them to earn free Course Hero access!`,
    'Course Hero. "A Ledger of Small Rains Study Guide." Course Hero. 12 Jan. 2026. Web.', 'Related Study Guides', ...hRel, ...hFoot,
    'Copyright © 2026. Course Hero, Inc.', 'We use cookies and similar technologies to run this website and improve your experience.', 'Accept Cookies',
    'Cookie Preferences',
  ],
};

export const HELDOUT349_C: readonly TestPage[] = [litcharts, courseHero];
