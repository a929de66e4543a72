import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 35, file f2: a Spiceworks Community topic, which runs on Discourse (the Spiceworks brand bar over the
 * Discourse header with Sign Up / Log In, the anonymous sidebar with its categories, the topic title with category badge and
 * tags, posts as articles with avatar, username, pepper-rank user title and relative date, cooked post bodies with a list and
 * inline code, the topic map with likes / views / users, the "Solved by ... in post #3" box quoting the answer, reaction
 * counters, copy-link and reply buttons, the "Solution" mark, the footer buttons, "Related topics", the noscript footer, the
 * OneTrust banner and the QAPage JSON-LD).
 */
const swTitle = 'Print spooler stops every morning around 7:40 on Server 2022 print server';
const swOp = [
  'We have a Server 2022 VM acting as print server for about 140 users across two sites, 38 queues, mostly Ricoh and a handful of ' +
    'HP. Since the January cumulative update, the Print Spooler service stops almost every weekday morning between 7:35 and 7:45. ' +
    'It restarts on its own thanks to the recovery settings, but anyone printing at that moment gets an error and the help desk phone ' +
    'lights up.',
  'Event Viewer shows event 7031 (the Print Spooler service terminated unexpectedly) and, just before it, an application error for ' +
    '<code>spoolsv.exe</code> with the faulting module being a Ricoh driver DLL.',
  'Things I’ve checked so far:',
];
const swOpList = [
  'Set all the Ricoh drivers to isolated mode so they run in their own process. The crash still happens.',
  'Rolled one queue back to the previous driver version. No change.',
  'Cleared the spool folder and the printers’ job histories.',
];
const swOp2 = ['Anyone else seeing this after the January update, or have ideas on what happens at 7:40?'];
const swR1 = [
  '7:40 every weekday sounds like something scheduled, not something random. What logs on at that time? We had a spooler crash ' +
    'that turned out to be a login script mapping printers for a whole department at once, and one bad queue name made the driver choke.',
];
const swR2 = [
  'Agree with Rod. Also check whether those Ricoh queues use the universal driver with bidirectional support turned on. The bidi ' +
    'status polling runs when a client first connects, and with a few dozen clients connecting together it can overwhelm an older ' +
    'driver.',
  'Unticking “Enable bidirectional support” on the port fixed a similar crash for us. You lose the toner levels in the queue ' +
    'window, but nobody here ever looked at those anyway.',
];
const swR3 = [
  'You were both right. Our accounting team’s login script maps all 38 queues, not just the ones they need, and they start at 7:30.',
  'I turned off bidirectional support on the Ricoh ports yesterday afternoon and there was no crash this morning, for the first time ' +
    'in two weeks. Fixing the login script next so it only maps the printers people actually use.',
];
const swR4 = ['Nice. I would keep an eye on it for a week before calling it fixed, but that timing lines up too well to be a coincidence.'];
const swSolved = 'Unticking “Enable bidirectional support” on the port fixed a similar crash for us.';
type SwPost = { n: number; user: string; rank: string; date: string; full: string; cooked: string; spice: number; solution?: boolean; op?: boolean };
const swSolutionButton =
  '<button class="btn btn-icon-text post-action-menu__solved-accepted accepted fade-out" title="This reply was accepted as the solution">' +
  '<span class="d-button-label">Solution</span></button>';
const swPost = (p: SwPost): string => `
<div class="topic-post clearfix${p.op ? ' topic-owner' : ''} regular" data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by \
@${p.user}"
 role="region" data-post-id="${4418200 + p.n * 7}" data-topic-id="1142873" data-user-id="${p.user.length * 1013}" class="boxed onscreen-post"><span \
tabindex="-1"></span>
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" \
tabindex="-1"
 data-user-card="${p.user}"><img alt="" width="48" height="48" src="/user_avatar/community.spiceworks.com/${p.user.toLowerCase()}/96/88213_2.png" \
class="avatar"></a>
</div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="user-title">${p.rank}</span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/print-spooler-stops-every-morning/1142873/${p.n}"><span title="${p.full}"
 data-time="17682${p.n}0000" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">${p.cooked}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="discourse-reactions-actions" \
data-post-id="${4418200 + p.n * 7}">
<div class="discourse-reactions-counter"><div class="reactions-counter"><ul class="discourse-reactions-list-emoji"><li><img \
src="/images/emoji/twitter/hot_pepper.png?v=12"
 alt=":hot_pepper:" class="emoji"></li></ul><span class="reactions-counter">${p.spice}</span></div></div></div>
${p.solution ? swSolutionButton : ''}
<button class="btn no-text btn-icon post-action-menu__copy-link" title="Copy a link to this post to clipboard"><svg><use href="#d-post-share"></use></svg>\
</button>
<button class="btn btn-icon-text post-action-menu__reply reply create fade-out" title="Begin composing a reply to this post"><span class="d-button-label">\
Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const swP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const swBrand = ['Community', 'Tech News', 'Research', 'Events', 'Newsletters'];
const swCats = ['Windows', 'Networking', 'Security', 'Hardware', 'Virtualization', 'All categories'];
const swRelated: [string, string, string, string][] = [
  ['Spooler crashes after Ricoh driver update on Server 2019', '7', '1.9k', 'Nov 2025'],
  ['Print Management console hangs when opening Printers node', '12', '3.4k', 'Dec 2025'],
  ['GPO mapped printers duplicating at every login', '5', '846', 'Jan 2026'],
];
const swFoot = ['About', 'Contact', 'Community Guidelines', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Cookie Settings'];
const swHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${swTitle} - Windows Server - Spiceworks \
Community</title><meta name="description" content="We have a Server 2022 VM acting as print server for about 140 users across two sites, 38 queues">
<meta name="generator" content="Discourse 3.5.0.beta8 - https://github.com/discourse/discourse version 8c3b1f0e">
<link rel="canonical" href="https://community.spiceworks.com/t/print-spooler-stops-every-morning-around-7-40-on-server-2022-print-server/1142873">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${swTitle}","mainEntity":{"@type":"Question","name":"${swTitle}",
"answerCount":4,"upvoteCount":6,"datePublished":"2026-01-12T12:58:04.000Z","author":{"@type":"Person","name":"jpollard_it"},"acceptedAnswer":{"@type":"Answer",
"upvoteCount":11,"url":"https://community.spiceworks.com/t/print-spooler-stops-every-morning/1142873/3",
"author":{"@type":"Person","name":"tessavdm"}}}}</script>
<link href="/stylesheets/desktop_3f4c1e.css?__ws=community.spiceworks.com" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="category-windows-server tag-windows-server-2022 tag-printing archetype-regular docked"><noscript \
data-path="/t/print-spooler-stops-every-morning/1142873">
<header class="noscript-header"><div id="site-logo"><a href="/">Spiceworks Community</a></div></header><footer class="noscript-footer-nav"><a \
href="/categories">\
Categories</a><a href="/guidelines">FAQ/Guidelines</a><a href="/tos">Terms of Service</a></footer><p class="powered-by-link">Powered by \
<a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></noscript>
<section id="main" class="ember-application"><div class="sw-brand-bar"><a href="https://www.spiceworks.com/" class="sw-brand-bar__logo">Spiceworks</a><ul>
${swBrand.map((t) => `<li><a href="https://www.spiceworks.com/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}</ul></div>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/" \
data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/db2515/original/sw-community-logo.svg" alt="Spiceworks Community"></a></div><div class="panel">
<span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="search-dropdown"><button class="icon btn-flat" aria-label="Search" title="Search"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections \
sidebar-sections-anonymous">
<div class="sidebar-section" data-section-name="community"><ul><li><a class="sidebar-section-link" href="/latest">Topics</a></li><li><a \
class="sidebar-section-link"
 href="/about">About</a></li><li><a class="sidebar-section-link" href="/faq">FAQ</a></li></ul></div><div class="sidebar-section" data-section-name="categories">
<h2 class="sidebar-section-header-text">Categories</h2><ul>${swCats
  .map(
    (t) => `<li><a class="sidebar-section-link" href="/c/${t.toLowerCase()}">${t}</a>\
</li>`,
  )
  .join('')}
</ul></div></div></section></div><div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 \
data-topic-id="1142873">
<a href="/t/print-spooler-stops-every-morning/1142873" class="fancy-title">${swTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper">
<span class="badge-category --style-square" data-category-id="71"><span class="badge-category__name">Windows Server</span></span></span><div class="list-tags">
<a href="/tag/windows-server-2022" class="discourse-tag simple">windows-server-2022</a><a href="/tag/printing" class="discourse-tag simple">printing</a></div>
</div></div></div><div class="post-stream">
${swPost({
  n: 1,
  user: 'jpollard_it',
  rank: 'Poblano',
  date: 'Jan 12',
  full: 'Jan 12, 2026 7:58 am',
  spice: 6,
  op: true,
  cooked: `${swP(swOp)}<ul>${swOpList.map((l) => `<li>${l}</li>`).join('')}</ul>${swP(swOp2)}`,
})}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><button class="topic-map__likes-trigger"><span class="number">\
23</span>
<span class="topic-map__stat-label">likes</span></button><div class="topic-map__views-trigger"><span class="number">1.2k</span><span \
class="topic-map__stat-label">views</span>
</div><div class="topic-map__users-trigger"><span class="number">3</span><span class="topic-map__stat-label">users</span></div></div></section></div>
<aside class="quote accepted-answer" data-post="3" data-topic="1142873"><div class="title"><div class="accepted-answer--solver-accepter"><div \
class="accepted-answer--solver">\
Solved by <a href="/u/tessavdm" data-user-card="tessavdm">tessavdm</a></div> <a class="back" href="/t/print-spooler-stops-every-morning/1142873/3">in post \
#3</a>\
</div></div><blockquote>${swSolved}</blockquote></aside>
${swPost({ n: 2, user: 'Rod_Kessler', rank: 'Habanero', date: 'Jan 12', full: 'Jan 12, 2026 8:31 am', spice: 3, cooked: swP(swR1) })}
${swPost({ n: 3, user: 'tessavdm', rank: 'Datil', date: 'Jan 12', full: 'Jan 12, 2026 9:14 am', spice: 11, solution: true, cooked: swP(swR2) })}
${swPost({ n: 4, user: 'jpollard_it', rank: 'Poblano', date: 'Jan 14', full: 'Jan 14, 2026 8:02 am', spice: 4, op: true, cooked: swP(swR3) })}
${swPost({ n: 5, user: 'Rod_Kessler', rank: 'Habanero', date: 'Jan 14', full: 'Jan 14, 2026 9:47 am', spice: 2, cooked: swP(swR4) })}
</div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" title="Begin composing a \
reply to this \
topic"><span class="d-button-label">Reply</span></button></div><p class="reason">This topic has been solved and marked with an accepted answer.</p></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div class="more-topics__list"><h3 id="related-topics-title" \
class="more-topics__list-title">\
Related topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th>
<th class="activity num">Activity</th></tr></thead><tbody>${swRelated
  .map(
    ([t, r, v, a]) =>
      `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link raw-topic-link" href="#">${t}</a><div class="link-bottom-line"><span \
class="badge-category__name">Windows Server</span></div></td><td class="num posts">${r}</td><td class="num views">${v}</td><td class="num activity">${a}</td>\
</tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div></section>
<footer class="sw-footer"><ul>${swFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul><p>© Copyright 2006 - 2026 Spiceworks Inc.</p></footer>
<div id="onetrust-banner-sdk" class="otFlat bottom" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">We and our partners use cookies to \
improve your experience, analyse traffic and personalise content and ads.</div><button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script defer src="/assets/discourse-8c3b1f0e.br.js"></script><div class="hidden" id="data-preloaded" \
data-preloaded="{&quot;topic_1142873&quot;:&quot;{}&quot;}"></div>
</body></html>`;
export const spiceworksTopic: TestPage = {
  html: swHtml,
  name: 'heldout35-spiceworks-topic',
  kind: 'forum',
  // the five posts (the first with its list and its inline-code file name) are body; the "Solved by" box's quote of post 3 is in
  // neither, its "Solved by ... in post #3" line furniture; usernames and the short dates are bylines (the full dates are in title
  // attributes only); the pepper ranks ("Poblano", "Habanero", "Datil") are user titles: furniture, with the "Solution" mark,
  // reaction counts (bare numbers, left out), the topic map, category badge and tags, the footer buttons and solved note,
  // "Related topics" with its table, the Spiceworks brand bar, header, sidebar, noscript footer, footer and cookie banner; the
  // tag "printing", the map's "users" and the links "About" are left out (words of the body)
  title: swTitle,
  headings: [],
  body: texts([...swOp, ...swOpList, ...swOp2, ...swR1, ...swR2, ...swR3, ...swR4]),
  bylines: ['jpollard_it', 'Jan 12', 'Rod_Kessler', 'tessavdm', 'Jan 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spiceworks Community', 'Categories', 'FAQ/Guidelines', 'Terms of Service', 'Powered by Discourse, best viewed with JavaScript enabled', 'Spiceworks',
    ...swBrand, 'Sign Up', 'Log In', 'Topics', 'FAQ', ...swCats, 'Windows Server', 'windows-server-2022', 'Poblano', 'Habanero', 'Datil',
    'likes', 'views', 'Solved by', 'in post #3', 'Solution', 'Reply', 'This topic has been solved and marked with an accepted answer.',
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...swRelated.map(([t]) => t), 'Nov 2025', 'Dec 2025', 'Jan 2026',
    ...swFoot.filter((t) => t !== 'About'),
    '© Copyright 2006 - 2026 Spiceworks Inc.',
    'We and our partners use cookies to improve your experience, analyse traffic and personalise content and ads.', 'Cookies Settings',
    'Accept All Cookies',
  ],
};
