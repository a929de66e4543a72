import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 11, file e: a patent full-text page in the style of Google Patents (search bar, abstract, bibliographic
 * sidebar with inventors and dates, claims as a numbered list, description sections, classification codes, cited-by and
 * similar-documents tables) and a question thread on a vendor's community forum (kudos counts, ranks, "Accepted Solution"
 * badge, "Was this reply helpful?", signatures, "Related threads").
 */
const patTitle = 'Self-watering planter with a capillary wick reservoir and overflow channel';
const patAbstract = [
  'A planter comprises an outer vessel, an inner pot seated on a shelf within the outer vessel, and a reservoir between ' +
    'the base of the inner pot and the base of the outer vessel. A wick of absorbent material passes through an opening ' +
    'in the inner pot into the reservoir. An overflow channel formed in the side wall of the outer vessel limits the ' +
    'water level in the reservoir to below the base of the inner pot, so that roots do not stand in water.',
];
const patClaims = [
  '1. A planter comprising: an outer vessel having a base and a side wall; an inner pot supported within the outer ' +
    'vessel; a reservoir defined between the inner pot and the base; a wick extending from the inner pot into the ' +
    'reservoir; and an overflow channel formed in the side wall at a height below the inner pot.',
  '2. The planter of claim 1, wherein the overflow channel opens to the outside of the outer vessel through a slot.',
  '3. The planter of claim 1, wherein the wick comprises a braided cotton cord.',
  '4. The planter of claim 2, further comprising a float indicator visible through the slot.',
];
const patField = ['The present disclosure relates to containers for growing plants, and in particular to planters that water a plant from below.'];
const patBackground = [
  'Self-watering planters that hold water under the soil are well known. In many of them the reservoir can be filled ' +
    'above the base of the pot, either by mistake or by heavy rain, which leaves the lowest roots waterlogged and can ' +
    'cause them to rot.',
  'Some planters provide a drain hole with a plug, but the plug must be removed by hand and is often lost. There is ' +
    'therefore a need for a planter whose reservoir cannot be overfilled.',
];
const patDetail = [
  'Referring to FIG. 1, a planter 10 includes an outer vessel 12 and an inner pot 14. The inner pot 14 rests on an ' +
    'annular shelf 16 moulded into the side wall 18 of the outer vessel, leaving a gap of about 40 mm beneath it that ' +
    'forms the reservoir 20.',
  'A wick 22 of braided cotton passes through a central opening 24 in the base of the inner pot. Its lower end lies ' +
    'on the floor of the reservoir, and water rises through it into the soil by capillary action.',
  'As shown in FIG. 2, an overflow channel 26 is cut into the side wall 18 about 10 mm below the shelf 16. When the ' +
    'reservoir is filled past this height, the excess runs out through a slot 28, so the water never reaches the inner pot.',
];
const patCited = [
  ['US10772431B2', '2020-09-15', 'Greenhold Ltd', 'Planter with water level indicator'],
  ['CN112956310A', '2021-06-15', 'Ningbo Leafy Co', 'Double-layer flowerpot'],
];
const patHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>US12233104B2 - ${patTitle} - Google Patents</title>
<meta name="DC.title" content="${patTitle}"><meta name="DC.contributor" content="Ingrid Solvang" scheme="inventor">
<meta name="citation_patent_number" content="US:12233104"></head>
<body><search-app><header class="patents-header"><a href="/" class="logo">Google Patents</a><form class="search"><input aria-label="Search patents"
value="US12233104B2"><button>Search</button></form><a href="/advanced">Advanced search</a></header>
<article class="result" itemscope itemtype="http://schema.org/ScholarlyArticle"><span itemprop="title">${patTitle}</span>
<h1 itemprop="pageTitle">US12233104B2 - ${patTitle}</h1>
<section class="knowledge-card"><h2>US12233104B2</h2><p class="tagline">United States</p>
<a href="https://patentimages.storage.example/US12233104.pdf" class="pdf-link">Download PDF</a><a href="/scholar">Find Prior Art</a>
<a href="/similar">Similar</a>
<dl class="important-people"><dt>Inventor</dt><dd itemprop="inventor">Ingrid Solvang</dd><dd itemprop="inventor">Paul Metcalfe</dd>
<dt>Current Assignee</dt><dd itemprop="assigneeCurrent">Verdant Home Products Ltd</dd></dl>
<div class="events"><p><time itemprop="filingDate" datetime="2023-05-08">2023-05-08</time> Application filed by Verdant Home Products Ltd</p>
<p><time itemprop="publicationDate" datetime="2025-02-25">2025-02-25</time> Application granted</p></div></section>
<section itemprop="abstract" itemscope><h2>Abstract</h2><div class="abstract">${patAbstract[0]}</div></section>
<section class="classifications"><h2>Classifications</h2><ul>
<li><a href="/cpc/A01G27/005">A01G27/005</a> Reservoirs connected to flower-pots through conduits</li>
<li><a href="/cpc/A01G27/04">A01G27/04</a> Self-acting watering devices using wicks or the like</li></ul><button>View 3 more classifications</button></section>
<section itemprop="description" itemscope><h2>Description</h2><div class="description">
<heading id="h-0001">TECHNICAL FIELD</heading>
${ps(patField, ' class="description-paragraph"')}
<heading id="h-0002">BACKGROUND</heading>
${ps(patBackground, ' class="description-paragraph"')}
<heading id="h-0003">DETAILED DESCRIPTION</heading>
${ps(patDetail, ' class="description-paragraph"')}
</div></section>
<section itemprop="claims" itemscope><h2>Claims (<span itemprop="count">4</span>)</h2><div class="claims">
${patClaims.map((c, i) => `<div class="claim" id="CLM-0000${i + 1}"><div class="claim-text">${c}</div></div>`).join('\n')}
</div></section>
<section class="cited-by"><h2>Cited By (2)</h2><table><thead><tr><th>Publication number</th><th>Priority date</th><th>Assignee</th><th>Title</th></tr>
</thead><tbody>${patCited.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></section>
<section class="legal-events"><h2>Legal Events</h2><p>2025-02-25 STCF Information on status: patent grant. Free format text: PATENTED CASE</p></section>
</article><footer class="patents-footer"><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a>
<a href="/feedback">Send feedback</a></footer></search-app>
<script src="/static/patents.js"></script></body></html>`;
const patent: TestPage = {
  html: patHtml,
  name: 'heldout11-patent-fulltext',
  kind: 'docs',
  // hard calls: the title is the invention's name (the h1 prefixes the publication number and the hidden itemprop span
  // repeats it); Abstract, Description (with its sub-headings written in the patent's <heading> tags), and Claims are the
  // article, and the claims are body; "Claims (4)" is the heading as shown; the knowledge card (number, PDF link, inventors
  // and assignee as bylines, event dates), the classification codes, cited-by table, legal events and footer are furniture
  title: patTitle,
  headings: ['Abstract', 'Description', 'TECHNICAL FIELD', 'BACKGROUND', 'DETAILED DESCRIPTION', 'Claims (4)'],
  body: [...texts(patAbstract), ...texts(patField), ...texts(patBackground), ...texts(patDetail), ...texts(patClaims)],
  bylines: ['Ingrid Solvang', 'Paul Metcalfe', 'Verdant Home Products Ltd', '2023-05-08', '2025-02-25'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Patents', 'Advanced search', 'Download PDF', 'Find Prior Art', 'Inventor', 'Current Assignee', 'Application granted', 'Classifications',
    'A01G27/005', 'Reservoirs connected to flower-pots through conduits', 'Self-acting watering devices using wicks or the like',
    'View 3 more classifications', 'Cited By (2)', 'Publication number', 'Priority date', ...patCited.flatMap((r) => [r[0]!, r[2]!, r[3]!]),
    'Legal Events', 'Information on status: patent grant.', 'Send feedback',
  ],
};

interface Reply {
  who: string;
  rank: string;
  when: string;
  kudos: string;
  solution?: boolean;
  paras: string[];
  sig?: string;
}
const fqTitle = 'Scheduled flow stops running after the owner’s account is deactivated';
const fqPosts: Reply[] = [
  {
    who: 'MarcoLiang',
    rank: 'New Contributor',
    when: '03-10-2025 08:14 AM',
    kudos: '0',
    paras: [
      'We have a scheduled flow that sends a weekly summary of open cases to each regional manager. It ran every Monday ' +
        'for a year and then silently stopped three weeks ago. No error email, nothing in the failed runs list.',
      'The only change I can find is that the admin who built it left the company and her account was deactivated on the ' +
        'same day the runs stopped. Is that connected, and how do I get the flow running again without rebuilding it?',
    ],
  },
  {
    who: 'Priya_Raghavan',
    rank: 'Super Contributor',
    when: '03-10-2025 09:02 AM',
    kudos: '14',
    solution: true,
    paras: [
      'Yes, that is almost certainly the cause. Scheduled flows run in the context of the user who last saved or ' +
        'activated them. When that user is deactivated, the schedule stays in place but each run is skipped.',
      'Open the flow in the builder, save it as a new version while logged in as an active admin, then activate that ' +
        'version. Check the Scheduled Jobs page afterwards: the next run should now list you as the submitter.',
      'For the future, consider building scheduled flows under a dedicated integration user that never leaves.',
    ],
    sig: 'If this answer solved your question, please mark it as the accepted solution so others can find it.',
  },
  {
    who: 'MarcoLiang',
    rank: 'New Contributor',
    when: '03-10-2025 11:47 AM',
    kudos: '2',
    paras: ['That was it. Re-saved it as myself, activated the new version, and the test run went out to all nine managers. Thank you!'],
  },
];
const fqPost = (r: Reply, i: number): string =>
  `<div class="lia-message${r.solution ? ' lia-accepted-solution' : ''}" id="M${9131 + i}"><div class="lia-message-author">` +
  `<a class="lia-user-name-link" href="/t5/user/${r.who}">${r.who}</a><div class="lia-user-rank">${r.rank}</div></div>` +
  `<div class="lia-message-dates"><span class="local-date">${r.when}</span></div>` +
  (r.solution ? '<div class="lia-component-solution-info"><span class="solution-badge">Accepted Solution</span></div>' : '') +
  `<div class="lia-message-body-content">${ps(r.paras)}</div>` +
  (r.sig ? `<div class="lia-message-signature"><p>${r.sig}</p></div>` : '') +
  `<div class="lia-message-footer"><span class="lia-kudos-count">${r.kudos} Kudos</span><button class="kudos-button">Give kudos</button>` +
  `<button class="lia-button reply-button">Reply</button>` +
  (i > 0 ? '<div class="helpful-widget"><span>Was this reply helpful?</span><button>Yes</button><button>No</button></div>' : '') +
  `</div></div>`;
const fqHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fqTitle} - Cloudline Community</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage",
"mainEntity":{"@type":"Question","name":"${fqTitle}","answerCount":2}}</script>
</head><body class="lia-board-forum"><a class="skip" href="#messages">Skip to main content</a>
<header class="community-header"><a href="/" class="community-header__logo">Cloudline Community</a>
<nav><ul>${links(['Forums', 'Ideas', 'Groups', 'Events', 'Knowledge base'])}</ul>
</nav><a href="/signin">Sign In</a><a href="/register">Register</a></header>
<nav class="lia-breadcrumb"><a href="/">Community</a> › <a href="/t5/automation">Automation and Flows</a> › <span>Re: ${fqTitle}</span></nav>
<main id="messages"><div class="lia-thread-topic"><h1 class="lia-message-subject">${fqTitle}</h1><span class="lia-thread-status">Solved!</span>
<a href="#M9132" class="lia-link-navigation">Go to solution</a></div>
${fqPosts.map(fqPost).join('\n')}
<div class="lia-quick-reply"><p>You must be a registered user to add a reply. If you’ve already registered, sign in. Otherwise, register and sign in.</p></div>
<section class="related-threads"><h2>Related threads</h2>
<ul>${links(['Flow fails with insufficient access after sandbox refresh', 'Weekly email flow sends twice'])}</ul></section>
</main><footer class="community-footer"><p>© 2025 Cloudline Software, Inc. All rights reserved.</p><ul>${links(['Community guidelines', 'Trust'])}</ul>
</footer></body></html>`;
const forum: TestPage = {
  html: fqHtml,
  name: 'heldout11-vendor-forum',
  kind: 'forum',
  // hard calls: a discussion page, so the question and both replies are body and the usernames and post times bylines;
  // the rank under each name, the "Solved!" flag, "Go to solution", the "Accepted Solution" badge, kudos counts and
  // buttons, "Was this reply helpful?", the answerer's standard signature line, the sign-in note, related threads,
  // breadcrumb ("Re:" line) and footer are furniture
  title: fqTitle,
  headings: [],
  body: fqPosts.flatMap((r) => texts(r.paras)),
  bylines: [...new Set(fqPosts.map((r) => r.who)), ...fqPosts.map((r) => r.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cloudline Community', 'Forums', 'Ideas', 'Knowledge base', 'Sign In', 'Register', 'Automation and Flows',
    'New Contributor', 'Super Contributor', 'Solved!', 'Go to solution', 'Accepted Solution', '14 Kudos', 'Give kudos', 'Was this reply helpful?',
    fqPosts[1]!.sig!, 'You must be a registered user to add a reply.', 'Related threads', 'Flow fails with insufficient access after sandbox refresh',
    'Weekly email flow sends twice', '© 2025 Cloudline Software, Inc. All rights reserved.', 'Community guidelines',
  ],
};

export const HELDOUT11_E: readonly TestPage[] = [patent, forum];
