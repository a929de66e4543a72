import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 69, file f2: an Apple Support Community thread on discussions.apple.com (Apple's global nav, the community
 * header with search, "Ask a question" and "Sign in", breadcrumbs, the question with the author card (level, points),
 * "[Re-Titled by Moderator]", "Posted on", "Me too", the "Question marked as Top-ranking reply" note, the "Best reply" box
 * that repeats the answer with "View in context", "Similar questions" with excerpts, the reply list with "Helpful" counts,
 * "Reply" and "more options" buttons, hidden loading notices, the welcome box, the community footer and Apple's footer).
 */
interface ApPost {
  id: string;
  user: string;
  level: string;
  points: string;
  date: string;
  helpful?: string;
  paras: string[];
}
const apTitle = 'Time Machine backups to a network drive stuck on “Preparing backup” after updating to macOS Tahoe 26.1';
const apQ = [
  'Since updating my MacBook Air to macOS Tahoe 26.1, Time Machine backups to my network drive never finish. The menu bar shows ' +
    '“Preparing backup…” for hours and then the backup fails with “The backup disk image could not be accessed.”',
  'The drive is a shared folder on a NAS that has worked fine as a Time Machine destination for three years. I can still open the ' +
    'share in Finder and copy files to it, and backups to a USB drive work normally.',
  'Has anyone else seen this since 26.1? Do I have to start a new backup from scratch?',
];
const apBest = [
  'Tahoe 26.1 tightened the SMB signing rules for network backups, and some NAS models only offer an older SMB version on their ' +
    'Time Machine shares. The Mac can browse the share but can’t attach the backup disk image, which is exactly what you’re seeing.',
  'Check the NAS for a firmware update first; most vendors have released one that fixes this. If there isn’t one yet, set the ' +
    'Time Machine share on the NAS to SMB 3 and turn on its Time Machine support setting, then remove the destination in System ' +
    'Settings › General › Time Machine and add it again. Your existing backups are kept.',
];
const apR2 = [
  'A firmware update for the NAS was waiting, I just hadn’t noticed it. Installed it, removed and re-added the destination, and ' +
    'the first backup finished overnight with all the old snapshots still there. Thank you!',
];
const apR3 = [
  'Same issue here on a different NAS brand. No firmware update yet, but switching the share to SMB 3 on its own was enough to ' + 'get backups going again.',
];
const apPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const apQPost: ApPost = { id: '256102133', user: 'Priya_Venk', level: 'Level 1', points: '12 points', date: 'Nov 8, 2025 9:41 PM', paras: apQ };
const apReplies: ApPost[] = [
  { id: '256102890', user: 'Bramwell_Ash', level: 'Level 10', points: '142,880 points', date: 'Nov 9, 2025 6:02 AM', helpful: 'Helpful (14)', paras: apBest },
  { id: '256103412', user: 'Priya_Venk', level: 'Level 1', points: '12 points', date: 'Nov 9, 2025 7:35 PM', paras: apR2 },
  { id: '256104077', user: 'Corbin_T', level: 'Level 2', points: '184 points', date: 'Nov 11, 2025 12:18 PM', helpful: 'Helpful (3)', paras: apR3 },
];
const apAuthor = (
  p: ApPost,
): string => `<div class="author-info"><a class="author-user-profile" href="/profile/${p.user}" aria-label="User profile for user: ${p.user}">
<img class="author-avatar" src="https://discussions.apple.example/avatars/${p.user}.png" alt="User profile for user: ${p.user}"></a><div class="author-details">
<a class="author-name" href="/profile/${p.user}">${p.user}</a><div class="author-rank"><span class="author-level">${p.level}</span>
<span class="author-points">${p.points}</span></div></div></div>`;
const apReply = (p: ApPost): string => `<article class="reply-wrapper" id="${p.id}" data-post-id="${p.id}"><div class="reply-header">${apAuthor(p)}
<div class="post-date"><a href="/thread/256102133?answerId=${p.id}#${p.id}"><time datetime="2025-11-09T06:02:00Z">${p.date}</time></a></div></div>
<div class="reply-body"><div class="post-content">${apPs(p.paras)}</div></div><div class="reply-footer"><div class="post-actions">
<button type="button" class="button button-secondary reply-button" aria-label="Reply">Reply</button>
${p.helpful ? `<button type="button" class="button button-secondary helpful-button" disabled>${p.helpful}</button>` : ''}
<button type="button" class="button-icon more-options" aria-label="Thread reply - more options">
<span class="visuallyhidden">Thread reply - more options</span></button></div></div></article>`;
const apGlobal = ['Apple', 'Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const apCrumbs = ['Apple Support Community', 'Mac OS & System Software', 'macOS Tahoe'];
const apSimilar = [
  ['Time Machine stuck on “Preparing backup” to a NAS', 'After the update my backups never start. The NAS is reachable and other Macs back up…'],
  ['Time Machine fails after macOS update: disk image could not be accessed', 'Getting this error on every backup since updating. Tried deleting…'],
  ['Network backup much slower since macOS 26', 'Backups to my shared drive went from minutes to hours. Is there a setting…'],
];
const apWelcome = [
  'Welcome to Apple Support Community',
  'A place where Apple customers help each other with their products. Sign in with your Apple Account to ask or answer a question.',
];
const apDisclaimer =
  'This site contains content posted by users and is for information only. Apple may suggest replies as possible solutions but cannot guarantee that ' +
  'any proposed solution will work, and is not responsible for the conduct of third parties on this site. All posts are subject to the Apple Support ' +
  'Community Terms of Use.';
const apFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map'];
const apHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${apTitle} - Apple Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://discussions.apple.com/thread/256102133">
<link rel="stylesheet" href="https://www.apple.example/ac/globalnav/8/en_US/styles/ac-globalnav.built.css">
<link rel="stylesheet" href="https://discussions.apple.example/static/css/thread-5c1d.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${apTitle}","answerCount":3,
"upvoteCount":57,
"author":{"@type":"Person","name":"Priya_Venk"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Bramwell_Ash"},
"upvoteCount":14}}}</script></head>
<body class="page-thread"><aside id="ac-gn-segmentbar" class="ac-gn-segmentbar" lang="en-US" dir="ltr"></aside>
<nav id="globalnav" class="globalnav" role="navigation" aria-label="Global" data-analytics-region="global nav" lang="en-US" dir="ltr">
<div class="globalnav-content"><ul class="globalnav-list">
${apGlobal
  .map(
    (t) => `<li class="globalnav-item"><a class="globalnav-link" href="https://www.apple.example/${t.length}/" data-analytics-title="${t}">
<span class="globalnav-link-text-container"><span class="globalnav-link-text">${t.replace('&', '&amp;')}</span></span></a></li>`,
  )
  .join('\n')}
<li class="globalnav-item globalnav-search"><a class="globalnav-link globalnav-link-search" href="/search" aria-label="Search apple.com"></a></li>
<li class="globalnav-item globalnav-bag"><a class="globalnav-link globalnav-link-bag" href="/bag" aria-label="Shopping Bag"></a></li>
</ul></div></nav><div id="globalnav-curtain" class="globalnav-curtain"></div>
<div id="app" class="community-app"><header class="community-header" role="banner"><div class="community-header-content">
<a class="community-header-title" href="/">Apple Support Community</a>
<form class="community-search" role="search"><input type="search" placeholder="Search the Community" aria-label="Search the Community"></form>
<nav class="community-header-nav" aria-label="Community"><ul><li><a href="/browse">Browse</a></li><li>
<a href="/ask" class="button button-primary">Ask a question</a></li><li><a href="/signin" class="community-signin">Sign in</a></li></ul></nav></div></header>
<main id="main" class="thread-page" role="main"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(apCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="sr-only" aria-live="polite"><span class="loading-text">Loading page content</span><span class="loaded-text" hidden>Page content loaded</span></div>
<section class="question-wrapper" aria-labelledby="thread-title"><div class="question-header"><div class="post-status">
<span class="status-badge status-solved">Question marked as Top-ranking reply</span></div>
${apAuthor(apQPost)}<h1 class="thread-title" id="thread-title">${apTitle}</h1></div>
<div class="question-body"><div class="post-content">${apPs(apQ)}
<p class="moderator-note"><em>[Re-Titled by Moderator]</em></p></div></div>
<div class="question-footer"><div class="post-date"><span>Posted on ${apQPost.date}</span></div><div class="post-actions">
<button type="button" class="button button-secondary reply-button">Reply</button>
<button type="button" class="button button-secondary me-too-button" aria-label="Me too (57)">Me too (57)</button>
<button type="button" class="button-icon more-options" aria-label="Question - more options"><span class="visuallyhidden">Question - more options</span>
</button></div></div></section>
<section class="best-reply-wrapper" aria-labelledby="best-reply-heading"><h2 class="section-title" id="best-reply-heading">Best reply</h2>
<div class="best-reply">
${apAuthor(apReplies[0]!)}<div class="post-date"><span>Posted on ${apReplies[0]!.date}</span></div><div class="post-content">${apPs(apBest)}</div>
<a class="view-in-context" href="#${apReplies[0]!.id}">View in context</a></div></section>
<section class="similar-questions" aria-labelledby="similar-heading"><h2 class="section-title" id="similar-heading">Similar questions</h2>
<ul class="similar-list">
${apSimilar
  .map(
    ([t, x]) => `<li class="similar-item"><a href="/thread/${t!.length}" class="similar-title">${t}</a><p class="similar-excerpt">${x}</p>
</li>`,
  )
  .join('\n')}</ul></section>
<section class="replies-wrapper" aria-labelledby="replies-heading">
<h2 class="section-title" id="replies-heading">3 replies</h2>${apReplies.map(apReply).join('\n')}
<div class="pagination-info">Page 1 of 1</div><div class="reply-cta"><p>There’s more to the conversation</p>
<a href="/signin" class="button button-primary">Sign in to reply</a></div></section>
<aside class="welcome-box"><h2>${apWelcome[0]}</h2><p>${apWelcome[1]}</p><a class="button button-primary" href="/signin">Sign in</a></aside></main>
<footer class="community-footer"><p class="community-disclaimer">${apDisclaimer}</p>
<ul class="community-footer-links">${links(['Community Guidelines', 'Community Terms of Use', 'Contact Apple Support'])}</ul></footer></div>
<footer id="ac-globalfooter" class="no-js" lang="en-US" dir="ltr" role="contentinfo" aria-labelledby="ac-gf-label"><div class="ac-gf-content">
<h2 class="ac-gf-label" id="ac-gf-label">Apple Footer</h2>
<nav class="ac-gf-breadcrumbs" aria-label="Breadcrumbs"><a href="https://www.apple.example/" class="home ac-gf-breadcrumbs-home">
<span class="ac-gf-breadcrumbs-home-label">Apple</span></a>
<ol class="ac-gf-breadcrumbs-list"><li class="ac-gf-breadcrumbs-item"><a href="https://support.apple.example/">Support</a></li>
<li class="ac-gf-breadcrumbs-item">Apple Community</li></ol></nav>
<section class="ac-gf-footer"><div class="ac-gf-footer-legal"><div class="ac-gf-footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div>
<div class="ac-gf-footer-legal-links">${apFoot
  .map(
    (t) => `<a class="ac-gf-footer-legal-link"
href="https://www.apple.example/legal/${t.length}/">${t}</a>`,
  )
  .join('')}</div>
<a class="ac-gf-footer-locale-link" href="https://www.apple.example/choose-country-region/" title="Choose your country or region">United States</a></div>
</section></div></footer>
<script src="https://discussions.apple.example/static/js/thread-5c1d.js" defer></script></body></html>`;
export const appleCommunityThread: TestPage = {
  html: apHtml,
  name: 'heldout69-apple-support-community-thread',
  kind: 'forum',
  // the question and the three replies are body; the "Best reply" box repeats Bramwell's reply word for word (the same body
  // strings, drawn twice); user names and the "Posted on" / reply dates are bylines ("Posted on" in neither); levels,
  // points, "[Re-Titled by Moderator]", "Question marked as Top-ranking reply", "Me too (57)", "Helpful (n)", "Reply" and
  // "more options" buttons, "Best reply", "View in context", "Similar questions" with their excerpts, "3 replies", paging,
  // the sign-in prompts, hidden loading notices, the welcome box, both footers, breadcrumbs and the global nav are
  // furniture; the nav's "Mac" and "Support", "Browse" (words of the best reply) and the crumb "macOS Tahoe" (the title's) are
  // left out
  title: apTitle,
  headings: [],
  body: [...texts(apQ), ...texts(apBest), ...apR2, ...apR3],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['Priya_Venk', 'Bramwell_Ash', 'Corbin_T', 'Nov 8, 2025 9:41 PM', 'Nov 9, 2025 6:02 AM', 'Nov 9, 2025 7:35 PM', 'Nov 11, 2025 12:18 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...apGlobal.filter((t) => t !== 'Mac' && t !== 'Support'), 'Apple Support Community', 'Ask a question', 'Sign in', 'Mac OS & System Software',
    'Loading page content', 'Page content loaded',
    'Question marked as Top-ranking reply', 'Level 1', '12 points', 'Level 10', '142,880 points', 'Level 2', '184 points', '[Re-Titled by Moderator]',
    'Reply', 'Me too (57)', 'Question - more options', 'Best reply', 'View in context', 'Similar questions', ...apSimilar.flat(), '3 replies',
    'Helpful (14)', 'Helpful (3)', 'Thread reply - more options', 'Page 1 of 1', 'There’s more to the conversation', 'Sign in to reply', ...apWelcome,
    apDisclaimer, 'Community Guidelines', 'Community Terms of Use', 'Contact Apple Support', 'Apple Footer', 'Apple Community',
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apFoot, 'United States',
  ],
};
