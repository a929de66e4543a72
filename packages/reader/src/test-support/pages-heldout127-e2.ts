import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 127, file e2: a Britannica topic page (OneTrust cookie banner, the header with search, "Subscribe", "Login",
 * "Ask the Chatbot" and the section menu, the topic header with its identifier, print / cite / share / feedback tools, "Also
 * known as", "Written and fact-checked by" and "Last Updated" with "Article History", the table-of-contents sidebar, a lead
 * image with caption and credit, an inline "Britannica Quiz" promo between paragraphs, the attribution line at the end, the
 * right rail with the chatbot box, an ad slot and "Related Topics", and the footer).
 */
const title = 'Lake Ormsund';
const identifier = 'lake, Sweden';
const intro = [
  '<strong>Lake Ormsund</strong>, lake in central Sweden, in the province of Dalarna, lying about 160 km (100 miles) northwest of Stockholm. ' +
    'The lake covers an area of 212 square km (82 square miles) and reaches a depth of 96 metres (315 feet) in its northern basin. It is the ' +
    'source of the Orm River, which flows southeast to the Gulf of Bothnia.',
];
const hPhysical = 'Physical features';
const physical = [
  'Ormsund occupies a long, narrow trough scoured by glaciers during the last Ice Age and is divided into two basins by the Sundholm ' +
    'narrows, where the lake is less than 400 metres (1,300 feet) wide. The northern basin is deep and cold, fed by streams from the ' +
    'surrounding uplands; the shallower southern basin is warmer and has a broad, marshy shore.',
  'The lake is usually frozen from December to April. Its level is regulated by a dam at the outlet at Ormby, built in 1923, which ' +
    'raised the water by about 2 metres (6.5 feet) and flooded several low islands.',
];
const hLife = 'Plant and animal life';
const life = [
  'The northern basin supports populations of Arctic char and lake trout, while pike, perch and bream are common in the southern basin. ' +
    'The reed beds at the southern end are an important breeding ground for waterbirds, including the great crested grebe and the ' +
    'black-throated diver, and have been a nature reserve since 1971.',
];
const hHistory = 'History';
const history = [
  'Archaeological finds along the shore show that the area has been settled since at least the Bronze Age. In the Middle Ages the lake ' +
    'was a route for iron from the mines of the uplands, which was carried by boat to Ormby and then by road to the coast.',
  'The village of Sundholm, at the narrows, grew up around a ferry crossing first recorded in 1347. A bridge replaced the ferry in 1958.',
];
const hEconomy = 'Economy and tourism';
const economy = [
  'Forestry and small-scale farming remain the main occupations around the lake, but tourism has grown in importance since the 1960s. ' +
    'Summer visitors come for fishing, canoeing and the lakeside walking trail, which circles the southern basin, and in winter the ' +
    'frozen lake is used for long-distance skating.',
];
const attribution = 'This article was most recently revised and updated by Teodora Vance.';
const cookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and ' +
    'assist in our marketing efforts.',
  'Cookies Settings',
  'Accept All Cookies',
] as const;
const header = ['Search Britannica', 'Subscribe', 'Login', 'Ask the Chatbot', 'Games & Quizzes'] as const;
const menu = [
  'History & Society',
  'Science & Tech',
  'Biographies',
  'Animals & Nature',
  'Geography & Travel',
  'Arts & Culture',
  'ProCon',
  'Money',
  'Videos',
] as const;
const tools = ['Print', 'Cite', 'Share', 'Feedback', 'External Websites'] as const;
const aka = 'Also known as: Ormsundsjön';
const tocExtra = ['Table of Contents', 'Introduction', 'References & Edit History', 'Related Topics', 'Images', 'Quizzes', 'Lakes of the World Quiz'] as const;
const caption = 'Lake Ormsund from the Hallberg ridge, looking north over the Sundholm narrows.';
const credit = '© Jan Ekelund/Dreamstime.com';
const quiz = ['Britannica Quiz', 'Lakes of the World Quiz'] as const;
const rail = [
  'Ask the Chatbot a Question',
  'Ask the Chatbot anything about Lake Ormsund',
  'Advertisement',
  'Related Topics',
  'Orm River',
  'Dalarna',
  'Bothnia, Gulf of',
  'glacial landform',
] as const;
const footer = [
  'About Us & Legal Notices',
  'Contact Us',
  'Privacy Notice',
  'Terms of Use',
  'Partner Program',
  'Britannica Kids',
  'Britannica Premium',
  'Merriam-Webster',
  'Stay Connected',
  '©2025 Encyclopædia Britannica, Inc.',
] as const;
const bylines = ['Written and fact-checked by', 'The Editors of Encyclopaedia Britannica', 'Last Updated: Mar 4, 2025', attribution] as const;
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const href = (t: string): string => `/${t.toLowerCase().replace(/\W+/g, '-')}`;
const para = (a: readonly string[]): string => a.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n');
const section = (n: number, h: string, a: readonly string[]): string => `<section id="ref${n}" data-level="1"><h2 class="h1"><a class="d-block"
href="/place/Lake-Ormsund#ref${n}">${h}</a></h2>
${para(a)}
</section>`;
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Lake Ormsund | Sweden, Map, &amp; Facts | Britannica</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Lake Ormsund, lake in central Sweden, in the
province of Dalarna.">
<meta property="og:type" content="article"><meta property="og:title" content="Lake Ormsund | Sweden, Map, &amp; Facts"><meta property="og:site_name"
content="Encyclopedia Britannica">
<link rel="canonical" href="https://www.britannica.com/place/Lake-Ormsund">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lake Ormsund",
"url":"https://www.britannica.com/place/Lake-Ormsund",
"author":{"@type":"Organization","name":"Encyclopaedia Britannica"},"datePublished":"1999-07-26","dateModified":"2025-03-04",
"publisher":{"@type":"Organization","name":"Encyclopaedia Britannica, Inc."}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"TOPIC","topicId":1048211,"templateName":"DESKTOP","contentType":"place"});</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="9d5b1c43-7d61-4a48-b1b5-2cd6de4b2f4f" async></script>
<link rel="stylesheet" href="https://cdn.britannica.com/mendel-resources/3-120/css/topic-page.css"></head>
<body class="topic-page desktop">
<header id="header" class="header bg-white"><div class="header-top d-flex align-items-center"><a class="header-logo" href="/"><img
src="https://cdn.britannica.com/mendel-resources/3-120/images/shared/logo.svg" alt="Encyclopedia Britannica" width="170" height="35"></a>
<form class="search-form flex-grow-1" action="/search" role="search"><input type="text" name="query" class="form-control search-input"
placeholder="${header[0]}"
aria-label="${header[0]}"><button type="submit" class="btn search-btn" aria-label="Click here to search"><span
class="sr-only">${header[0]}</span></button></form>
<div class="header-user d-flex"><a class="btn btn-blue subscribe-link" href="/premium">${header[1]}</a><a class="btn btn-link login-link"
href="/login">${header[2]}</a></div><button class="btn ai-chatbot-btn" data-launch-chatbot="true">${header[3]}</button></div>
<nav class="header-nav" aria-label="Main"><ul class="d-flex list-unstyled">${[header[4], ...menu]
  .map((t) => `<li class="header-nav-item"><a class="header-nav-link" href="${href(t)}">${esc(t)}</a></li>`)
  .join('')}</ul></nav></header>
<main class="md-page-wrapper"><div class="container"><div class="topic-header pt-20"><h1 class="h1 font-weight-bold">${title}</h1>
<div class="topic-identifier font-serif">${identifier}</div>
<div class="topic-tools d-flex">${tools.map((t) => `<button class="btn btn-sm topic-tool" data-tool="${t.toLowerCase()}">${t}</button>`).join('')}</div>
<div class="aka font-14 mt-10">${aka}</div>
<div class="editor-title font-14"><span>${bylines[0]}</span> <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">${bylines[1]}</a></div>
<div class="last-updated font-14">Last Updated: <time datetime="2025-03-04">Mar 4, 2025</time> • <a href="/place/Lake-Ormsund/additional-info#history">Article
History</a></div></div>
<div class="grid-container d-flex"><aside class="toc-sidebar"><div class="toc-title font-weight-bold">${tocExtra[0]}</div><ul class="toc-list">
<li><a href="#ref1">${tocExtra[1]}</a></li>${[hPhysical, hLife, hHistory, hEconomy].map((h, i) => `<li><a href="#ref${i + 2}">${h}</a></li>`).join('')}
<li><a href="/place/Lake-Ormsund/additional-info">${esc(tocExtra[2])}</a></li></ul><div class="toc-extra"><div class="toc-extra-title">${tocExtra[3]}</div>
<div class="toc-extra-title">${tocExtra[4]}</div><div class="toc-extra-title">${tocExtra[5]}</div><a href="/quiz/lakes-of-the-world">${tocExtra[6]}</a></div>
</aside>
<article class="topic-content article-content font-serif">
<figure class="md-assembly card mb-20" data-assembly-id="312044"><div class="md-assembly-image"><img
src="https://cdn.britannica.com/44/312044-050/Lake-Ormsund.jpg"
alt="Lake Ormsund" width="700" height="467" loading="eager"></div><figcaption class="md-assembly-caption"><div class="md-assembly-title">${caption}</div>
<cite class="credit">${credit}</cite></figcaption></figure>
<section id="ref1" data-level="1">
${para(intro)}
</section>
${section(2, hPhysical, physical)}
<div class="marketing-inline-quiz card my-20" data-marketing-id="quiz-inline"><div class="font-weight-bold text-uppercase font-12">${quiz[0]}</div>
<a class="font-weight-bold" href="/quiz/lakes-of-the-world">${quiz[1]}</a></div>
${section(3, hLife, life)}
${section(4, hHistory, history)}
${section(5, hEconomy, economy)}
<div class="md-attribution font-14 mt-20">The Editors of Encyclopaedia Britannica<span class="md-attribution-aside
d-block">This article was most recently revised
and updated by <a href="/contributor/Teodora-Vance/9021">Teodora Vance</a>.</span></div>
</article>
<aside class="right-rail"><div class="chatbot-card card"><div class="chatbot-card-title font-weight-bold">${rail[0]}</div><div class="chatbot-card-input"
contenteditable="true" data-placeholder="${rail[1]}">${rail[1]}</div></div>
<div id="ad-rail-1" class="ad-slot"><div class="ad-label font-10 text-uppercase">${rail[2]}</div></div>
<div class="related-topics card"><div class="font-weight-bold">${rail[3]}</div><ul>${rail
  .slice(4)
  .map((t) => `<li><a href="/science/${t.replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div></aside></div></div></main>
<footer class="footer bg-black text-white"><div class="container"><ul class="footer-links list-unstyled d-flex">${footer
  .slice(0, 8)
  .map((t) => `<li><a href="${href(t)}">${esc(t)}</a></li>`)
  .join('')}</ul><div class="footer-social"><span>${footer[8]}</span><a href="https://www.facebook.com/britannica" aria-label="Facebook"></a>
<a href="https://www.youtube.com/user/britannicaencyclopedia" aria-label="YouTube"></a></div><div class="copyright font-12">${footer[9]}</div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner" tabindex="0">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<div id="onetrust-policy-text">${cookie[0]}</div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${cookie[1]}</button><button id="onetrust-accept-btn-handler">${cookie[2]}</button>
</div></div></div></div></div></div>
<script src="https://cdn.britannica.com/mendel-resources/3-120/js/topic-page.min.js" defer></script>
</body></html>`;
export const britannica: TestPage = {
  name: 'heldout127-britannica-place',
  kind: 'wiki',
  html,
  // the topic identifier ("lake, Sweden") is in neither list; "Also known as", the tools, the quiz promo, the caption and
  // credit are furniture; the byline block, the "Last Updated" line and the closing revision line are bylines
  title,
  headings: [hPhysical, hLife, hHistory, hEconomy],
  body: texts([...intro, ...physical, ...life, ...history, ...economy]),
  bylines: [...bylines],
  furniture: [...cookie, ...header, ...menu, ...tools, aka, 'Article History', ...tocExtra, caption, credit, ...quiz, ...rail, ...footer],
};
