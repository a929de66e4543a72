import { links, type TestPage, texts } from './page-kit.js';
import { blockBreaks } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file f2: a thread on a hobby forum running XenForo 2 (the header with logo, nav tabs and the guest
 * "Log in"/"Register" links, the sub-nav, breadcrumbs, the thread title with the thread-starter and start-date line with
 * screen-reader labels, thread tags, "Watch", message articles with user cells (avatar, name, user title, joined, messages,
 * reaction score, location), attribution headers with share gadgets and post numbers, bbWrapper bodies with <br> breaks, a
 * quote block with "said:" and "Click to expand...", "Last edited" lines, signatures, attachments, reaction bars and action
 * links, the reply prompt, "Share this page", "Similar threads", the style and footer links and the cookie notice).
 */
const xfTitle = 'Walnut tabletop cupped a week after glue-up — flatten now or wait?';
interface XfUser {
  name: string;
  title: string;
  joined: string;
  messages: string;
  score: string;
  location?: string;
  sig?: string;
}
const greg: XfUser = { name: 'GreenOakGreg', title: 'Member', joined: 'Mar 2, 2022', messages: '84', score: '61', location: 'Dayton, OH' };
greg.sig = 'Measure twice, cut once, buy more clamps.';
const doug: XfUser = { name: 'Doug_in_MN', title: 'Well-known member', joined: 'Nov 18, 2016', messages: '4,312', score: '5,870', location: 'Duluth, MN' };
doug.sig = 'Doug — thirty years of sawdust and counting';
const marta: XfUser = { name: 'Marta K', title: 'Senior Member', joined: 'Jan 9, 2020', messages: '1,207', score: '1,944' };
interface XfPost {
  id: number;
  n: number;
  user: XfUser;
  date: [iso: string, shown: string, full: string];
  paras: string[];
  quote?: [who: string, text: string];
  edited?: string;
  reactions?: string;
  attachment?: [name: string, info: string];
}
const posts: XfPost[] = [
  {
    id: 58211,
    n: 1,
    user: greg,
    date: ['2025-09-14T20:41:12-0400', 'Sep 14, 2025', 'Sep 14, 2025 at 8:41 PM'],
    paras: [
      'I glued up a walnut tabletop last weekend, six boards about 6&quot; wide, 1&quot; thick and 60&quot; long. Everything was flat when it ' +
        'came out of the clamps. I left it on two sawhorses in my garage shop and today it&#039;s cupped about 3/16&quot; across the width.',
      'The boards were kiln dried and sat in the shop for two weeks before I milled them. My moisture meter says 8-9% on the top face. I ' +
        'haven&#039;t measured the bottom.',
      'Should I flatten it now with the hand planes, or wait and see if it moves back? I don&#039;t want to take off 3/16&quot; and then ' +
        'have it go the other way.',
    ],
    edited: 'Sep 14, 2025',
    reactions: 'Marta K, Doug_in_MN and 2 others',
  },
  {
    id: 58214,
    n: 2,
    user: doug,
    date: ['2025-09-14T21:15:40-0400', 'Sep 14, 2025', 'Sep 14, 2025 at 9:15 PM'],
    paras: [
      'Don&#039;t touch it yet. Sitting on sawhorses, the top face is open to the air and the bottom isn&#039;t, so the two faces are ' +
        'drying or taking on moisture at different rates. That&#039;s almost always what a fresh cup like this is.',
      'Stand it on edge, or sticker it flat with air all around it, and give it a week. Nine times out of ten it comes most of the way back ' + 'on its own.',
    ],
    reactions: 'GreenOakGreg and Marta K',
  },
  {
    id: 58230,
    n: 3,
    user: marta,
    date: ['2025-09-15T07:02:55-0400', 'Sep 15, 2025', 'Sep 15, 2025 at 7:02 AM'],
    quote: ['GreenOakGreg', 'My moisture meter says 8-9% on the top face. I haven&#039;t measured the bottom.'],
    paras: [
      'Measure the bottom. If it reads 10-11% you have your answer. Garage shops swing a lot in September, and two points of difference ' +
        'between the faces is plenty to cup a 36&quot; panel.',
      'Agree on waiting. When you do flatten, take a little off both faces rather than all of it from the top, and get finish on both ' +
        'sides at the same time. An unfinished underside is how tables end up cupped in people&#039;s dining rooms.',
    ],
    reactions: 'GreenOakGreg, Doug_in_MN and 4 others',
  },
  {
    id: 58467,
    n: 4,
    user: greg,
    date: ['2025-09-22T18:30:03-0400', 'Sep 22, 2025', 'Sep 22, 2025 at 6:30 PM'],
    paras: [
      'Update for anyone who finds this later: the bottom face read 11%. I stood the top on edge against the wall with a fan on low, and ' +
        'after six days it was down to about 1/32&quot; of cup. Flattened it with a jack plane and a card scraper this afternoon and it&#039;s ' +
        'dead flat.',
      'Thanks both. Finishing the underside first this time.',
    ],
    attachment: ['IMG_2231.jpeg', '118.4 KB · Views: 27'],
    reactions: 'Doug_in_MN, Marta K and 7 others',
  },
];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const xfTags = ['walnut', 'wood movement', 'tabletop'];
const xfNav = ['Forums', 'What&#039;s new', 'Members'];
const xfSubNav = ['New posts', 'Search forums'];
const xfCrumbs = ['Forums', 'Woodworking', 'Finishing &amp; Wood Movement'];
const xfShare = ['Facebook', 'X', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share Link'];
const xfSimilar = ['Cherry panel cupped after planing', 'How long to let a glue-up rest before flattening?', 'Breadboard ends on a walnut table: worth it?'];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xfCookie =
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. By continuing ' +
  'to use this site, you are consenting to our use of cookies.';
const time = ([iso, shown, full]: XfPost['date']): string =>
  `<time class="u-dt" dir="auto" datetime="${iso}" data-timestamp="${Date.parse(iso) / 1000}" data-date-string="${shown}" title="${full}">${shown}</time>`;
const pair = (dt: string, dd: string): string => `<dl class="pairs pairs--justified">
\t<dt>${dt}</dt>
\t<dd>${dd}</dd>
</dl>`;
const userCell = (u: XfUser): string => `<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${slug(u.name)}.${u.messages.length}/"
class="avatar
avatar--m" data-user-id="${u.messages.length}" data-xf-init="member-tooltip"><img src="/data/avatars/m/0/${u.messages.length}.jpg?1699" alt="${u.name}"
class="avatar-u-m"
width="96" height="96" loading="lazy"></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${slug(u.name)}/"
class="username"
dir="auto" data-xf-init="member-tooltip"><span itemprop="name">${u.name}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${u.title}</h5>
</div><div class="message-userExtras">
${pair('Joined', u.joined)}
${pair('Messages', u.messages)}
${pair('Reaction score', u.score)}
${u.location === undefined ? '' : pair('Location', `<a href="/misc/location-info?location=${slug(u.location)}" class="u-concealed">${u.location}</a>`)}
</div><span class="message-userArrow"></span></section></div>`;
const postHtml = (
  p: XfPost,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user.name}" data-content="post-${p.id}"
id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://www.joineryforum.example/posts/${p.id}/"><meta itemprop="parentItem"
itemscope itemid="https://www.joineryforum.example/threads/walnut-tabletop-cupped.9912/"><span class="u-anchorTarget" id="post-${p.id}"></span><div
class="message-inner">
${userCell(p.user)}<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution
message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/walnut-tabletop-cupped.9912/post-${p.id}"
rel="nofollow" itemprop="url">${time(p.date)}</a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list"><li><a
href="/threads/x/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt"
aria-hidden="true"></i></a></li><li><a
href="/threads/x/post-${p.id}" rel="nofollow">#${p.n}</a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent
lbContainer
js-lbContainer"><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote === undefined
    ? ''
    : `<blockquote
data-attributes="member: 12" data-quote="${p.quote[0]}" data-source="post: ${posts[0]?.id}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote
js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=${posts[0]?.id}" class="bbCodeBlock-sourceJump" rel="nofollow"
data-xf-click="attribution" data-content-selector="#post-${posts[0]?.id}">${p.quote[0]} said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent js-expandContent">${p.quote[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to
expand...</a></div></div></blockquote>`
}${p.paras.join('<br />\n<br />\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${
  p.attachment === undefined
    ? ''
    : `<section class="message-attachments"><h4 class="block-textHeader">Attachments</h4><ul class="attachmentList"><li class="file file--linked"><a
class="u-anchorTarget" id="attachment-1"></a><a class="file-preview js-lbImage" href="/attachments/${slug(p.attachment[0])}.7731/" target="_blank"><img
src="/data/attachments/7/7731-thumb.jpg" alt="${p.attachment[0]}" width="171" height="250" loading="lazy"></a><div class="file-content"><div
class="file-info"><span
class="file-name" title="${p.attachment[0]}">${p.attachment[0]}</span><div class="file-meta">${p.attachment[1]}</div></div></div></li></ul></section>`
}${p.edited === undefined ? '' : `<div class="message-lastEdit">Last edited: ${time([p.date[0], p.edited, p.date[2]])}</div>`}${
  p.user.sig === undefined
    ? ''
    : `<aside
class="message-signature"><div class="bbWrapper">${p.user.sig}</div></aside>`
}</div><footer class="message-footer"><div class="message-actionBar actionBar"><div
class="actionBar-set actionBar-set--external"><a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action
actionBar-action--reaction" data-xf-click="reaction" rel="nofollow"><i aria-hidden="true"></i><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction" alt="Like" title="Like"><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a
href="/threads/x/reply?quote=${p.id}"
class="actionBar-action actionBar-action--mq u-jsOnly js-multiQuote" title="Toggle multi-quote" rel="nofollow">+Quote</a><a
href="/threads/x/reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow">Reply</a></div><div class="actionBar-set
actionBar-set--internal"><a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div><div
class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like"
title="Like"></span></li></ul><span
class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions"
rel="nofollow"><bdi>${p.reactions ?? ''}</bdi></a></div></footer></div></div>
</div></article>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-41" data-content-key="thread-9912"
data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8"><title>${xfTitle} | The Joinery Forum</title>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"csrf":"1762391044,0b6c2f9e4d","js":{},"cookie":{"path":"/","domain":"","prefix":"xf_"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xfTitle}",
"datePublished":"2025-09-15T00:41:12+00:00",
"author":{"@type":"Person","name":"GreenOakGreg"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1761200000"></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img
src="/styles/joinery/logo.png" alt="The Joinery Forum" width="240" height="60"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><button type="button"
class="button--plain p-nav-menuTrigger
button" data-xf-click="off-canvas" aria-label="Toggle expanded" title="Toggle expanded"><span class="button-text"><i aria-hidden="true"></i></span></button><div
class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource">${links(xfNav, 'p-navEl')}</ul></div><div class="p-nav-opposite"><div
class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"
data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--register" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup
p-discovery"><a
href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What&#039;s new" title="What&#039;s new"><i
aria-hidden="true"></i><span class="p-navgroup-linkText">What&#039;s new</span></a><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic
p-navgroup-link--search" data-xf-click="menu" aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search"><i aria-hidden="true"></i><span
class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">${links(xfSubNav, 'p-navEl')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (c, i) => `<li
itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span itemprop="name">${c}</span></a><meta
itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xfTitle}</h1></div><div class="p-description"><ul class="listInline
listInline--bullet"><li><i
class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/greenoakgreg.2210/"
class="username
u-concealed" dir="auto" data-user-id="2210" data-xf-init="member-tooltip">GreenOakGreg</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true"
title="Start
date"></i><span class="u-srOnly">Start date</span> <a href="/threads/walnut-tabletop-cupped.9912/"
class="u-concealed">${time(posts[0]?.date ?? ['', '', ''])}</a></li><li><i
class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span> <span class="js-tagList">${xfTags
  .map(
    (t) => `<a href="/tags/${slug(t)}/"
class="tagItem tagItem--tag_${slug(t)}" dir="auto">${t}</a>`,
  )
  .join(' ')}</span></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages"><div class="block-outer"><div
class="block-outer-opposite"><div class="buttonGroup"><a href="/threads/walnut-tabletop-cupped.9912/watch" class="button--link button--wrap button"
data-xf-click="switch-overlay"
rel="nofollow"><span class="button-text">Watch</span></a></div></div></div><div class="block-container lbContainer"><div class="block-body
js-replyNewMessageContainer">
${posts.map(postHtml).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay"
rel="nofollow"><span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span
class="shareButtons-label">Share:</span><div
class="shareButtons-buttons">${xfShare
  .map(
    (s) => `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${slug(s)}" href="#" target="_blank"><i
aria-hidden="true"></i><span>${s}</span></a>`,
  )
  .join('')}</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul
class="structItemContainer">${links(xfSimilar, 'structItem')}
</ul></div></div></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a
href="/misc/style" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Joinery Light</a></li></ul></div><div
class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(xfFoot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com"
class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2025
XenForo
Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><div class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer"><ul><li
class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0"><div class="notice-content"><div
class="u-alignCenter">${xfCookie}</div>
<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a> <a
href="/help/cookies"
class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul></div></div>
<script src="/js/xf/preamble.min.js?_v=2f0b9d31"></script></body></html>`;
const users = [greg, doug, marta];
// furniture texts whose words are in the title or body: left out of the gold (they stay on the page)
const xfBodyWords = new Set(['walnut', 'tabletop', 'Woodworking', 'Home', 'Like']);
export const xenforoThread: TestPage = {
  html: blockBreaks(xfHtml),
  name: 'heldout67-xenforo-thread',
  kind: 'forum',
  // every post's paragraphs are body (the title is the thread's h1); the quoted lines of post 1 inside post 3 and their
  // "GreenOakGreg said:" and "Click to expand..." are in neither (a quoted earlier post); posters' names (the thread-starter
  // line repeats Greg's), the start date, the post times and the "Last edited" line are bylines ("Thread starter" and
  // "Start date" screen-reader labels in neither); user titles, joined dates, message counts, reaction scores, locations,
  // signatures, the attachment, reactions, +Quote/Reply/Report, tags, breadcrumbs, "Watch", the reply prompt, share buttons,
  // "Similar threads", nav, footer and the cookie notice are furniture; the post numbers ("#1") are in neither (digits, as a
  // list's numbers); words of the body among them (the tags "walnut" and "tabletop", the crumb "Woodworking", "Home", the
  // reaction button "Like") are left out
  title: xfTitle,
  headings: [],
  body: posts.flatMap((p) => texts(p.paras)),
  bylines: [
    ...new Set([...posts.flatMap((p) => [p.user.name, p.date[1]]), ...posts.flatMap((p) => (p.edited === undefined ? [] : [`Last edited: ${p.edited}`]))]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...texts(xfNav), 'Log in', 'Register', 'Search', ...xfSubNav, ...texts(xfCrumbs), 'Tags', ...xfTags, 'Watch',
    ...users.flatMap((u) => [u.title, 'Joined', u.joined, 'Messages', u.messages, 'Reaction score', u.score,
      ...(u.location === undefined ? [] : ['Location', u.location])]),
    ...users.flatMap((u) => (u.sig === undefined ? [] : [u.sig])), 'Attachments', 'IMG_2231.jpeg', '118.4 KB · Views: 27', 'Like',
    '+Quote', 'Reply', 'Report', 'Reactions:', ...posts.map((p) => p.reactions ?? ''), 'You must log in or register to reply here.', 'Share:', ...xfShare,
    'Similar threads', ...xfSimilar, 'Joinery Light', ...xfFoot, 'Community platform by XenForo', '2010-2025 XenForo Ltd.', xfCookie, 'Accept', 'Learn more…',
  ])].filter((t) => t !== '' && !xfBodyWords.has(t)),
};
