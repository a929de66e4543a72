import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file a: a SparkNotes-style chapter summary (title header with the book's h1 and its author link,
 * study-guide tab nav, interior header, ad units, inline "Read an in-depth analysis" links, quick-quiz call, previous /
 * next section nav, PLUS upsell, "Take a Study Break" rail, footer, OneTrust banner) and a CliffsNotes-style character
 * analysis (short main text, breadcrumbs, book nav sidebar, previous / next links, related study guides, footer).
 */
const sTitle = "The Lantern Keeper's Daughter";
const sS4 = [
  j(
    'Chapter 4 opens three weeks after the storm. Nell Avery has taken over her father’s rounds at the Carrow Point light while he recovers from',
    'his fall, and she keeps the log in his handwriting so that the harbour board will not learn how badly he is hurt.',
  ),
  j(
    'The supply boat brings Ottoline Marsh, a surveyor sent by the board to decide whether the light should be automated. Ottoline is polite',
    'but watchful, and she notices at once that the entries in the log are too neat for a man with a broken wrist.',
  ),
];
const sS5 = [
  j(
    'In Chapter 5 the two women circle each other. Ottoline measures the tower, counts the oil stores and asks questions about the lens, while',
    'Nell answers in half-truths. At night Nell reads her mother’s old letters, which hint that the light was nearly closed once before.',
  ),
  j(
    'The chapter ends when Jem Harrow, a fisherman who has loved Nell since school, rows out in a squall to warn her that the board has',
    'already chosen a date. Nell realises that Ottoline’s report is a formality and that her lie has protected nothing.',
  ),
];
const sS6 = [
  j(
    'Chapter 6 is the turning point of the first part. A coal ship loses its bearings in fog, and Nell and Ottoline work the fog bell together',
    'through the night. By morning Ottoline has seen what the light means to the coast, and Nell has admitted the truth about the log.',
  ),
  'Ottoline promises nothing, but she tears out the page she has written and begins her report again.',
];
const sAn = [
  j(
    'These chapters move the novel from a private story to a public one. Until now the lighthouse has been Nell’s family burden; with',
    'Ottoline’s arrival it becomes a question of who decides what a place is worth, and Tench keeps that question open rather than answering it.',
  ),
  j(
    'The forged log is the central symbol of this section. Nell writes in her father’s hand to keep his authority alive, but the neatness',
    'that gives her away shows that she cannot imitate his damage, only his voice. The log stands for the way the family’s history has been',
    'kept tidy for outsiders.',
  ),
  j(
    'The fog scene in Chapter 6 reverses the power between the two women. Ottoline arrives with instruments and numbers, yet in the fog only',
    'Nell’s knowledge of the bell’s rhythm is useful. Tench shows that expertise depends on where you stand, a theme that returns in the',
    'inquiry chapters near the end of the novel.',
  ),
  'Jem’s warning also matters. He is the first character to act for Nell without being asked, which prepares the reader for his later choice.',
];
const sAnalysisLinks = ['Read an in-depth analysis of Nell Avery.', 'Read more about the log as a symbol.'];
const sTabs = ['Summary', 'Characters', 'Main Ideas', 'Quotes', 'Quick Quizzes', 'Essays', 'Further Study', 'Buy the Book'];
const sNav = ['Literature', 'Other Subjects', 'Study Tools', 'Blog', 'Teachers'];
const sBreak = [
  'Every Lighthouse Novel Ranked by How Lonely It Is',
  'Which Gothic Heroine Are You Based on Your Study Habits?',
  'Twelve Books to Read on a Rainy Weekend',
];
const sFoot = ['About', 'How to Cite SparkNotes', 'Contact Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The Lantern Keeper's Daughter: Chapters 4–6 | SparkNotes</title>
<meta name="description" content="A summary of Chapters 4–6 in Marisol Tench's The Lantern Keeper's Daughter. Learn exactly what happened in this chapter.">
<meta property="og:title" content="The Lantern Keeper's Daughter: Chapters 4–6"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.sparknotes.com/lit/lantern-keepers-daughter/section2/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The Lantern Keeper's Daughter: Chapters 4–6",
"publisher":{"@type":"Organization","name":"SparkNotes"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"lit-section","title":"lantern-keepers-daughter"});</script>
<link rel="stylesheet" href="/styles/interior.css"></head>
<body class="interior lit-section"><div id="spnt-header" class="header-container"><a class="header-logo" href="/" aria-label="SparkNotes home"></a>
<nav class="header-nav"><ul class="header-nav__list">${links(sNav, 'header-nav__item')}</ul></nav>
<a class="header-plus-link" href="/sparknotes-plus/">SparkNotes PLUS</a><a class="header-login" href="/account/">Log In</a></div>
<div class="adunit adunit--leaderboard" id="div-gpt-ad-top"><span class="adunit__label">Advertisement</span></div>
<div class="TitleHeader"><div class="TitleHeader_titleAndAuthor"><h1 class="TitleHeader_title"><a href="/lit/lantern-keepers-daughter/"
class="TitleHeader_titleLink">${sTitle}</a></h1><a href="/lit/lantern-keepers-daughter/" class="TitleHeader_authorLink">Marisol Tench</a></div>
<nav class="TitleHeader_nav"><ul class="TitleHeader_navList">${links(sTabs, 'TitleHeader_navItem')}</ul></nav></div>
<main class="interior-main"><div class="mainTextContent main-container">
<div class="interior-header"><div class="interior-header__title"><h2 class="interior-header__title__pagetitle">Chapters 4–6</h2></div></div>
<div class="studyGuideText">
<h3>Summary: Chapter 4</h3>
${ps(sS4)}
<h3>Summary: Chapter 5</h3>
${ps(sS5)}
<div class="adunit adunit--inline" id="div-gpt-ad-mid1"><span class="adunit__label">Advertisement</span></div>
<h3>Summary: Chapter 6</h3>
${ps(sS6)}
<h3>Analysis: Chapters 4–6</h3>
${ps(sAn.slice(0, 2))}
<p class="inline-cta"><a href="/lit/lantern-keepers-daughter/character/nell-avery/">${sAnalysisLinks[0] ?? ''}</a></p>
${ps(sAn.slice(2))}
<p class="inline-cta"><a href="/lit/lantern-keepers-daughter/themes/">${sAnalysisLinks[1] ?? ''}</a></p>
</div>
<div class="quick-quiz-cta"><a href="/lit/lantern-keepers-daughter/quiz/section2/">Test your knowledge with the Chapters 4–6 Quick Quiz</a></div>
<div class="interior-sticky-nav"><a class="interior-sticky-nav__prev" href="/lit/lantern-keepers-daughter/section1/">
<span class="interior-sticky-nav__label">Previous section</span> Chapters 1–3</a>
<a class="interior-sticky-nav__next" href="/lit/lantern-keepers-daughter/section3/"><span class="interior-sticky-nav__label">Next section</span>
Chapters 7–9</a></div>
<div class="plus-upsell"><p class="plus-upsell__text">Get ad-free study help, the full book and more with SparkNotes PLUS.</p>
<a class="plus-upsell__button" href="/sparknotes-plus/">Start your free trial</a></div>
</div>
<aside class="interior-rail"><h4 class="rail-title">Take a Study Break</h4><ul class="rail-list">${links(sBreak, 'rail-list__item')}</ul>
<div class="adunit adunit--rail" id="div-gpt-ad-rail"><span class="adunit__label">Advertisement</span></div></aside></main>
<footer class="footer"><ul class="footer__links">${links(sFoot, 'footer__link')}</ul>
<p class="footer__copyright">© 2026 SparkNotes LLC</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to
improve your experience and to show you relevant ads.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="/scripts/interior.js" async></script></body></html>`;
const sparknotes: TestPage = {
  name: 'heldout349-sparknotes-chapter-summary',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Chapters 4–6', 'Summary: Chapter 4', 'Summary: Chapter 5', 'Summary: Chapter 6', 'Analysis: Chapters 4–6'],
  body: texts([...sS4, ...sS5, ...sS6, ...sAn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'SparkNotes PLUS', 'Log In', 'Advertisement', 'Marisol Tench', ...sTabs, ...sAnalysisLinks, 'Test your knowledge with the Chapters 4–6 Quick Quiz',
    'Previous section', 'Chapters 1–3', 'Next section', 'Chapters 7–9', 'Get ad-free study help, the full book and more with SparkNotes PLUS.',
    'Start your free trial', 'Take a Study Break', ...sBreak, ...sFoot, '© 2026 SparkNotes LLC',
    'We use cookies to improve your experience and to show you relevant ads.', 'I Accept', 'Cookie Settings',
  ],
};

const cTitle = 'Character Analysis Ottoline Marsh';
const cBody = [
  j(
    'Ottoline enters the novel as an outsider with a clipboard, and for several chapters Tench lets the reader share Nell’s suspicion of',
    'her. She is exact, unhurried and difficult to flatter, and she treats the lighthouse as a set of numbers before she treats it as a home.',
  ),
  j(
    'Yet Ottoline is never a villain. Her precision is a kind of honesty: she notices the forged log because she respects records, and her',
    'refusal to promise anything after the fog night is a refusal to lie. She is the one adult in the book who does not ask Nell to pretend.',
  ),
  j(
    'Ottoline also changes less than Nell does, and this is deliberate. What changes is what she measures. By the inquiry she counts the',
    'ships the light has saved rather than the oil it burns, and her revised report becomes the evidence that keeps the light staffed.',
  ),
  j(
    'Readers often see Ottoline as a second mother figure, but the novel resists that reading. She leaves Carrow Point at the end without',
    'a farewell scene, and the last we hear of her is a letter about a different lighthouse. Her role is to witness Nell, not to rescue her.',
  ),
];
const cCrumbs = ['Home', 'Literature Notes', "The Lantern Keeper's Daughter", 'Character Analysis'];
const cSide = [
  'Book Summary',
  'About The Lantern Keeper’s Daughter',
  'Character List',
  'Summary and Analysis',
  'Character Analysis',
  'Nell Avery',
  'Ottoline Marsh',
  'Jem Harrow',
  'Critical Essays',
  'Study Help',
  'Full Glossary',
];
const cRel = ['Wuthering Moors Study Guide', 'The Drowned Orchard Study Guide', 'Salt and Ember Study Guide'];
const cFoot = ['About CliffsNotes', 'Advertise with Us', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences'];
const cHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${cTitle} | CliffsNotes</title>
<meta name="description" content="Ottoline enters the novel as an outsider with a clipboard.">
<meta property="og:site_name" content="CliffsNotes">
<link rel="canonical" href="https://www.cliffsnotes.com/literature/l/the-lantern-keepers-daughter/character-analysis/ottoline-marsh">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"},{"@type":"ListItem","position":2,"name":"Literature Notes"}]}</script>
<script>var _cn_page={section:"literature",book:"the-lantern-keepers-daughter",type:"character-analysis"};</script></head>
<body class="lit-note"><header class="cn-header"><a href="/" class="cn-logo">CliffsNotes</a>
<nav class="cn-nav"><ul>${links(['Literature Notes', 'Test Prep', 'Study Guides', 'Homework Help'], 'cn-nav__item')}</ul></nav>
<form class="cn-search" action="/search"><input type="search" placeholder="Search" aria-label="Search"></form>
<a class="cn-signin" href="/login">Sign In</a></header>
<div class="container"><ol class="breadcrumb">${links(cCrumbs, 'breadcrumb-item')}</ol>
<div class="row"><aside class="col-md-3 lit-note-nav"><h4 class="lit-note-nav__book">The Lantern Keeper’s Daughter</h4>
<p class="lit-note-nav__author">By Marisol Tench</p>
<ul class="lit-note-nav__list">${links(cSide, 'lit-note-nav__item')}</ul></aside>
<div class="col-md-9"><article class="litNoteText"><h1 class="title-wrapper">${cTitle}</h1>
${ps(cBody)}
</article>
<div class="nav-prev-next"><a class="prev" href="/literature/l/the-lantern-keepers-daughter/character-analysis/nell-avery"><span>Previous</span> Nell Avery</a>
<a class="next" href="/literature/l/the-lantern-keepers-daughter/character-analysis/jem-harrow"><span>Next</span> Jem Harrow</a></div>
<div class="back-to-top"><a href="#top">Back to Top</a></div>
<section class="related-guides"><h3>Explore Other Study Guides</h3><ul>${links(cRel, 'related-guides__item')}</ul></section>
<div class="ad-slot" data-slot="lit-bottom"><p class="ad-slot__label">Advertisement</p></div></div></div></div>
<footer class="cn-footer"><ul>${links(cFoot)}</ul><p class="cn-footer__copy">© 2026 Course Hero, Inc. All rights reserved.</p>
<ul class="cn-footer__social">${lis(['Facebook', 'Instagram', 'TikTok'])}</ul></footer>
<div class="cookie-banner" id="cookie-banner"><p>This site uses cookies to personalise content and analyse traffic.</p>
<button class="btn-accept">Accept</button></div>
</body></html>`;
const cliffs: TestPage = {
  name: 'heldout349-cliffsnotes-character-analysis',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CliffsNotes', 'Literature Notes', 'Test Prep', 'Study Guides', 'Homework Help', 'Sign In', ...cCrumbs, 'By Marisol Tench', ...cSide, 'Previous',
    'Nell Avery', 'Next', 'Jem Harrow', 'Back to Top', 'Explore Other Study Guides', ...cRel, 'Advertisement', ...cFoot,
    '© 2026 Course Hero, Inc. All rights reserved.', 'Facebook', 'Instagram', 'TikTok', 'This site uses cookies to personalise content and analyse traffic.',
    'Accept',
  ],
};

export const HELDOUT349_A: readonly TestPage[] = [sparknotes, cliffs];
