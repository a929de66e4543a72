import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 81, file e2: an Apple Developer Forums thread (2024 design) with an accepted answer (the developer global
 * nav, the forums local nav with search and "Create", the thread header with tags and the "Answered by ... in ..." box that
 * repeats the accepted reply under the question, the counts for replies, boosts, views and participants, posts with author
 * badges, dates, code blocks, "Boost", "Copy to clipboard" and "Share this post" buttons and hidden "Copied to clipboard"
 * toasts, the "Replies" heading, the sign-in prompt, the footer breadcrumbs, directory and legal links).
 */
const apTitle = 'SwiftData app crashes on launch after adding a non-optional property';
const ap1a = [
  'After adding a new property to one of my SwiftData models, the app crashes on launch for users updating from the previous version. ' +
    'Fresh installs work fine.',
  'The model is a simple class with about a dozen properties. I added a non-optional <code>Bool</code> called <code>isArchived</code> ' +
    'and set it in the initialiser. On launch, creating the <code>ModelContainer</code> fails and the app traps in my container setup ' +
    'with an error saying the store could not be migrated.',
];
const ap1Code = `@Model
final class Trip {
    var name: String
    var startDate: Date
    var isArchived: Bool

    init(name: String, startDate: Date, isArchived: Bool = false) {
        self.name = name
        self.startDate = startDate
        self.isArchived = isArchived
    }
}`;
const ap1b = [
  'I assumed lightweight migration would cover adding a property with a default. Do I need a <code>VersionedSchema</code> and a ' +
    'migration plan for something this small?',
];
const ap2a = [
  'A default value for an initialiser parameter is not the same as a default value in the schema. When the existing store is opened, ' +
    'SwiftData has to fill in the new attribute for every row that already exists, and it cannot call your initialiser to do that.',
  'You have two options:',
];
const ap2List = [
  'Give the property a default value in its declaration, for example <code>var isArchived: Bool = false</code>. Lightweight migration ' +
    'can then add the attribute and fill it in.',
  'Make the property optional and treat <code>nil</code> as <code>false</code> in your code.',
];
const ap2b = [
  'A <code>VersionedSchema</code> and a <code>SchemaMigrationPlan</code> are only needed when the change cannot be inferred, such as ' +
    'renaming a property without recording its original name, or splitting one model into two. For a new property with a declared ' +
    'default, lightweight migration is enough.',
];
const ap3 = [
  'That was it. Moving the default to the declaration fixed the crash for upgraded installs. Thanks for explaining why: I had read the ' +
    'initialiser default as enough.',
];
const ap4 = [
  'Worth adding for anyone who finds this later: if you already shipped a build with the broken model, test the upgrade path from that ' +
    'build too, not just from the last working one. We had users on both.',
  'It also helps to keep a copy of an old store file in your test target so the migration runs in CI, rather than relying on someone ' +
    'remembering to install the old build first.',
];
const apPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const apAnswer = `${apPs(ap2a)}\n<ul>\n${ap2List.map((t) => `<li><p>${t}</p></li>`).join('\n')}\n</ul>\n${apPs(ap2b)}`;
interface ApPost {
  id: string;
  user: string;
  badges: string[];
  date: string;
  iso: string;
  boosts: string;
  html: string;
}
const apPosts: ApPost[] = [
  { id: '771234022', user: 'Mira Castellanos', badges: ['DTS Engineer'], date: 'Jan ’25', iso: '2025-01-14T17:32:00Z', boosts: '3', html: apAnswer },
  { id: '771234037', user: 'kestrel_dev', badges: ['OP'], date: 'Jan ’25', iso: '2025-01-15T08:02:00Z', boosts: '0', html: apPs(ap3) },
  { id: '771234101', user: 'pbernal', badges: [], date: 'Feb ’25', iso: '2025-02-03T11:47:00Z', boosts: '1', html: apPs(ap4) },
];
const apFooter = (id: string, boosts: string): string => `<div class="post-footer"><ul class="post-actions">
<li><button class="button button-reduced button-neutral boost-button" data-post-id="${id}"><span class="icon icon-boost" aria-hidden="true"></span>
<span class="label">Boost</span><span class="boost-count">${boosts}</span></button></li>
<li><button class="button button-reduced button-neutral copy-button" data-copy-url="https://developer.apple.com/forums/thread/771234?answerId=${id}022#${id}">
<span class="label">Copy to clipboard</span></button><div class="toast" role="status" hidden>Copied to clipboard</div></li>
<li><button class="button button-reduced button-neutral share-button"><span class="label">Share this post</span></button></li></ul></div>`;
const apPost = (p: ApPost): string => `<article class="post reply${p.badges.includes('DTS Engineer') ? ' accepted' : ''}" id="${p.id}" data-post-id="${p.id}">
<div class="post-header"><div class="post-author"><a class="user-profile-link" href="/forums/profile/${p.user.replace(' ', '')}">${p.user}</a>
${p.badges.map((b) => `<span class="badge badge-${b === 'OP' ? 'op' : 'apple'}">${b}</span>`).join('\n')}</div>
<time class="post-date" datetime="${p.iso}">${p.date}</time></div>
<div class="post-content rendered-markdown">
${p.html}
</div>
${apFooter(p.id, p.boosts)}</article>`;
const apGlobal = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const apLocal = ['Your threads', 'Watching', 'Create'];
const apTags = ['SwiftData', 'Core Data', 'iOS'];
const apDir = [
  ['Platforms', ['iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS']],
  ['Tools', ['Swift', 'SwiftUI', 'Swift Playground', 'TestFlight', 'Xcode', 'Xcode Cloud']],
  ['Resources', ['Documentation', 'Tutorials', 'Downloads', 'Forums', 'Videos']],
  ['Support', ['Support Articles', 'Contact Us', 'Bug Reporting', 'System Status']],
] as const;
const apLegal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const apHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="After adding a new property to one of my SwiftData models, the app crashes on launch for users updating from the previous
version.">
<meta property="og:title" content="${apTitle} | Apple Developer Forums"><meta property="og:type" content="website">
<meta property="og:url" content="https://developer.apple.com/forums/thread/771234"><meta property="og:site_name" content="Apple Developer">
<link rel="canonical" href="https://developer.apple.com/forums/thread/771234">
<title>${apTitle} | Apple Developer Forums</title>
<link rel="stylesheet" href="/assets/core/styles/core.css?v=1a2b3c">
<link rel="stylesheet" href="/forums/assets/styles/forums.css?v=7f8e9d">
<script src="/assets/core/scripts/core.js?v=1a2b3c" defer></script>
</head>
<body class="forums thread-page">
<input type="checkbox" id="globalnav-menustate" class="globalnav-menustate">
<nav id="globalnav" class="globalnav no-js" aria-label="Global" data-analytics-region="global nav"><div class="globalnav-content">
<ul class="globalnav-list"><li class="globalnav-item globalnav-item-apple"><a class="globalnav-link globalnav-link-apple" href="/"><span
class="globalnav-image-regular">
Apple Developer</span></a></li>
${apGlobal.map((t) => `<li class="globalnav-item"><a class="globalnav-link" href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></div></nav>
<nav id="localnav" class="localnav localnav-scroll" aria-label="Local"><div class="localnav-wrapper"><div class="localnav-background"></div>
<div class="localnav-content"><div class="localnav-title"><a href="/forums/">Developer Forums</a></div>
<div class="localnav-menu"><div class="localnav-menu-tray"><ul class="localnav-items">${links(apLocal, 'localnav-item')}</ul></div></div>
<form class="localnav-search" role="search" action="/forums/search"><input type="search" name="q" placeholder="Search by keywords or tags"
aria-label="Search"></form>
</div></div></nav>
<main id="main" class="main forums-main" role="main">
<section class="section section-thread"><div class="row"><div class="column large-9 medium-12">
<div class="thread-header"><h1 class="thread-title typography-headline">${apTitle}</h1>
<ul class="tags-list">${apTags.map((t) => `<li><a class="tag" href="/forums/tags/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`).join('\n')}</ul>
<ul class="thread-stats"><li><span class="stat-label">Replies</span> <span class="stat-value">3</span></li><li><span class="stat-label">Boosts</span>
<span class="stat-value">4</span></li><li><span class="stat-label">Views</span> <span class="stat-value">1.3k</span></li><li><span
class="stat-label">Participants</span>
<span class="stat-value">3</span></li></ul></div>
<article class="post question" id="771234011" data-post-id="771234011">
<div class="post-header"><div class="post-author"><a class="user-profile-link" href="/forums/profile/kestrel_dev">kestrel_dev</a></div>
<time class="post-date" datetime="2025-01-14T09:11:00Z">Jan ’25</time></div>
<div class="post-content rendered-markdown">
${apPs(ap1a)}
<div class="code-listing"><pre><code class="language-swift">${ap1Code}</code></pre></div>
${apPs(ap1b)}
</div>
${apFooter('771234011', '4')}</article>
<section class="accepted-answer"><div class="accepted-answer-header"><span class="label label-accepted">Accepted Answer</span>
<p class="answered-by">Answered by <a href="/forums/profile/MiraCastellanos">Mira Castellanos</a> in <a href="#771234022">771234022</a></p></div>
<div class="accepted-answer-content rendered-markdown">
${apAnswer}
</div></section>
<section class="replies"><h2 class="replies-title typography-eyebrow-super">Replies</h2>
${apPosts.map(apPost).join('\n')}
</section>
<div class="thread-signin"><p>Sign in to reply to this thread.</p><a class="button" href="/account/?returnTo=/forums/thread/771234">Sign In</a></div>
</div></div></section>
</main>
<footer id="footer" class="footer" role="contentinfo"><div class="footer-content"><nav class="footer-breadcrumbs" aria-label="Breadcrumbs">
<a href="/" class="home footer-breadcrumbs-home"><span class="footer-breadcrumbs-home-label">Developer</span></a>
<ol class="footer-breadcrumbs-list"><li class="footer-breadcrumbs-item"><a href="/forums/">Forums</a></li></ol></nav>
<nav class="footer-directory" aria-label="Apple Developer">
${apDir
  .map(
    ([h, items]) => `<div class="footer-directory-column"><h3 class="footer-directory-column-section-title">${h}</h3>
<ul class="footer-directory-column-section-list">${links(items, 'footer-directory-column-section-item')}</ul></div>`,
  )
  .join('\n')}
</nav>
<section class="footer-legal"><p class="footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</p>
<ul class="footer-legal-links">${links(apLegal, 'footer-legal-link')}</ul></section></div></footer>
</body>
</html>`;
export const appleThread: TestPage = {
  html: apHtml,
  name: 'heldout81-apple-developer-forums-thread',
  kind: 'forum',
  // the question and the three replies are body, list items too; the Swift listing is in neither list; the "Accepted Answer" box
  // under the question is a copy of the DTS reply: its text is counted once in the body, where the reply stands in the thread,
  // and its label and "Answered by ... in 771234022" line are furniture; author names and dates are bylines; the DTS and OP
  // badges, tags, stats, post buttons, hidden toasts, "Replies", the sign-in prompt, navs and footer are furniture
  title: apTitle,
  headings: [],
  body: texts([...ap1a, ...ap1b, ...ap2a, ...ap2List, ...ap2b, ...ap3, ...ap4]),
  bylines: ['kestrel_dev', 'Mira Castellanos', 'pbernal', 'Jan ’25', 'Feb ’25'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apple Developer', ...apGlobal, 'Developer Forums', ...apLocal, ...apTags, 'Replies', 'Boosts', '1.3k', 'Participants', 'Views', 'Accepted Answer',
    'Answered by Mira Castellanos in 771234022', 'DTS Engineer', 'OP', 'Boost', 'Copy to clipboard', 'Copied to clipboard', 'Share this post',
    'Sign in to reply to this thread.', 'Sign In', 'Developer', ...apDir.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'Support' && t !== 'iOS'),
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apLegal,
  ],
};
