import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file f2: a home-cinema forum thread on XenForo 2 (AVS Forum-style template on an invented forum: the p-header and p-nav with
 * Forums / What's new / Reviews / Buyer's Guides, breadcrumbs, the thread title with "Thread starter" and start date, page
 * navigation, posts with user blocks (user title, Joined, Messages, Reaction score, Location), post dates and "#n"
 * permalinks, a quote block with "said:" and "Click to expand...", signatures, the "Last edited" line, reaction bars, the
 * action bar, the "You must log in or register to reply here." notice, the "Similar threads" widget, the sponsored box,
 * the cookie notice and the XenForo footer).
 */
const aTitle = 'Long-throw or UST for a 130" screen in a 14 ft room with a low ceiling?';
const aPost1 = [
  j(
    'Finally converting the spare room into a proper cinema and I have got myself stuck on the projector question. The room is 14 ft',
    'deep, 12 ft wide, and the ceiling is only 7 ft 6 in, which is the problem. I want a 130 inch 16:9 screen on the short wall.',
  ),
  j(
    'Option one is a long-throw projector on a rear shelf, which from the calculators looks like it just about works with a lens',
    'that has decent zoom range. Option two is an ultra-short-throw unit on a low cabinet under the screen, with an ALR screen to',
    'cope with the light-coloured walls.',
  ),
  j('Budget is roughly $6,000 for projector and screen together. Mostly films, some sport, no gaming. Anyone been in a similar room?', 'What would you do?'),
];
const aPost2 = [
  j(
    'With a 7 ft 6 in ceiling the shelf option will put the beam right over everyone’s heads, which is fine, but check you can get',
    'the image high enough without keystone. Keystone on a long-throw is a quality killer. You want lens shift, not digital correction.',
  ),
  j(
    'Personally I would go long-throw every time for a dedicated film room. UST images look great in a bright living room, but the',
    'ALR screens they need have a narrower viewing cone and can show a bit of sparkle on bright scenes, and on a 130 inch screen any',
    'waviness in the surface shows up badly because of the extreme angle the light arrives at.',
  ),
];
const aQuote = 'Budget is roughly $6,000 for projector and screen together. Mostly films, some sport, no gaming.';
const aPost3 = ['Same room size as mine, nearly to the inch. I went long-throw and do not regret it. A few things I learned the hard way:'];
const aPost3List = [
  'Measure the throw distance from the lens, not from the back of the projector. It cost me four inches.',
  'Paint the ceiling and the first two feet of the side walls a dark matt colour before you buy an expensive screen.',
  'Put the projector in a vented hush box if the shelf is behind your head. The fan noise was worse than I expected.',
  'Spend the money you save on the screen on blackout blinds. They made a bigger difference than anything else.',
];
const aPost4 = [
  j(
    'Thanks both, this is really helpful. I had not thought about the surface waviness on a big ALR screen, and the hush box idea',
    'solves the noise worry I had. Going long-throw with lens shift, and I will paint first.',
  ),
  'Will post pictures when it is done, probably sometime in May if the decorator behaves.',
];
const aNav = ['Forums', 'What’s new', 'Reviews', 'Buyer’s Guides', 'Members'];
const aCrumbs = ['Forums', 'Display Devices', 'Digital Projectors - Under $10,000 USD MSRP'];
const aSimilar = ['Best screen size for an 11 ft seating distance?', 'Hush box build thread: quiet at last', 'Low ceiling room, projector mounting ideas'];
const aFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const user = (name: string, title: string, joined: string, msgs: string, score: string, loc: string): string => `<div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${name.toLowerCase()}.1/" class="avatar avatar--m" data-user-id="1"><img src="/data/avatars/m/${name}.jpg" alt="${name}" width="96"
height="96">
</a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${name.toLowerCase()}.1/" class="username"
itemprop="name">${name}</a></h4><h5 class="userTitle message-userTitle" dir="auto">${title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${score}</dd></dl>
<dl class="pairs pairs--justified"><dt>Location</dt><dd>${loc}</dd></dl></div><span class="message-userArrow"></span></section></div>`;
const post = (id: number, n: number, date: string, u: string, body: string, extra = ''): string => `<article class="message message--post js-post
js-inlineModContainer" data-author="${u.split('|')[0]}" data-content="post-${id}" id="js-post-${id}" itemscope itemtype="https://schema.org/Comment">
<span class="u-anchorTarget" id="post-${id}"></span><div class="message-inner">${user(...(u.split('|') as [string, string, string, string, string, string]))}
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/long-throw-or-ust.3312004/post-${id}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-03-01T19:04:11-0500" itemprop="datePublished">${date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget">Share</a></li>
<li><a href="/threads/long-throw-or-ust.3312004/post-${id}" rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${body}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${extra}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="#"
class="actionBar-action actionBar-action--report">Report</a></div></div></footer></div></div></div></article>`;
const br = (ps: readonly string[]): string => ps.join('<br />\n<br />\n');
const sig = (t: string): string => `<aside class="message-signature"><div class="bbWrapper">${t}</div></aside>`;
const aHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-24"
data-content-key="thread-3312004" data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>Long-throw or UST for a 130&quot; screen in a 14 ft room with a low ceiling? | Projection Booth Forums</title>
<meta name="description" content="Finally converting the spare room into a proper cinema and I have got myself stuck on the projector question.">
<meta property="og:site_name" content="Projection Booth Forums"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.projectionbooth.example/threads/long-throw-or-ust.3312004/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Long-throw or UST for a 130 inch screen",
"datePublished":"2026-03-01T19:04:11-05:00","author":{"@type":"Person","name":"Caspian_Reid"},"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"csrf":"1772409851,abc","cookie":{"path":"/","domain":"","prefix":"xf_"},
"visitorCounts":null};</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=4&amp;l=1"></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/booth/logo.png" alt="Projection Booth Forums" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource">${links(aNav, 'p-navEl')}</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">Log in</a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--register">Register</a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(aCrumbs)}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${aTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><span class="u-srOnly">Thread starter</span>
<a href="/members/caspian_reid.1/" class="username u-concealed">Caspian_Reid</a></li><li><span class="u-srOnly">Start date</span>
<a href="/threads/long-throw-or-ust.3312004/" class="u-concealed"><time class="u-dt"
datetime="2026-03-01T19:04:11-0500">Mar 1, 2026</time></a></li></ul></div></div>
<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block-outer"><div class="block-outer-opposite"><a href="#" class="button--link button">Watch</a></div></div>
<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${post(81001, 1, 'Mar 1, 2026', 'Caspian_Reid|Newbie|Feb 11, 2026|14|6|Ohio', br(aPost1))}
${post(
  81007,
  2,
  'Mar 1, 2026',
  'Ondine Vasquez|Booth Veteran|Sep 3, 2009|8,214|4,930|Portland, OR',
  br(aPost2),
  sig('Larkspur LS-series long-throw · 133" Vellum matte white · 7.2.4 Atmos'),
)}
${post(
  81015,
  3,
  'Mar 2, 2026',
  'grainfield|Advanced Member|Jun 22, 2017|1,127|688|Leicester, UK',
  `<blockquote data-attributes="member: 1" data-quote="Caspian_Reid" data-source="post: 81001" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=81001" class="bbCodeBlock-sourceJump" rel="nofollow">Caspian_Reid
said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${aQuote}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>
${aPost3[0]}<br />\n<ul>${aPost3List.map((t) => `<li data-xf-list-type="ul">${t}</li>`).join('\n')}</ul>`,
  '<div class="message-lastEdit">Last edited: Mar 2, 2026</div>',
)}
${post(81022, 4, 'Mar 3, 2026', 'Caspian_Reid|Newbie|Feb 11, 2026|14|6|Ohio', br(aPost4))}
</div></div></div>
<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link" href="#">Ondine Vasquez, grainfield and 11 others</a></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockMessage blockMessage--error">You must log in or register to
reply here.</div></div></div>
</div></div>
<div class="p-body-sidebar"><div class="block" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads"><div class="block-container">
<h3 class="block-minorHeader">Similar threads</h3><ul class="block-body">${links(aSimilar, 'block-row')}</ul></div></div>
<div class="block sponsored"><div class="block-container"><span class="block-minorHeader">Sponsored</span>
<p>Lumenwright screens: tensioned ALR and acoustically transparent surfaces, made to order.</p></div></div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(aFoot)}</ul></div></div>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div></div></footer></div>
<div class="notices notices--bottom_fixer js-notices"><div class="notice js-notice notice--primary notice--cookie" data-notice-id="-1">
<div class="notice-content">This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.
<div class="u-inputSpacer"><a href="#" class="button--notice button">Accept</a> <a href="/help/cookies" class="button--notice button">Learn more…</a></div>
</div></div></div>
<script src="/js/xf/preamble.min.js?_v=8a1f2d3c"></script></body></html>`;
export const avsForum: TestPage = {
  name: 'heldout245-projectionbooth-xenforo-thread',
  kind: 'forum',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([...aPost1, ...aPost2, ...aPost3, ...aPost3List, ...aPost4]),
  bylines: ['Caspian_Reid', 'Mar 1, 2026', 'Ondine Vasquez', 'grainfield', 'Mar 2, 2026', 'Last edited: Mar 2, 2026', 'Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Buyer’s Guides', 'Log in', 'Register', 'Display Devices', 'Digital Projectors - Under $10,000 USD MSRP', 'Thread starter', 'Start date',
    'Watch', 'Newbie', 'Booth Veteran', 'Advanced Member', 'Joined', 'Messages', 'Reaction score', 'Location', 'Feb 11, 2026', 'Sep 3, 2009',
    'Jun 22, 2017', '8,214', '4,930', '1,127', '688', 'Ohio', 'Portland, OR', 'Leicester, UK', 'Share', 'Reply', 'Report',
    'Larkspur LS-series long-throw · 133" Vellum matte white · 7.2.4 Atmos', 'Caspian_Reid said:', 'Click to expand...',
    'Ondine Vasquez, grainfield and 11 others', 'You must log in or register to reply here.', 'Similar threads', ...aSimilar, 'Sponsored',
    'Lumenwright screens: tensioned ALR and acoustically transparent surfaces, made to order.', ...aFoot,
    'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.', 'Accept', 'Learn more…',
  ],
};
