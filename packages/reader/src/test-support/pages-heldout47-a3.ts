/**
 * Held-out batch 47, file a3: the texts of the Debian BTS bug log of file a2 (the four mails' paragraphs, reportbug's
 * system information, the quoted lines and the signature), kept apart so that each file stays under 300 lines.
 */
export const dbTitle = 'tidemark: tide times one hour late for Chilean stations after the end of summer time';
/** Hard-wraps a paragraph at `width` columns, as a mail client does. */
export const wrap = (s: string, width = 72): string => {
  const lines: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
};
export const dbReport = [
  'Dear Maintainer,',
  'Since Chile left summer time at midnight (America/Santiago went from -03 to -04), every tide table that tidemark prints for ' +
    'a Chilean station is one hour late. For Valparaíso it shows high water at 14:52 today, while the Navy hydrographic ' +
    'service table and the harbour tide gauge both say 13:52.',
  'The predictions themselves are right: with --utc the times match the official table to the minute. Only the conversion to ' + 'local time is wrong.',
  'I had a look at the source. src/localtime.c caches the UTC offset of each station the first time it is used and never ' +
    'refreshes it, so a daemon started before the change keeps the old offset. That explains tidemarkd, but the command-line ' +
    'tool is wrong too, and the cache does not explain that: the offset table shipped in /usr/share/tidemark/zones.dat still ' +
    'has the 2022 rules for Chile.',
  'The attached patch makes both use the system tzdata through localtime_r() instead of zones.dat. It builds and passes the ' +
    'test suite on amd64 and arm64. Upstream made a similar change in git last month, but there has been no release since.',
];
export const dbSysinfo = `-- System Information:
Debian Release: trixie/sid
  APT prefers testing
  APT policy: (500, 'testing')
Architecture: amd64 (x86_64)

Kernel: Linux 6.12.20-amd64 (SMP w/8 CPU threads; PREEMPT)
Locale: LANG=es_CL.UTF-8, LC_CTYPE=es_CL.UTF-8 (charmap=UTF-8), LANGUAGE=es_CL:es
Shell: /bin/sh linked to /usr/bin/dash
Init: systemd (via /run/systemd/system)

Versions of packages tidemark depends on:
ii  libc6     2.41-6
ii  libxml2   2.12.7+dfsg+really2.9.14-0.4
ii  tzdata    2025b-1

tidemark recommends no packages.

tidemark suggests no packages.

-- no debconf information`;
export const dbQuote = `On Sun, 06 Apr 2025 17:38:51 -0400 Lucía Ferreyra &lt;lucia.ferreyra@example.cl&gt; wrote:
<span class="quote">&gt; The attached patch makes both use the system tzdata through localtime_r()
&gt; instead of zones.dat.</span>`;
export const dbReply = [
  'Hi Lucía,',
  'Thank you for the careful report and for the patch. You are right on both counts: the daemon caches the offset, and the ' +
    'zones.dat we ship was generated in 2022 and never updated, so the command-line tool is wrong for every zone whose rules ' +
    'have changed since then, not only for Chile.',
  'I would rather not carry the whole upstream change, because it also touches the station database format. Your patch is ' +
    'smaller and does the right thing, so I will apply it as it is and drop it again when upstream releases 3.5.',
  'For the daemon I will add a dpkg trigger that restarts it when tzdata is upgraded, which is what upstream does too.',
];
export const dbSig = `-- 
Ewan Tavish &lt;ewan@tavish.example&gt;
GPG: 7C1E 0A43 9D2B 5F86 E311  4B0C 92A8 D5F7 1E60 3B94`;
export const dbFollow = [
  'Thanks, Ewan. One more detail that matters for the trigger: on my machine tidemarkd runs as a systemd user unit, not from ' +
    'the system unit, so a restart from the maintainer scripts will not reach it. Perhaps README.Debian could say what to do ' +
    'in that case.',
  'I have also checked that the patch applies cleanly to the version in bookworm, in case a stable update is wanted. The ' + 'same wrong offsets are there.',
];
export const dbClose = [
  'tidemark 3.4.2-2 has been accepted into unstable with your patch and a dpkg trigger that restarts the system daemon when ' +
    'tzdata is upgraded. README.Debian now has a paragraph about user units, with the systemctl --user command to run after ' +
    'an upgrade, as you suggested.',
  'I will ask the release team about a bookworm update once the package has migrated to testing.',
];
