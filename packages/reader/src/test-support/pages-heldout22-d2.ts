import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 22, file d2: a question on the Apple Support Community, signed out (Apple global nav, the community bar
 * with Browse / Search / Sign in, the welcome banner, breadcrumbs, the question with the asker's level and points, "I have
 * this question too" with its count, the "Recommended answer" box that repeats the recommended reply with "View in context",
 * "Similar questions", the reply list with author levels, "Recommended answer" and "Helpful" marks, the "no one has replied
 * in a while" note, QAPage JSON-LD, the legal note and the Apple footer).
 */
const apTitle = 'Mac mini M2 wakes from sleep every two hours by itself';
const apQ = [
  'Since updating to macOS Sequoia 15.2 my Mac mini wakes up roughly every two hours during the night. The display stays off, ' +
    'but I can hear the external drive spin up and the power light is on when I check.',
  'pmset -g log shows entries like "Wake from Deep Idle due to EC.DarkWake/Maintenance" at 01:12, 03:14, 05:16 and so on. I have ' +
    'already turned off "Wake for network access" in the Energy settings. How can I stop it?',
];
const apA1 = [
  'Those maintenance wakes are background tasks, and with "Wake for network access" turned off the most common remaining trigger ' +
    'is a Time Machine backup to a network disk.',
  'Open System Settings &gt; General &gt; Time Machine and check whether a backup is scheduled to a NAS or another Mac. If it is, ' +
    'either move the backups to a time when you are using the Mac or accept the wakes; they are short and use very little power.',
  'If there is no network backup, run pmset -g assertions in Terminal right after one of the wakes. The process that holds the ' +
    'PreventUserIdleSystemSleep assertion is the one that woke the Mac.',
];
const apA2 = [
  'Thank you, it was the Time Machine backup to my Synology. I moved the backup window to the evening and the Mac has slept ' +
    'through the last two nights without waking once.',
];
const apA3 = [
  'Worth adding for others who find this thread: external USB drives that stay connected can also cause these wakes when ' +
    "Spotlight decides to index them. Adding the drive to Spotlight's privacy list in System Settings stopped it on my iMac.",
  'If you still need the drive indexed, you can leave it in the list during the week and take it out again on a weekend ' +
    'afternoon, so that the index catches up while you are at the desk.',
];
const apGlobal = ['Apple', 'Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const apSimilar = [
  'Mac mini wakes up from sleep at night for no reason',
  'DarkWake every hour on Sequoia, how to find the cause?',
  'External drive spins up while the Mac is asleep',
];
const apFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map', 'Community Guidelines'];
const apLegal =
  'This site contains content, comments and opinions submitted by users and is provided for information only. Apple may ' +
  'suggest responses as a possible solution, but cannot guarantee that any solution offered in the community will work.';
const apAuthor = (name: string, level: string, points: string, author = false): string => `<div class="author-info"><a class="author-avatar"
 href="/profile/${name}"><img src="/content/avatars/${name}.png" alt=""><span class="visuallyhidden">User profile for user: ${name}</span></a>
<a class="author-name" href="/profile/${name}">${name}</a>${author ? '<span class="author-badge">Author</span>' : ''}
<div class="author-level"><span class="level-badge">${level}</span>${points === '' ? '' : `<span class="author-points">${points}</span>`}</div></div>`;
const apP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const apReply = (id: string, head: string, date: string, ps: readonly string[], badge = '', helpful = ''): string => `<li class="reply-item"
 id="${id}"><article class="reply">${badge}<div class="post-header">${head}<div class="post-date"><span>Posted on </span><time
 datetime="${date}">${date}</time></div></div><div class="post-content">${apP(ps)}</div><div class="post-actions">
<button class="button button-secondary reply-button">Reply</button>${helpful}</div></article></li>`;
const apLowell = apAuthor('Lowell_K', 'Level 10', '142,918 points');
const apHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${apTitle} - Apple Community</title>
<meta name="description" content="Since updating to macOS Sequoia 15.2 my Mac mini wakes up roughly every two hours during the night.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${apTitle}",
"answerCount":3,"dateCreated":"2025-01-18T21:41:00Z","author":{"@type":"Person","name":"quietfen"},
"acceptedAnswer":{"@type":"Answer","text":"Those maintenance wakes are background tasks, and with Wake for network access turned off...",
"upvoteCount":7}}}</script>
<link rel="stylesheet" href="/assets/community.built.css"></head><body class="page-thread" data-locale="en_US">
<aside id="ac-gn-segmentbar" class="ac-gn-segmentbar" lang="en-US" dir="ltr"></aside>
<nav id="globalnav" class="globalnav" role="navigation" aria-label="Global" data-analytics-region="global nav" lang="en-US">
<div class="globalnav-content"><ul class="globalnav-list">${links(apGlobal, 'globalnav-item')}</ul>
<div class="globalnav-item globalnav-search"><span class="globalnav-link-text">Search apple.com</span></div>
<div class="globalnav-item globalnav-bag"><span class="globalnav-link-text">Shopping Bag</span></div></div></nav>
<div id="globalheader-placeholder" aria-hidden="true"></div><div id="community-header" class="community-header" role="banner">
<a class="community-title" href="/">Apple Support Community</a>
<ul class="community-nav"><li><a href="/community">Browse</a></li>
<li><a href="/search">Search the Community</a></li><li><a href="/login" class="sign-in">Sign in</a></li></ul></div>
<div class="welcome-banner" role="region" aria-label="Welcome"><h2>Welcome to Apple Support Community</h2>
<p>A forum where Apple customers help each other with their products. Get started with your Apple Account.</p></div>
<div class="live-region visuallyhidden" aria-live="polite"><span>Loading page content</span><span>Page content loaded</span></div>
<main id="main" class="main thread-page"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Apple Support Community</a></li>
<li><a href="/community/mac">Mac</a></li><li><a href="/community/mac/mac_mini">Mac mini</a></li></ol></nav>
<section class="question-section"><div class="question" id="question-255873012"><h1 class="question-title">${apTitle}</h1>
${apAuthor('quietfen', 'Level 1', '24 points')}<div class="post-content">${apP(apQ)}</div>
<div class="post-footer"><span class="device-info">Mac mini, macOS 15</span><div class="post-date"><span>Posted on </span>
<time datetime="2025-01-18T21:41">Jan 18, 2025 9:41 PM</time></div><div class="post-actions"><button class="button reply-button">Reply</button>
<button class="button me-too-button" aria-pressed="false">I have this question too <span class="me-too-count">(14)</span></button></div></div></div>
<div class="no-recent-replies"><p>Looks like no one's replied in a while. To start the conversation again, simply ask a new question.</p></div>
<div class="recommended-answer-container" role="region" aria-labelledby="recommended-answer-heading"><h2 id="recommended-answer-heading"
 class="recommended-answer-heading">Recommended answer</h2><div class="recommended-answer">${apLowell}<div class="post-date"><span>Posted on </span>
<time datetime="2025-01-19T06:02">Jan 19, 2025 6:02 AM</time></div><div class="post-content">${apP(apA1)}</div>
<a class="view-in-context" href="#reply-1">View in context</a></div></div></section>
<section class="similar-questions"><h2>Similar questions</h2><ul>${links(apSimilar)}</ul></section>
<section class="replies" aria-labelledby="replies-heading"><div class="replies-header"><h2 id="replies-heading">3 replies</h2>
<label for="sort">Sort By: </label><select id="sort"><option>Best</option><option>Newest</option><option>Oldest</option></select></div>
<ol class="reply-list">
${apReply(
  'reply-1',
  apLowell,
  'Jan 19, 2025 6:02 AM',
  apA1,
  '<div class="recommended-badge"><span>Recommended answer</span></div>',
  '<span class="helpful-count">7 people found this helpful</span>',
)}
${apReply('reply-2', apAuthor('quietfen', 'Level 1', '', true), 'Jan 19, 2025 11:47 AM', apA2)}
${apReply('reply-3', apAuthor('Sandra_W', 'Level 6', '9,874 points'), 'Jan 20, 2025 8:15 AM', apA3, '', '<span class="helpful-count">Helpful (2)</span>')}
</ol></section>
<section class="ask-question-cta"><h2>Ask a question</h2><p>Looking for answers? Start a discussion with the community.</p>
<a class="button" href="/question/new">Ask a question</a></section></main>
<footer id="ac-globalfooter" class="no-js" lang="en-US" data-analytics-region="global footer" role="contentinfo"><div class="ac-gf-content">
<h2 class="ac-gf-label">Apple Footer</h2><p class="community-legal">${apLegal}</p><div class="ac-gf-footer"><ul class="ac-gf-footer-legal-links">
${links(apFoot)}</ul><div class="ac-gf-footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div>
<div class="ac-gf-footer-locale"><a href="/choose-country-region">United States</a></div></div></div></footer></body></html>`;
export const appleCommunity: TestPage = {
  html: apHtml,
  name: 'heldout22-apple-support-community-question',
  kind: 'forum',
  // the question and the three replies are the thread: body; the "Recommended answer" box near the top repeats the first
  // reply word for word (body once: an extractor that keeps both copies pays for the second); the asker's and repliers'
  // names and the "Posted on" dates are bylines ("quietfen", "Lowell_K" and his date once each; "Posted on" in neither); levels,
  // points, "Author", the hidden "User profile for user" texts, "Recommended answer", helpful counts, "I have this question
  // too", Reply buttons, device info, the stale-thread note, "View in context", similar questions, sort,
  // the welcome banner, the ask-a-question box, the aria-live texts, breadcrumbs, community bar, global nav and footer are
  // furniture; the global nav's "Mac" is a word of the title ("Mac mini") and the breadcrumb "Mac mini" is part of the title:
  // both left out
  title: apTitle,
  headings: [],
  body: [...texts(apQ), ...texts(apA1), ...texts(apA2), ...texts(apA3)],
  bylines: ['quietfen', 'Jan 18, 2025 9:41 PM', 'Lowell_K', 'Jan 19, 2025 6:02 AM', 'Jan 19, 2025 11:47 AM', 'Sandra_W', 'Jan 20, 2025 8:15 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...apGlobal.filter((t) => t !== 'Mac'), 'Search apple.com', 'Shopping Bag', 'Apple Support Community', 'Browse', 'Search the Community', 'Sign in',
    'Welcome to Apple Support Community', 'A forum where Apple customers help each other with their products. Get started with your Apple Account.',
    'Loading page content', 'Page content loaded', 'User profile for user: quietfen', 'Level 1', '24 points', 'Mac mini, macOS 15', 'Reply',
    'I have this question too', '(14)', "Looks like no one's replied in a while. To start the conversation again, simply ask a new question.",
    'Recommended answer', 'User profile for user: Lowell_K', 'Level 10', '142,918 points', 'View in context', 'Similar questions', ...apSimilar, '3 replies',
    'Sort By:', 'Best', 'Newest', 'Oldest', '7 people found this helpful', 'Author', 'User profile for user: Sandra_W', 'Level 6', '9,874 points',
    'Helpful (2)', 'Ask a question',
    'Looking for answers? Start a discussion with the community.', 'Apple Footer', apLegal, ...apFoot, 'Copyright © 2025 Apple Inc. All rights reserved.',
    'United States',
  ],
};
