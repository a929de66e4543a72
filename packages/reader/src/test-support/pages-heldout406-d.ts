import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout406-kit.js';
import { notion } from './pages-heldout406-d2.js';

/**
 * Held-out batch 406, file d: a Topcoder challenge page, a data page built with React (platform header, breadcrumb back
 * link, challenge header with track and tags, prize and timeline boxes, the Details / Registrants / Submissions / Forum
 * tabs, the specification with an endpoint table, the review-style and eligibility lines, the "Key Information" sidebar
 * and the footer) and, from file d2, a hackathon schedule page on Notion.
 */
const title = 'Ferry Timetable API - Fare Calculation Endpoints';
const overviewH = 'Challenge Overview';
const overview = [
  j(
    'Kestrel Ferries runs eleven routes between the islands of the Brack Sound. Their booking site calculates fares in the',
    'browser, which means every partner app has to copy the same rules and gets them slightly wrong. In this challenge you will',
    'build the fare calculation endpoints of a new Node.js API so that every client asks one service for the price.',
  ),
  j(
    'The fare rules are described in the attached specification. They cover adult, child and concession fares, vehicles by',
    'length, return discounts and the peak surcharge on summer weekends.',
  ),
];
const techH = 'Technology Stack';
const tech = ['Node.js 22', 'TypeScript 5', 'Fastify 5', 'PostgreSQL 16', 'Vitest for unit tests'];
const reqH = 'Individual requirements';
const reqIntro = ['Implement the following endpoints:'];
const rows: [string, string, string][] = [
  ['/fares/quote', 'POST', 'Return the fare for a single journey with passengers and an optional vehicle'],
  ['/fares/return-quote', 'POST', 'Return the fare for an outbound and a return journey, applying the return discount'],
  ['/fares/rules', 'GET', 'Return the current fare rules version and the date it takes effect'],
];
const reqs = [
  'All money values must be handled as integer pence, never as floating point numbers.',
  'Rules must be loaded from the database, not hard-coded, so the operator can publish a new fare table without a deploy.',
  'Every endpoint must validate its input and return a 422 response with a readable message for invalid requests.',
  'Unit tests must cover every rule in the specification, including the examples in its appendix.',
];
const subH = 'Final Submission Guidelines';
const sub = [
  j(
    'Submit a zip file with your source code, a README that explains how to configure and run the service, and a short',
    'verification video of up to five minutes showing the tests passing and a few example requests.',
  ),
  'Do not include node_modules or build output in your submission.',
  j(
    'Reviewers will run your tests against a fresh database seeded with the fare tables from the specification, then send a set',
    'of hidden requests. Any fare that differs from the expected value by even one penny fails that case.',
  ),
];
const nav = ['Work', 'Talent', 'Community', 'Challenges', 'Learn'];
const tags = ['NodeJS', 'REST', 'Backend', 'Fastify.js'];
const tabs = ['DETAILS', 'REGISTRANTS (34)', 'SUBMISSIONS (9)', 'FORUM'];
const prizes = ['1st', '$1,200', '2nd', '$600'];
const foot = ['About Topcoder', 'Contact us', 'Help center', 'Privacy policy', 'Terms', '© 2026 Topcoder. All Rights Reserved'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} | Topcoder</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="Topcoder">
<script>window.ENV = {"API_V5":"https://api.topcoder.example/v5","CHALLENGE_ID":"9a1c7e20-4f11-4b36-a0d2-61f3bb2c9b77"};</script>
<link rel="stylesheet" href="/challenges/static/css/main.8c1e.css"></head>
<body><div id="root"><div class="tc-header"><header class="_universalNav_1kx3q"><a class="_logo_1kx3q" href="/">topcoder</a>
<ul class="_mainMenu_1kx3q">${links(nav, '_menuItem_1kx3q')}</ul><a class="_login_1kx3q" href="/login">Log In</a>
<a class="_signup_1kx3q" href="/signup">Sign Up</a></header></div>
<div class="ChallengeDetailsView"><div class="challenge-detail-header"><a href="/challenges" class="_back_3h0xj">Back to challenge listings</a>
<div class="_header-top_3h0xj"><span class="_track_3h0xj">Development</span><h1 class="_title_3h0xj">${title}</h1>
<div class="_tags_3h0xj">${tags.map((t) => `<a class="_tag_3h0xj" href="/challenges?tags=${t}">${t}</a>`).join(' ')}</div></div>
<div class="_prizes-container_3h0xj"><div class="_prize-fill_3h0xj">${prizes.map((p) => `<span>${p}</span>`).join(' ')}</div>
<div class="_bonus_3h0xj">Purse: $1,800</div><div class="_points_3h0xj">Points: 900</div></div>
<div class="_deadlines_3h0xj"><p class="_current-phase_3h0xj">Current Deadline: Submission</p><p class="_time-left_3h0xj">Time left: 3d 6h</p>
<a class="_show-all_3h0xj" href="#">Show Deadlines</a></div>
<a class="_register_3h0xj tc-btn tc-btn-primary" href="#register">REGISTER</a> <a class="_submit_3h0xj tc-btn" href="#submit">SUBMIT</a>
<ul class="_tabs_3h0xj">${links(tabs, '_tab_3h0xj')}</ul></div>
<div class="challenge-details"><div class="_left-content_9m2xw"><article class="_challenge-specs_9m2xw"><div class="_spec_9m2xw">
<h2 class="_h2_9m2xw">${overviewH}</h2>
<div class="_rawHtml_9m2xw">${ps(overview)}</div>
<h2 class="_h2_9m2xw">${techH}</h2><div class="_rawHtml_9m2xw"><ul>${lis(tech)}</ul></div>
<h2 class="_h2_9m2xw">${reqH}</h2><div class="_rawHtml_9m2xw">${ps(reqIntro)}
<table><thead><tr><th>Endpoint</th><th>Method</th><th>Purpose</th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<ul>${lis(reqs)}</ul></div>
<h2 class="_h2_9m2xw">${subH}</h2><div class="_rawHtml_9m2xw">${ps(sub)}</div></div>
<div class="_section_9m2xw"><h2 class="_h2_9m2xw">ELIGIBLE EVENTS:</h2><p>2026 Topcoder Open</p>
<h2 class="_h2_9m2xw">REVIEW STYLE:</h2><p>Final Review: <span>Community Review Board</span></p><p>Approval: <span>User Sign-Off</span></p>
<h2 class="_h2_9m2xw">CHALLENGE LINKS:</h2><p><a href="/scorecard/30002133">Review Scorecard</a></p></div></article></div>
<aside class="_sideBar_9m2xw"><h3>Key Information</h3><div class="_item_9m2xw"><span>Registration closes</span><span>Mar 21, 2026, 09:00 EDT</span></div>
<div class="_item_9m2xw"><span>Submission due</span><span>Mar 21, 2026, 09:05 EDT</span></div>
<div class="_item_9m2xw"><span>Review ends</span><span>Mar 23, 2026, 09:05 EDT</span></div>
<div class="_item_9m2xw"><span>Copilot</span><a href="/members/harrow_n">harrow_n</a></div>
<p class="_note_9m2xw">Topcoder will compensate members in accordance with our standard payment policies, unless otherwise specified in this
challenge.</p></aside></div></div>
<footer class="_footer_ab21c"><ul>${links(foot)}</ul></footer></div>
<script src="/challenges/static/js/main.2f9a.js"></script></body></html>`;
const topcoder: TestPage = {
  name: 'heldout406-topcoder-challenge-docs',
  kind: 'docs',
  html,
  title,
  headings: [overviewH, techH, reqH, subH],
  body: texts([...overview, ...tech, ...reqIntro, ...rows.flat(), ...reqs, ...sub]),
  bylines: ['Copilot', 'harrow_n'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'topcoder', ...nav, 'Log In', 'Sign Up', 'Back to challenge listings', 'Development', ...tags, ...tabs, '1st', '$1,200', '2nd', '$600',
    'Purse: $1,800', 'Points: 900', 'Current Deadline: Submission', 'Time left: 3d 6h', 'Show Deadlines', 'REGISTER', 'SUBMIT', 'ELIGIBLE EVENTS:',
    '2026 Topcoder Open', 'REVIEW STYLE:', 'Final Review: Community Review Board', 'Approval: User Sign-Off', 'CHALLENGE LINKS:', 'Review Scorecard',
    'Key Information', 'Registration closes', 'Mar 21, 2026, 09:00 EDT', 'Submission due', 'Mar 21, 2026, 09:05 EDT', 'Review ends',
    'Mar 23, 2026, 09:05 EDT',
    'Topcoder will compensate members in accordance with our standard payment policies, unless otherwise specified in this challenge.',
    ...foot,
  ],
};

export const HELDOUT406_D: readonly TestPage[] = [topcoder, notion];
