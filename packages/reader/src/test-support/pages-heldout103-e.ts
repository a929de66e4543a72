import { links, ps, type TestPage, texts } from './page-kit.js';
import { archWiki } from './pages-heldout103-e2.js';

/**
 * Held-out batch 103, file e: a Britannica topic article (the header with "Games & Quizzes", "History & Society" and the
 * other nav, "Subscribe" and "Login", the "Ask the Chatbot" promo, the article toolbar with "Cite", "Share", "Feedback" and
 * "External Websites", the "Written by" and "Fact-checked by" lines, "Last Updated" with "Article History", the "Table of
 * Contents" rail, the "Quick Facts" box, image captions, "Related Topics", the "Britannica Premium" subscription box, the
 * "Citation Information" hint and the footer) and, from file e2, an ArchWiki article.
 */
const brTitle = 'Lake Orsel';
const brLead = [
  '<strong>Lake Orsel</strong>, glacial lake in the northern uplands of the fictional region of Varnia, lying at an elevation ' +
    'of 412 metres (1,352 feet). It is about 31 km (19 miles) long and up to 4 km (2.5 miles) wide, with an area of 97 square ' +
    'km (37 square miles). It is the largest body of fresh water in the region and the source of the Orsa River.',
];
const brH1 = 'Physical features';
const brP1 = [
  'The lake occupies a long, narrow basin carved by ice during the last glacial period. Its northern shore is steep and ' +
    'wooded, while the southern end opens onto a broad plain of moraine deposits, where most of the lake’s settlements lie. ' +
    'The deepest point, 118 metres (387 feet), is near the northern end, off the headland known as Kell Point.',
  'Some 40 streams feed the lake, most of them short and fast-flowing. Its only outlet is the Orsa, which leaves from the ' +
    'southeastern corner at the town of Orsmouth. The lake usually freezes over from late December to early April, although ' +
    'complete freezing has become less common since the late 20th century.',
];
const brH2 = 'Economy';
const brP2 = [
  'Fishing, chiefly for whitefish and perch, was the main economic activity around the lake until the mid-19th century, when ' +
    'timber from the northern forests began to be floated across the lake to sawmills at Orsmouth. The timber trade declined ' +
    'after a railway reached the region in 1911.',
  'Tourism is now the most important activity. A ferry service has linked Orsmouth with the northern villages every summer ' +
    'since 1926, and the lake is a popular destination for sailing, hiking and, in winter, ice fishing.',
];
const brH3 = 'History';
const brP3 = [
  'Archaeological finds show that the southern shore was settled by at least the 6th century. The lake is first mentioned ' +
    'in writing in a charter of 1184, which granted fishing rights to the abbey at Tennel. Disputes between the abbey and the ' +
    'lakeside villages over those rights continued for more than three centuries.',
  'In 1958 the lake and its northern shore were made part of the Orsel Uplands National Park, which restricted building and ' +
    'motorboat use on about two-thirds of the shoreline.',
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
const brTools = ['Cite', 'Share', 'Feedback', 'External Websites'];
const brToc = ['Introduction', brH1, brH2, brH3];
const brFacts = ['Quick Facts', 'Area:', '97 square km', 'Maximum depth:', '118 metres', 'See all related content'];
const brCaption = 'Lake Orsel, seen from Kell Point.';
const brRelated = ['Related Topics:', 'lake', 'glacial landform', 'Orsa River'];
const brPremium = ['Britannica Premium', 'Subscribe to gain access to exclusive content.', 'Subscribe Now'];
const brAsk = ['Ask the Chatbot a Question', 'Ask the Chatbot'];
const brFoot = ['About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Equal Opportunity'];
const brHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lake Orsel | Varnia, Map, &amp; Facts | Britannica</title>
<meta name="description" content="Lake Orsel, glacial lake in the northern uplands of Varnia."><meta name="viewport" content="width=device-width,
initial-scale=1">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.britannica.com/place/Lake-Orsel">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lake Orsel","dateModified":"2025-10-28",
"author":{"@type":"Organization","name":"The Editors of Encyclopaedia Britannica"},
"publisher":{"@type":"Organization","name":"Encyclopedia Britannica, Inc."}}</script>
<script src="https://cdn.britannica.example/mendel-resources/3-171/js/libs/jquery.min.js"></script></head>
<body class="topic-page place-page"><a href="#content" class="sr-only sr-only-focusable">Skip to main content</a>
<header id="header" class="header-container d-print-none"><div class="header-top"><a class="header-logo" href="/"><span class="sr-only">Encyclopedia
Britannica</span></a>
<form class="header-search" action="/search"><input type="search" name="query" placeholder="Search Britannica" aria-label="Search Britannica"></form>
<a class="btn btn-primary header-subscribe" href="/subscribe">Subscribe</a><a class="header-login" href="/login">Login</a></div>
<nav class="header-nav" aria-label="Categories"><ul>${links(brNav, 'header-nav-item')}</ul></nav></header>
<div class="chatbot-promo d-print-none"><p class="chatbot-promo__title">${brAsk[0]}</p><a class="btn" href="/chatbot">${brAsk[1]}</a></div>
<main id="content" class="md-article-container template-desktop"><div class="grid">
<aside class="col-sidebar-left toc-sidebar"><h2 class="h3">Table of Contents</h2><ul class="topic-toc">${links(brToc, 'toc-item')}</ul></aside>
<article class="article-content col-content"><div class="topic-identifier"><div class="article-tools"><ul>${brTools
  .map((t) => `<li><button class="btn-link" data-type="${t.toLowerCase()}">${t}</button></li>`)
  .join('')}</ul></div>
<h1 class="topic-title font-serif">${brTitle}</h1><div class="topic-paragraph-desc">lake, Varnia</div></div>
<div class="editor-title"><span>Written by</span> <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of Encyclopaedia
Britannica</a></div>
<div class="editor-title"><span>Fact-checked by</span> <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of Encyclopaedia
Britannica</a></div>
<div class="last-updated"><span>Last Updated:</span> <time datetime="2025-10-28">Oct 28, 2025</time> • <a
href="/topic/Lake-Orsel/additional-info#history">Article History</a></div>
<section id="ref1"><div class="quick-facts-box"><h2 class="h4">${brFacts[0]}</h2><dl><dt>${brFacts[1]}</dt><dd>${brFacts[2]}</dd><dt>${brFacts[3]}</dt>
<dd>${brFacts[4]}</dd></dl><a href="/place/Lake-Orsel/additional-info">${brFacts[5]}</a></div>
${ps(brLead, ' class="topic-paragraph"')}
<figure class="md-assembly"><img src="https://cdn.britannica.example/orsel.jpg" alt="Lake Orsel"><figcaption
class="md-assembly-caption">${brCaption}</figcaption></figure>
<div class="related-topics"><span>${brRelated[0]}</span> ${brRelated
  .slice(1)
  .map((t) => `<a href="/science/${t.replace(/ /g, '-')}">${t}</a>`)
  .join(' ')}</div>
</section>
<section id="ref2"><h2 class="h1">${brH1}</h2>${ps(brP1, ' class="topic-paragraph"')}</section>
<div class="premium-promo"><p class="premium-promo__title">${brPremium[0]}</p><p>${brPremium[1]}</p><a class="btn" href="/premium">${brPremium[2]}</a></div>
<section id="ref3"><h2 class="h1">${brH2}</h2>${ps(brP2, ' class="topic-paragraph"')}</section>
<section id="ref4"><h2 class="h1">${brH3}</h2>${ps(brP3, ' class="topic-paragraph"')}</section>
<p class="citation-hint">Britannica Editors. &quot;Lake Orsel&quot;. <em>Encyclopedia Britannica</em>, 28 Oct. 2025. Accessed 6 November 2025.</p>
</article></div></main>
<footer class="footer d-print-none"><ul>${links(brFoot)}</ul><p>©2025 Encyclopædia Britannica, Inc.</p></footer></body></html>`;
const britannica: TestPage = {
  html: brHtml,
  name: 'heldout103-britannica-wiki',
  kind: 'wiki',
  // the bold-led opening paragraph is body; the descriptor under the title, the Quick Facts box, "Related Topics" and the
  // citation hint are furniture (but the related topic "lake", a word of the title, is left out);
  // the "Table of Contents" rail repeats the headings (only its "Introduction" entry is listed)
  title: brTitle,
  headings: [brH1, brH2, brH3],
  body: texts([...brLead, ...brP1, ...brP2, ...brP3]),
  bylines: ['Written by The Editors of Encyclopaedia Britannica', 'Fact-checked by The Editors of Encyclopaedia Britannica', 'Last Updated: Oct 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Login', ...brNav, ...brAsk, 'Table of Contents', 'Introduction', ...brTools, 'lake, Varnia', 'Article History',
    ...brFacts, brCaption, ...brRelated.filter((t) => t !== 'lake'), ...brPremium,
    'Britannica Editors. "Lake Orsel". Encyclopedia Britannica, 28 Oct. 2025. Accessed 6 November 2025.',
    ...brFoot, '©2025 Encyclopædia Britannica, Inc.',
  ],
};

export const HELDOUT103_E: readonly TestPage[] = [britannica, archWiki];
