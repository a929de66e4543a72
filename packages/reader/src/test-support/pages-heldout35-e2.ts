import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 35, file e2: a YouTube community post (youtube.com/post/...) with its comments, as the rendered page of a
 * signed-out visitor is saved (ytd-app with the masthead, the collapsed guide with its sections and the sign-in nudge, the
 * backstage post renderer with channel name, time, the text as pre-wrap spans, an image, like count and buttons, the comments
 * header with count and sort menu, comment view models with handles, "(edited)" times, "Pinned by", the creator heart with
 * its tooltip, "Read more", like counts, Reply, reply threads with "12 replies", the guide footer and ytInitialData).
 */
const ytChannel = 'Bench & Bakelite';
const ytTitle = 'Update on the valve oscilloscope video: it’s going to be another two weeks, and here’s why.';
const ytPost = [
  'When I powered the scope up on the variac for the final test, the high-voltage supply started arcing inside the CRT shield. ' +
    'Nothing caught fire, but it took out a rectifier valve that I don’t have a spare for. I’ve since traced the arc to a cracked ' +
    'insulator on the final anode lead, which is now replaced.',
  'I’ve found two replacements, one from a collector in Leeds and one from a surplus shop in Ohio, and I’ll fit whichever arrives ' +
    'first. I don’t want to publish a restoration video that ends with “and then it broke”, so I’m holding the edit until it’s running properly.',
  'In the meantime, Sunday’s video on recapping the 1960s valve radio is finished and will go out as normal. Thanks for your ' +
    'patience, and for all the suggestions on the last video.',
];
const ytC1 =
  'Honestly the arcing footage would make a great short on its own. Half the fun of this channel is watching things go wrong and ' + 'then get fixed.';
const ytC2 =
  'If you end up with both valves, sell the spare to the next person in the comments who needs one. Those rectifiers are getting ' +
  'very hard to find, and the prices on auction sites are silly now.';
const ytC3 =
  'Please check the HV smoothing capacitor before you power up again. On mine the arcing turned out to be a failing cap, and it ' +
  'killed the second rectifier too.';
const ytC3r =
  'Good call, Dieter. It’s already on the list: I’m replacing all the capacitors in the HV section before the new valve goes in, ' +
  'so the next power-up should be a boring one.';
const ytC4 = 'Two extra weeks is nothing. I’d rather see it done right. Looking forward to the radio video on Sunday.';
const ytC5 =
  'As someone who also has a half-finished scope on the bench, it is weirdly comforting to know this happens to people who ' +
  'actually know what they are doing.';
const amp = (s: string): string => s.replace(/&/g, '&amp;');
type YtComment = {
  handle: string;
  when: string;
  text: string;
  likes: string;
  pinned?: boolean;
  heart?: boolean;
  replies?: string;
  inner?: string;
  reply?: boolean;
};
const ytComment = (
  c: YtComment,
): string => `<ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer" ${c.reply ? 'is-reply=""' : ''}>
<div id="body" class="style-scope ytd-comment-view-model"><div id="author-thumbnail" class="style-scope ytd-comment-view-model"><button \
id="author-thumbnail-button"
 class="style-scope ytd-comment-view-model" aria-label="${c.handle}"><yt-img-shadow fit="" height="40" width="40" class="style-scope ytd-comment-view-model \
no-transition">
<img id="img" draggable="false" class="style-scope yt-img-shadow" alt="" height="40" width="40" \
src="https://yt3.ggpht.com/ytc/${c.handle.slice(1)}=s88-c-k-c0x00ffffff-no-rj">
</yt-img-shadow></button></div><div id="main" class="style-scope ytd-comment-view-model"><div id="header" class="style-scope ytd-comment-view-model">
${
  c.pinned
    ? `<div id="pinned-comment-badge" class="style-scope ytd-comment-view-model"><ytd-pinned-comment-badge-renderer class="style-scope ytd-comment-view-model">\
<yt-icon id="icon" size="12" class="style-scope ytd-pinned-comment-badge-renderer"></yt-icon><yt-formatted-string id="label" class="style-scope \
ytd-pinned-comment-badge-renderer">Pinned by @benchandbakelite</yt-formatted-string></ytd-pinned-comment-badge-renderer></div>`
    : ''
}
<div id="header-author" class="style-scope ytd-comment-view-model"><h3 class="style-scope ytd-comment-view-model"><a id="author-text" \
class="yt-simple-endpoint \
style-scope ytd-comment-view-model" href="/${c.handle}"><span class="style-scope ytd-comment-view-model"> ${c.handle} </span></a></h3>
<span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint style-scope ytd-comment-view-model"
 href="/post/UgkxR7m2wLq9Zp4TnVh3cF0bY1aJ?lc=Ugz${c.handle.length}x">${c.when}</a></span></div></div>
<div id="expander" class="style-scope ytd-comment-view-model"><div id="content" class="style-scope ytd-expander"><yt-attributed-string id="content-text" \
slot="content" user-input="" class="style-scope ytd-comment-view-model"><span class="yt-core-attributed-string \
yt-core-attributed-string--white-space-pre-wrap" \
dir="auto" role="text">${c.text}</span></yt-attributed-string></div><tp-yt-paper-button id="more" aria-expanded="false" class="style-scope ytd-expander" \
hidden>\
<span class="more-button style-scope ytd-comment-view-model">Read more</span></tp-yt-paper-button><tp-yt-paper-button id="less" aria-expanded="true" \
class="style-scope ytd-expander" hidden><span class="less-button style-scope ytd-comment-view-model">Show less</span></tp-yt-paper-button></div>
<ytd-comment-engagement-bar id="action-buttons" class="style-scope ytd-comment-view-model"><div id="toolbar" class="style-scope ytd-comment-engagement-bar">
<ytd-toggle-button-renderer id="like-button"><button aria-label="Like this comment along with ${c.likes} other people" aria-pressed="false"></button>
</ytd-toggle-button-renderer><span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar" aria-label="${c.likes} likes">${c.likes}</span>
<ytd-toggle-button-renderer id="dislike-button"><button aria-label="Dislike this comment" aria-pressed="false"></button></ytd-toggle-button-renderer>
${
  c.heart
    ? `<ytd-creator-heart-renderer id="creator-heart" class="style-scope ytd-comment-engagement-bar"><div id="creator-heart-button" aria-label="❤ by \
${amp(ytChannel)}"><yt-img-shadow id="creator-thumbnail" height="16" width="16"><img alt="" src="https://yt3.ggpht.com/bb=s48-c-k"></yt-img-shadow><yt-icon \
id="creator-heart"></yt-icon></div><tp-yt-paper-tooltip><div id="tooltip" class="style-scope tp-yt-paper-tooltip hidden">❤ by ${amp(ytChannel)}</div>\
</tp-yt-paper-tooltip></ytd-creator-heart-renderer>`
    : ''
}<div id="reply-button-end" class="style-scope ytd-comment-engagement-bar"><ytd-button-renderer>\
<button class="yt-spec-button-shape-next yt-spec-button-shape-next--text" aria-label="Reply"><div class="yt-spec-button-shape-next__button-text-content">\
<span class="yt-core-attributed-string" role="text">Reply</span></div></button></ytd-button-renderer></div></div></ytd-comment-engagement-bar></div></div>
</ytd-comment-view-model>${
  c.replies === undefined
    ? ''
    : `<div id="replies" class="style-scope ytd-comment-thread-renderer"><ytd-comment-replies-renderer>
<div id="expander" class="style-scope ytd-comment-replies-renderer"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--call-to-action"
 aria-label="${c.replies}"><span class="yt-core-attributed-string" role="text">${c.replies}</span></button>
<div id="expander-contents" class="style-scope ytd-comment-replies-renderer">${c.inner ?? ''}</div></div></ytd-comment-replies-renderer></div>`
}`;
const thread = (c: YtComment): string =>
  `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer" use-small-avatars="">${ytComment(c)}</ytd-comment-thread-renderer>`;
const ytGuide = ['Home', 'Shorts', 'Subscriptions', 'You', 'History'];
const ytExplore = ['Music', 'Movies & TV', 'Live', 'Gaming', 'News', 'Sports', 'Learning', 'Fashion & Beauty', 'Podcasts'];
const ytMore = ['YouTube Premium', 'YouTube Music', 'YouTube Kids'];
const ytAbout = ['About', 'Press', 'Copyright', 'Contact us', 'Creators', 'Advertise', 'Developers'];
const ytTerms = ['Terms', 'Privacy', 'Policy & Safety', 'How YouTube works', 'Test new features'];
const ytEntry = (t: string): string =>
  `<ytd-guide-entry-renderer class="style-scope ytd-guide-section-renderer"><a id="endpoint" class="yt-simple-endpoint style-scope ytd-guide-entry-renderer" \
title="${amp(t)}"><tp-yt-paper-item class="style-scope ytd-guide-entry-renderer" role="link"><yt-formatted-string class="title style-scope \
ytd-guide-entry-renderer">\
${amp(t)}</yt-formatted-string></tp-yt-paper-item></a></ytd-guide-entry-renderer>`;
const ytHtml = `<!DOCTYPE html>
<html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" system-icons="" typography="" typography-spacing="" darker-dark-theme=""><head>
<meta http-equiv="origin-trial" content="ApvK67ociHgr2egd6c2ZjrfPuRs8BHcvSggogIOPQNH7GJ3cVlyJ1NOq/COCdj0+zxskqHt9HgLLETc8qqD+vwsAAABt"><meta charset="UTF-8">
<title>${amp(ytChannel)} - YouTube</title><meta name="title" content="${amp(ytChannel)}"><meta property="og:title" content="${amp(ytChannel)}">
<meta property="og:description" content="Update on the valve oscilloscope video: it’s going to be another two weeks, and here’s why. When I powered the scope \
up">
<link rel="stylesheet" href="https://www.youtube.com/s/desktop/5e4f1c2b/cssbin/www-main-desktop-watch-page-skeleton.css"><style>ytd-app{display:block}</style>
</head><body dir="ltr" no-y-overflow=""><ytd-app disable-upgrade="" class="style-scope"><div id="content" class="style-scope ytd-app">
<div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO" slot="masthead" class="shell" role="banner">
<div id="start" class="style-scope ytd-masthead"><yt-icon-button id="guide-button" aria-label="Guide"></yt-icon-button><a id="logo" href="/" title="YouTube \
Home">
<yt-icon id="logo-icon"></yt-icon><span id="country-code" class="style-scope ytd-topbar-logo-renderer">GB</span></a><span class="skip-nav">Skip \
navigation</span></div>
<div id="center" class="style-scope ytd-masthead"><yt-searchbox role="search"><form class="ytSearchboxComponentSearchForm" action="/results"><input
 class="ytSearchboxComponentInput yt-searchbox-input title" name="search_query" placeholder="Search" aria-label="Search"></form></yt-searchbox></div>
<div id="end" class="style-scope ytd-masthead"><ytd-button-renderer class="style-scope ytd-masthead"><a href="https://accounts.google.com/ServiceLogin"
 aria-label="Sign in"><div class="yt-spec-button-shape-next__button-text-content">Sign in</div></a></ytd-button-renderer></div></ytd-masthead></div>
<tp-yt-app-drawer id="guide" align="start" role="navigation" class="style-scope ytd-app"><div id="guide-content" class="style-scope ytd-app">
<ytd-guide-renderer id="guide-renderer" class="style-scope ytd-app"><div id="sections" class="style-scope ytd-guide-renderer">
<ytd-guide-section-renderer class="style-scope ytd-guide-renderer">${ytGuide.map(ytEntry).join('')}</ytd-guide-section-renderer>
<ytd-guide-signin-promo-renderer class="style-scope ytd-guide-renderer"><yt-formatted-string id="description">Sign in to like videos, comment, and subscribe.\
</yt-formatted-string></ytd-guide-signin-promo-renderer><ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><h3 id="guide-section-title">\
<yt-formatted-string class="style-scope ytd-guide-section-renderer">Explore</yt-formatted-string>\
</h3>${ytExplore.map(ytEntry).join('')}</ytd-guide-section-renderer>
<ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><h3 id="guide-section-title">More from YouTube</h3>${ytMore.map(ytEntry).join('')}
</ytd-guide-section-renderer></div><div id="footer" class="style-scope ytd-guide-renderer"><div id="guide-links-primary">${ytAbout
  .map((t) => `<a href="#" class="yt-simple-endpoint style-scope ytd-guide-renderer">${t}</a>`)
  .join('\n')}</div><div id="guide-links-secondary">${ytTerms
  .map((t) => `<a href="#" class="yt-simple-endpoint style-scope ytd-guide-renderer">${amp(t)}</a>`)
  .join(
    '\n',
  )}</div><div id="copyright"><div class="style-scope ytd-guide-renderer">© 2026 Google LLC</div></div></div></ytd-guide-renderer></div></tp-yt-app-drawer>
<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-browse class="style-scope ytd-page-manager" page-subtype="backstage-item">
<ytd-two-column-browse-results-renderer class="style-scope ytd-browse"><div id="primary" class="style-scope ytd-two-column-browse-results-renderer">
<ytd-section-list-renderer class="style-scope ytd-two-column-browse-results-renderer"><div id="contents" class="style-scope ytd-section-list-renderer">
<ytd-item-section-renderer class="style-scope ytd-section-list-renderer"><ytd-backstage-post-thread-renderer class="style-scope ytd-item-section-renderer">
<ytd-backstage-post-renderer id="post" class="style-scope ytd-backstage-post-thread-renderer"><div id="main" class="style-scope ytd-backstage-post-renderer">
<div id="header" class="style-scope ytd-backstage-post-renderer"><div id="author" class="style-scope ytd-backstage-post-renderer"><a id="author-text"
 class="yt-simple-endpoint style-scope ytd-backstage-post-renderer" href="/@benchandbakelite"><span class="style-scope ytd-backstage-post-renderer">\
${amp(ytChannel)}</span></a><yt-formatted-string id="published-time-text" class="published-time-text style-scope ytd-backstage-post-renderer">\
<a class="yt-simple-endpoint style-scope yt-formatted-string" href="/post/UgkxR7m2wLq9Zp4TnVh3cF0bY1aJ">3 days ago</a></yt-formatted-string></div>
<ytd-menu-renderer class="style-scope ytd-backstage-post-renderer"><yt-icon-button id="button" aria-label="Action menu"></yt-icon-button></ytd-menu-renderer>\
</div>
<div id="content" class="style-scope ytd-backstage-post-renderer"><yt-formatted-string id="content-text" class="style-scope ytd-backstage-post-renderer">\
<span dir="auto" class="style-scope yt-formatted-string">${ytTitle}

${ytPost.join('\n\n')}</span></yt-formatted-string></div>
<div id="content-attachment" class="style-scope ytd-backstage-post-renderer"><ytd-backstage-image-renderer><div id="image-container"><yt-img-shadow>
<img id="img" alt="" src="https://yt3.ggpht.com/Bm3oscilloscope_arc=s1024-c-fcrop64"></yt-img-shadow></div></ytd-backstage-image-renderer></div>
<div id="toolbar" class="style-scope ytd-backstage-post-renderer"><ytd-comment-action-buttons-renderer><div id="toolbar"><ytd-toggle-button-renderer>
<button aria-label="like this post along with 2,412 other people"></button></ytd-toggle-button-renderer><span id="vote-count-middle" class="style-scope \
ytd-comment-action-buttons-renderer" aria-label="2.4K likes">2.4K</span><ytd-toggle-button-renderer><button aria-label="Dislike this post"></button>
</ytd-toggle-button-renderer><ytd-button-renderer id="share-button"><button aria-label="Share"><span>Share</span></button></ytd-button-renderer>
<ytd-button-renderer id="reply-button-end"><a aria-label="Comment"><span>286</span></a></ytd-button-renderer></div></ytd-comment-action-buttons-renderer></div>
</div></ytd-backstage-post-renderer></ytd-backstage-post-thread-renderer></ytd-item-section-renderer>
<ytd-item-section-renderer id="comments" class="style-scope ytd-section-list-renderer"><ytd-comments-header-renderer class="style-scope \
ytd-item-section-renderer">
<h2 id="title" class="style-scope ytd-comments-header-renderer"><yt-formatted-string class="count-text style-scope ytd-comments-header-renderer">\
<span dir="auto" class="style-scope yt-formatted-string">286</span><span dir="auto" class="style-scope yt-formatted-string"> Comments</span>\
</yt-formatted-string>\
</h2><yt-sort-filter-sub-menu-renderer><yt-dropdown-menu><tp-yt-paper-button id="label" aria-label="Sort comments"><yt-icon></yt-icon>\
<div id="label-text" class="style-scope yt-dropdown-menu">Sort by</div></tp-yt-paper-button><tp-yt-paper-listbox id="menu" hidden>\
<a class="yt-simple-endpoint"><tp-yt-paper-item><div class="item">Top comments</div></tp-yt-paper-item></a><a class="yt-simple-endpoint">\
<tp-yt-paper-item><div class="item">Newest first</div></tp-yt-paper-item></a></tp-yt-paper-listbox></yt-dropdown-menu></yt-sort-filter-sub-menu-renderer>
<ytd-comment-simplebox-renderer><div id="placeholder-area"><yt-formatted-string id="simplebox-placeholder">Add a comment…</yt-formatted-string></div>
</ytd-comment-simplebox-renderer></ytd-comments-header-renderer><div id="contents" class="style-scope ytd-item-section-renderer">
${thread({ handle: '@kestrelvalve', when: '3 days ago', text: ytC1, likes: '1.2K', pinned: true, heart: true, replies: '12 replies' })}
${thread({ handle: '@margotfixes', when: '3 days ago (edited)', text: ytC2, likes: '340', heart: true })}
${thread({
  handle: '@dieter.k',
  when: '2 days ago',
  text: ytC3,
  likes: '96',
  replies: '2 replies',
  inner: ytComment({ handle: '@benchandbakelite', when: '2 days ago', text: ytC3r, likes: '58', reply: true }),
})}
${thread({ handle: '@quietohm', when: '1 day ago', text: ytC4, likes: '41' })}
${thread({ handle: '@loopgain_lab', when: '19 hours ago', text: ytC5, likes: '27', heart: true })}
<ytd-continuation-item-renderer class="style-scope ytd-item-section-renderer"><tp-yt-paper-spinner-lite active="" aria-label="Loading...">\
</tp-yt-paper-spinner-lite>
</ytd-continuation-item-renderer></div></ytd-item-section-renderer></div></ytd-section-list-renderer></div></ytd-two-column-browse-results-renderer>\
</ytd-browse>
</ytd-page-manager></div></ytd-app>
<script nonce="Tn3qP0xB">var ytInitialData = {"responseContext":{"serviceTrackingParams":[{"service":"GFEEDBACK","params":[{"key":"logged_in","value":"0"}]}]},
"contents":{"twoColumnBrowseResultsRenderer":{"tabs":[{"tabRenderer":{"selected":true,"content":{"sectionListRenderer":{"contents":[]}}}}]}}};</script></body>\
</html>`;
export const youtubeCommunityPost: TestPage = {
  html: ytHtml,
  name: 'heldout35-youtube-community-post',
  kind: 'forum',
  // the post has no title (the page <title> is the channel's): its first line is the title, the rest of the text is body, with
  // the five comments and the channel's reply; the channel name, the handles and the times (with "(edited)") are bylines, the
  // pinned badge's "Pinned by @benchandbakelite" is furniture although it repeats a handle; the creator heart tooltips, like
  // counts, Reply, "12 replies", the hidden "Read more" / "Show less", the comments header with its sort menu and box, the
  // masthead, guide, sign-in nudge and guide footer are furniture; the guide's "You" and the header's "Comments" are left out
  // (words of the body: "before you power up", "in the comments")
  title: ytTitle,
  headings: [],
  body: texts([...ytPost, ytC1, ytC2, ytC3, ytC3r, ytC4, ytC5]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    ytChannel, '3 days ago', '@kestrelvalve', '@margotfixes', '3 days ago (edited)', '@dieter.k', '2 days ago', '@benchandbakelite', '@quietohm', '1 day ago',
    '@loopgain_lab', '19 hours ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GB', 'Skip navigation', 'Sign in', 'Home', 'Shorts', 'Subscriptions', 'History', 'Sign in to like videos, comment, and subscribe.', 'Explore', 'Music',
    'Movies & TV', 'Live', 'Gaming', 'News', 'Sports', 'Learning', 'Fashion & Beauty', 'Podcasts', 'More from YouTube', ...ytMore, ...ytAbout, ...ytTerms,
    '© 2026 Google LLC', '2.4K', 'Share', 'Sort by', 'Top comments', 'Newest first', 'Add a comment…', 'Pinned by @benchandbakelite', `❤ by ${ytChannel}`,
    'Read more', 'Show less', '1.2K', 'Reply', '12 replies', '2 replies',
  ],
};
