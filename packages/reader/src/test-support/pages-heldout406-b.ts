import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout406-kit.js';
import { aoc } from './pages-heldout406-b2.js';

/**
 * Held-out batch 406, file b: a Kaggle competition overview built with React and styled-components class names (left
 * navigation rail, search bar, competition header with host and prize line, the Overview / Data / Code / Models / Discussion /
 * Leaderboard / Rules tabs, the overview sections, the sidebar with host, prizes, participation and tags, the citation box
 * and the cookie banner) and, from file b2, an Advent of Code puzzle page.
 */
const title = 'Reef Acoustics: Counting Fish by Sound';
const sub = 'Estimate fish abundance on coral reefs from underwater audio recordings';
const overview = [
  j(
    'Healthy reefs are noisy. Snapping shrimp crackle, parrotfish crunch coral and damselfish grunt at each other all night. Since',
    '2023 the institute has placed hydrophones on forty reefs across the Sorrel Archipelago and recorded them for three years.',
  ),
  j(
    'In this competition you will build models that estimate how many fish of each of twelve groups were counted by divers on a',
    'reef, using only the audio recorded in the hour before the dive.',
  ),
];
const description = [
  j(
    'Diver surveys are the gold standard for reef monitoring, but they are expensive and only happen a few times a year. Hydrophones',
    'are cheap and record every day. If sound can stand in for a diver, reef managers could see a decline in weeks instead of years.',
  ),
  j(
    'The training data contains 6,400 one-hour recordings paired with diver counts. The hidden test set comes from reefs that are',
    'not in the training data, so models that memorise the sound of a particular site will not do well.',
  ),
  j(
    'Strong solutions will need to separate biological sound from boat engines, rain and waves, and to cope with hydrophones that',
    'drift in sensitivity over months.',
  ),
];
const evaluation = [
  j(
    'Submissions are scored on the mean columnwise root mean squared logarithmic error across the twelve fish groups. For each',
    'recording in the test set, you must predict a non-negative count for every group.',
  ),
];
const timeline = [
  'May 4, 2026 - Start date.',
  'July 27, 2026 - Entry deadline. You must accept the competition rules before this date in order to compete.',
  'July 27, 2026 - Team merger deadline. This is the last day participants may join or merge teams.',
  'August 3, 2026 - Final submission deadline.',
];
const timelineNote = 'All deadlines are at 11:59 PM UTC on the corresponding day unless otherwise noted.';
const prizes = ['1st Place - $12,000', '2nd Place - $8,000', '3rd Place - $5,000', 'Efficiency Prize - $5,000'];
const codeReq = [
  j(
    'Submissions to this competition must be made through Notebooks. CPU and GPU notebooks must run in nine hours or less, and',
    'internet access must be disabled. Freely and publicly available external data is allowed, including pre-trained models.',
  ),
];
const rail = ['Create', 'Home', 'Competitions', 'Datasets', 'Models', 'Code', 'Discussions', 'Learn', 'More'];
const tabs = ['Overview', 'Data', 'Code', 'Models', 'Discussion', 'Leaderboard', 'Rules'];
const tags = ['Biology', 'Audio', 'Regression', 'Environment'];
const citation = 'Ines Vadakin, Lorcan Teague, and Hollis Marr. Reef Acoustics: Counting Fish by Sound. Kaggle, 2026.';
const section = (id: string, h: string, inner: string): string => `<div class="sc-dQmiwx kMZbhJ" id="${id}"><div class="sc-gQaihK cjkFVe">
<h2 class="sc-eIrltS sc-imiRDh sc-ciCyzg dQAdOh">${h}</h2></div><div class="sc-hYmls gKcXoP"><div class="sc-cyQmQR ekXYBd">${inner}</div></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reef Acoustics: Counting Fish by Sound | Kaggle</title>
<meta name="description" content="${sub}"><meta property="og:url" content="https://www.kaggle.com/competitions/reef-acoustics">
<meta property="og:title" content="Reef Acoustics: Counting Fish by Sound"><meta name="twitter:site" content="@kaggle">
<link rel="stylesheet" href="/static/assets/vendor.css">
<script nonce="x7Kq">window["pageRequestStartTime"] = 1777890000000; window["kaggleStackdriverConfig"] = {"key":"none","release":"2026.05"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Reef Acoustics: Counting Fish by Sound",
"creator":{"@type":"Organization","name":"Tallis Marine Institute"}}</script></head>
<body data-turbolinks="false"><main><div id="site-container"><div class="sc-jOnpCo dSwzvr">
<div class="sc-bFbHAG fXbyRl" role="navigation" aria-label="Main navigation"><a href="/" aria-label="Kaggle"><img src="/static/images/site-logo.svg"
alt="Kaggle"></a><ul class="sc-lcIQwB hFkJnx">${rail
  .map(
    (t) => `<li class="sc-fRSdlr kqyWCE"><a href="/${t.toLowerCase()}">
<div class="sc-eDHQDy iZBhGv">${t}</div></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="sc-gLLvby lhaPUW"><div class="sc-iKTcqh"><input placeholder="Search" aria-label="Search"></div><a href="/account/login">Sign In</a>
<a href="/account/login?phase=startRegisterTab" class="sc-kOjCVo">Register</a></div>
<div id="site-content" class="sc-ezDxBL fiKCwu"><div class="sc-cWSHoV"><div class="sc-dUtuFA eXyXkd">
<span class="sc-hGnimi gCTuUx">Tallis Marine Institute</span> · <span class="sc-eqUAAy">Research Code Competition</span> ·
<span class="sc-bCwfaz"><span title="Tue May 05 2026">2 months to go</span></span></div>
<h1 class="sc-ggWZvA sc-imiRDh kBdjCU">${title}</h1><span class="sc-gUjWJS sc-kvEZYC">${sub}</span>
<div class="sc-kMnwTb"><button class="sc-eauhAA" role="button">Join Competition</button> <button aria-label="More options">more_vert</button></div>
</div>
<div role="tablist" class="sc-gFqAkR lnnjbY">${tabs
  .map(
    (t, i) => `<a role="tab" aria-selected="${i === 0}" href="/competitions/reef-acoustics/${t}"
class="sc-fKgJFQ"><span class="sc-kpDqfm">${t}</span></a>`,
  )
  .join('\n')}</div>
<div class="sc-cKRKFl gLkRga"><div class="sc-ebwpMb">
${section('abstract', 'Overview', ps(overview))}
${section('description', 'Description', ps(description))}
${section('evaluation', 'Evaluation', ps(evaluation))}
${section('timeline', 'Timeline', `<ul>${lis(timeline)}</ul>${ps([timelineNote])}`)}
${section('prizes', 'Prizes', `<ul>${lis(prizes)}</ul>`)}
${section('code-requirements', 'Code Requirements', ps(codeReq))}
${section('citation', 'Citation', `<span class="sc-dmsmlL">${citation}</span>`)}
</div>
<div class="sc-jJLAfE dHvgtI" role="complementary"><div class="sc-bKhNmF"><h3 class="sc-eldPxv">Competition Host</h3>
<p class="sc-fQpRED">Tallis Marine Institute</p></div>
<div class="sc-bKhNmF"><h3 class="sc-eldPxv">Prizes &amp; Awards</h3><p class="sc-fQpRED">$30,000</p>
<p class="sc-fQpRED">Awards Points &amp; Medals</p></div>
<div class="sc-bKhNmF"><h3 class="sc-eldPxv">Participation</h3><p class="sc-fQpRED">2,148 Entrants</p><p class="sc-fQpRED">1,376 Participants</p>
<p class="sc-fQpRED">1,204 Teams</p><p class="sc-fQpRED">18,911 Submissions</p></div>
<div class="sc-bKhNmF"><h3 class="sc-eldPxv">Tags</h3>${tags.map((t) => `<a class="sc-cfxfcM" href="/tags/${t}"><span>${t}</span></a>`).join(' ')}</div>
<div class="sc-bKhNmF"><h3 class="sc-eldPxv">Table of Contents</h3><ul><li>Overview</li><li>Description</li><li>Evaluation</li>
<li>Timeline</li><li>Prizes</li><li>Code Requirements</li><li>Citation</li></ul></div></div></div></div></div></div>
<div class="sc-jMakVo cookie-banner" role="dialog"><p>Kaggle uses cookies from Google to deliver and enhance the quality of its services and to
analyze traffic.</p><a href="/cookies">Learn more</a> <button>OK, Got it.</button></div></main>
<script nonce="x7Kq" src="/static/assets/app.js"></script></body></html>`;
const kaggle: TestPage = {
  name: 'heldout406-kaggle-competition-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Overview', 'Description', 'Evaluation', 'Timeline', 'Prizes', 'Code Requirements'],
  body: texts([sub, ...overview, ...description, ...evaluation, ...timeline, timelineNote, ...prizes, ...codeReq]),
  bylines: ['Tallis Marine Institute', '2 months to go'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rail, 'Sign In', 'Register', 'Research Code Competition', 'Join Competition', 'more_vert', 'Data', 'Discussion', 'Leaderboard', 'Rules',
    'Citation', citation, 'Competition Host', 'Prizes & Awards', '$30,000', 'Awards Points & Medals', 'Participation', '2,148 Entrants',
    '1,376 Participants', '1,204 Teams', '18,911 Submissions', 'Tags', ...tags, 'Table of Contents',
    'Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more', 'OK, Got it.',
  ],
};

export const HELDOUT406_B: readonly TestPage[] = [kaggle, aoc];
