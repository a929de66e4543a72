import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 112, file f2: a Stack Exchange question (Unix & Linux shape: the top bar with "Log in" and "Sign up", the
 * left sidebar, the "Asked / Modified / Viewed" line, vote buttons and counts, the question with code, tags, the "Share /
 * Improve this question / Follow" menu, the user cards, comments with "Add a comment", two answers with the accepted mark
 * and "Sorted by:", the "Your Answer" form, the "Hot Network Questions" and "Related" rails, the cookie banner and the
 * footer). Question and answer texts and comments are body; code blocks are in neither list; user names and times are bylines.
 */
const title = 'Why does my cron job run twice after switching the server to UTC?';
const q = [
  'I have a small VPS running Debian 12. Last week I changed the system time zone from Europe/Lisbon to UTC with timedatectl. ' +
    'Since then a job that is meant to run once a day at 02:30 runs twice on some days and not at all on others.',
  'Here is the crontab entry:',
  'The log shows two runs on Sunday, an hour apart, and none on Monday. I restarted cron after changing the time zone. What am I missing?',
];
const qCode = '30 2 * * * /usr/local/bin/nightly-report.sh >> /var/log/nightly.log 2>&1';
const qComments = [
  {
    text: 'Did you change the time zone on the weekend the clocks changed? That would explain one odd day, but not ongoing ones.',
    user: 'Ruth Amsel',
    at: 'Oct 27, 2025 at 9:14',
  },
  { text: 'It happened on the 26th, yes. But it still skipped a day this week.', user: 'marek.j', at: 'Oct 27, 2025 at 9:20' },
];
const a1 = [
  'Check whether the user crontab sets its own time zone. Your job might be in a crontab with CRON_TZ or TZ set to Europe/Lisbon, ' +
    'so cron is still scheduling it in local time while the logs you read are in UTC.',
  'Run crontab -l and look for a line near the top like this:',
  'If it is there, remove it or set it to UTC. Debian’s cron honours CRON_TZ for the schedule, which is why the job moved around ' +
    'the daylight saving change while everything else on the system followed UTC.',
  'Also check /etc/cron.d, because a package may have installed its own file with the same job.',
];
const a1Code = 'CRON_TZ=Europe/Lisbon';
const a1Comment = { text: 'That was it. A line I copied from an old server two years ago. Thank you!', user: 'marek.j', at: 'Oct 27, 2025 at 11:02' };
const a2 = [
  'As a more general tip, if a job must run exactly once a day, consider a systemd timer instead of cron. Timers log every run to ' +
    'the journal and make it obvious which time zone is in effect with systemctl list-timers.',
  'Whatever you use, avoid scheduling daily jobs between 01:00 and 03:00 local time if the machine ever runs in a zone with ' +
    'daylight saving, because that window is skipped or repeated twice a year.',
];
const top = ['Skip to main content', 'Stack Exchange Network', 'Log in', 'Sign up', 'Unix & Linux'];
const left = ['Home', 'Questions', 'Tags', 'Users', 'Jobs', 'Companies', 'Unanswered'];
const qMeta = ['Asked', 'Modified', 'today', 'Viewed', '143 times'];
const votes = ['Up vote', 'Down vote', 'Save this question.', 'Show activity on this post.', '7', '12', '2'];
const tags = ['cron', 'debian', 'timezone'];
const menu = ['Share', 'Improve this question', 'Follow', 'Improve this answer', 'asked', 'answered', 'Add a comment', 'Highlighted', 'Reputation'];
const answerHead = ['2 Answers', 'Sorted by:', 'Highest score (default)'];
const accepted = 'The question owner accepted this as the best answer Oct 27, 2025 at 11:02.';
const form = [
  'Your Answer',
  'Post Your Answer',
  'By clicking \u201cPost Your Answer\u201d, you agree to our terms of service and acknowledge you have read our privacy policy.',
  'Not the answer you\u2019re looking for? Browse other questions tagged',
  'or ask your own question.',
];
const rails = [
  'The Overflow Blog',
  'Featured on Meta',
  'Linked',
  'Related',
  'How do I set a different time zone for one cron job?',
  'Cron job runs at wrong hour after DST',
  'Hot Network Questions',
  'Why do old train stations have such high ceilings?',
  'Question feed',
];
const cookie = [
  'Your privacy',
  'By clicking \u201cAccept all cookies\u201d, you agree Stack Exchange can store cookies on your device and disclose information in accordance with ' +
    'our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const footer = [
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Company',
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
  'Site design / logo \u00a9 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
];
const userCard = (verb: string, at: string, name: string, rep: string): string => `<div class="post-signature owner flex--item"><div class="user-info">
<div class="user-action-time">${verb} <span title="2025-10-27 08:50:12Z" class="relativetime">${at}</span></div><div class="user-gravatar32">
<img src="/avatar.png" alt="${name}'s user avatar"></div>
<div class="user-details"><a href="/users/1/${name}">${name}</a><div class="-flair"><span class="reputation-score" title="${menu[8]}">${rep}</span></div>
</div></div></div>`;
const cmts = (
  list: readonly { text: string; user: string; at: string }[],
): string => `<div class="comments js-comments-container"><ul class="comments-list js-comments-list">
${list
  .map(
    (c) => `<li class="comment js-comment"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${c.text}</span> &ndash;&nbsp;<div class="d-inline-flex"><a href="#" class="comment-user">${c.user}</a>
<span class="comment-date"><span class="relativetime-clean">${c.at}</span></span></div></div></li>`,
  )
  .join('\n')}</ul></div><a class="js-add-link comments-link" href="#">${menu[6]}</a>`;
const vote = (
  n: string,
): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center"><button class="js-vote-up-btn" aria-label="${votes[0]}"></button>
<div class="js-vote-count fs-title" itemprop="upvoteCount">${n}</div><button class="js-vote-down-btn" aria-label="${votes[1]}"></button>
<span class="v-visible-sr">${votes[3]}</span></div>`;
const pre = (c: string): string => `<pre class="lang-bash s-code-block"><code class="hljs language-bash">${c}</code></pre>`;
const html = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>debian - ${title} - Unix &amp; Linux Stack Exchange</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta name="twitter:title" property="og:title" itemprop="name" content="${title}">
<link rel="canonical" href="https://unix.stackexchange.com/questions/790114/why-does-my-cron-job-run-twice">
<script src="https://cdn.sstatic.net/Js/stub.en.js?v=9b7a"></script>
<script>StackExchange.ready(function () { StackExchange.question.init({votesCast:[],canViewVoteCounts:true}); });</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-link s-link__visited js-skip-to-content">${top[0]}</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="https://unix.stackexchange.com" class="s-topbar--logo">
<span class="-img">${top[4]}</span></a>
<nav class="s-topbar--content"><ol class="s-navigation"><li><a class="js-site-switcher-button" title="A list of all 183 Stack Exchange sites">${top[1]}</a></li>
<li><a href="/users/login" class="s-topbar--item s-btn">${top[2]}</a></li><li>
<a href="/users/signup" class="s-topbar--item s-btn s-btn__filled">${top[3]}</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation">
<ol class="nav-links">${links(left, 'ps-relative')}</ol></nav></div>
<div id="content" class="snippet-hidden"><div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/790114" class="question-hyperlink">${title}</a></h1></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">${qMeta[0]}</span>
<time itemprop="dateCreated" datetime="2025-10-27T08:50:12">2 days ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">${qMeta[1]}</span>
<a href="?lastactivity" class="s-link s-link__inherit">${qMeta[2]}</a></div>
<div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">${qMeta[3]}</span>${qMeta[4]}</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="790114"><div class="post-layout">
<div class="votecell post-layout--left">${vote(votes[4] ?? '')}<button class="js-bookmark-btn" aria-label="${votes[2]}"></button></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${ps(q.slice(0, 2))}${pre(qCode)}${ps(q.slice(2))}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${links(tags, 'd-inline mr4 js-post-tag-list-item')}</ul></div></div>
<div class="mb0"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<a href="/q/790114" class="js-share-link">${menu[0]}</a><a href="/posts/790114/edit" class="js-suggest-edit-post">${menu[1]}</a>
<button class="js-follow-post">${menu[2]}</button></div></div></div>
${userCard(menu[4] ?? '', 'Oct 27, 2025 at 8:50', 'marek.j', '213')}</div></div></div></div>${cmts(qComments)}</div>
<div id="answers"><div id="answers-header"><h2 class="mb0" data-answercount="2">${answerHead[0]}</h2><div class="d-flex ai-center">
<label for="answer-sort-dropdown-select-menu">${answerHead[1]}</label>
<select id="answer-sort-dropdown-select-menu"><option selected>${answerHead[2]}</option></select></div></div>
<div id="answer-790131" class="answer js-answer accepted-answer js-accepted-answer" itemprop="acceptedAnswer"><div class="post-layout">
<div class="votecell post-layout--left">${vote(votes[5] ?? '')}
<div class="js-accepted-answer-indicator" title="${accepted}"><span class="v-visible-sr">${accepted}</span></div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${ps(a1.slice(0, 2))}${pre(a1Code)}${ps(a1.slice(2))}</div>
<div class="js-post-menu"><a href="/a/790131">${menu[0]}</a><a href="#">${menu[3]}</a><button>${menu[2]}</button>
</div>${userCard(menu[5] ?? '', 'Oct 27, 2025 at 10:31', 'Ruth Amsel', '48.2k')}</div></div>${cmts([a1Comment])}</div>
<div id="answer-790140" class="answer js-answer" itemprop="suggestedAnswer"><div class="post-layout">
<div class="votecell post-layout--left">${vote(votes[6] ?? '')}</div>
<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">${ps(a2)}</div>${userCard(menu[5] ?? '', 'Oct 28, 2025 at 7:05', 'Ansel Brook', '1,904')}</div></div></div>
<form id="post-form" class="js-add-answer-component"><h2 class="space">${form[0]}</h2>
<button class="s-btn s-btn__filled" type="submit">${form[1]}</button><p class="js-tos-blurb">${form[2]}</p></form>
<h2 class="bottom-notice">${form[3]} ${links(tags)} ${form[4]}</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget"><ul>
<li class="s-sidebarwidget--header">${rails[0]}</li><li class="s-sidebarwidget--header">${rails[1]}</li></ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">${rails[2]}</h4></div><div class="module sidebar-related"><h4 id="h-related">${rails[3]}</h4>
<ul>${links(rails.slice(4, 6))}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot">${rails[6]}</a></h4>
<ul>${links(rails.slice(7, 8))}</ul></div>
<div id="feed-link"><a href="/feeds/question/790114">${rails[8]}</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<ul>${links(footer.slice(0, 17))}</ul></nav>
<p class="site-footer--copyright fs-fine md:mt24">${footer[17]}</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<h2 id="onetrust-policy-title">${cookie[0]}</h2><p id="onetrust-policy-text">${cookie[1]}</p>
<button id="onetrust-accept-btn-handler">${cookie[2]}</button><button id="onetrust-reject-all-handler">${cookie[3]}</button>
<button id="onetrust-pc-btn-handler">${cookie[4]}</button></div></div></body></html>`;

export const stackPage: TestPage = {
  name: 'heldout112-stackexchange-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...q, ...qComments.map((c) => c.text), ...a1, a1Comment.text, ...a2]),
  bylines: [
    '2 days ago',
    'asked Oct 27, 2025 at 8:50',
    'marek.j',
    'Oct 27, 2025 at 9:14',
    'Ruth Amsel',
    'Oct 27, 2025 at 9:20',
    'answered Oct 27, 2025 at 10:31',
    'Oct 27, 2025 at 11:02',
    'answered Oct 28, 2025 at 7:05',
    'Ansel Brook',
  ],
  furniture: [
    ...new Set([
      ...top,
      ...left,
      ...qMeta,
      ...votes.slice(3, 4),
      ...tags,
      ...menu.slice(0, 4),
      menu[6] ?? '',
      '213',
      '48.2k',
      '1,904',
      ...answerHead,
      accepted,
      ...form,
      ...rails,
      ...cookie,
      ...footer,
    ]),
  ],
};
