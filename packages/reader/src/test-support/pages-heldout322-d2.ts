import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file d2: a bodybuilding forum thread on XenForo 2 (p-header, p-nav, breadcrumbs, thread title with
 * starter and date, page navigation, four posts with user cells carrying titles, join dates and message counts, post bodies
 * in bbWrapper with <br /> line breaks instead of <p>, one quoted reply, reaction bars, signatures, the quick-reply editor,
 * "Similar threads", the cookie notice and the footer). The posts are the body, a quote block's text included; the
 * "said:" label, "Click to expand...", signatures, user titles and stats are furniture; usernames and post dates are bylines.
 */
const xTitle = 'Stuck at 100 kg bench for five months – what would you change?';
const xPosts: readonly (readonly [string, string, string, string, string, readonly string[]])[] = [
  [
    'Liftwright',
    'Well-known member',
    'Mar 3, 2019',
    '1,482',
    'Feb 20, 2026',
    [
      j(
        'Bit of background: 34, 88 kg, training about six years. Bench went from 60 to 100 kg in the first three years and has',
        'barely moved since. I have hit 100 for a single four times since September and failed 102.5 every time, always about',
        'halfway up.',
      ),
      j(
        'Current set-up is a four-day upper/lower split. Bench twice a week, once heavy (5×3 working up to a top triple) and once',
        'volume (4×8 at around 70 kg). Accessories are dips, rows and some tricep pushdowns. Sleeping about seven hours, eating',
        'roughly 2,900 kcal and 180 g protein.',
      ),
      'What would you change first? I am starting to think it is technique rather than strength but I cannot see it on video.',
    ],
  ],
  [
    'BarPathBen',
    'Moderator',
    'Jun 11, 2016',
    '9,307',
    'Feb 20, 2026',
    [
      j('Failing halfway up is nearly always triceps and lockout strength, not the chest. Two things I would try for a block of', 'six to eight weeks:'),
      'Swap the volume day bench for close-grip bench, same sets and reps, start at 60 kg.',
      'Add board presses or pin presses from just above the sticking point, 3×5, heavy.',
      'Also post a side-on video. Elbows flaring early will kill a press at exactly that point.',
    ],
  ],
  [
    'Ana_Lifts',
    'Member',
    'Aug 2, 2022',
    '311',
    'Feb 21, 2026',
    [
      'I cannot see it on video.',
      j(
        'Film from the side at bench height, not from your feet. I only spotted that my bar was drifting towards my face off the',
        'chest when my partner filmed from the side. Fixing the touch point added more to my bench than any programme change.',
      ),
      'Also: seven hours of sleep and 2,900 kcal at 88 kg is not a lot if you are trying to add weight to the bar. Maintenance at best.',
    ],
  ],
  [
    'Liftwright',
    'Well-known member',
    'Mar 3, 2019',
    '1,482',
    'Feb 24, 2026',
    [
      j(
        'Update for anyone who finds this later: filmed from the side as suggested and the bar is touching almost at my collarbone',
        'on the heavy sets. Lowered the touch point, went back to 90 kg for triples and it already feels faster. Running the',
        'close-grip and pin press block from next week. Cheers all.',
      ),
    ],
  ],
];
const xSig: Record<string, string> = {
  BarPathBen: 'Log: Ben’s slow road to a 200 kg bench',
  Ana_Lifts: 'Squat 140 | Bench 82.5 | Deadlift 170',
};
const xReact = ['BarPathBen, Ana_Lifts and 4 others', 'Liftwright and 2 others', 'Liftwright, Hollis and 3 others', 'Ana_Lifts and BarPathBen'];
const xNav = ['Forums', 'What’s new', 'Training Logs', 'Members', 'Log in', 'Register'];
const xCrumbs = ['Forums', 'Training', 'Strength & Powerlifting'];
const xSimilar = ['Bench stalled at 80 kg, tried everything', 'Close-grip bench for lockout: worth it?', 'Pin press vs board press'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const body = (lines: readonly string[], quoteFrom: boolean): string => {
  if (!quoteFrom) {
    if (lines.length !== 4) return lines.join('\n<br />\n<br />\n');
    const [a, b, c, d] = lines;
    return `${a ?? ''}\n<ul>\n<li data-xf-list-type="ul">${b ?? ''}</li>\n<li data-xf-list-type="ul">${c ?? ''}</li>\n</ul>\n${d ?? ''}`;
  }
  const [q, ...rest] = lines;
  return `<blockquote data-attributes="member: 4412" data-quote="Liftwright" data-source="post: 88231" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=88231" class="bbCodeBlock-sourceJump" rel="nofollow">Liftwright
said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${q ?? ''}</div><div
class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>
${rest.join('\n<br />\n<br />\n')}`;
};
const post = ([name, title, joined, msgs, date, lines]: (typeof xPosts)[number], i: number): string => `<article class="message message--post js-post
js-inlineModContainer" data-author="${name}" data-content="post-${88231 + i}" id="js-post-${88231 + i}" itemscope
itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-${88231 + i}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${name.toLowerCase()}.${4412 + i}/" class="avatar avatar--m"
data-user-id="${4412 + i}"><img src="/data/avatars/m/4/${4412 + i}.jpg" alt="${name}" class="avatar-u${4412 + i}-m" width="96" height="96"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${name.toLowerCase()}/" class="username" dir="auto" data-user-id="${4412 + i}"
itemprop="name">${name}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${msgs}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/stuck-at-100-kg-bench.50122/post-${88231 + i}" rel="nofollow"
itemprop="url"><time class="u-dt" dir="auto" datetime="2026-02-20T19:04:11+0000" itemprop="datePublished">${date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="#" class="message-attribution-gadget" data-xf-init="share-tooltip"
rel="nofollow">Share</a></li><li><a href="/threads/50122/post-${88231 + i}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${88231 + i}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${body(lines, i === 2)}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${xSig[name] === undefined ? '' : `<aside class="message-signature"><div class="bbWrapper">${xSig[name]}</div></aside>`}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#"
class="reaction actionBar-action actionBar-action--reaction" data-reaction-id="1"><span class="reaction-text">Like</span></a><a href="#"
class="actionBar-action actionBar-action--reply" data-xf-click="quote">Reply</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small"></span></li></ul>
<a class="reactionsBar-link" href="#" data-xf-click="overlay">${xReact[i] ?? ''}</a></div></footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-50122" data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8" />
<title>Stuck at 100 kg bench for five months – what would you change? | IronDen Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><link rel="canonical"
href="https://forum.ironden.example/threads/stuck-at-100-kg-bench.50122/" />
<meta property="og:site_name" content="IronDen Forums" /><meta property="og:type" content="website" /><meta property="og:title" content="${xTitle}" />
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1771000000" />
<script src="/js/xf/preamble.min.js?_v=a81d4e2c"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://forum.ironden.example/threads/50122/",
"headline":"${xTitle}","datePublished":"2026-02-20T19:04:11+00:00","author":{"@type":"Person","name":"Liftwright"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
</head><body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/ironden/logo.png" alt="IronDen Forums" width="200" height="36" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller
hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(xNav, 'p-navEl')}</ul></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span
itemprop="name">${c.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true"
title="Thread starter"></i><span class="u-srOnly">Thread starter</span><a href="/members/liftwright.4412/" class="username u-concealed" dir="auto"
data-user-id="4412">Liftwright</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start
date</span><a href="/threads/stuck-at-100-kg-bench.50122/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2026-02-20T19:04:11+0000">Feb
20, 2026</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init=""
data-type="post" data-href="/inline-mod/"><div class="block-outer"><div class="block-outer-opposite"><a href="/watched/threads" class="button--link
button">Watch</a></div></div><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(post).join('\n')}
</div></div></div>
<form action="/threads/50122/add-reply" method="post" class="block js-quickReply"><div class="block-container"><div class="message message--quickReply">
<div class="message-editorWrapper"><textarea name="message" class="input" placeholder="Write your reply..."></textarea><div class="formButtonGroup">
<button type="submit" class="button--primary button button--icon button--icon--reply"><span class="button-text">Post reply</span></button></div>
</div></div></div></form>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul
class="structItemContainer">${links(xSimilar, 'structItem structItem--thread')}</ul></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xFoot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo® © 2010-2026 XenForo Ltd.</a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0"
data-visibility=""><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help personalise content, tailor your experience and
to keep you logged in if you register.<br />By continuing to use this site, you are consenting to our use of cookies.</div><div class="u-inputSpacer
u-alignCenter"><a href="/account/dismiss-notice" class="button button--notice"><span class="button-text">Accept</span></a><a href="/help/cookies"
class="button--link button">Learn more…</a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=a81d4e2c"></script><script>XF.ready(() => { XF.extendObject(true, XF.config, { csrf: '1771000000,ab12' }); });</script>
</body></html>`;
const xBody = xPosts.flatMap((p) => p[5]);
export const xenforoThread: TestPage = {
  name: 'heldout322-xenforo-bodybuilding-thread',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [...new Set(xPosts.flatMap((p) => [p[0], p[4]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'IronDen Forums', ...xNav, ...xCrumbs, 'Thread starter', 'Start date', 'Watch', ...new Set(xPosts.flatMap((p) => [p[1], p[2], p[3]])), 'Joined',
    'Messages', 'Share', 'Liftwright said:', 'Click to expand...', ...Object.values(xSig), 'Like', 'Reply', ...xReact, 'Post reply',
    'Similar threads', ...xSimilar, ...xFoot, 'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
};
