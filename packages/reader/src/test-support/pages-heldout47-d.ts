import { type TestPage, texts } from './page-kit.js';
import { gitterArchive } from './pages-heldout47-d2.js';

/**
 * Held-out batch 47, file d: a card on a public Trello board opened by a visitor who is not logged in (the logged-out
 * header and sign-up banner, the board header and the board's lists and cards behind the dialog, then the card back: title
 * and "in list", members, labels and due date, the description rendered by the Atlassian editor with its own headings and a
 * list, a checklist with its progress bar, and the Activity feed with comments and card events).
 */
const tcTitle = 'Rebuild the compost bays before the spring delivery';
const tcDesc1 =
  'We are getting six cubic metres of leaf mould and manure from the council on 29 March, and the old bays will not hold it. ' +
  'Two of the three pallet walls have rotted through at the base, and the middle divider fell over in January.';
const tcPlanH = 'Plan';
const tcPlan =
  'Take the old pallets out on the work day of 15 March, level the ground, and build three new bays from the larch boards ' +
  "that Hendry's timber yard has offered at cost. Each bay will be 1.2 m wide with removable front slats, so we can turn " +
  'the heap without climbing in.';
const tcMatH = 'Materials';
const tcMats = [
  '24 larch boards, 150 × 25 mm, 2.4 m long',
  '12 fence posts, 75 mm square',
  '2 kg of 50 mm galvanised screws',
  'Weed membrane for the floor (there is a roll in the shed)',
];
const tcCheckH = 'Work day tasks';
const tcChecks: [string, boolean][] = [
  ['Empty the old bays onto tarpaulins', true],
  ['Remove and bag the rotten pallets', false],
  ['Dig and set the posts', false],
  ['Fix the boards and the front slats', false],
  ['Refill the bays and label them by year', false],
];
type TcComment = { who: string; initials: string; user: string; when: string; iso: string; edited?: boolean; text: string };
const tcComments: TcComment[] = [
  {
    who: 'Moira Lennox',
    initials: 'ML',
    user: 'moiralennox',
    when: 'Mar 5, 2025, 6:30 PM',
    iso: '2025-03-05T18:30:40.000Z',
    edited: true,
    text: 'Yes to the bricks, Grace. Please stack them by the gate and not behind the shed, because the delivery lorry needs to reverse in there.',
  },
  {
    who: 'Grace Whitfield',
    initials: 'GW',
    user: 'gracewhitfield3',
    when: 'Mar 4, 2025, 9:45 AM',
    iso: '2025-03-04T09:45:12.000Z',
    text: 'I have a driver and will be there from ten. Could we keep the old bricks from the left bay? They would make a good edge for the herb bed.',
  },
  {
    who: 'Tunde Adeyemi',
    initials: 'TA',
    user: 'tundeadeyemi',
    when: 'Mar 4, 2025, 7:02 AM',
    iso: '2025-03-04T07:02:55.000Z',
    text:
      'I can bring the post hole digger and my cordless driver on the 15th. We will need at least two more drivers if we want to ' +
      'finish in one day, so could people who have one say so here?',
  },
  {
    who: 'Moira Lennox',
    initials: 'ML',
    user: 'moiralennox',
    when: 'Mar 3, 2025, 8:14 PM',
    iso: '2025-03-03T20:14:08.000Z',
    text:
      "Hendry's confirmed the price: £212 for the boards and posts, delivered on the 14th. I have paid from the tools budget and " +
      'the receipt is in the shared folder.',
  },
];
const tcEvents = [
  ['Tunde Adeyemi', 'joined this card', 'Mar 4, 2025, 7:01 AM'],
  ['Moira Lennox', 'moved this card from Planning to In progress', 'Mar 3, 2025, 8:10 PM'],
  ['Moira Lennox', 'added this card to Planning', 'Mar 1, 2025, 6:02 PM'],
];
const tcLists: [string, string[]][] = [
  ['Planning', ['Order seed potatoes', 'Poster for the spring open day']],
  ['In progress', [tcTitle, 'Fix the water butt overflow']],
  ['Done', ['Renew the allotment insurance', 'Winter tool sharpening session']],
];
const tcAvatar = (c: { who: string; initials: string; user: string }) =>
  `<button type="button" class="B1uWdim9Jd0dJ9" aria-label="${c.who} (${c.user})" title="${c.who} (${c.user})"><span aria-hidden="true"
class="DweEFaF5owOe02">${c.initials}</span></button>`;
const tcComment = (c: TcComment) => `<li data-testid="card-back-action" class="phenom mod-comment-type"><div class="phenom-creator">${tcAvatar(c)}</div>
<div class="phenom-desc"><span class="inline-member"><span class="u-font-weight-bold">${c.who}</span></span>
<div class="comment-container" data-testid="comment-container"><div class="action-comment markeddown js-comment" dir="auto">
<div class="current-comment js-friendly-links"><p>${c.text}</p></div></div></div></div>
<p class="phenom-meta quiet"><a class="date js-hide-on-sending past" dt="${c.iso}" href="/c/Qm7Zk2Ra/41-rebuild-the-compost-bays#comment">${c.when}</a>
${c.edited ? '<span class="js-edited-text">(edited)</span>' : ''}</p></li>`;
const tcCheck = ([t, done]: [string, boolean]) =>
  `<li data-testid="check-item-container"><input type="checkbox"${done ? ' checked' : ''} aria-label="${t}">` +
  `<span data-testid="check-item-name"${done ? ' class="is-checked"' : ''}>${t}</span></li>`;
const tcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>${tcTitle} on Parkside Community Garden — 2025 Season | Trello</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${tcTitle}"><meta property="og:site_name" content="Trello">
<link rel="stylesheet" href="https://trello.com/assets/app.9c1f0d2e.css">
<script nonce="w3o2Zx">window.__TRELLO_CONFIG__ = {"locale":"en-GB","isLoggedIn":false,"boardId":"65e1f0a9c2"};</script>
</head>
<body class="body-board-view chrome"><div id="trello-root">
<div id="header" data-testid="header-container" class="_2Ncsbs2N-nwvuG"><a href="/" aria-label="Back to home" class="_2ZdqKVd2-2t0Tn">
<span class="_3GfTzJG0N4kJd8">Trello</span></a><div class="_1KGA9zqzHU6AQc"><a href="/login?returnUrl=%2Fc%2FQm7Zk2Ra" class="_2Ab2u1FgoW6W9p">Log in</a>
<a href="/signup?returnUrl=%2Fc%2FQm7Zk2Ra" class="_1MfF8Y8yqm19J8">Sign up for free</a></div></div>
<div class="Us2Z3Ew7wEdDQ3" role="status"><p>This board is public. Sign up to copy it, or to join the board and work on it with others.</p>
<a href="/signup">Sign up</a></div>
<div id="content"><div class="board-wrapper"><div class="board-main-content">
<div class="board-header u-clearfix js-board-header" data-testid="board-header">
<h1 data-testid="board-name-display" class="HKTtBLwDyErB_o">Parkside Community Garden — 2025 Season</h1>
<button type="button" data-testid="board-visibility-option-public" aria-label="Board visibility: Public"><span>Public</span></button>
<div class="board-header-facepile">${tcAvatar(tcComments[0]!)}${tcAvatar(tcComments[2]!)}${tcAvatar(tcComments[1]!)}</div></div>
<div id="board-canvas"><ol id="board" data-testid="lists" class="qzHuqpVTvsyvMC">
${tcLists
  .map(
    ([name, cards]) => `<li data-testid="list-wrapper"><div data-testid="list"><div data-testid="list-header"><h2 data-testid="list-name">${name}</h2>
<button aria-label="List actions" data-testid="list-edit-menu-button"></button></div><ol data-testid="list-cards">
${cards.map((c) => `<li data-testid="list-card"><a data-testid="card-name" href="/c/x/${c.length}">${c}</a></li>`).join('\n')}</ol></div></li>`,
  )
  .join('\n')}
</ol></div></div></div></div>
<div class="window-overlay" data-testid="card-back-overlay"><div role="dialog" aria-modal="true" data-testid="card-back-name" aria-labelledby="card-back-title">
<div data-testid="card-back-header"><hgroup><h2 id="card-back-title" data-testid="card-back-title-input" dir="auto">${tcTitle}</h2>
<p class="qr3Us0nVdUu8S4">in list <button type="button" data-testid="card-back-list-button">In progress</button></p></hgroup>
<button type="button" aria-label="Close dialog" data-testid="card-back-close-button"><span data-testid="CloseIcon" aria-hidden="true"></span></button></div>
<div class="window-main-col"><section data-testid="card-back-badges" class="oUDjXS0XlJ_pwk">
<div data-testid="card-back-members"><h3>Members</h3>${tcAvatar(tcComments[0]!)}${tcAvatar(tcComments[2]!)}</div>
<div data-testid="card-back-labels-container"><h3>Labels</h3><span data-testid="card-label" data-color="green" class="card-label">Infrastructure</span>
<span data-testid="card-label" data-color="orange" class="card-label">Volunteers needed</span></div>
<div data-testid="card-back-due-date"><h3>Due date</h3><span>Mar 22, 2025, 12:00 PM</span></div></section>
<section data-testid="card-back-description"><h3 class="yVMpIvPP3mJUEy">Description</h3><div data-testid="description-content-area">
<div class="ak-renderer-wrapper"><div class="ak-renderer-document">
<p data-renderer-start-pos="1">${tcDesc1}</p>
<h2 id="Plan" data-renderer-start-pos="262"><button aria-label="Copy link to heading" class="heading-anchor"></button>${tcPlanH}</h2>
<p data-renderer-start-pos="268">${tcPlan}</p>
<h2 id="Materials" data-renderer-start-pos="551"><button aria-label="Copy link to heading" class="heading-anchor"></button>${tcMatH}</h2>
<ul class="ak-ul" data-indent-level="1">${tcMats.map((m) => `<li><p data-renderer-start-pos="570">${m}</p></li>`).join('')}</ul>
</div></div></div></section>
<section data-testid="checklist-section"><div class="p6CB3gHnQbn8Sa"><h3 data-testid="checklist-title">${tcCheckH}</h3>
<button type="button" data-testid="checklist-hide-checked-items-button">Hide checked items</button></div>
<div class="YJDJOkEAkZ9lqo"><span data-testid="checklist-progress-percentage">20%</span><div role="progressbar" aria-valuenow="20" aria-valuemin="0"
aria-valuemax="100"></div></div><ul data-testid="checklist-items">
${tcChecks.map(tcCheck).join('\n')}
</ul></section>
<section data-testid="card-back-activity"><div class="jD6kTCWQ2Xnb6s"><h3>Activity</h3><button type="button">Hide details</button></div>
<ul class="js-list-actions">
${tcComments.slice(0, 3).map(tcComment).join('\n')}
<li data-testid="card-back-action" class="phenom mod-other-type">${tcAvatar(tcComments[2]!)}
<div class="phenom-desc"><span class="u-font-weight-bold">Tunde Adeyemi</span>
${tcEvents[0]![1]}</div><p class="phenom-meta quiet"><a class="date">${tcEvents[0]![2]}</a></p></li>
${tcComments.slice(3).map(tcComment).join('\n')}
${tcEvents
  .slice(1)
  .map(
    ([who, what, when]) =>
      `<li data-testid="card-back-action" class="phenom mod-other-type"><div class="phenom-desc"><span class="u-font-weight-bold">${who}</span>
${what}</div><p class="phenom-meta quiet"><a class="date">${when}</a></p></li>`,
  )
  .join('\n')}
</ul></section></div></div></div>
</div>
<script src="https://trello.com/assets/vendor.5b2c0a11.js" defer></script><script src="https://trello.com/assets/app.9c1f0d2e.js" defer></script>
</body></html>`;
const trello: TestPage = {
  html: tcHtml,
  name: 'heldout47-trello-card',
  kind: 'forum',
  // title: the card name (also a card on the board behind: listed once, as the title); headings: "Description" (the label
  // over the card's own text, as a tracker's field labels are), the description's two h2s and the checklist's name; body:
  // the description's paragraphs and items, the checklist items and the four comments (posts); bylines: the commenters'
  // names and the comment times, "(edited)"; furniture: the logged-out header and banner, the board header, the other
  // lists and cards, "in list", the members' initials, labels, due date, "Hide checked items", the progress figure,
  // "Activity" and its "Hide details", and the three card events with their times (notices, not posts); the list names
  // "Planning" and "In progress" stand in the events too (once each)
  title: tcTitle,
  headings: ['Description', tcPlanH, tcMatH, tcCheckH],
  body: [tcDesc1, tcPlan, ...tcMats, ...tcChecks.map(([t]) => t), ...texts(tcComments.map((c) => c.text))],
  bylines: ['Grace Whitfield', 'Moira Lennox', 'Tunde Adeyemi', ...tcComments.map((c) => c.when), '(edited)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Trello', 'Log in', 'Sign up for free', 'This board is public. Sign up to copy it, or to join the board and work on it with others.', 'Sign up',
    'Parkside Community Garden — 2025 Season', 'Public', 'GW', 'ML', 'TA', ...tcLists.flatMap(([n, cs]) => [n, ...cs.filter((c) => c !== tcTitle)]),
    'in list', 'Members', 'Labels', 'Infrastructure', 'Volunteers needed', 'Due date', 'Mar 22, 2025, 12:00 PM', 'Hide checked items', '20%',
    'Activity', 'Hide details', ...tcEvents.flatMap(([, what, when]) => [what!, when!]),
  ],
};

export const HELDOUT47_D: readonly TestPage[] = [trello, gitterArchive];
