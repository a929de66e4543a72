import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 229, file d2: a lore.kernel.org message page (public-inbox: the search form with help / color / mirror /
 * Atom feed, one <pre id=b> holding the From / To / Cc / Subject / Date / Message-ID header lines and the plain-text body of a
 * patch series cover letter with its changelog, shortlog and diffstat, then the permalink / raw / reply bar with
 * "[flat|nested] 5+ messages in thread", the thread overview and the public-inbox footer). There is no h1; the subject is
 * the title.
 */
const wrap = (p: string): string =>
  p
    .split(' ')
    .reduce<string[]>((ls, w) => {
      const last = ls[ls.length - 1];
      if (last !== undefined && (last + w).length < 72) ls[ls.length - 1] = `${last} ${w}`;
      else ls.push(w);
      return ls;
    }, [])
    .join('\n');
const lkTitle = '[PATCH v2 0/3] hwmon: (tmp5xx) add support for the TMP517 four-channel sensor';
const lkP1 = [
  'This series adds support for the TMP517, a four-channel remote temperature sensor that is register compatible with the TMP513 ' +
    'for the first two channels and adds two more remote channels at a new offset.',
  'Patch 1 converts the existing binding to allow a fourth remote channel and its ideality and offset properties. Patch 2 moves ' +
    'the per-channel register addresses into a table so the driver no longer assumes consecutive offsets. Patch 3 adds the new ' +
    'chip ID and the extra channels.',
  'Tested on a board with a TMP517 wired to two SoC diodes and two discrete transistors; all four readings agree with a ' +
    'calibrated thermocouple to within 1.5 degrees over the range 20 to 95 degrees.',
  'Changes in v2:',
  '- Dropped the separate compatible for the TMP517A, which differs only in its default address (Guenter).',
  '- Reworked patch 2 to keep the register table const and avoid the allocation in probe.',
  '- Fixed the channel labels in the binding example, which were off by one.',
  '- Collected the Reviewed-by on patch 1.',
];
const lkLog = `Zofia Brennan (3):
  dt-bindings: hwmon: tmp513: allow a fourth remote channel
  hwmon: (tmp513) move channel registers into a table
  hwmon: (tmp513) add support for the TMP517

 .../devicetree/bindings/hwmon/ti,tmp513.yaml  | 14 ++++--
 drivers/hwmon/tmp513.c                         | 97 +++++++++++++------
 2 files changed, 79 insertions(+), 32 deletions(-)

base-commit: 3f0c1a8e29d4b6a7c51e0d2b9a84f6e1c7d2a905
-- 
2.51.0`;
const lkThread = [
  '2025-10-14 13:22 [PATCH v2 0/3] hwmon: (tmp5xx) add support for the TMP517 four-channel sensor Zofia Brennan',
  '2025-10-14 13:22 ` [PATCH v2 1/3] dt-bindings: hwmon: tmp513: allow a fourth remote channel Zofia Brennan',
  '2025-10-14 13:22 ` [PATCH v2 2/3] hwmon: (tmp513) move channel registers into a table Zofia Brennan',
  '2025-10-14 13:22 ` [PATCH v2 3/3] hwmon: (tmp513) add support for the TMP517 Zofia Brennan',
  '2025-10-15  4:10 ` [PATCH v2 0/3] hwmon: (tmp5xx) add support for the TMP517 four-channel sensor Guenter Rask',
];
const lkHtml = `<html><head><title>[PATCH v2 0/3] hwmon: (tmp5xx) add support for the TMP517 four-channel sensor - Zofia Brennan</title>
<link rel=alternate title="Atom feed" href="../new.atom" type="application/atom+xml"/><style>pre{white-space:pre-wrap}*{font-size:100% !important;
font-family:monospace}</style><link rel=stylesheet href="../../_/+/216light.css" title=default/></head><body>
<form action="../"><pre><a href="../?t=20251015041010">latest</a> <input name=q type=text /><input type=submit value="search" />
<a href="../_/text/help/">help</a> / <a href="../_/text/color/">color</a> / <a id=mirror href="../_/text/mirror/">mirror</a> /
<a href="../new.atom">Atom feed</a></pre></form><pre id=b><b>From: Zofia Brennan &lt;zofia.brennan@kestrel-dev.example&gt;</b>
To: Guenter Rask &lt;grask@lowland.example&gt;
Cc: Jean Dalloway &lt;jdalloway@example.org&gt;,
	linux-hwmon@vger.kernel.org, devicetree@vger.kernel.org,
	linux-kernel@vger.kernel.org
Subject: <a href="#r" id=t>${lkTitle}</a>
Date: Tue, 14 Oct 2025 15:22:08 +0200	[<a href="#r">thread overview</a>]
Message-ID: &lt;20251014132211.40419-1-zofia.brennan@kestrel-dev.example&gt; (<a href="raw">raw</a>)

${lkP1.slice(0, 3).map(wrap).join('\n\n')}

${lkP1[3]}
${lkP1.slice(4).map(wrap).join('\n')}

${lkLog}

</pre><hr><pre><a href="#e" id=R>permalink</a> <a href="raw">raw</a> <a href="#R">reply</a>	[<a href="T/#u"><b>flat</b></a>|<a
href="t/#u">nested</a>] 5+ messages in thread
</pre><hr><pre id=r><b>Thread overview:</b> 5+ messages (download: <a href="t.mbox.gz">mbox.gz</a> follow: <a href="t.atom">Atom feed</a>
-- links below jump to the message on this page --
${lkThread.map((l) => `<a href="#m${l.length}">${l}</a>`).join('\n')}
</pre><hr><pre>This is a public inbox, see <a href="../_/text/mirror/">mirroring instructions</a>
for how to clone and mirror all data and code used for this inbox</pre></body></html>`;
export const loreMessage: TestPage = {
  html: lkHtml,
  name: 'heldout229-lore-kernel-lkml-message-forum',
  kind: 'forum',
  // a patch cover letter: its prose and "Changes in v2" items are body (the "- " items written as they are); the shortlog,
  // diffstat, base-commit and git version are in neither list (code-like); header lines and the thread overview are furniture
  title: lkTitle,
  headings: [],
  body: texts(lkP1),
  bylines: ['From: Zofia Brennan <zofia.brennan@kestrel-dev.example>', 'Date: Tue, 14 Oct 2025 15:22:08 +0200'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'latest', 'help', 'color', 'mirror', 'Atom feed', 'To: Guenter Rask <grask@lowland.example>', 'linux-hwmon@vger.kernel.org',
    'devicetree@vger.kernel.org', 'linux-kernel@vger.kernel.org', 'thread overview',
    'Message-ID: <20251014132211.40419-1-zofia.brennan@kestrel-dev.example>', 'raw', 'permalink', 'reply', 'flat', 'nested',
    '5+ messages in thread', 'Thread overview:', 'mbox.gz', '-- links below jump to the message on this page --', ...lkThread.slice(1),
    'This is a public inbox, see mirroring instructions for how to clone and mirror all data and code used for this inbox',
  ],
};
