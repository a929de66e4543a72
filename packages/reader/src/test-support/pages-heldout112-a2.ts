import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 112, file a2: a Telegraph (UK) news story (the masthead with "Subscribe now" and "Log in", the section nav,
 * the "Related Topics" chips above the headline, the standfirst, the author byline with "Senior Reporter" and the published
 * time, the gift-article and share tools, the lead image with caption and credit, the article body with an inline "Related
 * Article" card and an mpu ad slot, the "Join the conversation" comments prompt, the "More stories" rail, the consent
 * dialog and the footer).
 */
const title = 'Village fights plan to close last bus route after 94 years';
const standfirst = 'Residents of Ashcombe say the loss of the number 43 would leave hundreds of elderly people unable to reach a doctor';
const p1 = [
  'A Somerset village is fighting to save the bus route that has linked it to the nearest market town since 1931, after the ' +
    'operator said it would withdraw the service in the autumn.',
  'Westmoor Coaches told Ashcombe parish council last month that the number 43, which runs six times a day to Wellbridge, had ' +
    'become "commercially unviable" after the county council cut its subsidy by half.',
  'More than 1,100 people have signed a petition calling for the route to be saved, in a village of fewer than 2,000.',
];
const h1 = '\u2018It is our only way out\u2019';
const p2 = [
  'Margaret Penhallow, 81, who gave up driving three years ago, said the bus was her only way of reaching the surgery, the bank ' +
    'and the supermarket. "People think of it as a bus," she said. "For a lot of us it is the difference between living at home ' +
    'and going into a home."',
  'The parish council estimates that around 340 residents are over 75, and a survey it carried out in the spring found that two ' +
    'in five households had no car.',
  'Dr Samuel Achterberg, a GP at the Wellbridge practice, said staff had already noticed patients from outlying villages missing ' +
    'appointments since timetables were reduced in 2023. "When the bus goes, the next step is a home visit, and we simply do not ' +
    'have the capacity for that," he said.',
];
const h2 = 'Subsidy cut';
const p3 = [
  'Somerset County Council reduced its spending on supported bus routes from \u00a33.2 million to \u00a31.6 million this year as ' +
    'part of savings it said were needed to balance its budget.',
  'A spokesman for the council said it was "working closely with operators and communities to find alternatives", including a ' +
    'dial-a-ride service that could be booked a day in advance.',
  'Campaigners say the dial-a-ride scheme, which has four minibuses for the whole of the west of the county, is no substitute. ' +
    'Tom Hardacre, who chairs the parish council, said: "You cannot book a bus to get to a doctor when you do not know you are ' +
    'ill until the morning."',
  'Westmoor Coaches said it regretted the decision but that passenger numbers on the route had fallen by a third since 2019. The ' +
    'company said it would keep running the service until the end of October and would consider any offer of funding.',
  'The parish council is due to meet the county council\u2019s transport committee next month.',
];
const sections = ['News', 'Sport', 'Business', 'Money', 'Opinion', 'Ukraine', 'Travel', 'Health', 'Lifestyle', 'Culture', 'Puzzles'];
const topics = ['Related Topics', 'Somerset', 'Buses', 'Rural affairs', 'Local government'];
const tools = ['Gift this article free', 'Share', 'Save'];
const caption = 'The number 43 has run from Ashcombe to Wellbridge since 1931';
const credit = 'Credit: Jonathan Mead for The Telegraph';
const related = ['Related Article', 'Rural bus routes cut by a quarter in five years'];
const comments = ['Join the conversation', 'Show comments', 'Comments are open to subscribers only'];
const more = [
  'More stories',
  'Farmers warn of hedge-cutting backlog after wet spring',
  'Lost wedding ring found in field 40 years later',
  'Cathedral bells to ring again after \u00a3400,000 restoration',
];
const consent = [
  'We value your privacy',
  'We and our partners use cookies to store and access personal data on your device.',
  'Accept all',
  'Manage preferences',
];
const footer = [
  'Back to top',
  'Follow us on:',
  'Help Centre',
  'About us',
  'Telegraph Extra',
  'Reader Prizes',
  'Branded Content',
  'Syndication and Commissioning',
  'Guidelines',
  'Privacy',
  'Terms and Conditions',
  'Advertising terms',
  'Fantasy Sport',
  'UK Voucher Codes',
  'Modern Slavery',
  'Tax strategy',
  'Broadband and Mobile Deals',
  '\u00a9 Telegraph Media Group Limited 2025',
];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${standfirst}"><meta property="og:site_name" content="The Telegraph"><meta property="og:type" content="article">
<meta name="DCSext.articleFirstPublished" content="2025-06-02"><meta name="tmgads.channel" content="news">
<link rel="canonical" href="https://www.telegraph.co.uk/news/2025/06/02/ashcombe-village-fights-bus-route-closure/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","description":"${standfirst}",
"datePublished":"2025-06-02T06:00:00+01:00","author":[{"@type":"Person","name":"Harriet Cole"}],"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".articleBodyText"}}</script>
<script src="https://www.telegraph.co.uk/etc.clientlibs/telegraph/clientlibs/main.min.js" async></script></head>
<body class="tpl-article"><a class="skip-link" href="#main-content">Skip to content</a>
<header class="site-header"><div class="site-header__masthead"><a class="site-header__logo" href="/" aria-label="The Telegraph homepage"></a>
<div class="site-header__actions"><a class="e-btn e-btn--subscribe" href="/customer/subscribe/">Subscribe now</a>
<a class="e-btn e-btn--login" href="/customer/secure/login/">Log in</a></div></div>
<nav class="site-header__nav" aria-label="Primary"><ul class="site-header__nav-list">${links(sections, 'site-header__nav-item')}</ul></nav></header>
<main id="main-content" class="tpl-article__main"><article class="tpl-article__wrapper" itemscope itemtype="http://schema.org/NewsArticle">
<div class="tpl-article__header"><div class="article-topics"><span class="article-topics__label">${topics[0]}</span>
<ul>${links(topics.slice(1), 'article-topics__item')}</ul></div>
<h1 class="e-headline u-heading-1" itemprop="headline">${title}</h1><p class="e-standfirst" itemprop="description">${standfirst}</p>
<div class="e-byline"><span class="e-byline__author" itemprop="author"><a href="/authors/h/hc-hc/harriet-cole/">Harriet Cole</a></span>,
<span class="e-byline__role">Senior Reporter</span><time class="e-published-date" datetime="2025-06-02T06:00">2 June 2025 6:00am BST</time></div>
<div class="article-tools">${tools.map((t) => `<button class="article-tools__btn">${t}</button>`).join('')}</div></div>
<figure class="e-figure"><img src="https://www.telegraph.co.uk/content/dam/news/2025/06/bus.jpg" alt="Bus"><figcaption class="e-figure__caption">
<span class="e-figure__caption-text">${caption}</span><span class="e-figure__credit">${credit}</span></figcaption></figure>
<div class="articleBodyText section" data-test="article-body-text"><div class="article-body-text component version-2" data-js="article-body">
${ps(p1)}<div class="tmg-ad tmg-ad--mpu"><span class="tmg-ad__label">Advertisement</span><div id="mpu_1"></div></div>
<h2>${h1}</h2>${ps(p2)}
<div class="related-article-card"><span class="related-article-card__label">${related[0]}</span><a href="/news/rural-bus-routes-cut/">${related[1]}</a></div>
<h2>${h2}</h2>${ps(p3)}</div></div>
<section class="article-comments"><h3>${comments[0]}</h3><button>${comments[1]}</button><p>${comments[2]}</p></section></article>
<aside class="more-stories"><h2>${more[0]}</h2><ul>${links(more.slice(1), 'more-stories__item')}</ul></aside></main>
<footer class="site-footer"><a href="#top">${footer[0]}</a><p>${footer[1]}</p><ul>${links(footer.slice(2, -1))}</ul>
<p class="site-footer__copyright">${footer.at(-1)}</p></footer>
<div id="sp_message_container_1043" class="sp_message_container"><div class="message-component" role="dialog"><h2>${consent[0]}</h2><p>${consent[1]}</p>
<button title="Accept all">${consent[2]}</button><button title="Manage preferences">${consent[3]}</button></div></div></body></html>`;

export const telegraphPage: TestPage = {
  name: 'heldout112-telegraph-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([standfirst, ...p1, ...p2, ...p3]),
  bylines: ['Harriet Cole', 'Senior Reporter', '2 June 2025 6:00am BST'],
  furniture: [
    'Skip to content',
    'Subscribe now',
    'Log in',
    ...sections,
    ...topics,
    ...tools,
    caption,
    credit,
    'Advertisement',
    ...related,
    ...comments,
    ...more,
    ...consent,
    ...footer,
  ],
};
