import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 35, file a2: an Apple Developer Forums thread (the developer site's local nav, the forums bar with search,
 * "Post" and "Sign in", breadcrumb of topic and subtopic, tags, thread stats, the opening post with markdown headings, lists
 * and a code block, replies with a "DTS Engineer" role, an "Apple Recommended" mark, boosts, a comment under a reply, the
 * DTS signature, the hidden "watching" notice, the sign-in prompt and the developer footer).
 */
const adTitle = 'WidgetKit timeline reloads ignored after app update until device restart';
const adOp1 = [
  'Our app has a medium widget that shows the next watering task for a user’s houseplants. After we ship an app update, the widget ' +
    'keeps showing the old timeline entry and ignores every <code>reloadAllTimelines()</code> call until the user restarts the phone.',
];
const adH1 = 'Steps to reproduce';
const adSteps = [
  'Install version 4.2 from TestFlight and add the medium widget to the Home Screen.',
  'Update to 4.3 through TestFlight without removing the widget.',
  'Open the app and complete a task, which calls <code>reloadAllTimelines()</code>.',
];
const adOp2 = [
  'Expected: the widget shows the next task within a few seconds. Actual: <code>getTimeline(in:completion:)</code> is never called, ' +
    'according to our unified logging output, until the device is restarted.',
];
const adH2 = 'What I’ve tried';
const adTried = [
  'Calling <code>reloadTimelines(ofKind:)</code> with the exact kind string instead of reloading everything.',
  'Bumping the widget extension’s build number separately from the app.',
  'Removing and re-adding the widget, which does work, but we can’t ask every user to do that.',
];
const adOp3 = ['Seen on iOS 26.1 and 26.2, on an iPhone 15 and an iPhone 13 mini. Has anyone else run into this?'];
const adR1 = [
  'We’re seeing the same thing with a Lock Screen accessory widget. One extra data point: it only happens for us when the update also ' +
    'changes the widget extension’s Info.plist. Updates that only touch the main app target leave the widget working.',
];
const adR2 = [
  'Thanks for the clear reproduction steps, and thanks to pbrandt for the detail about Info.plist, which matches what I see here.',
  'This looks like a bug in how the system refreshes its record of widget extensions after an update. When the extension’s bundle ' +
    'changes, the old extension can stay registered, and reload requests go to it instead of the new one. Please file a bug report ' +
    'with a sysdiagnose taken right after a reload fails, and post the FB number here so I can attach it to the existing report.',
  'In the meantime, one workaround has helped other developers: add a second, trivial widget kind to the extension in the update. ' +
    'Registering a new kind forces the system to rescan the extension, which clears the stale registration.',
];
const adSig = 'Kavi Ramaswamy · Developer Technical Support · Worldwide Developer Relations';
const adC1 = [
  'Confirmed here too. We named the extra kind after the release so it is obvious to delete later, and limited it to a widget family ' +
    'we don’t otherwise offer.',
];
const adR3 = [
  'Filed as FB16204417 with a sysdiagnose from the iPhone 15. The extra widget kind did the trick in our TestFlight build: after ' +
    'updating, the medium widget picked up the new timeline on the first reload. Not pretty, but we can live with it until there’s a fix.',
];
const adR4 = [
  'Quick update: the bug is now marked as fixed in a future release. I can’t share timing, but please test with the next beta and ' +
    'let me know here if you still see it.',
];
const adNav = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Account'];
const adFoot = ['Documentation', 'Tutorials', 'Downloads', 'Forums', 'Videos', 'Contact Us', 'Bug Reporting', 'System Status', 'App Store Connect'];
const adLegal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
type AdPost = { id: string; user: string; role?: string; when: string; date: string; body: string; boosts: number; op?: boolean; rec?: boolean };
const adPost = (o: AdPost): string => `
<article class="post${o.op ? ' post-original' : ' reply'}" id="${o.id}" data-post-id="${o.id}" aria-labelledby="${o.id}-author">
<header class="post-header"><div class="post-author"><img class="author-avatar" src="/forums/avatars/${o.user}.png" alt="" width="32">
<a class="author-name" id="${o.id}-author" href="/forums/profile/${o.user}">${o.user}</a>${o.op ? '<span class="badge badge-op">OP</span>' : ''}
${o.role === undefined ? '' : `<span class="author-role">${o.role}</span>`}</div>
${o.rec ? '<div class="answer-label answer-label-recommended"><span class="icon icon-checkmark-circle"></span>Apple Recommended</div>' : ''}
<time class="post-date" datetime="${o.when}">${o.date}</time>
</header><div class="post-content markdown-body">${o.body}</div>
<footer class="post-footer"><button class="button-boost" data-post-id="${o.id}" aria-pressed="false"><span class="icon icon-boost"></span>
<span class="boost-label">Boost</span><span class="boost-count">${o.boosts}</span></button>
<button class="button-share" aria-label="Share this post" data-share-url="https://developer.apple.com/forums/thread/771204?answerId=${o.id}">
<span class="visuallyhidden">Share this post</span></button><span class="copied-feedback" hidden>Copied to Clipboard</span></footer></article>`;
const adHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${adTitle} | Apple Developer Forums</title>
<meta name="description" content="Our app has a medium widget that shows the next watering task for a user’s houseplants.">
<meta property="og:title" content="${adTitle} | Apple Developer Forums"><link rel="stylesheet" href="/assets/core/styles/forums.dist.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${adTitle}",
"author":{"@type":"Person","name":"fernkit"},"datePublished":"2026-01-12T17:31:04Z","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script></head>
<body class="page-forums thread"><nav id="localnav" class="localnav" role="navigation" aria-label="Developer"><div class="localnav-wrapper">
<div class="localnav-title"><a href="/"><span class="localnav-title-apple"></span>Developer</a></div><div class="localnav-menu"><ul class="localnav-items">
${adNav.map((t) => `<li class="localnav-item"><a href="/${t.toLowerCase()}/" class="localnav-link">${t}</a></li>`).join('')}</ul></div></div></nav>
<nav class="forums-nav" aria-label="Developer Forums"><a class="forums-nav-title" href="/forums/">Developer Forums</a>
<form class="forums-search" role="search"><label for="forums-q" class="visuallyhidden">Search by keywords or tags</label>
<input id="forums-q" type="search" placeholder="Search by keywords or tags"></form><a class="button button-post" href="/forums/post/question">Post</a>
<a class="forums-nav-signin" href="/account/?returnUrl=%2Fforums%2Fthread%2F771204">Sign in</a></nav>
<main id="main" class="main" role="main"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
<li><a href="/forums/">Forums</a></li><li><a href="/forums/topics/app-and-system-services">App &amp; System Services</a></li>
<li><a href="/forums/topics/app-and-system-services/widgets-and-live-activities">Widgets &amp; Live Activities</a></li></ol></nav>
<section class="thread"><header class="thread-header"><h1 class="thread-title">${adTitle}</h1>
<ul class="thread-tags" aria-label="Tags"><li><a class="tag" href="/forums/tags/widgetkit">WidgetKit</a></li>
<li><a class="tag" href="/forums/tags/app-extensions">App Extensions</a></li></ul>
<ul class="thread-stats"><li><span class="stat-label">Replies</span> <span class="stat-value">4</span></li><li><span class="stat-label">Boosts</span>
<span class="stat-value">6</span></li><li><span class="stat-label">Views</span> <span class="stat-value">1.3k</span></li>
<li><span class="stat-label">Participants</span> <span class="stat-value">3</span></li></ul>
<p class="watch-notice" hidden>You’re now watching this thread and will receive emails when there’s activity. Click again to stop watching or visit your \
profile to manage watched threads and notifications.</p></header>
${adPost({
  id: '771204021',
  user: 'fernkit',
  op: true,
  when: '2026-01-12T17:31:04Z',
  date: 'Jan 12, 2026',
  boosts: 6,
  body: `<p>${adOp1[0]}</p><h3>${adH1}</h3><ol>${adSteps.map((s) => `<li>${s}</li>`).join('')}</ol><p>${adOp2[0]}</p>
<div class="code-block"><button class="copy-button" aria-label="Copy to clipboard"><span class="visuallyhidden">Copy to clipboard</span></button>
<pre class="code-source"><code>WidgetCenter.shared.reloadTimelines(ofKind: "NextTaskWidget")
</code></pre></div><h3>${adH2}</h3><ul>${adTried.map((s) => `<li>${s}</li>`).join('')}</ul><p>${adOp3[0]}</p>`,
})}
<div class="thread-replies-header"><h2 class="visuallyhidden">Replies</h2><label for="sort">Sort by</label>
<select id="sort"><option selected>Oldest</option><option>Newest</option><option>Most Boosted</option></select></div>
${adPost({ id: '771204388', user: 'pbrandt', when: '2026-01-14T09:02:51Z', date: 'Jan 14, 2026', boosts: 2, body: `<p>${adR1[0]}</p>` })}
${adPost({
  id: '771204507',
  user: 'Kavi_R',
  role: 'DTS Engineer',
  rec: true,
  when: '2026-01-15T16:44:10Z',
  date: 'Jan 15, 2026',
  boosts: 3,
  body: `${adR2.map((p) => `<p>${p}</p>`).join('\n')}<hr><p class="signature">${adSig}</p>`,
})}
<div class="post-comments" aria-label="Comments"><div class="comment" id="comment-771204612"><p class="comment-text">${adC1[0]}</p>
<p class="comment-meta"><a href="/forums/profile/pbrandt">pbrandt</a> <time datetime="2026-01-15T19:10:00Z">Jan 15, 2026</time></p></div></div>
${adPost({ id: '771204733', user: 'fernkit', op: true, when: '2026-01-16T21:25:37Z', date: 'Jan 16, 2026', boosts: 1, body: `<p>${adR3[0]}</p>` })}
${adPost({ id: '771205940', user: 'Kavi_R', role: 'DTS Engineer', when: '2026-02-03T18:05:12Z', date: 'Feb 3, 2026', boosts: 4, body: `<p>${adR4[0]}</p>` })}
<div class="reply-prompt"><a class="button" href="/account/?returnUrl=%2Fforums%2Fthread%2F771204">Sign in to reply to this thread</a></div></section></main>
<footer id="footer" class="footer" role="contentinfo"><h2 class="visuallyhidden">Developer Footer</h2>
<nav class="footer-breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Developer</a></li><li><a href="/forums/">Forums</a></li></ol></nav>
<div class="footer-disclaimer"><p>This site contains user-submitted content, comments and opinions and is for informational purposes only.</p></div>
<nav class="footer-directory"><ul>${adFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></nav>
<div class="footer-legal"><p class="copyright">Copyright © 2026 Apple Inc. All rights reserved.</p>
<ul class="footer-legal-links">${adLegal.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></footer>
<script src="/assets/core/scripts/forums.dist.js" defer></script></body></html>`;
export const appleDevForumsThread: TestPage = {
  html: adHtml,
  name: 'heldout35-apple-developer-forums',
  kind: 'forum',
  // the opening post's two markdown h3s are the headings; its paragraphs and both lists, the four replies and pbrandt's comment
  // under the DTS reply are body; the Swift code block is in neither; user names and dates are bylines; the "DTS Engineer" role,
  // "OP" badge, "Apple Recommended" mark, the DTS signature, boosts, share and copy buttons, tags, thread stats, the hidden
  // "watching" notice, nav, breadcrumb, sign-in prompt and footer are furniture ("Forums" once, though the breadcrumb and the
  // footer both show it)
  title: adTitle,
  headings: [adH1, 'What I’ve tried'],
  body: texts([...adOp1, ...adSteps, ...adOp2, ...adTried, ...adOp3, ...adR1, ...adR2, ...adC1, ...adR3, ...adR4]),
  bylines: ['fernkit', 'Jan 12, 2026', 'pbrandt', 'Jan 14, 2026', 'Kavi_R', 'Jan 15, 2026', 'Jan 16, 2026', 'Feb 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...adNav, 'Developer Forums', 'Search by keywords or tags', 'Sign in', 'App & System Services', 'Widgets & Live Activities',
    'App Extensions', 'Replies', 'Boosts', 'Views', '1.3k', 'Participants', 'OP', 'DTS Engineer', 'Apple Recommended', 'Boost', 'Share this post',
    'Copied to Clipboard', 'Copy to clipboard', 'Sort by', 'Oldest', 'Newest', 'Most Boosted', adSig, 'Sign in to reply to this thread', 'Developer Footer',
    'You’re now watching this thread and will receive emails when there’s activity. Click again to stop watching or visit your profile to manage watched ' +
      'threads and notifications.',
    'This site contains user-submitted content, comments and opinions and is for informational purposes only.', ...adFoot, 'Developer',
    'Copyright © 2026 Apple Inc. All rights reserved.', ...adLegal,
  ],
};
