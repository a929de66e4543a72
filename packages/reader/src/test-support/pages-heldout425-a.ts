import { links, type TestPage, texts } from './page-kit.js';
import { vimeo } from './pages-heldout425-a2.js';
import { j, lis } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file a: a YouTube watch page saved after hydration (ytd-app, ytd-masthead, the guide, ytd-watch-metadata
 * with the owner row, like / share / save buttons, the expanded description whose text is the body, chapters, ytd-comments
 * and the ytd-compact-video-renderer rail) and, from file a2, a Vimeo clip page.
 */
const yTitle = 'Restoring a 1962 shop lathe: the headstock, bearing by bearing';
const yDesc = [
  j(
    'This is part three of the Marrow Street lathe rebuild. The machine came out of a school workshop in Tillsby that closed in the',
    'spring, and it had not been run in at least a decade. In this episode we open the headstock, lift the spindle out and look at',
    'what sixty years of cutting oil and neglect do to a pair of taper roller bearings.',
  ),
  j(
    'The short version: the rear bearing was fine, the front one was pitted on two rollers, and the felt seals had turned to',
    'something like cardboard. I replaced both bearings as a matched set because mixing an old cup with a new cone is asking for',
    'noise and heat, and the pair cost less than a tank of fuel.',
  ),
  j(
    'Setting the preload is the part most people ask about, so I spend a long time on it. The method I use is the old one from the',
    "maker's manual: tighten the adjusting nut until the spindle just stops turning freely by hand, back it off a sixth of a turn,",
    'then run the lathe at its middle speed for twenty minutes and check that the nose is warm but never too hot to hold.',
  ),
  'Chapters:',
];
const yChapters = [
  '0:00 Where we left off',
  '1:42 Draining the headstock and what came out',
  '6:10 Pulling the spindle without a press',
  '14:35 Reading the wear on the bearing races',
  '21:08 Fitting new seals and cups',
  '29:50 Setting the preload',
  '38:12 First run and temperature check',
];
const yDesc2 = [
  j(
    'Parts used: one matched pair of taper roller bearings, two felt seals cut from sheet, a tin of spindle oil of the grade on the',
    'plate, and a lot of paper towel. No sponsor on this one; the channel is paid for by the people who support it.',
  ),
  j(
    'Next episode: the gearbox, which has a chipped tooth on the 40 gear and a shear pin somebody replaced with a nail. If you have',
    'a drawing of the original change-gear chart for this model, please get in touch, because ours is missing.',
  ),
];
const yDescAll = [...yDesc, ...yChapters, ...yDesc2];
const yGuide = ['Home', 'Shorts', 'Subscriptions', 'You', 'History'];
const yComments = [
  'The sixth of a turn rule is exactly what my grandfather taught me on a different machine. Nice to see it still works.',
  'Could you show how you cut the felt seals? Mine always come out lumpy.',
];
const yRelated = [
  'Scraping the ways on a worn bench lathe',
  'Why old machine tools are worth saving',
  'Making a spindle nut spanner from scrap plate',
  'The cheapest way to check a spindle for runout',
];
const yHash = ['#lathe', '#restoration', '#machining'];
const ytRel = (t: string, ch: string, views: string): string => `<ytd-compact-video-renderer class="style-scope ytd-item-section-renderer" lockup="true">
<div id="dismissible" class="style-scope ytd-compact-video-renderer"><div class="details style-scope ytd-compact-video-renderer"><div class="metadata">
<a class="yt-simple-endpoint style-scope ytd-compact-video-renderer" href="/watch?v=x"><h3 class="style-scope ytd-compact-video-renderer">
<span id="video-title" class="style-scope ytd-compact-video-renderer">${t}</span></h3>
<div class="secondary-metadata"><ytd-channel-name class="style-scope"><yt-formatted-string id="text" class="style-scope ytd-channel-name">${ch}
</yt-formatted-string></ytd-channel-name><span class="inline-metadata-item style-scope ytd-video-meta-block">${views}</span></div></a></div></div></div>
</ytd-compact-video-renderer>`;
const ytComment = (
  user: string,
  when: string,
  text: string,
  likes: string,
): string => `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">
<ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer"><div id="body" class="style-scope ytd-comment-view-model">
<div id="header-author" class="style-scope ytd-comment-view-model"><h3 class="style-scope ytd-comment-view-model"><a id="author-text"
class="yt-simple-endpoint style-scope ytd-comment-view-model" href="/@x"><span class="style-scope ytd-comment-view-model">${user}</span></a></h3>
<span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint" href="/watch?lc=x">${when}</a></span></div>
<ytd-expander id="expander" class="style-scope ytd-comment-view-model"><div id="content" class="style-scope ytd-expander">
<yt-attributed-string id="content-text" class="style-scope ytd-comment-view-model"><span class="yt-core-attributed-string" role="text">${text}</span>
</yt-attributed-string></div></ytd-expander><ytd-comment-engagement-bar id="action-buttons" class="style-scope ytd-comment-view-model">
<span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar" aria-label="${likes} likes">${likes}</span>
<button class="yt-spec-button-shape-next" aria-label="Reply"><div class="yt-spec-button-shape-next__button-text-content">Reply</div></button>
</ytd-comment-engagement-bar></div></ytd-comment-view-model></ytd-comment-thread-renderer>`;
const yHtml = `<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" darker-dark-theme system-icons
typography typography-spacing><head><meta http-equiv="origin-trial" content="AmhMBR6zCLzDDxpW"><title>${yTitle} - YouTube</title>
<meta name="title" content="${yTitle}"><meta name="description" content="This is part three of the Marrow Street lathe rebuild.">
<meta property="og:site_name" content="YouTube"><meta property="og:type" content="video.other"><meta property="og:title" content="${yTitle}">
<meta name="twitter:card" content="player"><link rel="canonical" href="https://www.youtube.com/watch?v=q7Lm3sWnX0e">
<link rel="stylesheet" href="//www.youtube.com/s/desktop/2b5c1f0e/cssbin/www-main-desktop-watch-page-skeleton.css" name="www-main-desktop-watch-page-skeleton">
<script nonce="aF3k">var ytcfg={d:function(){return window.yt&&yt.config_||ytcfg.data_||(ytcfg.data_={})}};ytcfg.set({"HL":"en","GL":"GB"});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${yTitle}","uploadDate":"2026-03-14T08:00:07-07:00",
"duration":"PT44M31S","author":"Marrow Street Machines"}</script></head>
<body dir="ltr" no-y-overflow><ytd-app><div id="content" class="style-scope ytd-app"><div id="masthead-container" class="style-scope ytd-app">
<ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO" slot="masthead" class="shell"><div id="container" class="style-scope ytd-masthead">
<div id="start" class="style-scope ytd-masthead"><yt-icon-button id="guide-button" class="style-scope ytd-masthead"><button id="button"
aria-label="Guide"></button></yt-icon-button><ytd-topbar-logo-renderer id="logo" class="style-scope ytd-masthead"><a id="logo"
class="yt-simple-endpoint style-scope ytd-topbar-logo-renderer" href="/" title="YouTube Home"><span id="country-code"
class="style-scope ytd-topbar-logo-renderer">GB</span></a></ytd-topbar-logo-renderer></div>
<div id="center" class="style-scope ytd-masthead"><ytd-searchbox id="search" class="style-scope ytd-masthead"><form id="search-form" action="/results">
<input id="search" name="search_query" placeholder="Search" autocomplete="off"></form></ytd-searchbox></div>
<div id="end" class="style-scope ytd-masthead"><ytd-button-renderer class="style-scope ytd-masthead"><a class="yt-spec-button-shape-next"
href="https://accounts.google.com/ServiceLogin" aria-label="Sign in"><div class="yt-spec-button-shape-next__button-text-content">Sign in</div></a>
</ytd-button-renderer></div></div></ytd-masthead></div>
<tp-yt-app-drawer id="guide" class="style-scope ytd-app" align="start" swipe-open><div id="contentContainer" class="style-scope tp-yt-app-drawer">
<ytd-guide-renderer id="guide-renderer" class="style-scope ytd-app"><div id="sections" class="style-scope ytd-guide-renderer">
<ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><ul id="items">${links(yGuide, 'style-scope ytd-guide-entry-renderer')}</ul>
</ytd-guide-section-renderer></div></ytd-guide-renderer></div></tp-yt-app-drawer>
<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-watch-flexy class="style-scope ytd-page-manager hide-skeleton" flexy
video-id="q7Lm3sWnX0e" role="main"><div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy">
<div id="primary-inner" class="style-scope ytd-watch-flexy"><div id="player" class="style-scope ytd-watch-flexy"><div id="movie_player"
class="html5-video-player ytp-exp-bottom-control-flexbox" aria-label="YouTube Video Player"><div class="html5-video-container"><video tabindex="-1"
class="video-stream html5-main-video" src="blob:https://www.youtube.com/5f0c"></video></div><div class="ytp-chrome-bottom"><div class="ytp-time-display">
<span class="ytp-time-current">0:00</span><span class="ytp-time-separator"> / </span><span class="ytp-time-duration">44:31</span></div></div></div></div>
<div id="below" class="style-scope ytd-watch-flexy"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy" flex-menu-enabled>
<div id="above-the-fold" class="style-scope ytd-watch-metadata"><div id="super-title" class="style-scope ytd-watch-metadata">
${yHash.map((h) => `<a class="yt-simple-endpoint style-scope yt-formatted-string" href="/hashtag/${h.slice(1)}">${h}</a>`).join(' ')}</div>
<div id="title" class="style-scope ytd-watch-metadata"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string force-default-style
class="style-scope ytd-watch-metadata">${yTitle}</yt-formatted-string></h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata">
<ytd-video-owner-renderer class="style-scope ytd-watch-metadata"><div id="upload-info" class="style-scope ytd-video-owner-renderer">
<ytd-channel-name id="channel-name" class="style-scope ytd-video-owner-renderer"><yt-formatted-string id="text" class="style-scope ytd-channel-name">
<a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@marrowstreet">Marrow Street Machines</a></yt-formatted-string></ytd-channel-name>
<yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer">48.6K subscribers</yt-formatted-string></div>
</ytd-video-owner-renderer><div id="subscribe-button" class="style-scope ytd-watch-metadata"><button class="yt-spec-button-shape-next"
aria-label="Subscribe to Marrow Street Machines."><div class="yt-spec-button-shape-next__button-text-content"><span
class="yt-core-attributed-string">Subscribe</span></div></button></div></div>
<div id="actions" class="item style-scope ytd-watch-metadata"><ytd-menu-renderer class="style-scope ytd-watch-metadata"><div id="top-level-buttons-computed">
<segmented-like-dislike-button-view-model><like-button-view-model><button class="yt-spec-button-shape-next" aria-label="like this video along with 2,214
other people"><div class="yt-spec-button-shape-next__button-text-content">2.2K</div></button></like-button-view-model>
<dislike-button-view-model><button aria-label="Dislike this video"></button></dislike-button-view-model></segmented-like-dislike-button-view-model>
<yt-button-view-model><button class="yt-spec-button-shape-next" aria-label="Share"><div class="yt-spec-button-shape-next__button-text-content">Share</div>
</button></yt-button-view-model></div><yt-button-view-model><button aria-label="Save to playlist"><div
class="yt-spec-button-shape-next__button-text-content">Save</div></button></yt-button-view-model></ytd-menu-renderer></div></div>
<div id="bottom-row" class="style-scope ytd-watch-metadata"><div id="description" class="item style-scope ytd-watch-metadata">
<div id="description-inner" class="style-scope ytd-watch-metadata"><ytd-watch-info-text id="ytd-watch-info-text" class="style-scope ytd-watch-metadata">
<div id="info-container" class="style-scope ytd-watch-info-text"><yt-formatted-string id="info" class="style-scope ytd-watch-info-text"><span dir="auto"
class="bold style-scope yt-formatted-string">31,907 views</span><span dir="auto" class="bold style-scope yt-formatted-string">  </span><span dir="auto"
class="bold style-scope yt-formatted-string">14 Mar 2026</span></yt-formatted-string></div></ytd-watch-info-text>
<ytd-text-inline-expander id="description-inline-expander" class="style-scope ytd-watch-metadata" is-expanded><div id="expanded"
class="style-scope ytd-text-inline-expander"><yt-attributed-string user-input class="style-scope ytd-text-inline-expander">
<span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" dir="auto" role="text">
${yDesc.map((p) => `<span class="yt-core-attributed-string--link-inherit-color">${p}</span>\n\n`).join('')}
${yChapters
  .map(
    (c) => `<span class="yt-core-attributed-string--link-inherit-color"><a class="yt-core-attributed-string__link"
href="/watch?v=q7Lm3sWnX0e&amp;t=1s">${c.split(' ')[0] ?? ''}</a> ${c.split(' ').slice(1).join(' ')}</span>\n`,
  )
  .join('')}
${yDesc2.map((p) => `\n<span class="yt-core-attributed-string--link-inherit-color">${p}</span>\n`).join('')}
</span></yt-attributed-string></div><tp-yt-paper-button id="collapse" class="button style-scope ytd-text-inline-expander" role="button">Show less
</tp-yt-paper-button></ytd-text-inline-expander></div></div></div></div></ytd-watch-metadata>
<ytd-comments id="comments" class="style-scope ytd-watch-flexy"><ytd-item-section-renderer id="sections" class="style-scope ytd-comments">
<div id="header" class="style-scope ytd-item-section-renderer"><ytd-comments-header-renderer class="style-scope ytd-item-section-renderer">
<h2 id="count" class="style-scope ytd-comments-header-renderer"><yt-formatted-string class="count-text style-scope ytd-comments-header-renderer"><span
dir="auto" class="style-scope yt-formatted-string">186</span><span dir="auto" class="style-scope yt-formatted-string"> Comments</span>
</yt-formatted-string></h2><yt-sort-filter-sub-menu-renderer><div id="label" class="style-scope">Sort by</div></yt-sort-filter-sub-menu-renderer>
<div id="simple-box" class="style-scope"><div id="placeholder-area" class="style-scope">Add a comment...</div></div></ytd-comments-header-renderer></div>
<div id="contents" class="style-scope ytd-item-section-renderer">
${ytComment('@halden_turner', '2 days ago', yComments[0] ?? '', '214')}
${ytComment('@kettlewick', '1 day ago', yComments[1] ?? '', '137')}</div></ytd-item-section-renderer></ytd-comments></div></div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><div id="secondary-inner" class="style-scope ytd-watch-flexy"><div id="related"
class="style-scope ytd-watch-flexy"><ytd-watch-next-secondary-results-renderer class="style-scope ytd-watch-flexy"><div id="items">
<yt-chip-cloud-renderer><div id="chips">${['All', 'From Marrow Street Machines', 'Related', 'Recently uploaded']
  .map((c) => `<yt-chip-cloud-chip-renderer><yt-formatted-string id="text">${c}</yt-formatted-string></yt-chip-cloud-chip-renderer>`)
  .join('')}</div></yt-chip-cloud-renderer>
${ytRel(yRelated[0] ?? '', 'Ashgrove Workshop', '212K views')}${ytRel(yRelated[1] ?? '', 'Marrow Street Machines', '88K views')}
${ytRel(yRelated[2] ?? '', 'Tinder Lane Tools', '19K views')}${ytRel(yRelated[3] ?? '', 'Ashgrove Workshop', '403K views')}
</div></ytd-watch-next-secondary-results-renderer></div></div></div></div></ytd-watch-flexy></ytd-page-manager></div>
<ytd-consent-bump-v2-lightbox class="style-scope ytd-app"><tp-yt-paper-dialog class="style-scope ytd-consent-bump-v2-lightbox"><div class="content">
<h2 class="style-scope ytd-consent-bump-v2-lightbox">Before you continue to YouTube</h2><ul>${lis([
  'We use cookies and data to deliver and maintain Google services',
])}</ul><button aria-label="Reject all">Reject all</button><button aria-label="Accept all">Accept all</button></div></tp-yt-paper-dialog>
</ytd-consent-bump-v2-lightbox></ytd-app>
<script nonce="aF3k">var ytInitialData = {"contents":{"twoColumnWatchNextResults":{"results":{}}},"currentVideoEndpoint":{"watchEndpoint":{}}};</script>
</body></html>`;
const youtube: TestPage = {
  name: 'heldout425-youtube-watch-blog',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts(yDescAll),
  bylines: ['Marrow Street Machines', '14 Mar 2026', '@halden_turner', '2 days ago', '@kettlewick', '1 day ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', ...yGuide, ...yHash, '48.6K subscribers', 'Subscribe', '2.2K', 'Share', 'Save', '31,907 views', 'Show less', '186', 'Comments', 'Sort by',
    'Add a comment...', ...yComments, '214', '137', 'Reply', 'From Marrow Street Machines', 'Related', 'Recently uploaded', ...yRelated,
    'Ashgrove Workshop', '212K views', '88K views', 'Tinder Lane Tools', '19K views', '403K views', 'Before you continue to YouTube',
    'We use cookies and data to deliver and maintain Google services', 'Reject all', 'Accept all', '44:31',
  ],
};

export const HELDOUT425_A: readonly TestPage[] = [youtube, vimeo];
