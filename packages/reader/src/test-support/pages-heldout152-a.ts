import { type TestPage, texts } from './page-kit.js';
import { oldReddit } from './pages-heldout152-a2.js';
import {
  type SePost,
  seAnswersHeader,
  seConsent,
  seConsentBanner,
  seFooter,
  seFooterCompany,
  seFooterNetwork,
  seHeader,
  seHot,
  seLeftNav,
  seLeftSidebar,
  seLinkedList,
  sePost,
  sePostMenu,
  seSocial,
  seSort,
  seTeams,
  seTopbar,
  seWidget,
} from './pages-heldout152-se.js';

/**
 * Held-out batch 152, file a: a Super User question closed as a duplicate, as a signed-out visitor saves it (the s-topbar,
 * the left sidebar with the Teams promo, the h1 with its "[duplicate]" suffix, the Asked / Modified / Viewed row, the
 * "This question already has answers here" notice at the top of the question cell, tags, Share / Follow, user cards with
 * reputation and badge counts, comments, two answers with the sort select, the "Not the answer you're looking for?"
 * line, the blog / meta / linked / related / hot-network rails, the footer and the consent banner) and, from file a2, an
 * old.reddit.com thread with a removed comment.
 */
const suTitle = 'Laptop wakes from sleep every night just after 3 a.m. even with wake timers disabled [duplicate]';
const suQ1 = [
  'I have a Corvane Aero 14 running Windows 11 Home 23H2. For the last two weeks it has been waking up on its own almost every ' +
    'night, usually between 3:00 and 3:10 a.m. I only notice because the fan spins up and the screen lights up the bedroom.',
  'Things I have already tried:',
];
const suQList = [
  'Disabled wake timers under Power Options, both on battery and plugged in.',
  'Unticked “Allow this device to wake the computer” for the keyboard, the touchpad and the USB mouse receiver in Device Manager.',
  'Turned off “Wake the computer to run this task” on every scheduled task I could find in Task Scheduler.',
];
const suQ2 = ['Running <code>powercfg -lastwake</code> the next morning gives me this:'];
const suQ3 = [
  'So Windows claims there was no wake source at all, and the Power-Troubleshooter entry in Event Viewer just says the source is ' +
    '“Unknown”. Is there any other way to find out what is waking it, or at least to stop it happening?',
];
const suQComments = [
  {
    score: '2',
    text:
      'Check whether the laptop really uses S3 sleep or Modern Standby. Run <code>powercfg /a</code> and see which states are available. ' +
      'On Modern Standby machines the wake timer setting does much less than you would expect.',
    user: 'harrow_jp',
    date: 'Feb 19, 2024 at 21:12',
  },
  {
    text:
      'Also worth checking the network adapter. Some Realtek drivers ignore the Device Manager setting unless you also turn off ' +
      '“Wake on Magic Packet” on the Advanced tab.',
    user: 'Mireille Dufort',
    date: 'Feb 19, 2024 at 21:40',
  },
  {
    score: '1',
    text:
      'Closing as a duplicate of the canonical question, which covers <code>powercfg -requests</code>, Modern Standby and the maintenance ' +
      'window. If none of the answers there help, edit in what you found and we can reopen.',
    user: 'Ferris Okonkwo',
    date: 'Feb 20, 2024 at 8:02',
  },
];
const suA1 = [
  'A wake time that is always a few minutes past 3 a.m. is the giveaway. That is the default start of Automatic Maintenance, and on ' +
    'a lot of laptops it is allowed to wake the machine even after you have switched wake timers off in the power plan.',
  'Open Control Panel, go to Security and Maintenance, expand Maintenance and click “Change maintenance settings”. Untick ' +
    '“Allow scheduled maintenance to wake up my computer at the scheduled time”. While you are there, move the maintenance time ' +
    'to an hour when the laptop is normally awake anyway.',
  'If the checkbox is greyed out, the same setting lives in the registry:',
];
const suA1b = [
  'Set <code>WakeUp</code> to 0 and restart. The reason <code>powercfg -lastwake</code> shows nothing is that a maintenance wake is ' +
    'recorded against the system rather than against a device, so the wake history stays empty.',
];
const suA1Comments = [
  {
    score: '3',
    text: 'That was it. The maintenance box was ticked even though I had never touched it. Two nights without a wake now, thank you!',
    user: 'Dara Whelan',
    date: 'Feb 21, 2024 at 6:48',
  },
];
const suA2 = [
  'One more thing that does this on Corvane laptops in particular: the vendor’s update tool, Corvane Assist, installs its own ' +
    'scheduled task that runs at 3:05 a.m. with the wake option set. It does not sit in the usual Task Scheduler Library folder but ' +
    'under <code>&#92;Corvane&#92;Assist</code>, which is easy to miss.',
  'You can list every timer that is currently allowed to wake the machine from an elevated prompt:',
  'If you uninstall Corvane Assist you will have to look for BIOS and driver updates by hand, so I would rather untick the wake option ' +
    'on that one task and leave the tool installed.',
];
const suTags = ['windows-11', 'sleep', 'power-management', 'wake-on-lan'];
const suDupe = 'How can I find out what is waking my Windows PC from sleep?';
const suNotice = ['This question already has answers here', '(9 answers)', 'Closed', '1 year ago'] as const;
const suBlog = ['The search for the perfect laptop keyboard never ends', 'How a small team keeps a twenty-year-old codebase alive'];
const suMeta = ['Community Asks Sprint announcement for October 2025', 'Policy: generated content remains banned on this site'];
const suRelated: [string, string][] = [
  ['12', 'Windows 10 wakes up from sleep on its own every night'],
  ['4', 'Disable wake on LAN for a USB ethernet adapter'],
  ['0', 'Laptop fan turns on while the lid is closed and the machine is asleep'],
  ['7', 'What is the difference between Modern Standby and S3 sleep?'],
];
const suHot = [
  'Why does my sourdough starter smell of nail polish after a week in the fridge?',
  'Is it rude to decline a reference request from a former colleague?',
  'Can a wizard hold a ritual spell while riding a mount?',
  'How do I stop a cast iron radiator from ticking when the heating comes on?',
];
const suFirst = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
const su1: SePost = {
  id: '1823407',
  kind: 'question',
  score: '5',
  notice: `<aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap">
<div class="d-flex fw-nowrap"><div class="flex--item wmn0 fl1 lh-lg"><div class="flex--item fl1 lh-lg"><div><b>${suNotice[0]}</b>:
<div class="mt8"><a href="/questions/1128/how-can-i-find-out-what-is-waking-my-windows-pc-from-sleep">${suDupe}</a>
<span class="fc-black-500">${suNotice[1]}</span></div></div></div></div></div><div class="flex--item mb0 mt8">${suNotice[2]}
<span title="2024-02-20 08:02:33Z" class="relativetime">${suNotice[3]}</span>.</div></div></aside>`,
  body: `<p>${suQ1[0]}</p>\n<p>${suQ1[1]}</p>\n<ul>${suQList.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${suQ2[0]}</p>
<pre class="lang-none s-code-block"><code class="hljs language-plaintext">Wake History Count - 1
Wake History [0]
  Wake Source Count - 0
</code></pre>\n<p>${suQ3[0]}</p>`,
  tags: suTags,
  action: 'asked <span title="2024-02-19 20:51:07Z" class="relativetime">Feb 19, 2024 at 20:51</span>',
  user: 'Dara Whelan',
  rep: '143',
  badges: ['0', '1', '7'],
  edited: 'edited <span title="2024-02-19 21:05:44Z" class="relativetime">Feb 19, 2024 at 21:05</span>',
  comments: suQComments,
};
const su2: SePost = {
  id: '1823455',
  kind: 'answer',
  score: '14',
  accepted: true,
  body: `<p>${suA1[0]}</p>\n<p>${suA1[1]}</p>\n<p>${suA1[2]}</p>
<pre class="lang-none s-code-block"><code>HKEY_LOCAL_MACHINE&#92;SOFTWARE&#92;Microsoft&#92;Windows NT&#92;CurrentVersion&#92;Schedule&#92;Maintenance
    WakeUp    REG_DWORD    0x1
</code></pre>\n<p>${suA1b[0]}</p>`,
  action: 'answered <span title="2024-02-19 22:41:19Z" class="relativetime">Feb 19, 2024 at 22:41</span>',
  user: 'Tomasz Kaleta',
  rep: '38.9k',
  badges: ['6', '71', '112'],
  edited: 'edited <span title="2024-02-20 18:03:01Z" class="relativetime">Feb 20, 2024 at 18:03</span>',
  comments: suA1Comments,
};
const su3: SePost = {
  id: '1823610',
  kind: 'answer',
  score: '3',
  body: `<p>${suA2[0]}</p>\n<p>${suA2[1]}</p>\n<pre class="lang-none s-code-block"><code>powercfg -waketimers\n</code></pre>\n<p>${suA2[2]}</p>`,
  action: 'answered <span title="2024-02-21 07:55:40Z" class="relativetime">Feb 21, 2024 at 7:55</span>',
  user: 'quietbyte',
  rep: '2,114',
  badges: ['1', '9', '22'],
  comments: [],
};
const suBottom = ["Not the answer you're looking for? Browse other questions tagged", 'or', 'ask your own question'];
const suHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>windows 11 - Laptop wakes from sleep every night just after 3 a.m. even with wake timers disabled - Super User</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/superuser/Img/favicon.ico?v=4852d6fb3f5d">
<link rel="canonical" href="https://superuser.com/questions/1823407/laptop-wakes-from-sleep-every-night-just-after-3-a-m-even-with-wake-timers-disabled">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Super User"><meta name="twitter:card" content="summary">
<meta property="og:title" content="Laptop wakes from sleep every night just after 3 a.m. even with wake timers disabled">
<meta name="twitter:description" property="og:description" content="I have a Corvane Aero 14 running Windows 11 Home 23H2.">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script>
<script defer src="https://cdn.sstatic.net/Js/stub.en.js?v=5c4d1b2e0f9a"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=4a9b6f0e1c22">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/superuser/primary.css?v=8d5c3e7a1b90">
<script>StackExchange.init({"locale":"en","serverTime":1760433012,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com","site":{"name":"Super User","description":"Q&A for computer enthusiasts and power users"},
"user":{"fkey":"","tid":"b7c1","rep":0,"isAnonymous":true}});StackExchange.using.setCacheBreakers({"js/full.en.js":"0b2f"});</script>
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div><div id="custom-header"></div>
${seHeader('Super User', 'https://superuser.com')}
<div class="container">${seLeftSidebar()}
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/superuser/Img/apple-touch-icon.png?v=0ad5b7a83e49">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/1823407/laptop-wakes-from-sleep-every-night"
class="question-hyperlink">${suTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end">
<div class="ml12 aside-cta flex--item print:d-none"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2024-02-19 20:51:07Z">
<span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2024-02-19T20:51:07">1 year, 8 months ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit"
title="2024-02-21 07:55:40Z">1 year, 7 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 2,318 times">
<span class="fc-black-400 mr2">Viewed</span>
2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
${sePost(su1)}
<div id="answers"><a name="tab-top"></a>${seAnswersHeader('2')}
${sePost(su2)}
${sePost(su3)}
<h2 class="bottom-notice" data-loc="1">${suBottom[0]}
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${suTags
  .map(
    (t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}"
class="s-tag post-tag" rel="tag">${t}</a></li>`,
  )
  .join('\n')}</ul>
or <a href="/questions/ask">${suBottom[2]}</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">${seWidget('The Overflow Blog', suBlog)}
${seWidget('Featured on Meta', suMeta)}
${seLinkedList('linked', 'Linked', [['73', suDupe]])}
${seLinkedList('related', 'Related', suRelated)}
${seHot(suHot)}</div></div></div></div></div>
${seFooter('Super User', 'https://superuser.com', suFirst)}
${seConsentBanner()}
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true, questionId: 1823407 }); });</script>
</body></html>`;
const superUser: TestPage = {
  html: suHtml,
  name: 'heldout152-superuser-duplicate-question',
  kind: 'forum',
  // the question, its comments, both answers and the answer comment are body; the duplicate notice at the top of the
  // question cell (with the linked question title and its "(9 answers)") is furniture; the "asked", "answered", "edited"
  // lines, the user names, comment dates and the "Asked"/"Modified" row are bylines; scores, reputation, badge counts,
  // "Viewed 2k times", tags, menus and rails are furniture; the code blocks are in neither list
  title: suTitle,
  headings: [],
  body: [
    ...texts(suQ1),
    ...texts(suQList),
    ...texts(suQ2),
    ...texts(suQ3),
    ...texts(suQComments.map((c) => c.text)),
    ...texts(suA1),
    ...texts(suA1b),
    ...texts(suA1Comments.map((c) => c.text)),
    ...texts(suA2),
  ],
  bylines: [
    'asked Feb 19, 2024 at 20:51',
    'edited Feb 19, 2024 at 21:05',
    'Dara Whelan',
    'answered Feb 19, 2024 at 22:41',
    'edited Feb 20, 2024 at 18:03',
    'Tomasz Kaleta',
    'answered Feb 21, 2024 at 7:55',
    'quietbyte',
    ...[...suQComments, ...suA1Comments].flatMap((c) => [c.user, c.date]).filter((t) => t !== 'Dara Whelan'),
    'Asked 1 year, 8 months ago',
    'Modified 1 year, 7 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...seTopbar, ...seLeftNav, ...seTeams, 'Ask Question', 'Viewed 2k times', 'This question already has answers here:', suDupe, suNotice[1],
    'Closed 1 year ago.', ...suTags, ...sePostMenu, '143', '38.9k', '2,114', '14', ...seSort, '2 Answers', ...suBottom.filter((t) => t !== 'or'),
    'The Overflow Blog', ...suBlog, 'Featured on Meta', ...suMeta, 'Linked', 'Related', ...suRelated.map((r) => r[1]), 'Hot Network Questions', ...suHot,
    'more hot questions', 'Question feed', 'Super User', ...suFirst, ...seFooterCompany, ...seFooterNetwork, ...seSocial,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2025.10.14.35120', ...seConsent,
  ])],
};

export const HELDOUT152_A: readonly TestPage[] = [superUser, oldReddit];
