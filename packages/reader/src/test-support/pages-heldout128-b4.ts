import { links, ps, type TestPage, texts } from './page-kit.js';
import {
  type SePost,
  seAnswerForm,
  seAnswersHeader,
  seCookie,
  seCookieBanner,
  seFooter,
  seFooterCompany,
  seFooterNetwork,
  seForm,
  sePost,
  seSideList,
  seSocial,
  seSort,
  seTips,
} from './pages-heldout128-b2.js';
import { lis, paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file b4: a Super User question with an accepted answer, a second answer and comments.
 */
const title = 'Windows 11 laptop wakes from sleep at 3 am every night even though wake timers are disabled';
const pre = (code: string): string => `<pre class="lang-none s-code-block"><code>${code}</code></pre>`;
const q1 = paras(`
Every night at almost exactly 3:00 my laptop, a Norvell Aero 14 running Windows 11 24H2, wakes itself from sleep. Half the time it is
in a bag, so it gets hot, and the battery is often flat by the morning.

What I have already done:`);
const qList = paras(`
Set “Allow wake timers” to Disable, both on battery and plugged in, in the advanced power plan settings.

Unticked “Allow this device to wake the computer” for the network adapter in Device Manager.

Run <code>powercfg /waketimers</code>, which says there are no active wake timers in the system.`);
const q2 = paras(`<code>powercfg /lastwake</code> is not much help either:`);
const q3 = paras(`
The System log has a Power-Troubleshooter event every night with “Wake Source: Unknown”. Is there anything else that can wake a
laptop at a fixed time like this?`);
const a1 = paras(`
3:00 is a strong clue. Windows runs Automatic Maintenance in the middle of the night, and on many installs it is allowed to wake the
computer to do it. That setting is separate from the power plan’s wake timers, so disabling those does not stop it.

To turn it off:`);
const a1List = paras(`
Open Control Panel and go to System and Security, then Security and Maintenance.

Expand Maintenance and click Change maintenance settings.

Untick Allow scheduled maintenance to wake up my computer at the scheduled time, and click OK.`);
const a1b = paras(`
The same page shows the time maintenance is scheduled for. If it says 3:00, you have found your culprit.

If the wakes continue after that, the next usual suspect is a scheduled task with the wake flag set. This lists every task that is
allowed to wake the machine:`);
const a1c = paras(`
Tasks under <code>\\Microsoft\\Windows\\UpdateOrchestrator\\</code> are protected and tend to get the flag back after updates, so for
those it is easier to set “Allow wake timers” to “Important Wake Timers Only” and accept the occasional wake on update night.`);
const a2 = paras(`
Worth checking as well: <code>powercfg /devicequery wake_armed</code> lists every device that is currently allowed to wake the PC.
On my laptop that included the fingerprint reader and the USB receiver for a wireless mouse, neither of which I would have guessed.

You can disarm each one with <code>powercfg /devicedisablewake "device name"</code>, using the exact name from the list.`);
const q: SePost = {
  id: '1874512',
  score: '18',
  action: 'asked',
  time: 'Feb 18 at 22:40',
  user: 'Oisín Mallory',
  rep: '213',
  badges: ['1 silver badge', '5 bronze badges'],
  tags: ['windows-11', 'power-management', 'sleep', 'wake-on-lan'],
  body: `${ps(q1)}\n<ul>${lis(qList)}</ul>\n${ps(q2)}\n${pre('Wake History Count - 1\nWake History [0]\n  Wake Source Count - 0')}\n${ps(q3)}`,
  comments: [
    {
      score: '4',
      user: 'Dmitri Valk',
      time: 'Feb 18 at 23:02',
      text:
        'Check Task Scheduler for tasks with “Wake the computer to run this task” ticked. <code>powercfg /waketimers</code> only lists ' +
        'timers that are armed at the moment you run it, so it can easily miss one.',
    },
  ],
};
const answers: SePost[] = [
  {
    id: '1874530',
    score: '31',
    action: 'answered',
    time: 'Feb 19 at 7:55',
    user: 'harborlight',
    rep: '24.7k',
    accepted: true,
    badges: ['4 gold badges', '52 silver badges', '88 bronze badges'],
    edited: { time: 'Feb 19 at 9:20' },
    body: `${ps(a1)}\n<ol>${lis(a1List)}</ol>\n${ps(a1b)}\n<pre class="lang-powershell s-code-block"><code>Get-ScheduledTask |
  Where-Object { $_.Settings.WakeToRun } |
  Select-Object TaskPath, TaskName</code></pre>\n${ps(a1c)}`,
    comments: [
      {
        score: '2',
        user: 'Oisín Mallory',
        time: 'Feb 22 at 8:15',
        text: 'Maintenance was set to 3:00 with the wake box ticked. I unticked it three nights ago and it has stayed asleep since. Thanks!',
      },
    ],
  },
  {
    id: '1874702',
    score: '6',
    action: 'answered',
    time: 'Feb 20 at 13:31',
    user: 'Ruth Abernathy',
    rep: '1,041',
    badges: ['8 silver badges', '17 bronze badges'],
    body: ps(a2),
    comments: [],
  },
];
const posts = [q, ...answers];
const nav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
const teams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const blog = ['Why your build cache keeps missing (and how we fixed ours)', 'A look back at a decade of developer surveys'];
const meta = ['Policy update for answers written with the help of AI tools', 'Super User is looking for new close-vote reviewers'];
const related: [string, string][] = [
  ['96', 'Windows 10 wakes up from sleep by itself every night'],
  ['23', 'How do I find out what woke my computer?'],
  ['11', 'Disable wake timers permanently in Windows 11'],
  ['4', 'Laptop turns on in bag after lid is closed'],
];
const hot = [
  'Why does my sourdough starter smell of nail polish remover?',
  'Is a one-page CV still expected for academic jobs?',
  'What do the three dots on a railway signal mean?',
  'How do cats find their way home after moving house?',
];
const foot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
const html = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>windows 11 - ${title} - Super User</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/superuser/Img/favicon.ico"><link rel="canonical"
href="https://superuser.com/questions/1874512/windows-11-laptop-wakes-from-sleep-at-3-am-every-night-even-though-wake-timers-are"><meta
name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Super User"><meta name="twitter:title" property="og:title" itemprop="name" content="${title}">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Sites/superuser/primary.css?v=8a3f6e2c41b7">
<script src="https://cdn.sstatic.example/Js/stub.en.js?v=2b1e4d7c9a01"></script>
<script>StackExchange.init({"locale":"en","serverTime":1740380161,"routeName":"Questions/Show","site":{"name":"Super User"}});</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true"
aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track" href="https://superuser.com">
<span class="-img _glyph">Super User</span></a><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"
autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search on Super User…"
aria-label="Search" maxlength="240" class="s-input s-input__search js-search-field"></div></form><nav class="h100 ml-auto overflow-x-auto pr12">
<ol class="s-topbar--content" role="menubar"><li><a href="https://stackexchange.com" class="s-topbar--item js-site-switcher-button"
aria-label="Site switcher" title="A list of all 183 Stack Exchange sites"><span class="v-visible-sr">Stack Exchange</span><svg></svg></a></li>
<li class="s-topbar--item px4"><a href="https://superuser.com/users/login?ssrc=head" class="s-topbar--item s-btn s-btn__outlined ws-nowrap"
rel="nofollow">Log in</a></li><li class="s-topbar--item px4"><a href="https://superuser.com/users/signup?ssrc=head" class="s-topbar--item ml4 s-btn
s-btn__filled ws-nowrap" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(nav, 'ps-relative')}</ol>
<div class="ps-relative mt16"><h2 class="fs-fine fw-bold tt-uppercase">Teams</h2><p class="fs-caption">${teams[0]}</p>
<a href="https://try.stackoverflow.co/" class="s-btn s-btn__filled s-btn__xs">${teams[1]}</a>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__xs s-btn__link">${teams[2]}</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/QAPage"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/1874512/windows-11-laptop-wakes-from-sleep-at-3-am-every-night-even-though-wake-timers-are" class="question-hyperlink">${title}</a>
</h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn
s-btn__filled">Ask Question</a></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8"
title="2025-02-18 22:40:09Z"><span class="fc-black-400 mr2">Asked</span> <time itemprop="dateCreated" datetime="2025-02-18T22:40:09">10 months ago</time>
</div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit"
title="2025-02-22 08:15:40Z">10 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 2,377 times"><span class="fc-black-400 mr2">
Viewed</span> 2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
${sePost(q, 'question', q.user)}
<div id="answers"><a name="tab-top"></a>${seAnswersHeader(answers.length)}
${answers.map((a) => `<a name="${a.id}"></a>${sePost(a, 'answer', q.user)}`).join('\n')}
${seAnswerForm(q.tags ?? [])}</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">The
Overflow Blog</div>${links(blog, 's-sidebarwidget--item d-flex px16')}<div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">Featured
on Meta</div>${links(meta, 's-sidebarwidget--item d-flex px16')}</ul></div><div class="js-zone-container zone-container-sidebar"><div id="dfp-tsb"
class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div><div class="js-report-ad-button-container"><button class="js-report-ad s-btn
s-btn__link fs-fine">Report this ad</button></div></div>
${seSideList('related', 'Related', related, 'related js-related')}
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">Hot Network Questions</a></h4><ul>${hot
  .map(
    (t, i) => `<li><div class="favicon favicon-site${i}" title="Site ${i}"></div><a href="https://site${i}.stackexchange.example/q/${i}"
class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/1874512" title="Feed of this question and its answers"><svg aria-hidden="true" class="fc-orange-400
svg-icon iconRss" width="18" height="18"></svg> Question feed</a></div></div></div></div></div></div>
${seFooter('Super User', foot, '2025.2.21.22814')}
${seCookieBanner}
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true, questionId: 1874512 }); });</script>
</body></html>`;
const paraOf = (h: string): string[] => (h.match(/<(?:p|li)>[\s\S]*?<\/(?:p|li)>/g) ?? []).map((x) => x.replace(/^<(?:p|li)>|<\/(?:p|li)>$/g, ''));
export const superUserQuestion: TestPage = {
  html,
  name: 'heldout128-superuser-question',
  kind: 'forum',
  // as on the Stack Overflow page: posts and comments are body (list items included), code blocks neither, names and
  // times bylines, the rest furniture
  title,
  headings: [],
  body: posts.flatMap((p) => [...texts(paraOf(p.body)), ...texts(p.comments.map((c) => c.text))]),
  bylines: [
    ...new Set(
      posts.flatMap((p) => [p.user, `${p.action} ${p.time}`, ...(p.edited ? [`edited ${p.edited.time}`] : []), ...p.comments.flatMap((c) => [c.user, c.time])]),
    ),
    'Asked 10 months ago',
    'Modified 10 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Super User', 'Stack Exchange', 'Log in', 'Sign up', ...nav, 'Teams', ...teams, 'Ask Question', 'Viewed 2k times',
    ...seTips.question, ...seTips.answer, seTips.timeline, ...posts.flatMap((p) => [p.score, p.rep, ...p.badges, ...p.comments.map((c) => c.score)]),
    ...(q.tags ?? []), 'Share', 'Improve this question', 'Improve this answer', 'Follow', 'Add a comment', '2 Answers', ...seSort, ...seForm,
    "Not the answer you're looking for? Browse other questions tagged windows-11 power-management sleep wake-on-lan or ask your own question.",
    'The Overflow Blog', ...blog, 'Featured on Meta', ...meta, 'Report this ad', 'Related', ...related.flat(), 'Hot Network Questions', ...hot,
    'more hot questions', 'Question feed', ...foot, 'Company', ...seFooterCompany, 'Stack Exchange Network', ...seFooterNetwork, ...seSocial,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2025.2.21.22814', ...seCookie,
  ].filter((t) => t !== ''))],
};
