import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 42, file f2: an XDA Forums thread (XenForo 2.3 with XDA's skin), seen as a guest (the XF html data
 * attributes, the header with logo, nav, Log in / Register and search, the consent banner, breadcrumbs, the thread title with
 * its "Question" label, "Thread starter" and "Start date", tags, "Search this thread", ad slots, messages with avatar,
 * username, user title, Joined / Posts / Likes / Device extras, attribution with date, share and post number, bbWrapper text,
 * code blocks, a quote with "Click to expand...", a "Last edited" line, a signature, the action bar and the reactions line,
 * the guest reply prompt, the "Top Liked Posts" and "Similar threads" widgets, and the XF and XDA footer).
 */
const xdTitle = 'Pixel 8 stuck on "Your device is corrupt" after flashing patched init_boot';
const xd1 = [
  'Last night I tried to root my Pixel 8 (shiba) on the October update. I extracted init_boot.img from the factory image, ' +
    'patched it in Magisk and flashed it with fastboot. Now it shows the yellow warning screen, then sits on the G logo forever.',
  'The bootloader is unlocked and I can still get into fastboot. Everything is backed up except the last two weeks of photos, ' +
    'so I would rather not wipe if there is any way around it.',
  'This is what I ran:',
];
const xd1b = ['Did I flash the wrong file?'];
const xd2 = [
  'Almost certainly a mismatch between the init_boot you patched and the build that is actually on the phone. If you took ' +
    'init_boot from a factory image that is even one build off, you get exactly this. Check the build number on the bootloader ' +
    'screen against the name of the zip you downloaded.',
  'The fix is easy and keeps your data: flash the stock init_boot from the matching factory image to both slots, boot, then ' + 'patch that exact file again.',
];
const xdQuote = 'Check the build number on the bootloader screen against the name of the zip you downloaded.';
const xd3 = [
  'You were right. The phone was on the carrier variant of the October build and I had downloaded the global one. Flashed ' +
    'stock init_boot from the right image to both slots and it booted straight up with everything still there.',
  'Patched the correct file this time and Magisk is installed. Thank you!',
];
const xd4 = [
  'Saving this thread. For anyone else reading: the carrier builds have a different suffix in the build number, and the ' +
    'factory images page lists them separately further down. It catches a lot of people.',
];
const xd5 = [
  'Glad it worked. One extra tip: keep a copy of the stock init_boot for your exact build on your computer. The next time an ' +
    'update breaks something you can flash it back in thirty seconds.',
];
interface Member {
  id: number;
  name: string;
  title: string;
  joined: string;
  posts: string;
  likes: string;
  device: string;
  sig: string;
}
const kes: Member = { id: 11840222, name: 'kestrel_dev', title: 'Member', joined: 'Feb 2, 2022', posts: '41', likes: '9', device: 'Google Pixel 8', sig: '' };
const vol: Member = {
  id: 5120733,
  name: 'V0latile',
  title: 'Recognized Contributor',
  joined: 'Aug 19, 2013',
  posts: '6,214',
  likes: '4,880',
  device: 'Google Pixel 9 Pro',
  sig: 'Please do not PM me for support. Ask in the thread so everyone can learn from it.',
};
const sun: Member = {
  id: 12377041,
  name: 'sunflower_rom',
  title: 'Senior Member',
  joined: 'May 30, 2020',
  posts: '512',
  likes: '233',
  device: 'OnePlus 12',
  sig: '',
};
const code = (lines: string): string => `<div class="bbCodeBlock bbCodeBlock--screenLimited bbCodeBlock--code"><div class="bbCodeBlock-title">Code:
<button type="button" class="bbCodeBlock-copy" data-xf-init="copy-to-clipboard" title="Copy to clipboard"><i class="fa--xf far fa-copy"></i></button></div>
<div class="bbCodeBlock-content" dir="ltr"><pre class="bbCodeCode" dir="ltr" data-xf="2.3" data-lang=""><code>${lines}</code></pre></div></div>`;
const message = (n: number, post: number, m: Member, date: string, time: string, body: string, reacts: string, edited = ''): string =>
  `<article class="message message--post js-post js-inlineModContainer" data-author="${m.name}" data-content="post-${post}" id="js-post-${post}"
 itemscope itemtype="https://schema.org/Comment" itemid="https://xdaforums.com/posts/${post}/"><meta itemprop="parentItem" itemscope
 itemid="https://xdaforums.com/t/4712093/">
<span class="u-anchorTarget" id="post-${post}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="https://xdaforums.com/m/${m.id}/">
<meta itemprop="url" content="https://xdaforums.com/m/${m.id}/"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/m/${m.name.toLowerCase()}.${m.id}/" class="avatar avatar--m" data-user-id="${m.id}" data-xf-init="member-tooltip"><img
 src="https://xdaforums.com/data/avatars/m/${m.id}.jpg"
 alt="${m.name}" class="avatar-u${m.id}-m" width="96" height="96" loading="lazy" itemprop="image"></a></div></div><div class="message-userDetails">
<h4 class="message-name"><a href="/m/${m.name.toLowerCase()}.${m.id}/" class="username" dir="auto" data-user-id="${m.id}" itemprop="name">${m.name}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${m.title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>${m.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Posts</dt><dd>${m.posts}</dd></dl>
<dl class="pairs pairs--justified"><dt>Likes</dt><dd>${m.likes}</dd></dl><dl class="pairs pairs--justified"><dt>Device</dt><dd>${m.device}</dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="/t/pixel-8-stuck-on-your-device-is-corrupt.4712093/post-${post}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto"
 datetime="2025-10-14T19:22:00+0000"
 data-timestamp="1760469720" data-date-string="${date}" data-time-string="${time}" title="${date} at ${time}"
 itemprop="datePublished">${date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/t/4712093/post-${post}" class="message-attribution-gadget"
 data-xf-init="share-tooltip" data-href="/posts/${post}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt"
 aria-hidden="true"></i></a></li>
<li><a href="/t/4712093/post-${post}" rel="nofollow">#${n}</a></li></ul></header><div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${post}" data-lb-caption-desc="${m.name} · ${date} at ${time}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${body}</div></div><div
 class="js-selectToQuoteEnd">&nbsp;</div></article>
${edited ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-10-14T19:40:00+0000">${edited}</time></div>` : ''}</div>
${m.sig ? `<aside class="message-signature"><div class="bbWrapper">${m.sig}</div></aside>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/login/" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow"
 data-xf-click="overlay">Reply</a></div></div>
${
  reacts
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
 data-reaction-id="1">
<i aria-hidden="true"></i><img src="/styles/xda/reactions/like.svg" class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li></ul><span
 class="u-srOnly">Reactions:</span>
<a class="reactionsBar-link" href="/posts/${post}/reactions" data-xf-click="overlay" rel="nofollow">${reacts}</a></div>`
    : ''
}</footer></div></div></div></article>`;
const br = (a: readonly string[]): string => a.join('<br>\n<br>\n');
const xdQuoteHtml = `<blockquote data-attributes="member: 5120733" data-quote="V0latile" data-source="post: 89122741"
 class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=89122741"
 class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-89122741">V0latile said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${xdQuote}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xdCode1 = 'fastboot flash init_boot magisk_patched-28100_Xy7Qa.img';
const xdCode2 = 'fastboot flash init_boot_a init_boot.img\nfastboot flash init_boot_b init_boot.img\nfastboot reboot';
const xdNav = ['Home', 'Forums', 'Trending', "What's new", 'Portal'];
const xdSimilar: [string, string, string][] = [
  ['Pixel 8 bootloop after Magisk update, fastboot still works', 'dmitri_k', 'Sep 2, 2025'],
  ['[GUIDE] Root Pixel 8 / 8 Pro with Magisk (init_boot method)', 'V0latile', 'Nov 3, 2023'],
  ['Carrier vs global factory image, how to tell?', 'opal.j', 'Jun 21, 2025'],
];
const xdFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xdHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-11953"
 data-content-key="thread-4712093"
 data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1762174800,5c0d2a1f" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>${xdTitle.replace(/"/g, '&quot;')} | XDA Forums</title><link rel="canonical"
 href="https://xdaforums.com/t/pixel-8-stuck-on-your-device-is-corrupt.4712093/">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:site_name" content="XDA Forums">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=11&amp;l=1&amp;d=1761900000&amp;k=5f1e0c">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'ad_storage': 'denied'});</script>
<script src="/js/xf/preamble.min.js?_v=2b4d10f3"></script><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://xdaforums.com/t/4712093/","headline":"${xdTitle.replace(/"/g, '\\"')}","articleSection":"Google Pixel 8 Questions & Answers",
"author":{"@type":"Person","name":"kestrel_dev"},"datePublished":"2025-10-14T19:22:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/ReplyAction","userInteractionCount":4}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div
 class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="https://xdaforums.com/"><img src="/styles/xda/xda-logo.svg" alt="XDA Forums" width="120"
 height="36"></a></div>
</div></div></header><div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><ul class="p-nav-list js-offCanvasNavSource">${links(xdNav, 'p-navEl')}</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/"
 class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"
 data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/"
 class="p-navgroup-link p-navgroup-link--textual
 p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"
 title="Search">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${['Forums', 'Google Pixel 8', 'Google Pixel 8 Questions & Answers']
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a href="/f/${i}/" itemprop="item"><span itemprop="name">${t.replace(/&/g, '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul>
<div class="samCodeUnit" data-position="container_breadcrumb_top_above"><div class="samItem"><span class="adLabel">Advertisement</span><div
 id="div-gpt-ad-top"></div></div></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--orange" dir="auto">Question</span><span
 class="label-append">&nbsp;</span>
${xdTitle.replace(/"/g, '&quot;')}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user"
 aria-hidden="true"
 title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/m/kestrel_dev.11840222/" class="username u-concealed"
 dir="auto">kestrel_dev</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/t/4712093/" class="u-concealed">
<time class="u-dt" dir="auto" datetime="2025-10-14T19:22:00+0000">Oct 14, 2025</time></a></li><li><i class="fa--xf far fa-tags" aria-hidden="true"
 title="Tags"></i>
<span class="u-srOnly">Tags</span> ${['magisk', 'pixel 8', 'root']
  .map(
    (t) => `<a href="/tags/${t.replace(' ', '-')}/"
 class="tagItem tagItem--tag_${t.replace(' ', '')}" dir="auto">${t}</a>`,
  )
  .join(' ')}</li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="block block--messages" data-xf-init="" data-type="post"><div class="block-outer"><div
 class="block-outer-opposite">
<a href="/search/?t=post&amp;c[thread]=4712093" class="button--link button" rel="nofollow"><span class="button-text">Search this thread</span></a></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${message(1, 89122690, kes, 'Oct 14, 2025', '7:22 PM', `${br(xd1)}${code(xdCode1)}${xd1b[0]}`, 'V0latile', 'Oct 14, 2025')}
<div class="samCodeUnit" data-position="post_below_container_1"><div class="samItem"><span class="adLabel">Advertisement</span><div
 id="div-gpt-ad-inpost"></div></div></div>
${message(2, 89122741, vol, 'Oct 14, 2025', '8:05 PM', `${br(xd2)}${code(xdCode2)}`, 'kestrel_dev, sunflower_rom and 6 others')}
${message(3, 89124018, kes, 'Oct 15, 2025', '9:31 AM', `${xdQuoteHtml}${br(xd3)}`, 'V0latile and sunflower_rom')}
${message(4, 89124650, sun, 'Oct 15, 2025', '12:48 PM', br(xd4), 'kestrel_dev')}
${message(5, 89125102, vol, 'Oct 15, 2025', '2:10 PM', br(xd5), 'kestrel_dev')}
</div></div></div><div class="block block--guestReply"><div class="block-container"><div
 class="block-row">You must log in or register to reply here.</div></div></div>
<div class="block" data-widget-key="xda_similar_threads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">
${xdSimilar
  .map(
    ([t, by, d]) => `<div class="structItem structItem--thread"><div class="structItem-title"><a href="/t/${by}/">${t}</a></div><div class="structItem-minor">
<ul class="structItem-parts"><li><a href="/m/${by}/" class="username">${by}</a></li><li class="structItem-startDate"><time>${d}</time></li></ul></div></div>`,
  )
  .join('\n')}
</div></div></div></div><div class="p-body-sidebar"><div class="block" data-widget-key="xda_top_liked_posts"><div class="block-container">
<h3 class="block-minorHeader">Top Liked Posts</h3><div class="block-body"><div class="block-row"><a class="username" href="/m/v0latile.5120733/">V0latile</a>
<div class="contentRow-snippet">Almost certainly a mismatch between the init_boot you patched and the build that is actually on the phone. If you took
init_boot from a…</div>
<a href="/t/4712093/post-89122741" class="button--link button">Go to post</a></div></div></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul
 class="p-footer-linkList">${links(xdFoot)}</ul></div></div>
<div class="p-footer-about"><p>XDA Forums is a community of developers and enthusiasts who modify, repair and get more out of their phones.</p></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
 rel="sponsored noopener">Community platform by XenForo<sup>®</sup>
<span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="fc-consent-root" role="dialog" aria-label="Consent"><div class="fc-dialog-container"><h1
 class="fc-dialog-headline">XDA Forums asks for your consent to use your personal data to:</h1>
<p class="fc-dialog-body">Personalised advertising and content, advertising and content measurement, audience research and services development.</p>
<div class="fc-footer-buttons"><button class="fc-button fc-cta-consent"><p class="fc-button-label">Consent</p></button>
<button class="fc-button fc-cta-manage-options"><p class="fc-button-label">Manage options</p></button></div></div></div>
<script src="/js/xf/core-compiled.js?_v=2b4d10f3"></script><script>jQuery.extend(true, XF.config, { userId: 0, enablePush: false, url: { fullBase:
"https://xdaforums.com/" } });</script>
</body></html>`;
export const xdaThread: TestPage = {
  html: xdHtml,
  name: 'heldout42-xda-thread',
  kind: 'forum',
  // every post is body (paragraphs split at the double <br>); the two command blocks with their "Code:" titles are code (in
  // neither list); the quote in post 3 ("V0latile said:", the quoted line and "Click to expand...") is in neither list, and
  // so is the "Top Liked Posts" snippet (a cut copy of post 2); usernames, post dates, "Last edited:" with its date and the
  // thread starter and start date are bylines; the "Question" label, user titles, Joined / Posts / Likes / Device, post
  // numbers, signatures, "Reply", reactions lines, ad labels, tags, "Search this thread", the guest prompt, similar threads
  // (their starters and dates too), "Go to post", header, nav, breadcrumbs, footer and the consent dialog are furniture; the
  // tags "magisk", "pixel 8" and "root", the label "Device" and the small post and like counts are body words: left out
  title: xdTitle,
  headings: [],
  body: [...texts(xd1), ...xd1b, ...texts(xd2), ...texts(xd3), ...texts(xd4), ...texts(xd5)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'kestrel_dev', 'V0latile', 'sunflower_rom', 'Oct 14, 2025', 'Oct 15, 2025', 'Last edited:',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'XDA Forums', ...xdNav, 'Log in', 'Register', 'Search', 'Google Pixel 8', 'Google Pixel 8 Questions & Answers', 'Advertisement', 'Question',
    'Thread starter', 'Start date', 'Tags', 'Search this thread', 'Member', 'Recognized Contributor', 'Senior Member',
    'Joined', 'Feb 2, 2022', 'Aug 19, 2013', 'May 30, 2020', 'Posts', '6,214', '512', 'Likes', '4,880', '233', 'Google Pixel 9 Pro',
    'OnePlus 12', vol.sig, 'Reply', 'Reactions:', 'kestrel_dev, sunflower_rom and 6 others', 'V0latile and sunflower_rom',
    'You must log in or register to reply here.', 'Similar threads', ...xdSimilar.flatMap(([t, by, d]) => (by === 'V0latile' ? [t, d] : [t, by, d])),
    'Top Liked Posts', 'Go to post',
    ...xdFoot, 'XDA Forums is a community of developers and enthusiasts who modify, repair and get more out of their phones.',
    'Community platform by XenForo', '© 2010-2025 XenForo Ltd.', 'XDA Forums asks for your consent to use your personal data to:',
    'Personalised advertising and content, advertising and content measurement, audience research and services development.', 'Consent',
    'Manage options',
  ],
};
