import { links, ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout239-e2.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file e: an independent security journalist's blog on a Krebs-style WordPress theme (site title and
 * tagline, three-item menu, entry meta with date and comment count, a captioned figure, the "This entry was posted in ...
 * and tagged ..." footer, post navigation, the comments with "says:" lines and Reply links, the sidebar with Advertisement,
 * Mailing List, Search, Recent Posts and Story Categories, and the footer) and, from file e2, a Discourse forum thread.
 */
const kbTitle = 'Refund Fraud Crew Sold \u2018Insider\u2019 Access to Telecom Support Portals';
const kbBody = [
  j(
    'A cybercrime group that advertised "guaranteed refunds" from online retailers was also quietly selling access to internal',
    'support portals at two mobile carriers, according to chat logs and payment records reviewed by this author. The access let',
    'buyers look up customer accounts and, in some cases, move a phone number to a new SIM card.',
  ),
  j(
    'The group operated under the name "Rebate Bureau" on several Telegram channels from at least mid-2025. Its public offer was',
    'simple: for a fee of 20 to 30 percent, its members would social-engineer a retailer\u2019s support staff into refunding an order',
    'that the customer had in fact received.',
  ),
  j(
    'But in private messages, the group\u2019s administrator, who used the handle "ledgerfox," offered a second service. For $900 a week,',
    'buyers received a login to a contractor\u2019s support dashboard used by two regional carriers, complete with the one-time codes',
    'needed to pass its two-factor prompt.',
  ),
  j(
    '\u201cWe have people inside, not phishing, real staff,\u201d ledgerfox wrote to a prospective buyer in November.',
    '\u201cThey rotate the login every Monday.\u201d',
  ),
  j(
    'Records from a cryptocurrency exchange, shared by a source who asked not to be named, show at least 41 weekly payments to a',
    'wallet linked to ledgerfox between October and February. Several of the paying accounts were later tied to SIM-swapping',
    'thefts of cryptocurrency from customers of the two carriers.',
  ),
  j(
    'Both carriers confirmed that the contractor\u2019s accounts were misused. One said it had ended its contract with the support',
    'vendor in February and now requires hardware keys for every person with access to account tools. The other said it was',
    '\u201creviewing the controls around third-party staff\u201d and declined to say how many customers were affected.',
  ),
  j(
    'The support vendor, a call centre operator with offices in three countries, did not respond to repeated requests for',
    'comment. Two former employees said supervisors shared logins across shifts, which would make it hard to tell who was',
    'selling access.',
  ),
  j(
    'Readers who are worried about SIM swapping should ask their carrier for a port-out PIN or a number lock, and should move',
    'two-factor codes for important accounts from text messages to an authenticator app or a security key.',
  ),
];
const kbCaption = 'An offer from the "Rebate Bureau" Telegram channel, advertising refunds from a dozen large retailers.';
const kbComments = [
  ['Gareth P.', 'March 6, 2026 at 9:14 am', 'The shared logins across shifts is the real story here. No accountability at all.'],
  ['Marisol', 'March 6, 2026 at 11:02 am', 'I asked my carrier for a port-out PIN after reading this. Took five minutes on the phone.'],
  ['JD from Tulsa', 'March 7, 2026 at 4:47 pm', 'Would love a follow-up on which retailers were hit hardest by the refund side.'],
];
const kbMenu = ['Home', 'About the Author', 'Advertising/Speaking'];
const kbRecent = ['Who\u2019s Behind the Fake Toll Text Wave?', 'Patch Tuesday, March 2026 Edition', 'Breach at Payroll Firm Exposes Tax Forms'];
const kbCats = ['A Little Sunshine', 'Data Breaches', 'Scam Watch', 'SIM Swapping', 'Web Fraud 2.0'];
const kbHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kbTitle} &#8211; Halloran on Security</title><link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="alternate" type="application/rss+xml" title="Halloran on Security &raquo; Feed" href="https://halloranonsecurity.example/feed/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Halloran on Security">
<meta property="article:published_time" content="2026-03-05T23:41:10+00:00">
<link rel="stylesheet" id="hos-style-css" href="https://halloranonsecurity.example/wp-content/themes/hos/style.css?ver=2.1" media="all">
<script type="text/javascript" src="https://halloranonsecurity.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head><body class="post-template-default single single-post postid-70412 single-format-standard"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Halloran on Security</a></p>
<p class="site-description">In-depth security news and investigation</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><ul id="primary-menu" class="menu">${links(kbMenu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-70412" class="post-70412 post type-post status-publish format-standard hentry category-a-little-sunshine category-sim-swapping">
<header class="entry-header"><h1 class="entry-title">${kbTitle}</h1>
<div class="entry-meta"><span class="posted-on"><a href="/2026/03/refund-fraud-crew/" rel="bookmark"><time class="entry-date published"
datetime="2026-03-05T23:41:10+00:00">March 5, 2026</time></a></span>
<span class="comments-link"><a href="#comments">37 Comments</a></span></div></header>
<div class="entry-content">
${ps(kbBody.slice(0, 2))}
<figure id="attachment_70415" class="wp-caption aligncenter"><img class="size-full wp-image-70415" src="/wp-content/uploads/2026/03/rebate-bureau.png"
alt="" width="749" height="512"><figcaption class="wp-caption-text">${kbCaption}</figcaption></figure>
${ps(kbBody.slice(2))}
</div>
<footer class="entry-footer"><span class="cat-links">This entry was posted in <a href="/category/a-little-sunshine/">A Little Sunshine</a>,
<a href="/category/sim-swapping/">SIM Swapping</a> and tagged <a href="/tag/ledgerfox/" rel="tag">ledgerfox</a>,
<a href="/tag/rebate-bureau/" rel="tag">Rebate Bureau</a>. Bookmark the <a href="/2026/03/refund-fraud-crew/" rel="bookmark">permalink</a>.</span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2026/03/patch-tuesday/" rel="prev">&larr; Patch Tuesday, March 2026 Edition</a></div>
<div class="nav-next"><a href="/2026/03/fake-toll-texts/" rel="next">Who’s Behind the Fake Toll Text Wave? &rarr;</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">37 thoughts on &ldquo;${kbTitle}&rdquo;</h2><ol class="comment-list">
${kbComments
  .map(
    ([who, when, text], i) => `<li id="comment-${5901 + i}" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${5901 + i}"><time datetime="2026-03-06">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}
</ol></div></main></div>
<aside id="secondary" class="widget-area" role="complementary"><section class="widget widget_text"><h2 class="widget-title">Advertisement</h2>
<div class="textwidget"><a href="#"><img src="/ads/banner-300.png" alt=""></a></div></section>
<section class="widget widget_text"><h2 class="widget-title">Mailing List</h2>
<div class="textwidget"><p><a href="/subscribe/">Subscribe here</a></p></div></section>
<section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search Halloran on Security"></label></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(kbRecent)}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Story Categories</h2><ul>${links(kbCats, 'cat-item')}</ul></section></aside></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">© 2026 Halloran on Security. Powered by WordPress.</div></footer></div>
<script src="https://halloranonsecurity.example/wp-includes/js/comment-reply.min.js?ver=6.7.2" id="comment-reply-js" async></script></body></html>`;
const halloran: TestPage = {
  name: 'heldout239-krebs-style-independent-blog',
  kind: 'blog',
  html: kbHtml,
  title: kbTitle,
  headings: [],
  body: texts(kbBody),
  bylines: ['March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Halloran on Security', 'In-depth security news and investigation', ...kbMenu, '37 Comments', kbCaption,
    'This entry was posted in', 'and tagged', 'Bookmark the permalink.', ...kbRecent, '37 thoughts on',
    ...kbComments.flat(), 'says:', 'Reply', 'Advertisement', 'Mailing List', 'Subscribe here', 'Recent Posts', 'Story Categories', ...kbCats,
    '© 2026 Halloran on Security. Powered by WordPress.',
  ],
};

export const HELDOUT239_E: readonly TestPage[] = [halloran, discourse];
