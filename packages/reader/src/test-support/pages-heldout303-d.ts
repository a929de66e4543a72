import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout303-kit.js';

/**
 * Held-out batch 303, file d: a Coda published doc (React markup with data-coda-ui-id hooks, doc header with Copy doc /
 * Sign up, page list sidebar, canvas with headings, text, a grid table with a toolbar, a "Made with Coda" badge and the
 * cookie banner) and a Slack export viewer page (channel sidebar, channel header with topic and purpose, messages with
 * user names, timestamps, reactions, a shared file and thread reply counts).
 */
const kTitle = 'Harbourside Rowing Club: Boat Booking Rules';
const kH = ['How booking works', 'Which boats you can take', 'Damage and repairs'];
const kIntro = [
  j(
    'Club boats are booked through this doc so that everyone can see who has which boat and when. The rules below were agreed',
    'by the captains in March and apply from the start of the summer season.',
  ),
];
const kHow = [
  j(
    'Bookings open seven days ahead at 6 pm. Each member may hold at most two bookings in any week, and a single booking may',
    'not be longer than two hours. Coached crews are entered by the coaches and do not count towards anyone’s limit.',
  ),
  j(
    'If you cannot use a booking, delete it as soon as you know. Three no-shows in a season and the captains will ask you to',
    'book through them for a month.',
  ),
  j(
    'Before you go afloat, check the river flag on the boathouse door and sign out in the boat log with your name, the boat and',
    'the time you expect to be back. Sign in again as soon as you return, even if you are only a few minutes late.',
  ),
];
const kWhich = ['Every boat has a squad level. You may take a boat at your level or below. The current fleet is listed here:'];
const kRows = [
  ['Tern', 'Single scull', 'Novice'],
  ['Gannet', 'Double', 'Intermediate'],
  ['Cormorant', 'Coxed four', 'Intermediate'],
  ['Petrel', 'Racing single', 'Senior'],
];
const kCols = ['Boat', 'Type', 'Squad level'];
const kDamage = [
  j(
    'Accidents happen. What matters is that you report them. Write up any damage in the boat log before you leave, even a small',
    'scratch, and message the boatman. A boat that is damaged and not reported is the one that breaks under the next crew.',
  ),
  j(
    'Members are not charged for ordinary wear or honest accidents. The committee may ask for a contribution where a boat has',
    'been taken out against these rules, for example in a red flag warning or above the rower’s squad level.',
  ),
];
const kPages = ['Boat booking rules', 'Book a boat', 'Boat log', 'Coaching rota', 'Committee contacts'];
const cp = (t: string): string => `<div data-coda-ui-id="canvas-paragraph" class="kr-paragraph_o1f2"><span class="kr-text_p93a">${t}</span></div>`;
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Boat booking rules · Harbourside Rowing Club</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Coda">
<meta property="og:title" content="Boat booking rules"><meta name="description" content="Club boats are booked through this doc.">
<link rel="canonical" href="https://coda.example/@harbourside-rc/boat-booking-rules">
<link rel="stylesheet" href="https://cdn.coda.example/assets/browser.7f2e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Boat booking rules",
"publisher":{"@type":"Organization","name":"Coda"}}</script>
<script>window.codaBootstrapData={"docId":"Hr8kQ2","publishMode":"view","isPublished":true,"workspaceId":"ws-7aa"};</script></head>
<body class="kr-body"><div id="app-root"><div data-coda-ui-id="published-doc-header" class="kr-header_a12f"><div class="kr-header-left">
<img class="kr-doc-icon" src="https://cdn.coda.example/icons/svg/color/rowing.svg" alt=""><span class="kr-doc-title">Harbourside Rowing Club</span></div>
<div class="kr-header-right"><a data-coda-ui-id="copy-doc-button" role="button" href="/copy">Copy doc</a>
<a role="button" href="/signup">Sign up for free</a></div></div>
<div class="kr-layout_b0c1"><nav data-coda-ui-id="page-list" aria-label="Pages" class="kr-pagelist_7d"><ul>${links(kPages, 'kr-page-item')}</ul></nav>
<main data-coda-ui-id="canvas" class="kr-canvas_c31"><div class="kr-page-header"><div class="kr-page-icon">🚣</div>
<h1 data-coda-ui-id="page-title" class="kr-page-title_e9">${kTitle}</h1>
<div class="kr-page-subtitle">Maintained by the Captains · Updated April 2, 2026</div></div>
<div data-coda-ui-id="canvas-content" class="kr-content_d3">
${kIntro.map(cp).join('\n')}
<h2 data-coda-ui-id="canvas-heading" class="kr-h1_5a">${kH[0]}</h2>
${kHow.map(cp).join('\n')}
<div data-coda-ui-id="callout" class="kr-callout_9b"><span class="kr-text_p93a">👉 Ready to row? Go to Book a boat</span></div>
<h2 data-coda-ui-id="canvas-heading" class="kr-h1_5a">${kH[1]}</h2>
${kWhich.map(cp).join('\n')}
<div data-coda-ui-id="table" class="kr-table_f0"><div class="kr-table-toolbar"><span class="kr-table-name">Fleet</span><span role="button">Search</span>
<span role="button">Filter</span><span class="kr-row-count">4 rows</span></div><div role="grid" aria-label="Fleet">
<div role="row" class="kr-header-row">${kCols.map((c) => `<div role="columnheader" class="kr-col-header">${c}</div>`).join('')}</div>
${kRows.map((r) => `<div role="row" class="kr-row">${r.map((c) => `<div role="gridcell" class="kr-cell"><span>${c}</span></div>`).join('')}</div>`).join('\n')}
</div></div>
<h2 data-coda-ui-id="canvas-heading" class="kr-h1_5a">${kH[2]}</h2>
${kDamage.map(cp).join('\n')}
</div></main></div>
<a data-coda-ui-id="made-with-coda" href="https://coda.example/?utm_source=published_doc" class="kr-badge_44">Made with Coda</a>
<div role="dialog" aria-label="Cookie consent" class="kr-cookie_c0"><p>Coda uses cookies to understand how you use our product.</p>
<button>Accept</button><button>Manage preferences</button></div></div>
<script src="https://cdn.coda.example/assets/browser.7f2e.js" defer></script></body></html>`;
const coda: TestPage = {
  name: 'heldout303-coda-published-doc-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kIntro, ...kHow, ...kWhich, ...kRows.flat(), ...kDamage]),
  bylines: ['Maintained by the Captains · Updated April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbourside Rowing Club', 'Copy doc', 'Sign up for free', ...kPages, '👉 Ready to row? Go to Book a boat', 'Fleet', 'Search', 'Filter',
    '4 rows', 'Made with Coda', 'Coda uses cookies to understand how you use our product.', 'Accept', 'Manage preferences',
  ],
};

const sChan = '#allotment-build';
const sMsgs: [string, string, string[]][] = [
  [
    'Bryony Achterberg',
    '2026-03-07 08:41:09',
    [
      j(
        'Morning all. The timber for the new raised beds is being delivered to the Mill Lane gate at 10 today. Can anyone help carry',
        'it down to the bottom plots? It is about forty boards, so many hands would be welcome.',
      ),
    ],
  ],
  ['Tomasz Reyes', '2026-03-07 08:52:30', ['I can be there from half ten with the wheelbarrow. Do we have enough screws or should I bring mine?']],
  [
    'Bryony Achterberg',
    '2026-03-07 08:55:14',
    [
      j(
        'We have two boxes of the 80 mm ones in the shed. Bring a driver if you have one with a decent battery; ours died last',
        'week and the charger has gone missing.',
      ),
    ],
  ],
  [
    'Lucinda Faraway',
    '2026-03-07 09:20:47',
    [
      'I have done a rough plan for the layout so the beds do not block the path to the water trough.',
      'Beds run east to west, one metre wide with sixty-centimetre paths between them.',
      'The two wheelchair-height beds go nearest the gate.',
      'We keep the old compost bays where they are for now.',
    ],
  ],
  [
    'Tomasz Reyes',
    '2026-03-07 15:03:12',
    [
      j(
        'Update: all forty boards are down at the bottom plots and stacked under the tarp. Four beds are assembled. We ran out of',
        'daylight for the rest, so I have put the offcuts in the shed.',
      ),
    ],
  ],
  [
    'Lucinda Faraway',
    '2026-03-07 17:26:40',
    [
      j(
        'Thank you, Tomasz. I walked past on the way home and the beds look great. One of the corner posts on the second bed is',
        'leaning a little, so it might need another screw before we put any weight of soil in it.',
      ),
    ],
  ],
  ['Tomasz Reyes', '2026-03-07 17:40:02', ['Good spot. I will fix it first thing on Saturday before the soil goes in.']],
  ['Ogechi Marsh', '2026-03-08 10:12:55', ['Brilliant work, everyone. I will bring soil improver on Saturday and we can fill the first four beds then.']],
];
const sChannels = ['general', 'allotment-build', 'seed-swap', 'committee', 'random'];
const sDms = ['Bryony Achterberg', 'Ogechi Marsh'];
const sMsg = ([user, time, paras]: [string, string, string[]], i: number): string => `<div class="message-container"><div id="17088${i}4469.00${i}9"
class="message"><img src="https://avatars.slack-edge.example/2026-01-1${i}/${i}4_48.png" class="user_icon" loading="lazy"/><div class="username">${user}</div>
<a href="#17088${i}4469.00${i}9" class="time">${time}</a>
<div class="msg">${
  paras.length > 1
    ? `<p>${paras[0]}</p><ul>${paras
        .slice(1)
        .map((p) => `<li>${p}</li>`)
        .join('')}</ul>`
    : `<p>${paras[0]}</p>`
}</div>${i === 1 ? '<div class="reactions"><span class="reaction">:muscle: 3</span></div>' : ''}${
  i === 3 ? '<div class="message-upload"><a href="/files/bed-layout.png">bed-layout.png</a></div><div class="replies">2 replies</div>' : ''
}</div></div>`;
const sHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Slack Export - ${sChan}</title>
<link rel="stylesheet" href="/static/viewer.css"><link rel="stylesheet" href="/static/emoji.css">
<script src="/static/jquery.min.js"></script></head><body><div id="slack-archive-viewer"><div id="sidebar">
<h3 id="channel-title">Public Channels</h3><ul class="list">${links(sChannels, 'channel_item')}</ul>
<h3 id="dm-title">Direct Messages</h3><ul class="list">${links(sDms, 'dm_item')}</ul>
<div class="sidebar-footer">Exported from Riverbend Growers workspace</div></div>
<div class="messages"><div id="channel-header"><h1>${sChan}</h1>
<p class="channel-topic">Topic: Building the new raised beds on the bottom plots</p>
<p class="channel-purpose">Purpose: Coordinating volunteers and materials for the 2026 bed build</p></div>
${sMsgs.map(sMsg).join('\n')}
</div></div><script src="/static/viewer.js"></script></body></html>`;
const slack: TestPage = {
  name: 'heldout303-slack-export-viewer-forum',
  kind: 'forum',
  html: sHtml,
  title: sChan,
  headings: [],
  body: texts(sMsgs.flatMap((m) => m[2])),
  bylines: [...new Set(sMsgs.flatMap((m) => [m[0], m[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Public Channels', ...sChannels, 'Direct Messages', 'Exported from Riverbend Growers workspace',
    'Topic: Building the new raised beds on the bottom plots', 'Purpose: Coordinating volunteers and materials for the 2026 bed build',
    ':muscle: 3', 'bed-layout.png', '2 replies',
  ],
};

export const HELDOUT303_D: readonly TestPage[] = [coda, slack];
