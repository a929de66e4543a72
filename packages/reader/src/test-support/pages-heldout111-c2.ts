import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 111, file c2: a YouTube-style watch page as "Save page as" stores it (the masthead with search and "Sign in",
 * the guide, the player, the ytd-watch-metadata title, the channel row with subscriber count and "Subscribe", the like, "Share",
 * "Download" and "Save" buttons, the description box with views and date, the expanded description text with chapters and
 * links, the "Show more" / "Show less" buttons, the chapters and transcript sections of the structured description, the
 * comments header with two comments, and the related videos rail).
 */
const ytTitle = 'Rebuilding a 1960s wooden sash window, start to finish';
const ytDesc = [
  'This sash window had been painted shut since at least the 1980s, the bottom rail had rotted through, and one of the sash cords ' +
    'snapped the day we tried to open it. In this video I take the whole thing apart, repair the rot with new oak instead of ' +
    'filler, re-cord both sashes and put it back so it opens with one finger.',
  'I am not a professional joiner. I restore old windows in the workshop behind our house in Penhallow, and I film the jobs that ' +
    'taught me something. This one taught me a lot about patience, mostly while waiting for linseed putty to skin over.',
  'A few things people always ask: yes, you can do this with hand tools only, though a multi-tool makes cutting out the rot much ' +
    'faster. No, you do not need to replace the glass if it is not cracked. And please test old paint for lead before you sand ' +
    'anything. I used a cheap swab test kit, and the bottom layers were positive.',
  'The total cost of materials was about £68, most of it the oak and the linseed paint. It took around 14 hours of work spread over ' + 'three weekends.',
  'The oak for the new bottom rail came from offcuts a local merchant was about to burn. I matched the profile of the old rail with ' +
    'a router and a lot of sanding, then glued it in with a waterproof epoxy so the joint can never soak up water again.',
  'Chapters:',
];
const ytChapters = [
  '0:00 The window and what was wrong with it',
  '2:41 Freeing the painted-in sashes',
  '7:15 Cutting out the rotten bottom rail',
  '14:02 Making and gluing in the oak repair',
  '21:37 New sash cords and weights',
  '27:50 Glazing, putty and linseed paint',
  '33:10 The finished window',
];
const ytLinks = [
  'Tools I use (not sponsored): oak offcuts from a local timber merchant, a Japanese pull saw, and a 1 inch chisel.',
  'If you found this useful, the best thanks is to subscribe, or to go and fix a window of your own.',
];
const ytMast = ['Home', 'Shorts', 'Subscriptions', 'You', 'History'];
const ytComments: [string, string, string, string][] = [
  ['@marloweturns', '3 weeks ago', 'The oak repair at 14:02 is so neat. I always assumed you had to replace the whole sash.', '212'],
  ['@kitchentablefixes', '2 weeks ago', 'The lead paint warning needs to be at the top of every window video. Thank you for saying it.', '87'],
];
const ytRelated: [string, string, string, string][] = [
  ['Why old windows outlast new ones', 'Threshold Joinery', '412K views', '1 year ago'],
  ['How to make linseed putty at home', 'Penhallow Sash & Frame', '38K views', '8 months ago'],
  ['Replacing sash cords in 10 minutes', 'The Weekend Restorer', '1.2M views', '4 years ago'],
];
const ytBtn = (
  t: string,
  label: string,
): string => `<yt-button-view-model class="style-scope ytd-menu-renderer"><button-view-model class="yt-spec-button-view-model">
<button class="yt-spec-button-shape-next yt-spec-button-shape-next--tonal" aria-label="${label}"><div
class="yt-spec-button-shape-next__button-text-content">${t}</div>
</button></button-view-model></yt-button-view-model>`;
const ytSpan = (t: string): string => `<span class="yt-core-attributed-string--link-inherit-color" dir="auto" style="color: rgb(15, 15, 15);">${t}

</span>`;
const ytHtml = `<!DOCTYPE html>
<html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en-GB" system-icons typography typography-spacing darker-dark-theme>
<head><meta charset="utf-8"><title>${ytTitle} - YouTube</title><meta name="theme-color" content="rgba(255, 255, 255, 0.98)">
<meta name="title" content="${ytTitle}"><meta name="description" content="This sash window had been painted shut since at least the 1980s...">
<meta property="og:type" content="video.other"><meta property="og:site_name" content="YouTube"><meta property="og:video:tag" content="sash window">
<link rel="canonical" href="https://www.youtube.example/watch?v=q7Rk2Lm0WsA">
<script nonce="kq2">var ytInitialPlayerResponse = {"videoDetails":{"videoId":"q7Rk2Lm0WsA","title":"${ytTitle}","lengthSeconds":"2214",
"author":"Penhallow Sash & Frame"}};</script>
<link rel="stylesheet" href="https://www.youtube.example/s/desktop/4f2e61a3/cssbin/www-main-desktop-watch-page-skeleton.css"></head>
<body dir="ltr" no-y-overflow><ytd-app><div id="content" class="style-scope ytd-app">
<div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO" class="shell chunked" role="banner">
<div id="start"><yt-icon-button id="guide-button"><button aria-label="Guide"></button></yt-icon-button><a id="logo" href="/" title="YouTube Home">
<span class="ytd-topbar-logo-renderer">GB</span></a></div><div id="center"><ytd-searchbox id="search"><form id="search-form" action="/results">
<input id="search-input" name="search_query" placeholder="Search" aria-label="Search"></form></ytd-searchbox></div>
<div id="end"><ytd-button-renderer class="style-scope ytd-masthead"><a href="https://accounts.google.example/ServiceLogin" aria-label="Sign in">
<div class="yt-spec-button-shape-next__button-text-content">Sign in</div></a></ytd-button-renderer></div></ytd-masthead></div>
<tp-yt-app-drawer id="guide" role="navigation"><ytd-guide-renderer><div id="sections">${ytMast
  .map(
    (t) => `<ytd-guide-entry-renderer><a id="endpoint" href="/feed/${t.toLowerCase()}" title="${t}"><yt-formatted-string
class="title">${t}</yt-formatted-string></a>
</ytd-guide-entry-renderer>`,
  )
  .join('\n')}</div></ytd-guide-renderer></tp-yt-app-drawer>
<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-watch-flexy class="style-scope ytd-page-manager" video-id="q7Rk2Lm0WsA" role="main">
<div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy"><div id="primary-inner">
<div id="player" class="style-scope ytd-watch-flexy"><div class="html5-video-player"><video class="video-stream html5-main-video" tabindex="-1"></video>
<div class="ytp-chrome-bottom"><span class="ytp-time-current">0:00</span><span class="ytp-time-separator"> / </span><span
class="ytp-time-duration">36:54</span></div>
</div></div>
<div id="below" class="style-scope ytd-watch-flexy"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy" flex-menu-enabled>
<div id="title" class="style-scope ytd-watch-metadata"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string force-default-style
class="style-scope ytd-watch-metadata">${ytTitle}</yt-formatted-string></h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata"><ytd-video-owner-renderer>
<a class="yt-simple-endpoint" href="/@penhallowsash"><yt-img-shadow id="avatar"><img alt="" src="https://yt3.ggpht.example/penhallow=s48"></yt-img-shadow></a>
<div id="upload-info"><ytd-channel-name id="channel-name"><yt-formatted-string id="text" class="style-scope ytd-channel-name">
<a class="yt-simple-endpoint" href="/@penhallowsash">Penhallow Sash &amp; Frame</a></yt-formatted-string></ytd-channel-name>
<yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer">86.4K subscribers</yt-formatted-string></div></ytd-video-owner-renderer>
<div id="subscribe-button"><button class="yt-spec-button-shape-next--filled"><div class="yt-spec-button-shape-next__button-text-content">Subscribe</div>
</button></div></div>
<div id="actions" class="item style-scope ytd-watch-metadata"><ytd-menu-renderer class="style-scope ytd-watch-metadata"><div id="top-level-buttons-computed">
<segmented-like-dislike-button-view-model><button aria-label="like this video along with 4,118 other people"><div
class="yt-spec-button-shape-next__button-text-content">4.1K</div>
</button><button aria-label="Dislike this video"></button></segmented-like-dislike-button-view-model>
${ytBtn('Share', 'Share')}${ytBtn('Download', 'Download')}${ytBtn('Save', 'Save to playlist')}</div></ytd-menu-renderer></div></div>
<div id="bottom-row" class="style-scope ytd-watch-metadata"><div id="description" class="item style-scope ytd-watch-metadata">
<ytd-text-inline-expander id="description-inline-expander" class="style-scope ytd-watch-metadata" is-expanded>
<div id="info-container" class="style-scope ytd-watch-info-text"><yt-formatted-string id="info" class="style-scope ytd-watch-info-text">
<span dir="auto" class="bold style-scope yt-formatted-string">91,532 views</span><span dir="auto" class="bold style-scope yt-formatted-string">  </span>
<span dir="auto" class="bold style-scope yt-formatted-string">3 Mar 2026</span></yt-formatted-string></div>
<div id="expanded" class="style-scope ytd-text-inline-expander"><yt-attributed-string user-input="" class="style-scope ytd-text-inline-expander">
<span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" dir="auto" role="text">${ytDesc.map(ytSpan).join('')}${ytChapters
  .map((t) =>
    ytSpan(
      `<a class="yt-core-attributed-string__link"
href="/watch?v=q7Rk2Lm0WsA&amp;t=${t.split(' ')[0]?.length}s">${t.split(' ')[0]}</a>${t.slice(t.indexOf(' '))}`,
    ),
  )
  .join('')}${ytLinks.map(ytSpan).join('')}</span></yt-attributed-string></div>
<div id="snippet" class="style-scope ytd-text-inline-expander" hidden><yt-attributed-string class="style-scope ytd-text-inline-expander"><span
class="yt-core-attributed-string" dir="auto">This sash window had been painted shut since at least the 1980s, the bottom rail had rotted through...</span>
</yt-attributed-string></div>
<tp-yt-paper-button id="expand" class="button style-scope ytd-text-inline-expander" role="button" hidden>Show more</tp-yt-paper-button>
<tp-yt-paper-button id="collapse" class="button style-scope ytd-text-inline-expander" role="button">Show less</tp-yt-paper-button></ytd-text-inline-expander>
<ytd-structured-description-content-renderer class="style-scope ytd-watch-metadata"><div id="items">
<ytd-horizontal-card-list-renderer><div id="header"><h2><yt-formatted-string id="title">Chapters</yt-formatted-string></h2></div>
<div id="button-container"><button aria-label="View all">View all</button></div></ytd-horizontal-card-list-renderer>
<ytd-video-description-transcript-section-renderer><div id="header"><yt-formatted-string id="title">Transcript</yt-formatted-string></div>
<yt-formatted-string id="subtitle">Follow along using the transcript.</yt-formatted-string><button aria-label="Show transcript">Show transcript</button>
</ytd-video-description-transcript-section-renderer><ytd-video-description-infocards-section-renderer><a href="/@penhallowsash/videos">Videos</a>
<a href="/@penhallowsash/about">About</a></ytd-video-description-infocards-section-renderer></div></ytd-structured-description-content-renderer>
</div></div></ytd-watch-metadata>
<ytd-comments id="comments" class="style-scope ytd-watch-flexy"><ytd-comments-header-renderer><h2 id="title"><yt-formatted-string id="count">
<span dir="auto">318</span><span dir="auto"> Comments</span></yt-formatted-string></h2><div id="sort-menu"><span>Sort by</span></div>
</ytd-comments-header-renderer><div id="contents">${ytComments
  .map(
    ([a, t, c, l]) => `<ytd-comment-thread-renderer><ytd-comment-view-model id="comment"><div id="header-author"><h3><a id="author-text" href="/${a}">
<span>${a}</span></a></h3><span id="published-time-text"><a href="/watch?v=q7Rk2Lm0WsA&amp;lc=Ugx">${t}</a></span></div>
<ytd-expander id="expander"><yt-attributed-string id="content-text"><span class="yt-core-attributed-string" dir="auto">${c}</span></yt-attributed-string>
</ytd-expander>
<div id="toolbar"><span id="vote-count-middle" aria-label="${l} likes">${l}</span><button aria-label="Reply">Reply</button></div></ytd-comment-view-model>
</ytd-comment-thread-renderer>`,
  )
  .join('\n')}</div></ytd-comments></div></div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><div id="related"><ytd-watch-next-secondary-results-renderer><div id="items">${ytRelated
  .map(
    ([t, c, v, a]) => `<ytd-compact-video-renderer class="style-scope ytd-item-section-renderer"><a id="thumbnail" href="/watch?v=r${t.length}"></a>
<div id="dismissible"><h3 class="style-scope ytd-compact-video-renderer"><span id="video-title" title="${t}">${t}</span></h3>
<ytd-channel-name><yt-formatted-string id="text">${c.replace('&', '&amp;')}</yt-formatted-string></ytd-channel-name>
<div id="metadata-line"><span class="inline-metadata-item">${v}</span><span class="inline-metadata-item">${a}</span></div></div></ytd-compact-video-renderer>`,
  )
  .join('\n')}</div></ytd-watch-next-secondary-results-renderer></div></div></div></ytd-watch-flexy></ytd-page-manager></div></ytd-app>
<script nonce="kq2" src="https://www.youtube.example/s/desktop/4f2e61a3/jsbin/desktop_polymer.vflset/desktop_polymer.js"></script></body></html>`;
export const videoPage: TestPage = {
  html: ytHtml,
  name: 'heldout111-youtube-video-description',
  kind: 'blog',
  // the expanded description is the article: each paragraph, the "Chapters:" line, each chapter line and the closing lines are
  // body; the hidden snippet (a cut copy of the first paragraph) is in neither list; the channel name and upload date are
  // bylines; the view count, buttons, the structured description sections, the comments (furniture on a blog page) and the
  // related videos are furniture
  title: ytTitle,
  headings: [],
  body: [...ytDesc, ...texts(ytChapters), ...ytLinks],
  bylines: ['Penhallow Sash & Frame', '3 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GB', 'Sign in', ...ytMast, '0:00 / 36:54', '86.4K subscribers', 'Subscribe', '4.1K', 'Share', 'Download', 'Save', '91,532 views', 'Show more',
    'Show less', 'View all', 'Transcript', 'Follow along using the transcript.', 'Show transcript', 'Videos', 'About', '318 Comments', 'Sort by',
    ...ytComments.flat(), 'Reply', ...ytRelated.flat().filter((t) => t !== 'Penhallow Sash & Frame'),
  ],
};
