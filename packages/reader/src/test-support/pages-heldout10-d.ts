import { plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 10, file d: a man7.org-style Linux man page in HTML (h2 section titles with "top" links, every
 * section's text in a <pre> hard-wrapped at 80 columns, running header and footer lines, the site's colophon)
 * and an RFC as the RFC Editor's older HTML rendering of the plain-text RFC (one <pre class="newpage"> per page,
 * page footers and running headers in the text, a dot-leader table of contents, numbered section titles).
 */

/** Words of an HTML paragraph (tags without spaces inside) wrapped to `width` columns after `indent` spaces. */
function wrap(html: string, indent: number, width: number): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const w of html.split(' ')) {
    const next = line === '' ? w : `${line} ${w}`;
    if (plain(next).length + indent > width && line !== '') {
      lines.push(pad + line);
      line = w;
    } else line = next;
  }
  return [...lines, pad + line].join('\n');
}

const mpName = '<b>tidyhist</b> - trim and deduplicate shell history files';
const mpDesc = [
  '<b>tidyhist</b> reads one or more shell history files and writes them back without the lines you no longer want: exact ' +
    'duplicates, commands that were cut off half way, and anything matching a pattern in the ignore file. The most recent copy ' +
    'of a repeated command is kept, so the order in which commands were last used is preserved.',
  'Timestamps written by <b>bash</b> (lines beginning with <b>#</b>) and by <b>zsh</b> in its extended history format are ' +
    'recognised and stay attached to their commands. Files in any other format are treated as one command per line.',
  'A backup of each file is written next to it with the suffix <i>.bak</i> before anything is changed, unless ' +
    '<b>--no-backup</b> is given. <b>tidyhist</b> takes the same lock as the shell that owns the file, so it is safe to run ' +
    'while shells are open, but a shell that already holds the history in memory will write its own copy back when it exits.',
];
const mpOpts: [string, string][] = [
  ['<b>-d</b>, <b>--dry-run</b>', 'Print a summary of what would be removed and change nothing.'],
  [
    '<b>-i</b>, <b>--ignore</b>=<i>FILE</i>',
    'Read the patterns to remove from <i>FILE</i> instead of <i>~/.config/histkit/ignore</i>. Each line is a shell glob matched against the whole command.',
  ],
  ['<b>-k</b>, <b>--keep</b>=<i>N</i>', 'Keep at most <i>N</i> commands, dropping the oldest first. The default keeps everything that survives deduplication.'],
  ['<b>--no-backup</b>', 'Do not write a <i>.bak</i> file. Use with care on a history you cannot afford to lose.'],
  ['<b>-v</b>, <b>--verbose</b>', 'Print each removed command to standard error, with the reason it was removed.'],
];
const mpExit: [string, string][] = [
  ['<b>0</b>', 'Success, including when nothing needed to be removed.'],
  ['<b>1</b>', 'A file could not be read, locked or written; the files processed before it are left changed.'],
  ['<b>2</b>', 'The command line or the ignore file could not be understood.'],
];
const mpEx = [
  'Preview what would be removed from the bash history, listing each command:',
  'Keep only the last 5000 commands of every zsh history file under the home directory:',
];
const mpSee = '<b>bash</b>(1), <b>zsh</b>(1), <b>fc</b>(1p), <b>histkit.conf</b>(5)';
const mpSections = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'EXAMPLES', 'SEE ALSO', 'COLOPHON'];
const sect = (t: string, body: string): string =>
  `<h2><a id="${t.replace(' ', '_')}" href="#${t.replace(' ', '_')}"></a>${t} &nbsp; &nbsp; &nbsp; &nbsp; ` +
  `<a href="#top_of_page"><span class="top-link">top</span></a></h2><pre>\n${body}\n</pre>`;
const item = ([t, d]: [string, string], col: number): string => `       ${t}\n${wrap(d, col, 80)}\n`;
const mpColophon = [
  'This page is part of the histkit (shell history tools) project. Information about the project can be found at ' +
    '⟨https://histkit.example/⟩. If you have a bug report for this manual page, send it to bugs@histkit.example.',
  'This page was obtained from the project’s upstream Git repository ⟨https://git.histkit.example/histkit.git⟩ on 2025-01-12.',
];
const mpHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="../../../style.css">
<title>tidyhist(1) - Linux manual page</title></head><body>
<div class="page-top"><a id="top_of_page"></a></div><!--%%%TOP_BAR%%%-->
<div class="nav-bar"><table class="nav-table"><tr><td class="nav-cell"><p class="nav-text"><a href="../../../index.html">manpages.example</a>
&gt; Linux &gt; <a href="../../index.html">man-pages</a></p></td><td class="training-cell"><p class="training-text">
<a class="training-link" href="https://manpages.example/training/">Courses in Linux system programming</a></p></td></tr></table></div>
<hr class="nav-end"><!--%%%PAGE_START%%%-->
<table class="sec-table"><tr><td><p class="section-dir">${mpSections.map((s) => `<a href="#${s.replace(' ', '_')}">${s}</a>`).join(' | ')}</p></td>
<td class="search-box"><div class="man-search-box"><form method="get" action="https://www.search.example/search"><fieldset class="man-search">
<input type="text" name="q" size="10" maxlength="255" value=""><input type="hidden" name="sitesearch" value="manpages.example/linux/man-pages">
<input type="submit" name="sa" value="Search online pages"></fieldset></form></div></td><td></td></tr></table>
<pre>
<span class="headline">TIDYHIST(1)                      User Commands                     TIDYHIST(1)</span>
</pre>
${sect('NAME', `       ${mpName}`)}
${sect('SYNOPSIS', '       <b>tidyhist</b> [<i>OPTION</i>]... [<i>FILE</i>]...')}
${sect('DESCRIPTION', mpDesc.map((p) => wrap(p, 7, 80)).join('\n\n'))}
${sect('OPTIONS', mpOpts.map((o) => item(o, 14)).join('\n'))}
${sect('EXIT STATUS', mpExit.map(([t, d]) => `       ${t}      ${wrap(d, 14, 80).trimStart()}`).join('\n\n'))}
${sect(
  'EXAMPLES',
  `${wrap(mpEx[0]!, 7, 80)}\n\n           $ tidyhist -dv ~/.bash_history\n\n${wrap(mpEx[1]!, 7, 80)}\n\n` +
    `           $ find ~ -name .zsh_history -exec tidyhist -k 5000 {} +`,
)}
${sect('SEE ALSO', `       ${mpSee}`)}
${sect('COLOPHON', mpColophon.map((p) => wrap(p, 7, 80)).join('\n'))}
<pre>
<span class="footline">histkit 1.8                       2024-10-30                      TIDYHIST(1)</span>
</pre>
<hr class="end-man-text">
<p>Pages that refer to this page: <a href="../man5/histkit.conf.5.html">histkit.conf(5)</a>, <a href="../man1/histdiff.1.html">histdiff(1)</a></p>
<hr class="start-footer">
<div class="footer"><table class="colophon-table"><tr><td class="pub-info"><p>HTML rendering created 2025-01-12 by Ruth Kallander, maintainer of this site.</p>
<p>Details of the <b>evening courses on Linux system programming</b> run by this site are <a href="https://manpages.example/training/">here</a>.</p>
<p>Hosting donated by Fenwick Networks.</p></td></tr></table></div>
<hr class="end-footer">
<!--BEGIN-SITETRACKING--><script src="https://manpages.example/stats.js" async></script><!--END-SITETRACKING-->
</body></html>`;
const manPage: TestPage = {
  html: mpHtml,
  name: 'heldout10-man7-manpage',
  kind: 'docs',
  // hard calls: there is no <h1>; the title is the document title "tidyhist(1) - Linux manual page"; the section
  // titles (h2, each with its "top" link, which is furniture) are the headings up to SEE ALSO (SYNOPSIS too, though its
  // line is code), and COLOPHON is the
  // site's note (not part of the manual), so furniture with its text; every paragraph sits in a <pre> with hard line
  // breaks and is body; each option and each exit status (term and text) is one list item; the SYNOPSIS line and the
  // two example commands are code (left out); the running "TIDYHIST(1) User Commands" header, the section list,
  // the search box, the footer line (its date is a byline) and the site footer are furniture
  title: 'tidyhist(1) - Linux manual page',
  headings: mpSections.filter((s) => s !== 'COLOPHON'),
  body: [plain(mpName), ...texts(mpDesc), ...mpOpts.map(([t, d]) => plain(`${t} ${d}`)), ...mpExit.map(([t, d]) => plain(`${t} ${d}`)), ...mpEx, plain(mpSee)],
  bylines: ['2024-10-30', 'HTML rendering created 2025-01-12 by Ruth Kallander, maintainer of this site.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'manpages.example', 'Courses in Linux system programming', mpSections.join(' | '), 'TIDYHIST(1) User Commands TIDYHIST(1)', 'top', 'COLOPHON',
    ...texts(mpColophon), 'histkit 1.8', 'Pages that refer to this page: histkit.conf(5), histdiff(1)', 'evening courses on Linux system programming',
    'Hosting donated by Fenwick Networks.',
  ],
};
const W = 72; // the RFC's text width
/** A section title of the RFC, as the renderer marks it up, and its plain text (a gold heading). */
const rfcH = (num: string, t: string): string =>
  `<span class="h${num.split('.').length + 1}"><a class="selflink" id="section-${num}" href="#section-${num}">${num}</a>.  ${t}</span>`;
const para = (p: string): string => wrap(p, 3, W);
const abstract =
  'This document gives guidance to designers of systems that send automated notifications to people, such as alerts, ' +
  'reminders and status messages, on honouring the quiet hours of the people they write to. It describes how to ' +
  'classify messages by urgency, how to hold back messages that can wait, and how to summarise them when quiet hours end.';
const status = [
  'This memo is published for information only and does not specify an Internet standard of any kind. It was submitted ' +
    'outside the IETF process and has been reviewed by the Independent Submissions Editor, who does not vouch for its ' +
    'suitability for implementation or deployment.',
  'The current status of this document, any errata and the way to send feedback are listed at https://www.rfc-editor.example/info/rfc9901.',
];
const copyright = [
  'Copyright (c) 2025 IETF Trust and the persons named as the document authors. All rights reserved.',
  'This document is subject to the licence terms of the IETF Trust in effect on the date of its publication.',
];
const intro = [
  'Automated systems increasingly send messages to people at any hour. A build server, a parcel tracker and a bank can ' +
    'each decide, independently and with good intentions, to notify the same person at three in the morning. Each message ' +
    'may be reasonable on its own; together they make a phone something its owner learns to silence entirely.',
  'Many platforms offer a do-not-disturb setting, but that setting is applied at the receiving device and knows nothing ' +
    'about the content of a message. A sender that understands its own messages is better placed to decide which of them ' +
    'can wait, and this document argues that the sender should make that decision rather than leave it to the device.',
];
const terms: [string, string][] = [
  ['Quiet hours:', 'A recurring period, chosen by the recipient, during which they do not wish to be interrupted by messages that can wait.'],
  ['Urgent message:', 'A message whose value to the recipient is largely lost if it is delivered more than a few minutes after it is sent.'],
];
const classify = [
  'A sender should assign each message an urgency class when the message is created, not when it is delivered. Two ' +
    'classes are enough for most systems: urgent messages, which are delivered at once regardless of quiet hours, and ' +
    'deferrable messages, which are held until quiet hours end.',
  'Senders are tempted to mark too much as urgent. A useful test is to ask whether the recipient could act on the message ' +
    'before morning; a failed nightly backup usually passes that test for the engineer on call but not for anyone else on the team.',
];
const summarise = [
  'When quiet hours end, deferred messages should be delivered as a single summary rather than as a burst of individual ' +
    'notifications. The summary should list the most important items first and say how many items of each kind were held.',
];
const stale1 = 'Messages that have become irrelevant while they were held, such as a delivery estimate that';
const stale2 = 'has since been replaced by a newer one, should be dropped from the summary rather than delivered out of date.';
const security =
  'An attacker who can cause a message to be classified as deferrable can delay a warning the recipient would have acted ' +
  'on, such as a notice of an unrecognised sign-in. Messages about account security should therefore be classified as ' +
  'urgent by default, and that class should not be changeable by anything in the content of the message itself.';
const iana = 'This document has no IANA actions.';
const ref =
  '[INTERRUPT] Okonkwo, T., "Interrupt Budgets in Consumer Messaging", Work in Progress, Internet-Draft, draft-okonkwo-interrupt-budgets-02, January 2025.';
// biome-ignore format: the contents entries are packed several to a line to keep the file short
const toc: [string, string, number][] = [
  ['1', 'Introduction', 2], ['2', 'Terminology', 2], ['3', 'Recommendations', 3], ['3.1', 'Classifying Messages', 3],
  ['3.2', 'Summarising Deferred Messages', 3], ['4', 'Security Considerations', 3], ['5', 'IANA Considerations', 4], ['6', 'Informative References', 4],
];
const tocLine = ([n, t, pg]: [string, string, number]): string => {
  const lead = `${'   '.repeat(n.includes('.') ? 2 : 1)}${n}.  ${t} `;
  const dots = ' .'.repeat(Math.max(2, Math.floor((W - 4 - lead.length) / 2)));
  return `${lead.replace(n, `<a href="#section-${n}">${n}</a>`)}${dots}   ${pg}`;
};
const foot = (pg: number): string =>
  `<span class="grey">Ferreira &amp; Lund                Informational                     [Page ${pg}]</span></pre>\n` +
  `<hr class="noprint"><!--NewPage--><pre class="newpage"><span id="page-${pg + 1}"></span>\n` +
  `<span class="grey"><a href="./rfc9901">RFC 9901</a>        Quiet Hours for Automated Notifications          March 2025</span>\n`;
const authors = [
  ['Ana Ferreira', 'Quietwell Lda', 'Porto', 'Portugal', 'Email: ana@quietwell.example'],
  ['Jonas Lund', 'Nordlys Institute', 'Tromsø', 'Norway', 'Email: jonas.lund@nordlys.example'],
];
const rfcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RFC 9901: Guidelines for Quiet Hours in Automated Notification Systems</title>
<meta name="viewport" content="initial-scale=1.0"><link rel="stylesheet" href="/css/rfc-htmlized.css">
<script type="application/json" id="rfc-meta">{"doc_id":"RFC9901","category":"Informational","stream":"Independent"}</script></head>
<body><div class="noprint" id="nav-top"><span class="pre noprint docinfo">[<a href="https://www.rfc-editor.example" title="RFC Editor">RFC Home</a>]
[<a href="/rfc/rfc9901.txt">TEXT</a>|<a href="/rfc/rfc9901.pdf">PDF</a>|<a href="/rfc/rfc9901.html">HTML</a>]
[<a href="https://datatracker.example/doc/rfc9901/" title="IETF Datatracker information for this document">Tracker</a>]
[<a href="https://datatracker.example/ipr/search/?rfc=9901">IPR</a>] [<a href="/info/rfc9901">Info page</a>]</span><br>
<span class="pre noprint docinfo">INFORMATIONAL</span></div><pre>Independent Submission                                       A. Ferreira
Request for Comments: 9901                                       Quietwell
Category: Informational                                            J. Lund
ISSN: 2070-1721                                          Nordlys Institute
                                                                March 2025


<span class="h1">  Guidelines for Quiet Hours in Automated Notification Systems</span>

Abstract

${para(abstract)}

Status of This Memo

${status.map(para).join('\n\n')}

Copyright Notice

${copyright.map(para).join('\n\n')}


${foot(1)}
Table of Contents

${toc.map(tocLine).join('\n')}
   Authors' Addresses  . . . . . . . . . . . . . . . . . . . . . . .   4

${rfcH('1', 'Introduction')}

${intro.map(para).join('\n\n')}

${rfcH('2', 'Terminology')}

${terms.map(([t, d]) => `   ${t}\n${wrap(d, 6, W)}`).join('\n\n')}


${foot(2)}
${rfcH('3', 'Recommendations')}

${rfcH('3.1', 'Classifying Messages')}

${classify.map(para).join('\n\n')}

${rfcH('3.2', 'Summarising Deferred Messages')}

${summarise.map(para).join('\n\n')}

${para(stale1)}

${foot(3)}
${para(stale2)}

${rfcH('4', 'Security Considerations')}

${para(security)}

${rfcH('5', 'IANA Considerations')}

${para(iana)}

${rfcH('6', 'Informative References')}

${wrap(ref, 3, W)}

Authors' Addresses

${authors.map((a) => a.map((l) => `   ${l}`).join('\n')).join('\n\n')}

<span class="grey">Ferreira &amp; Lund                Informational                     [Page 4]</span></pre>
</body></html>`;
const rfc: TestPage = {
  html: rfcHtml,
  name: 'heldout10-rfc-htmlized',
  kind: 'docs',
  // hard calls: the whole document is four <pre> pages; the RFC's own text (Abstract, numbered sections, the
  // terminology entries, the one reference) is the article, "Status of This Memo" and "Copyright Notice" are the
  // series' boilerplate, so furniture with their text; one paragraph of 3.2 is cut by a page break, so its two halves
  // are two body texts and the footer and running header between them are furniture; the table of contents (dot
  // leaders), the document header block (its authors and date are bylines), the nav line and "Authors' Addresses"
  // (names are bylines, the rest furniture) are furniture
  title: 'Guidelines for Quiet Hours in Automated Notification Systems',
  headings: ['Abstract', ...toc.map(([n, t]) => `${n}. ${t}`)],
  body: [abstract, ...intro, ...terms.flat(), ...classify, ...summarise, stale1, stale2, security, iana, ref],
  bylines: ['A. Ferreira', 'J. Lund', 'March 2025', 'Ana Ferreira', 'Jonas Lund'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RFC Home', 'Tracker', 'IPR', 'Info page', 'INFORMATIONAL', 'Independent Submission', 'Request for Comments: 9901', 'Category: Informational',
    'ISSN: 2070-1721', 'Quietwell', 'Nordlys Institute', 'Status of This Memo', ...status, 'Copyright Notice', ...copyright,
    'Ferreira & Lund Informational [Page 1]', 'RFC 9901 Quiet Hours for Automated Notifications March 2025', 'Table of Contents',
    ...toc.map((t) => plain(tocLine(t))), "Authors' Addresses", 'Quietwell Lda', 'Email: ana@quietwell.example', 'Email: jonas.lund@nordlys.example',
  ],
};

export const HELDOUT10_D: readonly TestPage[] = [manPage, rfc];
