import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 47, file d2: one day of a Gitter room's archive as gitter.im served it (the Gitter top bar, the room header
 * with avatar, name, topic and "Open in Gitter", the previous/next day links around the date, the calendar heatmap with
 * its month labels, the chat items with avatars, display names, usernames and time links, grouped bursts without names,
 * an inline code span and a code block, and the "Join the chat" call to action and footer).
 */
const gaRoom = 'pylontools/pylon';
type GaMsg = { who?: string; user?: string; t: string; id: string; html: string };
const nadia = { who: 'Nadia Rahm', user: 'nrahm' };
const oskar = { who: 'Oskar Lindqvist', user: 'oskarl' };
const hana = { who: 'Hana Kobayashi', user: 'hkoba' };
const marek = { who: 'Marek Dvořák', user: 'mdvorak' };
const gaCode = 'pylon inspect heartbeat --worker "$HOSTNAME" --max-age 30';
const gaMsgs: GaMsg[] = [
  {
    ...nadia,
    t: '09:12',
    id: '636a1c2f0e',
    html:
      'Morning all. After upgrading to 3.2 our workers stop picking up jobs after roughly an hour, with nothing in the logs. ' +
      'Restarting the worker fixes it for another hour. Has anyone else seen this?',
  },
  { ...oskar, t: '09:20', id: '636a1e0b41', html: 'Which broker? There was a change to the Redis heartbeat in 3.2.' },
  { ...nadia, t: '09:22', id: '636a1e7d93', html: 'Redis 7 on ElastiCache, with TLS turned on.' },
  {
    ...oskar,
    t: '09:25',
    id: '636a1f3a08',
    html:
      'That is probably it then. ElastiCache closes idle connections after an hour by default, and 3.2 stopped sending the ' +
      'keepalive ping on the blocking connection that waits for jobs. The worker thinks it is still connected and waits forever.',
  },
  {
    t: '09:26',
    id: '636a1f61c2',
    html:
      'You can set <code>broker_keepalive = 30</code> in the worker config as a workaround, but 3.2.0 ignores it because of ' +
      'the same bug, so you need 3.2.1 for it to work.',
  },
  { ...nadia, t: '09:31', id: '636a20a715', html: "3.2.1 isn't on PyPI yet, is it?" },
  {
    ...hana,
    t: '09:41',
    id: '636a22f9e7',
    html: 'It went out about ten minutes ago. The release notes are a bit thin, sorry, I will add the keepalive change to them ' + 'later today.',
  },
  { ...nadia, t: '09:48', id: '636a24a0b1', html: 'Just upgraded and set the keepalive. I will report back after lunch.' },
  {
    ...marek,
    t: '10:05',
    id: '636a28a452',
    html:
      'Slightly related: is there a way to tell from the outside whether a worker is still connected? We run on Kubernetes ' +
      'and I would like a liveness probe that catches this kind of hang.',
  },
  {
    ...hana,
    t: '10:11',
    id: '636a2a0f3c',
    html:
      'Not in a clean way yet. The worker writes a heartbeat timestamp to Redis every ten seconds, so a probe can check that ' +
      'the key for its own worker id is fresh. A proper health endpoint is planned for 3.3.',
  },
  {
    t: '10:12',
    id: '636a2a4be0',
    html:
      `<pre><code class="language-bash">${gaCode}</code></pre>That command exits with a non-zero status when the heartbeat is ` +
      'older than the given number of seconds.',
  },
  { ...marek, t: '10:14', id: '636a2ac871', html: 'Perfect, that is exactly what I need for the probe. Thanks!' },
  {
    ...nadia,
    t: '13:48',
    id: '636a5d14aa',
    html: 'Three hours without a hang so far, so it looks fixed. Thanks both for the quick help, and for the release.',
  },
];
/** The message's text without its code block (the block is in neither list). */
const gaText = (m: GaMsg): string => m.html.replace(/<pre>.*<\/pre>/, '');
const gaItem = (m: GaMsg) => `<div class="chat-item model-id-${m.id} ${m.who ? 'burstStart' : 'burstContinued'}" data-id="${m.id}">
<div class="chat-item__container"><div class="chat-item__aside">${
  m.who
    ? `<div class="chat-item__avatar"><span class="widget"><div class="avatar avatar--s trpDisplayPicture">
<img src="https://avatars-05.gitter.im/gh/uv/4/${m.user}" height="30" width="30" class="avatar__image" alt=""></div></span></div>`
    : ''
}</div>
<div class="chat-item__actions js-chat-item-actions"><i class="chat-item__icon icon-check chat-item__icon--read js-chat-item-readby"></i></div>
<div class="chat-item__content">${
  m.who
    ? `<div class="chat-item__details"><div class="chat-item__from js-chat-item-from">${m.who}</div>
<div class="chat-item__username js-chat-item-from">@${m.user}</div>\n`
    : '<div class="chat-item__details">'
}<a class="chat-item__time js-chat-time" href="/${gaRoom}?at=${m.id}" title="Nov 08 2022 ${m.t}">${m.t}</a></div>
<div class="chat-item__text js-chat-item-text">${m.html}</div></div></div></div>`;
const gaMonths = ['Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
const gaHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${gaRoom} - Gitter</title>
<meta name="description" content="Pylon: lightweight job queues for Python">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://gitter.im/${gaRoom}/archives/2022/11/08">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://cdn03.gitter.im/_s/6a1f2c4/styles/router-archive-chat.css">
<script>window.troupeContext = {"troupe":{"uri":"${gaRoom}","oneToOne":false,"userCount":412},"archive":{"archiveDate":"2022-11-08"}};</script>
</head>
<body class="archive-page">
<div class="archive">
<header class="archive-top"><a class="archive-top__logo" href="https://gitter.im/" aria-label="Gitter home">Gitter</a>
<nav class="archive-top__nav"><a href="https://gitter.im/explore">Explore</a><a href="https://gitter.im/login">Sign in</a></nav></header>
<div class="chat-header">
<div class="chat-header__avatar"><img src="https://avatars-05.gitter.im/group/iv/4/5b8f0c2d" width="48" height="48" alt=""></div>
<div class="chat-header__info"><h1 class="chat-header__title">${gaRoom}</h1>
<div class="chat-header__topic">Pylon: lightweight job queues for Python · Docs: <a href="https://pylon.example.dev">https://pylon.example.dev</a>
· Please use GitHub issues for bugs</div></div>
<a class="chat-header__action button-primary" href="/${gaRoom}">Open in Gitter</a></div>
<div class="archive-navigation">
<a class="archive-navigation__prev" href="/${gaRoom}/archives/2022/11/07" rel="prev">‹ Nov 07 2022</a>
<h2 class="archive-navigation__date">Nov 08 2022</h2>
<a class="archive-navigation__next" href="/${gaRoom}/archives/2022/11/09" rel="next">Nov 09 2022 ›</a></div>
<div id="cal-heatmap" class="archive-calendar"><svg class="cal-heatmap-container" width="520" height="110">
${gaMonths.map((m, i) => `<svg class="graph-domain m_${i + 6}" x="${i * 86}"><text class="graph-label" y="100" x="0">${m}</text></svg>`).join('')}</svg></div>
<div id="chat-container" class="chat-app archive-chat"><div id="chat-items" class="chat-items js-chat-items">
${gaMsgs.map(gaItem).join('\n')}
</div></div>
<div class="archive-footer"><p>This is the archive of a public Gitter room. Join the chat to talk with the 412 people in it.</p>
<a class="button-primary" href="/${gaRoom}?utm_source=archive">Join the chat</a>
<ul class="archive-footer__links"><li><a href="https://gitter.im/apps">Apps</a></li><li><a href="https://gitter.im/terms">Terms</a></li>
<li><a href="https://gitter.im/privacy">Privacy</a></li><li><a href="https://status.gitter.im">Status</a></li></ul></div>
</div>
<script src="https://cdn03.gitter.im/_s/6a1f2c4/js/router-archive-chat.js" defer></script>
</body></html>`;
const people = [nadia, oskar, hana, marek];
export const gitterArchive: TestPage = {
  html: gaHtml,
  name: 'heldout47-gitter-archive',
  kind: 'forum',
  // title: the room name (h1); no headings; body: every message (posts), the code block in one of them left out (in
  // neither); bylines: the display names, usernames, every message's time and the archive day ("Nov 08 2022", the page's
  // dateline); furniture: the top bar, the room topic, "Open in Gitter", the previous/next day links, the heatmap's month
  // labels, the footer with its call to action and links ("Status" is a body word: left out)
  title: gaRoom,
  headings: [],
  body: texts(gaMsgs.map(gaText)),
  bylines: [...people.flatMap((p) => [p.who, `@${p.user}`]), ...gaMsgs.map((m) => m.t), 'Nov 08 2022'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gitter', 'Explore', 'Sign in', 'Pylon: lightweight job queues for Python · Docs: https://pylon.example.dev · Please use GitHub issues for bugs',
    'Open in Gitter', '‹ Nov 07 2022', 'Nov 09 2022 ›', ...gaMonths,
    'This is the archive of a public Gitter room. Join the chat to talk with the 412 people in it.',
    'Join the chat', 'Apps', 'Terms', 'Privacy',
  ],
};
