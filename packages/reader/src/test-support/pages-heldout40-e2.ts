import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 40, file e2: a lists.sr.ht (SourceHut) mailing-list thread (the sourcehut navbar with "Log in — Register", the
 * tabbed list header with ~owner/list and its tabs, the thread subject with reply and participant counts, each message with
 * its sender, "Details" disclosure (Message ID, In-Reply-To, raw download) and date, the plain-text bodies in <pre> hard-wrapped
 * at 72 columns with quoted lines, an indented config snippet and a "-- " signature, "Reply to thread" / "Export thread
 * (mbox)", and the footer).
 */
const srSubject = '[RFC] Dropping the legacy config parser in 0.9';
/** A paragraph hard-wrapped at 72 columns, as a mail client sends it. */
const wrap = (t: string, prefix = ''): string => {
  const out: string[] = [];
  let line = '';
  for (const w of t.split(' ')) {
    if (line !== '' && prefix.length + line.length + 1 + w.length > 72) {
      out.push(prefix + line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  out.push(prefix + line);
  return out.join('\n');
};
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
type Part = { t: 'p' | 'q' | 'code' | 'sig' | 'attr'; text: string };
type Mail = { who: string; handle: string; at: string; title: string; id: string; parent?: string; parts: Part[] };
const p = (text: string): Part => ({ t: 'p', text });
const q = (text: string): Part => ({ t: 'q', text });
const srMails: Mail[] = [
  {
    who: 'Rowan Achebe',
    handle: '~rowan',
    at: '2025-03-03 13:12',
    title: '2025-03-03 13:12:40 UTC',
    id: '20250303131240.88213-1-rowan@achebe.example',
    parts: [
      p('Hi all,'),
      p(
        'Since 0.6 tidepool has shipped two config parsers: the old line-based one from the very first releases and the TOML one that ' +
          'most of you use today. Keeping both costs more than it looks. Every new module needs two sets of option handling, and about ' +
          'a third of the bug reports last year came from the two parsers disagreeing about defaults.',
      ),
      p('I would like to drop the legacy parser in 0.9. The plan I have in mind:'),
      p('- 0.8.3 prints a warning at startup when it reads an old-style config, with a link to the migration notes'),
      p('- a new `tidepool migrate-config` subcommand converts an old file to TOML and prints the result'),
      p('- 0.9 removes the old parser entirely'),
      p(
        'Does anyone still depend on the old format for something the TOML config cannot express? I know of one case, the per-output ' +
          'colour overrides, and I think we can add those to TOML before 0.9.',
      ),
      p('Thanks,\nRowan'),
    ],
  },
  {
    who: 'Ines Kowal',
    handle: '~ikowal',
    at: '2025-03-03 16:47',
    title: '2025-03-03 16:47:05 UTC',
    id: 'D8A1K2QX7M3E.2W9ZC4R1V8HJP@kowal.example',
    parent: '20250303131240.88213-1-rowan@achebe.example',
    parts: [
      { t: 'attr', text: 'On Mon Mar 3, 2025 at 2:12 PM CET, Rowan Achebe wrote:' },
      q('I would like to drop the legacy parser in 0.9.'),
      p('+1 from me. The colour overrides are the only thing keeping my laptop config on the old format, so if those land in TOML ' + 'first I am happy.'),
      q('- a new `tidepool migrate-config` subcommand converts an old file to TOML and prints the result'),
      p(
        'Could it also keep comments? My old config is half comments, and losing them would make the converted file much harder to read ' +
          'six months from now.',
      ),
      { t: 'sig', text: '-- \nInes Kowal\nhttps://kowal.example/' },
    ],
  },
  {
    who: 'Tobiah Marsh',
    handle: '~tmarsh',
    at: '2025-03-04 08:05',
    title: '2025-03-04 08:05:51 UTC',
    id: 'CAFx9Qm2k1Lr7bZ0=tmarsh@mail.example',
    parent: '20250303131240.88213-1-rowan@achebe.example',
    parts: [
      p(
        'I am fine with the plan, but one request: please keep the warning in 0.8.x quiet when the old config is only being read by the ' +
          'test suite. We run tidepool headless in CI with a fixture in the old format and the warning would flood the logs.',
      ),
      p('For what it is worth, the overrides could look like this in TOML:'),
      { t: 'code', text: '    [output."DP-1"]\n    background = "#1d2021"\n    foreground = "#ebdbb2"' },
      p('which would cover everything I used the old syntax for.'),
    ],
  },
  {
    who: 'Rowan Achebe',
    handle: '~rowan',
    at: '2025-03-04 19:30',
    title: '2025-03-04 19:30:14 UTC',
    id: '20250304193014.1022-1-rowan@achebe.example',
    parent: 'D8A1K2QX7M3E.2W9ZC4R1V8HJP@kowal.example',
    parts: [
      q('Could it also keep comments?'),
      p(
        'Yes, comments are kept. The converter copies each comment above the option it was attached to, and anything it cannot place ' +
          'goes to the end of the file under a note.',
      ),
      q('please keep the warning in 0.8.x quiet when the old config is only being read by the test suite'),
      p('Good point. I will add a TIDEPOOL_NO_LEGACY_WARNING variable rather than guessing from the environment.'),
      p(
        'I will send a patch for the TOML overrides first, using Tobiah’s layout, and the migration command after that. If nobody objects ' +
          'by the end of next week I will take that as agreement.',
      ),
    ],
  },
];
const srBody = (m: Mail): string =>
  m.parts
    .map((x) =>
      x.t === 'p'
        ? x.text.startsWith('- ')
          ? wrap(esc(x.text)).replace(/\n/g, '\n  ')
          : x.text.includes('\n')
            ? esc(x.text)
            : wrap(esc(x.text))
        : x.t === 'q'
          ? `<span class="quote">${wrap(esc(x.text), '&gt; ')}</span>`
          : x.t === 'sig'
            ? `<span class="signature">${esc(x.text)}</span>`
            : esc(x.text),
    )
    .join('\n\n')
    .replace(/\n\n(- |&gt; -)/g, '\n$1')
    .replace(/(https:\/\/kowal\.example\/)/, '<a href="$1" rel="nofollow noopener">$1</a>');
const srMail = (m: Mail, i: number): string => `<div class="event mail${i === 0 ? ' thread-root' : ''}" id="${esc(m.id)}"><div class="message-header"><div
class="from"><a href="/${m.handle}">${m.who}</a></div><details><summary>Details</summary><div><dl>
<dt>Message ID</dt><dd><code>&lt;${esc(m.id)}&gt;</code></dd>${
  m.parent ? `<dt>In-Reply-To</dt><dd><code>&lt;${esc(m.parent)}&gt;</code> <a href="#${esc(m.parent)}">(view parent)</a></dd>` : ''
}<dt>DKIM signature</dt><dd>pass</dd></dl><a href="/${'~kelda/tidepool-devel'}/${encodeURIComponent(m.id)}/raw" target="_blank">Download raw message</a></div>
</details><div class="date"><a href="#${esc(m.id)}" class="text-muted"><span title="${m.title}">${m.at}</span></a></div></div>
<pre class="message-body">${srBody(m)}</pre></div>`;
const srFoot = ['About sourcehut', 'Source code', 'Terms of service', 'Privacy policy', 'Security', 'Status'];
const srHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/png" href="/static/logo.png" sizes="any">
<title>${srSubject} — sourcehut lists</title>
<link rel="stylesheet" href="/static/main.min.css?cache=4b0e6a1c">
<link rel="alternate" type="application/rss+xml" title="~kelda/tidepool-devel" href="/~kelda/tidepool-devel/feed.rss">
</head>
<body>
<nav class="container navbar navbar-light navbar-expand-sm">
  <span class="navbar-brand">
    <span class="icon icon-circle"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path
d="M256 8C119 8 8 119 8 256s111 248 248 248"/></svg></span>
    <a href="https://sr.ht">sourcehut</a>
    <a class="navbar-brand-sub" href="/">lists</a>
  </span>
  <div class="login">
    <span class="navbar-text">
      <a href="https://meta.sr.ht/login?return_to=https%3A%2F%2Flists.sr.ht%2F~kelda%2Ftidepool-devel">Log in</a>
      —
      <a href="https://meta.sr.ht">Register</a>
    </span>
  </div>
</nav>
<div class="header-tabbed">
  <div class="container">
    <h2><a href="/~kelda">~kelda</a>/<wbr>tidepool-devel</h2>
    <ul class="nav nav-tabs">
      <li class="nav-item"><a class="nav-link active" href="/~kelda/tidepool-devel">archive</a></li>
      <li class="nav-item"><a class="nav-link" href="/~kelda/tidepool-devel/patches">patches</a></li>
      <li class="nav-item"><a class="nav-link" href="mailto:~kelda/tidepool-devel+subscribe@lists.sr.ht">subscribe</a></li>
    </ul>
  </div>
</div>
<div class="container">
  <div class="row">
    <div class="col-md-12">
      <small class="text-muted pull-right" style="line-height: 2"><span title="replies">↩ 3</span> <span title="participants">👤 3</span></small>
      <h3>${srSubject}</h3>
      <div class="event-list">
${srMails.map(srMail).join('\n')}
      </div>
      <div class="thread-actions">
        <a class="btn btn-primary"
href="mailto:~kelda/tidepool-devel@lists.sr.ht?In-Reply-To=%3C20250304193014.1022-1-rowan%40achebe.example%3E&amp;Subject=Re%3A+%5BRFC%5D">Reply
          to thread</a>
        <a class="btn btn-default" href="/~kelda/tidepool-devel/%3C20250303131240.88213-1-rowan%40achebe.example%3E/mbox">Export thread (mbox)</a>
        <a href="https://man.sr.ht/lists.sr.ht/etiquette.md">How do I use this?</a>
      </div>
    </div>
  </div>
</div>
<footer class="container-fluid">
  <div class="container text-center">
    <p><small>Copyright © 2018–2025 sourcehut contributors. Lists are provided for the community under the sourcehut terms of service.</small></p>
    <ul class="list-inline">${links(srFoot, 'list-inline-item')}</ul>
  </div>
</footer>
<script src="/static/details-polyfill.js"></script>
</body>
</html>`;
const plainPart = (x: Part): string => x.text.replace(/^- /, '');
export const sourcehutList: TestPage = {
  html: srHtml,
  name: 'heldout40-sourcehut-list',
  kind: 'forum',
  // the thread subject is the title; each mail's own paragraphs are body, in page order, as plain text with the 72-column wraps
  // undone, the three plan lines without their "- " marks, the greeting and the "Thanks, Rowan" sign-off included (they are
  // the writer's words); the quoted lines ("> …") and the "On … wrote:" line above them are in neither list, as is the
  // indented TOML snippet (code); senders' names and the dates are bylines; Ines's "-- " signature, "Details" with its
  // Message ID / In-Reply-To / DKIM lines, "(view parent)", "Download raw message", the navbar, the list header and tabs,
  // "Reply to thread", "Export thread (mbox)", "How do I use this?" and the footer are furniture; the reply and participant
  // counts ("↩ 3", "👤 3") are left out: their only word is "3", a word of the body ("0.8.3")
  title: srSubject,
  headings: [],
  body: srMails.flatMap((m) => m.parts.filter((x) => x.t === 'p').map(plainPart)),
  bylines: ['Rowan Achebe', 'Ines Kowal', 'Tobiah Marsh', ...srMails.map((m) => m.at)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'sourcehut', 'lists', 'Log in', 'Register', '~kelda/tidepool-devel', 'archive', 'patches', 'subscribe', 'Details', 'Message ID',
    'In-Reply-To', '(view parent)', 'DKIM signature', 'pass', 'Download raw message', 'https://kowal.example/', 'Reply to thread',
    'Export thread (mbox)', 'How do I use this?', 'Copyright © 2018–2025 sourcehut contributors.', ...srFoot,
  ],
};
