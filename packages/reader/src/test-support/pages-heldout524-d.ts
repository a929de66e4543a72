import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, outside } from './pages-heldout524-kit.js';

/**
 * Held-out batch 524, file d: a worker co-operative's news post on Webflow (CMS collection page) with a pull quote and a
 * "more from the studio" list, and a housing co-op's guide for new members on Hugo (PaperMod theme) with a table of contents.
 */
const fTitle = 'Members vote to try a four-day week';
const fParas = [
  j(
    'At a general meeting on 20 August, the 23 worker-members of Loomwork voted by 19 to 4 to move to a four-day week for a',
    'six-month trial starting in October. Pay stays the same. The studio will stay open five days a week, with members taking',
    'either Monday or Friday off on a rota.',
  ),
  j(
    'The proposal came from the wellbeing circle, one of the four small groups that run different parts of the co-op between',
    'general meetings. It had been discussed at three open sessions since March, and changed a good deal along the way.',
  ),
];
const fHeads = ['Why now', 'How we will know if it works', 'What clients will notice'];
const fWhy = [
  j(
    'Our turnover grew by 14% last year, but so did the hours. In the annual survey, more than half of members said they were',
    'working evenings at least once a week. As a co-op, we own the problem as well as the business.',
  ),
  j('"We kept saying we were different from an agency, and then working like one," said Dorota Wainwright, a designer who', 'has been a member since 2019.'),
];
const fQuote = 'We kept saying we were different from an agency, and then working like one.';
const fMeasure = [
  'Billable hours and turnover each month, compared with the same months last year',
  'Deadlines met, as logged in our project tracker',
  'Members’ own answers to a short survey every six weeks',
  'Feedback from a panel of six regular clients',
];
const fClients = j(
  'Very little, we hope. Every project keeps a named lead who is in on both Monday and Friday, and the shared inbox is',
  'covered all week. If the trial works, members will vote in April on making it permanent.',
);
const fNav = ['Work', 'Services', 'About the co-op', 'Journal', 'Join us'];
const fMore = ['Our pay ratio, explained', 'Welcoming three new members', 'What a co-op studio costs to run'];
const fFoot = ['Loomwork Co-operative Ltd is a worker co-operative registered in England, no. 8820.', 'Instagram', 'LinkedIn', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Aug 28 2026 10:02:11 GMT+0000 -->
<html data-wf-domain="www.loomwork.coop" data-wf-page="66b1c2d3e4f5a6b7c8d9e0f1" data-wf-site="66a0b1c2d3e4f5a6b7c8d9e0"
data-wf-collection="66a0b1c2d3e4f5a6b7c8d9f3"
data-wf-item-slug="four-day-week-trial" lang="en"><head><meta charset="utf-8"><title>${fTitle} | Loomwork</title>
<meta content="The studio will trial a four-day week from October." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/66a0b1c2/css/loomwork.webflow.shared.4c1d2e.min.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,
t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="nav-container
w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.website-files.com/66a0b1c2/loomwork-logo.svg" loading="lazy" alt="Loomwork"
class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-post"><div class="container-narrow w-container"><a href="/journal" class="back-link w-inline-block"><div>← Back to the journal</div></a>
<div class="post-header"><div class="post-category">Co-op life</div><h1 class="post-title">${fTitle}</h1>
<div class="post-meta"><div class="post-date">August 28, 2026</div><div class="meta-divider">·</div><div
class="post-author">Words by Jonah Feltham</div></div></div>
<img src="https://cdn.prod.website-files.com/66a0b1c2/studio-meeting.jpg" loading="lazy" alt="" class="post-hero-image">
<div class="post-body w-richtext">${ps(fParas)}
<h2>${fHeads[0]}</h2>${ps(fWhy)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/66a0b1c2/vote.jpg" loading="lazy"
alt="Hands raised"></div>
<figcaption>The vote at the August general meeting.</figcaption></figure>
<h2>${fHeads[1]}</h2><p>The trial will be judged on four measures, agreed before it starts:</p><ul role="list">${lis(fMeasure)}</ul>
<h2>${fHeads[2]}</h2><p>${fClients}</p></div>
<div class="pull-quote-block"><div class="pull-quote">${fQuote}</div><div class="pull-quote-author">Dorota Wainwright</div></div>
</div></section>
<section class="section-more"><div class="w-container"><h3 class="more-heading">More from the studio</h3><div class="w-dyn-list"><div role="list"
class="more-grid w-dyn-items">
${fMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="more-card w-inline-block">
<div class="more-card-category">Co-op life</div><div class="more-card-title">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-cta"><div class="footer-cta-text">Got a project? We’d love to hear about it.</div>
<a href="mailto:hello@loomwork.coop" class="button w-button">hello@loomwork.coop</a></div><div class="footer-bottom"><div class="footer-legal">${fFoot[0]}</div>
<div class="footer-links">${fFoot
  .slice(1)
  .map((t) => `<a href="#" class="footer-link">${t}</a>`)
  .join('')}</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66a0b1c2" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/66a0b1c2/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const fIntro = 'The trial will be judged on four measures, agreed before it starts:';
const fBody = [...fParas, ...fWhy, fIntro, ...fMeasure, fClients];
const webflow: TestPage = {
  name: 'heldout524-webflow-worker-coop-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: fBody,
  bylines: ['August 28, 2026', 'Words by Jonah Feltham'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([fTitle, ...fHeads, ...fBody], [
    fQuote, 'Dorota Wainwright',
    ...fNav, '← Back to the journal', 'Co-op life', '·', 'The vote at the August general meeting.', 'More from the studio', ...fMore,
    'Got a project? We’d love to hear about it.', 'hello@loomwork.coop', ...fFoot,
  ]),
};

const hTitle = 'Your first general meeting: a guide for new members';
const hDek = 'What happens four times a year in the common room, and why your vote matters more than you might think.';
const hSecs: [string, string, string[]][] = [
  [
    'Before the meeting',
    'before-the-meeting',
    [
      j(
        'Larkfield Street is a fully mutual housing co-operative: every tenant is a member, and only members can be tenants. The',
        'members own the co-op together, and the general meeting is where we make the decisions that matter most, from the rent',
        'to who joins us when a flat becomes free.',
      ),
      j(
        'The secretary sends out the agenda and papers at least fourteen days before each meeting, by email and on the notice board',
        'by the bins. Read them if you can. Reports from the maintenance, finance and allocations groups are short, and most of the',
        'questions people ask at meetings are answered in them.',
      ),
      j(
        'If you want to raise something that is not on the agenda, tell the secretary at least seven days before. Anything that',
        'needs a decision has to be on the agenda, so that members who cannot come know what is being decided.',
      ),
    ],
  ],
  [
    'On the night',
    'on-the-night',
    [
      j(
        'Meetings start at 7pm and we aim to finish by 9. Sign in at the door so we know the meeting is quorate. There is food,',
        'usually soup, made by whoever is on the kitchen rota that month. Children are welcome, and the small room is set up',
        'with toys and a film.',
      ),
      j(
        'The chair for each meeting is chosen in turn from the members who have offered. Their job is to keep to time and make',
        'sure everyone who wants to speak gets to, not to decide anything. If you want to speak, raise your hand and the chair',
        'will add you to the list.',
      ),
      j(
        'Most decisions are made by consensus. If we cannot agree after discussion, the chair will call a vote, and a simple majority',
        'of the members present decides, except for the things our rules say need a special resolution.',
      ),
    ],
  ],
  [
    'After the meeting',
    'after-the-meeting',
    [
      j(
        'The minutes are posted on the members’ area of this site within a week. If you think something has been recorded wrongly,',
        'say so at the next meeting, when the minutes are approved.',
      ),
    ],
  ],
];
const hTerms: [string, string][] = [
  ['Quorum', 'The number of members who must be present for the meeting to make decisions. Ours is one third of members, currently 14.'],
  ['Proxy', 'A member you appoint in writing to vote for you if you cannot attend. Each member can hold one proxy.'],
  ['Special resolution', 'A decision that needs two thirds of the votes cast, such as changing the rules or the rent policy.'],
];
const hTermsHead = 'Words you will hear';
const hEnd = 'Your first meeting can feel like a lot. Sit next to your buddy from the welcome group, and ask them anything afterwards.';
const hMenu = ['About', 'News', 'Members', 'Contact'];
const hPrev = 'Repairs rota for the autumn';
const hNext = 'Garden day: what we planted';
const hHeads = [...hSecs.map(([h]) => h), hTermsHead];
const hToc = hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n');
const hSecHtml = hSecs.map(([h, id, p]) => `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>\n${ps(p)}`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.134.2"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Larkfield Street Housing Co-op</title><meta name="keywords" content="meetings, members"><meta name="description" content="${hDek}">
<meta name="author" content="Femi Adeyemi-Clarke"><link rel="canonical" href="https://larkfieldstreet.coop/posts/first-general-meeting/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-07-11T00:00:00Z",
"author":[{"@type":"Person","name":"Femi Adeyemi-Clarke"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://larkfieldstreet.coop/" accesskey="h" title="Larkfield Street Housing Co-op (Alt +
H)">Larkfield
Street Housing Co-op</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div
class="breadcrumbs"><a href="https://larkfieldstreet.coop/">Home</a>&nbsp;»&nbsp;<a
href="https://larkfieldstreet.coop/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2026-07-11 00:00:00 +0000 UTC'>July 11, 2026</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Femi Adeyemi-Clarke</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${hToc}</ul></div></details></div>
<div class="post-content">${hSecHtml}
<h2 id="words-you-will-hear">${hTermsHead}<a hidden class="anchor" aria-hidden="true" href="#words-you-will-hear">#</a></h2>
<dl>${hTerms.map(([t, d]) => `<dt>${t}</dt>\n<dd>${d}</dd>`).join('\n')}</dl>
<p>${hEnd}</p></div>
<footer class="post-footer"><ul class="post-tags">${links(['Meetings', 'New members'])}</ul><nav class="paginav"><a class="prev" href="/posts/repairs-rota/">
<span class="title">« Prev</span><br><span>${hPrev}</span></a><a class="next" href="/posts/garden-day/"><span
class="title">Next »</span><br><span>${hNext}</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text=guide"><svg
viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://larkfieldstreet.coop/">Larkfield Street Housing Co-op</a></span> · 
<span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle("dark")})</script></body></html>`;
const hBody = [hDek, ...hSecs.flatMap(([, , p]) => p), ...hTerms.flat(), hEnd];
const hugo: TestPage = {
  name: 'heldout524-hugo-housing-coop-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: hBody,
  bylines: ['July 11, 2026', 'Femi Adeyemi-Clarke'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([hTitle, ...hHeads, ...hBody], [
    'Larkfield Street Housing Co-op', ...hMenu, 'Home', '»', 'Posts', '·', '5 min', 'Table of Contents', 'Meetings', 'New members',
    '« Prev', hPrev, 'Next »', hNext, '© 2026', 'Powered by Hugo & PaperMod',
  ]),
};

export const HELDOUT524_D: readonly TestPage[] = [webflow, hugo];
