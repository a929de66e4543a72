import type { TestPage } from './page-kit.js';
import { j, pre, wrap } from './pages-heldout280-kit.js';

/**
 * Held-out batch 280, file c2: a release announcement in the GNU lists archive (MHonArc comments, the Top / All Lists bar
 * with the search form, Date / Thread prev and next links, the h1 subject, the From / Subject / Date list, the message in
 * `<pre>` with its NEWS entries and download lines, the "Reply via email to" box and the by-date / by-thread list).
 */
const gTitle = 'GNU Glimmer 2.7 released [stable]';
const gIntro = [
  j(
    'This is to announce Glimmer 2.7, a stable release. GNU Glimmer is a program that highlights the differences between',
    'two versions of a structured text file, such as a configuration file or a table, by matching records instead of lines.',
  ),
  j(
    'There have been 143 commits by 9 people in the 31 weeks since 2.6. The main change is a new matcher for indented',
    'formats, which no longer treats a change of indentation as the deletion and re-insertion of a whole block.',
  ),
  j(
    'The indented matcher is still new, so it is off by default; turn it on with --indent-aware and tell us where it',
    'gets things wrong. We expect to make it the default in 2.8 if the reports stay quiet.',
  ),
  'Thanks to everyone who has contributed! The following people contributed changes to this release:',
];
const gPeople = ['Anouk Bressler (12)', 'Elias Tunmore (7)', 'Ilka Vanterpool (3)', 'Yusra Kettleby (88)'];
const gNewsHead = ['* Noteworthy changes in release 2.7 (2026-03-03) [stable]', '** New features', '** Bug fixes'];
const gNew = [
  '--indent-aware now matches blocks of YAML, Python and Makefiles by their keys, so a re-indented block shows as moved.',
  'The new --records=csv mode compares CSV files row by row, keyed on the columns given with --key.',
  'Output can be written as unified JSON with --format=json, one object per changed record.',
];
const gFix = [
  'glimmer no longer crashes when one of the inputs ends without a newline and the other does not. [bug introduced in 2.4]',
  'Tabs inside quoted strings are no longer expanded before matching, which made some identical lines compare as changed.',
];
const gDl = [
  'Here are the compressed sources and a GPG detached signature:',
  'https://ftp.gnu.example/gnu/glimmer/glimmer-2.7.tar.xz',
  'https://ftp.gnu.example/gnu/glimmer/glimmer-2.7.tar.xz.sig',
  j(
    'Use a mirror for higher download bandwidth: https://ftpmirror.gnu.example/glimmer/glimmer-2.7.tar.xz. To verify the',
    'signature, run gpg --verify glimmer-2.7.tar.xz.sig after importing the key of the release manager.',
  ),
  j(
    'This release was bootstrapped with Autoconf 2.72 and Automake 1.17. Please report problems to the bug list, and',
    'include the output of glimmer --version with every report.',
  ),
];
const gNav = ['Date Prev', 'Date Next', 'Thread Prev', 'Thread Next', 'Date Index', 'Thread Index'];
const gBot = [
  ['Prev by Date:', 'Re: glimmer-mode breaks with tabs in Org tables'],
  ['Next by Date:', 'Glimmer 2.7 in Debian testing'],
  ['Previous by thread:', 'GNU Glimmer 2.7 release candidate available for testing'],
  ['Next by thread:', 'Re: GNU Glimmer 2.7 released [stable]'],
];
const gHtml = `<!-- MHonArc v2.6.24 -->
<!--X-Subject: ${gTitle} -->
<!--X-From-R13: Orggvan Ehuyr &#60;oehuyr&#64;tyvzzre.rknzcyr&#62; -->
<!--X-Date: Tue, 03 Mar 2026 09:12:40 &#45;0500 -->
<!--X-Message-Id: 87sf3k0v2q.fsf&#64;glimmer.example -->
<!--X-Content-Type: text/plain -->
<!--X-Head-End-->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>${gTitle}</title>
<link rel="stylesheet" href="/style.css" type="text/css" media="screen" />
</head>
<body>
<!--X-Body-Begin-->
<!--X-User-Header-->
<table cellpadding="2" cellspacing="0" width="100%" border="0">
<tr><td class="toplinks">[<a href="/archive/html/info-glimmer">Top</a>][<a href="/archive/html/">All Lists</a>]</td>
<td align="right"><form method="get" action="/archive/cgi-bin/namazu.cgi"><input type="text" name="query" value="" size="15" />
<input type="submit" value="Search" /><input type="hidden" name="idxname" value="info-glimmer" />
<a href="/archive/cgi-bin/namazu.cgi?idxname=info-glimmer">Advanced</a></form></td></tr></table>
<!--X-User-Header-End-->
<!--X-TopPNI-->
[<a href="msg00003.html">${gNav[0]}</a>][<a href="msg00005.html">${gNav[1]}</a>][<a href="msg00002.html">${gNav[2]}</a>][<a
href="msg00006.html">${gNav[3]}</a>][<a href="maillist.html#00004">${gNav[4]}</a>][<a href="threads.html#00004">${gNav[5]}</a>]
<!--X-TopPNI-End-->
<!--X-MsgBody-->
<!--X-Subject-Header-Begin-->
<h1>${gTitle}</h1>
<hr />
<!--X-Subject-Header-End-->
<!--X-Head-of-Message-->
<ul>
<li><em>From</em>: Bettina Ruhle &lt;<a href="mailto:info-glimmer&#64;gnu.example?Subject=Re:%20GNU%20Glimmer">bruhle@glimmer.example</a>&gt;</li>
<li><em>Subject</em>: ${gTitle}</li>
<li><em>Date</em>: Tue, 03 Mar 2026 09:12:40 -0500</li>
</ul>
<!--X-Head-of-Message-End-->
<!--X-Head-Body-Sep-Begin-->
<hr />
<!--X-Head-Body-Sep-End-->
<!--X-Body-of-Message-->
<pre>${pre(gIntro)}

${gPeople.map((p) => `  ${p}`).join('\n')}

${gNewsHead[0]}

${gNewsHead[1]}

${gNew.map((s) => wrap(s)).join('\n\n')}

${gNewsHead[2]}

${gFix.map((s) => wrap(s)).join('\n\n')}

${pre(gDl)}

-- 
Bettina, for the Glimmer maintainers
</pre>
<!--X-Body-of-Message-End-->
<!--X-MsgBody-End-->
<!--X-Follow-Ups-->
<hr>
<!--X-Follow-Ups-End-->
<!--X-References-->
<!--X-References-End-->
<div class="reply-via-email"><form method="post" action="/archive/cgi-bin/reply.cgi"><span>Reply via email to</span>
<button type="submit" name="to" value="sender">Bettina Ruhle</button></form></div>
<!--X-BotPNI-->
<ul>
${gBot.map(([l, t]) => `<li>${l}\n<strong><a href="msg00005.html">${t}</a></strong>\n</li>`).join('\n')}
<li>Index(es):
<ul>
<li><a href="maillist.html#00004"><strong>Date</strong></a></li>
<li><a href="threads.html#00004"><strong>Thread</strong></a></li>
</ul>
</li>
</ul>
<!--X-BotPNI-End-->
<!--X-User-Footer-->
<!--X-User-Footer-End-->
</body>
</html>`;
export const gnuLists: TestPage = {
  name: 'heldout280-gnu-lists-announcement-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [...gIntro, ...gPeople, ...gNewsHead, ...gNew, ...gFix, ...gDl],
  bylines: ['From: Bettina Ruhle <bruhle@glimmer.example>', `Subject: ${gTitle}`, 'Date: Tue, 03 Mar 2026 09:12:40 -0500', 'Bettina Ruhle'],
  furniture: ['[Top][All Lists]', 'Advanced', ...gNav, '-- Bettina, for the Glimmer maintainers', 'Reply via email to', ...gBot.flat(), 'Index(es):'],
};
