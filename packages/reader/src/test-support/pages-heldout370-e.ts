import { links, ps, type TestPage, texts } from './page-kit.js';
import { medium } from './pages-heldout370-e2.js';
import { j } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file e: a student paper's live coverage of a student government election night on a WordPress
 * block theme with the Liveblog plugin (site header and navigation, "Live" label, intro, key results box, timestamped
 * entries with author avatars and names, "Load more entries", share links, footer) and, from file e2, an editorial
 * board's letter on a Medium publication.
 */
const lTitle = 'Live: Student association election night at Tarrow State';
const lIntro = j(
  'Polls closed at 8 p.m. for the Tarrow State Student Association’s spring election. Tribune reporters are',
  'following the count from the union ballroom. Refresh this page for the latest.',
);
const lKey = [
  'President: Amara Szeto wins with 54 percent',
  'Turnout: 4,918 votes, or 22 percent of eligible students',
  'Referendum on the green fee: passes, 61 percent to 39 percent',
];
type Entry = readonly [time: string, who: string, head: string, paras: readonly string[]];
const lEntries: readonly Entry[] = [
  [
    '10:42 PM',
    'Gideon Fairlie',
    'Szeto declared the winner',
    [
      j(
        'The elections commission has certified the presidential result. Amara Szeto, a junior in civil engineering, wins with',
        '2,611 votes to 2,219 for Lucas Tremblay-Ward. Szeto thanked her campaign team and said her first priority will be the',
        'late-night transit proposal she ran on.',
      ),
      j('“People told us students do not vote in spring elections,” Szeto said to a crowd of about sixty in the ballroom. “Tonight', 'they did.”'),
    ],
  ],
  [
    '10:05 PM',
    'Hana Lidström',
    'Green fee referendum passes',
    [
      j(
        'The referendum to add a $6 per semester sustainability fee passed with 61 percent of the vote. The fee will fund solar',
        'panels on the recreation center and a bike repair station outside the library, and it must still be approved by the',
        'board of regents in June.',
      ),
    ],
  ],
  [
    '9:31 PM',
    'Gideon Fairlie',
    'Turnout is the highest in six years',
    [
      j(
        'Election commissioner Rafael Ochoa says 4,918 students voted, up from 3,340 last spring. That is about 22 percent of',
        'eligible students, the highest turnout since 2020. Ochoa credited the new ballot link sent by text message.',
      ),
    ],
  ],
  [
    '8:47 PM',
    'Priya Anand',
    'First count shows a close presidential race',
    [
      j(
        'With the online ballots from the first four days counted, Szeto leads Tremblay-Ward by 118 votes. Paper ballots from the',
        'two polling tables in the union are being counted by hand now, and the commission says that will take about an hour.',
      ),
      j('Tremblay-Ward’s campaign manager told the Tribune they are “cautiously hopeful” because their candidate campaigned', 'heavily at the union tables.'),
    ],
  ],
  [
    '8:02 PM',
    'Hana Lidström',
    'Polls are closed',
    [
      j(
        'Voting has ended. The elections commission is starting the count in the union ballroom, which is open to the public. We',
        'will post results for president, the senate seats and the referendum as soon as they are certified.',
      ),
    ],
  ],
];
const lNav = ['News', 'Sports', 'Opinion', 'Arts', 'Elections 2026', 'Newsletter'];
const entryHtml = ([time, who, head, paras]: Entry): string => `<div class="liveblog-entry" id="liveblog-entry-${time.replace(/\W/g, '')}">
<header class="liveblog-meta"><span class="liveblog-meta-time"><a href="#liveblog-entry"><time>${time}</time></a></span>
<span class="liveblog-meta-authors"><span class="liveblog-meta-author"><span class="liveblog-meta-author-avatar"><img alt="" src="/avatar.jpg"
class="avatar avatar-30"></span><span class="liveblog-meta-author-name">${who}</span></span></span></header>
<div class="liveblog-entry-main"><div class="liveblog-entry-content"><h2>${head}</h2>
${ps(paras)}
</div><footer class="liveblog-entry-tools"><button class="liveblog-btn liveblog-btn-small liveblog-entry-share">Share entry</button></footer></div></div>`;
const lHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} &#8211; The Tarrow Tribune</title><meta property="og:title" content="${lTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${lTitle}","coverageStartTime":
"2026-03-11T20:00:00-06:00","coverageEndTime":"2026-03-11T23:00:00-06:00","author":{"@type":"Organization","name":"The Tarrow Tribune"}}</script>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7" media="all">
<link rel="stylesheet" id="liveblog-css" href="/wp-content/plugins/liveblog/assets/app.css?ver=1.9.7" media="all">
<script id="liveblog-js-extra">var liveblog_settings = {"post_id":"18803","state":"archive","refresh_interval":10,
"endpoint_url":"/wp-json/liveblog/v1/18803/"};</script>
</head><body class="post-template-default single single-post postid-18803 wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-global-padding is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">The Tarrow Tribune</a></p>
<nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container">
${links(lNav, 'wp-block-navigation-item wp-block-navigation-link')}
</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained"><div class="wp-block-group alignfull has-global-padding">
<p class="wp-block-post-terms taxonomy-category"><a href="/category/elections/" rel="tag">Elections</a></p>
<h1 class="wp-block-post-title">${lTitle}</h1>
<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Tribune News Staff</p></div></div>
<div class="wp-block-post-date"><time datetime="2026-03-11T20:00:00-06:00">March 11, 2026</time></div></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
<p class="live-label"><span class="has-vivid-red-color">●</span> This live coverage has ended.</p>
<p>${lIntro}</p>
<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained"><h2 class="wp-block-heading">Key results</h2>
<ul class="wp-block-list">${lKey.map((k) => `<li>${k}</li>`).join('\n')}</ul></div>
<div id="wpcom-liveblog-container" class="18803"><div class="liveblog-container"><div class="liveblog-feed">
${lEntries.map(entryHtml).join('\n')}
</div><button class="liveblog-btn liveblog-load-more">Load more entries</button></div></div>
</div>
<div class="wp-block-group share-links"><p>Share this coverage:</p><ul class="wp-block-social-links">
${links(['Facebook', 'Bluesky', 'Email'], 'wp-social-link')}</ul></div>
<div class="wp-block-group related-coverage"><h2 class="wp-block-heading">More election coverage</h2><ul class="wp-block-latest-posts__list">
${links(['Meet the candidates for student association president', 'What the green fee would pay for', 'Editorial: our endorsements'])}</ul></div>
</main><footer class="wp-block-template-part"><div class="wp-block-group has-global-padding">
<p>The Tarrow Tribune is published by students of Tarrow State University.</p>
<p class="has-small-font-size">Designed with <a href="https://wordpress.example" rel="nofollow">WordPress</a></p></div></footer></div>
<script src="/wp-content/plugins/liveblog/assets/app.js?ver=1.9.7" id="liveblog-js"></script></body></html>`;
const live: TestPage = {
  name: 'heldout370-wp-liveblog-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: ['Key results', ...lEntries.map((e) => e[2])],
  body: texts([lIntro, ...lKey, ...lEntries.flatMap((e) => e[3])]),
  bylines: ['Tribune News Staff', 'March 11, 2026', ...lEntries.map((e) => e[0]), 'Gideon Fairlie', 'Hana Lidström', 'Priya Anand'],
  furniture: [
    'The Tarrow Tribune',
    ...lNav,
    'Elections',
    'This live coverage has ended.',
    'Share entry',
    'Load more entries',
    'Share this coverage:',
    'Facebook',
    'Bluesky',
    'Email',
    'More election coverage',
    'Meet the candidates for student association president',
    'What the green fee would pay for',
    'Editorial: our endorsements',
    'The Tarrow Tribune is published by students of Tarrow State University.',
    'Designed with',
    'WordPress',
  ],
};

export const HELDOUT370_E: readonly TestPage[] = [live, medium];
