import { links, ps, type TestPage } from './page-kit.js';
import { at, gold, j } from './pages-heldout651-kit.js';

/**
 * Held-out batch 651, file d: a morris forum thread on Discourse (rendered Ember markup, with topic map and suggested
 * topics), and a brass band's contest report on Hugo (Ananke) with a share bar, tags and a related-posts aside.
 */
const fTitle = 'Fieldtown stick dances: clashing on the half-bar or the bar?';
interface Post {
  user: string;
  full: string;
  date: string;
  likes: string;
  paras: string[];
}
const fPosts: Post[] = [
  {
    user: 'jo_merrick',
    full: 'Jo Merrick',
    date: 'Mar 3',
    likes: '2',
    paras: [
      j(
        'We have been arguing about this for three practices now. In Fieldtown stick dances our foreman teaches the clashes on the',
        'half-bar in the chorus, but two dancers who came over from another side clash on the full bar and it sounds like a drum kit falling',
        'down the stairs.',
      ),
      'Is there a right answer, or is it just a side-by-side thing? Our notation book says nothing either way.',
    ],
  },
  {
    user: 'oldsquire',
    full: 'Martin Ashby',
    date: 'Mar 3',
    likes: '5',
    paras: [
      j(
        'The collected notes for Fieldtown have the sticks on the half-bar for most of the stick dances, but the collector only saw a few',
        'of them danced, so there is plenty of room for sides to differ.',
      ),
      'What matters is that the whole set does the same thing. Pick one, write it in your book and stick to it (sorry).',
    ],
  },
  {
    user: 'melodeon_meg',
    full: '',
    date: 'Mar 4',
    likes: '3',
    paras: [
      j(
        'From the band\u2019s side: half-bar clashes are much easier to play for at a steady tempo. On the full bar the dancers tend to rush',
        'the second half of the phrase and we end up chasing them.',
      ),
    ],
  },
  {
    user: 'jo_merrick',
    full: 'Jo Merrick',
    date: 'Mar 5',
    likes: '1',
    paras: [
      j(
        'Thanks all. We tried both last night with Meg\u2019s point in mind and the half-bar won easily. The foreman is insufferable',
        'about it, but he was right.',
      ),
    ],
  },
];
const fSuggested = [
  ['Bell pads: leather or webbing?', 'Kit & costume', '14', '1.2k', 'Feb 11'],
  ['Notation for Bampton hey shapes', 'Dances & notation', '9', '640', 'Jan 27'],
  ['Day of Dance 2027 dates thread', 'Events', '31', '2.4k', '2d'],
];
const fCat = 'Dances & notation';
const postHtml = (p: Post, i: number): string => `<div class="topic-post clearfix ${i === 0 ? 'topic-owner ' : ''}regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${2301 + i}" data-topic-id="512" data-user-id="${40 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}"
data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.wessexmorris.org/${p.user}/96/${40 + i}_2.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${
  p.full === ''
    ? ''
    : `<span class="second full-name">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span>`
}</div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/fieldtown-stick-dances-clashing/512/${i + 1}" data-share-url="/t/fieldtown-stick-dances-clashing/512/${i + 1}" data-post-number="${i + 1}">
<span title="${p.date}, 2027 8:14 pm" data-time="1804104840000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls collapsed-like">
<div class="actions"><div class="double-button"><button class="btn-flat button-count like-count highlight-action regular-likes"
title="${p.likes} people liked this post">
${p.likes}</button><button class="btn-flat toggle-like like" title="like this post" aria-label="like this post"></button></div><button class="btn-flat share"
title="copy a link to this post to clipboard" aria-label="copy a link to this post to clipboard"></button><button class="btn-flat reply create fade-out"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>${
  i === 0
    ? `<div class="topic-map">
<section class="map map-collapsed"><ul><li><h4 role="presentation">created</h4><div class="topic-map-post created-at"><span
class="relative-date">Mar 3</span></div></li>
<li><h4 role="presentation">last reply</h4><div class="topic-map-post last-reply"><span class="relative-date">Mar 5</span></div></li>
<li class="replies"><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number">184</span>
<h4 role="presentation">views</h4></li><li class="secondary users"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div>`
    : ''
}
</div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${fTitle} - Dances &amp; notation - Wessex Morris Forum</title>
<meta name="description" content="We have been arguing about this for three practices now."><meta name="generator"
content="Discourse 3.2.1 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.wessexmorris.org/t/fieldtown-stick-dances-clashing/512"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/desktop_2b7c0f.css?__ws=forum.wessexmorris.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${fTitle}","author":{"@type":"Person","name":"jo_merrick"}}</script>
<meta id="data-discourse-setup" data-preloaded="{}" data-cdn="" data-base-url="https://forum.wessexmorris.org"></head>
<body class="crawler-disabled category-dances-notation"><noscript data-path="/t/fieldtown-stick-dances-clashing/512"></noscript>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header clearfix"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img id="site-logo"
class="logo-big"
src="/uploads/default/original/1X/wmf-logo.png" alt="Wessex Morris Forum"></a></div><div class="panel clearfix" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span class="d-button-label">Sign Up</span></button><button
class="btn btn-primary
btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li
class="header-dropdown-toggle
search-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="Search" title="search topics, posts, users, or categories"></button></li>
<li class="header-dropdown-toggle hamburger-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="menu"
title="menu"></button></li></ul></div></div></div>
</header></div><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container">
<div class="alert-info alert global-notice" id="global-notice-alert"><span
class="text">Welcome! New members are moderated for their first three posts.</span></div></div>
<span id="main-container"></span><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="512"><a
href="/t/fieldtown-stick-dances-clashing/512"
class="fancy-title"><span dir="auto">${fTitle}</span></a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper"
href="/c/dances-notation/5"><span data-category-id="5" style="--category-badge-color: #3AB54A" class="badge-category"><span class="badge-category__name">
${fCat.replace('&', '&amp;')}</span></span></a></div><div class="list-tags"><a href="/tag/fieldtown" data-tag-name="fieldtown"
class="discourse-tag simple">fieldtown</a>
<a href="/tag/sticks" data-tag-name="sticks" class="discourse-tag simple">sticks</a></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="512"><div class="posts-wrapper"><div class="post-stream">
${fPosts.map(postHtml).join('\n')}</div></div>
<div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date">Mar 3</a></div>
<div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date">Mar 5</a></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title"><span>Suggested Topics</span></h3><div class="topics">
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th></tr></thead>
<tbody>${fSuggested
  .map(
    (s) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${s[0]?.length}"
class="title raw-link raw-topic-link">${s[0]?.replace('&', '&amp;')}</a>
</span><div class="link-bottom-line"><span class="badge-category__name">${s[1]?.replace('&', '&amp;')}</span></div></td><td
class="num posts-map posts">${s[2]}</td>
<td class="num views">${s[3]}</td><td class="num age activity">${s[4]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a
href="/c/dances-notation/5">${fCat.replace('&', '&amp;')}</a>
or <a href="/latest">view latest topics</a>.</h3></div></div></section></div></div></div></div></div></section>
<script src="/assets/discourse-6fe1c2.js"></script></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout651-morris-forum-discourse',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...fPosts.flatMap((p) => [p.user, p.full, p.date]), 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Welcome! New members are moderated for their first three posts.', fCat, 'fieldtown', 'sticks',
    ...fPosts.map((p) => p.likes), 'Reply', 'created', 'last reply', '3', 'replies', '184', 'views', 'users', '1 / 4', 'Suggested Topics', 'Topic', 'Replies',
    'Views', 'Activity', ...fSuggested.flat(), 'Want to read more? Browse other topics in Dances & notation or view latest topics.',
  ],
});

const hTitle = 'Third place at the Spring Festival, and a soloist\u2019s prize for Lily';
const hBody = [
  j(
    'What a day. Eastcombe Silver Band came home from the Spring Festival at Market Lavenham with third place in the Third Section',
    'and the prize for best instrumental soloist, which went to our principal cornet, Lily Okafor, for her playing in the slow',
    'movement of the test piece.',
  ),
  j(
    'The test piece this year was Pennine Sketches, a three-movement work that asks a lot of the cornets and nearly as much of the',
    'basses. We drew eleventh of fourteen bands, which meant a long morning in the warm-up room and an awful lot of tea.',
  ),
  'How it went',
  j(
    'The opening fanfare was as tidy as we have ever played it, and the middle movement, with Lily\u2019s solo over muted',
    'trombones, drew a round of applause before the finale had even started. The adjudicator\u2019s remarks praised the band\u2019s',
    '\u201cgenuine sense of line\u201d and asked for more care with the balance in the loud passages, which is fair.',
  ),
  'Results',
  '1st Brindley Town Band',
  '2nd Castle Hollow Brass',
  '3rd Eastcombe Silver Band',
  j(
    'Thank you to everyone who came to support us, to the Eastcombe Arms for the coach, and to our musical director Owen Blakeley,',
    'who has taken this band from the Fourth Section to the top three in two years. Next stop: the regional championships in',
    'March. Rehearsals are Monday and Thursday at 7.30, and we are looking for a second baritone.',
  ),
];
const hRel = ['Our new musical director: Owen Blakeley', 'Christmas carols round the village: the route', 'Band AGM 2026: minutes'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Eastcombe Silver Band</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description"
content="Pennine Sketches, eleventh of fourteen and a long day in Market Lavenham.">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://eastcombesilver.band/posts/spring-festival-2027/"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><meta property="article:section" content="posts"><meta property="article:published_time"
content="2027-03-14T18:00:00+00:00">
<meta itemprop="name" content="${hTitle}"><meta itemprop="wordCount" content="342"><meta name="twitter:card" content="summary"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/bandstand.jpg');"><div class="bg-black-60">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/"
class="f3 fw2 hover-white no-underline white-90 dib">
Eastcombe Silver Band</a><div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/about/" title="About page">About</a></li><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/engagements/"
title="Engagements page">Engagements</a></li><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/posts/"
title="News page">News</a>
</li><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/join/" title="Join page">Join</a></li></ul><div
class="ananke-socials">
<a href="https://www.facebook.com/eastcombesilver" target="_blank" rel="noopener"
class="ananke-social-link link-transition facebook link dib z-999 pt3 pt0-l mr1"
title="Facebook link" aria-label="follow on Facebook——Opens in a new window"><span class="icon"><svg style="enable-background:new 0 0 67 67;"
viewBox="0 0 67 67">
<path d="M28.765,50.32h6.744V33.998h4.499l0.596-5.624h-5.095"/></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">Eastcombe Silver Band</div><p
class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">
News from the band room</p></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside
class="instapaper_ignoreheader mt3 ph3
ph4-ns f5 tracked"><span class="f6 fw4 b">NEWS</span></aside><div id="sharing" class="mt3 ananke-socials"><a
href="mailto:?&amp;body=https%3A%2F%2Feastcombesilver.band"
class="ananke-social-link email no-underline" title="Share on Email" aria-label="Share on Email"><span class="icon"><svg viewBox="0 0 24 24"><path
d="M64 112c-8.8 0-16 7.2"/>
</svg></span></a><a href="https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Feastcombesilver.band" class="ananke-social-link facebook no-underline"
title="Share on Facebook" aria-label="Share on Facebook"><span class="icon"></span></a></div><h1 class="f1 athelas mt3 mb1">${hTitle}</h1>
<p class="tracked">By <strong>Ruth Penhaligon</strong></p><time class="f6 mv4 dib tracked" datetime="2027-03-14T18:00:00Z">March 14, 2027</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps(at(hBody, 0, 1))}
<h2 id="how-it-went">${hBody[2]}</h2>${ps(at(hBody, 3))}
<figure><img src="/images/lily-okafor.jpg"
alt="Lily Okafor with her trophy"><figcaption><p>Lily Okafor with the soloist\u2019s trophy.</p></figcaption></figure>
<h2 id="results">${hBody[4]}</h2><ol>${at(hBody, 5, 6, 7)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ol>
${ps(at(hBody, 8))}
<ul class="pa0"><li class="list di"><a href="/tags/contests/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">contests</a></li>
<li class="list di"><a href="/tags/festival/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">festival</a></li></ul>
<div class="mt6 instapaper_ignoreref"></div></div><aside class="w-30-l mt6-l"><div
class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">Related</p><ul class="pa0 list">${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://eastcombesilver.band/">&copy; Eastcombe Silver Band 2027</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout651-brass-contest-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: at(hBody, 2, 4),
  body: hBody.filter((_, i) => i !== 2 && i !== 4),
  bylines: ['By Ruth Penhaligon', 'March 14, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eastcombe Silver Band', 'About', 'Engagements', 'News', 'Join', 'News from the band room', 'Lily Okafor with the soloist\u2019s trophy.', 'contests',
    'festival', 'Related', ...hRel, '© Eastcombe Silver Band 2027',
  ],
});

export const HELDOUT651_D: readonly TestPage[] = [discourse, hugo];
