import { links, ps, type TestPage, texts } from './page-kit.js';
import { teachable } from './pages-heldout368-d2.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file d: a YouTube watch page of a recorded lecture with its transcript panel open (Polymer custom
 * elements: masthead, guide, owner row with subscribe button, like / share / save bar, description with view count and
 * date, transcript segments under chapter headers with timestamps, comments, the "up next" rail) and, from file d2, a
 * Teachable-style lesson.
 */
const yTitle = 'Lecture 9: How Bridges Carry Load — Statics for Non-Engineers';
const yDesc = [
  j(
    'In this lecture we look at the three basic ways a bridge carries weight to the ground: by bending, by pulling and by',
    'pushing. Recorded live at the Harwick Public Library lecture series, winter term.',
  ),
];
const yChapters: [string, [string, string][]][] = [
  [
    'Forces you can feel',
    [
      ['0:00', 'Good evening, everyone. Tonight is about bridges, and I want to start with something you can do in your seat.'],
      ['0:09', 'Hold a ruler between two fingers at its ends and press down in the middle. Feel how it curves and pushes back.'],
      ['0:21', 'That push back is the whole subject of statics. A structure stands because every force on it is answered.'],
      ['0:34', 'If the forces do not balance, something moves, and in a bridge movement is usually the thing we least want.'],
    ],
  ],
  [
    'Beams, arches and cables',
    [
      ['1:02', 'A beam bridge carries load by bending. The top of the beam is squeezed and the bottom is stretched at the same time.'],
      ['1:18', 'That is why a plank sags more the longer it is. Double the span and the bending grows much faster than you expect.'],
      ['1:35', 'An arch turns that around. It is shaped so that the load travels along it as pure compression, all the way down.'],
      ['1:52', 'Stone is very good at being squeezed and very bad at being stretched, which is why stone bridges are arches.'],
      ['2:10', 'And a suspension bridge does the opposite again: the deck hangs from cables, and the cables only ever pull.'],
      ['2:27', 'Steel wire is superb in tension, so a cable can be thin and light and still hold up a road across a wide river.'],
    ],
  ],
  [
    'Where the load ends up',
    [
      ['3:05', 'Whatever the type, the load has to reach the ground somewhere. For an arch, that is a sideways push at each end.'],
      ['3:21', 'The ground has to resist that push, which is why arches need strong abutments or a row of arches leaning on each other.'],
      ['3:40', 'For a suspension bridge, the cables pull inward on the towers and the anchorages, huge blocks that hold the cable ends.'],
      ['3:58', 'Next week we will build a small arch out of sugar cubes and see exactly where it fails when the abutment is taken away.'],
    ],
  ],
];
const yGuide = ['Home', 'Shorts', 'Subscriptions', 'You', 'History'];
const yUpNext = ['Lecture 10: Why Buildings Sway in the Wind', 'The Sugar Cube Arch Experiment', 'Lecture 8: Materials in Tension and Compression'];
const yComments: [string, string][] = [
  ['@tamsin_ro', 'The ruler demo at the start made it click for me. Wish my school physics had been like this.'],
  ['@civ_eng_dad', 'Showing this to my daughter before her bridge project. Great pacing.'],
];
const seg = (t: string, s: string): string => `<ytd-transcript-segment-renderer class="style-scope ytd-transcript-segment-list-renderer" rounded-container="">
<div class="segment style-scope ytd-transcript-segment-renderer" role="button" tabindex="0" aria-label="${t} ${s.slice(0, 20)}">
<div class="segment-start-offset style-scope ytd-transcript-segment-renderer" tabindex="-1">
<div class="segment-timestamp style-scope ytd-transcript-segment-renderer">
${t}</div></div><yt-formatted-string class="segment-text style-scope ytd-transcript-segment-renderer">${s}</yt-formatted-string></div>
</ytd-transcript-segment-renderer>`;
const yHtml = `<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" system-icons darker-dark-theme><head>
<title>${yTitle} - YouTube</title><meta name="description" content="In this lecture we look at the three basic ways a bridge carries weight to the ground.">
<meta property="og:site_name" content="YouTube"><meta property="og:type" content="video.other"><meta property="og:title" content="${yTitle}">
<link rel="canonical" href="https://www.youtube.example/watch?v=q7Hb2LxTw0c"><script type="application/ld+json">{"@context":"http://schema.org",
"@type":"VideoObject","name":"${yTitle}","uploadDate":"2026-02-19T18:30:00-08:00","duration":"PT58M12S"}</script>
<script nonce="x1">var ytInitialPlayerResponse = {"videoDetails":{"videoId":"q7Hb2LxTw0c","lengthSeconds":"3492"}};</script></head>
<body dir="ltr" no-y-overflow><ytd-app><div id="content" class="style-scope ytd-app"><ytd-masthead id="masthead" class="shell style-scope ytd-app">
<div id="start" class="style-scope ytd-masthead"><a id="logo" href="/" title="YouTube Home">
<span class="style-scope ytd-topbar-logo-renderer">YouTube</span></a></div>
<div id="center" class="style-scope ytd-masthead"><input id="search" name="search_query" placeholder="Search" aria-label="Search"></div>
<div id="end" class="style-scope ytd-masthead"><a href="/signin" class="yt-spec-button-shape-next">Sign in</a></div></ytd-masthead>
<tp-yt-app-drawer id="guide"><ytd-guide-renderer><div id="sections">${yGuide
  .map(
    (t) => `<ytd-guide-entry-renderer><a id="endpoint" title="${t}">
<yt-formatted-string class="title style-scope ytd-guide-entry-renderer">${t}</yt-formatted-string></a></ytd-guide-entry-renderer>`,
  )
  .join('')}</div>
</ytd-guide-renderer></tp-yt-app-drawer>
<ytd-page-manager id="page-manager"><ytd-watch-flexy class="style-scope ytd-page-manager hide-skeleton" video-id="q7Hb2LxTw0c">
<div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy">
<div id="player" class="style-scope ytd-watch-flexy">
<div class="html5-video-player"><video class="video-stream html5-main-video"></video><span class="ytp-time-duration">58:12</span></div></div>
<ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy"><div id="title" class="style-scope ytd-watch-metadata">
<h1 class="style-scope ytd-watch-metadata"><yt-formatted-string force-default-style class="style-scope ytd-watch-metadata">${yTitle}</yt-formatted-string>
</h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata"><ytd-video-owner-renderer>
<ytd-channel-name id="channel-name"><yt-formatted-string id="text" class="style-scope ytd-channel-name"><a href="/@harwicklectures">Harwick Library Lectures</a>
</yt-formatted-string></ytd-channel-name>
<yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer">24.1K subscribers</yt-formatted-string>
</ytd-video-owner-renderer><div id="subscribe-button"><button class="yt-spec-button-shape-next"><div class="yt-spec-button-shape-next__button-text-content">
Subscribe</div></button></div></div><div id="actions" class="style-scope ytd-watch-metadata"><like-button-view-model><button aria-label="like this video">
<div class="yt-spec-button-shape-next__button-text-content">1.2K</div></button></like-button-view-model><button>
<div class="yt-spec-button-shape-next__button-text-content">
Share</div></button><button><div class="yt-spec-button-shape-next__button-text-content">Download</div></button>
<button><div class="yt-spec-button-shape-next__button-text-content">Save</div></button></div></div>
<div id="bottom-row" class="style-scope ytd-watch-metadata"><div id="description" class="item style-scope ytd-watch-metadata"><ytd-text-inline-expander>
<div id="info-container"><yt-formatted-string id="info"><span>8,204 views</span> <span>Feb 19, 2026</span></yt-formatted-string></div>
<yt-attributed-string class="style-scope ytd-text-inline-expander">${ps(yDesc, ' class="yt-core-attributed-string"')}</yt-attributed-string>
<tp-yt-paper-button id="expand">...more</tp-yt-paper-button></ytd-text-inline-expander></div></div></ytd-watch-metadata>
<ytd-comments id="comments"><ytd-item-section-renderer><div id="header"><ytd-comments-header-renderer><h2 id="count"><yt-formatted-string>
212 Comments</yt-formatted-string></h2><yt-sort-filter-sub-menu-renderer><span>Sort by</span></yt-sort-filter-sub-menu-renderer>
</ytd-comments-header-renderer></div>
<div id="contents">${yComments
  .map(
    ([a, t]) => `<ytd-comment-thread-renderer><ytd-comment-view-model><div id="header-author"><h3><a id="author-text" href="/${a}">
<span>${a}</span></a></h3><span id="published-time-text"><a>2 weeks ago</a></span></div><div id="content"><yt-attributed-string id="content-text">
<span class="yt-core-attributed-string">${t}</span></yt-attributed-string></div><div id="toolbar"><span id="vote-count-middle">14</span>
<button aria-label="Reply"><span>Reply</span></button></div></ytd-comment-view-model></ytd-comment-thread-renderer>`,
  )
  .join('\n')}</div>
</ytd-item-section-renderer></ytd-comments></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><div id="panels" class="style-scope ytd-watch-flexy">
<ytd-engagement-panel-section-list-renderer target-id="engagement-panel-searchable-transcript" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED">
<div id="header"><ytd-engagement-panel-title-header-renderer><h2 id="title-text"><yt-formatted-string id="title-text">Transcript</yt-formatted-string></h2>
</ytd-engagement-panel-title-header-renderer></div><div id="content"><ytd-transcript-renderer><ytd-transcript-search-panel-renderer><div id="body">
<ytd-transcript-segment-list-renderer><div id="segments-container" class="style-scope ytd-transcript-segment-list-renderer">
${yChapters
  .map(
    ([h, segs]) => `<ytd-transcript-section-header-renderer><div class="style-scope ytd-transcript-section-header-renderer"><h2 class="style-scope
ytd-transcript-section-header-renderer"><span>${h}</span></h2></div></ytd-transcript-section-header-renderer>
${segs.map(([t, s]) => seg(t, s)).join('\n')}`,
  )
  .join('\n')}
</div></ytd-transcript-segment-list-renderer></div><ytd-transcript-footer-renderer><span>English (auto-generated)</span></ytd-transcript-footer-renderer>
</ytd-transcript-search-panel-renderer></ytd-transcript-renderer></div></ytd-engagement-panel-section-list-renderer></div>
<div id="related"><ytd-watch-next-secondary-results-renderer><div id="items">${yUpNext
  .map(
    (t) => `<ytd-compact-video-renderer><div id="dismissible">
<h3><span id="video-title" title="${t}">${t}</span></h3><ytd-channel-name><yt-formatted-string>Harwick Library Lectures</yt-formatted-string></ytd-channel-name>
</div></ytd-compact-video-renderer>`,
  )
  .join('\n')}</div></ytd-watch-next-secondary-results-renderer></div></div></div></ytd-watch-flexy></ytd-page-manager></div>
</ytd-app><script nonce="x1">if (window.ytcsi) {window.ytcsi.tick('pdr', null, '');}</script></body></html>`;
const youtube: TestPage = {
  name: 'heldout368-youtube-lecture-transcript',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: yChapters.map(([h]) => h),
  body: texts([...yDesc, ...yChapters.flatMap(([, s]) => s.map(([, t]) => t))]),
  bylines: ['Harwick Library Lectures', 'Feb 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'YouTube', 'Sign in', ...yGuide, '58:12', '24.1K subscribers', 'Subscribe', '1.2K', 'Share', 'Download', 'Save', '8,204 views', '...more',
    '212 Comments', 'Sort by', ...yComments.flat(), '2 weeks ago', 'Reply', 'Transcript', ...yChapters.flatMap(([, s]) => s.map(([t]) => t)),
    'English (auto-generated)', ...yUpNext,
  ],
};

export const HELDOUT368_D: readonly TestPage[] = [youtube, teachable];
