import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 4 (news), written AFTER the sprint-9 rules and never used to change them: a
 * government press release, an election live blog with an author on every entry, and a local
 * news story with an embedded post from a social network and a reader poll.
 */
const release = [
  'Every new home built in England from 2026 will have to be fitted with solar panels, under rules published today.',
  'The Future Homes Standard will also require new homes to be heated by low-carbon systems ' +
    'such as heat pumps rather than gas boilers. Homes built to the standard are expected to ' +
    'produce 75% less carbon than homes built today.',
  'Builders will have a year to prepare before the rules come into force. Homes whose ' +
    'planning applications are approved before then can still be built to the current standard.',
];
const pressRelease: TestPage = {
  name: 'heldout4-government-press-release',
  kind: 'news',
  title: 'Solar panels to be required on all new homes from 2026',
  headings: ['What the standard requires'],
  body: [
    'New rules will cut carbon emissions from new homes by three quarters.',
    ...texts(release),
    'Solar panels on the roof of every new house.',
    'Heat pumps or heat networks in place of gas boilers.',
    'Better insulation of walls, floors and windows.',
  ],
  bylines: ['From: Department for Housing and Communities and Lee Ashton MP', 'Published 12 March 2024'],
  furniture: [
    'Press release',
    'Cookies on GOV.UK',
    'We use some essential cookies to make this website work.',
    'Accept additional cookies',
    'Reject additional cookies',
    'Skip to main content',
    'Home',
    'Housing, local and community',
    'Planning and building',
    'Press office',
    'Email press.office@housing.example.gov.uk',
    'Telephone 0303 444 1201',
    'Notes to editors',
    'The consultation on the standard ran from December 2023 to March 2024 and received 1,200 responses.',
    'Share this page',
    'Related content',
    'Future Homes Standard: consultation outcome',
    'Is this page useful?',
    'Report a problem with this page',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
  ],
  html: `<!DOCTYPE html><html lang="en" class="govuk-template"><head><title>Solar panels to be required on all new homes from 2026 - GOV.UK</title>\
</head><body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on\
 GOV.UK"><div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p></div><div\
 class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button><button class="govuk-button"\
 type="submit">Reject additional cookies</button></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><a class="govuk-header__link" href="/">GOV.UK</a></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol\
 class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li\
 class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link">Housing, local and community</a></li><li\
 class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link">Planning and building</a></li></ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none"><div\
 class="govuk-grid-column-two-thirds">
<span class="govuk-caption-xl gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">Solar panels to be\
 required on all new homes from 2026</h1>
<p class="gem-c-lead-paragraph">New rules will cut carbon emissions from new homes by three quarters.</p></div></div>
<div class="gem-c-metadata" data-module="gem-toggle"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">\
<a class="govuk-link">Department for Housing and Communities</a> and <a class="govuk-link">Lee Ashton MP</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2024</dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="responsive-bottom-margin"><div class="govuk-govspeak\
 direction-ltr" data-module="govspeak"><div class="govspeak">${ps(release.slice(0, 2))}
<h2 id="what-the-standard-requires">What the standard requires</h2><ul><li>Solar panels on the roof of every new house.</li><li>Heat pumps\
 or heat networks in place of gas boilers.</li><li>Better insulation of walls, floors and windows.</li></ul>
${ps(release.slice(2))}
<h2 id="press-office">Press office</h2><div class="contact"><div class="content"><p class="adr">Email <a\
 href="mailto:press.office@housing.example.gov.uk">press.office@housing.example.gov.uk</a></p><p class="tel">Telephone 0303 444 1201</p>\
</div></div>
<h3 id="notes-to-editors">Notes to editors</h3><p>The consultation on the standard ran from December 2023 to March 2024 and received 1,200\
 responses.</p></div></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul\
 class="gem-c-share-links__list"><li><a class="govuk-link gem-c-share-links__link" data-share-platform="facebook"><span\
 class="govuk-visually-hidden">Share on </span>Facebook</a></li><li><a class="govuk-link gem-c-share-links__link"><span\
 class="govuk-visually-hidden">Share on </span>Twitter</a></li></ul></div></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation" data-module="gem-track-click"><h2\
 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2><nav role="navigation"><ul\
 class="gem-c-related-navigation__link-list"><li><a class="govuk-link">Future Homes Standard: consultation outcome</a></li></ul></nav></div>\
</div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2\
 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Yes</button><button\
 class="govuk-button">No</button><button class="govuk-button">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-footer__meta"><span\
 class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link">Open Government Licence\
 v3.0</a>, except where otherwise stated</span></div></footer></body></html>`,
};

const entries: ReadonlyArray<[string, string, string | undefined, string[]]> = [
  [
    '23:58',
    'Maya Okafor',
    'Turnout up in the north',
    ['Turnout in the northern districts is running at 71%, four points higher than at the last election, according to the returning officers.'],
  ],
  [
    '23:41',
    'Tom Brennan',
    undefined,
    [
      'The first result is in: Ashby South has re-elected its sitting member with a majority of 4,210, almost unchanged from last time.',
      'Counting in the city seats is slower than expected because of the number of postal votes.',
    ],
  ],
  [
    '23:15',
    'Maya Okafor',
    'Exit poll points to a hung parliament',
    ['The exit poll suggests no party will win a majority. The governing party is projected to lose 18 seats, most of them to the Greens.'],
  ],
];
const entryHtml = ([time, author, title, paras]: (typeof entries)[number], i: number) => `<article id="post-${i}" class="lb-post" data-post-id="${i}">
<header class="lb-post__header"><time class="lb-post__time" datetime="2024-05-02T${time}">${time}</time><div class="lb-post__author"><img\
 class="lb-post__avatar" src="/a/${i}.jpg" alt=""><span class="lb-post__author-name">${author}</span></div></header>
${title === undefined ? '' : `<h2 class="lb-post__title">${title}</h2>`}<div class="lb-post__content">${ps(paras)}</div>
<footer class="lb-post__footer"><button class="lb-share" aria-haspopup="true">Share</button><a class="lb-permalink" href="#post-${i}">Copy\
 link</a></footer></article>`;
const liveBlog: TestPage = {
  name: 'heldout4-election-live-blog',
  kind: 'news',
  title: 'General election 2024: results as they come in',
  headings: ['Turnout up in the north', 'Exit poll points to a hung parliament'],
  body: [
    'Polls have closed and counting is under way in all 120 constituencies. Follow the results here as they are declared.',
    ...entries.flatMap(([, , , p]) => p),
  ],
  bylines: ['Maya Okafor', 'Tom Brennan', '23:58', '23:41', '23:15', 'Updated 2 minutes ago'],
  furniture: [
    'LIVE',
    'Show key events only',
    'Please turn on JavaScript to use this feature',
    'Key events',
    'Share',
    'Copy link',
    'Load more updates',
    'Seats declared: 1 of 120',
    'Most viewed',
    'Council approves new bus lanes',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>General election 2024: results as they come in | The Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"General election 2024: results as\
 they come in","coverageStartTime":"2024-05-02T22:00"}</script></head><body class="article-live">
<header class="site-header"><a class="site-header__logo">The Courier</a><nav class="site-nav"><a>News</a><a>Politics</a><a>Sport</a></nav></header>
<main id="main"><div class="live-header"><span class="live-badge"><span class="live-badge__dot"></span>LIVE</span><h1\
 class="live-header__title">General election 2024: results as they come in</h1>
<p class="live-header__standfirst">Polls have closed and counting is under way in all 120 constituencies. Follow the results here as they\
 are declared.</p><p class="live-header__updated">Updated 2 minutes ago</p></div>
<div class="live-layout"><div class="live-layout__main"><div class="live-toolbar"><label class="toggle"><input type="checkbox"\
 class="toggle__input" id="key-events-toggle"><span class="toggle__label">Show key events only</span></label><noscript>Please turn on\
 JavaScript to use this feature</noscript></div>
<div class="scoreboard"><p class="scoreboard__count">Seats declared: 1 of 120</p></div>
<div class="lb-feed" aria-live="polite">${entries.map(entryHtml).join('\n')}</div><button class="lb-load-more">Load more updates</button></div>
<div class="live-layout__side"><div class="key-events"><h2 class="key-events__title">Key events</h2><ul><li><a href="#post-0">\
<time>23:58</time> Turnout up in the north</a></li><li><a href="#post-2"><time>23:15</time> Exit poll points to a hung parliament</a></li>\
</ul></div>
<div class="most-viewed"><h2>Most viewed</h2><ol><li><a>Council approves new bus lanes</a></li></ol></div></div></div></main></body></html>`,
};

const story = [
  'The harbour bridge in Porthaven will close to traffic for six weeks from Monday so that its deck can be replaced, the county council has confirmed.',
  'Drivers will be sent on a 12-mile diversion through Treloan. Pedestrians and cyclists will be able to cross on a temporary walkway for most of the closure.',
  'The council said the deck had worn faster than expected because of the number of heavy lorries using the bridge to reach the new ferry terminal.',
  'Shopkeepers on the quay say they fear a quiet summer. "Half our customers come over that bridge," said Jenna Pascoe, who runs a café by the slipway.',
  'The work is due to finish before the regatta at the end of August.',
];
const localNews: TestPage = {
  name: 'heldout4-local-news-embed-poll',
  kind: 'news',
  title: 'Harbour bridge to close for six weeks for repairs',
  headings: [],
  body: texts(story),
  bylines: ['By Sam Trewin', 'Local Democracy Reporter', '06:00, 14 MAY 2024', 'Updated 09:12, 14 MAY 2024'],
  furniture: [
    'The bridge will be shut to all traffic from Monday. Plan your journey and check the diversion before you set off.',
    'Cornwall Council Highways (@CornwallHighways)',
    'May 13, 2024',
    'Do you think the council should have repaired the bridge outside the summer season?',
    'Yes',
    'No',
    'Not sure',
    'Vote',
    'Want more Porthaven news? Sign up to our daily newsletter here',
    'Read Next',
    'Ferry terminal opens with first crossing to Roscoff',
    'Comments',
    'Follow Porthaven Live',
  ],
  html: `<!DOCTYPE html><html lang="en-GB"><head><title>Harbour bridge to close for six weeks for repairs - Porthaven Live</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbour bridge to close for six weeks\
 for repairs"}</script></head><body>
<div class="mod-header"><a class="logo">Porthaven Live</a><ul class="primary-nav"><li><a>News</a></li><li><a>What's On</a></li><li><a>Sport</a></li></ul></div>
<main><article class="article-main" itemscope itemtype="http://schema.org/NewsArticle"><div class="article-header"><h1\
 itemprop="headline">Harbour bridge to close for six weeks for repairs</h1>
<div class="article-information"><div class="author-information"><span class="author"><a rel="author">By Sam Trewin</a></span><span\
 class="author-job">Local Democracy Reporter</span></div>
<ul class="time-info"><li><span class="time-container"><time itemprop="datePublished">06:00, 14 MAY 2024</time></span></li><li><span\
 class="time-container">Updated<time itemprop="dateModified">09:12, 14 MAY 2024</time></span></li></ul></div>
<div class="social-bar"><a class="social-follow">Follow Porthaven Live</a></div></div>
<div class="article-body" itemprop="articleBody">${ps(story.slice(0, 2))}
<div class="embed embed-twitter"><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The bridge will be shut to all\
 traffic from Monday. Plan your journey and check the diversion before you set off. <a href="https://t.co/x">pic.twitter.com/x</a>\
</p>&mdash; Cornwall Council Highways (@CornwallHighways) <a href="https://twitter.com/x/status/1">May 13, 2024</a></blockquote></div>
${ps(story.slice(2, 4))}
<div class="poll-embed" data-poll-id="88213"><div class="poll"><p class="poll__question">Do you think the council should have repaired the\
 bridge outside the summer season?</p><ul class="poll__options"><li><input type="radio" name="p" id="o1"><span>Yes</span></li><li><input\
 type="radio" name="p" id="o2"><span>No</span></li><li><input type="radio" name="p" id="o3"><span>Not sure</span></li></ul><button\
 class="poll__vote">Vote</button></div></div>
${ps(story.slice(4))}
<p class="article-newsletter-cta"><strong><a>Want more Porthaven news? Sign up to our daily newsletter here</a></strong></p></div>
<div class="read-next"><h2>Read Next</h2><div class="teaser"><a><h3>Ferry terminal opens with first crossing to Roscoff</h3></a></div></div>
<div class="comments-box"><button class="comments-count">Comments</button></div></article></main></body></html>`,
};

export const HELDOUT4_A: readonly TestPage[] = [pressRelease, liveBlog, localNews];
