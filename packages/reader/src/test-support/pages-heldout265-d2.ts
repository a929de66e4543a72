import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file d2: a Tom's Hardware forum thread on XenForo 2 (the site's own header and nav above the forum's
 * p-nav, breadcrumbs, p-title h1 with the "Thread starter" / "Start date" description, message articles with the user cell
 * (name, user title, joined and message counts), attribution dates and post numbers, bbWrapper bodies split by br tags, a
 * quoted reply with "said:" and "Click to expand...", a post marked as the solution, reaction bars, "Similar threads", the
 * cookie notice and the footer).
 */
const title = 'New build powers on for two seconds then shuts off, no POST';
const op = [
  j(
    'First build in ten years. Parts: a Corvane B760 board, 32 GB of DDR5, a mid-range graphics card and an 850W Helmark',
    'Gold power supply. When I press the power button the fans spin for about two seconds, then everything stops. It',
    'repeats if I press again. No beeps, no picture, and the debug LED for the CPU flashes once before it cuts out.',
  ),
  'Things I have checked:',
  'Both the 24-pin and the 8-pin CPU cables are fully seated.',
  'Tried one stick of RAM in the slot the manual recommends.',
  'Took the graphics card out and used the onboard output.',
  'Any ideas before I start sending parts back?',
];
const r1 = [
  j(
    'The CPU LED flashing before shutdown points at power to the CPU or a short. Two things to check first. Many boards in',
    'this range have two CPU power sockets; the manual may say one is optional, but some boards will not start without',
    'the main 8-pin one, and people plug into the 4-pin by mistake.',
  ),
  j(
    'Second, check the standoffs. If there is a brass standoff under the board where the board has no hole, it can short',
    'the back of the board against the case and you get exactly this two-second cycle.',
  ),
];
const quoted = 'Second, check the standoffs.';
const r2 = [
  'That was it. The case came with a standoff pre-installed in the middle position, and this board has no hole there. Removed it and it posted first time.',
  'Thanks, I would never have thought to look under the board.',
];
const r3 = [
  j(
    'Good catch. Worth running a memory test overnight now, since the board was shorting for a while. It is probably fine,',
    'but better to know before you install everything.',
  ),
  j(
    'Also keep the spare standoff somewhere safe rather than throwing it away. If you ever move this board to a different',
    'case, or put a different board in this one, you will want to check the positions again against the holes before',
    'you tighten anything down.',
  ),
];
const siteNav = ['News', 'Reviews', 'Best Picks', 'Coupons', 'Forums'];
const forumNav = ['Forums', "What's new", 'Members', 'Log in', 'Register'];
const crumbs = ['Forums', 'Systems', 'Building a PC'];
const similar = ['PC turns on for one second then off', 'No POST after upgrading to a new board', 'Fans spin but no display on first boot'];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const br = (paras: string[]): string => paras.join('<br>\n<br>\n');
const user = (name: string, utitle: string, joined: string, msgs: string): string => `<div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${name}.1/" class="avatar avatar--m" data-user-id="1"><img src="/data/avatars/m/1.jpg" alt="${name}" class="avatar-u1-m"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${name}.1/" class="username" dir="auto"><span
itemprop="name">${name}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto">${utitle}</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified">
<dt>Joined</dt><dd>${joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>${msgs}</dd></dl></div></section></div>`;
const post = (n: number, name: string, utitle: string, joined: string, msgs: string, date: string, body: string, extra = ''): string =>
  `<article class="message message--post js-post js-inlineModContainer${extra === '' ? '' : ' message--solution'}" data-author="${name}"
data-content="post-2281${n}" id="js-post-2281${n}" itemscope itemtype="https://schema.org/Comment"><div
class="message-inner">${user(name, utitle, joined, msgs)}
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/new-build.3871/post-2281${n}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-11-14T19:22:00+0000">${date}</time></a></li></ul><ul class="message-attribution-opposite listInline">
<li><a href="/threads/new-build.3871/post-2281${n}" class="message-attribution-gadget">Share</a></li><li><a href="#">#${n}</a></li></ul></header>
${extra}<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body
js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${body}</div></div></article></div></div><footer class="message-footer"><div class="message-actionBar actionBar">
<div class="actionBar-set actionBar-set--external"><a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div></div>
<div class="reactionsBar js-reactionsList"></div></footer></div></div></div></article>`;
const html = `<!DOCTYPE html><html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>Solved! - ${title} | Tom's Hardware Forum</title><meta name="description" content="First build in ten years.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"datePublished":"2026-11-14T19:22:00+00:00",
"author":{"@type":"Person","name":"brisk_kettle"},"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",
"userInteractionCount":3}}</script>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"csrf":"17951","cookie":{"path":"/","prefix":"xf_"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="futr-site-header"><a href="https://www.tomshardware.example/"
class="logo">Tom's Hardware</a>
<nav class="futr-nav"><ul>${links(siteNav)}</ul></nav></header><nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list
js-offCanvasNavSource">${links(forumNav, 'p-navEl')}
</ul></div></nav><div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${crumbs
  .map(
    (c) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/" itemprop="item"><span
itemprop="name">${c}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--green" dir="auto">Solved!</span><span
class="label-append">&nbsp;</span>${title}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/brisk_kettle.1/" class="username u-concealed" dir="auto">brisk_kettle</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/new-build.3871/" class="u-concealed"><time class="u-dt" datetime="2026-11-14T19:22:00+0000">Nov 14, 2026</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="block block--messages"><div class="block-container lbContainer"><div class="block-body
js-replyNewMessageContainer">
${post(1, 'brisk_kettle', 'Prominent', 'Mar 2, 2021', '37', 'Nov 14, 2026', `${br(op.slice(0, 2))}<ul>${lis(op.slice(2, 5))}</ul>${op[5]}`)}
${post(
  2,
  'Fenwick_Ostrander',
  'Titan',
  'Aug 9, 2016',
  '48,112',
  'Nov 14, 2026',
  br(r1),
  `<div class="message-solution"><span
class="label">Solution</span></div>`,
)}
${post(
  3,
  'brisk_kettle',
  'Prominent',
  'Mar 2, 2021',
  '37',
  'Nov 15, 2026',
  `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"
data-quote="Fenwick_Ostrander"><div class="bbCodeBlock-title"><a href="/goto/post?id=22812" class="bbCodeBlock-sourceJump">Fenwick_Ostrander said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${quoted}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>${br(r2)}`,
)}
${post(4, 'Ilkley_Moor', 'Distinguished', 'Jan 17, 2019', '2,906', 'Nov 15, 2026', br(r3))}
</div></div></div><div class="block-outer-opposite"><span class="button">You must log in or register to reply here.</span></div>
<div class="block"><h3 class="block-minorHeader">Similar threads</h3><ul>${links(similar)}</ul></div></div></div></div></div>
<div class="u-bottomFixer js-notices"><div class="notice notice--cookie"><div class="notice-content">This site uses cookies to help personalise content, tailor
your experience and to keep you logged in if you register.<a href="/account/dismiss-notice" class="button">Accept</a></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><ul class="p-footer-linkList">${links(foot)}</ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div><p>Tom's Hardware is part of Hollin Media plc, an
international media group.</p>
</div></footer></div></body></html>`;
export const tomsHardware: TestPage = {
  name: 'heldout265-tomshardware-xenforo-thread',
  kind: 'forum',
  html,
  title: `Solved! ${title}`,
  headings: [],
  body: texts([...op, ...r1, quoted, ...r2, ...r3]),
  bylines: ['brisk_kettle', 'Nov 14, 2026', 'Fenwick_Ostrander', 'Nov 15, 2026', 'Ilkley_Moor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Tom's Hardware", ...siteNav, "What's new", 'Members', 'Log in', 'Register', 'Systems', 'Building a PC', 'Thread starter', 'Start date',
    'Prominent', 'Joined', 'Mar 2, 2021', 'Messages', 'Titan', 'Aug 9, 2016', '48,112', 'Distinguished', 'Jan 17, 2019', '2,906', 'Share', 'Reply', 'Solution',
    'Fenwick_Ostrander said:', 'Click to expand...', 'You must log in or register to reply here.', 'Similar threads', ...similar,
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.', 'Accept', ...foot,
    'Community platform by XenForo® © 2010-2026 XenForo Ltd.', "Tom's Hardware is part of Hollin Media plc, an international media group.",
  ],
};
