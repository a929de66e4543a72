import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 108, file d2: a Britannica topic article about an invented canal (the header with search, "Subscribe" and
 * "Login", the category nav, breadcrumbs, the topic identifier under the h1, the action bar with "Ask the Chatbot a
 * Question", "Cite", "Share" and "Feedback", "Written by" / "Fact-checked by" / "Last Updated" with "Article History", the
 * "Table of Contents" rail, "Related Topics", the "Top Questions" box, a figure with caption and credit, a "Britannica Quiz"
 * promo inside the article, the Premium subscription strip, and the footer).
 */
const brTitle = 'Varnholm Canal';
const brIdent = 'canal, Sweden';
const brIntro = [
  '<strong>Varnholm Canal</strong>, artificial waterway in south-central Sweden linking Lake Ekby with the Baltic Sea at the port of ' +
    'Sundvik. It is 94 km (58 miles) long and has 31 locks, which raise boats a total of 88 metres (289 feet) between the sea and the ' +
    'lake. Built in the early 19th century to carry iron and timber from the inland mining districts, it is now used mainly by ' +
    'pleasure craft and is one of the country’s most visited industrial monuments.',
];
const brH1 = 'Construction';
const brP1 = [
  'Plans for a canal across the Ekby lowlands were discussed from the 1740s, but work began only in 1811, when a company led by the ' +
    'ironmaster Anders Lidholm obtained a royal charter. The route followed a chain of small lakes and the valley of the Varn River, ' +
    'which reduced the amount of digging but required a long flight of locks at Östra Lind, where the land rises sharply.',
  'Much of the labour was done by soldiers from regional regiments, who were paid a supplement to their army wages. At its peak in ' +
    '1817 some 4,000 men worked on the canal. Engineering problems at the Lind flight and a shortage of money delayed the opening ' +
    'until 1829, eight years later than planned.',
];
const brH2 = 'Commercial history';
const brP2 = [
  'For several decades the canal was the main outlet for the bar iron produced around Lake Ekby. Barges carried iron, timber and tar ' +
    'to Sundvik and returned with salt, grain and manufactured goods. Traffic peaked in the 1860s, when more than 3,500 vessels passed ' +
    'through the locks in a single season.',
  'The opening of the Ekby–Sundvik railway in 1874 took most of the heavy freight, and the canal company struggled to cover its costs. ' +
    'The state took over the waterway in 1921, and commercial traffic had almost ceased by the 1950s.',
];
const brH3 = 'The canal today';
const brP3 = [
  'Restoration of the locks began in the 1970s, and the canal reopened fully to leisure boats in 1983. It is open from May to ' +
    'September, and the original towpath is now a cycle route along most of its length. The lock flight at Östra Lind, where 11 locks ' +
    'climb 38 metres (125 feet) in less than 2 km (1.2 miles), is the canal’s best-known feature and attracts large numbers of visitors ' +
    'each summer.',
  'In 2004 the canal and its associated buildings, including lock keepers’ cottages and the company’s former offices in Sundvik, were ' +
    'designated a national heritage site.',
];
const brNav = [
  'Home',
  'History & Society',
  'Science & Tech',
  'Biographies',
  'Animals & Nature',
  'Geography & Travel',
  'Arts & Culture',
  'ProCon',
  'Money',
  'Games & Quizzes',
  'Videos',
  'On This Day',
  'One Good Fact',
  'Dictionary',
  'New Articles',
];
const brCrumbs = ['Geography & Travel', 'Bodies of Water'];
const brActions = ['Ask the Chatbot a Question', 'More Actions', 'Print', 'Cite', 'Share', 'Feedback', 'External Websites'];
const brToc = ['Table of Contents', 'Introduction', 'References & Edit History', 'Quick Facts & Related Topics', 'Images', 'Quizzes'];
const brRelated = ['Related Topics:', 'canal', 'lock', 'Lake Ekby', 'Sundvik'];
const brTop = [
  'Top Questions',
  'Where is the Varnholm Canal?',
  'The Varnholm Canal runs through south-central Sweden, from Lake Ekby to the Baltic Sea at Sundvik.',
  'When was the Varnholm Canal built?',
  'Construction began in 1811 and the canal opened in 1829.',
];
const brCaption = 'Lock gates on the Lind flight of the Varnholm Canal, Östra Lind, Sweden.';
const brCredit = 'Karl Svedin/Shutterstock.com';
const brQuiz = ['Britannica Quiz', 'Waterways of the World Quiz'];
const brPremium = ['Unlock the full Britannica experience', 'Get unlimited ad-free access to all Britannica’s trusted content.', 'Subscribe Now'];
const brFoot = ['About Us & Legal Notices', 'Contact Us', 'Privacy Notice', 'Terms of Use', 'Your Privacy Choices', 'Britannica Kids', 'Britannica Education'];
const brSec = (id: number, h: string, ps: readonly string[]): string => `<section data-level="1" id="ref${id}"><h2 class="h1">${h}</h2>
${ps.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n')}</section>`;
const brHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Varnholm Canal | History, Locks, &amp; Facts | Britannica</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Varnholm Canal, artificial waterway in south-central Sweden.">
<meta property="og:title" content="Varnholm Canal | History, Locks, &amp; Facts | Britannica"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.britannica.com/topic/Varnholm-Canal"><link rel="stylesheet"
href="https://cdn.britannica.com/mendel-resources/3-239/css/main.css">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Varnholm Canal","author":{"@type":"Person","name":"Margit Ahlstrand"},
"datePublished":"2019-03-04","dateModified":"2025-10-21","publisher":{"@type":"Organization","name":"Encyclopedia Britannica"}}</script>
<script>window.dataLayer=[{"pageType":"TOPIC","articleId":1284476,"templateType":"FULL","subscribed":false}];</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="new-layout"><div id="header" class="header md-header"><div class="header-top"><a href="/" class="logo" aria-label="Britannica">
<img src="https://cdn.britannica.com/mendel/eb-logo/MendelNewThistleLogo.png" alt="Encyclopedia Britannica"></a>
<form class="search-form" action="/search"><input type="search" name="query" placeholder="Search Britannica" aria-label="Search Britannica">
<button type="submit" aria-label="Click here to search">Search</button></form><div class="header-cta"><a class="btn btn-primary" href="/premium">Subscribe</a>
<a class="login" href="/login">Login</a></div></div><nav class="header-nav" aria-label="Topics"><ul>${links(brNav, 'header-nav-item')}</ul></nav></div>
<div class="ad-container ad-banner"><div class="ad-label">Advertisement</div><div id="AdSlot-leaderboard" class="ad-slot"></div></div>
<main><div class="md-article-container template-desktop infinite-pagination"><div class="grid"><div class="toc-column">
<nav class="toc md-toc" aria-label="Table of Contents"><h2 class="toc-title">${brToc[0]}</h2><ul class="toc-list">
${brToc
  .slice(1, 2)
  .map((t) => `<li class="toc-item"><a href="#">${t}</a></li>`)
  .join('')}
${[brH1, brH2, brH3].map((t, i) => `<li class="toc-item"><a href="#ref${i + 2}">${t}</a></li>`).join('\n')}
${brToc
  .slice(2)
  .map((t) => `<li class="toc-item"><a href="#">${t.replace(/&/g, '&amp;')}</a></li>`)
  .join('\n')}</ul></nav></div>
<div class="article-column"><div class="topic-header"><nav class="md-breadcrumbs" aria-label="breadcrumb">
${brCrumbs.map((t) => `<a class="breadcrumb-item" href="/browse/${t.length}">${t.replace('&', '&amp;')}</a>`).join(' ')}</nav>
<h1 class="h1">${brTitle}</h1><div class="topic-identifier">${brIdent}</div><div class="topic-actions">
${brActions.map((t) => `<button class="topic-action" type="button">${t}</button>`).join('\n')}</div>
<div class="editor-title"><div class="written-by">Written by <a href="/contributor/Margit-Ahlstrand/9921">Margit Ahlstrand</a></div>
<div class="fact-checked-by">Fact-checked by <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of Encyclopaedia Britannica</a></div>
<div class="last-updated">Last Updated: <time datetime="2025-10-21">Oct 21, 2025</time> • <a
href="/topic/Varnholm-Canal/additional-info#history">Article History</a></div></div>
<div class="related-topics"><span class="label">${brRelated[0]}</span> ${brRelated
  .slice(1)
  .map((t) => `<a href="/topic/${t}">${t}</a>`)
  .join(' ')}</div></div>
<div class="topic-content"><section data-level="1" id="ref1"><figure class="md-assembly card print-false" data-assembly-id="223018">
<img src="https://cdn.britannica.com/30/223018-050/varnholm-canal-locks.jpg" alt="Varnholm Canal locks"><figcaption class="md-assembly-caption">
<span>${brCaption}</span> <cite class="credit">${brCredit}</cite></figcaption></figure>
${brIntro.map((p) => `<p class="topic-paragraph">${p}</p>`).join('')}
<div class="md-quiz-promo"><span class="quiz-label">${brQuiz[0]}</span><a href="/quiz/waterways-of-the-world">${brQuiz[1]}</a></div></section>
${brSec(2, brH1, brP1)}
<div class="ad-container ad-inline"><div class="ad-label">Advertisement</div><div id="AdSlot-inline1" class="ad-slot"></div></div>
${brSec(3, brH2, brP2)}
${brSec(4, brH3, brP3)}</div>
<div class="premium-strip"><p class="premium-title">${brPremium[0]}</p><p>${brPremium[1]}</p><a class="btn btn-primary" href="/premium">${brPremium[2]}</a>
</div>
</div><aside class="right-rail"><div class="top-questions"><h2>${brTop[0]}</h2><h3>${brTop[1]}</h3><p>${brTop[2]}</p><h3>${brTop[3]}</h3><p>${brTop[4]}</p>
</div><div class="ad-container ad-rail"><div class="ad-label">Advertisement</div><div id="AdSlot-rail" class="ad-slot"></div></div></aside></div></div></main>
<footer class="md-footer"><div class="footer-inner"><ul class="footer-links">${links(brFoot)}</ul>
<p class="copyright">©2025 Encyclopædia Britannica, Inc.</p></div></footer>
<script src="https://cdn.britannica.com/mendel-resources/3-239/js/main.js" defer></script></body></html>`;
export const britannica: TestPage = {
  html: brHtml,
  name: 'heldout108-britannica-wiki',
  kind: 'wiki',
  // "Written by", "Fact-checked by" and "Last Updated" lines are bylines; the topic identifier, action bar, table of
  // contents (its section entries repeat the headings and are left out), related topics, caption and credit, quiz promo,
  // ads, Top Questions box, Premium strip and footer are furniture
  title: brTitle,
  headings: [brH1, brH2, brH3],
  body: texts([...brIntro, ...brP1, ...brP2, ...brP3]),
  bylines: ['Written by Margit Ahlstrand', 'Fact-checked by The Editors of Encyclopaedia Britannica', 'Last Updated: Oct 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Subscribe', 'Login', ...brNav, 'Advertisement', ...brToc, ...brCrumbs, brIdent, ...brActions, 'Article History',
    ...brRelated, brCaption, brCredit, ...brQuiz, ...brPremium, ...brTop, ...brFoot, '©2025 Encyclopædia Britannica, Inc.',
  ],
};
