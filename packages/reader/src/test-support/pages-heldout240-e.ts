import { links, type TestPage, texts } from './page-kit.js';
import { marketReport } from './pages-heldout240-e2.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file e: a farmers' forum thread on XenForo 2 (header tabs, breadcrumbs, thread starter and start date,
 * five posts with user details, a quoted reply, reactions bars, post actions, "Share this page", "Similar threads", the
 * cookie notice and the footer) and, from file e2, a commodity market report with a price table on a Next.js site.
 */
const xTitle = 'Blackgrass in winter wheat after a wet autumn - what worked for you?';
const xPosts = [
  {
    user: 'HedgerowHarry',
    title: 'Member',
    date: 'Feb 27, 2026',
    extras: ['Feb 11, 2019', '1,842', 'North Lindsey'],
    body: [
      j(
        'Drilled most of our wheat late, around the third week of October, hoping the delay would let us flush out the blackgrass first.',
        'Then it rained for five weeks and the pre-emergence spray never went on half the fields.',
      ),
      j(
        'Walked them yesterday and the worst field has a proper carpet coming through in the tramlines. Is there anything worth doing',
        'in the spring at this stage, or do I just accept it and plan to spring crop that field next year?',
      ),
    ],
    likes: 'Reactions: Stubble Jumper and Fen Tiger',
  },
  {
    user: 'Fen Tiger',
    title: 'Well-known Member',
    date: 'Feb 27, 2026',
    extras: ['Mar 3, 2016', '9,407', 'Fens'],
    body: [
      j(
        'Honestly, the spring options are poor. Contact herbicides in spring give you maybe 30 to 50 percent control on well-tillered',
        'plants if you are lucky, and the resistant populations laugh at them.',
      ),
      j(
        'What I have done in that situation is to write the field off as a cash crop and either whole-crop it for the digester or spray',
        'it off and go for spring barley. Painful but cheaper than feeding the seedbank for another five years.',
      ),
    ],
    likes: 'Reactions: HedgerowHarry',
  },
  {
    user: 'Stubble Jumper',
    title: 'Member',
    date: 'Feb 28, 2026',
    extras: ['Aug 22, 2021', '612', 'Wolds'],
    quote: 'Is there anything worth doing in the spring at this stage',
    body: [
      j(
        'Patch spraying. We mapped our worst patches with a drone last June and sprayed them off with glyphosate before they headed.',
        'Lost about 4 hectares of crop out of 60 but the seed return on those patches dropped to almost nothing.',
      ),
      'If you do nothing else, at least hand rogue or spot spray before heading so you are not adding to the problem.',
    ],
    likes: '',
  },
  {
    user: 'Clayland Pete',
    title: 'Well-known Member',
    date: 'Feb 28, 2026',
    extras: ['Jan 5, 2014', '5,230', 'Essex clay'],
    body: [
      j(
        'Agree with the patch spraying. The other thing that made the biggest difference for us was getting the drill to move less soil.',
        'We went to a low-disturbance disc drill four years ago and every bit of soil you do not move is blackgrass that does not',
        'germinate in the crop.',
      ),
      'And keep the sprayer clean between fields. We spread resistant blackgrass across the farm on tyres and headers before we knew.',
    ],
    likes: 'Reactions: Fen Tiger and HedgerowHarry',
  },
  {
    user: 'HedgerowHarry',
    title: 'Member',
    date: 'Mar 1, 2026',
    extras: ['Feb 11, 2019', '1,842', 'North Lindsey'],
    body: [
      j(
        'Thanks both. I think the worst field is going into spring barley and the others will get patch sprayed before heading. Going',
        'to look at a delayed drilling plus spring cropping rotation on the heavy land from next autumn.',
      ),
    ],
    likes: 'Reactions: Stubble Jumper',
  },
];
const xNav = ['Home', 'Forums', "What's new", 'Members', 'Classifieds'];
const xCrumbs = ['Forums', 'Arable', 'Crop Protection'];
const xSimilar = ['Pre-em timing on late drilled wheat', 'Spring barley varieties for heavy land', 'Drone mapping blackgrass patches, worth it?'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xHtml = `<!DOCTYPE html><html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-88213" data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>${xTitle} | The Furrow Forum</title><meta name="description" content="Drilled most of our wheat late, around the third week of October...">
<meta property="og:site_name" content="The Furrow Forum"><meta property="og:type" content="website"><meta property="og:title" content="${xTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}",
"author":{"@type":"Person","name":"HedgerowHarry"},"datePublished":"2026-02-27T19:02:41+0000","interactionStatistic":{"userInteractionCount":3}}</script>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"enablePush":false,"cookie":{"path":"/","prefix":"xf_"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/furrow/logo.png" alt="The Furrow Forum"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller"><ul class="p-nav-list">${links(xNav, 'p-navEl')}</ul></div><div class="p-nav-opposite">
<div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"><span class="p-navgroup-linkText">Register</span></a>
</div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (c) => `<li itemprop="itemListElement"><a href="/forums/${c.length}/" itemprop="item"><span itemprop="name">${c}</span></a>
</li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/hedgerowharry.3021/" class="username u-concealed">HedgerowHarry</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/88213/" class="u-concealed"><time class="u-dt" datetime="2026-02-27T19:02:41+0000">Feb 27, 2026</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts
  .map(
    (
      p,
      i,
    ) => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${501 + i}" id="js-post-${501 + i}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails">
<h4 class="message-name"><a href="/members/${i}/" class="username" dir="auto">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.extras[0]}</dd></dl><dl class="pairs pairs--justified">
<dt>Messages</dt>
<dd>${p.extras[1]}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>${p.extras[2]}</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/88213/post-${501 + i}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-02-27T19:02:41+0000">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget" title="Share">Share</a></li>
<li><a href="/threads/88213/post-${501 + i}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${
      p.quote === undefined
        ? ''
        : `<blockquote data-attributes="" data-quote="HedgerowHarry" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=501" class="bbCodeBlock-sourceJump">HedgerowHarry said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div></div></blockquote>`
    }${p.body.join('<br>\n<br>\n')}</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--report">Report</a></div><div class="actionBar-set actionBar-set--internal">
<a href="#" class="actionBar-action actionBar-action--reaction">Like</a><a href="#" class="actionBar-action actionBar-action--mq">+ Quote</a>
<a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div></div>
<div class="reactionsBar js-reactionsList is-active">${p.likes}</div></footer></div></div></div></article>`,
  )
  .join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockMessage blockMessage--none">You must log in or register to reply
here.</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul>${links(xSimilar, 'structItem')}</ul>
</div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span>
<a class="shareButtons-button shareButtons-button--facebook" href="#"><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#">
<span>Email</span></a><a class="shareButtons-button shareButtons-button--link" href="#"><span>Link</span></a></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${xCrumbs.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xFoot)}</ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank">Community platform by
XenForo® © 2010-2026 XenForo Ltd.</a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices">
<li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1"><div class="notice-content">This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you
register.<br>By continuing to use this site, you are consenting to our use of cookies.<div class="u-inputSpacer">
<a href="/account/dismiss-notice" class="button--notice button">
<span class="button-text">Accept</span></a><a href="/help/cookies" class="button--notice button button--link">
<span class="button-text">Learn more…</span></a></div>
</div></li></ul></div></body></html>`;
const forumThread: TestPage = {
  name: 'heldout240-xenforo-farming-forum-thread',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => p.body)),
  bylines: ['HedgerowHarry', 'Fen Tiger', 'Stubble Jumper', 'Clayland Pete', 'Feb 27, 2026', 'Feb 28, 2026', 'Mar 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Furrow Forum', ...xNav, 'Log in', 'Register', ...xCrumbs, 'Thread starter', 'Start date', 'Member', 'Well-known Member', 'Joined', 'Messages',
    'Location', ...xPosts.flatMap((p) => p.extras), 'Share', 'HedgerowHarry said:', 'Report', 'Like', '+ Quote', 'Reply',
    ...xPosts.map((p) => p.likes).filter((l) => l !== ''), 'You must log in or register to reply here.', 'Similar threads', ...xSimilar, 'Share:',
    'Facebook', 'Email', 'Link', ...xFoot, 'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
};

export const HELDOUT240_E: readonly TestPage[] = [forumThread, marketReport];
