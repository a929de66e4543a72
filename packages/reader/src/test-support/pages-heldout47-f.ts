import { type TestPage, texts } from './page-kit.js';
import { mailmanDigest } from './pages-heldout47-f2.js';

/**
 * Held-out batch 47, file f: a thread on a Phorum 5.2 forum with the Emerald template, flat view (the site logo and
 * logged-out links, breadcrumb, forum name and description, the search box, the nav bar above and below, four messages with
 * author, subject, date and user info heads, br-separated bodies, a bbcode quote, an edit notice and Reply/Quote links, the
 * "only registered users may post" box and the "powered by Phorum" plug).
 */
const phTitle = 'Alternator not charging the leisure bank after fitting a new split charge relay';
type PhMsg = { id: number; who: string; uid: number; reg: string; posts: string; when: string; paras: string[]; quote?: [string, string]; edit?: string };
const phMsgs: PhMsg[] = [
  {
    id: 34567,
    who: 'narrowboat_dave',
    uid: 876,
    reg: '2 years ago',
    posts: '48',
    when: 'March 03, 2025 07:41PM',
    paras: [
      'Last month I replaced the old split charge relay on our 57 ft narrowboat with a voltage sensing relay, because the old ' +
        'one was clicking and getting hot. Since then the starter battery charges fine but the leisure bank barely moves: after a ' +
        'four hour cruise it still shows 12.3 V at rest.',
      'The new relay has three terminals and I wired it exactly as the instructions show, with the earth going to the engine ' +
        'block. The LED on the relay lights green when the engine is running, so it seems to think it is connected.',
      'Before I start pulling wires out, is there something obvious I have missed?',
    ],
  },
  {
    id: 34571,
    who: 'Sparky_Jen',
    uid: 112,
    reg: '9 years ago',
    posts: '3,117',
    when: 'March 03, 2025 08:26PM',
    paras: [
      'A green LED only tells you the relay has switched, not that current can get through. With a long cable run to the back of ' +
        'the boat the voltage drop can be big enough that the leisure bank never sees much more than 13 V, and that is not ' +
        'enough to do much charging.',
      'Measure the voltage at the leisure battery terminals with the engine at cruising revs. If it is a lot lower than at the ' +
        'starter battery, the cable is too thin or one of the connections is poor. The old relay may have been wired with ' +
        "thicker cable than the new one's instructions call for.",
    ],
  },
  {
    id: 34590,
    who: 'narrowboat_dave',
    uid: 876,
    reg: '2 years ago',
    posts: '48',
    when: 'March 04, 2025 06:12PM',
    quote: ['Sparky_Jen', 'Measure the voltage at the leisure battery terminals with the engine at cruising revs.'],
    paras: [
      'You were right. 14.2 V at the starter battery, 12.9 V at the leisure bank. The cable is 16 mm² over about 9 metres, and ' +
        'the table in our boat manual says it should be at least 35 mm² for an alternator of our size.',
      "So it was always marginal, and the old relay's heat was probably a symptom of the same thing. New cable is ordered.",
    ],
    edit: 'Edited 1 time(s). Last edit at 03/04/2025 06:20PM by narrowboat_dave.',
  },
  {
    id: 34602,
    who: 'old_lock_keeper',
    uid: 55,
    reg: '14 years ago',
    posts: '8,902',
    when: 'March 05, 2025 09:02AM',
    paras: [
      'While you have the cable out, put a fuse or breaker at each battery end. With a run that long through the engine bay, a ' +
        'chafed cable shorting to the hull is a real fire risk, and the Boat Safety Scheme examiner will ask about it at the next ' +
        'test anyway.',
    ],
  },
];
const phNav = (bottom: boolean) => `<div class="nav">
<a class="icon icon-comment-add" href="posting.php?12">New Topic</a>
<a class="icon icon-prev" href="read.php?12,34512,newer">Go to Topic: Previous</a><a class="icon icon-next" href="read.php?12,34567,older">Next</a>
<a class="icon icon-folder" href="index.php?1">Go to: Forum List</a>
<a class="icon icon-list" href="list.php?12">Message List</a>
${bottom ? '' : '<a class="icon icon-printer" href="read.php?12,34567,print">Print View</a>\n'}<a class="icon icon-zoom" href="search.php?12">Search</a>
<a class="icon icon-key-go" href="login.php?12">Log In</a>
</div>`;
const phQuote = ([who, text]: [string, string]) =>
  `<blockquote class="bbcode"><div><small>Quote<br /></small><strong>${who}</strong><br />${text}</div></blockquote>`;
const phMsg = (m: PhMsg, i: number) => `<a name="msg-${m.id}"></a>
<div class="message">
  <div class="generic">
    <table border="0" cellspacing="0">
      <tr>
        <td width="100%">
          <div class="message-author icon-user"><a href="profile.php?12,${m.uid}">${m.who}</a></div>
          <div class="message-subject"><a href="read.php?12,34567,${m.id}#msg-${m.id}">${i === 0 ? '' : 'Re: '}${phTitle}</a></div>
          <div class="message-date">${m.when}</div>
        </td>
        <td class="message-user-info" nowrap="nowrap">Registered: ${m.reg}<br />Posts: ${m.posts}</td>
      </tr>
    </table>
  </div>
  <div class="message-body">
    ${m.quote ? phQuote(m.quote) : ''}${m.paras.join('<br />\n<br />\n')}
    ${m.edit ? `<div class="message-edit">${m.edit}</div>` : ''}
    <div class="message-options">
      <a class="icon icon-comment-add" href="read.php?12,34567,${m.id}#REPLY">Reply</a>
      <a class="icon icon-comment-edit" href="read.php?12,34567,${m.id},quote=1#REPLY">Quote</a>
    </div>
  </div>
</div>`;
const phHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="EN">
<head>
<title>${phTitle}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<link rel="stylesheet" type="text/css" href="https://www.canalowners.example/forum/css.php?12,css" media="screen" />
<link rel="stylesheet" type="text/css" href="https://www.canalowners.example/forum/css.php?12,css_print" media="print" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://www.canalowners.example/forum/feed.php?12,34567,type=rss" />
<script type="text/javascript" src="https://www.canalowners.example/forum/javascript.php?12"></script>
<script type="text/javascript">
// <![CDATA[
  var phorum_base_url = 'https://www.canalowners.example/forum/';
// ]]>
</script>
</head>
<body onload="">
<div id="phorum">
<div id="user-info" class="logged-out">
<a class="icon icon-key-go" href="login.php?12">Log In</a>
<a class="icon icon-user-add" href="register.php?12">Register</a>
</div>
<div id="logo"><a href="https://www.canalowners.example/forum/index.php">
<img src="templates/emerald/images/logo.png" width="170" height="49" alt="Canal Boat Owners' Forum" border="0" /></a></div>
<div id="breadcrumb">
<a href="https://www.canalowners.example/">Home</a> &gt;
<a href="index.php?1">Forums</a> &gt;
<a href="list.php?12">Engines &amp; Electrics</a> &gt;
<span class="current">${phTitle}</span>
</div>
<div id="search-area" class="icon-zoom">
<form id="header-search-form" class="search-form" action="search.php" method="get">
<input type="hidden" name="forum_id" value="12" />
<input type="text" name="search" size="20" value="" class="styled-text" alt="Search" />
<input type="submit" value="Search" class="styled-button" alt="Search" /><br />
<a href="search.php?12">Advanced Search</a>
</form>
</div>
<div id="page-info">
<h1>Engines &amp; Electrics</h1>
<div class="description">Engines, gearboxes, alternators, batteries, solar and shore power.&nbsp;</div>
</div>
${phNav(false)}
${phMsgs.map(phMsg).join('\n')}
${phNav(true)}
<div class="attention">Sorry, only registered users may post in this forum.<br /><a href="login.php?12">Click here to login</a></div>
<div id="footer-plug">This <a href="http://www.phorum.org/">forum</a> is powered by <a href="http://www.phorum.org/">Phorum</a>.</div>
</div>
</body>
</html>`;
const phorum: TestPage = {
  html: phHtml,
  name: 'heldout47-phorum-thread',
  kind: 'forum',
  // title: the first message's subject; no headings (the h1 is the forum's name: furniture); body: the four messages; the
  // bbcode quote in the third (its "Quote" label and quoted name with it) is in neither; bylines: the authors, the message
  // dates and the edit notice; furniture: logged-out links, breadcrumb, search, forum name and description, the nav bars
  // (once), the "Re:" subjects, registration and post counts, Reply/Quote links, the attention box and the plug; the nav's
  // "Next" is a body word: left out
  title: phTitle,
  headings: [],
  body: phMsgs.flatMap((m) => texts(m.paras)),
  bylines: [...new Set(phMsgs.map((m) => m.who)), ...phMsgs.map((m) => m.when), phMsgs[2]!.edit!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Register', 'Home', 'Forums', 'Engines & Electrics', 'Advanced Search', 'Engines, gearboxes, alternators, batteries, solar and shore power.',
    'New Topic', 'Go to Topic: Previous', 'Go to: Forum List', 'Message List', 'Print View', 'Search', `Re: ${phTitle}`,
    ...new Set(phMsgs.flatMap((m) => [`Registered: ${m.reg}`, `Posts: ${m.posts}`])), 'Reply', 'Quote',
    'Sorry, only registered users may post in this forum.', 'Click here to login', 'This forum is powered by Phorum.',
  ],
};

export const HELDOUT47_F: readonly TestPage[] = [phorum, mailmanDigest];
