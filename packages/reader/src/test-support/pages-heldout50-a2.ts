import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 50, file a2: a thread on an Apache Pony Mail (Foal) archive, saved from the browser after the scripts had
 * drawn it (the dark navbar with the list picker and login, the noscript warning, the left list and month calendar, the
 * thread toolbar, four emails each with its From/Date/Subject/List block, "Permalink", "Raw source" and "Reply" links, the
 * message text in a <pre> with quoted parts shown in a grey quote, sign-offs and a signature, and the "Powered by" footer).
 */
const pmSubject = '[DISCUSS] Drop Java 11 support in Larchwood 4.0';
const pmRe = `Re: ${pmSubject}`;
// each email: from, date, text paragraphs (as the writer wrapped them), attribution and quote lines before them (neither),
// sign-off (neither)
const pmMails: { from: string; date: string; attr?: string; quote: string[]; paras: string[][]; signOff: string }[] = [
  {
    from: 'Priya Natarajan &lt;priyan@apache.org&gt;',
    date: '2025/06/03 14:22:10',
    quote: [],
    paras: [
      ['Hi all,'],
      [
        'With 3.9 out of the door, I would like to start the conversation about',
        'the minimum Java version for Larchwood 4.0. I propose that 4.0 requires',
        'Java 17 and that we stop running the Java 11 jobs on the main branch.',
      ],
      [
        'The main reasons are practical. Two of our largest dependencies, the',
        'Netty line we use and the Jackson release we want for the new codec,',
        'have announced that their next releases need Java 17. Our CI matrix',
        'currently builds every pull request on 11, 17 and 21, and the 11 leg is',
        'both the slowest and the one that fails most often for reasons that have',
        'nothing to do with the change under review.',
      ],
      [
        'Users who cannot move would keep the 3.x line, which I am happy to keep',
        'patching for security fixes for at least eighteen months after 4.0 is',
        'released.',
      ],
      ['Please share any concerns, especially if your own deployments are still', 'on 11.'],
    ],
    signOff: 'Thanks, Priya',
  },
  {
    from: 'Tomasz Wierzbicki &lt;twierzbicki@apache.org&gt;',
    date: '2025/06/03 16:05:41',
    attr: 'On Tue, 3 Jun 2025 at 16:22, Priya Natarajan &lt;priyan@apache.org&gt; wrote:',
    quote: [
      '&gt; Users who cannot move would keep the 3.x line, which I am happy to keep',
      '&gt; patching for security fixes for at least eighteen months after 4.0 is',
      '&gt; released.',
    ],
    paras: [
      [
        '+1 to Java 17, and thank you for offering to carry 3.x. Eighteen months',
        'sounds right to me, as long as we write it down on the download page so',
        'that downstream packagers can plan around it.',
      ],
      [
        'One thing I would like us to check first: the Spark connector still',
        'publishes a Java 11 build, and a fair number of its users run on managed',
        'clusters where they do not choose the runtime. Could we ask on the user',
        'list how many people that would affect before we call a vote?',
      ],
    ],
    signOff: 'Tomasz',
  },
  {
    from: 'Renée Fontaine &lt;rfontaine@apache.org&gt;',
    date: '2025/06/04 08:47:19',
    attr: 'On 2025/06/03 16:05:41 Tomasz Wierzbicki wrote:',
    quote: ['&gt; Could we ask on the user list how many people that would affect before', '&gt; we call a vote?'],
    paras: [
      [
        'I looked at the download statistics from the last quarter. Of the',
        'connector downloads that send a runtime version in the user agent,',
        'about 9 percent report Java 11, down from 31 percent a year ago. That is',
        'not nothing, but it is falling quickly, and the two managed platforms',
        'that most of those users run on both offer a Java 17 runtime now.',
      ],
      [
        'I am +1 on the proposal. I would add one condition: the 4.0 release',
        'notes should have a short migration section that lists the flags people',
        'need to change when they move the connector to 17, because the module',
        'access warnings are confusing the first time you see them.',
      ],
    ],
    signOff: 'Renée',
  },
  {
    from: 'Priya Natarajan &lt;priyan@apache.org&gt;',
    date: '2025/06/05 09:12:03',
    quote: [],
    paras: [
      [
        'Thanks everyone. I have posted the question on user@ as Tomasz',
        'suggested, and I have opened LARCH-2291 for the migration section Renée',
        'asked for. If nobody raises a blocking concern by Monday, I will start a',
        'formal VOTE thread.',
      ],
    ],
    signOff: 'Priya',
  },
];
const pmSig = ['--', 'Priya Natarajan', 'PMC Chair, Apache Larchwood'];
const mailHtml = (m: (typeof pmMails)[number], i: number): string => {
  const pre = [
    ...(m.attr === undefined ? [] : [m.attr, `<span class="email_quote">${m.quote.join('\n')}</span>`, '']),
    ...m.paras.flatMap((p) => [...p, '']),
    m.signOff.replace(', ', ',\n'),
    ...(i === 0 ? ['', ...pmSig] : []),
  ].join('\n');
  return `<div class="email_wrapper" id="email_${i}" data-mid="${['k2x9vq', 'p8m3rt', 'z5w1dc', 'h7n4yb'][i]}">
<div class="email_header"><img class="gravatar" src="https://secure.gravatar.com/avatar/${i}?s=48&d=identicon" alt="">
<div class="email_kv"><div class="email_key">From:</div><div class="email_value">${m.from}</div></div>
<div class="email_kv"><div class="email_key">Date:</div><div class="email_value">${m.date}</div></div>
<div class="email_kv"><div class="email_key">Subject:</div><div class="email_value">${i === 0 ? pmSubject : pmRe}</div></div>
<div class="email_kv"><div class="email_key">List:</div><div class="email_value"><a href="list?dev@larchwood.apache.org">dev@larchwood.apache.org</a></div>\
</div>
<div class="email_toolbar"><a href="thread/${['k2x9vq', 'p8m3rt', 'z5w1dc', 'h7n4yb'][i]}">Permalink</a>
<a href="api/source.lua/${i}" target="_blank">Raw source</a><a href="mailto:dev@larchwood.apache.org?subject=${encodeURIComponent(pmRe)}">Reply</a>
</div></div>
<pre class="email_body">${pre}</pre></div>`;
};
const pmLists = ['announce', 'commits', 'dev', 'issues', 'notifications', 'user'];
const pmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pmSubject} - Pony Mail</title>
<link href="css/bootstrap.min.css" rel="stylesheet"><link href="css/scaffolding.css" rel="stylesheet"><link href="css/application.css" rel="stylesheet">
<style>.email_quote{color:#666;display:block;border-left:3px solid #ccc;padding-left:6px}</style></head>
<body><noscript><div class="bs-callout bs-callout-alert">This site requires JavaScript enabled. Please enable it.</div></noscript>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark fixed-top"><div class="container-fluid">
<a class="navbar-brand" href="./"><img src="images/logo.png" alt="Apache Pony Mail" height="30"> lists.apache.org</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="./">Home</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="listpicker">larchwood.apache.org</a></li></ul>
<form class="d-flex" id="header_search"><input type="search" placeholder="Search dev@larchwood.apache.org" name="q"><button type="submit">Go</button></form>
<a class="nav-link" href="./oauth.html" id="login">Log in</a></div></nav>
<div id="application" class="container-fluid"><div class="row">
<div id="sidebar" class="col-md-2"><div id="listtitle">dev@larchwood.apache.org</div>
<ul class="list-group">${pmLists
  .map(
    (l) => `<li class="list-group-item${l === 'dev' ? ' active' : ''}"><a href="list?${l}@larchwood.apache.org">${l}@</a>\
</li>`,
  )
  .join('')}</ul>
<div id="calendar"><div class="calendar_year" data-year="2025"><u>2025</u></div>
<div class="calendar_month" data-month="2025-06">June <span class="badge">214</span></div>
<div class="calendar_month" data-month="2025-05">May <span class="badge">187</span></div>
<div class="calendar_year" data-year="2024"><u>2024</u></div></div></div>
<div id="listview" class="col-md-10">
<div id="thread_toolbar" class="btn-toolbar"><a class="btn btn-sm" href="list?dev@larchwood.apache.org">Back to list</a>
<button class="btn btn-sm" id="toggle_quotes">Hide quotes</button><button class="btn btn-sm" onclick="window.print()">Print</button>
<span class="thread_stats">4 messages in this thread</span></div>
<h2 id="thread_subject">${pmSubject}</h2>
<div id="emails">
${pmMails.map(mailHtml).join('\n')}
</div></div></div></div>
<footer class="footer"><div class="container">Powered by <a href="https://ponymail.apache.org/">Apache Pony Mail (Foal v/1.0.1 ~f6e2b9a)</a>.
Copyright 2025, the Apache Software Foundation. Licensed under the
<a href="https://www.apache.org/licenses/LICENSE-2.0">Apache License, Version 2.0</a>.</div></footer>
<script src="js/config.js"></script><script src="js/ponymail.js?revision=f6e2b9a"></script>
<script>window.addEventListener('load', function () { parse_permalink(); });</script>
</body></html>`;
export const ponyMailThread: TestPage = {
  html: pmHtml,
  name: 'heldout50-apache-pony-mail-thread',
  kind: 'forum',
  // a thread: every email's own text is body ("Hi all," included); the subject is the title (the h2; the "Re:" subjects in
  // the email headers hold it word for word: left out); quoted lines with their "On ... wrote:" attribution lines are in
  // neither, as quoted posts are; sign-offs ("Thanks, Priya", "Tomasz"...) are in neither, as in the MHonArc page; each
  // From value and Date value is a byline; Priya's "--" signature with her PMC title is furniture (its repeated name left
  // out: a byline's); the header labels, list addresses, toolbar links, noscript text, navbar, sidebar lists and calendar,
  // thread toolbar and footer are furniture; the calendar's "June" and "May", the sidebar's "dev@" / "user@" and the labels "From:"
  // and "List:" are left out (words of the body: "may", "from" and "list" are lower-cased alike, "user@" is in the last email)
  title: pmSubject,
  headings: [],
  body: pmMails.flatMap((m) => texts(m.paras.map((p) => p.join(' ')))),
  bylines: [...new Set(pmMails.flatMap((m) => [m.from.replace('&lt;', '<').replace('&gt;', '>'), m.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site requires JavaScript enabled. Please enable it.', 'lists.apache.org', 'Home', 'larchwood.apache.org', 'Log in', 'Go',
    'dev@larchwood.apache.org', 'announce@', 'commits@', 'issues@', 'notifications@', '2025', '2024', '214', '187', 'Back to list', 'Hide quotes',
    'Print', '4 messages in this thread', 'Subject:', 'Permalink', 'Raw source', 'Reply', 'Date:',
    'PMC Chair, Apache Larchwood',
    'Powered by', 'Apache Pony Mail (Foal v/1.0.1 ~f6e2b9a)', 'Copyright 2025, the Apache Software Foundation. Licensed under the',
    'Apache License, Version 2.0',
  ],
};
