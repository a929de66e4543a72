import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 44, file e2: a bug ticket of a project hosted on SourceForge (Apache Allura tracker) for a logged-out
 * visitor (the SourceForge site header with search and "Join/Login", the breadcrumbs, the project header with its summary and
 * "Brought to you by", the project tool bar, the tracker sidebar with saved searches and counts, ad slots, the ticket number and
 * title, the field grid (milestone, status, owner, labels, priority, created, creator, updated, private), the description, the
 * attachment, the discussion with each post's field-change list and text, "Log in to post a comment", the newsletter box, the
 * cookie notice and the big SourceForge footer).
 */
const sfTitle = 'Secondary port corrections ignored after importing a harmonic file';
const sfDesc = [
  'When a harmonic constants file is imported through File &gt; Import, the height and time corrections of every secondary port ' +
    'are ignored. Predictions for those ports come out identical to their reference port.',
  'This is in version 3.2.0 on Windows 11 and on Debian 12. Ports that were entered by hand keep their corrections, so it only ' + 'affects imported data.',
  'To see it, import the attached file for the Scottish west coast, choose Tobermory and compare high water with the printed ' +
    'tables. It comes out 20 minutes early and 0.4 m too high.',
];
interface SfPost {
  id: string;
  who: string;
  user: string;
  date: string;
  changes?: [string, string][];
  text: string[];
}
const sfPosts: SfPost[] = [
  {
    id: '6a1f2c90e4',
    who: 'Ahmed Karimi',
    user: 'akarimi',
    date: '2025-05-13',
    changes: [
      ['status', 'open --&gt; accepted'],
      ['assigned_to', 'Ahmed Karimi'],
    ],
    text: [
      'Confirmed. The importer reads the corrections into the right fields but then calls the reference port&#39;s recalculation, ' +
        'which overwrites them with zeros. It is a one-line mistake from when the import code was split into its own module in 3.2.0.',
    ],
  },
  {
    id: '6a1f3b0d17',
    who: 'Fiona MacLeod',
    user: 'fmacleod-tides',
    date: '2025-05-13',
    text: [
      'Thanks for the quick look. Is there anything I can do in the meantime? I have about forty secondary ports in that file and ' +
        'I would rather not enter them all by hand.',
    ],
  },
  {
    id: '6a20c61f85',
    who: 'Ahmed Karimi',
    user: 'akarimi',
    date: '2025-05-14',
    text: [
      'Import the file, then use Tools &gt; Rebuild Port Index. That rereads the corrections from the file without triggering the ' +
        'recalculation. You only need to do it once per import; the corrections are saved with the port list afterwards.',
    ],
  },
  {
    id: '6a2b9e7c02',
    who: 'Ahmed Karimi',
    user: 'akarimi',
    date: '2025-05-20',
    changes: [
      ['status', 'accepted --&gt; closed-fixed'],
      ['Milestone', '3.2.0 --&gt; 3.2.1'],
    ],
    text: [
      'Fixed in 3.2.1, released today. Imported secondary ports now keep their corrections, and the importer warns if a secondary ' +
        'port names a reference port that is not in the file.',
    ],
  },
  {
    id: '6a2d04a6b9',
    who: 'Fiona MacLeod',
    user: 'fmacleod-tides',
    date: '2025-05-21',
    text: [
      'Installed 3.2.1 and checked Tobermory, Ullapool and Mallaig against the printed tables. All three agree to within two minutes ' + 'now. Thank you!',
    ],
  },
];
const sfSite = ['Join/Login', 'Business Software', 'Open Source Software', 'For Vendors', 'Blog', 'About', 'More'];
const sfMore = ['Articles', 'Create', 'SourceForge Podcast', 'Site Documentation', 'Subscribe to our Newsletter', 'Support Request'];
const sfTools = ['Summary', 'Files', 'Reviews', 'Support', 'Wiki', 'Tickets ▾', 'News', 'Discussion', 'Code'];
const sfFields = [
  ['Milestone:', '3.2.1'],
  ['Status:', 'closed-fixed'],
  ['Owner:', 'Ahmed Karimi'],
  ['Labels:', 'import secondary-ports'],
  ['Priority:', '5'],
  ['Updated:', '2025-05-21'],
  ['Created:', '2025-05-12'],
  ['Creator:', 'Fiona MacLeod'],
  ['Private:', 'No'],
];
const sfFootCols: [string, string[]][] = [
  ['SourceForge', ['Create a Project', 'Open Source Software', 'Business Software', 'Top Downloaded Projects']],
  ['Company', ['About', 'Team', 'SourceForge Headquarters', 'Contact Us', 'Advertise']],
  ['Resources', ['Support', 'Site Documentation', 'Site Status', 'SourceForge Reviews']],
];
const sfLegal = ['Terms', 'Privacy', 'Opt Out', 'Advertise'];

const sfPost = (p: SfPost): string => `<li class="discussion-post"><div id="${p.id}" class="discussion-post"><div class="row">
<div class="grid-2 tcenter gravatar"><a href="/u/${p.user}/profile/"><img src="https://a.fsdn.com/allura/u/${p.user}/user_icon?${p.id}" alt="${p.user}"
title="${p.user}" class="avatar" width="48" height="48"></a></div><div class="grid-16 tright"><div class="header"><strong>
<a href="/u/${p.user}/" class="user-link">${p.who}</a></strong> - <span title="${p.date} 09:14:22 UTC">${p.date}</span></div></div>
<div class="grid-18 display_post"><div class="markdown_content">${
  p.changes === undefined ? '' : `<ul>${p.changes.map(([k, v]) => `<li><strong>${k}</strong>: ${v}</li>`).join('\n')}</ul>`
}${p.text.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
<div class="options"><a href="/p/ebbflow/bugs/87/#${p.id.slice(0, 4)}" class="little_link">Link</a></div></div></div></li>`;

const sfHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<title>Ebb &amp; Flow Tide Predictor / Bugs / #87 ${sfTitle}</title>
<meta name="description"
content="When a harmonic constants file is imported through File > Import, the height and time corrections of every secondary port are ignored.">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="alternate" type="application/rss+xml" title="RSS"
href="/p/ebbflow/bugs/feed.rss"/>
<link rel="stylesheet" href="https://a.fsdn.com/allura/nf/1746028533/_ew_/theme/sftheme/css/forge.css">
<script>window.SF = window.SF || {}; SF.adblock = true; SF.Ads = {"gpt":{"ProjectTicket":{"sizes":[[728,90]]}}}; SF.variant = 'allura-ticket';</script>
<script src="https://a.fsdn.com/con/js/sftheme/vendor/modernizr.custom.js" async></script></head>
<body id="forge"><div id="busy"></div>
<header id="site-header"><div class="wrapper"><a href="/" class="logo"><span class="sr-only">SourceForge</span><svg aria-hidden="true"></svg></a>
<form class="m-search-form" method="get" action="/directory/"><input type="text" name="q" placeholder="Search for software or solutions" aria-label="Search">
<button type="submit" class="bt"><span class="sr-only">Search</span></button></form>
<nav id="nav-site" class="links">${sfSite.map((t) => `<a href="/${t.toLowerCase().replace(/\W+/g, '-')}/">${t}</a>`).join('\n')}
<ul class="dropdown-more" hidden>${links(sfMore)}</ul></nav></div></header>
<section id="page-body" class=" neighborhood-Projects project-ebbflow mountpoint-bugs"><div id="nav_menu_holder">
<nav id="breadcrumbs"><ul itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a href="/" itemprop="item">Home</a></li>
<li itemprop="itemListElement"><a href="/directory/" itemprop="item">Browse</a></li><li itemprop="itemListElement"><a href="/p/ebbflow/" itemprop="item">
Ebb &amp; Flow Tide Predictor</a></li><li itemprop="itemListElement">Bugs</li></ul></nav>
<div id="project-header"><div class="project-icon"><img src="/p/ebbflow/icon?1612301844" alt="Ebb &amp; Flow Tide Predictor Icon" width="48" height="48"></div>
<h1 class="project-name">Ebb &amp; Flow Tide Predictor</h1><h2 class="summary">Tide tables for secondary ports from harmonic constants</h2>
<div class="brought-by">Brought to you by: <a href="/u/akarimi/">akarimi</a>, <a href="/u/pbellweather/">pbellweather</a></div></div>
<nav id="top_nav" class="tool-tabs"><ul class="dropdown">
${sfTools
  .map(
    (t) => `<li${t.startsWith('Tickets') ? ' class="selected"' : ''}><a href="/p/ebbflow/${t.toLowerCase().replace(/\W+/g, '')}/"><span>${t}</span>
</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
<div id="SF_ProjectTicket_728x90_A_wrapped" class="sfad-wrapper"><div id="SF_ProjectTicket_728x90_A"
class="sfads"></div><span class="ad-label">Advertisement</span></div>
<div id="content_base"><div id="sidebar"><ul class="sidebarmenu">
<li><a href="/p/ebbflow/bugs/new/" class="nav_child"><b data-icon="+" class="ico ico-plus"></b> <span>Create Ticket</span></a></li>
<li><a href="/p/ebbflow/bugs/stats/" class="nav_child"><span>View Stats</span></a></li><li class="nav_head"><span>Group</span></li>
<li><a href="/p/ebbflow/bugs/changes/" class="nav_child"><span>Changes</span></a></li><li class="nav_head"><span>Searches</span></li>
<li><a href="/p/ebbflow/bugs/search/?q=status%3Aclosed" class="nav_child"><span>Closed Tickets</span> <small>42</small></a></li>
<li><a href="/p/ebbflow/bugs/search/?q=status%3Aopen" class="nav_child"><span>Open Tickets</span> <small>11</small></a></li>
<li class="nav_head"><span>Help</span></li><li><a href="/p/ebbflow/bugs/markdown_syntax" class="nav_child"><span>Formatting Help</span></a></li></ul></div>
<div class="grid-20 pad"><h2 class="dark title"><span class="ticket-num">#87</span> <span class="ticket-summary">${sfTitle}</span></h2>
<div id="ticket_content"><div class="grid-20 ticket-left"><div class="view_holder">
${sfFields.map(([k, v]) => `<div class="grid-5 ticket_info"><strong>${k}</strong> <span class="value">${v}</span></div>`).join('\n')}
</div><div class="grid-20 description"><div class="markdown_content">${sfDesc.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="attachments"><strong>Attachments:</strong> <a href="/p/ebbflow/bugs/87/attachment/scotland-west.hcf">scotland-west.hcf</a>
<span class="gray">(41.2 kB; application/octet-stream)</span></div></div></div></div>
<div id="discussion_holder"><h2 class="dark title">Discussion</h2><div class="thread"><div class="page_list"></div><div id="comment"><ul>
${sfPosts.map(sfPost).join('\n')}</ul></div><div class="comment-login"><a href="/auth/?return_to=/p/ebbflow/bugs/87/">Log in</a> to post a comment.</div>
</div></div>
<div class="sf-newsletter"><p class="title">Get latest updates about Open Source Projects, Conferences and News.</p>
<form action="/user/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign Up</button>
<button type="button" class="dismiss">No, Thank you</button></form></div></div></div></section>
<footer id="site-footer"><div class="wrapper">${sfFootCols
  .map(([h, items]) => `<section class="footer-col"><h5>${h}</h5><ul>${links(items)}</ul></section>`)
  .join('\n')}<div class="footer-copy"><p>© 2025 Slashdot Media. All Rights Reserved.</p>
<ul class="legal">${links(sfLegal)}</ul></div></div></footer>
<div id="cmpbox" class="cmp-banner" role="dialog" aria-modal="false"><p>We and our partners use cookies to store and access personal data such as browsing
data for purposes such as serving and personalizing content and advertising and analyzing site traffic.</p><button class="cmp-accept">Accept</button>
<button class="cmp-reject">Reject</button><a href="#" class="cmp-more">More Options</a></div>
<script src="https://a.fsdn.com/allura/nf/1746028533/_ew_/theme/sftheme/js/sftheme.js" defer></script></body></html>`;

export const alluraTicket: TestPage = {
  html: sfHtml,
  name: 'heldout44-sourceforge-allura-ticket',
  kind: 'forum',
  // the description and every discussion post are body, the reporter's follow-ups included; the change lists at the head of
  // two posts ("status: open --> accepted") are the tracker's log of field edits, not the posters' words: furniture; the
  // reporter's and developer's names and the post dates, the created and updated dates are bylines; the field grid's labels and
  // values, the ticket number, the attachment, "Discussion", the "Link" options, the login prompt, the site header and its
  // menus, breadcrumbs, the project header (its "Brought to you by" names are the project's members: furniture), tool tabs,
  // tracker sidebar, ad label, newsletter box, cookie box and footer are furniture; the footer's "Support", "Open Source
  // Software" and the like repeat the header's and tool bar's (listed once); the milestone "3.2.1" and the "3.2.0 --> 3.2.1"
  // change name body versions, and "About", "Code" and the label "secondary-ports" are body words: left out
  title: sfTitle,
  headings: [],
  body: [...texts(sfDesc), ...sfPosts.flatMap((p) => texts(p.text))],
  bylines: ['Fiona MacLeod', 'Ahmed Karimi', '2025-05-12', '2025-05-13', '2025-05-14', '2025-05-20', '2025-05-21'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SourceForge', ...sfSite.filter((t) => t !== 'About'), ...sfMore, 'Home', 'Browse', 'Ebb & Flow Tide Predictor', 'Bugs',
    'Tide tables for secondary ports from harmonic constants', 'Brought to you by:', 'akarimi', 'pbellweather', ...sfTools.filter((t) => t !== 'Code'),
    'Advertisement', 'Create Ticket', 'View Stats', 'Group', 'Changes', 'Searches', 'Closed Tickets', 'Open Tickets', 'Help', 'Formatting Help', '#87',
    ...sfFields.map((f) => f[0]!), 'closed-fixed', 'Attachments:', 'scotland-west.hcf', '(41.2 kB; application/octet-stream)', 'status: open --> accepted',
    'assigned_to: Ahmed Karimi', 'status: accepted --> closed-fixed', 'Link', 'Log in', 'to post a comment.',
    'Get latest updates about Open Source Projects, Conferences and News.', 'Sign Up', 'No, Thank you', 'Company', 'Team', 'Create a Project',
    'Top Downloaded Projects', 'SourceForge Headquarters', 'Contact Us', 'Advertise', 'Resources', 'Site Status', 'SourceForge Reviews',
    '© 2025 Slashdot Media. All Rights Reserved.', 'Terms', 'Privacy', 'Opt Out',
    'We and our partners use cookies to store and access personal data such as browsing data', 'Accept', 'Reject', 'More Options',
  ],
};
