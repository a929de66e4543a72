import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file c3: a section 1 man page of an invented tool as man7.org renders it (HTML 4.01 transitional,
 * the nav bar "man7.org > Linux > man-pages" with the training link, the head table, the top TOC of section links, the
 * search box, the whole page text inside <pre> blocks with hard line breaks and <b>/<i> markup, h2 section headings each
 * carrying a "top" link, the COLOPHON section added by the site, "Pages that refer to this page", and the footer with the
 * rendering note, the training paragraph and the hosting line).
 */
const title = 'ringlog(1) — Linux manual page';
const name = 'ringlog - write and read a fixed-size circular log file';
const desc = [
  'ringlog appends lines read from standard input to a log file of fixed size. When the file is full, the oldest lines are overwritten, so ' +
    'the file never grows beyond the size given when it was created and never needs to be rotated.',
  'This makes ringlog suitable for devices with small, slow or wear-sensitive storage, such as routers and single-board computers, where a ' +
    'conventional log that grows until a rotation job trims it can fill the disk between runs.',
  'Each line is stored with a timestamp and a sequence number. Reading the file with --dump prints the lines in the order they were written, ' +
    'starting with the oldest line that has not yet been overwritten.',
  'Several ringlog processes may write to the same file at once. Writes are serialized with an advisory lock, and a line is never split ' +
    'between two writers.',
];
const opts: [string, string][] = [
  [
    '<b>-s</b>, <b>--size</b>=<i>bytes</i>',
    'Create the file with the given size if it does not exist. Suffixes K, M and G are accepted. The default is 1M. ' +
      'The size of an existing file is never changed.',
  ],
  ['<b>-d</b>, <b>--dump</b>', 'Print the contents of the file, oldest line first, and exit.'],
  ['<b>-f</b>, <b>--follow</b>', 'After dumping, keep the file open and print new lines as they are written, like tail -f.'],
  ['<b>-t</b>, <b>--tag</b>=<i>name</i>', 'Prefix each stored line with name and a colon. Useful when several programs share one file.'],
  ['<b>-q</b>, <b>--quiet</b>', 'Do not print a warning when an incoming line is longer than a quarter of the file and has to be truncated.'],
];
const exit = ['ringlog exits with status 0 on success, 1 if the file could not be created or opened, and 2 if the file exists but is not a ringlog file.'];
const files = ['/var/log/ringlog/ The usual location for ringlog files on systems that install the ringlogd service.'];
const exIntro = ['Keep the last megabyte of a daemon’s output without ever rotating:', 'Show what was logged before the last reboot, then keep watching:'];
const notes = [
  'The file format stores its own size in the header, so a ringlog file copied to another machine can be read there without any options.',
  'Because old lines are overwritten in place, ringlog offers no protection against losing data during a power failure beyond the line being ' +
    'written at that moment.',
];
const colophon = [
  'This page is part of the ringlog-utils (circular log tools) project. Information about the project can be found at https://ringlog.example.org/. ' +
    'If you have a bug report for this manual page, send it to bugs@ringlog.example.org. This page was obtained from the project’s upstream Git ' +
    'repository https://git.ringlog.example.org/ringlog-utils.git on 2025-10-30. (At that time, the date of the most recent commit that was found ' +
    'in the repository was 2025-09-12.) If you discover any rendering problems in this HTML version of the page, or you believe there is a better ' +
    'or more up-to-date source for the page, or you have corrections or improvements to the information in this COLOPHON (which is not part of ' +
    'the original manual page), send a mail to man-pages@man7.example',
];
const wrap = (text: string, indent: number, width = 78): string => {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur !== '' && indent + cur.length + 1 + w.length > width) {
      lines.push(' '.repeat(indent) + cur);
      cur = w;
    } else cur = cur === '' ? w : `${cur} ${w}`;
  }
  if (cur !== '') lines.push(' '.repeat(indent) + cur);
  return lines.join('\n');
};
const sections = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'FILES', 'EXAMPLES', 'NOTES', 'SEE ALSO', 'COLOPHON'];
const h2 = (s: string): string => `<h2><a id="${s.replace(/ /g, '_')}" href="#${s.replace(/ /g, '_')}"></a>${s}  &nbsp; &nbsp; &nbsp; &nbsp; <a
href="#top_of_page"><span class="top-link">top</span></a></h2>`;
const pre = (body: string): string => `<pre>\n${body}\n</pre>`;
const paras = (a: readonly string[]): string => a.map((p) => wrap(p, 7)).join('\n\n');
const refs = ['ringlogd(8)', 'ringlog-convert(1)', 'ringlog.conf(5)'];
const foot = [
  'HTML rendering created 2025-10-30 by Martin Kessler, author of The Unix System Interface.',
  'For details of in-depth Linux/UNIX system programming training courses that I teach, look here.',
  'Hosting by Rautenberg Hosting GmbH.',
];
const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<link rel="stylesheet" href="../../../style.css" title="style" type="text/css">
<title>ringlog(1) - Linux manual page</title>
</head>
<body>
<div class="page-top"><a id="top_of_page"></a></div>
<!--%%%TOP_BAR%%%-->
    <div class="nav-bar">
        <table class="nav-table">
            <tr>
                <td class="nav-cell">
                    <p class="nav-buttons">
                        <a href="../../../index.html">man7.org</a> &gt; Linux &gt; <a href="../index.html">man-pages</a>
                    </p>
                </td>
                <td class="training-cell">
                    <p class="training-link">
                        <a href="https://man7.example/training/">Linux/UNIX system programming training</a>
                    </p>
                </td>
            </tr>
        </table>
    </div>

<hr class="nav-end-line">
<div class="page-main">
<table class="head-table">
    <tr>
        <td class="head-ltitle">ringlog(1) — Linux manual page</td>
    </tr>
</table>

<div class="top-toc">
<p class="top-toc">
${sections.map((s) => `<a href="#${s.replace(/ /g, '_')}">${s}</a>`).join(' | \n')}
</p>
</div>

<div class="man-search-box">

<table class="man-search-table">
<tr>
<td>
<form method="get" action="https://www.google.com/search">
<fieldset class="man-search-fieldset">
<input type="text" name="q" size="10" maxlength="255" value="">
<input type="hidden" name="sitesearch" value="man7.org/linux/man-pages">
<input type="submit" name="sa" value="Search online pages">
</fieldset>
</form>
</td>
</tr>
</table>

</div>

<div class="man-text">
<pre>
<span class="headline">RINGLOG(1)                    User Commands                   RINGLOG(1)</span>
</pre>
${h2('NAME')}${pre(wrap(name, 7))}
${h2('SYNOPSIS')}${pre(`       <b>ringlog</b> [<i>options</i>] <i>file</i>
       <b>ringlog --dump</b> [<b>--follow</b>] <i>file</i>`)}
${h2('DESCRIPTION')}${pre(paras(desc))}
${h2('OPTIONS')}${pre(opts.map(([k, v]) => `       ${k}\n${wrap(v, 14)}`).join('\n\n'))}
${h2('EXIT STATUS')}${pre(paras(exit))}
${h2('FILES')}${pre(`       <i>/var/log/ringlog/</i>\n${wrap(files[0]!.replace('/var/log/ringlog/ ', ''), 14)}`)}
${h2('EXAMPLES')}${pre(`${wrap(exIntro[0]!, 7)}

           $ mydaemon 2&gt;&amp;1 | ringlog --size 1M /var/log/ringlog/mydaemon

${wrap(exIntro[1]!, 7)}

           $ ringlog --dump --follow /var/log/ringlog/mydaemon`)}
${h2('NOTES')}${pre(paras(notes))}
${h2('SEE ALSO')}${pre(`       <b>ringlogd</b>(8), <b>logger</b>(1), <b>tail</b>(1)`)}
${h2('COLOPHON')}${pre(paras(colophon))}
<pre>
<span class="footline">ringlog-utils 2.3                 2025-09-12                     RINGLOG(1)</span>
</pre>
</div>
<hr class="end-man-text-line">
<p>Pages that refer to this page:
${refs.map((r) => `<a href="../man${r.slice(-2, -1)}/${r.replace(/\((\d)\)/, '.$1')}.html">${r}</a>`).join(',&nbsp;\n')}</p>
<hr class="start-footer-line">
</div>
<div class="footer">

<table class="colophon-table">
    <tr>
    <td class="pub-info">
        <p>
            HTML rendering created 2025-10-30
            by <a href="https://man7.example/mk/index.html">Martin Kessler</a>,
            author of
            <a href="https://man7.example/tusi/"><em>The Unix System Interface</em></a>.
        </p>
        <p>
            For details of in-depth
            <strong>Linux/UNIX system programming training courses</strong>
            that I teach, look <a href="https://man7.example/training/">here</a>.
        </p>
        <p>
            Hosting by <a href="https://www.rautenberg-hosting.example/index_en.html">Rautenberg Hosting GmbH</a>.
        </p>
    </td>
    <td class="colophon-divider">
    </td>
    <td class="tlpi-cover">
        <a href="https://man7.example/tusi/"><img src="https://man7.example/tusi/cover/TUSI-front-cover-vsmall.png" alt="Cover of TUSI"></a>
    </td>
    </tr>
</table>

</div>

<hr class="end-footer-line">
<!--BEGIN-SITETRACKING-->
<!-- SITETRACKING.man7.org_linux_man-pages -->

<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7VQQ5NQ2J4"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-7VQQ5NQ2J4');
</script>

<!--END-SITETRACKING-->
</body>
</html>`;

export const man7Page: TestPage = {
  html,
  name: 'heldout150-man7-manpage-docs',
  kind: 'docs',
  // the page text sits in <pre> blocks: its paragraphs (NAME line, description, option descriptions, exit status, the FILES
  // entry text, example intros, notes) are body, one item per paragraph; SYNOPSIS, option tags, example commands, the
  // SEE ALSO list and the header and footer lines of the man page are in neither list; the COLOPHON section (heading and
  // text) is added by the site and is furniture; the top TOC repeats the headings and is left out
  title,
  headings: sections.slice(0, -1),
  body: [
    name,
    ...desc,
    ...opts.map(([, v]) => v),
    ...exit,
    'The usual location for ringlog files on systems that install the ringlogd service.',
    ...exIntro,
    ...notes,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'man7.org', 'man-pages', 'Linux/UNIX system programming training', 'top', 'COLOPHON', ...colophon, 'Pages that refer to this page:', ...refs, ...foot,
  ],
};
