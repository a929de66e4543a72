import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout406-kit.js';

/**
 * Held-out batch 406, file d2: a hackathon schedule published from Notion, page-builder markup where every paragraph and list
 * item is a `div` block (Notion top bar with breadcrumb, "Share", "Duplicate" and "Get Notion free", page icon and cover,
 * page properties, text, heading, callout, bulleted-list blocks, table-of-contents block, and the "Made with
 * Notion" badge).
 */
const title = 'Saltmarsh Hacks 2026 - Weekend Schedule';
const intro = [
  j(
    'Welcome, hackers! This page is the single source of truth for the weekend. If a time changes, it changes here first, and',
    'we will also post it in the announcements channel. All times are local time in Marrow Point.',
  ),
  'In-person events are at the Maritime Hall, 4 Quayside Lane. Online participants can join every talk from the livestream link in the Discord.',
];
const callout = 'Wi-Fi network: SaltmarshHacks. The password is printed on the back of your badge.';
const days: [string, string[]][] = [
  [
    'Friday, April 17',
    [
      '5:00 PM - Doors open, check-in and badge pickup at the front desk',
      '6:00 PM - Dinner: fish stew and a vegetarian chickpea curry',
      '7:00 PM - Opening ceremony and the harbourmaster on what actually floods and when',
      '8:00 PM - Team matching for anyone without a team, in the upstairs loft',
      '9:00 PM - Hacking begins',
    ],
  ],
  [
    'Saturday, April 18',
    [
      '8:00 AM - Breakfast',
      '10:00 AM - Workshop: soldering and waterproofing sensors, bring your own board',
      '12:30 PM - Lunch',
      '2:00 PM - Workshop: open tide and flood data, where to find it and how to read it',
      '4:00 PM - Mentor office hours until 7 PM, book a slot at the help desk',
      '7:00 PM - Dinner and the ceilidh band, optional but strongly encouraged',
      '11:59 PM - Quiet room opens for anyone who wants to sleep',
    ],
  ],
  [
    'Sunday, April 19',
    [
      '8:00 AM - Breakfast',
      '12:00 PM - Submissions close on Devpost. Late projects cannot be judged.',
      '12:30 PM - Lunch',
      '1:00 PM - Science-fair judging: judges visit every table for five minutes',
      '3:00 PM - Finalist demos on the main stage and the community vote',
      '4:30 PM - Closing ceremony and prizes',
    ],
  ],
];
const rulesH = 'Good to know';
const rules = [
  'You can leave and come back at any time, but please sign out at the front desk if you leave after 10 PM.',
  'Meals are free for registered hackers. Tell us about allergies at check-in and the kitchen will label a plate for you.',
  'The code of conduct applies everywhere, including the Discord. Report problems to any organiser in a yellow shirt.',
];
const block = (type: string, inner: string): string =>
  `<div data-block-id="${type.length}e1f" class="notion-selectable notion-${type}-block"
style="width: 100%; max-width: 708px; margin-top: 2px;">${inner}</div>`;
const leaf = (t: string): string =>
  `<div style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;" spellcheck="true"
placeholder=" " data-content-editable-leaf="true" contenteditable="false">${t}</div>`;
const bullet = (t: string): string =>
  block('bulleted_list', `<div style="display: flex;"><div class="pseudoBefore" style="--pseudoBefore--content: '•';"></div>${leaf(t)}</div>`);
const heading = (t: string, level: number): string =>
  block(level === 2 ? 'header' : 'sub_header', `<h${level} spellcheck="false" class="notranslate" placeholder="Heading">${t}</h${level}>`);
const html = `<!DOCTYPE html>
<html lang="en" class="notion-html"><head><meta charset="utf-8"><title>Saltmarsh Hacks 2026 - Weekend Schedule</title>
<meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<meta property="og:site_name" content="Saltmarsh Hacks on Notion"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/_assets/app-d0f8e1.css"><script>window.CONFIG = {"env":"production","isAdminMode":false};</script>
<script defer src="/_assets/app-7b1d3c.js"></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme"><div class="notion-cursor-listener">
<div class="notion-frame"><div class="notion-topbar"><div class="notranslate shadow-cursor-breadcrumb"><a href="/Saltmarsh-Hacks-2026-c01" role="button">
<div class="notion-record-icon">🌊</div><div class="notranslate">Saltmarsh Hacks 2026</div></a><span class="breadcrumb-divider">/</span>
<a href="#" role="button"><div class="notranslate">Weekend Schedule</div></a></div>
<div class="notion-topbar-share-menu" role="button">Share</div><div role="button" class="notion-topbar-duplicate">Duplicate</div>
<a href="https://www.notion.so/signup" class="notion-topbar-cta">Get Notion free</a></div>
<div class="notion-scroller vertical"><div class="layout layout-wide"><div class="layout-full"><div class="notion-page-cover"><img src="/cover/marsh.jpg"
alt="" style="object-fit: cover; object-position: center 40%;"></div></div>
<div class="layout-content"><div class="notion-record-icon notranslate" role="button">🌊</div>
<div class="notion-page-block"><h1 spellcheck="true" class="notranslate" placeholder="Untitled" contenteditable="false">${title}</h1></div>
<div class="notion-page-properties"><div class="notion-collection_view-property"><span>Last edited</span><span>April 16, 2026 9:12 PM</span></div>
<div class="notion-collection_view-property"><span>Owner</span><span>Ysolde Barrack</span></div></div>
<div class="notion-page-content">
${intro.map((t) => block('text', leaf(t))).join('\n')}
${block('callout', `<div role="note"><div class="notion-record-icon">📶</div>${leaf(callout)}</div>`)}
${block(
  'table_of_contents',
  `<a href="#fri">${days[0]?.[0] ?? ''}</a> <a href="#sat">${days[1]?.[0] ?? ''}</a> <a href="#sun">${days[2]?.[0] ?? ''}</a>
<a href="#good">${rulesH}</a>`,
)}
${days.map(([d, items]) => `${heading(d, 2)}\n${items.map(bullet).join('\n')}`).join('\n')}
${heading(rulesH, 3)}
${rules.map(bullet).join('\n')}
</div></div></div></div></div></div></div>
<a class="notion-made-with" href="https://www.notion.so/?utm_source=site">Made with Notion</a></div></body></html>`;
export const notion: TestPage = {
  name: 'heldout406-notion-schedule-docs',
  kind: 'docs',
  html,
  title,
  headings: [...days.map(([d]) => d), rulesH],
  body: texts([...intro, callout, ...days.flatMap(([, items]) => items), ...rules]),
  bylines: ['Last edited', 'April 16, 2026 9:12 PM', 'Owner', 'Ysolde Barrack'],
  furniture: ['Saltmarsh Hacks 2026', 'Weekend Schedule', 'Share', 'Duplicate', 'Get Notion free', 'Made with Notion'],
};
