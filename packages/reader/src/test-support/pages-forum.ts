import { ps, texts, type TestPage } from './page-kit.js';

const q = [
  'I have a list of about two million strings and I need to check, many times a second, whether a given string is in it. A plain array is far too slow.',
  'What is the fastest way to do this in Python? Memory is not a big concern, the machine has plenty.',
];
const a1 = [
  'Put the strings in a set. Membership tests on a set take constant time on average, because ' +
    'a set is a hash table, while a list has to be searched from the start every time.',
  'Building the set once takes a second or two for two million strings, and after that each lookup is a few hundred nanoseconds.',
];
const a2 = [
  'If the list never changes and memory does become a concern, a sorted list with the bisect ' +
    'module uses less memory than a set and still answers each query in logarithmic time.',
];
const stack: TestPage = {
  name: 'forum-q-and-a',
  kind: 'forum',
  title: 'Fastest way to check if a string is in a large list',
  headings: [],
  body: texts([...q, ...a1, ...a2]),
  bylines: ['asked Mar 3, 2021 at 14:02', 'answered Mar 3, 2021 at 14:10', 'dana_k', '24.1k', 'Share Improve this answer Follow'],
  furniture: [
    'Add a comment',
    'Not the answer you are looking for? Browse other questions tagged python performance or ask your own question.',
    'Linked',
    'Related',
    'Hot Network Questions',
    'Your Answer',
    'Post Your Answer',
    'Sorted by:',
    'Highest score (default)',
    '312',
  ],
  html:
    `<!DOCTYPE html><html><head><title>python - Fastest way to check if a string is in a large list - Stack Overflow</title>` +
    `</head><body>
<header class="s-topbar"><a>Stack Overflow</a><a>About</a><a>Products</a><form><input placeholder="Search…"></form></header>
<div id="content"><div id="question-header"><h1 itemprop="name">` +
    `<a class="question-hyperlink">Fastest way to check if a string is in a large list</a></h1></div>
<div id="mainbar"><div class="question"><div class="votecell"><div class="js-vote-count">312</div></div>
<div class="postcell"><div class="s-prose js-post-body">${ps(q)}</div><div class="post-taglist"><a>python</a><a>performance</a>` +
    `</div>
<div class="post-signature owner"><div class="user-action-time">asked Mar 3, 2021 at 14:02</div><div class="user-details">` +
    `<a>dana_k</a><span class="reputation-score">24.1k</span></div></div></div>
<div class="comments"><a class="js-add-link">Add a comment</a></div></div>
<div id="answers"><div id="answers-header"><h2>2 Answers</h2><div>Sorted by: <select><option>Highest score (default)</option>` +
    `</select></div></div>
<div class="answer"><div class="votecell"><div class="js-vote-count">540</div></div><div class="answercell">` +
    `<div class="s-prose js-post-body">${ps(a1)}</div>
<div class="post-menu">Share Improve this answer Follow</div><div class="post-signature">` +
    `<div class="user-action-time">answered Mar 3, 2021 at 14:10</div><div class="user-details"><a>mkrieger</a></div></div></div></div>
<div class="answer"><div class="votecell"><div class="js-vote-count">41</div></div><div class="answercell">` +
    `<div class="s-prose js-post-body">${ps(a2)}</div>
<div class="post-menu">Share Improve this answer Follow</div></div></div>
<h2 class="bottom-notice">Not the answer you are looking for? Browse other questions tagged python performance or ask your own` +
    ` question.</h2>
<form id="post-form"><h2>Your Answer</h2><textarea>Thanks for contributing an answer</textarea><button>Post Your Answer</button>` +
    `</form></div>
<div id="sidebar"><div class="module sidebar-linked"><h4>Linked</h4><a>How do sets work?</a></div>` +
    `<div class="module sidebar-related"><h4>Related</h4><a>Check list membership</a></div><div id="hot-network-questions">` +
    `<h4>Hot Network Questions</h4><ul><li><a>Why is the sky blue?</a></li></ul></div></div></div></body></html>`,
};

const posts = [
  [
    'Our village hall committee wants to put solar panels on the hall roof. Has anyone here done something similar, and how did you pay for it?',
    'We have about eight thousand pounds saved, but the quotes we have had are between twelve and fifteen thousand.',
  ],
  [
    'We did this at our church hall two years ago. We got a grant from the community energy ' +
      'fund for half the cost, and the rest came from a crowdfunding page.',
    'The panels have paid back about a fifth of their cost so far, mostly because the hall is used during the day.',
  ],
  ['Check whether your roof needs work first. Ours did, and it is much cheaper to fix a roof before the panels go on than after.'],
];
const phpbb: TestPage = {
  name: 'forum-bulletin-board',
  kind: 'forum',
  title: 'Solar panels on a village hall roof',
  headings: [],
  body: texts(posts.flat()),
  bylines: ['by hallsec » Mon Jan 08, 2024 7:41 pm', 'by greenpete » Mon Jan 08, 2024 9:02 pm', 'by roofer_jim » Tue Jan 09, 2024 8:15 am'],
  furniture: [
    'Posts: 231',
    'Joined: Fri Mar 13, 2015 10:02 am',
    'Location: Devon',
    'Quote',
    'Post Reply',
    'Jump to',
    'Who is online',
    'Users browsing this forum: No registered users and 2 guests',
    'Powered by phpBB® Forum Software © phpBB Limited',
    'Churches are for everyone - Pete',
  ],
  html:
    `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head>` +
    `<title>Solar panels on a village hall roof - Community Energy Forum</title></head><body id="phpbb">
<div id="wrap"><div class="headerbar" role="banner"><a>Community Energy Forum</a></div><div class="navbar" role="navigation"><ul>` +
    `<li><a>FAQ</a></li><li><a>Login</a></li></ul></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a>Solar panels on a village hall roof</a></h2>
<div class="action-bar bar-top"><a class="button">Post Reply</a></div>
${posts
  .map(
    ([first, ...rest], i) =>
      `<div id="p${i}" class="post has-profile bg${i % 2}"><div class="inner">
<dl class="postprofile"><dt><a class="username">${['hallsec', 'greenpete', 'roofer_jim'][i]}</a></dt>` +
      `<dd class="profile-posts">Posts: 231</dd><dd class="profile-joined">Joined: Fri Mar 13, 2015 10:02 am</dd>` +
      `<dd class="profile-location">Location: Devon</dd></dl>
<div class="postbody"><h3><a>Re: Solar panels on a village hall roof</a></h3><ul class="post-buttons"><li><a>Quote</a></li></ul>
<p class="author">by <strong>${['hallsec', 'greenpete', 'roofer_jim'][i]}</strong> »` +
      ` ${['Mon Jan 08, 2024 7:41 pm', 'Mon Jan 08, 2024 9:02 pm', 'Tue Jan 09, 2024 8:15 am'][i]}</p>
<div class="content">${[first, ...rest].join('<br><br>')}</div>${i === 1 ? '<div class="signature">Churches are for everyone - Pete</div>' : ''}</div>` +
      `</div></div>`,
  )
  .join('\n')}
<div class="action-bar bar-bottom"><a class="button">Post Reply</a><div class="jumpbox"><span>Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 2 guests</p></div>` +
    `</div>
<div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></div></body></html>`,
};

const disc = [
  'Since the last update, the app drains my phone battery overnight even when I do not open it. Battery settings say it was active for six hours.',
  'Same here. It seems to be the background sync. Turning off sync in the app settings fixed it for me, but then notifications arrive late.',
  'Thanks for the reports. We found the cause: a retry loop in the sync service that never ' +
    'gave up when the phone was offline. The fix is in version 4.2.1, which is rolling out ' +
    'today.',
];
const discourse: TestPage = {
  name: 'forum-discussion',
  kind: 'forum',
  title: 'App drains battery overnight since last update',
  headings: [],
  body: texts(disc),
  bylines: ['jwalker', 'Jun 2', 'team_mia', 'Staff'],
  furniture: [
    '3 Replies',
    '12 Likes',
    'Reply',
    'Suggested Topics',
    'Widget settings reset after restart',
    'Want to read more? Browse other topics in Bug Reports or view latest topics.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
  html:
    `<!DOCTYPE html><html lang="en"><head>` +
    `<title>App drains battery overnight since last update - Bug Reports - Acme Community</title></head><body>
<header class="d-header"><a>Acme Community</a><button>Sign Up</button><button>Log In</button></header>
<div id="main-outlet"><div id="topic-title"><h1><a class="fancy-title">App drains battery overnight since last update</a></h1>` +
    `<div class="topic-category"><a>Bug Reports</a></div></div>
<div class="topic-map"><span>3 Replies</span> <span>12 Likes</span></div>
${disc
  .map(
    (t, i) =>
      `<div class="topic-post"><article class="boxed onscreen-post"><div class="topic-avatar"><img src="a.png"></div>` +
      `<div class="topic-body"><div class="topic-meta-data"><span class="names">` +
      `<a>${['jwalker', 'sam_r', 'team_mia'][i]}</a>${i === 2 ? '<span class="user-title">Staff</span>' : ''}</span>` +
      `<div class="post-infos"><span class="relative-date">Jun ${i + 2}</span></div></div>
<div class="regular contents"><div class="cooked"><p>${t}</p></div><section class="post-menu-area"><nav class="post-controls">` +
      `<button>Reply</button></nav></section></div></div></article></div>`,
  )
  .join('\n')}
<div class="more-topics__container"><h3>Suggested Topics</h3><table><tr><td><a>Widget settings reset after restart</a></td></tr>` +
    `</table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a>Bug Reports</a> or view <a>latest` +
    ` topics</a>.</h3></div>
<footer class="noscript-footer-nav"><p>Powered by <a>Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`,
};

export const FORUM_PAGES: readonly TestPage[] = [stack, phpbb, discourse];
