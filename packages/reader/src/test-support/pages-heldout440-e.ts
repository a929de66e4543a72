import { ps, type TestPage, texts } from './page-kit.js';
import { j, rowText } from './pages-heldout440-kit.js';

/**
 * Held-out batch 440, file e: a leaderboard Space saved from its Gradio app (svelte-hashed classes, markdown blocks, tab
 * buttons, search box and filter checkboxes, a dataframe whose rows are the data, notes below it, a citation accordion and
 * the "Use via API / Built with Gradio" footer) and a Kaggle competition overview (left nav, header with host and prize,
 * tabs, overview sections with a timeline list and prize table, the right-hand participation and tags panel, footer).
 */
const grTitle = '🏆 Nordic Reasoning Leaderboard';
const grIntro = [
  j(
    'The Nordic Reasoning Leaderboard ranks open and closed language models on reasoning tasks written natively in Danish,',
    'Norwegian, Swedish and Icelandic. None of the questions is a translation of an English benchmark. Scores are updated',
    'every Monday; models submitted before Friday noon are included in the next run.',
  ),
];
const grRows: string[][] = [
  ['1', 'Aurvandil-70B', '78.4', '81.2', '72.9', '81.1', '70'],
  ['2', 'Saga-32B-chat', '74.9', '76.5', '70.3', '77.9', '32'],
  ['3', 'Kvasir-14B', '69.2', '71.8', '63.0', '72.8', '14'],
  ['4', 'Fjord-7B-Instruct', '61.7', '64.4', '51.6', '69.1', '7'],
  ['5', 'Lindorm-8B', '58.3', '60.1', '50.2', '64.6', '8'],
];
const grHow = [
  j(
    'Each model answers 3,600 questions: 1,200 logic puzzles, 1,200 word problems and 1,200 reading-comprehension items, with',
    'equal numbers in each language. Answers are extracted with a fixed regular expression and compared with the reference, so a',
    'model that reasons correctly but formats its answer badly will lose points.',
  ),
  'The average is the unweighted mean of the three task scores. We run every model with greedy decoding and the chat template from its repository.',
];
const grNotes = [
  'Icelandic questions are the hardest for every model; the gap to Danish is between 9 and 17 points.',
  'Models marked as closed were evaluated through their public API on the date shown in the About tab.',
  'Two submissions were removed in February after their training data was found to contain the test questions.',
];
const grTabs = ['🏅 Leaderboard', '📝 About', '🚀 Submit here!'];
const grFilters = ['Show only open weights', 'Hide merged models', 'Hide flagged models'];
const grHead = ['#', 'Model', 'Average ⬆️', 'Logic', 'Math', 'Reading', 'Params (B)'];
const grHtml = `<!doctype html><html lang="en" style="margin:0;padding:0;min-height:100%;display:flex;flex-direction:column;"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no, maximum-scale=1" />
<script>window.__gradio_mode__ = "app"; window.gradio_config = {"version":"4.44.1","mode":"blocks","title":"Nordic Reasoning Leaderboard",
"space_id":"nordic-eval/leaderboard","components":[{"id":1,"type":"markdown"},{"id":9,"type":"dataframe"}]};</script>
<meta property="og:title" content="Nordic Reasoning Leaderboard" /><meta property="og:description" content="Click to try out the app!" />
<meta name="twitter:card" content="summary_large_image" /><title>Nordic Reasoning Leaderboard</title>
<link rel="stylesheet" href="./assets/index-3a8e1f02.css"><script type="module" crossorigin src="./assets/index-7bc4d1a9.js"></script></head>
<body style="width:100%;margin:0;padding:0;display:flex;flex-direction:column;flex-grow:1;">
<gradio-app control_page_title="true" embed="false" eager="true" style="display:flex;flex-direction:column;flex-grow:1">
<div class="gradio-container gradio-container-4-44-1 svelte-wpkpf6 app" style="min-height:initial;flex-grow:1;">
<div class="main fillable svelte-wpkpf6 app"><div class="wrap svelte-1ufy31e" style="min-height: 100%;"><div class="contain" style="flex-grow: 1;">
<div id="component-0" class="column svelte-vt1mxs gap"><div class="block svelte-12cmxck padded hide-container" id="component-1">
<div class="prose svelte-1ybaih5" data-testid="markdown"><span class="md svelte-7ddecg prose"><h1 style="text-align:center">${grTitle}</h1></span></div></div>
<div class="block svelte-12cmxck padded hide-container" id="component-2"><div class="prose svelte-1ybaih5" data-testid="markdown">
<span class="md svelte-7ddecg prose">${ps(grIntro)}</span></div></div>
<div class="tabs svelte-1tcem6n" id="component-3"><div class="tab-nav scroll-hide svelte-1tcem6n" role="tablist">
${grTabs.map((t, i) => `<button role="tab" aria-selected="${i === 0}" class="${i === 0 ? 'selected ' : ''}svelte-1tcem6n">${t}</button>`).join('\n')}</div>
<div id="component-4" class="tabitem svelte-19hvt5v" role="tabpanel" style="display: block;"><div class="row svelte-hrj4a0 unequal-height">
<label class="block svelte-12cmxck container" id="component-5"><span data-testid="block-info" class="svelte-1gfkn6j">Search models</span>
<input data-testid="textbox" type="text" class="scroll-hide svelte-1f354aw" placeholder="Separate multiple queries with ;" /></label>
<div class="block svelte-12cmxck" id="component-6"><span data-testid="block-info" class="svelte-1gfkn6j">Filters</span><div class="wrap svelte-1kzox3m">
${grFilters
  .map(
    (t) => `<label class="svelte-1kzox3m"><input type="checkbox" class="svelte-1kzox3m" /><span class="ml-2 svelte-1kzox3m">${t}</span>
</label>`,
  )
  .join('\n')}
</div></div></div>
<div class="block svelte-12cmxck" id="component-9"><div class="svelte-1vwr9xf"><div class="table-wrap svelte-1vwr9xf" role="grid">
<table class="svelte-1vwr9xf"><thead><tr>${grHead
  .map(
    (h) => `<th class="svelte-1vwr9xf"><div class="cell-wrap svelte-1vwr9xf"><span>${h}</span>
</div></th>`,
  )
  .join('\n')}
</tr></thead><tbody class="svelte-1vwr9xf">
${grRows
  .map(
    (r) =>
      `<tr class="svelte-1vwr9xf">\n${r
        .map(
          (c) => `<td class="svelte-1vwr9xf"><div class="cell-wrap svelte-1vwr9xf">
<span class="svelte-1vwr9xf">${c}</span></div></td>`,
        )
        .join('\n')}\n</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<div class="block svelte-12cmxck padded hide-container" id="component-10"><div class="prose svelte-1ybaih5" data-testid="markdown">
<span class="md svelte-7ddecg prose">
<h2>How scores are computed</h2>${ps(grHow)}<h2>Notes</h2><ul>${grNotes.map((t) => `<li>${t}</li>`).join('\n')}</ul></span></div></div></div>
<div id="component-11" class="tabitem svelte-19hvt5v" role="tabpanel" style="display: none;"></div></div>
<div class="block svelte-12cmxck" id="component-14"><button class="label-wrap svelte-s1r2yt"><span class="svelte-s1r2yt">📙 Citation</span></button>
<div class="svelte-s1r2yt" style="display: none;"><textarea data-testid="textbox" class="scroll-hide svelte-1f354aw" readonly>@misc{nordic-reasoning-2026,
author = {Nordic Eval Collective}, title = {Nordic Reasoning Leaderboard}, year = {2026}}</textarea></div></div></div></div>
<footer class="svelte-1rjryqp"><button class="show-api svelte-1rjryqp">Use via API <img src="./assets/api-logo.svg" alt="" /></button>
<div class="divider show-api-divider svelte-1rjryqp">·</div>
<a href="https://gradio.app" class="built-with svelte-1rjryqp" target="_blank" rel="noreferrer">Built with Gradio
<img src="./assets/logo.svg" alt="logo" class="svelte-1rjryqp" /></a><div class="divider svelte-1rjryqp">·</div>
<button class="settings svelte-1rjryqp">Settings <img src="./assets/settings-logo.svg" alt="Settings" class="svelte-1rjryqp" /></button></footer>
</div></div></div></gradio-app></body></html>`;

const grPage: TestPage = {
  name: 'heldout440-gradio-leaderboard-docs',
  kind: 'docs',
  html: grHtml,
  title: grTitle,
  headings: ['How scores are computed', 'Notes'],
  body: [...texts(grIntro), ...grRows.map(rowText), ...texts(grHow), ...grNotes],
  bylines: [],
  furniture: [...grTabs, 'Search models', 'Filters', ...grFilters, '📙 Citation', 'Use via API', 'Built with Gradio', 'Settings'],
};

const kgTitle = 'Meridian Grid Load Forecasting';
const kgOverview = [
  j(
    'Forecast hourly electricity demand for 212 substations across a regional grid, seven days ahead, using weather forecasts,',
    'calendar data and three years of metered load. Better forecasts let the operator schedule reserve generation with less waste.',
  ),
];
const kgDesc = [
  j(
    'Meridian Grid Operators balances supply and demand for about 1.4 million customers in a mix of cities, farming districts and',
    'island communities. Demand swings with temperature, with holidays and, increasingly, with rooftop solar, which hides part of',
    'the real load behind the meter on sunny afternoons.',
  ),
  j(
    'Today the operator forecasts each substation with a separate statistical model. Those models struggle with the first warm',
    'week of spring, with school holidays that move from year to year, and with new housing estates that have little history.',
    'We want to know whether a single model trained across all substations can do better, and how much better.',
  ),
  j(
    'The data has been anonymised: substation names are replaced by codes and coordinates are rounded to the nearest ten',
    'kilometres. Weather inputs are the forecasts that were available at the time, not observed values, so your model sees',
    'exactly what the operator would have seen.',
  ),
];
const kgEval = [
  j(
    'Submissions are scored on the mean absolute scaled error (MASE) across all substations and all 168 forecast hours, scaled',
    'by the error of a seasonal naive forecast that repeats the previous week. Lower is better.',
  ),
  'This is a code competition: your notebook must run in under nine hours on the provided hardware, with internet access disabled.',
];
const kgTimeline = [
  '<b>February 3, 2026</b> – Start date.',
  '<b>April 28, 2026</b> – Entry deadline. You must accept the rules before this date to compete.',
  '<b>April 28, 2026</b> – Team merger deadline.',
  '<b>May 5, 2026</b> – Final submission deadline.',
];
const kgPrizes = ['1st place: $25,000', '2nd place: $15,000', '3rd place: $10,000', 'Efficiency prize: $10,000 for the best score under two hours of CPU time'];
const kgNav = ['Create', 'Home', 'Competitions', 'Datasets', 'Models', 'Benchmarks', 'Code', 'Discussions', 'Learn', 'More'];
const kgTabs = ['Overview', 'Data', 'Code', 'Models', 'Discussion', 'Leaderboard', 'Rules'];
const kgTags = ['Energy', 'Time Series Analysis', 'Tabular', 'Mean Absolute Scaled Error'];
const kgFoot = ['Terms', 'Privacy', 'Contact', 'Documentation', 'Kaggle Status'];
const sec = (id: string, h: string, inner: string): string => `<div class="sc-fHCFno kQXhFg"><div id="${id}" class="sc-jIILKH hbCWmQ">
<h2 class="sc-dcJsrY sc-bnORzu fGGXpN kHjLFo">${h}</h2></div><div class="sc-iHmpnF bdTmcy"><div class="sc-dLMFU fOwwTg">
<div class="sc-gFVvzn sc-dfauwV markdown-converter__text--rendered">${inner}</div></div></div></div>`;
const kgHtml = `<!DOCTYPE html><html lang="en"><head><title>Meridian Grid Load Forecasting | Kaggle</title><meta charset="utf-8" />
<meta name="robots" content="index, follow" /><meta name="description" content="Forecast hourly substation demand seven days ahead." />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0, minimum-scale=1.0">
<meta property="og:url" content="https://www.kaggle.com/competitions/meridian-grid-load" /><meta property="og:title" content="Meridian Grid Load Forecasting" />
<link rel="stylesheet" href="https://www.kaggle.com/static/assets/app.css?v=0f2a" /><script nonce="Xk2r">window.kaggleStackdriverConfig = {key: 'AIza-redacted',
projectId: 'kaggle-161607', service: 'web-fe'};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Meridian Grid Load Forecasting",
"startDate":"2026-02-03","endDate":"2026-05-05","organizer":{"@type":"Organization","name":"Meridian Grid Operators"}}</script></head>
<body data-turbolinks="false"><main><div id="site-container"><div class="sc-kCuUfV hgMfBW"><div data-testid="cookie-banner" class="sc-cookie-banner">
<p>Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.</p><button>Learn more</button>
<button>OK, Got it.</button></div>
<div class="sc-iGgWBj eNiLzE"><div class="sc-kgUAyh kXbQfR" role="navigation"><ul class="km-list">${kgNav
  .map(
    (t) => `<li class="km-listitem"><a
href="/${t.toLowerCase()}" class="sc-jlZhew"><span class="sc-cwHptR">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div id="site-content" class="sc-kDvujY"><div class="sc-cfxfcM"><div data-testid="competition-detail-render-tid">
<div class="sc-hSWyVn"><div class="sc-ecPEgm"><span class="sc-kAyceB">Meridian Grid Operators</span> · <span>Featured Code Competition</span>
· <span title="Mon May 05 2026 23:59:00 GMT+0000">a month to go</span></div>
<h1 class="sc-dcJsrY sc-eKhGMJ bIUjrR">${kgTitle}</h1><span class="sc-iAEawV sc-fzQBhs">Forecast hourly substation demand seven days ahead</span>
<div class="sc-hzhJZQ"><button class="sc-jxOSlx"><span>Join Competition</span></button><button aria-label="More options">more_vert</button></div></div>
<div role="tablist" class="sc-bXCLTC MuiTabs-root">
${kgTabs.map((t, i) => `<a role="tab" aria-selected="${i === 0}" class="sc-lizKOf MuiTab-root" href="/${i}">${t}</a>`).join('\n')}</div>
<div class="sc-cWSHoV"><div class="sc-eifrsQ">
${sec('abstract', 'Overview', ps(kgOverview))}
${sec('description', 'Description', ps(kgDesc))}
${sec('evaluation', 'Evaluation', ps(kgEval))}
${sec(
  'timeline',
  'Timeline',
  `<ul>${kgTimeline.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>All deadlines are at 11:59 PM UTC on the corresponding day.</p>`,
)}
${sec('prizes', 'Prizes', `<ul>${kgPrizes.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${sec('citation', 'Citation', '<p>Nadia Oyelaran, Jonas Brekke and Kaggle Staff. Meridian Grid Load Forecasting. Kaggle, 2026.</p>')}</div>
<div class="sc-jEACwC"><div class="sc-cPiKLX"><h3 class="sc-dcJsrY">Competition Host</h3><p>Meridian Grid Operators</p></div>
<div class="sc-cPiKLX"><h3 class="sc-dcJsrY">Prizes &amp; Awards</h3><p>$60,000</p><p>Awards Points &amp; Medals</p></div>
<div class="sc-cPiKLX"><h3 class="sc-dcJsrY">Participation</h3><p>4,118 Entrants</p><p>1,032 Participants</p><p>967 Teams</p><p>8,845 Submissions</p></div>
<div class="sc-cPiKLX"><h3 class="sc-dcJsrY">Tags</h3><div>${kgTags
  .map(
    (t) => `<a class="sc-tag" href="/tags/${t.length}"><span>${t}</span>
</a>`,
  )
  .join('\n')}</div></div>
</div></div></div></div>
<footer class="sc-footer"><ul>${kgFoot.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('\n')}</ul></footer></div></div></div></div></main>
<script nonce="Xk2r" src="https://www.kaggle.com/static/assets/vendor.js"></script></body></html>`;

const kgPage: TestPage = {
  name: 'heldout440-kaggle-competition-overview-docs',
  kind: 'docs',
  html: kgHtml,
  title: kgTitle,
  headings: ['Overview', 'Description', 'Evaluation', 'Timeline', 'Prizes', 'Citation'],
  body: [
    ...texts(kgOverview),
    ...texts(kgDesc),
    ...texts(kgEval),
    ...texts(kgTimeline),
    'All deadlines are at 11:59 PM UTC on the corresponding day.',
    ...kgPrizes,
    'Nadia Oyelaran, Jonas Brekke and Kaggle Staff. Meridian Grid Load Forecasting. Kaggle, 2026.',
  ],
  bylines: [],
  furniture: [
    'Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.',
    'Learn more',
    'OK, Got it.',
    ...kgNav.filter((t) => t !== 'Code' && t !== 'Models'),
    'Featured Code Competition',
    'a month to go',
    'Forecast hourly substation demand seven days ahead',
    'Join Competition',
    ...kgTabs.filter((t) => !['Overview', 'Code', 'Models'].includes(t)),
    'Competition Host',
    'Prizes & Awards',
    '$60,000',
    'Awards Points & Medals',
    'Participation',
    '4,118 Entrants',
    '1,032 Participants',
    '967 Teams',
    '8,845 Submissions',
    ...kgTags,
    ...kgFoot,
  ],
};

export const HELDOUT440_E: readonly TestPage[] = [grPage, kgPage];
