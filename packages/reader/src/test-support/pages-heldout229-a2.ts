import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 229, file a2: a Google Groups conversation in the current web UI as a signed-out visitor saves it (the
 * Google bar with "Groups" and "Sign in", the group's left nav, "Conversations" / "About", the subject with the "x views"
 * line, each message card's author, "unread", date, "to" line and the Reply all / Reply to author / Forward bar, the hidden
 * "Show quoted text" quote, and the footer with Privacy and Terms).
 */
const ggTitle = 'Proposal: moving the weekly build to Thursday mornings';
const ggM1 = [
  'Hi all,',
  'Since the start of the year the weekly build has been cut on Monday at 09:00 UTC. That made sense when most of the team was in ' +
    'Europe, but half of the people merging changes are now in Vancouver and Auckland, and Monday morning in Europe is Sunday night ' +
    'or very early Monday for them. In practice their weekend fixes land after the cut and wait a full week.',
  'I would like to move the cut to Thursday at 20:00 UTC. That is Thursday lunchtime on the west coast and Friday morning in ' +
    'Auckland, so everybody gets a working day before and after it. Release notes would still go out on Fridays.',
  'If nobody objects by the end of next week I will update the schedule on the wiki and the bot configuration.',
  'Ilse',
];
const ggM2 = [
  'This works for me, and for the two people on my team in Wellington it is a clear improvement.',
  'One thing to check: the translation sync currently runs on Sunday night so that strings are fresh for the Monday cut. If the cut ' +
    'moves we should move the sync to Wednesday night, or we will ship strings that are four days stale.',
  'Tomasz',
];
const ggM3 = [
  'Good catch on the translation sync. I have added that to the plan, along with the mirror refresh, which also keys off Monday.',
  'No objections so far, so the first Thursday cut will be on the 19th. I will send a reminder the day before.',
  'Ilse',
];
const ggQuote = 'If the cut moves we should move the sync to Wednesday night, or we will ship strings that are four days stale.';
const ggNav = ['My groups', 'Recent groups', 'Starred', 'Favorites', 'Conversations', 'About'];
const ggCard = (author: string, date: string, to: string, body: readonly string[], quote = ''): string => `<section class="BkrUxb" role="listitem">
<div class="LgTGKe"><div class="s1f8Zd"><h3 class="s1f8Zd"><span class="s1f8Zd">${author}</span></h3>
<span class="nFkL4c" aria-hidden="true">unread,</span><span class="zX2W9c" data-date="${date}">${date}</span></div>
<div class="IalSHb">${to}</div></div>
<div class="ptW7te" role="region" aria-label="Message body"><html-blob>${body.map((p) => `<div>${p}</div><div><br></div>`).join('\n')}
${
  quote === ''
    ? ''
    : `<div class="yTiCBe"><div role="button" class="LNl1Bf" aria-label="Show quoted text">Show quoted text</div>
<div class="DfDUvf" style="display:none"><blockquote class="gmail_quote">${quote}</blockquote></div></div>`
}</html-blob></div>
<div class="USyYIc" role="toolbar"><div role="button" class="U26fgb">Reply all</div><div role="button" class="U26fgb">Reply to author</div>
<div role="button" class="U26fgb">Forward</div></div></section>`;
const ggHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Proposal: moving the weekly build to Thursday mornings</title>
<meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${ggTitle}"><meta property="og:description" content="Since the start of the year the weekly build has been cut on Monday">
<link rel="stylesheet" href="https://www.gstatic.com/_/og/_/ss/k=og.qtm.A.css"><script nonce="x7f">window.WIZ_global_data = {"Im6cmf":"/groups"};</script>
<script src="https://www.gstatic.com/_/mss/boq-groups/_/js/k=boq-groups.GroupsFrontendUi.en.js" async nonce="x7f"></script></head>
<body><div class="gb_Ja" id="gb"><header class="gb_ya" role="banner"><a href="#main" class="gb_Ub">Skip to main content</a>
<span class="gb_Ed">Groups</span><form class="gb_Ce" role="search"><input aria-label="Search" placeholder="Search conversations within buildbot-users"></form>
<a class="gb_Da" href="https://accounts.google.com/ServiceLogin">Sign in</a></header></div>
<div class="mxEzHb"><nav class="K1xB4e" role="navigation"><div class="DYVPCf">Groups</div><ul>${ggNav
  .map(
    (n) => `<li class="VcwtHc"><a>${n}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<main id="main" role="main" class="ETPPmf"><div class="hbXgsd"><a class="SXn1lc" href="/g/buildbot-users">buildbot-users</a></div>
<div class="ptW7te"><a class="rdjvbc" href="/g/buildbot-users" aria-label="Back to conversations">Back to conversations</a>
<h1 class="KPwZRb gKR4Fb" role="heading">${ggTitle}</h1><div class="f8oEbb">148 views</div>
<a class="q8PkRb" href="#firstunread">Skip to first unread message</a></div>
<div role="list" class="yhgbKd">
${ggCard('Ilse Varga', 'Oct 2, 2025, 9:14:07 AM', 'to buildbot-users', ggM1)}
${ggCard('Tomasz Wielgosz', 'Oct 2, 2025, 11:40:52 AM', 'to buildbot-users', ggM2)}
${ggCard('Ilse Varga', 'Oct 9, 2025, 4:02:31 PM', 'to Tomasz Wielgosz, buildbot-users', ggM3, ggQuote)}
</div></main></div>
<footer class="C8RmQc"><a href="https://policies.google.com/privacy">Privacy</a> • <a href="https://policies.google.com/terms">Terms</a>
<a href="#" class="yGDNlc">Send feedback to Google</a><a href="https://support.google.com/groups">Help</a></footer></body></html>`;
export const googleGroupsThread: TestPage = {
  html: ggHtml,
  name: 'heldout229-google-groups-conversation-forum',
  kind: 'forum',
  // the salutations and sign-off names typed in the messages are part of the messages (body); the hidden quote is in neither
  title: ggTitle,
  headings: [],
  body: texts([...ggM1, ...ggM2, ...ggM3]),
  bylines: ['Ilse Varga', 'Tomasz Wielgosz', 'Oct 2, 2025, 9:14:07 AM', 'Oct 2, 2025, 11:40:52 AM', 'Oct 9, 2025, 4:02:31 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign in', ...ggNav, 'buildbot-users', 'Back to conversations', '148 views', 'Skip to first unread message',
    'unread,', 'to buildbot-users', 'to Tomasz Wielgosz, buildbot-users', 'Show quoted text', 'Reply all', 'Reply to author', 'Forward',
    'Privacy', 'Terms', 'Send feedback to Google', 'Help',
  ],
};
