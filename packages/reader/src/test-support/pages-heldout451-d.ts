import { links, ps, type TestPage, texts } from './page-kit.js';
import { wprm } from './pages-heldout451-d2.js';
import { j } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file d: an essay saved in Readwise Reader and exported with its highlights (the React app shell with
 * the left navigation, the document header with the source domain, author, date and reading time, the rw-highlight marks
 * inside the text, and the right panel with the Info tab's metadata and the Notebook tab's highlights and notes) and, from
 * file d2, a recipe card's print view from WP Recipe Maker.
 */
const rTitle = 'What a lighthouse keeper’s logbook tells us about a changing coast';
const hl = (t: string): string => `<rw-highlight data-highlight-id="${t.length}" class="rw-highlight-yellow">${t}</rw-highlight>`;
const rHl = [
  'the keepers wrote down the weather four times a day for ninety-one years',
  'a record that no instrument on the island could have kept by itself',
  'the sea did not rise smoothly; it rose in steps, each one a storm',
];
const rP1 = [
  j(
    'In a cardboard box in the county archive there are forty-two logbooks from the lighthouse on Skerrow Island. Between 1894 and',
    `1985, when the light was automated, ${hl(rHl[0] ?? '')}: wind direction, sea state, visibility and what the barometer said.`,
  ),
  j(
    'I spent most of last winter reading them, partly out of curiosity and partly because a local climate group wanted to know',
    'whether the entries could be turned into data. They can, with patience, and what they show is more interesting than I expected.',
  ),
];
const rH1 = 'Handwriting as a measuring instrument';
const rP2 = [
  j(
    'The keepers were not scientists. They were paid to keep a lamp lit and a fog signal sounding, and the log was a duty that',
    'the lighthouse board checked every quarter. But they were consistent, and they were on the island through every gale, which',
    `made the logbook ${hl(rHl[1] ?? '')}.`,
  ),
  j(
    'Some entries are a single word. Others fill half a page: a ship seen in trouble off the north point, a boat that could not',
    'land supplies for nineteen days, a wave that reached the keepers’ cottage doorstep in the great storm of February 1953.',
  ),
];
const rH2 = 'What the numbers show';
const rP3 = [
  j(
    'Once transcribed, the entries give a count of days each year when the landing stage was unusable because of the sea. In the',
    'first twenty years of the record that happened on about thirty days a year. In the last twenty it was closer to fifty.',
  ),
  j(
    'More striking is how the change happened. The keepers’ notes on the height of the spring tides against the landing steps',
    `suggest that ${hl(rHl[2] ?? '')}. After each very large storm the sea took away shingle, and the next tides came higher.`,
  ),
  j(
    'I should be careful here. A handful of storms in a single log is not a climate record, and the archive’s tide gauge data',
    'for the mainland harbour tells a smoother story. But the log is a local, human-scale account of the same change, and it',
    'explains why older islanders talk about particular storms rather than a slow trend.',
  ),
];
const rH3 = 'Why it matters now';
const rP4 = [
  j(
    'The climate group has now digitised all forty-two books with the help of thirty volunteers, and the data set is open for',
    'anyone to use. Two students at the marine college are comparing it with the ship logs of the supply boat.',
  ),
  j(
    'For me the lesson is about what counts as evidence. Nobody designed the Skerrow logbooks as a study of a changing coast. They',
    'were written by tired people at the end of a watch, and they turn out to be one of the best records we have.',
  ),
];
const rNotes = ['Compare with the supply boat logs mentioned later', 'Good quote for the talk in May'];
const note = (i: number): string => (i < rNotes.length ? `<p class="Notebook_note__v8Z1m">${rNotes[i] ?? ''}</p>` : '');
const rNav = ['Home', 'Library', 'Feed', 'Shortlist', 'Tags', 'Search'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle} | Reader</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="#ffffff">
<link rel="manifest" href="/manifest.json"><link rel="stylesheet" href="/static/css/main.8c41f2d0.css">
<script>window.__READER_CONFIG__={"documentId":"01hv8m2q7r","profile":"web","exportedWithHighlights":true};</script></head>
<body class="theme--light"><div id="root"><div class="App_app__Xk2mP"><nav class="LeftSidebar_sidebar__2Rt4q" aria-label="Navigation">
<div class="LeftSidebar_logo__aa3Vn">Reader</div><ul>${links(rNav, 'LeftSidebar_item__o9cT1')}</ul>
<button class="LeftSidebar_upload__2vZcD">Add document</button></nav>
<main class="DocumentView_main__1Q2z3"><div class="DocumentHeader_header__b6Ku2"><a class="DocumentHeader_back__p0s8x" href="/library">Back</a>
<div class="DocumentHeader_actions__r1j0x"><button>Move to Archive</button><button>Shortlist</button><button>Export</button></div></div>
<div id="document-container" class="DocumentContent_documentContainer__8cT4m"><div class="DocumentContent_metadata__Hq1c6">
<a class="DocumentContent_domain__yc0zA" href="https://tidelinejournal.example/skerrow-logbooks">tidelinejournal.example</a>
<h1 class="DocumentContent_title__zm1vQ">${rTitle}</h1>
<div class="DocumentContent_byline__2JzWc"><span class="author">Callum Sheringham</span> <span>·</span> <time>Feb 11, 2026</time>
<span>·</span> <span class="DocumentContent_readTime__u9cL1">6 mins</span></div></div>
<div id="document-text-content" class="document-content" data-document-id="01hv8m2q7r">
${ps(rP1)}
<h2>${rH1}</h2>
${ps(rP2)}
<h2>${rH2}</h2>
${ps(rP3)}
<h2>${rH3}</h2>
${ps(rP4)}
</div></div></main>
<aside class="RightSidebar_sidebar__pX0e1"><div role="tablist"><button role="tab" aria-selected="false">Info</button>
<button role="tab" aria-selected="true">Notebook</button></div>
<div class="RightSidebar_info__Ml3kT" hidden><dl><dt>Type</dt><dd>Article</dd><dt>Saved</dt><dd>Feb 14, 2026</dd>
<dt>Progress</dt><dd>100% read</dd><dt>Tags</dt><dd><span class="tag">coastal history</span> <span class="tag">sea level</span></dd></dl></div>
<div class="RightSidebar_notebook__s3f7A"><h3 class="Notebook_heading__e2H1z">Highlights (3)</h3><ol class="Notebook_list__k7R0p">
${rHl.map((t, i) => `<li class="Notebook_highlight__dF4q0"><blockquote>${t}</blockquote>${note(i)}</li>`).join('\n')}
</ol><p class="Notebook_footer__w2yP8">Exported from Reader on Mar 1, 2026</p></div></aside></div></div>
<script src="/static/js/main.f03b9a71.js"></script></body></html>`;
export const readwise: TestPage = {
  name: 'heldout451-readwise-reader-export-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2, rH3],
  body: texts([...rP1, ...rP2, ...rP3, ...rP4]),
  bylines: ['Callum Sheringham', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reader', ...rNav, 'Add document', 'Back', 'Move to Archive', 'Export', 'tidelinejournal.example', '6 mins', 'Info', 'Notebook',
    'Type', 'Article', 'Saved', 'Feb 14, 2026', 'Progress', '100% read', 'coastal history', 'sea level', 'Highlights (3)', ...rNotes,
    'Exported from Reader on Mar 1, 2026',
  ],
};

export const HELDOUT451_D: readonly TestPage[] = [readwise, wprm];
