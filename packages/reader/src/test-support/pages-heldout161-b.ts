import { type TestPage, texts } from './page-kit.js';
import { lifehackerNews } from './pages-heldout161-b2.js';

/**
 * Held-out batch 161, file b: an LWN.net feature article as a signed-out visitor saves it (the left "Content" menu, the
 * User/Password login form with "Subscribe" and "Register", the "Ready to give LWN a try?" trial box at the top of the article
 * text, the FeatureByline, h4 section headings, a <pre> code block and a BigQuote, the "Index entries for this article" table,
 * "(Log in to post comments)", reader comments in CommentBox details with "Posted ... by" lines, and the copyright footer)
 * and, from file b2, a Lifehacker how-to article.
 */
const lwTitle = 'Merrow 4.0 and the end of the shell-script service';
const lwTrial = `Ready to give LWN a try? With a subscription to LWN, you can stay current with what is happening in the Linux and free-software
community and take advantage of subscriber-only site features. We are pleased to offer you a free trial subscription, no credit card
required, so that you can see for yourself. Please, join us!`;
const lwP1 = [
  `The Merrow init system has spent most of its eleven years as the quiet alternative: small, written in C, and used mainly by a handful
  of embedded distributions and by people who like to know exactly what their systems do at boot. The 4.0 release, which arrived on
  February 24, changes that picture somewhat. It drops support for the shell-script service definitions that have been the project's
  calling card since 2015, and replaces them with a declarative format that its developers hope will make Merrow practical for general
  purpose distributions.`,
];
const lwH1 = 'Why change now';
const lwP2 = [
  `Merrow's original design let any executable script act as a service. The init process would run it with <tt>start</tt> or
  <tt>stop</tt> as an argument and watch the exit code. That made it easy to get started, but lead developer Ilse Vantongeren argued in
  her announcement that it has become the project's biggest limitation:`,
];
const lwQuote = `Every distribution that tried Merrow wrote several hundred scripts, each of which reimplemented the same handful of things
slightly differently: dropping privileges, waiting for the network, writing a PID file. We were spending most of our time on bug
reports about scripts we did not write.`;
const lwP3 = [`The new format describes a service as a short file of key-value pairs. A minimal definition for an SSH daemon looks like this:`];
const lwCode = `[service]
exec = /usr/sbin/sshd -D
user = root
after = network-online
restart = on-failure`;
const lwP4 = [
  `Merrow parses these files at startup and builds a dependency graph, which lets it start independent services in parallel. Vantongeren
  reported boot times on a Raspberry Pi-class board falling from 14 seconds to just under six with the same set of services.`,
];
const lwH2 = 'Compatibility and complaints';
const lwP5 = [
  `Not everyone is pleased. The <a href="https://example.org/merrow-list">mailing-list thread</a> following the announcement includes a
  number of users who chose Merrow precisely because any service could be a shell script. A converter is provided that handles simple
  scripts automatically, but anything with conditional logic must be rewritten by hand. Kestrel Linux, the largest distribution using
  Merrow by default, has said it will stay on the 3.x branch until at least its next major release.`,
  `For those who need an escape hatch, a service may still name a script as its <tt>exec</tt> line; Merrow simply treats it as an ordinary
  program and no longer passes it any arguments. That keeps the door open for complex cases, though it gives up the parallel startup for
  anything behind the script.`,
  `Whether the change will bring Merrow the wider adoption its developers want remains to be seen. The init-system wars of the last decade
  left most distributions with little appetite for switching again. But for the embedded systems where Merrow already lives, a faster
  boot and fewer hand-written scripts seem likely to be welcome, once the initial migration pain has passed.`,
];
const lwMenu = ['Weekly Edition', 'Archives', 'Search', 'Kernel', 'Security', 'Events calendar', 'Unread comments', 'LWN FAQ', 'Write for us'];
const lwComments = [
  [
    'Good riddance to the scripts',
    'Posted Mar 3, 2026 15:02 UTC (Tue) by pjmoss (subscriber, #14402)',
    'I maintained a set of Merrow scripts for a router distribution for six years. Half the bugs were quoting problems. The new format is the right call.',
  ],
  [
    'Converter coverage',
    'Posted Mar 3, 2026 16:40 UTC (Tue) by halvard (guest, #178820)',
    'Does anyone know what fraction of the Kestrel scripts the converter handles? That seems like the number that matters.',
  ],
];
const lwFoot = [
  'Copyright © 2026, Eklektix, Inc.',
  'Comments and public postings are copyrighted by their creators.',
  'Linux is a registered trademark of Linus Torvalds',
];
const lwHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Merrow 4.0 and the end of the shell-script service [LWN.net]</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="${lwTitle}"><meta property="og:site_name" content="LWN.net"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary"><link rel="icon" href="https://static.lwn.net/images/favicon.png" type="image/png">
<link rel="stylesheet" href="/CSS/lwn"><link rel="stylesheet" href="/CSS/nosub"><link rel="stylesheet" href="/CSS/pure-min">
<script type="text/javascript">var p="http",d="static";if(document.location.protocol=="https:"){p+="s";d="engine";}</script></head>
<body><a name="t"></a>
<div id="menu"><a href="/"><img src="https://static.lwn.net/images/logo/barepenguin-70.png" class="logo" border="0" alt="LWN.net Logo">
<span class="logo">LWN<br>.net</span><span class="logobl">News from the source</span></a>
<div class="navmenu-container"><ul class="navmenu"><li><a class="navmenu" href="#t"><b>Content</b></a><ul>
${lwMenu.map((t) => `<li><a href="/${t.replace(/ /g, '')}/">${t}</a></li>`).join('\n')}</ul></li></ul></div></div>
<div class="not-handset" style="margin-left: 10.5em; display: block;"><div class="not-print"><div id="ad_sidebar"></div></div></div>
<div class="topnav-container"><div class="not-handset"><form action="https://lwn.net/Login/" method="post" name="loginform" class="loginform">
<label><b>User:</b> <input type="text" name="uname" value="" size="8" id="uc"></label>
<label><b>Password:</b> <input type="password" name="pword" size="8" id="pc"></label>
<input type="hidden" name="target" value="/Articles/1061843/"><input type="submit" name="submit" value="Log in"></form> |
<form action="https://lwn.net/subscribe/" method="post" class="loginform"><input type="submit" name="submit" value="Subscribe"></form> |
<form action="https://lwn.net/Login/newaccount" method="post" class="loginform"><input type="submit" name="submit" value="Register"></form></div></div>
<div class="maincolumn flexcol"><div class="middlecolumn"><div class="PageHeadline"><h1>${lwTitle}</h1></div>
<div class="ArticleText">
<blockquote class="ad"><b>Ready to give LWN a try?</b>${lwTrial.replace('Ready to give LWN a try?', '')}</blockquote>
<div class="FeatureByline">By <b>Renate Voskuil</b><br>March 3, 2026</div>
<p>${lwP1[0]}</p>
<h4>${lwH1}</h4>
<p>${lwP2[0]}</p>
<div class="BigQuote">${lwQuote}</div>
<p>${lwP3[0]}</p>
<pre>${lwCode}</pre>
<p>${lwP4[0]}</p>
<h4>${lwH2}</h4>
${lwP5.map((p) => `<p>${p}</p>`).join('\n')}
<br clear="all"><table class="IndexEntries"><tr><th colspan="2">Index entries for this article</th></tr>
<tr><td><a href="/Archives/GuestIndex/">Distributions</a></td><td><a href="/Archives/GuestIndex/#Init">Init systems</a></td></tr></table>
<br clear="all"><hr width="60%" align="left">(<a href="/Login/?target=/Articles/1061843/">Log in</a> to post comments)<p></p>
<a name="Comments"></a>
${lwComments
  .map(
    ([t, by, text], i) => `<details class="CommentBox" open><summary><h3 class="CommentTitle">${t}</h3><div class="AnnLine">
<p class="CommentPoster">${by} [<a href="/Articles/106185${i}/">Link</a>] (${i + 1} responses)</p></div></summary>
<div class="FormattedComment"><p>${text}</p></div>(<a href="/Login/?target=/Articles/106185${i}/">Log in</a> to post comments)</details>`,
  )
  .join('\n')}
</div></div></div>
<br clear="all"><center><p><font size="-2">${lwFoot[0]}<br>${lwFoot[1]}<br>${lwFoot[2]}<br></font></p></center>
<script type="text/javascript" src="/js/lwn.js"></script></body></html>`;
const lwn: TestPage = {
  html: lwHtml,
  name: 'heldout161-lwn-news',
  kind: 'news',
  // the BigQuote is the story's quotation (body); the <pre> service file and the index table's header cell are in neither list
  title: lwTitle,
  headings: [lwH1, lwH2],
  body: texts([...lwP1, ...lwP2, lwQuote, ...lwP3, ...lwP4, ...lwP5]),
  bylines: ['By Renate Voskuil', 'March 3, 2026', ...lwComments.map((c) => c[1] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LWN.net', 'News from the source', 'Content', 'Index entries for this article', ...lwMenu, 'User:', 'Password:', lwTrial,
    'Distributions', 'Init systems', 'Log in to post comments',
    ...lwComments.flatMap((c) => [c[0] ?? '', c[2] ?? '']), 'Link', '(1 responses)', '(2 responses)', ...lwFoot,
  ],
};

export const HELDOUT161_B: readonly TestPage[] = [lwn, lifehackerNews];
