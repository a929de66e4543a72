import { type TestPage, texts } from './page-kit.js';
import { goodreadsReview } from './pages-heldout49-d2.js';

/**
 * Held-out batch 49, file d: a YouTube watch page, saved logged out with the description expanded (Polymer ytd-*
 * elements, yt-formatted-string and yt-attributed-string spans with pre-wrap newlines): the masthead with "Skip
 * navigation", search and "Sign in", the mini guide, the player's time and chapter labels, the h1 title, the owner row
 * (channel, subscribers, "Subscribe"), the like, share, save and download buttons, the info line (views, date, hashtags),
 * the description (hidden snippet and full text with chapter stamps, support, social and music lines, "Show less"), the
 * structured chapters, transcript and channel cards, the comments (pinned, edited, reply counts) and the related-video
 * rail with its chips; the VideoObject JSON-LD and the ytInitialData script.
 */
const ytTitle = 'Flattening a 100-Year-Old Workbench Top by Hand (No Power Tools)';
const ytDesc = [
  'This bench came out of a school woodshop that closed in the 1980s. The top is three inches of beech, and over a century it ' +
    'had cupped by nearly a quarter of an inch and picked up a twist you could rock a straightedge on.',
  'In this video I flatten it the old way: winding sticks to find the twist, a jack plane worked across the grain to take off the ' +
    'high spots, then a try plane along the length to bring it true. The whole job took about six hours spread over two weekends.',
  'A few people asked under the last video why I don&#39;t just put it through a wide-belt sander at a local shop. Partly because ' +
    'the top is too long for any machine near me, but mostly because flattening a bench by hand is the best lesson in reading ' +
    'grain I know of.',
  'If you&#39;re about to do the same, sharpen more often than you think you need to. Beech that old is hard, and a dull iron will ' +
    'tear out the end grain at the vise.',
  'Update: a lot of you asked what finish went on afterwards. Nothing more than two coats of boiled linseed oil, rubbed in thin ' +
    'and left a week between coats. A bench top should be a little grippy, not glossy, so I stopped there.',
  'The bench is getting a new leg vise in the next video, built around the original screw, which turned out to be in far ' +
    'better shape than the wood around it.',
];
const ytChapters: [string, string, number][] = [
  ['0:00', 'The bench and its history', 0],
  ['1:48', 'Finding the twist with winding sticks', 108],
  ['6:12', 'Traversing with the jack plane', 372],
  ['14:30', 'Truing up with the try plane', 870],
  ['22:05', 'Checking with a straightedge', 1325],
  ['25:40', 'Finish and final thoughts', 1540],
];
const ytExtra = ['Support the channel: https://lowbench.example/support', 'Instagram: @lowbenchworkshop', 'Music: Sawdust Morning by Fenna Hale'];
const ytTags = ['#woodworking', '#handtools', '#workbench'];
interface Comment {
  who: string;
  age: string;
  text: string;
  likes: string;
  replies: string;
  pinned?: boolean;
}
const ytComments: Comment[] = [
  {
    who: '@LowBenchWorkshop',
    age: '3 weeks ago',
    likes: '412',
    replies: '12 replies',
    pinned: true,
    text:
      'A few of you asked about the plane irons: both are the originals, just flattened and honed. No fancy upgrades. The try ' +
      'plane is a 1920s wooden one I found at a car boot sale for eight pounds.',
  },
  {
    who: '@marcus_joinery',
    age: '2 weeks ago',
    likes: '1.2K',
    replies: '23 replies',
    text: 'The bit at 14:30 where the shavings go from dust to full-width ribbons is so satisfying. Great video as always.',
  },
  {
    who: '@elspethmakes',
    age: '1 month ago (edited)',
    likes: '388',
    replies: '5 replies',
    text: 'My grandad had a bench just like this from a school in Sheffield. Same vise, same dog holes. Now I know what to do with it ' + 'this winter.',
  },
  {
    who: '@h.okonkwo',
    age: '1 week ago',
    likes: '57',
    replies: '4 replies',
    text: 'Genuine question: how do you stop the plane tearing out the far edge when you work across the grain? I always end up with ' + 'a chipped corner.',
  },
];
const ytRelated: [string, string, string, string, string][] = [
  ['Restoring a Record No. 5 Jack Plane', 'Low Bench Workshop', '98K views', '1 year ago', '18:44'],
  ['Why Old Workbenches Were So Heavy', 'Timber & Iron', '1.1M views', '2 years ago', '12:09'],
  ['How to Sharpen Plane Irons Without a Jig', 'The Saturday Joiner', '640K views', '3 years ago', '21:37'],
  ['Building a Roubo Bench From Reclaimed Oak, Part 1', 'Northfold Woodworks', '233K views', '8 months ago', '31:02'],
];
const ytChips = ['All', 'From Low Bench Workshop', 'Woodworking', 'Related', 'For you', 'Recently uploaded'];
const ytGuide = ['Home', 'Shorts', 'Subscriptions', 'You'];
const ytGuideGold = ytGuide.filter((t) => t !== 'You');
const S = 'yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap';
const span = (t: string): string => `<span class="yt-core-attributed-string--link-inherit-color" dir="auto" style="color: rgb(15, 15, 15);">${t}</span>`;
const stamp = ([t, name, s]: [string, string, number]): string =>
  `<span class="yt-core-attributed-string--link-inherit-color" dir="auto"><a class="yt-core-attributed-string__link
yt-core-attributed-string__link--call-to-action-color"
tabindex="0" href="/watch?v=Qm3vT8xLr2E&amp;t=${s}s" target="">${t}</a></span>${span(` ${name}\n`)}`;
const comment = (c: Comment): string => `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">
<ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer"><div id="body" class="style-scope ytd-comment-view-model">
<div id="main" class="style-scope ytd-comment-view-model"><div id="header" class="style-scope ytd-comment-view-model">${
  c.pinned
    ? `<div id="pinned-comment-badge"><ytd-pinned-comment-badge-renderer><yt-formatted-string id="label" class="style-scope
ytd-pinned-comment-badge-renderer">Pinned by
@LowBenchWorkshop</yt-formatted-string></ytd-pinned-comment-badge-renderer></div>`
    : ''
}<div id="header-author" class="style-scope ytd-comment-view-model"><h3 class="style-scope ytd-comment-view-model"><a id="author-text"
class="yt-simple-endpoint style-scope ytd-comment-view-model" href="/${c.who}"><span class="style-scope ytd-comment-view-model"> ${c.who} </span></a></h3>
<span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint style-scope ytd-comment-view-model"
href="/watch?v=Qm3vT8xLr2E&amp;lc=UgxR4k">${c.age}</a></span></div></div><div id="expander" class="style-scope ytd-comment-view-model">
<yt-attributed-string id="content-text" user-input="" class="style-scope ytd-comment-view-model"><span class="${S}" dir="auto" role="text">${c.text}</span>
</yt-attributed-string></div><ytd-comment-engagement-bar id="action-buttons" class="style-scope ytd-comment-view-model"><div id="toolbar">
<span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar" aria-label="${c.likes} likes"> ${c.likes} </span>
<ytd-button-renderer id="reply-button-end"><button class="yt-spec-button-shape-next" aria-label="Reply"><div
class="yt-spec-button-shape-next__button-text-content">Reply
</div></button></ytd-button-renderer></div></ytd-comment-engagement-bar></div></div></ytd-comment-view-model>
<div id="replies" class="style-scope ytd-comment-thread-renderer"><ytd-comment-replies-renderer><button class="yt-spec-button-shape-next"
aria-label="${c.replies}">
<span class="yt-core-attributed-string yt-core-attributed-string--white-space-no-wrap"
role="text">${c.replies}</span></button></ytd-comment-replies-renderer></div>
</ytd-comment-thread-renderer>`;
const related = ([title, ch, views, age, len]: [string, string, string, string, string]): string =>
  `<yt-lockup-view-model class="ytd-item-section-renderer lockup"><div class="yt-lockup-view-model-wiz yt-lockup-view-model-wiz--horizontal">
<a class="yt-lockup-view-model-wiz__content-image" href="/watch?v=r${len.replace(':', '')}"><div class="yt-thumbnail-view-model"><img alt=""
src="https://i.ytimg.com/vi/r/hqdefault.jpg">
</div><div class="badge-shape-wiz__text">${len}</div></a><div class="yt-lockup-view-model-wiz__metadata"><h3
class="yt-lockup-metadata-view-model-wiz__heading-reset"
title="${title.replace(/&/g, '&amp;')}"><a class="yt-lockup-metadata-view-model-wiz__title" href="/watch?v=r${len.replace(':', '')}"><span class="${S}"
role="text">${title.replace(
    /&/g,
    '&amp;',
  )}</span></a></h3><div class="yt-content-metadata-view-model-wiz"><div class="yt-content-metadata-view-model-wiz__metadata-row"><span class="${S}"
role="text">${ch.replace(
    /&/g,
    '&amp;',
  )}</span></div><div class="yt-content-metadata-view-model-wiz__metadata-row"><span class="${S}" role="text">${views}</span>
<span class="yt-content-metadata-view-model-wiz__delimiter" aria-hidden="true">•</span><span class="${S}"
role="text">${age}</span></div></div></div></div></yt-lockup-view-model>`;
const ytHtml = `<!DOCTYPE html>
<html style="font-size: 10px; font-family: Roboto, Arial, sans-serif;" lang="en-GB" darker-dark-theme="" system-icons="" typography="" typography-spacing="">
<head><meta charset="utf-8"><title>${ytTitle} - YouTube</title><meta name="title" content="${ytTitle}">
<meta name="description" content="This bench came out of a school woodshop that closed in the 1980s. The top is three inches of beech...">
<meta name="keywords" content="woodworking, hand tools, workbench, hand plane, winding sticks"><link rel="canonical"
href="https://www.youtube.com/watch?v=Qm3vT8xLr2E">
<meta property="og:site_name" content="YouTube"><meta property="og:type" content="video.other">
<style class="global_styles">html{background:#fff}ytd-app{display:block}[hidden]{display:none !important}</style></head>
<body dir="ltr" no-y-overflow=""><ytd-app><div id="content" class="style-scope ytd-app">
<div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO" class="shell masthead-finish" role="banner">
<div id="start" class="style-scope ytd-masthead"><ytd-button-renderer id="skip-navigation" class="style-scope ytd-masthead"><button
class="yt-spec-button-shape-next"
aria-label="Skip navigation"><div class="yt-spec-button-shape-next__button-text-content"><span class="${S}">Skip
navigation</span></div></button></ytd-button-renderer>
<yt-icon-button id="guide-button"><button id="button" aria-label="Guide"></button></yt-icon-button><ytd-topbar-logo-renderer id="logo"><a id="logo"
title="YouTube Home"
href="/"><span id="country-code" class="style-scope ytd-topbar-logo-renderer">GB</span></a></ytd-topbar-logo-renderer></div>
<div id="center" class="style-scope ytd-masthead"><yt-searchbox role="search"><form class="ytSearchboxComponentSearchForm" action="/results"><input
class="ytSearchboxComponentInput"
name="search_query" placeholder="Search" aria-label="Search"></form><button class="ytSearchboxComponentSearchButton"
aria-label="Search"></button></yt-searchbox>
<button aria-label="Search with your voice"></button></div>
<div id="end" class="style-scope ytd-masthead"><ytd-button-renderer class="style-scope ytd-masthead"><a class="yt-spec-button-shape-next" aria-label="Sign in"
href="https://accounts.google.com/ServiceLogin?service=youtube"><div class="yt-spec-button-shape-next__button-text-content">Sign
in</div></a></ytd-button-renderer></div>
</ytd-masthead></div>
<ytd-mini-guide-renderer class="style-scope ytd-app" role="navigation"><div id="items">${ytGuide
  .map(
    (t) =>
      `<ytd-mini-guide-entry-renderer role="tab" aria-label="${t}"><a id="endpoint" href="/${t.toLowerCase()}"><span
class="title">${t}</span></a></ytd-mini-guide-entry-renderer>`,
  )
  .join('')}</div></ytd-mini-guide-renderer>
<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-watch-flexy class="style-scope ytd-page-manager" video-id="Qm3vT8xLr2E" role="main">
<div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy"><div id="primary-inner" class="style-scope
ytd-watch-flexy">
<div id="player" class="style-scope ytd-watch-flexy"><div class="html5-video-player ytp-title-enable-channel-logo"><video class="video-stream
html5-main-video"></video>
<div class="ytp-chrome-bottom"><div class="ytp-time-display notranslate"><span class="ytp-time-current">0:00</span><span class="ytp-time-separator"> / </span>
<span class="ytp-time-duration">27:12</span></div><div class="ytp-chapter-title-content">The bench and its history</div></div></div></div>
<div id="below" class="style-scope ytd-watch-flexy"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy"><div id="above-the-fold">
<div id="title" class="style-scope ytd-watch-metadata"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string force-default-style=""
class="style-scope ytd-watch-metadata">${ytTitle}</yt-formatted-string></h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata"><ytd-video-owner-renderer
class="style-scope ytd-watch-metadata">
<a class="yt-simple-endpoint style-scope ytd-video-owner-renderer" href="/@LowBenchWorkshop"><img id="img" alt="" width="40"
src="https://yt3.ggpht.com/lowbench=s88"></a>
<div id="upload-info" class="style-scope ytd-video-owner-renderer"><ytd-channel-name id="channel-name"><yt-formatted-string id="text" title="Low Bench Workshop"
class="style-scope ytd-channel-name complex-string"><a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@LowBenchWorkshop" dir="auto">Low
Bench Workshop</a>
</yt-formatted-string></ytd-channel-name><yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer" aria-label="184K
subscribers">184K
subscribers</yt-formatted-string></div></ytd-video-owner-renderer><div id="subscribe-button"><button class="yt-spec-button-shape-next" aria-label="Subscribe
to Low Bench
Workshop."><div class="yt-spec-button-shape-next__button-text-content"><span class="${S}">Subscribe</span></div></button></div></div>
<div id="actions" class="item style-scope ytd-watch-metadata"><button class="yt-spec-button-shape-next" aria-label="like this video along with 8,412 other
people"
title="I like this"><div class="yt-spec-button-shape-next__button-text-content">8.4K</div></button><button class="yt-spec-button-shape-next"
aria-label="Dislike this video"
title="I dislike this"></button><button class="yt-spec-button-shape-next" aria-label="Share"><div
class="yt-spec-button-shape-next__button-text-content">Share</div></button>
<button class="yt-spec-button-shape-next" aria-label="Save to playlist"><div class="yt-spec-button-shape-next__button-text-content">Save</div></button>
<button class="yt-spec-button-shape-next" aria-label="Download"><div class="yt-spec-button-shape-next__button-text-content">Download</div></button></div></div>
<div id="bottom-row" class="style-scope ytd-watch-metadata"><div id="description" class="item style-scope ytd-watch-metadata"><div id="description-inner">
<ytd-watch-info-text id="ytd-watch-info-text"><div id="info-container"><yt-formatted-string id="info" class="style-scope ytd-watch-info-text"><span dir="auto"
class="bold style-scope yt-formatted-string">212,406 views</span><span dir="auto" class="bold style-scope yt-formatted-string">  </span><span dir="auto"
class="bold style-scope yt-formatted-string">Oct 21, 2025</span><span dir="auto" class="bold style-scope yt-formatted-string">  </span>${ytTags
  .map((t) => `<a class="yt-simple-endpoint bold style-scope yt-formatted-string" href="/hashtag/${t.slice(1)}">${t}</a>`)
  .join('<span dir="auto" class="bold style-scope yt-formatted-string"> </span>')}</yt-formatted-string></div></ytd-watch-info-text>
<ytd-text-inline-expander id="description-inline-expander" class="style-scope ytd-watch-metadata" is-expanded=""><yt-attributed-string
id="attributed-snippet-text"
class="style-scope ytd-text-inline-expander" hidden=""><span class="${S}" role="text">${span((ytDesc[0] ?? '').slice(0, 118))}</span></yt-attributed-string>
<div id="expanded" class="style-scope ytd-text-inline-expander"><yt-attributed-string user-input="" class="style-scope ytd-text-inline-expander"><span
class="${S}" dir="auto"
role="text">${span(`${ytDesc.join('\n\n')}\n\n`)}${ytChapters.map(stamp).join('')}${span('\n')}${span(`${ytExtra.join('\n')}\n\n`)}${span(
  ytTags.join(' '),
)}</span>
</yt-attributed-string></div><tp-yt-paper-button id="expand" class="button style-scope ytd-text-inline-expander" hidden="">...more</tp-yt-paper-button>
<tp-yt-paper-button id="collapse" class="button style-scope ytd-text-inline-expander">Show less</tp-yt-paper-button></ytd-text-inline-expander>
<ytd-structured-description-content-renderer id="structured-description" class="style-scope ytd-watch-metadata"><div id="items">
<ytd-horizontal-card-list-renderer><div id="header"><yt-formatted-string id="title" class="style-scope
ytd-rich-list-header-renderer">Chapters</yt-formatted-string>
<button aria-label="View all"><div class="yt-spec-button-shape-next__button-text-content">View all</div></button></div><div id="items">${ytChapters
  .map(
    ([t, name]) =>
      `<ytd-macro-markers-list-item-renderer layout="macro-markers"><a id="endpoint" href="#"><h4 class="macro-markers style-scope
ytd-macro-markers-list-item-renderer"
title="${name}">${name}</h4><div id="time" class="style-scope ytd-macro-markers-list-item-renderer">${t}</div></a></ytd-macro-markers-list-item-renderer>`,
  )
  .join('')}</div></ytd-horizontal-card-list-renderer>
<ytd-video-description-transcript-section-renderer><div id="header"><yt-formatted-string class="style-scope">Transcript</yt-formatted-string></div>
<yt-formatted-string id="sub-header-text">Follow along using the transcript.</yt-formatted-string><button aria-label="Show transcript"><div
class="yt-spec-button-shape-next__button-text-content">Show transcript</div></button></ytd-video-description-transcript-section-renderer>
<ytd-video-description-infocards-section-renderer><div id="header-text"><a id="title" href="/@LowBenchWorkshop">Low Bench Workshop</a><yt-formatted-string
id="subtitle">184K
subscribers</yt-formatted-string></div><div id="infocards-section"><a href="/@LowBenchWorkshop/videos"><span>Videos</span></a><a
href="/@LowBenchWorkshop/about"><span>About
</span></a></div></ytd-video-description-infocards-section-renderer></div></ytd-structured-description-content-renderer></div></div></div></div>
</ytd-watch-metadata>
<ytd-comments id="comments" class="style-scope ytd-watch-flexy"><ytd-item-section-renderer class="style-scope ytd-comments"><div id="header">
<ytd-comments-header-renderer><div id="title"><h2 id="count" class="style-scope ytd-comments-header-renderer"><yt-formatted-string class="count-text"><span
dir="auto">1,032</span>
<span dir="auto">Comments</span></yt-formatted-string></h2><div id="sort-menu"><yt-sort-filter-sub-menu-renderer><tp-yt-paper-button id="label"
aria-label="Sort comments"><yt-icon></yt-icon><div id="icon-label">Sort by</div></tp-yt-paper-button></yt-sort-filter-sub-menu-renderer></div></div>
<div id="simple-box"><ytd-comment-simplebox-renderer><yt-formatted-string id="simplebox-placeholder">Add a
comment…</yt-formatted-string></ytd-comment-simplebox-renderer>
</div></ytd-comments-header-renderer></div><div id="contents" class="style-scope ytd-item-section-renderer">
${ytComments.map(comment).join('\n')}
</div></ytd-item-section-renderer></ytd-comments></div></div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><div id="secondary-inner"><yt-chip-cloud-renderer><div id="chips">${ytChips
  .map(
    (t) => `<yt-chip-cloud-chip-renderer role="tab"><div id="chip-shape-container"><div class="ytChipShapeChip">${t}</div></div></yt-chip-cloud-chip-renderer>`,
  )
  .join('')}</div></yt-chip-cloud-renderer><ytd-item-section-renderer class="style-scope ytd-watch-next-secondary-results-renderer"><div id="contents">
${ytRelated.map(related).join('\n')}
</div></ytd-item-section-renderer></div></div></div></ytd-watch-flexy></ytd-page-manager>
<div id="microformat"><player-microformat-renderer><script
type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${ytTitle}",
"description":"This bench came out of a school woodshop that closed in the 1980s.","duration":"PT27M12S","uploadDate":"2025-10-21T07:00:06-07:00",
"author":"Low Bench Workshop","interactionCount":"212406","genre":"Howto &amp; Style"}</script></player-microformat-renderer></div>
</div></ytd-app>
<script nonce="k2W0kQ">var ytInitialData = {"responseContext":{"serviceTrackingParams":[{"service":"CSI","params":[{"key":"c","value":"WEB"}]}]},
"contents":{"twoColumnWatchNextResults":{"results":{"results":{"contents":[]}}}},"currentVideoEndpoint":{"watchEndpoint":{"videoId":"Qm3vT8xLr2E"}}};</script>
</body></html>`;
const youtubeWatch: TestPage = {
  html: ytHtml,
  name: 'heldout49-youtube-watch',
  kind: 'blog',
  // the video's h1 is the title; the description's prose paragraphs are the body (the page has no headings); the
  // channel name and the upload date are bylines, the commenters' handles and comment ages too (each once); the chapter
  // stamps in the description and the structured chapter cards are furniture (a video page's chapter list, batch 12's
  // convention), so are the support, social and music lines, the hashtags, views, subscribers, buttons, player times,
  // transcript and channel cards, and the comments (reader comments under a publication, as on a blog page: the video page
  // is not a thread), with their likes, "Pinned by" and reply counts; the hidden collapsed snippet repeats the first
  // paragraph's opening (in neither list); the guide's "You", the tag "#workbench" and the channel card's "About" are words of
  // the body: left out
  title: ytTitle,
  headings: [],
  body: texts(ytDesc),
  bylines: ['Low Bench Workshop', 'Oct 21, 2025', ...ytComments.flatMap((c) => [c.who, c.age])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip navigation', 'GB', 'Sign in', ...ytGuideGold, '0:00', '27:12', '184K subscribers', 'Subscribe', '8.4K', 'Share', 'Save', 'Download', '212,406 views',
    ...ytTags.slice(0, 2), ...ytChapters.map(([t, name]) => `${t} ${name}`), ...ytChapters.map(([, name]) => name), ...ytExtra, 'Show less', 'Chapters',
    'View all', 'Transcript', 'Follow along using the transcript.', 'Show transcript', 'Videos', '1,032', 'Comments', 'Sort by', 'Add a comment…',
    'Pinned by @LowBenchWorkshop', ...texts(ytComments.map((c) => c.text)), ...ytComments.map((c) => c.likes), ...ytComments.map((c) => c.replies), 'Reply',
    ...ytChips, ...ytRelated.flat().filter((t) => t !== 'Low Bench Workshop'),
  ],
};

export const HELDOUT49_D: readonly TestPage[] = [youtubeWatch, goodreadsReview];
