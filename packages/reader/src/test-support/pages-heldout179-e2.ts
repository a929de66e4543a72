import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 179, file e2: a Gates Foundation "Ideas" article on gatesfoundation.org (the OneTrust cookie banner,
 * the header nav, the "Ideas" eyebrow and article type, the dek, the author block with title, date and reading time, the
 * hero image caption, a pull quote repeated from the text, an inline photo caption, the "Topics" chips, the share list,
 * "Related articles" cards, the newsletter sign-up and the footer).
 */
const gfTitle = 'What midwives in Kavango taught us about saving newborn lives';
const gfDek = 'A small change in how births are recorded is helping health workers spot danger sooner.';
const gfP1 = [
  'When I first visited the district hospital in Rundu-Ost in 2022, the maternity ward kept its records in a thick paper ledger. Midwives ' +
    'wrote down each birth by hand, and once a month a clerk copied the numbers into a report that travelled to the capital by bus.',
  'By the time anyone looked at those numbers, the babies they described were weeks old. If something had gone wrong, such as a rise in ' +
    'newborns struggling to breathe, nobody could see it in time to act.',
];
const gfH1 = 'Starting with the people who do the work';
const gfP2 = [
  'Our partners at the regional health directorate did not begin with technology. They began by asking the midwives what information they ' +
    'wished they had. The answers were practical: which mothers had been referred from rural clinics, which babies had needed resuscitation, ' +
    'and whether the ward had oxygen on hand.',
  'Together they designed a simple tablet form that takes less than two minutes to complete after each birth. The data reaches a shared ' +
    'dashboard the same day, and the midwife in charge reviews it at every shift handover.',
];
const gfPull = 'If you can see a problem the same week it happens, you can fix it before it happens again.';
const gfP3 = [
  '“If you can see a problem the same week it happens, you can fix it before it happens again,” said Selma Haufiku, the senior midwife who ' +
    'led the pilot. Within three months, her team noticed that most babies needing resuscitation were born at night, when fewer experienced ' +
    'staff were on duty. They changed the rota.',
];
const gfH2 = 'Early results';
const gfP4 = [
  'Across the eight facilities taking part, deaths among newborns in their first week fell by about a fifth over two years. We are careful ' +
    'about claiming too much: other improvements, including new oxygen concentrators, arrived in the same period. But the midwives are clear ' +
    'that seeing their own data changed how they work.',
  'The approach is now being adapted by health authorities in two neighbouring regions. The foundation’s role has been modest: funding the ' +
    'tablets and training, and connecting the team with others facing the same problems.',
  'What stays with me is how little of this was about the device. It was about trusting the people closest to mothers and babies with ' +
    'information, and giving them the time to use it.',
];
const gfCookie = [
  'We use cookies to improve your experience on our website. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.',
  'Accept All Cookies',
  'Cookies Settings',
  'Reject All',
];
const gfNav = ['Our Work', 'Ideas', 'Our Story', 'About', 'Committed Grants', 'Careers'];
const gfAuthor = ['By Tendai Mwaura-Fiske', 'Senior Program Officer, Maternal, Newborn & Child Health Discovery & Tools'];
const gfCaption = 'Midwife Selma Haufiku reviews the day’s birth records at the start of a night shift.';
const gfCredit = 'Photo: Gates Foundation/Ndapewa Shikongo';
const gfCaption2 = 'The shared dashboard shows births, referrals and resuscitations for each facility.';
const gfTopics = ['Maternal, Newborn & Child Health', 'Data & Digital Health', 'Africa'];
const gfRelated = [
  ['Article', 'Why oxygen is the medicine newborns need most'],
  ['Article', 'Five questions about digital health records'],
  ['Story', 'The community health workers reaching remote villages'],
];
const gfNews = ['Sign up for our newsletter', 'Get the latest news and ideas from the Gates Foundation.', 'Email address', 'Sign up'];
const gfFoot = ['Contact', 'Media center', 'Privacy & Cookies Notice', 'Terms of Use', 'Accessibility', 'Fraud and scam alert', 'Sitemap'];
const gfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gfTitle} | Gates Foundation</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${gfDek}"><meta property="og:title" content="${gfTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Bill &amp; Melinda Gates Foundation">
<link rel="canonical" href="https://www.gatesfoundation.org/ideas/articles/midwives-kavango">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gfTitle}","datePublished":"2025-03-04",
"author":{"@type":"Person","name":"Tendai Mwaura-Fiske"},"publisher":{"@type":"Organization","name":"Gates Foundation"}}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="4b1a7f0e" async></script>
<link rel="stylesheet" href="/-/media/gf/dist/main.css"></head>
<body class="page--article"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">${gfCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${gfCookie[1]}</button><button id="onetrust-pc-btn-handler">${gfCookie[2]}</button>
<button id="onetrust-reject-all-handler">${gfCookie[3]}</button></div><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/"><span class="visually-hidden">Gates Foundation</span></a><nav class="site-header__nav"
aria-label="Primary"><ul>${links(gfNav)}</ul></nav><button class="site-header__search" aria-label="Search"><span>Search</span></button></header>
<main id="main"><article class="article"><header class="article-hero"><p class="eyebrow"><a href="/ideas">Ideas</a> / <span>Article</span></p>
<h1 class="article-hero__title">${gfTitle}</h1><p class="article-hero__dek">${gfDek}</p>
<div class="article-byline"><p class="article-byline__name">${gfAuthor[0]}</p><p class="article-byline__title">${gfAuthor[1]}</p>
<p class="article-byline__meta"><time datetime="2025-03-04">March 04, 2025</time> <span class="article-byline__read">6 min read</span></p></div>
<figure class="article-hero__image"><img src="/-/media/gf/articles/kavango-hero.jpg" alt=""><figcaption>${gfCaption} <span>${gfCredit}</span></figcaption>
</figure>
</header><div class="article-body rich-text">
${ps(gfP1)}
<h2>${gfH1}</h2>
${ps(gfP2)}
<aside class="pull-quote"><blockquote>${gfPull}</blockquote><cite>Selma Haufiku, senior midwife</cite></aside>
${ps(gfP3)}
<figure class="inline-image"><img src="/-/media/gf/articles/dashboard.jpg" alt=""><figcaption>${gfCaption2}</figcaption></figure>
<h2>${gfH2}</h2>
${ps(gfP4)}
</div><footer class="article-footer"><div class="topics"><h2 class="topics__title">Topics</h2><ul>${links(gfTopics, 'chip')}</ul></div>
<div class="share"><span class="share__label">Share this article</span><ul>${links(['Facebook', 'X', 'LinkedIn', 'Email', 'Copy link'])}</ul></div></footer>
</article>
<section class="related"><h2>Related articles</h2><ul>${gfRelated
  .map((r) => `<li class="card"><span class="card__type">${r[0]}</span><a class="card__title" href="/ideas/articles/related">${r[1]}</a></li>`)
  .join('\n')}</ul></section>
<section class="newsletter"><h2>${gfNews[0]}</h2><p>${gfNews[1]}</p><form><label for="nl">${gfNews[2]}</label><input id="nl" type="email">
<button type="submit">${gfNews[3]}</button></form></section></main>
<footer class="site-footer"><ul>${links(gfFoot)}</ul><p>© 1999–2025 Gates Foundation. All Rights Reserved.</p></footer>
<script src="/-/media/gf/dist/main.js" defer></script></body></html>`;
export const gatesArticle: TestPage = {
  html: gfHtml,
  name: 'heldout179-gates-foundation-blog',
  kind: 'blog',
  // the dek is body; the pull quote repeats a sentence of the text and is in neither list, its cite line furniture; the author name,
  // date and reading time are bylines, the author's title furniture; the eyebrow, captions, topics, share, related cards,
  // newsletter, cookie banner and footer are furniture
  title: gfTitle,
  headings: [gfH1, gfH2],
  body: [gfDek, ...gfP1, ...gfP2, ...gfP3, ...gfP4],
  bylines: [gfAuthor[0] ?? '', 'March 04, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gfCookie, 'Skip to main content', 'Gates Foundation', ...gfNav, 'Search', 'Article', gfAuthor[1] ?? '', gfCaption, gfCredit,
    'Selma Haufiku, senior midwife', gfCaption2, 'Topics', ...gfTopics, 'Share this article', 'Facebook', 'X', 'LinkedIn', 'Email', 'Copy link',
    'Related articles', ...gfRelated.flat(), ...gfNews, ...gfFoot, '© 1999–2025 Gates Foundation. All Rights Reserved.',
  ],
};
