import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file a2: a YouTube watch page saved with the description expanded and the transcript engagement panel
 * open (masthead, guide button, the channel row with subscriber count and Subscribe, like / share / save buttons, the view
 * count and date line, chapters, the transcript panel with its timestamps, comments and the "Up next" rail of compact videos).
 */
const yTitle = 'Restoring a 1950s Cedar Canoe, Part 3: Stripping the Old Varnish';
const yDesc = [
  j(
    'In part three of the restoration we finally get the last of the 1950s varnish off the hull. I tried a heat gun on the outside',
    'and a gel stripper on the inside ribs, and I explain why I would not use a heat gun anywhere near the seats again.',
  ),
  'Tools used for this part: a cabinet scraper, a plastic putty knife, brass wool, mineral spirits and a lot of patience.',
  j(
    'If you are following along with your own boat, work in the shade. Stripper dries out in minutes in direct sun and you end up',
    'scraping sticky half-lifted varnish, which is exactly what happened to me on the first afternoon.',
  ),
];
const ySegs: [string, string][] = [
  ['0:00', 'okay so this is where we left off last time, the hull is upside down on the horses'],
  ['0:05', 'and there are about seventy years of varnish on this cedar, maybe more in places'],
  ['0:11', 'the plan for today is the outside of the hull first with the heat gun'],
  ['0:17', 'keep the gun moving all the time, you want the varnish to bubble, not the wood to scorch'],
  ['0:24', 'see how it lifts there, that is the right temperature, and the scraper just follows it'],
  ['0:31', 'I am pulling with the grain every single time, never across, or you will tear the planking'],
  ['0:39', 'now this patch near the stern was repaired at some point with a darker wood'],
  ['0:45', 'I am leaving that alone for now, we will decide whether to replace it in part four'],
  ['0:52', 'right, the inside is a different story, the ribs are thin and the tacks are brass'],
  ['0:58', 'so no heat in here at all, I am using a gel stripper and brushing it on thick'],
  ['1:06', 'wait about fifteen minutes, then the plastic knife, because steel will gouge the ribs'],
  ['1:14', 'and for the corners between the ribs and the planks, brass wool dipped in mineral spirits'],
  ['1:22', 'this is the slow part, honestly, this took me three evenings for the inside alone'],
  ['1:30', 'one thing I learned the hard way, the seats are caned and the heat gun loosened the glue'],
  ['1:37', 'so if your canoe has caned seats, take them out before you start, it is four bolts'],
  ['1:44', 'last pass, a rag with mineral spirits over the whole hull to lift the residue'],
  ['1:51', 'and there it is, bare cedar, and you can actually see the original builder pencil marks'],
  ['1:58', 'next week we sand, and I will show you how I deal with the black water stains'],
];
const yComments = [
  'The pencil marks at the end gave me chills. Someone laid those out by hand seventy years ago.',
  'Good call on the seats. I cooked the cane on mine with a heat gun and had to reweave both of them.',
];
const yNext = [
  'Restoring a 1950s Cedar Canoe, Part 2: Pulling the Old Canvas',
  'How to Reweave a Caned Canoe Seat',
  'Spar Varnish vs Marine Epoxy: A Six-Month Test',
];
const segment = ([t, s]: [string, string]): string => `<ytd-transcript-segment-renderer class="style-scope ytd-transcript-segment-list-renderer"
rounded-container=""><div class="segment style-scope ytd-transcript-segment-renderer" role="button" tabindex="0" aria-label="${t} ${s}">
<div class="segment-start-offset style-scope ytd-transcript-segment-renderer" tabindex="-1" aria-hidden="true">
<div class="segment-timestamp style-scope ytd-transcript-segment-renderer">${t}</div></div><dom-if class="style-scope
ytd-transcript-segment-renderer"><template is="dom-if"></template></dom-if><yt-formatted-string class="segment-text style-scope
ytd-transcript-segment-renderer" aria-hidden="true">${s}</yt-formatted-string></div></ytd-transcript-segment-renderer>`;
const comment = (user: string, ago: string, text: string, likes: string): string => `<ytd-comment-thread-renderer class="style-scope
ytd-item-section-renderer"><ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer"><div id="body" class="style-scope
ytd-comment-view-model"><div id="main" class="style-scope ytd-comment-view-model"><div id="header" class="style-scope ytd-comment-view-model">
<div id="header-author" class="style-scope ytd-comment-view-model"><h3 class="style-scope ytd-comment-view-model"><a id="author-text"
class="yt-simple-endpoint style-scope ytd-comment-view-model" href="/${user}"><span class="style-scope ytd-comment-view-model">${user}</span></a></h3>
<span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint style-scope ytd-comment-view-model"
href="/watch?v=c4n0e3&amp;lc=Ugx">${ago}</a></span></div></div><div id="expander" class="style-scope ytd-comment-view-model"><div id="content"
class="style-scope ytd-expander"><yt-attributed-string id="content-text" slot="content" class="style-scope ytd-comment-view-model"><span
class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">${text}</span></yt-attributed-string></div></div>
<ytd-comment-engagement-bar id="action-buttons" class="style-scope ytd-comment-view-model"><span id="vote-count-middle"
class="style-scope ytd-comment-engagement-bar" aria-label="${likes} likes">${likes}</span><ytd-button-renderer id="reply-button-end"><button
class="yt-spec-button-shape-next" aria-label="Reply">Reply</button></ytd-button-renderer></ytd-comment-engagement-bar></div></div>
</ytd-comment-view-model></ytd-comment-thread-renderer>`;
const next = (title: string, views: string): string => `<ytd-compact-video-renderer class="style-scope ytd-item-section-renderer" lockup="true">
<div id="dismissible" class="style-scope ytd-compact-video-renderer"><div class="details style-scope ytd-compact-video-renderer"><div class="metadata
style-scope ytd-compact-video-renderer"><a class="yt-simple-endpoint style-scope ytd-compact-video-renderer" href="/watch?v=x"><h3 class="style-scope
ytd-compact-video-renderer"><span id="video-title" class="style-scope ytd-compact-video-renderer" title="${title}">${title}</span></h3>
<div class="secondary-metadata style-scope ytd-compact-video-renderer"><ytd-video-meta-block class="compact style-scope ytd-compact-video-renderer">
<div id="metadata" class="style-scope ytd-video-meta-block"><div id="byline-container" class="style-scope ytd-video-meta-block"><yt-formatted-string
id="text" class="style-scope ytd-channel-name">Cedar &amp; Canvas Workshop</yt-formatted-string></div><div id="metadata-line" class="style-scope
ytd-video-meta-block"><span class="inline-metadata-item style-scope ytd-video-meta-block">${views}</span></div></div></ytd-video-meta-block>
</div></a></div></div></div></ytd-compact-video-renderer>`;
const yHtml = `<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" system-icons="" typography=""
typography-spacing=""><head><meta http-equiv="origin-trial" content="AymqwRC7u88Y4JPvfIF2F37QKylC04248hLCdJAsh8xgOfe"><title>${yTitle} - YouTube</title>
<meta name="description" content="In part three of the restoration we finally get the last of the 1950s varnish off the hull.">
<meta property="og:site_name" content="YouTube"><meta property="og:type" content="video.other"><meta property="og:title" content="${yTitle}">
<meta name="twitter:card" content="player"><link rel="canonical" href="https://www.youtube.com/watch?v=c4n0e3">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${yTitle}","uploadDate":"2026-03-02T15:00:04-08:00",
"duration":"PT14M22S","author":"Cedar & Canvas Workshop"}</script>
<script nonce="r9x">var ytInitialPlayerResponse = {"videoDetails":{"videoId":"c4n0e3","lengthSeconds":"862","isLiveContent":false}};</script>
<style name="www-roboto">@font-face{font-family:'Roboto';font-style:normal;font-weight:400;}</style></head>
<body dir="ltr" no-y-overflow=""><ytd-app darker-dark-theme="" darker-dark-theme-deprecate="" use-content-visibility=""><div id="content"
class="style-scope ytd-app"><div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO"
slot="masthead" class="shell style-scope ytd-app" dark="">
<div id="container" class="style-scope ytd-masthead"><div id="start" class="style-scope ytd-masthead"><yt-icon-button id="guide-button"
class="style-scope ytd-masthead"><button id="button" class="style-scope yt-icon-button" aria-label="Guide"></button></yt-icon-button>
<ytd-topbar-logo-renderer id="logo" class="style-scope ytd-masthead"><a class="yt-simple-endpoint style-scope ytd-topbar-logo-renderer" id="logo"
href="/" title="YouTube Home"><span id="country-code" class="style-scope ytd-topbar-logo-renderer">GB</span></a></ytd-topbar-logo-renderer></div>
<div id="center" class="style-scope ytd-masthead"><yt-searchbox class="ytSearchboxComponentHost"><form class="ytSearchboxComponentSearchForm"
action="/results"><input class="ytSearchboxComponentInput yt-searchbox-input title" name="search_query" placeholder="Search"></form></yt-searchbox></div>
<div id="end" class="style-scope ytd-masthead"><ytd-button-renderer class="style-scope ytd-masthead"><a class="yt-spec-button-shape-next"
href="https://accounts.google.example/ServiceLogin" aria-label="Sign in"><div class="yt-spec-button-shape-next__button-text-content">Sign in</div>
</a></ytd-button-renderer></div></div></ytd-masthead></div>
<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-watch-flexy class="style-scope ytd-page-manager hide-skeleton" role="main"
video-id="c4n0e3" flexy="" is-two-columns_=""><div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy">
<div id="primary-inner" class="style-scope ytd-watch-flexy"><div id="player" class="style-scope ytd-watch-flexy"><div class="html5-video-player"
aria-label="YouTube Video Player"><video class="video-stream html5-main-video" tabindex="-1"></video><div class="ytp-chrome-bottom"><span
class="ytp-time-current">0:00</span> / <span class="ytp-time-duration">14:22</span></div></div></div>
<div id="below" class="style-scope ytd-watch-flexy"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy" flex-menu-enabled="">
<div id="title" class="style-scope ytd-watch-metadata"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string force-default-style=""
class="style-scope ytd-watch-metadata">${yTitle}</yt-formatted-string></h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata"><ytd-video-owner-renderer
class="style-scope ytd-watch-metadata" watch-metadata-refresh=""><div id="upload-info" class="style-scope ytd-video-owner-renderer"><ytd-channel-name
id="channel-name" class="style-scope ytd-video-owner-renderer"><yt-formatted-string id="text" class="style-scope ytd-channel-name"><a
class="yt-simple-endpoint style-scope yt-formatted-string" href="/@cedarandcanvas">Cedar &amp; Canvas Workshop</a></yt-formatted-string>
</ytd-channel-name><yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer">41.3K subscribers</yt-formatted-string></div>
</ytd-video-owner-renderer><div id="subscribe-button" class="style-scope ytd-watch-metadata"><button class="yt-spec-button-shape-next"
aria-label="Subscribe to Cedar &amp; Canvas Workshop."><div class="yt-spec-button-shape-next__button-text-content"><span
class="yt-core-attributed-string" role="text">Subscribe</span></div></button></div></div>
<div id="actions" class="item style-scope ytd-watch-metadata"><ytd-menu-renderer class="style-scope ytd-watch-metadata"><div id="top-level-buttons-computed"
class="top-level-buttons style-scope ytd-menu-renderer"><like-button-view-model><button class="yt-spec-button-shape-next" aria-label="like this video along
with 2,108 other people"><div class="yt-spec-button-shape-next__button-text-content">2.1K</div></button></like-button-view-model><button
class="yt-spec-button-shape-next" aria-label="Share"><div class="yt-spec-button-shape-next__button-text-content">Share</div></button><button
class="yt-spec-button-shape-next" aria-label="Save to playlist"><div class="yt-spec-button-shape-next__button-text-content">Save</div></button>
</div></ytd-menu-renderer></div></div>
<div id="bottom-row" class="style-scope ytd-watch-metadata"><div id="description" class="item style-scope ytd-watch-metadata"><div id="description-inner"
class="style-scope ytd-watch-metadata"><ytd-watch-info-text id="ytd-watch-info-text" class="style-scope ytd-watch-metadata"><div id="info-container"
class="style-scope ytd-watch-info-text"><yt-formatted-string id="info" class="style-scope ytd-watch-info-text"><span dir="auto"
class="bold style-scope yt-formatted-string">38,402 views  Mar 2, 2026</span></yt-formatted-string></div></ytd-watch-info-text>
<ytd-text-inline-expander id="description-inline-expander" class="style-scope ytd-watch-metadata" is-expanded=""><yt-attributed-string
class="style-scope ytd-text-inline-expander"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">
${yDesc.map((d) => `<span class="yt-core-attributed-string--link-inherit-color">${d}</span><br><br>`).join('\n')}</span></yt-attributed-string>
<tp-yt-paper-button id="collapse" class="button style-scope ytd-text-inline-expander" role="button">Show less</tp-yt-paper-button>
</ytd-text-inline-expander><ytd-structured-description-content-renderer class="style-scope ytd-watch-metadata">
<div class="ytd-video-description-transcript-section-renderer"><div id="header" class="style-scope
ytd-video-description-transcript-section-renderer">Transcript</div><div id="sub-header" class="style-scope">Follow along using the transcript.</div>
<button class="yt-spec-button-shape-next" aria-label="Show transcript">Show transcript</button></div></ytd-structured-description-content-renderer>
</div></div></div></ytd-watch-metadata>
<ytd-comments id="comments" class="style-scope ytd-watch-flexy"><ytd-item-section-renderer id="sections" class="style-scope ytd-comments"><div id="header"
class="style-scope ytd-item-section-renderer"><ytd-comments-header-renderer class="style-scope ytd-item-section-renderer"><h2 id="count"
class="style-scope ytd-comments-header-renderer">
<yt-formatted-string class="count-text style-scope ytd-comments-header-renderer">214 Comments</yt-formatted-string>
</h2><div id="sort-menu" class="style-scope ytd-comments-header-renderer">Sort by</div></ytd-comments-header-renderer></div><div id="contents"
class="style-scope ytd-item-section-renderer">
${comment('@marlowpaddles', '2 weeks ago', yComments[0] ?? '', '96')}
${comment('@r.vanterpool', '12 days ago', yComments[1] ?? '', '41')}</div></ytd-item-section-renderer></ytd-comments></div></div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><div id="panels" class="style-scope ytd-watch-flexy"><ytd-engagement-panel-section-list-renderer
class="style-scope ytd-watch-flexy" target-id="engagement-panel-searchable-transcript" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED">
<div id="header" class="style-scope ytd-engagement-panel-section-list-renderer"><ytd-engagement-panel-title-header-renderer class="style-scope
ytd-engagement-panel-section-list-renderer"><div id="title-container" class="style-scope ytd-engagement-panel-title-header-renderer"><h2 id="title"
class="style-scope ytd-engagement-panel-title-header-renderer"><yt-formatted-string id="title-text" class="style-scope
ytd-engagement-panel-title-header-renderer">In this video</yt-formatted-string></h2></div><div id="menu">Chapters</div>
</ytd-engagement-panel-title-header-renderer></div><div id="content" class="style-scope ytd-engagement-panel-section-list-renderer">
<ytd-transcript-renderer class="style-scope ytd-engagement-panel-section-list-renderer"><div id="body" class="style-scope ytd-transcript-renderer">
<ytd-transcript-search-panel-renderer class="style-scope ytd-transcript-renderer"><div id="body" class="style-scope ytd-transcript-search-panel-renderer">
<ytd-transcript-segment-list-renderer class="style-scope ytd-transcript-search-panel-renderer"><div id="segments-container" class="style-scope
ytd-transcript-segment-list-renderer">
${ySegs.map(segment).join('\n')}
</div></ytd-transcript-segment-list-renderer></div><div id="footer" class="style-scope ytd-transcript-search-panel-renderer"><ytd-transcript-footer-renderer
class="style-scope ytd-transcript-search-panel-renderer"><yt-sort-filter-sub-menu-renderer><div id="label-text">English (auto-generated)</div>
</yt-sort-filter-sub-menu-renderer></ytd-transcript-footer-renderer></div></ytd-transcript-search-panel-renderer></div></ytd-transcript-renderer></div>
</ytd-engagement-panel-section-list-renderer></div>
<div id="related" class="style-scope ytd-watch-flexy"><ytd-watch-next-secondary-results-renderer class="style-scope ytd-watch-flexy"><div id="items"
class="style-scope ytd-watch-next-secondary-results-renderer"><yt-chip-cloud-chip-renderer><yt-formatted-string id="text">All</yt-formatted-string>
</yt-chip-cloud-chip-renderer><yt-chip-cloud-chip-renderer><yt-formatted-string id="text">From Cedar &amp; Canvas Workshop</yt-formatted-string>
</yt-chip-cloud-chip-renderer>
${next(yNext[0] ?? '', '52K views')}
${next(yNext[1] ?? '', '19K views')}
${next(yNext[2] ?? '', '88K views')}
</div></ytd-watch-next-secondary-results-renderer></div></div></div></ytd-watch-flexy></ytd-page-manager></div></ytd-app>
<script nonce="r9x">if (window.ytcsi) {window.ytcsi.tick('pdr', null, '');}</script></body></html>`;
export const youtube: TestPage = {
  name: 'heldout276-youtube-watch-transcript-blog',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: [...yDesc, ...ySegs.map(([, s]) => s)],
  bylines: ['Cedar & Canvas Workshop', '38,402 views Mar 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', '0:00', '14:22', '41.3K subscribers', 'Subscribe', '2.1K', 'Share', 'Save', 'Show less', 'Follow along using the transcript.',
    'Show transcript', '214 Comments', 'Sort by', '@marlowpaddles', '2 weeks ago', ...yComments, 'Reply', '@r.vanterpool', '12 days ago',
    'Transcript', 'In this video', 'Chapters', ...ySegs.map(([t]) => t).filter((t) => t !== '0:00'), 'English (auto-generated)', 'All',
    'From Cedar & Canvas Workshop', ...yNext, '52K views', '19K views', '88K views',
  ],
};
