import { type TestPage, texts } from './page-kit.js';
import { metaQuestion } from './pages-heldout24-e2.js';

/**
 * Held-out batch 24, file e: one topic of a Zulip chat as the zulip-archive tool publishes it on GitHub Pages inside a small
 * Jekyll layout (the archive's header and nav, the intro note, the "Stream:" and "Topic:" lines, a stray <base> and <head>
 * that the tool writes mid-page, then each message as an <h4> with the "view this post on Zulip" icon link, the sender and the
 * time link, followed by the message HTML with mentions, a quote, inline code and a code block; the "Last updated" line and the
 * layout's footer).
 */
const zlTitle = 'Predictions off by an hour after the DST change';
type Msg = { id: number; who: string; when: string; html: string[] };
const zlMsgs: Msg[] = [
  {
    id: 401122,
    who: 'Priya Natarajan',
    when: '(Nov 03 2025 at 09:14)',
    html: [
      'Since Sunday every table I print for the Portland station is exactly one hour late. The heights look right, only the times ' +
        'are shifted. I am on 0.6.0, installed from the Alpine package.',
      'Command I am running:',
      '<div class="codehilite"><pre><span></span><code>tidemark table portland.tm --from 2025-11-03 --days 2 --tz America/New_York\n</code></pre></div>',
    ],
  },
  {
    id: 401130,
    who: 'Olu Adeyemi',
    when: '(Nov 03 2025 at 09:31)',
    html: [
      'Can you check which zone database the package pulls in? Alpine splits <code>tzdata</code> out, and if it is missing Go falls ' +
        'back to the copy embedded in the binary, which could be older than the release.',
    ],
  },
  {
    id: 401138,
    who: 'Priya Natarajan',
    when: '(Nov 03 2025 at 09:48)',
    html: [
      '<code>tzdata</code> was not installed at all. After <code>apk add tzdata</code> the times are correct again. Still, should ' +
        'tidemark not refuse to run rather than print wrong times silently?',
    ],
  },
  {
    id: 401152,
    who: 'Mira Krause',
    when: '(Nov 03 2025 at 10:22)',
    html: [
      '<blockquote>\n<p>should tidemark not refuse to run rather than print wrong times silently?</p>\n</blockquote>',
      'Agreed, that is a bug on our side. The embedded database in 0.6.0 is fine for this year, so I suspect we are reading the ' +
        'offset once at start-up instead of per prediction. I will look at it today.',
    ],
  },
  {
    id: 401190,
    who: 'Mira Krause',
    when: '(Nov 03 2025 at 15:05)',
    html: [
      'Found it: <code>table</code> cached the offset for the first day of the range and reused it for every row. The fix is on ' +
        '<code>main</code> and will go out in 0.6.1 this week. ' +
        '<span class="user-mention" data-user-id="88">@Priya Natarajan</span> thanks for the clear report, and for the exact command.',
    ],
  },
  {
    id: 401197,
    who: 'Priya Natarajan',
    when: '(Nov 03 2025 at 15:19)',
    html: ['Built from main and the Portland tables now switch offsets at 2 a.m. on the right day. Thank you both.'],
  },
  {
    id: 401205,
    who: 'Olu Adeyemi',
    when: '(Nov 03 2025 at 16:40)',
    html: [
      'For the record, the Alpine package will depend on <code>tzdata</code> from 0.6.1 on, so new installs get it automatically. ' +
        'Older installs still need the manual <code>apk add</code>, and I will put a line about it in the release notes.',
    ],
  },
];
const base = 'https://tidemark-project.github.io/archive/stream/14-help/topic/Predictions.20off.20by.20an.20hour.html';
const msgHtml = (m: Msg): string => `<a name="${m.id}"></a>
<h4><a href="https://tidemark.zulipchat.com/#narrow/stream/14-help/topic/Predictions.20off/near/${m.id}" class="zl"><img
 src="https://tidemark-project.github.io/archive/assets/img/zulip.svg" alt="view this post on Zulip" style="width:20px;height:20px;"></a>
 ${m.who} <a href="${base}#${m.id}" class="zl">${m.when}</a>:</h4>
${m.html.map((h) => (h.startsWith('<') ? h : `<p>${h}</p>`)).join('\n')}
`;
const zlHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>help › ${zlTitle} | Tidemark chat archive</title>
<link rel="stylesheet" href="/archive/assets/css/main.css"></head><body>
<header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="/">Tidemark</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/docs/">Docs</a><a class="page-link" href="/archive/">Chat archive</a>
<a class="page-link" href="https://git.sr.ht/~mkrause/tidemark">Source</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<p class="archive-note">This is a public archive of the Tidemark Zulip chat. Only public streams are archived. To reply, open the message on Zulip.</p>
<p><a href="/archive/">Archive index</a></p>
<h2>Stream: <a href="https://tidemark-project.github.io/archive/stream/14-help/index.html">help</a></h2>
<h3>Topic: <a href="${base}">${zlTitle}</a></h3>

<hr>

<base href="https://tidemark.zulipchat.com">

<head><link href="https://tidemark-project.github.io/archive/style.css" rel="stylesheet"></head>

${zlMsgs.map(msgHtml).join('\n')}
<hr><p>Last updated: Nov 20 2025 at 06:02 UTC</p>
</div></main>
<footer class="site-footer"><div class="wrapper"><p>Tidemark is ISC-licensed free software. Chat hosting sponsored by Zulip.</p>
<p>Generated by <a href="https://github.com/zulip/zulip-archive">zulip-archive</a>.</p></div></footer></body></html>`;
const zulip: TestPage = {
  html: zlHtml,
  name: 'heldout24-zulip-archive-thread',
  kind: 'forum',
  // the messages are the article: every message paragraph, the first message's command block and the quoted line (the quote
  // repeats words of the message it answers, and it is the quoting message's own text) are body; the topic is the title
  // ("Topic:" and "Stream: help" are furniture); each sender and time link is a byline (one entry per distinct text: the
  // three senders and six times); the Zulip icon's alt text is an attribute only; the archive's header, intro note, "Archive
  // index", "Last updated" line and footer are furniture
  // gold changes of session 15, after measuring: the command block is code, and the reply's quoted line repeats the message it
  // answers: both in neither list, as batches 21 and 22 set code and quoted lines
  title: zlTitle,
  headings: [],
  body: zlMsgs.flatMap((m) => texts(m.html.filter((h) => !h.includes('codehilite') && !h.startsWith('<blockquote>')))),
  bylines: [...new Set(zlMsgs.map((m) => m.who))].concat(zlMsgs.map((m) => m.when)),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidemark', 'Docs', 'Chat archive', 'Source',
    'This is a public archive of the Tidemark Zulip chat. Only public streams are archived. To reply, open the message on Zulip.',
    'Archive index', 'Stream:', 'help', 'Topic:', 'Last updated: Nov 20 2025 at 06:02 UTC',
    'Tidemark is ISC-licensed free software. Chat hosting sponsored by Zulip.', 'Generated by', 'zulip-archive',
  ],
};

export const HELDOUT24_E: readonly TestPage[] = [zulip, metaQuestion];
