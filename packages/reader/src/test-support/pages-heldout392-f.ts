import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout392-kit.js';

/**
 * Held-out batch 392, file f: a historic government gazette notice on a Gazette-style notice page whose main text is short
 * (GOV.UK-like header, the notice type and code, the publication details, the "Notice details" list, the download and
 * share links, the "Related notices" rail, the cookie banner and footer) and an archive's blog post on WordPress quoting
 * an old newspaper article (site header, category and date line, the blockquoted article, a figure caption, tags, the
 * author box, "You may also like", comments with a reply form, the sidebar and the footer).
 */
const gzTitle = 'Closure of the Tolworth Turnpike Trust';
const gzBody = [
  j(
    'NOTICE is hereby given, that at a Meeting of the Trustees of the Tolworth and Brindle Heath Turnpike Road, held at the',
    'Crown Inn, Tolworth, on the 2nd day of June 1874, it was Resolved that the said Trust shall be wound up in accordance',
    'with the provisions of the Annual Turnpike Acts Continuance Act, and that the Tolls now collected upon the said Road',
    'shall cease to be taken from and after the 1st day of November next.',
  ),
  j(
    'AND NOTICE is hereby further given, that all persons having any Claim upon the said Trust, whether as Mortgagees or',
    'Creditors, are required to send particulars thereof in writing to the undersigned, on or before the 1st day of',
    'September next, after which date the Trustees will proceed to distribute the assets of the Trust having regard only',
    'to the Claims of which they shall then have had notice.',
  ),
  j(
    'The Toll Houses at Tolworth Bridge and at Brindle Heath, with the Gates and Fittings thereof, will be offered for Sale',
    'by Auction at the said Crown Inn on the 9th day of November next, at Two o’clock in the afternoon.',
  ),
  'Dated this 4th day of June 1874.',
  'EDWIN CALLOWAY, Clerk to the said Trustees, 7 Market Row, Tolworth.',
];
const gzDetails: [string, string][] = [
  ['Notice type', 'Roads and Highways'],
  ['Notice ID', '1874/3318'],
  ['Edition', 'The London Gazette'],
  ['Issue number', '24104'],
  ['Page number', '3017'],
];
const gzNav = ['Notices', 'Wills and Probate', 'Insolvency', 'All Notices', 'Place a notice', 'Data services'];
const gzRel = ['Wandle Valley Road Trust: final meeting', 'Brindle Heath Inclosure: award deposited', 'Tolworth Bridge Tolls: lease by auction'];
const gzFoot = ['Help', 'Cookies', 'Accessibility statement', 'Contact us', 'Terms and conditions', 'Privacy notice'];
const gzHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>Closure of the Tolworth Turnpike Trust - 1874/3318 | The Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="Roads and Highways notice: Closure of the Tolworth Turnpike Trust, The London Gazette issue 24104, page 3017">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentNotice","name":"Closure of the Tolworth Turnpike Trust",
"datePublished":"1874-06-09","identifier":"1874/3318"}</script>
<link rel="stylesheet" href="/static/css/gazette.min.css"></head><body class="govuk-template__body notice-page">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" role="region" aria-label="Cookies on The Gazette"><h2 class="govuk-cookie-banner__heading">Cookies on The Gazette</h2>
<p class="govuk-body">We use some essential cookies to make this service work.</p>
<button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container">
<a href="/" class="govuk-header__link govuk-header__link--homepage">The Gazette</a>
<span class="govuk-header__tagline">Official public record</span>
<nav class="govuk-header__navigation"><ul class="govuk-header__navigation-list">${links(gzNav, 'govuk-header__navigation-item')}</ul></nav>
</div></header>
<div class="govuk-width-container"><div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a href="/all-notices">All Notices</a></li>
<li class="govuk-breadcrumbs__list-item">Notice 1874/3318</li></ol></div>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<article class="full-notice" data-notice-code="1501"><header class="notice-header"><span class="govuk-caption-l">Roads and Highways</span>
<h1 class="govuk-heading-l">${gzTitle}</h1>
<dl class="publication-detail"><dt>Published</dt><dd><time datetime="1874-06-09">9 June 1874</time></dd></dl></header>
<div class="content" data-gazettes="Notice">
${ps(gzBody, ' class="govuk-body"')}
</div>
<aside class="notice-details"><h2 class="govuk-heading-s">Notice details</h2><dl class="govuk-summary-list">
${gzDetails
  .map(
    ([k, v]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt>
<dd class="govuk-summary-list__value">${v}</dd></div>`,
  )
  .join('\n')}
</dl></aside>
<ul class="notice-actions"><li><a href="/notice/1874-3318/data.pdf">Download PDF</a></li><li><a href="/notice/1874-3318/data.xml">View as XML</a></li>
<li><a href="#share">Share this notice</a></li></ul></article></div>
<div class="govuk-grid-column-one-third"><aside class="related-notices"><h2 class="govuk-heading-m">Related notices</h2>
<ul class="govuk-list">${links(gzRel)}</ul></aside></div></div></main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">
<ul class="govuk-footer__inline-list">${links(gzFoot, 'govuk-footer__inline-list-item')}</ul>
<p class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
<span class="govuk-footer__copyright">© Crown copyright</span></div></footer>
<script src="/static/js/govuk-frontend.min.js" type="module"></script></body></html>`;
const gazette: TestPage = {
  name: 'heldout392-gazette-notice-docs',
  kind: 'docs',
  html: gzHtml,
  title: gzTitle,
  headings: [],
  body: texts(gzBody),
  bylines: ['9 June 1874'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on The Gazette', 'We use some essential cookies to make this service work.', 'Accept additional cookies', 'Reject additional cookies',
    'Skip to main content', 'The Gazette', 'Official public record', 'Published', ...gzNav, 'Home', 'Notice 1874/3318', 'Roads and Highways', 'Notice details',
    ...gzDetails.flat().filter((t) => t !== 'Roads and Highways'), 'Download PDF', 'View as XML', 'Share this notice', 'Related notices', ...gzRel,
    ...gzFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

const bTitle = 'When the circus elephant went missing: a story from the 1902 Mercury';
const bIntro = [
  j(
    'Every so often a researcher in the search room turns up something that stops the whole room. Last month it was a short',
    'item in the Ravensholt Mercury for 19 July 1902, found by a volunteer indexing the paper’s local news columns.',
  ),
  'Here is the article in full, as it was printed:',
];
const bQuote = [
  j(
    'Considerable excitement was caused in the town on Wednesday morning when it became known that Rajah, the large',
    'elephant belonging to Colonel Brayley’s Circus, had broken from his picket in the night and could not be found.',
  ),
  j(
    'Search parties were sent out in every direction, and the animal was at length discovered at about nine o’clock in the',
    'kitchen garden of the Vicarage, where he had made a hearty breakfast of the Rev. Mr. Sowerby’s cabbages. He was led',
    'back to the ground without difficulty by his keeper, and the performance in the evening took place as advertised.',
  ),
];
const bAfter = [
  j(
    'What makes the item more than a curiosity is what it tells us about the town. Colonel Brayley’s Circus appears in the',
    'Mercury almost every summer between 1896 and 1911, always pitching on the Fair Field by the river, and the paper’s',
    'reports give us a running picture of who came to see it, what the seats cost and how the council felt about it.',
  ),
  j(
    'The vicarage garden, too, can still be traced. It lay on the site of the present library car park, and the parish',
    'magazine for August 1902, which we also hold, has a rather less amused note from Mr. Sowerby about the state of his',
    'vegetable beds.',
  ),
];
const bH = 'Finding more';
const bHow = [
  'Bound volumes of the Mercury from 1871 to 1958 can be ordered in the search room; no appointment is needed.',
  'The volunteer index to local news columns covers 1890 to 1914 and can be searched on our catalogue.',
  'The parish magazines are catalogued under reference PR/RAV/7.',
];
const bMenu = ['Home', 'Visit us', 'Collections', 'Learning', 'Volunteer', 'Blog'];
const bTags = ['circuses', 'newspapers', 'Ravensholt history', 'volunteers'];
const bSide = ['Opening times this week', 'Ordering documents in advance', 'Search our catalogue'];
const bMore = ['The 1911 census on our street', 'Reading a Victorian diary', 'Indexing the Mercury: a progress report'];
const bCmt = [
  ['Pauline Ashdown', '4 March 2026 at 10:12 am', 'My grandmother used to tell this story! She said the elephant ate the vicar’s roses too.'],
  ['Ravensholt Archives', '4 March 2026 at 2:40 pm', 'Thank you Pauline, we would love to hear more. Do get in touch with the search room.'],
] as const;
const bHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>When the circus elephant went missing: a story from the 1902 Mercury – Ravensholt Archives blog</title>
<meta name="description" content="A short item in the Ravensholt Mercury for 19 July 1902, found by a volunteer.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-03T09:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"name":"Tamsin Greer"}}</script>
<link rel="stylesheet" id="twentytwentyone-style-css" href="/wp-content/themes/twentytwentyone/style.css?ver=2.1"></head>
<body class="post-template-default single single-post postid-733 single-format-standard wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding">
<p class="site-title"><a href="/">Ravensholt Archives</a></p><p class="site-description">Records of the borough since 1250</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container">
<ul id="primary-menu-list" class="menu-wrapper">
${links(bMenu, 'menu-item')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-733" class="post-733 post type-post status-publish format-standard hentry category-from-the-collections">
<header class="entry-header alignwide"><h1 class="entry-title">${bTitle}</h1></header>
<div class="entry-content">
${ps(bIntro)}
<blockquote class="wp-block-quote">${ps(bQuote)}<cite>Ravensholt Mercury, 19 July 1902, page 5</cite></blockquote>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/mercury-1902-elephant.jpg" alt="">
<figcaption class="wp-element-caption">The item as it appears in the bound volume (RAV/NEWS/1902).</figcaption></figure>
${ps(bAfter)}
<h2 class="wp-block-heading">${bH}</h2>
<ul>${bHow.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published"
datetime="2026-03-03T09:00:00+00:00">3 March 2026</time></span><span class="byline">By <a href="/author/tgreer/">Tamsin Greer</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="#">From the collections</a></span>
<span class="tags-links">Tagged ${bTags.map((t) => `<a href="#" rel="tag">${t}</a>`).join(', ')}</span></div></footer>
<div class="author-bio show-avatars"><h2 class="author-title">By Tamsin Greer</h2><p class="author-description">Tamsin is an archivist in the
search room team.</p></div></article>
<div class="related-posts"><h2>You may also like</h2><ul>${links(bMore)}</ul></div>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
${bCmt
  .map(
    ([a, d, t]) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${a}</b> <span class="says">says:</span></div><div class="comment-metadata"><time>${d}</time></div></footer>
<div class="comment-content"><p>${t}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<form><textarea name="comment"></textarea><input type="submit" class="submit" value="Post Comment"></form></div></div>
</main></div>
<aside class="widget-area"><section class="widget widget_nav_menu"><h2 class="widget-title">Plan your visit</h2><ul>${links(bSide)}</ul></section></aside></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name">Ravensholt Archives</div>
<p>Ravensholt Archives is run by Ravensholt Borough Council.</p><div class="powered-by">Proudly powered by WordPress.</div></div></footer></div>
<script id="twenty-twenty-one-responsive-embeds-script-js" src="/wp-content/themes/twentytwentyone/assets/js/responsive-embeds.js?ver=2.1"></script>
</body></html>`;
const archiveBlog: TestPage = {
  name: 'heldout392-wordpress-archive-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH],
  body: texts([...bIntro, ...bQuote, ...bAfter, ...bHow]),
  bylines: ['3 March 2026', 'By Tamsin Greer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Records of the borough since 1250', ...bMenu, 'Ravensholt Mercury, 19 July 1902, page 5',
    'The item as it appears in the bound volume (RAV/NEWS/1902).', 'Published', 'Categorized as', 'From the collections', 'Tagged', ...bTags,
    'Tamsin is an archivist in the search room team.', 'You may also like', ...bMore, '2 comments', ...bCmt.flat(), 'says:', 'Reply',
    'Leave a comment', 'Your email address will not be published. Required fields are marked *', 'Plan your visit', ...bSide,
    'Ravensholt Archives is run by Ravensholt Borough Council.', 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT392_F: readonly TestPage[] = [gazette, archiveBlog];
