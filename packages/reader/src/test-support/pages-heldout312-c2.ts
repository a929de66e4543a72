import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file c2: a news site's poll tracker built with SvelteKit (hashed `svelte-` classes, the
 * `display: contents` root, a masthead and section nav, a party legend and "polling average" tiles, the chart with its
 * toggle buttons, the text around it, a table of recent polls, "How our average works" notes, a newsletter box, "More
 * on the election" links and the footer; the app's data sits in the hydration script).
 */
const pTitle = 'Who is ahead? Our poll tracker for the Aldmoor general election';
const pIntro = [
  j(
    'The Aldmoor general election will be held on June 11. This page tracks every published national voting-intention poll and',
    'combines them into a single average, updated each weekday morning.',
  ),
];
const pH1 = 'The state of the race';
const pP1 = [
  j(
    'The Civic Alliance has led in every poll since the autumn, but its lead has narrowed from eleven points in November to five',
    'points now. Most of the movement has come from the Green Forward party, which has gained support among voters under 35.',
  ),
  j(
    'The Workers’ League has held steady at around 27 percent. Its support is concentrated in the industrial north, which matters',
    'more under Aldmoor’s constituency system than its national share would suggest.',
  ),
  j(
    'Around one voter in eight still says they have not decided. Undecided voters have historically broken late towards the',
    'governing party in Aldmoor, though the pattern did not hold at the last election.',
  ),
  j(
    '“National polls tell you the mood, not the seat count,” said Idris Falkenrath, who teaches electoral statistics at the',
    'University of Port Esk. “A party can lose a point nationally and still gain seats if it loses it in the right places.”',
  ),
];
const pH2 = 'Recent polls';
const pP2 = ['The table shows the ten most recent polls included in the average. Sample sizes are rounded to the nearest hundred.'];
const pRows = [
  ['Meridian Research', '2–4 Mar', '1,800', '34', '28', '19', '11'],
  ['Polaris Insight', '28 Feb–3 Mar', '2,100', '33', '27', '21', '10'],
  ['Kestrel Data', '26–28 Feb', '1,500', '35', '26', '18', '12'],
];
const pH3 = 'How our average works';
const pNotes = [
  j(
    'We include every poll by a member of the Aldmoor Polling Council that asks about national voting intention. Each poll is',
    'weighted by its sample size and by how recent it is; polls more than 30 days old are dropped.',
  ),
  j(
    'If one company publishes several polls in a short period, we reduce the weight of each so that no single pollster can move',
    'the average on its own. The shaded band shows the range within which we would expect the true figure to fall.',
  ),
];
const pNav = ['Home', 'Politics', 'Election 2026', 'World', 'Business', 'Culture', 'Podcasts'];
const pMore = [
  'Explainer: how Aldmoor’s constituency system turns votes into seats',
  'Five seats that could decide the election',
  'The candidates’ debate: what we learned',
];
const pFoot = ['About', 'Corrections', 'Contact', 'Privacy', 'Cookie preferences'];
const s = 'svelte-1k9xq2r';
const th = ['Pollster', 'Fieldwork', 'Sample', 'CA', 'WL', 'GF', 'Other'];
const pHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/_app/immutable/assets/0.Bq3zL1.css" rel="stylesheet"><link rel="modulepreload" href="/_app/immutable/entry/start.Dk2m9.js">
<title>Poll tracker: Aldmoor general election 2026 | The Port Esk Courier</title>
<meta name="description" content="Every national voting-intention poll for the Aldmoor general election, combined into one average." />
<meta property="og:type" content="article" /><meta name="author" content="Courier Data Team" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","dateModified":"2026-03-05T07:00:00Z"}</script>
</head><body data-sveltekit-preload-data="hover"><div style="display: contents">
<header class="masthead ${s}"><a class="skip ${s}" href="#tracker">Skip to content</a><a class="logo ${s}" href="/">The Port Esk Courier</a>
<nav class="${s}"><ul class="${s}">${links(pNav, `nav-item ${s}`)}</ul></nav><a class="subscribe ${s}" href="/subscribe">Subscribe</a></header>
<main id="tracker" class="tracker ${s}"><div class="kicker ${s}">Election 2026</div><h1 class="${s}">${pTitle}</h1>
<div class="meta ${s}"><span class="byline ${s}">By the Courier Data Team</span> <time class="${s}" datetime="2026-03-05">Updated 5 March 2026</time></div>
<div class="intro ${s}">${pIntro.map((p) => `<p class="${s}">${p}</p>`).join('')}</div>
<div class="tiles svelte-8wq1tc"><div class="tile svelte-8wq1tc" style="--party: #1f5fa8"><span class="party svelte-8wq1tc">Civic Alliance</span>
<span class="value svelte-8wq1tc">33.8%</span></div><div class="tile svelte-8wq1tc" style="--party: #c8322b"><span class="party
svelte-8wq1tc">Workers’ League</span>
<span class="value svelte-8wq1tc">27.1%</span></div><div class="tile svelte-8wq1tc" style="--party: #2f9a4d"><span class="party svelte-8wq1tc">Green
Forward</span>
<span class="value svelte-8wq1tc">19.6%</span></div></div>
<figure class="chart svelte-3nq7v0"><div class="toggles svelte-3nq7v0" role="group" aria-label="Time range"><button class="active svelte-3nq7v0">6
months</button>
<button class="svelte-3nq7v0">1 year</button><button class="svelte-3nq7v0">Since 2022</button></div>
<svg class="svelte-3nq7v0" viewBox="0 0 720 360" role="img" aria-label="Line chart of polling averages"><g class="axis x-axis"></g></svg>
<figcaption class="svelte-3nq7v0">Polling average, with individual polls shown as dots. Source: Courier analysis of published polls</figcaption></figure>
<section class="prose ${s}"><h2 class="${s}">${pH1}</h2>${pP1.map((p) => `<p class="${s}">${p}</p>`).join('')}</section>
<aside class="newsletter svelte-x2m4pe"><h3 class="svelte-x2m4pe">Election Briefing</h3>
<p class="svelte-x2m4pe">The latest polls and analysis, every Tuesday and Friday until polling day.</p>
<button class="svelte-x2m4pe">Sign me up</button></aside>
<section class="prose ${s}"><h2 class="${s}">${pH2}</h2>${pP2.map((p) => `<p class="${s}">${p}</p>`).join('')}
<table class="polls svelte-5yk0wd"><thead><tr>${th.map((h) => `<th class="svelte-5yk0wd">${h}</th>`).join('')}</tr></thead>
<tbody>${pRows.map((r) => `<tr class="svelte-5yk0wd">${r.map((c) => `<td class="svelte-5yk0wd">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<button class="more svelte-5yk0wd">Show all 84 polls</button></section>
<section class="prose ${s}"><h2 class="${s}">${pH3}</h2>${pNotes.map((p) => `<p class="${s}">${p}</p>`).join('')}</section>
<section class="related ${s}"><h2 class="${s}">More on the election</h2><ul class="${s}">${links(pMore)}</ul></section></main>
<footer class="${s}"><ul class="${s}">${links(pFoot)}</ul><p class="${s}">© 2026 The Port Esk Courier Ltd</p></footer>
<script>{__sveltekit_1ab2c3={base:new URL(".",location).pathname.slice(0,-1)};const element=document.currentScript.parentElement;
Promise.all([import("/_app/immutable/entry/start.Dk2m9.js"),import("/_app/immutable/entry/app.Qm7x0.js")]).then(([kit,app])=>{kit.start(app,element,
{node_ids:[0,4],data:[null,{type:"data",data:{polls:84,updated:"2026-03-05"},uses:{}}],form:null,error:null});});}</script></div></body></html>`;
export const polls: TestPage = {
  name: 'heldout312-sveltekit-poll-tracker-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts([...pIntro, ...pP1, ...pP2, ...pRows.flat(), ...pNotes]),
  bylines: ['By the Courier Data Team', 'Updated 5 March 2026'],
  furniture: [
    'Skip to content',
    'The Port Esk Courier',
    ...pNav,
    'Subscribe',
    '6 months',
    '1 year',
    'Since 2022',
    'Polling average, with individual polls shown as dots. Source: Courier analysis of published polls',
    'Election Briefing',
    'The latest polls and analysis, every Tuesday and Friday until polling day.',
    'Sign me up',
    'Show all 84 polls',
    'More on the election',
    ...pMore,
    ...pFoot,
    '© 2026 The Port Esk Courier Ltd',
  ],
};
