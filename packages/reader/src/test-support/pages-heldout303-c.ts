import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout303-kit.js';

/**
 * Held-out batch 303, file c: a Notion public page (React app shell, topbar breadcrumb with Duplicate / Get Notion free,
 * cover and icon, page properties, text, header, callout, bulleted and to-do blocks, a page comment, the "Made with Notion"
 * badge and cookie notice) and a Dropbox Paper doc (Dropbox header, ace editor lines with author classes, doc info, Paper
 * comments rail, "Open in Dropbox" footer).
 */
const nTitle = 'Onboarding guide for new volunteers at Thistlewood Food Hub';
const nH = ['Your first shift', 'Handling food safely', 'Who to ask'];
const nIntro = [
  j(
    'Thank you for joining the hub. We collect surplus food from six supermarkets and two bakeries in Thistlewood and pass it on',
    'to about three hundred households a week. Everything runs on volunteers, so this page tries to answer the questions people ask most.',
  ),
];
const nCallout = 'If you only read one thing: never hand out chilled food that has been out of the fridge for more than two hours.';
const nFirst = [
  j(
    'Shifts start at the side door of the old Co-op building on Bellfield Street. Arrive ten minutes early, sign in on the tablet',
    'by the door, and find the shift lead, who will be wearing a green apron.',
  ),
  'Bring or wear:',
  'closed shoes, as pallets are moved around the warehouse floor;',
  'a warm layer for the cold room;',
  'a water bottle with your name on it.',
];
const nSafe = [
  j(
    'All volunteers who sort chilled or frozen food complete the short food hygiene course in their first month. The hub pays',
    'for it, and it takes about ninety minutes online. Until then you will be sorting tins, dry goods, fruit and vegetables.',
  ),
  'Complete the food hygiene course',
  'Read the allergen board in the sorting room',
  'Learn how to log fridge temperatures',
  j(
    'Temperatures are logged at the start and end of every shift. If a fridge reads above 8 °C, tell the shift lead straight away',
    'and do not open it again until they have checked it.',
  ),
];
const nAsk = [
  j(
    'Rota questions go to Nadia in the volunteer team. Anything about deliveries, vans or the warehouse goes to the shift lead on',
    'the day. If you are worried about someone who comes to the hub, speak to Callum, our safeguarding lead, in confidence.',
  ),
  j(
    'Above all, be kind and be discreet. Many people find it hard to come to a food hub for the first time. Greet everyone the',
    'same way, never ask why they are here, and do not talk about who you saw at the hub once you have left the building.',
  ),
];
const nCrumbs = ['Thistlewood Food Hub', 'Volunteers', 'Onboarding guide'];
const block = (cls: string, inner: string): string =>
  `<div data-block-id="5c1e${cls.length}a2-${inner.length}f" class="notion-selectable notion-${cls}">${inner}</div>`;
const leaf = (t: string): string => `<div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false" class="notranslate"
style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;">${t}</div>`;
const nText = (t: string): string => block('text-block', `<div style="color: inherit; fill: inherit;"><div style="display: flex;">${leaf(t)}</div></div>`);
const nBullet = (t: string): string =>
  block('bulleted_list-block', `<div style="display: flex;"><div class="pseudoBefore" style="--pseudoBefore--content: '•';"></div>${leaf(t)}</div>`);
const nTodo = (t: string): string =>
  block('to_do-block', `<div style="display: flex;"><div role="button" aria-label="Checkbox" class="pseudoHover"></div>${leaf(t)}</div>`);
const nHead = (t: string): string =>
  block('header-block', `<div style="display: flex;"><h2 spellcheck="true" class="notranslate" style="font-size: 1.875em; margin: 0px;">${t}</h2></div>`);
const nCrumb = (c: string): string => `<div role="button" class="notion-focusable"><div class="notranslate">${c}</div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="notion-html"><head><meta charset="utf-8"/><title>${nTitle}</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover"/>
<meta property="og:site_name" content="Notion"/><meta property="og:title" content="${nTitle} | Notion"/>
<meta name="description" content="Thank you for joining the hub. We collect surplus food from six supermarkets and two bakeries."/>
<meta name="twitter:card" content="summary_large_image"/><link rel="stylesheet" href="/_assets/app-7ab21f.css"/>
<script>window.CONFIG={"env":"production","isAdminMode":false,"publicDomainName":"thistlewood.notion.site"};</script>
<script defer src="/_assets/app-b31c9d.js"></script></head><body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme">
<div class="notion-cursor-listener"><div class="notion-frame"><div class="notion-topbar"><div class="notion-topbar-mobile">
<div class="notranslate shadow-cursor-breadcrumb">
${nCrumbs.map(nCrumb).join('<span class="notion-breadcrumb-sep">/</span>')}
</div><div class="notion-topbar-share-menu"><div role="button">Duplicate</div><div role="button">Get Notion free</div>
<div role="button" aria-label="Search"></div>
</div></div></div><main class="notion-frame-main"><div class="notion-scroller vertical"><div class="layout layout-wide">
<div class="layout-full"><div class="notion-page-cover"><img src="https://images.unsplash.example/photo-crates?w=3000" alt="" referrerpolicy="same-origin"
style="object-position: center 40%;"/></div></div><div class="layout-content"><div class="notion-record-icon notranslate">
<img alt="Page icon" src="/icons/basket.svg"/>
</div><div class="notion-page-block"><h1 spellcheck="true" placeholder="New page" data-content-editable-leaf="true" contenteditable="false"
class="notranslate" style="font-weight: 700; line-height: 1.2; font-size: 40px;">${nTitle}</h1></div>
<div class="notion-page-view-properties"><div role="table" aria-label="Page properties">
<div role="row"><div role="cell" class="notion-property-name">Owner</div><div role="cell">Nadia Osei-Rowe</div></div>
<div role="row"><div role="cell" class="notion-property-name">Last edited time</div><div role="cell">February 26, 2026 4:12 PM</div></div>
<div role="row"><div role="cell" class="notion-property-name">Tags</div><div role="cell"><span class="notion-tag">Volunteering</span>
<span class="notion-tag">Safety</span>
</div></div></div></div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; display: flex; flex-direction: column;">
${nIntro.map(nText).join('\n')}
${block(
  'callout-block',
  `<div role="note" style="display: flex; border-radius: 4px; background: rgba(251, 243, 219, 1);">
<div class="notion-record-icon">⚠️</div>${leaf(nCallout)}</div>`,
)}
${nHead(nH[0] ?? '')}
${nText(nFirst[0] ?? '')}
${nText(nFirst[1] ?? '')}
${nFirst.slice(2).map(nBullet).join('\n')}
${nHead(nH[1] ?? '')}
${nText(nSafe[0] ?? '')}
${nSafe.slice(1, 4).map(nTodo).join('\n')}
${nText(nSafe[4] ?? '')}
${nHead(nH[2] ?? '')}
${nAsk.map(nText).join('\n')}
</div><div class="notion-page-discussions"><div class="notion-discussion"><div class="notion-discussion-author">Ife Adebayo</div>
<div class="notion-discussion-time">Feb 27</div><div class="notion-discussion-comment">Could we add the parking arrangements for the Saturday shift?</div>
</div></div>
</div></div></div></main><a href="https://www.notion.example/?utm_source=public_page" class="notion-made-with-badge">Made with Notion</a>
</div></div></div><div class="notion-overlay-container"><div class="notion-cookie-banner" role="dialog">
<div>We use cookies to improve your experience and to show you relevant content.</div><div role="button">Accept all</div><div role="button">Reject all</div>
<div role="button">Cookie settings</div></div></div></div></body></html>`;
const notion: TestPage = {
  name: 'heldout303-notion-public-page-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nIntro, nCallout, ...nFirst, ...nSafe, ...nAsk]),
  bylines: ['Nadia Osei-Rowe', 'February 26, 2026 4:12 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nCrumbs, 'Duplicate', 'Get Notion free', 'Owner', 'Last edited time', 'Tags', 'Volunteering', 'Safety', 'Ife Adebayo', 'Feb 27',
    'Could we add the parking arrangements for the Saturday shift?', 'Made with Notion',
    'We use cookies to improve your experience and to show you relevant content.', 'Accept all', 'Reject all', 'Cookie settings',
  ],
};

const pTitle = 'Spring Fair 2026: Stallholder Brief';
const pH = ['Timings on the day', 'Pitches and power', 'After the fair'];
const pIntro = [
  j(
    'This brief is for everyone running a stall at the Orchard Green Spring Fair on Saturday 25 April. It replaces the version',
    'sent round in February, which had the wrong gate for vehicle access.',
  ),
  j(
    'Please read it all the way through, even if you have had a stall with us before. The layout of the green has changed because',
    'the new play area has taken over the corner where the plant stalls used to go.',
  ),
];
const pTimes = [
  'Vehicles may come on to the green through the Pound Lane gate from 7.30 am until 9.15 am.',
  'All vehicles must be off the green by 9.30 am, when the gates close to traffic.',
  'The fair opens to the public at 10 am and closes at 4 pm.',
  'Vehicles may return from 4.30 pm, once the stewards have checked the paths are clear.',
];
const pPitch = [
  j(
    'Pitches are three metres by three metres and marked with numbered pegs. Your number is on the confirmation email. Please do',
    'not swap pitches without telling the stall coordinator, because the first aid team uses the map to find people.',
  ),
  j(
    'There is no mains power on the green. Small generators are allowed only in the food row along the hedge, and must be the quiet',
    'inverter type. Gas cylinders need a current safety certificate, which a steward will ask to see before you light anything.',
  ),
];
const pAfter = [
  j(
    'Leave your pitch as you found it. The parish has asked us to be especially careful with tent pegs this year after last',
    'autumn’s damage to the cricket square. Takings from pitch fees go to the playground fund, which now stands at £4,180.',
  ),
  j(
    'We would love to hear how the day went for you. A short feedback form will be emailed to every stallholder on the Monday',
    'after the fair, and the committee reads every reply before planning the autumn market.',
  ),
];
const aClass = 'author-d-1gg9uz65z1iz85zgdz68zmqkz84zo2qoxwoxqz65z8wz79z';
const aLine = (inner: string, extra = ''): string =>
  `<div class="ace-line ${extra}" id="magicdomid${inner.length}"><span class="${aClass}">${inner}</span></div>`;
const aList = (items: readonly string[]): string =>
  items
    .map((t) => `<div class="ace-line"><ul class="listtype-bullet listindent1 list-bullet1"><li><span class="${aClass}">${t}</span></li></ul></div>`)
    .join('\n');
const pHtml = `<!DOCTYPE html><html lang="en" class="maestro"><head><meta charset="utf-8"><title>${pTitle} - Dropbox Paper</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${pTitle}">
<meta property="og:site_name" content="Dropbox Paper"><link rel="stylesheet" href="https://cfl.dropboxstatic.example/static/css/paper/hackpad-vflx3.css">
<script nonce="Pp41">window.clientVars={"padId":"Spring-Fair-2026-Stallholder-Brief-xK2","userIsGuest":true,"readOnly":true};</script></head>
<body class="hp-editor-read-only"><div id="maestro-header" class="dig-Header"><a href="https://www.dropbox.example/" class="dropbox-logo">Dropbox</a>
<nav class="dig-Header-actions"><a href="/login" class="dig-Button">Sign in</a><a href="/register" class="dig-Button dig-Button--primary">Sign up</a></nav>
</div>
<div id="padpage"><div class="hp-pad-header"><div class="hp-doc-info"><span class="hp-doc-info-author">Created by Gwilym Arkwright</span>
<span class="hp-doc-info-edited">Last edited Mar 30, 2026</span></div><div class="hp-pad-actions"><button class="hp-share-button">Share</button>
<button class="hp-overflow-button" aria-label="More actions">Open in Dropbox</button></div></div>
<div id="editor-1" class="hp-editor-scroll"><div class="ace-editor ace-editor--read-only" contenteditable="false">
<div class="ace-line line-list-type-heading1" id="magicdomid1"><h1><span class="${aClass}">${pTitle}</span></h1></div>
${pIntro.map((t) => aLine(t)).join('\n')}
<div class="ace-line line-list-type-heading2"><h2><span class="${aClass}">${pH[0]}</span></h2></div>
${aList(pTimes)}
<div class="ace-line line-list-type-heading2"><h2><span class="${aClass}">${pH[1]}</span></h2></div>
${pPitch.map((t) => aLine(t)).join('\n')}
<div class="ace-line"><div class="hp-image"><img src="https://paper-attachments.dropboxusercontent.example/s_F1_green-map.png" alt=""></div></div>
<div class="ace-line"><span class="caption">Pitch map, north at the top. Drawn by Esme Tull</span></div>
<div class="ace-line line-list-type-heading2"><h2><span class="${aClass}">${pH[2]}</span></h2></div>
${pAfter.map((t) => aLine(t)).join('\n')}
</div></div>
<div class="hp-comments-rail" aria-label="Comments"><div class="hp-comment-thread"><div class="hp-comment-author">Priya Ventham</div>
<div class="hp-comment-text">Is the Pound Lane gate wide enough for the ice cream van?</div><div class="hp-comment-time">Mar 28</div>
<div class="hp-comment-author">Gwilym Arkwright</div><div class="hp-comment-text">Yes, measured it on Sunday: 3.4 m.</div></div></div></div>
<footer class="hp-footer"><span>Made with Dropbox Paper</span><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer></body></html>`;
const paper: TestPage = {
  name: 'heldout303-dropbox-paper-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pIntro, ...pTimes, ...pPitch, ...pAfter]),
  bylines: ['Created by Gwilym Arkwright', 'Last edited Mar 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dropbox', 'Sign in', 'Sign up', 'Share', 'Open in Dropbox', 'Pitch map, north at the top. Drawn by Esme Tull', 'Priya Ventham',
    'Is the Pound Lane gate wide enough for the ice cream van?', 'Mar 28', 'Gwilym Arkwright', 'Yes, measured it on Sunday: 3.4 m.',
    'Made with Dropbox Paper', 'Privacy', 'Terms',
  ],
};

export const HELDOUT303_C: readonly TestPage[] = [notion, paper];
