import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout334-kit.js';

/**
 * Held-out batch 334, file f: an energy-saving grant explainer on a council site built with LocalGov Drupal (Civic Cookie
 * Control banner, GOV.UK-like header, service landing breadcrumbs, "On this page" contents, an inset "Check if you are
 * eligible" call to action, "Last updated" line, "Was this page helpful?" feedback, related services sidebar and footer) and a
 * YouTube-style watch page for a tiling tutorial (Polymer ytd-* elements, masthead, the title, channel row with subscriber
 * count and buttons, view count and date, the description with chapters and a kit list, "Show less", comments and the
 * up-next rail); its main text is short.
 */
const gTitle = 'Warmth Upgrade Grant';
const gIntro = [
  j(
    'The Warmth Upgrade Grant pays for insulation and low-carbon heating in homes that are not heated by mains gas. It is',
    'funded by central government and run in Ashvale by the council with our delivery partner, Greenhearth Energy.',
  ),
  'You do not have to pay anything back, and you can apply whether you own your home or rent it privately.',
];
const gWho = [
  'your household income is £36,000 a year or less before tax, or you receive a means-tested benefit',
  'your home has an energy performance certificate (EPC) rating of D, E, F or G',
  'your home is not heated by mains gas',
  'you live in the Ashvale council area',
];
const gWhat = [
  j(
    'After a free survey, an accredited installer will recommend the upgrades that will make the biggest difference to your home.',
    'These can include loft, cavity wall or external wall insulation, new windows and doors, solar panels, and an air source heat pump.',
  ),
  j('The grant can cover up to £38,000 of work for a home off the gas grid. Landlords must pay at least a third of the cost of', 'upgrades to rented homes.'),
  j(
    'Work is only carried out by installers certified under the government’s TrustMark scheme, and every installation is',
    'inspected when it is finished. You will receive the warranties and certificates for your records.',
  ),
];
const gApply = [
  'Check your eligibility online. It takes about five minutes.',
  'Book a free home survey with Greenhearth Energy.',
  'Agree the recommended works and sign the grant agreement.',
  'Your installer will arrange a start date, usually within eight weeks.',
];
const gHelp = [
  j(
    'If you cannot apply online, phone our energy advice line on 01632 960 418, Monday to Friday, 9am to 5pm. We can also arrange',
    'a home visit for residents who need extra help.',
  ),
];
const gContents = ['Who can apply', 'What the grant pays for', 'How to apply', 'Help with your application'];
const gRelated = ['Council Tax discounts', 'Energy advice and cost of living support', 'Disabled Facilities Grant'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${gTitle} | Ashvale District Council</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.ashvale.gov.example/warmth-grant">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1833"},
"localgov_cookie":{"enabled":true}}</script>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="lgd-page"><header class="lgd-header"><div class="lgd-header__inner lgd-container">
<div class="lgd-header__site-branding"><a href="/" rel="home" class="lgd-header__logo">Ashvale District Council</a></div>
<nav class="lgd-header__nav"><ul class="lgd-header__nav-list">${links(['Bins and recycling', 'Council Tax', 'Housing', 'Planning', 'Contact us'])}</ul></nav>
</div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'Housing', 'Home energy and grants'])}</ol></nav></div>
<main class="lgd-main" id="main-content"><div class="lgd-container"><div class="lgd-row">
<div class="lgd-row__two-thirds"><article class="localgov-services-page"><h1 class="lgd-page-title-block__title">${gTitle}</h1>
<div class="lgd-page-title-block__subheader"><p class="lgd-page-title-block__summary">Free energy-saving improvements for lower-income households
off the gas grid.</p></div>
<nav class="lgd-page-contents" aria-label="On this page"><h2 class="lgd-page-contents__title">On this page</h2><ul>${links(gContents)}</ul></nav>
<div class="field field--name-body field--type-text-with-summary"><div class="field__item">
${ps(gIntro)}
<h2 id="who-can-apply">Who can apply</h2>
<p>You can apply if:</p>
<ul>${lis(gWho)}</ul>
<h2 id="what-the-grant-pays-for">What the grant pays for</h2>
${ps(gWhat)}
<h2 id="how-to-apply">How to apply</h2>
<ol>${lis(gApply)}</ol>
<div class="call-out-box"><h3 class="call-out-box__title">Check if you are eligible</h3><a href="/warmth-grant/check" class="button">Start now</a></div>
<h2 id="help-with-your-application">Help with your application</h2>
${ps(gHelp)}
</div></div>
<div class="lgd-page-last-updated">Last updated: 14 January 2027</div>
<div class="lgd-feedback"><h2>Was this page helpful?</h2><a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a>
<a href="/report-a-problem">Report a problem with this page</a></div>
</article></div>
<aside class="lgd-row__one-third"><div class="lgd-sidebar"><h2 class="lgd-sidebar__title">Related services</h2><ul>${links(gRelated)}</ul></div></aside>
</div></div></main>
<footer class="lgd-footer"><ul>${links(['Accessibility statement', 'Cookies', 'Privacy notice', 'Jobs'])}</ul>
<p class="lgd-footer__copyright">© Ashvale District Council 2027</p></footer></div></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify"><h3 class="ccc-notify-title">This site uses cookies to store
information on your computer.</h3><button class="ccc-notify-button ccc-accept-button">Accept Recommended Settings</button>
<button class="ccc-notify-button ccc-reject-button">Reject All</button></div></div>
</body></html>`;
const ashvale: TestPage = {
  name: 'heldout334-localgov-drupal-grant-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gContents,
  body: texts([...gIntro, 'You can apply if:', ...gWho, ...gWhat, ...gApply, ...gHelp]),
  bylines: ['Last updated: 14 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashvale District Council', 'Bins and recycling', 'Council Tax', 'Housing', 'Planning', 'Contact us', 'Breadcrumb', 'Home',
    'Home energy and grants', 'Free energy-saving improvements for lower-income households off the gas grid.', 'On this page', 'Check if you are eligible',
    'Start now', 'Was this page helpful?', 'Report a problem with this page', 'Related services', ...gRelated, 'Accessibility statement', 'Cookies',
    'Privacy notice', 'Jobs', '© Ashvale District Council 2027', 'This site uses cookies to store information on your computer.',
    'Accept Recommended Settings', 'Reject All',
  ],
};

const yTitle = 'How to Tile a Shower Wall (Beginner Friendly) | Full Walkthrough';
const yDesc = [
  j(
    'In this video I tile a shower wall from bare board to grout, using 300 x 600 porcelain tiles. I show how to set out the first',
    'row so you do not end up with thin slivers at the ceiling, how to mix adhesive to the right consistency and how to get a flat',
    'finish with a levelling system.',
  ),
  'If you are a first-timer, watch the setting-out section twice. It is the part that decides whether the job looks professional.',
  'Chapters:',
];
const yChapters = [
  '0:00 Intro',
  '1:12 Checking the wall is flat',
  '4:05 Setting out and the datum batten',
  '9:40 Mixing adhesive',
  '12:18 Back-buttering and laying',
  '21:02 Cutting round the valve',
  '27:45 Grouting and cleaning',
];
const yKit = [
  'Kit I used:',
  'Notched trowel, 10 mm square',
  'Tile levelling clips and wedges',
  'Manual tile cutter, 630 mm',
  'Rapid-set flexible adhesive, grey',
];
const yComments = ['The datum batten trick saved my bathroom. Thank you!', 'What spacing did you use on these? Looks like 2 mm.'];
const yNext = ['Grouting Like a Pro: 5 Mistakes to Avoid', 'Fitting a Shower Tray on a Timber Floor', 'Cutting Porcelain Without a Wet Saw'];
const yHtml = `<!DOCTYPE html>
<html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en-GB" system-icons typography dark><head>
<meta http-equiv="origin-trial" content="Ap+qNlnc"><title>${yTitle} - VidTube</title>
<meta name="description" content="In this video I tile a shower wall from bare board to grout, using 300 x 600 porcelain tiles.">
<meta property="og:type" content="video.other"><meta property="og:video:url" content="https://www.vidtube.example/embed/q8Lr2Tz0WkA">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${yTitle}","uploadDate":"2026-06-09",
"duration":"PT31M20S","author":"Grout Expectations"}</script>
<script nonce="aZ3">var ytInitialPlayerResponse = {"videoDetails":{"videoId":"q8Lr2Tz0WkA","lengthSeconds":"1880"}};</script></head>
<body dir="ltr"><ytd-app><div id="content" class="style-scope ytd-app">
<div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" class="shell"><div id="start" class="style-scope ytd-masthead">
<a id="logo" href="/" title="VidTube Home"><span id="country-code">GB</span></a></div><div id="center"><input id="search" placeholder="Search"></div>
<div id="end"><a href="/signin" class="yt-spec-button-shape-next">Sign in</a></div></ytd-masthead></div>
<ytd-page-manager id="page-manager"><ytd-watch-flexy class="style-scope ytd-page-manager" video-id="q8Lr2Tz0WkA">
<div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy"><div id="player"></div>
<div id="below"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy"><div id="title" class="style-scope ytd-watch-metadata">
<h1 class="style-scope ytd-watch-metadata"><yt-formatted-string class="style-scope ytd-watch-metadata">${yTitle}</yt-formatted-string></h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata">
<ytd-video-owner-renderer class="style-scope ytd-watch-metadata"><ytd-channel-name id="channel-name"><a class="yt-simple-endpoint"
href="/@groutexpectations">Grout Expectations</a></ytd-channel-name><yt-formatted-string id="owner-sub-count">214K subscribers</yt-formatted-string>
</ytd-video-owner-renderer><div id="subscribe-button"><button class="yt-spec-button-shape-next">Subscribe</button></div></div>
<div id="actions"><button aria-label="like this video along with 9,812 other people">9.8K</button><button>Share</button><button>Save</button></div></div>
<div id="bottom-row" class="style-scope ytd-watch-metadata"><div id="description" class="item style-scope ytd-watch-metadata">
<ytd-text-inline-expander id="description-inline-expander"><div id="info-container"><yt-formatted-string id="info">
<span class="bold">412,066 views</span> <span class="bold">9 Jun 2026</span></yt-formatted-string></div>
<yt-attributed-string class="style-scope ytd-text-inline-expander"><span class="yt-core-attributed-string" role="text">
${ps(yDesc, ' class="yt-core-attributed-string__line"')}
<ul class="yt-chapters">${lis(yChapters)}</ul>
<ul class="yt-kit">${lis(yKit)}</ul>
</span></yt-attributed-string><tp-yt-paper-button id="collapse">Show less</tp-yt-paper-button></ytd-text-inline-expander></div></div>
</ytd-watch-metadata>
<ytd-comments id="comments"><ytd-comments-header-renderer><h2 id="count"><span>1,036 Comments</span></h2>
<div id="sort-menu">Sort by</div></ytd-comments-header-renderer>
<ytd-comment-thread-renderer><a id="author-text" href="/@bexrenovates"><span>@bexrenovates</span></a><span id="published-time-text">5 months ago</span>
<yt-attributed-string id="content-text"><span>${yComments[0]}</span></yt-attributed-string><span id="vote-count-middle">342</span>
<button>Reply</button></ytd-comment-thread-renderer>
<ytd-comment-thread-renderer><a id="author-text" href="/@lewisdoesdiy"><span>@lewisdoesdiy</span></a><span id="published-time-text">3 months ago</span>
<yt-attributed-string id="content-text"><span>${yComments[1]}</span></yt-attributed-string><span id="vote-count-middle">18</span>
<button>Reply</button></ytd-comment-thread-renderer></ytd-comments></div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><ytd-watch-next-secondary-results-renderer><div id="items">
${yNext
  .map(
    (t, i) => `<ytd-compact-video-renderer><a id="thumbnail" href="/watch?v=n${i}"></a><h3><span id="video-title">${t}</span></h3>
<ytd-channel-name><yt-formatted-string>Grout Expectations</yt-formatted-string></ytd-channel-name>
<span class="inline-metadata-item">${i + 1}${i}0K views</span></ytd-compact-video-renderer>`,
  )
  .join('\n')}</div></ytd-watch-next-secondary-results-renderer></div></div></ytd-watch-flexy></ytd-page-manager></div>
<ytd-consent-bump-v2-lightbox><div class="eom-v1-dialog"><h1>Before you continue to VidTube</h1>
<p>We use cookies and data to deliver and maintain our services.</p><button>Reject all</button><button>Accept all</button></div>
</ytd-consent-bump-v2-lightbox></ytd-app></body></html>`;
const vidtube: TestPage = {
  name: 'heldout334-youtube-watch-description-blog',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts([...yDesc, ...yChapters, ...yKit]),
  bylines: ['Grout Expectations', '9 Jun 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', '214K subscribers', 'Subscribe', '9.8K', 'Share', 'Save', '412,066 views', 'Show less', '1,036 Comments', 'Sort by', '@bexrenovates',
    '5 months ago', ...yComments, '342', 'Reply', '@lewisdoesdiy', '3 months ago', ...yNext, '100K views', '210K views', '320K views',
    'Before you continue to VidTube', 'We use cookies and data to deliver and maintain our services.', 'Reject all', 'Accept all',
  ],
};

export const HELDOUT334_F: readonly TestPage[] = [ashvale, vidtube];
