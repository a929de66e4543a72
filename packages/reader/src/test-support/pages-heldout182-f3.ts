import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 182, file f3: an Apple Developer Forums thread (the global developer nav with its hidden mobile menu
 * labels, the Forums local nav, the h1, topic breadcrumb and tags, the original post, a DTS Engineer reply with the "Apple"
 * badge and "DTS Engineer" label, a follow-up reply, post actions "Boost" / "Copy to clipboard" / "Share this post", thread
 * stats, "Similar posts", the sign-in prompt and the developer footer).
 */
const title = 'URLSession background download never calls didFinishDownloadingTo after app is terminated';
const op = [
  'I am using a background <code>URLSession</code> to download large map tiles for offline use. Downloads work when the app ' +
    'is in the foreground or suspended. If I swipe the app away from the app switcher while a download is in progress, the ' +
    'download never finishes: the next time I launch the app, <code>getAllTasks</code> returns an empty list and the partial ' +
    'file is gone.',
  'I do implement <code>application(_:handleEventsForBackgroundURLSession:completionHandler:)</code> and recreate the session ' +
    'with the same identifier on launch. This is on iOS 18.4, testing on a device, not the simulator. Is this expected?',
];
const dts = [
  'Yes, this is expected. When the user force quits an app from the app switcher, the system treats that as a signal that ' +
    'the user does not want the app doing work in the background. Background sessions belonging to the app are cancelled, ' +
    'and they are not resumed on the next launch.',
  'This is different from the system terminating your app while it is suspended, for example to reclaim memory. In that ' +
    'case the downloads continue, and the system relaunches your app in the background to deliver the events when they ' +
    'complete.',
  'When testing, do not use the app switcher to simulate termination. Instead, have the app call <code>exit(0)</code> a few ' +
    'seconds after moving to the background. That looks to the system like a normal termination, and you will see the ' +
    'relaunch behaviour you are expecting.',
  'If you want downloads to survive a force quit, you can resume them yourself on the next launch. Keep the resume data ' +
    'when a task fails with a cancellation error and use it to create a new task.',
];
const follow = [
  'That explains everything, thank you. I switched my test plan to use a debug menu item that calls exit after a delay and ' +
    'the relaunch works as described.',
  'For anyone else who lands here: the resume data approach works too, but only if the server supports range requests.',
];
const nav = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const local = ['Forums', 'Open Menu', 'Close Menu', 'Search for a topic', 'Sign in to ask a question'];
const tags = ['Foundation', 'Network', 'iOS'];
const stats = ['Boosts 0', 'Views 1.3k', 'Participants 2'];
const similar = [
  'Background URLSession tasks cancelled after app update',
  'handleEventsForBackgroundURLSession not called on iOS 18',
  'Resume data invalid after device restart',
];
const postActions = ['Boost', 'Copy to clipboard', 'Share this post'];
const footCols: [string, string[]][] = [
  ['Platforms', ['iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS']],
  ['Tools', ['Swift', 'SwiftUI', 'Swift Playground', 'TestFlight', 'Xcode', 'Xcode Cloud', 'SF Symbols']],
  ['Resources', ['Documentation', 'Tutorials', 'Downloads', 'Forums', 'Videos']],
];
const legal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const post = (author: string, badge: string, when: string, body: readonly string[], id: number): string => `<div class="forums-post"
id="post-${id}" data-post-id="${id}"><div class="post-header"><a class="post-author" href="/forums/profile/${author.toLowerCase()}">${author}</a>
${badge}<span class="post-date">${when}</span></div><div class="post-text">${body.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="post-actions"><button class="icon icon-boost" type="button">${postActions[0]}</button><button class="icon icon-copy"
type="button">${postActions[1]}</button><button class="icon icon-share" type="button">${postActions[2]}</button></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>URLSession background download never calls didFinishDownloadingTo after app is terminated
| Apple Developer Forums</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta property="og:title" content="${title} | Apple Developer Forums"><meta property="og:type" content="website">
<link rel="canonical" href="https://developer.apple.com/forums/thread/781442"><link rel="stylesheet" href="/assets/core/styles/core.css">
<link rel="stylesheet" href="/forums/assets/styles/forums.css"><script src="/assets/core/scripts/ac-globalnav.built.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"author":{"@type":"Person","name":"kelpforest_dev"},"datePublished":"2025-04-22T08:30:00Z","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":2}}</script></head>
<body class="forums-thread"><nav id="globalnav" class="globalnav" role="navigation" aria-label="Global" data-analytics-region="global nav">
<div class="globalnav-content"><a class="globalnav-link-apple" href="https://developer.apple.com/"><span class="visuallyhidden">Apple Developer</span></a>
<ul class="globalnav-list">${links(nav, 'globalnav-item')}</ul></div></nav>
<nav id="localnav" class="localnav" role="navigation" aria-label="Forums">
<div class="localnav-wrapper"><a class="localnav-title" href="/forums/">${local[0]}</a>
<div class="localnav-menu"><a href="#localnav-menustate" class="localnav-menucta-anchor-open"><span class="visuallyhidden">${local[1]}</span></a>
<a href="#" class="localnav-menucta-anchor-close"><span class="visuallyhidden">${local[2]}</span></a>
<div class="localnav-search"><input type="text" aria-label="${local[3]}" placeholder="${local[3]}"><span class="visuallyhidden">${local[3]}</span></div>
<a class="localnav-button" href="/account/">${local[4]}</a></div></div></nav>
<main id="main" class="main" role="main"><section class="section section-thread"><div class="row"><div class="column large-9 small-12">
<nav class="thread-breadcrumb" aria-label="Breadcrumb"><a href="/forums/topics/app-and-system-services">App &amp; System Services</a> <span>›</span>
<a href="/forums/topics/app-and-system-services/networking">Networking</a></nav>
<h1 class="thread-title">${title}</h1>
<ul class="thread-tags">${links(tags, 'tag')}</ul>
${post('kelpforest_dev', '', 'Apr 22', op, 781442)}
<h2 class="replies-heading">Answered by <span>DTS Engineer</span> in <a href="#post-781519">781519022</a></h2>
${post('Halvard_DTS', '<span class="badge badge-apple">Apple</span> <span class="badge-title">DTS Engineer</span>', 'Apr 22', dts, 781519)}
${post('kelpforest_dev', '<span class="badge-title">OP</span>', 'Apr 23', follow, 781620)}
<p class="sign-in-prompt"><a href="/account/">Sign in</a> to reply to this thread.</p></div>
<aside class="column large-3 small-12 thread-sidebar"><ul class="thread-stats">${stats.map((s) => `<li>${s}</li>`).join('')}</ul>
<h3>Similar posts</h3><ul>${links(similar, 'similar-post')}</ul></aside></div></section></main>
<footer id="globalfooter" class="globalfooter" role="contentinfo"><nav class="footer-breadcrumbs"><a href="/">Developer</a> <a href="/forums/">Forums</a></nav>
<div class="footer-directory">${footCols.map(([h, l]) => `<div class="column"><h3>${h}</h3><ul>${links(l)}</ul></div>`).join('\n')}</div>
<div class="footer-legal"><p>Copyright © 2025 Apple Inc. All rights reserved.</p><ul>${links(legal)}</ul></div></footer></body></html>`;

export const appleForums: TestPage = {
  name: 'heldout182-apple-developer-forums-thread',
  kind: 'forum',
  html,
  // every post is body; author handles and post dates are bylines; the "Apple" badge, "DTS Engineer" and "OP" labels, the
  // "Answered by" line, post actions, stats, tags, breadcrumb and rails are furniture
  title,
  headings: [],
  body: texts([...op, ...dts, ...follow]),
  bylines: ['kelpforest_dev', 'Halvard_DTS', 'Apr 22', 'Apr 23'],
  // biome-ignore format: packed
  furniture: [
    'Apple Developer', ...nav, ...local, 'App & System Services', 'Networking', ...tags, 'Answered by DTS Engineer in 781519022', 'Apple', 'DTS Engineer', 'OP',
    ...postActions, 'to reply to this thread.', ...stats, 'Similar posts', ...similar, 'Developer', ...footCols.flatMap(([h, l]) => [h, ...l]),
    'Copyright © 2025 Apple Inc. All rights reserved.', ...legal,
  ],
};
