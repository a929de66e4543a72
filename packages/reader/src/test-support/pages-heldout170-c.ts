import { links, type TestPage, texts } from './page-kit.js';
import { truenas } from './pages-heldout170-c2.js';

/**
 * Held-out batch 170, file c: a Proxmox Support Forum thread (XenForo 2 under the Proxmox site header and product menu, the
 * "[SOLVED]" prefix in the h1, the starter line with tags, posts with "Member" / "Proxmox Staff Member" titles and staff
 * banner, "Joined / Messages" pairs, code blocks with "Code:" headers, a quote, signatures (the staff one with the
 * subscription pitch), reaction summaries, the guest reply prompt, "Similar threads", the footer and the cookie notice) and,
 * from file c2, a TrueNAS Community Discourse topic.
 */
const title = 'ZFS pool shows DEGRADED after replacing a disk, resilver never starts';
type Post = {
  id: number;
  user: string;
  rank: string;
  staff?: boolean;
  joined: string;
  msgs: string;
  time: string;
  body: string;
  paras: string[];
  react?: string;
  sig?: string;
};
const code = (c: string): string => `<div class="bbCodeBlock bbCodeBlock--screenLimited bbCodeBlock--code"><div class="bbCodeBlock-title">Code:</div>
<div class="bbCodeBlock-content" dir="ltr"><pre class="bbCodeCode" dir="ltr" data-xf-init="code-block" data-lang=""><code>${c}</code></pre></div></div>`;
const op = [
  `Home lab, single node on 8.4. One of the four disks in my raidz1 pool started throwing read errors, so I shut down, swapped in a
new disk of the same size and booted again. The pool now says DEGRADED and the old disk shows as UNAVAIL, but no resilver has started
after two hours.`,
  `Here is the status output:`,
  `What am I missing? I do not want to make it worse by guessing.`,
];
const a1 = [
  `Swapping the disk is not enough on its own: ZFS does not know the new disk is meant to take the old one's place. You need to tell
it with a replace, using the stable by-id path of the new disk rather than sdX, which can change between boots.`,
  `The resilver should start immediately. On a pool that size expect several hours. Check progress with zpool status, and do not
reboot while it runs unless you have to.`,
];
const a2 = [
  `That did it, thank you. Resilver started straight away and finished overnight. The pool is ONLINE again and a scrub this
morning found no errors.`,
  `For anyone else: I had to look up the new disk's id under /dev/disk/by-id first. The one ending in -part1 is a partition, so make
sure you use the whole-disk name.`,
  `I have also set up the ZFS event daemon to send me an email, so the next failing disk should announce itself instead of waiting
for me to spot read errors in the log by chance.`,
];
const a3 = [
  `Glad it worked. I will mark the thread as solved. One more tip for next time: you can run the replace from the web interface under
the node's Disks, ZFS panel as well, which fills in the right path for you.`,
  `And keep an eye on the age of the other three disks. If they all came from the same batch, they have seen the same hours and the
same heat, so it is worth having a spare on the shelf before the next one goes.`,
];
const posts: Post[] = [
  {
    id: 781203,
    user: 'kestrel_lab',
    rank: 'New Member',
    joined: 'Mar 14, 2024',
    msgs: '9',
    time: 'Oct 7, 2025',
    paras: op,
    react: 'wernerH',
    body: `${op[0]}<br>\n<br>\n${op[1]}<br>\n${code(
      `  pool: tank\n state: DEGRADED\nstatus: One or more devices could not be used because the label is missing\n` +
        `config:\n\tNAME                      STATE     READ WRITE CKSUM\n\ttank                      DEGRADED     0     0     0\n` +
        `\t  raidz1-0                DEGRADED     0     0     0\n\t    1873420553961020881   UNAVAIL      0     0     0`,
    )}<br>\n${op[2]}`,
  },
  {
    id: 781244,
    user: 'Aurel',
    rank: 'Proxmox Staff Member',
    staff: true,
    joined: 'Sep 1, 2016',
    msgs: '6,412',
    time: 'Oct 7, 2025',
    paras: a1,
    react: 'kestrel_lab and wernerH',
    sig: 'Best regards,<br>Aurel<br><br>Do you already have a Commercial Support Subscription? - If not, Buy now and read the documentation',
    body: `${a1[0]}<br>\n${code('zpool replace tank 1873420553961020881 /dev/disk/by-id/ata-NEWDISK_SERIAL')}<br>\n${a1[1]}`,
  },
  {
    id: 781390,
    user: 'kestrel_lab',
    rank: 'New Member',
    joined: 'Mar 14, 2024',
    msgs: '9',
    time: 'Oct 8, 2025',
    paras: a2,
    react: 'Aurel',
    body: `<blockquote data-quote="Aurel" data-source="post: 781244" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div
class="bbCodeBlock-title">
<a href="/goto/post?id=781244" class="bbCodeBlock-sourceJump" rel="nofollow">Aurel said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent
js-expandContent">using the stable by-id path of the new disk rather than sdX</div><div class="bbCodeBlock-expandLink
js-expandLink"><a role="button" tabindex="0">Click to
expand...</a></div></div></blockquote>${a2.join('<br>\n<br>\n')}`,
  },
  {
    id: 781402,
    user: 'Aurel',
    rank: 'Proxmox Staff Member',
    staff: true,
    joined: 'Sep 1, 2016',
    msgs: '6,412',
    time: 'Oct 8, 2025',
    paras: a3,
    react: 'kestrel_lab',
    sig: 'Best regards,<br>Aurel<br><br>Do you already have a Commercial Support Subscription? - If not, Buy now and read the documentation',
    body: a3.join(''),
  },
];
const site = ['Products', 'Solutions', 'Services', 'Partners', 'Support', 'About', 'Downloads'];
const nav = ['Home', 'Forums', "What's new", 'Members'];
const crumbs = ['Home', 'Forums', 'Proxmox Virtual Environment', 'Proxmox VE: Installation and configuration'];
const similar = ['Resilver stuck at 0% after disk swap', 'raidz1 DEGRADED but all disks present', 'Replacing boot disk in ZFS mirror (UEFI)'];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const cookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const cookie2 = 'By continuing to use this site, you are consenting to our use of cookies.';
const post = (
  p: Post,
  n: number,
): string => `<article class="message message--post js-post js-inlineModContainer${p.staff ? ' is-staff' : ''}" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}"><span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div
class="message-cell message-cell--user">
<section class="message-user"><div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user.toLowerCase()}.${p.id % 883}/"
class="avatar avatar--m
avatar--default avatar--default--dynamic" data-user-id="${p.id % 883}" style="background-color: #7a3d8f; color: #d9b3e6"><span class="avatar-u${p.id % 883}-m"
role="img" aria-label="${p.user}">${p.user.slice(0, 1)}</span></a></div></div><div class="message-userDetails"><h4 class="message-name"><a
href="/members/${p.id % 883}/"
class="username" dir="auto">${p.staff ? `<span class="username--staff username--moderator">${p.user}</span>` : p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto">${p.rank}</h5>${
  p.staff
    ? '<div class="userBanner userBanner--staff message-userBanner" dir="auto"><span class="userBanner-before"></span><strong>Staff member</strong>' +
      '<span class="userBanner-after"></span></div>'
    : ''
}
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl
class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl></div><span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div
class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a
href="/threads/zfs-pool-shows-degraded.174402/post-${p.id}" rel="nofollow"><time class="u-dt" dir="auto"
datetime="2025-10-07T11:02:00+0200">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/174402/post-${p.id}"
rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${p.body}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${
  p.sig
    ? `<aside class="message-signature"><div class="bbWrapper">
${p.sig
  .replace('Buy now', '<a href="https://www.proxmox.com/en/proxmox-virtual-environment/pricing" target="_blank">Buy now</a>')
  .replace('the documentation', 'the <a href="https://pve.proxmox.com/pve-docs/" target="_blank">documentation</a>')}</div></aside>`
    : ''
}</div><footer class="message-footer"><div class="reactionsBar
js-reactionsList is-active"><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions"
rel="nofollow"><bdi>${p.react}</bdi></a>
</div></footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-16" data-content-key="thread-174402"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>[SOLVED] - ${title} | Proxmox Support Forum</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="Home lab, single node on 8.4. One of the four disks in my raidz1 pool started throwing read errors.">
<meta property="og:site_name" content="Proxmox Support Forum"><meta property="og:title" content="[SOLVED] - ${title}">
<link rel="canonical" href="https://forum.proxmox.com/threads/zfs-pool-shows-degraded-after-replacing-a-disk.174402/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=3&amp;l=1&amp;d=1759700000"><script
src="/js/xf/preamble.min.js?_v=2c81"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"datePublished":"2025-10-07T09:02:00+00:00",
"author":{"@type":"Person","name":"kestrel_lab"},"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
</head><body data-template="thread_view"><div class="p-pageWrapper" id="top"><div class="pmx-topbar"><a class="pmx-logo" href="https://www.proxmox.com/en/"><img
src="/styles/proxmox/proxmox-logo.svg" alt="Proxmox" width="150" height="30"></a><ul class="pmx-mainmenu">${links(site, 'pmx-menu-item')}</ul></div>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img
src="/styles/proxmox/forum-logo.png" alt="Proxmox Support Forum" width="280" height="40"></a></div></div></div></header><div
class="p-navSticky p-navSticky--primary">
<nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list js-offCanvasNavSource">${links(nav, 'p-navEl')}</ul><div class="p-nav-opposite"><div
class="p-navgroup
p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log
in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span
class="p-navgroup-linkText">Register</span></a>
</div></div></div></nav></div><div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--parent"><ul
class="p-breadcrumbs">${links(crumbs)}</ul></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--green" dir="auto">[SOLVED]</span><span
class="label-append">&nbsp;</span>${title}</h1>
</div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span
class="u-srOnly">Thread starter</span> <a href="/members/kestrel_lab.601/" class="username u-concealed" dir="auto">kestrel_lab</a></li><li><i
class="fa--xf far fa-clock"
aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/174402/" class="u-concealed"><time class="u-dt">Oct 7,
2025</time></a></li>
<li><span class="u-srOnly">Tags</span> <a href="/tags/resilver/" class="tagItem" dir="auto">resilver</a> <a href="/tags/zfs/" class="tagItem"
dir="auto">zfs</a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post"><div
class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">${posts.map((p, i) => post(p, i + 1)).join('\n')}</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay"><span
class="button-text">You must log in or register to reply here.</span></a></div></div><div class="block"><div class="block-container"><h3
class="block-header">Similar threads</h3>
<div class="block-body"><ul class="block-body-list">${links(similar, 'structItem-title')}</ul></div></div></div></div></div></div>
<div class="p-breadcrumbs--bottom"><ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(crumbs)}</ul></div></div></div><footer class="p-footer"
id="footer"><div
class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(foot)}</ul></div></div><div
class="p-footer-copyright">
<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo® © 2010-2025 XenForo
Ltd.</a></div>
<div class="pmx-footer-legal">© Proxmox Server Solutions GmbH</div></div></footer></div><div class="u-bottomFixer js-bottomFixTarget"><ul class="notices
notices--bottom_fixer js-notices"><li class="notice js-notice notice--primary notice--cookie"><div class="notice-content"><div class="u-alignCenter">${cookie}
${cookie2}</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button--notice button"><span
class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=2c81"></script></body></html>`;
const proxmox: TestPage = {
  html,
  name: 'heldout170-proxmox-support-xenforo-forum',
  kind: 'forum',
  title,
  headings: [],
  // the "[SOLVED]" prefix in the h1 is furniture; code blocks and the quote are in neither list; signatures are furniture
  body: texts([...op, ...a1, ...a2, ...a3]),
  bylines: ['kestrel_lab', 'Aurel', 'Oct 7, 2025', 'Oct 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...site, ...nav, 'Log in', 'Register', 'Proxmox Virtual Environment', 'Proxmox VE: Installation and configuration', '[SOLVED]', 'Thread starter',
'Start date',
    'Tags', 'resilver', 'zfs', 'New Member', 'Proxmox Staff Member', 'Staff member', 'Joined', 'Mar 14, 2024', 'Sep 1, 2016', 'Messages', '9', '6,412',
'#1', '#2',
    '#3', '#4', 'Code:', 'Click to expand...', 'Best regards,',
'Do you already have a Commercial Support Subscription? - If not, Buy now and read the documentation',
    'Reactions:', 'wernerH', 'kestrel_lab and wernerH', 'You must log in or register to reply here.', 'Similar threads', ...similar, ...foot,
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.', '© Proxmox Server Solutions GmbH', cookie, cookie2, 'Accept', 'Learn more…',
  ],
};

export const HELDOUT170_C: readonly TestPage[] = [proxmox, truenas];
