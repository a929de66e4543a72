import { links, ps, type TestPage } from './page-kit.js';
import { batimesStory } from './pages-heldout204-f2.js';

/**
 * Held-out batch 204, file f: a Kyiv Independent story on its Ghost theme (the "Ukraine war latest" top strip, the header
 * with "Become a member" and the section nav, the tag label, the excerpt, the author and date, the feature image caption,
 * an in-text "Read also:" bookmark card, the mid-article membership prompt inside the content, the end-of-article support
 * box, the author card with bio, "Most popular" rail, the newsletter form and the footer).
 */
const kiTitle = 'Volunteers in Kharkiv rebuild school shelters so classes can return underground';
const kiExcerpt = 'Local volunteers have converted basements in 14 Kharkiv schools into classrooms, allowing thousands of children to study in person.';
const kiP1 = [
  'When the school year began in Kharkiv this September, around 6,000 pupils went back to classrooms for the first time in ' +
    'more than three years. Their lessons take place underground.',
  'A group of volunteers and local builders has spent the summer converting the basements of 14 schools into shelters that ' +
    'double as classrooms, with reinforced ceilings, ventilation, lighting and backup generators.',
  '“Children need to see each other, to sit in a real class with a real teacher,” said Oksana Hrytsenko, a former engineer who ' +
    'coordinates the project. “Online lessons kept them learning, but they were very lonely.”',
];
const kiH1 = 'Shelters built to a new standard';
const kiP2 = [
  'Kharkiv, Ukraine’s second-largest city, lies about 30 kilometers from the Russian border and is regularly hit by missiles, ' +
    'drones and guided bombs. For most of the full-scale war, its schools have taught online.',
  'Under rules adopted by the city council last year, a school can only reopen for in-person lessons if its shelter can hold ' +
    'every pupil and teacher present at the same time.',
  'The volunteers say each conversion costs between 2 and 5 million hryvnias, or roughly $50,000 to $120,000, depending on the ' +
    'condition of the basement. Money has come from the city budget, international donors and crowdfunding.',
];
const kiH2 = '‘They don’t even notice the sirens’';
const kiP3 = [
  'At School No. 87 in the Saltivka district, one of the worst-hit parts of the city, 420 pupils now study in shifts in a ' +
    'basement painted in bright yellow and blue.',
  'Teacher Andrii Moroz said the children adapted quickly. “In the first week they asked about ' +
    'every noise. Now they don’t even notice the sirens,” he said.',
  'Parents say the main worry is the journey to and from school. The city has adjusted bus schedules and asked parents to ' + 'accompany younger children.',
  'The volunteers hope to convert another 20 schools before next September, but say funding for the next phase is not yet secured.',
];
const kiNav = ['Ukraine', 'Russia', 'Business', 'Opinion', 'Investigations', 'Culture', 'Podcasts', 'Ukraine war latest'];
const kiCaption = 'Pupils attend a lesson in the basement shelter of a school in Kharkiv on Sept. 8, 2026. (Yevhen Lytvyn / The Kyiv Independent)';
const kiRead = ['Read also:', 'Kharkiv’s metro classrooms mark second year', 'How Ukraine’s schools are adapting to war'];
const kiPromo = ['We’ve been covering the war since day one. Help us keep going.', 'Become a member'];
const kiSupport = [
  'Hey, this is Yulia Kravets, the author of this article.',
  'I report from Kharkiv on how people live and work in a city under constant attack. Support our journalism by becoming a member of the Kyiv Independent.',
  'Support us',
];
const kiBio = 'Yulia Kravets is a reporter for the Kyiv Independent based in Kharkiv. She covers life in frontline cities and humanitarian issues.';
const kiMost = ['Most popular', 'Ukraine war latest: Russian drones hit energy infrastructure in Sumy Oblast', 'Zelensky meets EU leaders in Brussels'];
const kiNews = ['Our newsletter', 'Get the day’s main news from Ukraine in your inbox every morning.', 'Subscribe', 'Your email address'];
const kiFoot = ['About Us', 'Team', 'Careers', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Contact us'];
const kiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Volunteers in Kharkiv rebuild school shelters so classes can return underground</title>
<meta name="description" content="${kiExcerpt}"><meta property="og:site_name" content="The Kyiv Independent"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-12T15:32:10.000Z"><meta property="article:tag" content="Ukraine">
<meta name="generator" content="Ghost 5.96"><link rel="canonical" href="https://kyivindependent.com/volunteers-in-kharkiv-rebuild-school-shelters/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${kiTitle}","datePublished":"2026-09-12T15:32:10.000Z",
"author":{"@type":"Person","name":"Yulia Kravets"},"publisher":{"@type":"Organization","name":"The Kyiv Independent"}}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-ghost="https://kyivindependent.com/"></script></head>
<body class="post-template tag-ukraine tag-kharkiv"><div class="site">
<div class="top-strip"><a href="/tag/ukraine-war-latest/">Ukraine war latest</a></div>
<header class="site-header"><a href="/" class="site-logo"><span class="sr-only">The Kyiv Independent</span></a>
<nav class="site-nav"><ul>${links(kiNav.slice(0, -1), 'nav-item')}</ul></nav>
<a class="btn btn--member" href="/membership/" data-portal="signup">Become a member</a>
<a class="site-header__signin" href="#/portal/signin">Sign in</a></header>
<main class="site-main"><article class="post tag-ukraine">
<header class="post-header"><a class="post-header__tag" href="/tag/ukraine/">Ukraine</a><h1 class="post-header__title">${kiTitle}</h1>
<p class="post-header__excerpt">${kiExcerpt}</p><div class="post-header__meta"><a class="post-header__author" href="/author/yulia-kravets/">Yulia Kravets</a>
<time class="post-header__date" datetime="2026-09-12">September 12, 2026 6:32 PM</time><span class="post-header__read">4 min read</span></div></header>
<figure class="post-feature-image"><img src="https://kyivindependent.com/content/images/size/w1200/2026/09/kharkiv-school.jpg" alt="">
<figcaption>${kiCaption}</figcaption></figure>
<section class="gh-content">
${ps(kiP1)}
<figure class="kg-card kg-bookmark-card"><div class="kg-bookmark-content"><div class="kg-bookmark-title">${kiRead[0]}</div>
<a class="kg-bookmark-container" href="/kharkiv-metro-classrooms/">${kiRead[1]}</a></div></figure>
<h2 id="shelters">${kiH1}</h2>
${ps(kiP2)}
<div class="kg-card kg-cta-card membership-prompt"><p>${kiPromo[0]}</p><a class="kg-btn" href="/membership/">${kiPromo[1]}</a></div>
<h2 id="sirens">${kiH2}</h2>
${ps(kiP3)}
<p class="read-also"><strong>${kiRead[0]}</strong> <a href="/schools-adapting-to-war/">${kiRead[2]}</a></p>
</section>
<div class="support-box"><p class="support-box__greeting">${kiSupport[0]}</p><p>${kiSupport[1]}</p><a class="btn" href="/membership/">${kiSupport[2]}</a></div>
<div class="author-card"><a class="author-card__name" href="/author/yulia-kravets/">Yulia Kravets</a><p class="author-card__bio">${kiBio}</p>
<a class="author-card__more" href="/author/yulia-kravets/">Read more</a></div></article>
<aside class="sidebar"><h2>${kiMost[0]}</h2><ol>${links(kiMost.slice(1))}</ol></aside>
<section class="newsletter"><h2>${kiNews[0]}</h2><p>${kiNews[1]}</p><form data-members-form="subscribe"><input data-members-email type="email"
placeholder="Your email address" aria-label="${kiNews[3]}"><button type="submit">${kiNews[2]}</button></form></section></main>
<footer class="site-footer"><ul>${links(kiFoot)}</ul><p>© 2026 The Kyiv Independent. All rights reserved.</p></footer></div>
<script src="/assets/built/main.min.js?v=3e1a7c"></script></body></html>`;
const kyiv: TestPage = {
  html: kiHtml,
  name: 'heldout204-kyivindependent-news',
  kind: 'news',
  // the excerpt is body; author, date and read time are bylines; the tag label, caption (with its credit), "Read also:"
  // cards, membership prompt inside gh-content, support box, author card, rail, newsletter, nav and footer are furniture
  title: kiTitle,
  headings: [kiH1, kiH2],
  body: [kiExcerpt, ...kiP1, ...kiP2, ...kiP3],
  bylines: ['Yulia Kravets', 'September 12, 2026 6:32 PM', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kiNav, 'Sign in', kiCaption, ...kiRead, ...kiPromo, ...kiSupport, kiBio, 'Read more', ...kiMost, ...kiNews.slice(0, 3), ...kiFoot,
    '© 2026 The Kyiv Independent. All rights reserved.',
  ],
};

export const HELDOUT204_F: readonly TestPage[] = [kyiv, batimesStory];
