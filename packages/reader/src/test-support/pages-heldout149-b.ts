import { links, ps, type TestPage, texts } from './page-kit.js';
import { hexoNextPost } from './pages-heldout149-b2.js';

/**
 * Held-out batch 149, file b: a newsletter post on Ghost with the Edition theme (header with logo text, navigation, social
 * links and the "Login" portal button, the meta line with date, reading time and primary tag, the custom excerpt, the "Share"
 * link, the hidden author-name div, the feature image with caption, a callout card promoting paid support at the top of the
 * content, an image card with caption, the "Published by:" footer with prev/next arrows, the "You might also like..." feed,
 * the subscribe form, the comments container and the footer with "Published with Ghost") and, from file b2, a Hexo NexT post.
 */
const ghTitle = 'Why the Eastfield tram extension is running two years late';
const ghExcerpt = 'The short answer is utilities. The long answer involves a Victorian sewer, a bat roost and three rounds of procurement.';
const ghCallout =
  'This issue is free to read. If The Tramline Letter is useful to you, consider becoming a supporter for £4 a month. It keeps the ' +
  'letter independent and ad-free.';
const ghP1 = [
  'When the Eastfield extension was approved in 2021, the combined authority promised trams running to the new hospital by the spring ' +
    'of 2025. This week the project board quietly published a revised programme with a new opening date: the summer of 2027.',
  'I have spent the last fortnight reading the board papers, the contractor’s monthly reports and the minutes of two scrutiny ' +
    'committees. Here is what went wrong, in roughly the order it went wrong.',
];
const ghH1 = 'The pipes nobody mapped';
const ghP2 = [
  'Almost every tram project in Britain runs into buried utilities, and Eastfield was no exception. What made it worse was a brick ' +
    'sewer under Mill Road, built in the 1880s and missing from every modern record. Contractors found it in October 2022 when a trial ' +
    'pit collapsed.',
  'Diverting a live Victorian sewer is slow, careful work. The board papers put the delay from this alone at eleven months, and the ' +
    'cost at £14.2 million, roughly a tenth of the original budget for the whole extension.',
];
const ghH2 = 'A roost in the wrong place';
const ghP3 = [
  'The second problem was smaller but harder to solve. Surveys in 2023 found a maternity roost of common pipistrelles in the old tram ' +
    'depot that was due to become the new stop at Carr Lane. Bats and their roosts are protected, and work near a maternity roost ' +
    'cannot go ahead between May and August.',
  'The team redesigned the stop so the old depot wall could stay, which cost another season. I asked one of the ecologists involved ' +
    'whether it had been worth it. Her answer was short:',
];
const ghQuote = 'The bats were there first. The surveys should have been done before the design was fixed, not after. That is the real lesson.';
const ghH3 = 'Three goes at buying a tram';
const ghP4 = [
  'The final delay came from procurement. The first contract for the new vehicles attracted a single bid, which was over budget. The ' +
    'second was challenged in court by the losing bidder. The third, awarded last year, is for five trams rather than the seven first ' +
    'planned, with the remaining two to be leased from the existing fleet.',
  'What the revised programme means for passengers:',
];
const ghList = [
  'Services to the hospital stop are now expected in July 2027.',
  'The replacement bus will keep running every ten minutes until then.',
  'Carr Lane stop will open at the same time as the rest of the line, not earlier as once suggested.',
];
const ghP5 = [
  'None of these problems was unusual on its own. Together, and handled one after another rather than in parallel, they added two ' +
    'years. Next week I will look at what the board says it is changing for the Westgate line, which is due to start construction in ' +
    'the autumn.',
];
const ghFeatCap = 'Track laying on Hospital Way in January. Photo: Owen Blakely';
const ghImgCap = 'The diverted Mill Road sewer, from the contractor’s October report.';
const ghNav = ['Home', 'Archive', 'About', 'Support the letter'];
const ghRelated = [
  {
    m: 'Feb',
    d: '18',
    t: 'What a tram stop actually costs',
    e: 'Platforms, shelters, ticket machines and the bit nobody budgets for.',
    date: 'Feb 18, 2025',
    r: '5 min read',
  },
  {
    m: 'Feb',
    d: '04',
    t: 'The bus franchising timetable, explained',
    e: 'Which routes change first, and what it means for fares.',
    date: 'Feb 4, 2025',
    r: '7 min read',
  },
  {
    m: 'Jan',
    d: '21',
    t: 'Five questions for the new transport commissioner',
    e: 'Her first interview since taking the job in December.',
    date: 'Jan 21, 2025',
    r: '9 min read',
  },
];
const ghFootNav = ['Sign up', 'Contact'];
const ghHead = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ghTitle}</title>
<link rel="stylesheet" href="/assets/built/screen.css?v=c4a1d7e0f2">
<link rel="preconnect" href="https://fonts.gstatic.com"><link rel="stylesheet"
href="https://fonts.googleapis.com/css2?family=Mulish:ital,wght@0,400;0,700;0,800;1,400;1,700&amp;display=swap">
<style>:root { --brand-color: #b8402a; }</style>
<meta name="description" content="${ghExcerpt}"><link rel="icon" href="https://tramline.example/content/images/size/w256h256/2024/01/icon.png" type="image/png">
<link rel="canonical" href="https://tramline.example/eastfield-extension-delay/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Tramline Letter"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="article:published_time" content="2025-03-04T06:30:00.000Z"><meta property="article:tag" content="Projects">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Priya Venkataraman">
<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Projects">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Tramline Letter",
"url":"https://tramline.example/"},"author":{"@type":"Person","name":"Priya Venkataraman","url":"https://tramline.example/author/priya/"},
"headline":"${ghTitle}","url":"https://tramline.example/eastfield-extension-delay/","datePublished":"2025-03-04T06:30:00.000Z","keywords":"Projects",
"description":"${ghExcerpt}","mainEntityOfPage":"https://tramline.example/eastfield-extension-delay/"}</script>
<meta name="generator" content="Ghost 5.109"><link rel="alternate" type="application/rss+xml" title="The Tramline Letter" href="https://tramline.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="https://tramline.example/"
data-key="4f1b6c0e9a2d7e3b5c8a1f0d2e" data-api="https://tramline.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content { display: flex; flex-direction: column; }</style>
<script defer src="/public/cards.min.js?v=c4a1d7e0f2"></script><link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=c4a1d7e0f2">
<script defer src="/public/member-attribution.min.js?v=c4a1d7e0f2"></script></head>`;
const ghHtml = `${ghHead}
<body class="post-template tag-projects"><svg class="svg-symbols" style="display: none;"><symbol id="star" viewBox="0 0 32 32"><path d="M16 2l4 9 9 1-7 6 2
9-8-5-8 5 2-9-7-6
9-1z"></path></symbol></svg>
<div class="site"><div class="portal-toggle" data-portal></div>
<header id="site-header" class="site-header"><div class="header-inner"><div class="header-brand"><a class="logo" href="https://tramline.example">
<span class="logo-text">The Tramline Letter</span></a><div class="burger"><div class="burger-bar"></div><div class="burger-bar"></div></div></div>
<nav class="header-nav"><ul class="nav">${links(ghNav, 'nav-item')}</ul></nav>
<div class="header-actions"><div class="social"><a class="social-item social-item-twitter" href="https://x.com/tramlineletter" target="_blank"
rel="noopener noreferrer" aria-label="Twitter"><svg class="icon"><use xlink:href="#twitter"></use></svg></a></div>
<button class="button-text menu-item members-login" data-portal="signin">Login</button></div></div></header>
<div class="site-content"><div class="content-area"><main class="site-main">
<article class="single post tag-projects">
<header class="single-header gh-canvas"><div class="single-meta"><span class="single-meta-item single-meta-date"><time datetime="2025-03-04">
04 Mar 2025</time></span><span class="single-meta-item single-meta-length">6 min read</span><span class="single-meta-item single-meta-tag">
<a class="post-tag post-tag-projects" href="https://tramline.example/tag/projects/">Projects</a></span></div>
<h1 class="single-title">${ghTitle}</h1>
<div class="single-excerpt">${ghExcerpt}</div>
<div class="gh-meta-share"><a href="#/share" class="gh-button-share">Share <svg class="icon"><use xlink:href="#share"></use></svg></a></div>
<div class="author-name" style="display: none;"><a href="/author/priya/">Priya Venkataraman</a></div>
<figure class="single-media kg-width-wide"><img class="gh-feature-image" srcset="https://tramline.example/content/images/size/w300/2025/03/hospital-way.jpg
300w,
https://tramline.example/content/images/size/w720/2025/03/hospital-way.jpg 720w" sizes="(min-width: 1023px) 920px, calc(90vw)"
src="https://tramline.example/content/images/size/w1200/2025/03/hospital-way.jpg" alt="${ghTitle}"><figcaption>${ghFeatCap}</figcaption></figure>
</header>
<div class="single-content gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🚋</div><div class="kg-callout-text">${ghCallout}</div></div>
${ps(ghP1)}
<h2 id="the-pipes-nobody-mapped">${ghH1}</h2>
${ps(ghP2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://tramline.example/content/images/2025/03/sewer.jpg" class="kg-image" alt=""
loading="lazy" width="1600" height="1067"><figcaption><span style="white-space: pre-wrap;">${ghImgCap}</span></figcaption></figure>
<h2 id="a-roost-in-the-wrong-place">${ghH2}</h2>
${ps(ghP3)}
<blockquote>${ghQuote}</blockquote>
<h2 id="three-goes-at-buying-a-tram">${ghH3}</h2>
${ps(ghP4)}
<ul>${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(ghP5)}
</div>
<div class="gh-canvas"><footer class="single-footer"><div class="single-footer-left"><div class="navigation navigation-previous">
<a class="navigation-link" href="https://tramline.example/tram-stop-cost/" aria-label="Previous post"><span class="navigation-icon"><svg class="icon">
<use xlink:href="#arrow-left"></use></svg></span></a></div></div><div class="single-footer-middle"><div class="single-footer-top">
<h3 class="single-footer-title">Published by:</h3><div class="author-list"><div class="author-image-placeholder u-placeholder square">
<a href="/author/priya/" title="Priya Venkataraman"><img class="author-image u-object-fit" src="/content/images/size/w100/2024/01/priya.jpg"
alt="Priya Venkataraman" loading="lazy"></a></div></div></div></div><div class="single-footer-right"></div></footer></div>
</article>
<section class="related-wrapper"><div class="container small"><h3 class="related-title">You might also like...</h3><div class="post-feed related-feed">
${ghRelated
  .map(
    (r) => `<article class="feed post tag-projects" data-month="${r.m}"><div class="feed-calendar"><div class="feed-calendar-month">${r.m}</div>
<div class="feed-calendar-day">${r.d}</div></div><div class="feed-wrapper"><h2 class="feed-title">${r.t}</h2><div class="feed-excerpt">${r.e}</div>
<div class="feed-right"><time class="feed-date" datetime="2025">${r.date}</time><div class="feed-length">${r.r}</div><svg class="icon feed-icon">
<use xlink:href="#chevron-right"></use></svg></div></div><a class="u-permalink" href="https://tramline.example/${r.d}/" aria-label="${r.t}"></a></article>`,
  )
  .join('\n')}</div></div></section>
<section class="suscribe-wrapper"><div class="container small"><h3 class="suscribe-title">Interested to receive our latest posts ?</h3>
<div class="suscribe-form"><form class="form-wrapper cover-form" data-members-form=""><input class="auth-email" type="email" data-members-email=""
placeholder="Your email address" required="true" autocomplete="false"><button class="form-button" type="submit" aria-label="Submit">
<span class="default">Subscribe</span><span class="loader"><svg class="icon"></svg></span><span class="success">Email
sent</span></button></form></div></div></section>
<section class="comment-wrapper"><div class="container small"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
data-locale="en" data-ghost-comments="https://tramline.example/" data-api="https://tramline.example/ghost/api/content/"
data-admin="https://tramline.example/ghost/"
data-key="4f1b6c0e9a2d7e3b5c8a1f0d2e" data-title="Member discussion" data-count="true" data-post-id="67c5a0e1b2" data-color-scheme="auto"
crossorigin="anonymous"></script></div></section>
</main></div></div>
<footer class="site-footer container"><div class="footer-inner"><div class="footer-left"><div class="copyright">The Tramline Letter © 2025</div></div>
<nav class="footer-nav"><ul class="nav">${links(ghFootNav, 'nav-item')}</ul><a class="menu-item badge" href="https://ghost.org/" target="_blank"
rel="noopener noreferrer">Published with Ghost</a></nav><div class="footer-right"><div class="social"></div></div></div></footer>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close
(Esc)"></button></div></div></div></div>
</div>
<script>if (document.body.classList.contains('with-full-cover')) {
document.getElementsByClassName('cover')[0].style.height = window.innerHeight + 'px'; }</script>
<script src="/assets/built/main.min.js?v=c4a1d7e0f2"></script>
</body></html>`;
const ghostEdition: TestPage = {
  html: ghHtml,
  name: 'heldout149-ghost-edition-blog',
  kind: 'blog',
  // the custom excerpt under the title is the post's dek (body); the callout card promoting paid support at the top of the
  // content is furniture; the hidden author-name div holds the author (byline)
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: texts([ghExcerpt, ...ghP1, ...ghP2, ...ghP3, ghQuote, ...ghP4, ...ghList, ...ghP5]),
  bylines: ['04 Mar 2025', '6 min read', 'Priya Venkataraman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Tramline Letter', ...ghNav, 'Login', 'Projects', 'Share', ghFeatCap, ghCallout, ghImgCap, 'Published by:', 'You might also like...',
    ...ghRelated.flatMap((r) => [r.t, r.e, r.date, r.r]), 'Feb', 'Jan', '18', '04', '21', 'Interested to receive our latest posts ?', 'Subscribe', 'Email sent',
    'The Tramline Letter © 2025', ...ghFootNav, 'Published with Ghost',
  ],
};

export const HELDOUT149_B: readonly TestPage[] = [ghostEdition, hexoNextPost];
