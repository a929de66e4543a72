import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 172, file b2: a Honolulu Civil Beat story on its own WordPress theme (the "Sections" menu, the support
 * button, kicker, byline with reading time and date, the lead photo caption and credit, a mid-story newsletter box, the
 * italic "Civil Beat’s coverage ... is supported by" note ending the content, the "Read this next" rail, the
 * "Help Power Local, Nonprofit News" ask, the comment section with its guidelines and two reader comments, and the footer).
 */
const cbTitle = 'Maui Water Board Delays Vote On Upcountry Meter List Again';
const cbDek = 'Families who have waited more than a decade for a water meter will have to wait at least another month.';
const cbP1 = [
  'For the third time since the summer, the Maui Board of Water Supply put off a vote Thursday on how to work through the ' +
    'county’s list of Upcountry residents waiting for water meters, after board members said they needed more data on ' +
    'how much water the Kamole treatment plant can actually deliver.',
  'The list now holds 1,812 applications. Some of the people on it applied in 2011 and have been building homes on their ' +
    'land with catchment tanks and trucked-in water while they wait.',
  '“I have buried my father waiting on this list,” testified Leilani Kahaleua, who applied for a meter for her family’s ' +
    'Kula lot 13 years ago. “Every month you delay is a month we keep paying for water trucks.”',
];
const cbP2 = [
  'Department of Water Supply director Kekoa Amasiu told the board that the department could likely issue about 200 new ' +
    'meters in the next year without risking shortages in a drought. Board members questioned that number, noting that ' +
    'the department had offered a figure of 350 in April.',
  'Amasiu said the lower estimate reflects a new reading of stream flows after two dry winters. “We would rather promise ' +
    'fewer and keep that promise,” he said.',
  'Board chair Darren Nakoa asked staff to come back in December with a month-by-month breakdown of water production at ' +
    'the plant over the last five years.',
];
const cbP3 = [
  'The list has been a sore point in Upcountry Maui for years. A 2019 county audit found that applications were not always ' +
    'processed in the order they were received, and that dozens of people on the list had died or sold their land.',
  'The department says it has since cleaned up the list, removing about 300 applications that were no longer active.',
  'Council member Tamara Pualani, whose district includes Kula and Pukalani, said after the meeting that she would ' +
    'introduce a resolution urging the board to set a firm date. “People need to be able to plan their lives,” she said.',
];
const cbNav = ['Politics', 'Environment', 'Health', 'Housing', 'Education', 'Maui', 'Hawaii Island', 'Opinion', 'Podcasts'];
const cbCaption = 'Residents of Kula testify before the Maui Board of Water Supply on Thursday.';
const cbCredit = 'Kehau Mahoe/Civil Beat/2025';
const cbNews = ['Sign up for our FREE morning newsletter and face each day more informed.', 'Enter your email', 'Sign Up'] as const;
const cbNote = 'Civil Beat’s coverage of Maui County is supported in part by grants from the Kaiāulu Foundation and the Hāna Community Fund.';
const cbNext = [
  'Read this next:',
  'Lahaina Rebuild Permits Are Moving Faster. Homeowners Say The Costs Are Not.',
  'Hawaii Island Council Approves Short-Term Rental Phase-Out',
];
const cbAsk = [
  'Help Power Local, Nonprofit News.',
  'Civil Beat is a nonprofit newsroom. Our reporting is free to read because readers like you chip in.',
  'Donate to Civil Beat',
];
const cbComm = [
  'Join the conversation',
  'Civil Beat is an independent nonprofit newsroom. We welcome comments that are civil and on topic.',
  'Read our community guidelines.',
  'Community Voice',
];
const cbComments = [
  { who: 'KulaGrown', when: '2 hours ago', text: 'Two hundred meters a year means the people at the bottom of the list wait until 2034. Just say so.' },
  { who: 'upcountry_mom', when: '1 hour ago', text: 'Thank you for covering this. Nobody outside Kula seems to know this list exists.' },
];
const cbFoot = ['About Us', 'Our Team', 'Ethics Policy', 'Careers', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const cbHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Maui Water Board Delays Vote On Upcountry Meter List Again - Honolulu Civil Beat</title>
<meta name="description" content="${cbDek}"><meta property="og:type" content="article"><meta property="og:title" content="${cbTitle}">
<meta property="og:site_name" content="Honolulu Civil Beat"><meta property="article:published_time" content="2025-11-14T04:01:00+00:00">
<meta name="parsely-metadata" content="{&quot;byline&quot;:&quot;Noelani Fairbanks&quot;}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cbTitle}",
"author":{"@type":"Person","name":"Noelani Fairbanks"},"datePublished":"2025-11-14T04:01:00+00:00","isAccessibleForFree":true}</script>
<link rel="stylesheet" href="https://www.civilbeat.example/wp-content/themes/civilbeat/dist/css/main.css?ver=4.12.0">
<script defer src="https://www.civilbeat.example/wp-content/themes/civilbeat/dist/js/main.js?ver=4.12.0"></script></head>
<body class="post-template-default single single-post postid-402213 single-format-standard cb-article">
<a class="skip-link sr-only" href="#main-content">Skip to main content</a>
<header class="cb-header" role="banner"><div class="cb-header__inner"><button class="cb-header__menu-toggle" aria-expanded="false"
aria-controls="cb-sections">Sections</button><a class="cb-header__logo" href="/"><img src="/wp-content/themes/civilbeat/img/cb-logo.svg"
alt="Honolulu Civil Beat"></a><a class="cb-button cb-button--support" href="/donate/">Support Civil Beat</a>
<a class="cb-header__search" href="/search/"><span class="sr-only">Search</span></a></div>
<nav id="cb-sections" class="cb-sections" aria-label="Sections"><ul class="cb-sections__list">${links(cbNav, 'cb-sections__item')}</ul></nav></header>
<main id="main-content" class="cb-main"><article class="cb-article post-402213">
<header class="cb-article__header"><div class="cb-article__kicker"><a href="/category/maui/">Maui</a></div>
<h1 class="cb-article__title">${cbTitle}</h1><p class="cb-article__dek">${cbDek}</p>
<div class="cb-article__meta"><div class="cb-article__byline">By <a href="/author/nfairbanks/" rel="author">Noelani Fairbanks</a></div>
<div class="cb-article__reading-time">4 minute read</div>
<time class="cb-article__date" datetime="2025-11-14T06:01:00-10:00">November 14, 2025 · 6:01 am</time></div>
<div class="cb-share"><a class="cb-share__link cb-share__link--fb" href="#" aria-label="Share on Facebook"></a>
<a class="cb-share__link cb-share__link--email" href="#" aria-label="Share via email"></a><button class="cb-share__copy">Copy link</button></div></header>
<figure class="cb-article__lead-image"><img src="https://www.civilbeat.example/wp-content/uploads/2025/11/kula-testify-1200x800.jpg" alt="">
<figcaption class="cb-caption"><span class="cb-caption__text">${cbCaption}</span> <span class="cb-caption__credit">(${cbCredit})</span></figcaption></figure>
<div class="cb-article__body entry-content">
${ps(cbP1)}
<aside class="cb-newsletter-inline"><p class="cb-newsletter-inline__text">${cbNews[0]}</p><form class="cb-newsletter-inline__form">
<input type="email" aria-label="${cbNews[1]}" placeholder="${cbNews[1]}"><button type="submit">${cbNews[2]}</button></form></aside>
${ps(cbP2)}
${ps(cbP3)}
<p><em>${cbNote}</em></p>
</div>
<aside class="cb-read-next"><h2 class="cb-read-next__label">${cbNext[0]}</h2><ul>
${cbNext
  .slice(1)
  .map((t) => `<li><a href="/2025/11/x/">${t}</a></li>`)
  .join('\n')}</ul></aside>
<aside class="cb-ask"><h2 class="cb-ask__title">${cbAsk[0]}</h2><p>${cbAsk[1]}</p><a class="cb-button" href="/donate/">${cbAsk[2]}</a></aside>
<div class="cb-author-card"><a href="/author/nfairbanks/">Noelani Fairbanks</a><p>Noelani Fairbanks is Civil Beat’s Maui reporter.</p>
<a href="mailto:nfairbanks@civilbeat.example">Reach Noelani on email</a></div>
</article>
<section id="comments" class="cb-comments"><h2 class="cb-comments__title">${cbComm[0]}</h2><p>${cbComm[1]}
<a href="/community-guidelines/">${cbComm[2]}</a></p><h3 class="cb-comments__sub">${cbComm[3]}</h3><ol class="cb-comments__list">
${cbComments
  .map(
    (c) => `<li class="cb-comment"><div class="cb-comment__meta"><span class="cb-comment__author">${c.who}</span>
<span class="cb-comment__time">${c.when}</span></div><p class="cb-comment__text">${c.text}</p><button class="cb-comment__reply">Reply</button></li>`,
  )
  .join('\n')}</ol><p class="cb-comments__login">Please <a href="/login/">log in</a> to comment.</p></section></main>
<footer class="cb-footer"><p class="cb-footer__mission">Honolulu Civil Beat is an award-winning nonprofit news organization.</p>
<ul class="cb-footer__links">${links(cbFoot)}</ul><p class="cb-footer__copy">© 2025 Honolulu Civil Beat Inc. All rights reserved.</p></footer>
</body></html>`;
export const civilBeat: TestPage = {
  name: 'heldout172-civil-beat-news',
  kind: 'news',
  html: cbHtml,
  // the dek is body; the funder note in italics at the end of the content is furniture; reader comments are furniture
  title: cbTitle,
  headings: [],
  body: texts([cbDek, ...cbP1, ...cbP2, ...cbP3]),
  bylines: ['By Noelani Fairbanks', '4 minute read', 'November 14, 2025 · 6:01 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Sections', 'Support Civil Beat', 'Search', ...cbNav, 'Copy link', cbCaption, `(${cbCredit})`, cbNews[0], cbNews[2], cbNote,
    ...cbNext, ...cbAsk, 'Noelani Fairbanks is Civil Beat’s Maui reporter.', 'Reach Noelani on email', ...cbComm,
    ...cbComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply', 'Please log in to comment.',
    'Honolulu Civil Beat is an award-winning nonprofit news organization.', ...cbFoot, '© 2025 Honolulu Civil Beat Inc. All rights reserved.',
  ])],
};
