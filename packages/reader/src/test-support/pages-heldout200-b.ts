import { links, ps, type TestPage, texts } from './page-kit.js';
import { cliffsGuide } from './pages-heldout200-b2.js';

/**
 * Held-out batch 200, file b: a SparkNotes literature guide section (chapter summary and analysis) with the site header and
 * PLUS prompts, the book title and author header, the guide's table-of-contents nav, "Read more about" links between the
 * analysis paragraphs, ad slots, previous/next section links, the quick-quiz promo, "Take a Study Break" rail, "How to
 * Cite" box, the OneTrust banner and the footer, and, from file b2, a CliffsNotes study guide page.
 */
const spTitle = 'Chapters 4–6 Summary & Analysis';
const spH1 = 'Summary: Chapter 4';
const spP1 = [
  'Three weeks after the storm, Wren Calloway climbs the lighthouse stairs alone for the first time. Her father, Anselm, is still ' +
    'confined to bed with the fever he caught while rowing out to the stranded trawler, and the harbour board has given Wren until ' +
    'the end of the month to prove she can keep the light. She trims the wick, polishes the great lens, and records each night ' +
    'in the logbook in her father’s cramped abbreviations.',
  'On the fourth night, Wren notices that a page has been cut from the logbook. The missing entry is dated the night of the ' +
    'wreck. When she asks her father about it, he turns his face to the wall and tells her that some nights are better left unwritten.',
];
const spH2 = 'Summary: Chapter 5';
const spP2 = [
  'Tobias Fenn, the harbourmaster’s clerk, arrives with a letter announcing that an inspector from the mainland will visit before ' +
    'winter. Tobias is friendly and curious, and he lingers to ask Wren about the night of the storm. Wren senses that he knows ' +
    'more than he admits. Before leaving, he mentions that the trawler’s captain has told the board the light was dark when his ship ran aground.',
];
const spH3 = 'Summary: Chapter 6';
const spP3 = [
  'Wren searches the keeper’s cottage and finds the missing page folded inside her late mother’s prayer book. In her father’s ' +
    'handwriting it records that the lamp went out for forty minutes because the oil delivery had been watered down. The chapter ' +
    'ends with Wren burning the page in the stove, then, moments later, pulling the charred corner from the flames.',
];
const spH4 = 'Analysis: Chapters 4–6';
const spP4 = [
  'These chapters move Wren from apprentice to keeper, and Marne marks the change through the logbook. At first Wren copies her ' +
    'father’s shorthand exactly, as though the light belongs to him even when she tends it. Once she discovers the cut page, the ' +
    'logbook stops being a routine and becomes evidence, and Wren has to decide whose version of events it will hold.',
  'The lighthouse itself works as a symbol of truth that can be seen from far away. A keeper’s one duty is to be visible, yet ' +
    'Anselm has hidden the one night that matters. Marne suggests that keeping a light and keeping a secret cannot be done at the same time.',
  'Tobias is deliberately hard to read. His questions could come from kindness or from the harbour board, and Marne withholds ' +
    'enough that the reader shares Wren’s uncertainty. His remark about the captain’s account reframes the earlier chapters: ' +
    'Anselm’s fever may be a kind of guilt as much as an illness.',
  'Wren’s choice at the stove is the novel’s first real turning point. Burning the page would protect her father, but rescuing ' +
    'the corner shows that she cannot quite destroy the truth. The half-burnt fragment becomes an image of Wren herself, caught ' +
    'between loyalty and honesty.',
];
const spReadMore = ['Read more about the theme of truth and concealment.', 'Read more about Wren Calloway’s character.'];
const spNav = ['Literature', 'Other Subjects', 'Blog', 'Teachers', 'Log In', 'Sign Up'];
const spToc = [
  'Full Book Summary',
  'Chapters 1–3',
  'Chapters 4–6',
  'Chapters 7–9',
  'Chapters 10–12',
  'Characters',
  'Main Ideas',
  'Quotes',
  'Quick Quizzes',
  'Essays',
  'Further Study',
];
const spBreak = [
  'Every Literary Heroine Ranked by How Much She’d Hate Group Projects',
  'The 10 Most Dramatic Lighthouses in Fiction',
  'Which Classic Novel Should You Read Based on Your Comfort Food?',
];
const spCite = 'SparkNotes Editors. “SparkNotes: The Lanternkeeper’s Daughter.” SparkNotes.com, SparkNotes LLC, 2024.';
const spFoot = [
  'About',
  'How to Cite SparkNotes',
  'Contact Us',
  'Help',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
  'Sitemap',
  'Teachers',
  'Sign up for PLUS',
];
const spCookie = 'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.';
const spAd = (id: string): string => `<div class="ad-container ad-container--${id}" data-ad-unit="sparknotes_${id}">
<p class="ad-label">Advertisement</p><div id="div-gpt-ad-${id}" class="ad-slot"></div></div>`;
const spHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The Lanternkeeper’s Daughter: Chapters 4–6 Summary &amp; Analysis | SparkNotes</title>
<meta name="description" content="A summary of Chapters 4–6 in Hollis Marne's The Lanternkeeper's Daughter. Learn exactly what happened in this chapter.">
<meta property="og:site_name" content="SparkNotes"><meta property="og:title" content="The Lanternkeeper’s Daughter: Chapters 4–6">
<link rel="canonical" href="https://www.sparknotes.com/lit/lanternkeepers-daughter/section2/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Literature","item":"https://www.sparknotes.com/lit/"},{"@type":"ListItem","position":2,"name":"The Lanternkeeper’s Daughter"}]}</script>
<script>var dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"lit_section","isPlus":false});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="lit-section"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="site-header__plus-banner"><p>Ace your exams with SparkNotes PLUS. Start your free trial today.</p>
<a href="/plus" class="plus-cta">Start Free Trial</a></div><div class="site-header__inner"><a class="site-header__logo" href="/">SparkNotes</a>
<nav class="site-header__nav" aria-label="Main navigation"><ul>${links(spNav, 'site-header__nav-item')}</ul></nav>
<form class="site-header__search" role="search"><input type="search" aria-label="Search" placeholder="Search all of SparkNotes"></form></div></header>
${spAd('leaderboard')}
<main id="main" class="interior-main"><div class="TitleHeader"><div class="TitleHeader_title"><a href="/lit/lanternkeepers-daughter/">The Lanternkeeper’s
Daughter</a></div><div class="TitleHeader_authorName"><a href="/author/hollis-marne/">Hollis Marne</a></div></div>
<nav class="TitleNav" aria-label="Study guide"><ul>${links(spToc, 'TitleNav__item')}</ul></nav>
<div class="interior-header"><h1 class="interior-header__title"><span class="interior-header__title__text">Chapters 4–6 Summary &amp; Analysis</span></h1>
<div class="interior-header__pagination"><a href="/lit/lanternkeepers-daughter/section1/" class="interior-header__prev">Previous section</a>
<a href="/lit/lanternkeepers-daughter/section3/" class="interior-header__next">Next section</a></div></div>
<div class="mainTextContent main-container">
<h3>${spH1}</h3>
${ps(spP1)}
<h3>${spH2}</h3>
${ps(spP2)}
${spAd('incontent_1')}
<h3>${spH3}</h3>
${ps(spP3)}
<h3>${spH4}</h3>
${ps(spP4.slice(0, 2))}
<div class="read-more-link"><a href="/lit/lanternkeepers-daughter/themes/">${spReadMore[0]}</a></div>
${ps(spP4.slice(2))}
<div class="read-more-link"><a href="/lit/lanternkeepers-daughter/character/wren-calloway/">${spReadMore[1]}</a></div>
</div>
<div class="interior-sticky-nav"><a href="/lit/lanternkeepers-daughter/section1/" class="interior-sticky-nav__prev">
<span class="interior-sticky-nav__label">Previous section</span> <span class="interior-sticky-nav__title">Chapters 1–3 Summary &amp; Analysis</span></a>
<a href="/lit/lanternkeepers-daughter/section3/" class="interior-sticky-nav__next"><span class="interior-sticky-nav__label">Next section</span>
<span class="interior-sticky-nav__title">Chapters 7–9 Summary &amp; Analysis</span></a></div>
<section class="quick-quiz-promo"><h2>Test Your Understanding with the Chapters 4–6 Quick Quiz</h2>
<a class="button" href="/lit/lanternkeepers-daughter/section2/quiz/">Take the Quick Quiz</a></section>
<section class="study-break"><h2>Take a Study Break</h2><ul>${links(spBreak, 'study-break__item')}</ul></section>
<section class="how-to-cite"><h2>How to Cite This SparkNote</h2><p class="how-to-cite__mla">${spCite}</p>
<a href="/how-to-cite-sparknotes/">See more citation formats</a></section>
${spAd('incontent_2')}</main>
<footer class="site-footer"><a href="/" class="site-footer__logo">SparkNotes</a><ul>${links(spFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© 2026 SparkNotes LLC</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${spCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="https://www.sparknotes.example/assets/js/main.min.js?v=7.1.3" defer></script></body></html>`;
const sparknotes: TestPage = {
  html: spHtml,
  name: 'heldout200-sparknotes-chapter-summary-docs',
  kind: 'docs',
  // the book's title and author in the header, the guide nav, the "Read more about" links between the analysis
  // paragraphs, previous/next links, quiz promo, study-break rail, citation box, ads, footer and banner are furniture
  title: spTitle,
  headings: [spH1, spH2, spH3, spH4],
  body: [...texts(spP1), ...texts(spP2), ...texts(spP3), ...texts(spP4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ace your exams with SparkNotes PLUS. Start your free trial today.', 'Start Free Trial', ...spNav, 'Advertisement',
    'The Lanternkeeper’s Daughter', 'Hollis Marne', ...spToc.filter((t) => t !== 'Chapters 4–6'), 'Previous section', 'Next section',
    ...spReadMore, 'Chapters 1–3 Summary & Analysis', 'Chapters 7–9 Summary & Analysis', 'Test Your Understanding with the Chapters 4–6 Quick Quiz',
    'Take the Quick Quiz', 'Take a Study Break', ...spBreak, 'How to Cite This SparkNote', spCite, 'See more citation formats',
    ...spFoot.filter((t) => t !== 'Teachers'), '© 2026 SparkNotes LLC', spCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT200_B: readonly TestPage[] = [sparknotes, cliffsGuide];
