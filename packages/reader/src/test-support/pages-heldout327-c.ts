import { links, ps, type TestPage, texts } from './page-kit.js';
import { forumThread } from './pages-heldout327-c2.js';
import { j, lis } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file c: a linguistics blog post on Blogger with the Notable theme (the blog name bar, the Google cookie
 * notice, "Posted by" and timestamp, a blockquoted reader email, labels, the share buttons, the reader comments with their
 * authors and dates, the sidebar with "About me", "Blog Archive" and "Popular Posts", and "Powered by Blogger") and, from file
 * c2, a language-exchange forum thread on XenForo 2.
 */
const bTitle = 'Noun piles on the Harlow Bay ferry';
const bIntro = [
  j(
    'A reader, who commutes on the Harlow Bay ferry, sent me a photograph last week of a sign fixed above the vehicle deck stairs.',
    'It reads, in full: <em>Passenger Lounge Access Stair Lift Maintenance Period Notice</em>. Seven nouns, no verb, no preposition,',
    'and not a single word to say which noun is the head.',
  ),
  'Her email put the question better than I could:',
];
const bQuote = [
  j(
    'Is the notice about the period, the maintenance, or the lift? My daughter says it is obviously about the notice, because that is',
    'the last word. My husband says nobody reads past the second word anyway.',
  ),
];
const bBody = [
  j(
    'Her daughter is right about the grammar. In an English compound the head is normally on the right, so the whole pile denotes a',
    'kind of notice. Everything to its left narrows down which notice we mean. The trouble is that the narrowing can be bracketed in',
    'several ways, and English gives the reader almost no help in choosing between them.',
  ),
  'Just the first four words already allow readings like these:',
];
const bList = [
  '[[passenger lounge] [access stair]]: the stair by which you reach the passenger lounge',
  '[passenger [lounge access]] stair: a stair for passengers who have lounge access, and not for crew',
  '[[[passenger lounge] access] stair]: the same as the first, reached by a different route through the tree',
];
const bMore = [
  j(
    'Readers mostly get this right without noticing, because they know what ferries contain. Lounges have stairs; access is something',
    'you have to something. Knowledge of the world does the bracketing that the grammar leaves open.',
  ),
  j(
    'What interests me is where these piles come from. I suspect the answer is the database field. A maintenance system records an',
    'asset (the stair lift), its location (passenger lounge access), an event type (maintenance period) and a document type (notice).',
    'Print the fields in order and you have the sign. Nobody wrote it; it was assembled.',
  ),
  j(
    'I have started collecting examples from transport signage around Harlow and Kestrel Point, and the longest so far runs to nine',
    'nouns. Readers with a longer one, photographed and in the wild, are invited to send it in.',
  ),
];
const bLabels = ['compound nouns', 'signs in the wild', 'headedness'];
const bArchive = ['April 2026 (3)', 'March 2026 (5)', 'February 2026 (4)'];
const bPopular = ['The curious plural of "octopus" in ferry timetables', 'Why nobody agrees how to say "scone" in Kestrel Point'];
const bComments = [
  'Car Park Pay Station Ticket Jam Reset Instructions, seen at Kestrel Point station. Eight, if you count "Car Park" as two.',
  'I once worked on such a system. You are exactly right: the sign template was four fields concatenated with spaces.',
  'Surely the real question is whether anyone has ever reset a pay station from the instructions.',
];
const bCAuth = [
  ['Tamsin Orrell', 'April 3, 2026 at 8:12 AM'],
  ['Yusuf B.', 'April 3, 2026 at 11:40 AM'],
  ['Anonymous', 'April 4, 2026 at 6:05 PM'],
] as const;
const bHtml = `<!DOCTYPE html><html dir="ltr" lang="en"><head><meta content="width=device-width, initial-scale=1" name="viewport"/>
<title>Syntax on the Shore: ${bTitle}</title><meta content="blogger" name="generator"/>
<link href="https://syntaxontheshore.blogspot.example/2026/04/noun-piles-on-harlow-bay-ferry.html" rel="canonical"/>
<meta content="A seven-noun sign on a ferry and the ways it can be bracketed." property="og:description"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-04-02T19:30:00+01:00",
"author":{"@type":"Person","name":"Odile Ferrant"}}</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/3566091532-css_bundle_v2.css"/>
<script type="text/javascript">window._wAt=false;var _WidgetManager={_Init:function(){}};</script></head>
<body class="container item-view version-1-3-3 variant-notable_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="page_body"><div class="centered"><header class="centered-top-container" role="banner"><div class="centered-top">
<div class="blog-name container"><div class="container section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<div><h2><a href="https://syntaxontheshore.blogspot.example/">Syntax on the Shore</a></h2></div><p>Notes on the grammar of everyday English</p></div></div>
</div></div><nav role="navigation"><div class="clearboth no-items section" id="page_list_top"></div></nav></div></header>
<div class="centered-bottom"><main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body"><div class="widget Blog"
data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage"}}</script>
<a name="7734201950014482210"></a><h1 class="post-title entry-title">${bTitle}</h1>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span><span
class="fn"><meta content="https://www.blogger.example/profile/0421" itemprop="url"/><a class="g-profile" href="https://www.blogger.example/profile/0421"
rel="author" title="author profile"><span itemprop="name">Odile Ferrant</span></a></span></span>
<span class="byline post-timestamp"><meta content="https://syntaxontheshore.blogspot.example/2026/04/noun-piles.html"/><a class="timestamp-link" rel="bookmark"
href="#"><time class="published" datetime="2026-04-02T19:30:00+01:00" title="2026-04-02T19:30:00+01:00">April 02, 2026</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-7734201950014482210">
${ps(bIntro)}
<blockquote>${ps(bQuote)}</blockquote>
${ps(bBody)}
<ol>${lis(bList)}</ol>
${ps(bMore)}
</div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><div class="byline post-labels"><span class="byline-label">Labels:</span>
${bLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(',\n')}</div></div>
<div class="post-share-buttons post-share-buttons-bottom"><div class="byline post-share-buttons goog-inline-block"><div aria-owns="sharing-popup-Blog1-byline"
class="sharing" data-title="${bTitle}"><button class="sharing-button touch-icon-button" id="sharing-button-Blog1-byline">Share</button>
<div class="share-buttons-container"><ul class="share-buttons hidden" id="sharing-popup-Blog1-byline" role="menu">
<li><a class="goog-inline-block sharing-email" href="#" role="menuitem">Email This</a></li><li><a class="goog-inline-block sharing-blogthis"
href="#">BlogThis!</a></li>
<li><a class="goog-inline-block sharing-twitter" href="#">Share to X</a></li><li><a class="goog-inline-block sharing-facebook"
href="#">Share to Facebook</a></li>
<li><a class="goog-inline-block sharing-pinterest" href="#">Share to Pinterest</a></li></ul></div></div></div></div></div></div>
<section class="comments threaded" data-embed="true" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">3 comments:</h3>
<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${bComments
  .map(
    (c, i) => `<li class="comment" id="c55${i}"><div class="avatar-image-container"><img src="//resources.blogblog.example/img/blank.gif" alt=""/></div>
<div class="comment-block"><div class="comment-header"><cite class="user">${bCAuth[i]?.[0] ?? ''}</cite><span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="#c55${i}">${bCAuth[i]?.[1] ?? ''}</a></span></div><p class="comment-content">${c}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a><span class="item-control blog-admin pid-1"><a
target="_self" href="#">Delete</a></span></span></div></li>`,
  )
  .join('\n')}
</ol></div></div><p class="comment-footer"><a href="https://www.blogger.example/comment/frame/0421?po=7734">Add comment</a></p>
<div class="comment-footer-note">Note: Only a member of this blog may post a comment.</div></section></div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link flat-button ripple" href="#" title="Newer Post">Newer Post</a>
<a class="blog-pager-older-link flat-button ripple" href="#" title="Older Post">Older Post</a><a class="home-link flat-button ripple" href="/">Home</a></div>
</div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="sidebar_top section"
id="sidebar_top"><div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><a class="profile-name-link
g-profile" href="#">Odile Ferrant</a><div class="profile-textblock">Retired lexicographer. Collects signs, timetables and other unloved texts.</div>
<a class="profile-link visible" href="#">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Blog Archive</h3><div class="widget-content"><ul class="hierarchy">${links(bArchive)}</ul>
</div></div><div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><div class="widget-content"><ul>${links(bPopular)}</ul>
</div></div></div></div></aside></div></div></div>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content"><div class="blogger">Powered by
<a href="https://www.blogger.example" rel="nofollow">Blogger</a></div><div class="image-attribution">Theme images by Michael Elkan</div></div></div></footer>
</div><div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies
from Google to deliver its services and to analyze traffic.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button"
href="https://policies.google.example/technologies/cookies">Learn more</a><a id="cookieChoiceDismiss" class="cookie-choices-button" href="#">Ok</a></span>
</div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2028843038-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY4x';
_WidgetManager._Init('//www.blogger.example/rearrange?blogID=0421','//syntaxontheshore','0421');</script>
</body></html>`;
const blogger: TestPage = {
  name: 'heldout327-blogger-notable-linguistics-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([...bIntro, ...bQuote, ...bBody, ...bList, ...bMore]),
  bylines: ['Posted by', 'Odile Ferrant', 'April 02, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Syntax on the Shore', 'Notes on the grammar of everyday English', 'Labels:', ...bLabels, 'Share', 'Email This', 'BlogThis!',
    'Share to X', 'Share to Facebook', 'Share to Pinterest', '3 comments:', ...texts(bComments), ...bCAuth.flat(), 'Reply', 'Delete', 'Add comment',
    'Note: Only a member of this blog may post a comment.', 'Newer Post', 'Older Post', 'Home', 'About Me',
    'Retired lexicographer. Collects signs, timetables and other unloved texts.', 'View my complete profile', 'Blog Archive', ...bArchive, 'Popular Posts',
    ...bPopular, 'Powered by Blogger', 'Theme images by Michael Elkan', 'This site uses cookies from Google to deliver its services and to analyze traffic.',
    'Learn more',
  ],
};

export const HELDOUT327_C: readonly TestPage[] = [blogger, forumThread];
