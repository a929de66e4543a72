import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 97, file f2: a Britannica style encyclopedia article on an invented encyclopedia's site (the header with
 * "Subscribe", "Login" and "Ask the Chatbot", the category nav, the topic identifier under the h1, the "Written by" and
 * "Fact-checked by" lines with their hidden tooltip bios, "Last Updated: ... • Article History", the toolbar with "Cite"
 * and its hidden citation panel, "Share", "Feedback", "External Websites", the left "Table of Contents" rail, the lead
 * image with caption and credit, the "Quiz" promo inside the text, the "Quick Facts" box, the premium subscription prompt,
 * the revision line at the end, "Related Topics", "Article History" panel and the footer).
 */
const brTitle = 'Lake Orsvatn';
const brIdent = 'lake, central Norway';
const brLead = [
  'Lake Orsvatn, lake in the Innlandet region of central Norway, lying in a long glacial valley about 40 miles (65 km) north of ' +
    'the town of Hallmo. The lake is about 22 miles (35 km) long and up to 2.5 miles (4 km) wide, with an area of roughly 32 ' +
    'square miles (83 square km). At its deepest point, near the village of Sandvik, it reaches 1,020 feet (311 metres).',
];
const brH = ['Physical features', 'Economy', 'History'];
const brPhys = [
  'Orsvatn occupies a trough carved by ice during the last glaciation, and steep, forested slopes rise from much of its shore. ' +
    'The lake is fed chiefly by the Lomma River, which enters at its northern end, and by numerous short streams that descend ' +
    'from the surrounding plateau. It drains southward through the Orsa River to the Glomdal system.',
  'The lake is usually frozen from late December until April. Its cold, clear water supports populations of brown trout and ' +
    'Arctic char, and the marshy delta of the Lomma is an important resting place for migrating waterbirds in spring.',
];
const brEcon = [
  'Timber floating on the lake was the region’s main industry from the 17th century until 1968, when the last log drive ended. ' +
    'Today forestry, dairy farming and tourism are the principal activities. A hydroelectric dam built at the lake’s outlet in ' +
    '1954 regulates the water level and supplies power to much of the surrounding district.',
  'The lake is popular with anglers, canoeists and cross-country skiers, and a marked hiking trail of about 50 miles (80 km) ' +
    'circles the shore. Holiday cabins now outnumber permanent homes in several of the lakeside villages.',
];
const brHist = [
  'Finds of stone tools along the eastern shore show that the area was settled by hunters soon after the ice retreated. In the ' +
    'Middle Ages the lake lay on a pilgrim route to Trondheim, and a small stone church at Sandvik, dating from about 1250, ' +
    'survives. A steamship service linked the lakeside farms from 1879 until a road was completed along the western shore in 1931.',
  'The restored paddle steamer Orsa, launched in 1881, still makes summer sailings and is one of the oldest working steamships ' + 'in Scandinavia.',
];
const brNav = [
  'Games & Quizzes',
  'History & Society',
  'Science & Tech',
  'Biographies',
  'Animals & Nature',
  'Geography & Travel',
  'Arts & Culture',
  'Money',
  'Videos',
];
const brAuthorBio = 'Professor of Physical Geography, University of Tromsdal. Author of Lakes of the Northern Valleys.';
const brEditorsBio =
  'Meridian Encyclopedia’s editors oversee subject areas in which they have extensive knowledge, whether from years of ' +
  'experience gained by working on that content or via study for an advanced degree.';
const brTools = ['Ask the Chatbot a Question', 'Cite', 'Share', 'Feedback', 'External Websites'];
const brCite = [
  'While every effort has been made to follow citation style rules, there may be some discrepancies. Please refer to the ' +
    'appropriate style manual or other sources if you have any questions.',
  'Select Citation Style',
  'MLA',
  'APA',
  'Chicago Manual of Style',
  'Copy Citation',
];
const brToc = ['Introduction', 'References & Edit History', 'Quick Facts & Related Topics'];
const brCaption = 'Lake Orsvatn, seen from the slopes above Sandvik.';
const brCredit = '© Eirik Lunde/Fjordphoto';
const brQuiz = ['Meridian Quiz', 'Lakes and Rivers of the World Quiz'];
const brFacts = [
  'Quick Facts',
  'Area:',
  '32 square miles (83 square km)',
  'Maximum depth:',
  '1,020 feet (311 metres)',
  'Outflow:',
  'Orsa River',
  'See all related content',
];
const brPremium = ['Meridian Premium', 'Get unlimited ad-free access to all of Meridian’s trusted content.', 'Subscribe Now'];
const brRevised = 'This article was most recently revised and updated by Kari Solheim.';
const brRelated = ['Related Topics:', 'glacial lake', 'Norway', 'Arctic char'];
const brHistory = ['Article History', 'Type', 'Description', 'Contributor', 'Date', 'Updated lead image and population figures.'];
const brFoot = ['About Us & Legal Notices', 'Contact Us', 'Privacy Notice', 'Terms of Use', 'Partner Program', 'Modern Slavery Statement'];
const brCopy = '©2025 Meridian Encyclopedia, Inc.';
const brPs = (a: readonly string[]): string => a.map((t) => `<p class="topic-paragraph">${t}</p>`).join('\n');
const brSec = (
  i: number,
  inner: string,
): string => `<section data-level="1" id="ref${30000 + i}"><h2 class="h2"><a class="fw-bold" href="#ref${30000 + i}">${brH[i]}
</a></h2>${inner}</section>`;
const brHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lake Orsvatn | Norway, Map, &amp; Facts | Meridian</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Lake Orsvatn, lake in the Innlandet region of central
Norway."><meta property="og:title" content="Lake Orsvatn | Norway, Map, &amp; Facts"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.meridian.example/place/Lake-Orsvatn"><link rel="stylesheet" href="https://cdn.meridian.example/mendel/css/topic.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lake Orsvatn","dateModified":"2025-10-02",
"author":[{"@type":"Person","name":"Per Aalvik"}],"publisher":{"@type":"Organization","name":"Meridian Encyclopedia"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"TOPIC","topicId":419377,"subscriber":false});</script></head>
<body class="new-topic"><div id="__next"><header class="md-header" role="banner"><a class="skip-link" href="#content">Skip to main content</a>
<div class="md-header-top"><a href="/" class="logo" aria-label="Meridian Encyclopedia"><svg aria-hidden="true"></svg></a>
<form class="md-search" action="/search"><input type="search" name="query" placeholder="Search Meridian" aria-label="Search Meridian">
<button type="submit">Search</button></form><a class="md-chatbot-btn" href="/chatbot">Ask the Chatbot</a><a class="md-subscribe" href="/subscribe">Subscribe</a>
<a class="md-login" href="/login">Login</a></div><nav class="md-header-nav" aria-label="Categories"><ul>${links(brNav, 'md-nav-item')}</ul></nav></header>
<main id="content" class="md-page"><div class="grid"><aside class="toc-rail col-3"><div class="toc-title">Table of Contents</div><ul class="toc-list">
<li><a href="#">${brToc[0]}</a></li>${brH.map((h, i) => `<li><a href="#ref${30000 + i}">${h}</a></li>`).join('\n')}
<li><a href="#">${brToc[1]}</a></li><li><a href="#">${brToc[2]}</a></li></ul></aside>
<article class="article-content col-9" data-topic-id="419377"><div class="topic-header"><h1 class="topic-title">${brTitle}</h1>
<div class="topic-identifier">${brIdent}</div><div class="topic-byline"><div class="contributors"><span class="label">Written by</span>
<a class="contributor" href="/contributor/Per-Aalvik/9874">Per Aalvik</a><div class="contributor-tooltip" hidden>${brAuthorBio}</div></div>
<div class="fact-check"><span class="label">Fact-checked by</span> <a href="/editor/The-Editors">The Editors of Meridian Encyclopedia</a>
<div class="contributor-tooltip" hidden>${brEditorsBio}</div></div><div class="last-updated">Last Updated: <time datetime="2025-10-02">Oct 2, 2025</time> •
<a href="#article-history" class="article-history-link">Article History</a></div></div>
<div class="topic-toolbar">${brTools.map((t) => `<button type="button" class="toolbar-btn">${t}</button>`).join('')}<div class="cite-panel" hidden>
<p>${brCite[0]}</p><label>${brCite[1]}</label><select>${brCite
  .slice(2, 5)
  .map((t) => `<option>${t}</option>`)
  .join('')}</select><button type="button">${brCite[5]}</button></div></div></div>
<figure class="md-lead-image"><img src="https://cdn.meridian.example/full/orsvatn.jpg" alt="Lake Orsvatn" loading="eager"><figcaption>
<span class="caption">${brCaption}
</span><span class="credit">${brCredit}</span></figcaption></figure>
<div class="reading-channel"><section data-level="1" id="ref1">${brPs(brLead)}</section>
${brSec(0, brPs(brPhys.slice(0, 1)))}
<div class="md-quiz-promo"><span class="quiz-label">${brQuiz[0]}</span><a href="/quiz/lakes-rivers">${brQuiz[1]}</a></div>
${brPs(brPhys.slice(1))}
${brSec(1, brPs(brEcon))}
<div class="md-premium-prompt"><p class="premium-title">${brPremium[0]}</p><p>${brPremium[1]}</p><a class="btn" href="/subscribe">${brPremium[2]}</a></div>
${brSec(2, brPs(brHist))}
<p class="revision-line">${brRevised}</p></div>
<div class="related-topics"><strong>${brRelated[0]}</strong> ${brRelated
  .slice(1)
  .map((t) => `<a href="#">${t}</a>`)
  .join(', ')}</div>
<section id="article-history" class="article-history" hidden><h2>${brHistory[0]}</h2><table><thead><tr><th>${brHistory[1]}</th><th>${brHistory[2]}</th>
<th>${brHistory[3]}</th><th>${brHistory[4]}</th></tr></thead><tbody><tr><td>Updates</td><td>${brHistory[5]}</td><td>Kari Solheim</td><td>Oct 2, 2025</td></tr>
<tr><td>Article Created</td><td>Article created.</td><td>Per Aalvik</td><td>Mar 14, 2016</td></tr></tbody></table></section></article>
<aside class="quick-facts col-3"><h2 class="qf-title">${brFacts[0]}</h2><dl><dt>${brFacts[1]}</dt><dd>${brFacts[2]}</dd><dt>${brFacts[3]}</dt>
<dd>${brFacts[4]}</dd><dt>${brFacts[5]}</dt><dd>${brFacts[6]}</dd></dl><a href="#">${brFacts[7]}</a></aside></div></main>
<footer class="md-footer"><ul>${links(brFoot)}</ul><p>${brCopy}</p></footer></div>
<script src="https://cdn.meridian.example/mendel/js/topic.js" defer></script></body></html>`;
export const britannicaArticle: TestPage = {
  html: brHtml,
  name: 'heldout97-britannica-encyclopedia-article',
  kind: 'wiki',
  // the topic identifier under the h1 is in neither list; "Written by", "Fact-checked by" with their names, the "Last
  // Updated" date and the closing revision line are bylines, the hidden bios and "Article History" (link and panel)
  // furniture; the TOC entries that repeat the headings are left out, the others furniture; the caption, credit, quiz
  // promo, premium prompt, related topics, quick facts, toolbar with its citation panel and footer are furniture; the
  // history table's header cells are in neither list
  title: brTitle,
  headings: brH,
  body: [...brLead, ...brPhys, ...brEcon, ...brHist],
  bylines: ['Written by', 'Per Aalvik', 'Fact-checked by', 'The Editors of Meridian Encyclopedia', 'Last Updated: Oct 2, 2025', brRevised],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Ask the Chatbot', 'Subscribe', 'Login', ...brNav, 'Table of Contents', ...brToc, brAuthorBio, brEditorsBio,
    'Article History', ...brTools, ...brCite, brCaption, brCredit, ...brQuiz, ...brFacts, ...brPremium, ...brRelated, brHistory[5] as string,
    'Updates', 'Article Created', 'Article created.', 'Kari Solheim', 'Mar 14, 2016', ...brFoot, brCopy,
  ],
};
