import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file b2: a woodworking forum thread on XenForo 2 (default style), with a quoted post and an edited post. */
const title = 'Tearout and chatter on curly maple with a No. 4 smoother';
interface Post {
  id: number;
  user: string;
  rank: string;
  joined: string;
  msgs: string;
  loc: string;
  time: string;
  n: string;
  paras: string[];
  quote?: { who: string; text: string };
  edited?: string;
  likes?: string;
}
const posts: Post[] = [
  {
    id: 884120,
    user: 'oldgrowth_jim',
    rank: 'Member',
    joined: 'Sep 14, 2019',
    msgs: '412',
    loc: 'Fort Wayne, IN',
    time: 'Mar 2, 2026',
    n: '#1',
    paras: [
      'Building a small jewelry box for my daughter out of some curly maple I have been hoarding for years. The board is gorgeous but I ' +
        'cannot get a clean surface on it. My No. 4 leaves tearout in patches that reverse direction every inch or so, and when I set ' +
        'the cap iron close it starts to chatter and skip.',
      'Blade is the stock one, sharpened to 8000 with a 30 degree microbevel. Frog is set so the mouth is maybe 1/32 open. Anyone have a ' +
        'routine for this stuff before I give up and reach for the card scraper?',
    ],
    edited: 'Last edited: Mar 2, 2026',
  },
  {
    id: 884131,
    user: 'Benchdog',
    rank: 'Senior Member',
    joined: 'Jan 3, 2011',
    msgs: '9,870',
    loc: 'Hudson Valley',
    time: 'Mar 2, 2026',
    n: '#2',
    paras: [
      'Chatter with the cap iron close usually means the blade is not bedded well or the lever cap is loose. Take the frog off, clean ' +
        'the mating surfaces, and snug the lever cap screw a quarter turn tighter than feels right. The stock irons on those planes are ' +
        'thin, and thin irons sing.',
      'For the tearout itself, set the cap iron edge about the thickness of a business card back from the cutting edge and take the ' +
        'lightest shaving you can. You are not trying to remove wood, you are trying to slice the top off the fibers.',
    ],
    likes: 'oldgrowth_jim, Rosalind K and 4 others',
  },
  {
    id: 884156,
    user: 'Rosalind K',
    rank: 'Member',
    joined: 'Jun 22, 2021',
    msgs: '1,204',
    loc: 'Ontario',
    time: 'Mar 2, 2026',
    n: '#3',
    quote: { who: 'Benchdog', text: 'The stock irons on those planes are thin, and thin irons sing.' },
    paras: [
      'This. I swapped to a thicker aftermarket iron in my No. 4 and the chatter vanished overnight. It also let me close the mouth ' +
        'a little more without the shaving jamming.',
      'Also try skewing the plane 30 degrees or so as you push. It lowers the effective cutting angle a bit but on curly maple I find ' +
        'the slicing action helps more than it hurts. And wet the surface lightly with a rag before the last few passes.',
    ],
  },
  {
    id: 884190,
    user: 'Marty in Duluth',
    rank: 'New Member',
    joined: 'Feb 9, 2026',
    msgs: '17',
    loc: 'Duluth, MN',
    time: 'Mar 3, 2026',
    n: '#4',
    paras: [
      'No shame in the card scraper. I plane to within a few thou and then scrape the last of it. Burnish a good hook and it takes ' +
        'curly maple down like butter. Sand with 220 after and nobody will know.',
    ],
  },
  {
    id: 884305,
    user: 'oldgrowth_jim',
    rank: 'Member',
    joined: 'Sep 14, 2019',
    msgs: '412',
    loc: 'Fort Wayne, IN',
    time: 'Mar 4, 2026',
    n: '#5',
    paras: [
      'Update for anyone who finds this later. Cleaned and reseated the frog, tightened the lever cap, and set the cap iron close like ' +
        'Benchdog said. Chatter is gone. Skewing the plane got me about 90 percent of the way, and two minutes with the scraper did the rest.',
      'Lid panel is glued up and it looks like the board is lit from inside. Thanks all.',
    ],
    likes: 'Benchdog, Rosalind K and 7 others',
  },
];
const nav = ['Forums', 'What’s new', 'Media', 'Classifieds', 'Members'];
const crumbs = ['Forums', 'Woodworking Discussion', 'Hand Tools'];
const share = ['Facebook', 'X', 'Reddit', 'Pinterest', 'Email', 'Share', 'Link'];
const similar = ['Stanley No. 4 vs No. 4 1/2 for a first smoother', 'Best finish for curly maple that won’t yellow', 'Card scraper won’t raise a burr'];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const cookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const cookie2 = 'By continuing to use this site, you are consenting to our use of cookies.';
const dt = (t: string): string => `<time class="u-dt" dir="auto" datetime="2026-03-0${t.slice(4, 5)}T09:12:00-0500" data-short="${t.slice(0, 5)}">${t}</time>`;
const post = (p: Post): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${p.id}"
id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://forum.benchcraft.example/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.id}/" class="avatar avatar--m" data-user-id="${p.id}"><img src="/data/avatars/m/${p.id}.jpg" alt="${p.user}" class="avatar-u-m"></a>
</div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.id}/" class="username" dir="auto" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.rank}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>${p.loc}</dd></dl></div>
<span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/tearout-chatter.11802/post-${p.id}" rel="nofollow" itemprop="url">
${dt(p.time)}</a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget"
data-xf-init="share-tooltip" aria-label="Share"><i class="fa--xf far fa-share-alt"></i></a></li><li><a href="/posts/${p.id}/">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="" data-quote="${p.quote.who}" data-source="post: 884131"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=884131" class="bbCodeBlock-sourceJump" rel="nofollow">${p.quote.who} said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote.text}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edited ? `<div class="message-lastEdit">${p.edited}</div>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="actionBar-action actionBar-action--reaction" data-xf-init="reaction"><bdi>Like</bdi></a>
<a href="/threads/11802/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report">Report</a></div></div>
${
  p.likes
    ? `<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link"
href="/posts/${p.id}/reactions"><bdi>${p.likes}</bdi></a></div>`
    : ''
}
</footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-11802"
data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tearout and chatter on curly maple with a No. 4 smoother | Benchcraft Woodworking Forum</title>
<link rel="canonical" href="https://forum.benchcraft.example/threads/tearout-and-chatter-on-curly-maple-with-a-no-4-smoother.11802/">
<meta property="og:site_name" content="Benchcraft Woodworking Forum"><meta property="og:type" content="website"><meta property="og:title" content="${title}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://forum.benchcraft.example/threads/11802/",
"headline":"${title}","datePublished":"2026-03-02T14:12:00+00:00","author":{"@type":"Person","name":"oldgrowth_jim"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1740000000">
<script src="/js/xf/preamble.min.js?_v=5a1c2f10"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="https://forum.benchcraft.example/"><img src="/styles/benchcraft/logo.png" alt="Benchcraft Woodworking Forum" width="220"
height="40"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource">${links(nav, 'p-navEl')}</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn"
data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--register"
data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--whatsnew" aria-label="What’s new"></a>
<a href="/search/" class="p-navgroup-link p-navgroup-link--search" data-xf-click="menu" aria-label="Search"><span class="p-navgroup-linkText">Search</span></a>
</div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${crumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/f/${i}/" itemprop="item"><span
itemprop="name">${c}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${title}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span><a href="/members/884120/" class="username u-concealed">oldgrowth_jim</a></li>
<li><i class="fa--xf far fa-clock" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/11802/"
class="u-concealed">${dt('Mar 2, 2026')}</a></li>
</ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-container lbContainer"
data-xf-init="lightbox select-to-quote"><div class="block-body js-replyNewMessageContainer">
${posts.map(post).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div>
<div class="block"><div class="block-container"><h3 class="block-minorHeader">Similar threads</h3><div class="block-body"><ul class="structItemContainer">
${links(similar, 'structItem structItem--thread')}</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span
class="shareButtons-label">Share:</span>
<div class="shareButtons-buttons">${share.map((s) => `<a class="shareButtons-button" href="#"><span>${s}</span></a>`).join('')}</div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${crumbs.map((c) => `<li><a href="#"><span>${c}</span></a></li>`).join('')}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(foot)}</ul></div></div><div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0">
<div class="notice-content"><div class="u-alignCenter">${cookie}<br>\n${cookie2}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button button--link"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=5a1c2f10"></script></body></html>`;

export const woodworkingThread: TestPage = {
  name: 'heldout218-xenforo-woodworking-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [...new Set(posts.flatMap((p) => [p.user, p.time]))].concat(['Last edited: Mar 2, 2026']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Log in', 'Register', 'Search', 'Woodworking Discussion', 'Hand Tools', 'Thread starter', 'Start date', 'Senior Member', 'New Member', 'Member',
    'Joined', 'Messages', 'Location', ...new Set(posts.flatMap((p) => [p.joined, p.msgs, p.loc, p.n])), 'Like', 'Reply', 'Report', posts[1]?.likes ?? '',
    posts[4]?.likes ?? '', 'You must log in or register to reply here.', 'Similar threads', ...similar, 'Share:', 'Facebook', 'Reddit', 'Pinterest',
    'Email', 'Link', ...foot, 'Community platform by XenForo® © 2010-2026 XenForo Ltd.', cookie, cookie2, 'Accept', 'Learn more…', 'Click to expand...',
  ],
};
