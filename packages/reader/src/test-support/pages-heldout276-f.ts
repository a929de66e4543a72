import { links, type TestPage, texts } from './page-kit.js';
import { ama } from './pages-heldout276-f2.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file f: an oral-history item page in an Omeka Classic archive (the invented Tollmere Valley Memory
 * Project, "Berlin" theme): the site header and search, the main nav, the item's Dublin Core element set (title, subject,
 * description, creator, date, rights, format, identifier) and the Oral History item-type metadata with interviewer,
 * interviewee and the transcription, the files block, collection and tags, citation, the item pager and the footer. A data
 * page: the Description and Transcription values are the body; element labels and the other values are furniture, the
 * Creator, Interviewer, Interviewee and Date values are bylines.
 */
const oTitle = 'Oral history interview with Merrit Gaunce, 1987';
const oDesc = j(
  'Gaunce (1911-1994) worked at the Tollmere slate quarry from 1925 until its closure in 1959. In this interview she describes',
  'the sorting sheds where women split and graded roofing slate, the 1934 strike, and the flooding of the lower pit.',
);
const oTranscript = [
  'CP: Can you tell me how you came to work at the quarry?',
  j(
    'MG: My father was a rockman on the top gallery and there was no question of anything else. I was fourteen. They put the girls',
    'in the sorting sheds, because the men said our hands were quicker, which was true, and because they could pay us half, which was',
    'also true.',
  ),
  'CP: What was the work itself like?',
  j(
    'MG: Cold. The sheds were open on one side so the carts could come in. You sat on a low bench with a slab between your knees and',
    'a flat chisel, and you tapped along the grain until it opened like a book. Then you graded it: duchesses, countesses, ladies.',
    'Those were the sizes. We used to joke about which one we were.',
  ),
  'CP: And the strike in 1934?',
  j(
    'MG: That started in our shed, though the papers never said so. They cut the rate for ladies and we all put our chisels down',
    'at once. The men came out two days later. It lasted nine weeks. We got half of it back, which felt like winning at the time.',
  ),
  'CP: Do you remember the flooding of the lower pit?',
  j(
    'MG: Everyone does. It was a Sunday, thank God, so nobody was down there. The river broke through an old working in the night and',
    'by morning the lower pit was a lake. That was the beginning of the end, really. They never pumped it out.',
  ),
  'CP: What would you want people to know about the quarry now?',
  j(
    'MG: That it was not all misery. We sang in the sheds, we had a choir that went to the festival at Gwenlas every year, and the',
    'friends I made at that bench were the friends I had for life.',
  ),
];
const oMeta: [string, string][] = [
  ['Subject', 'Slate quarrying; Women workers; Strikes and lockouts'],
  ['Rights', 'Copyright Tollmere Valley Memory Project. For educational use only.'],
  ['Format', 'Audio cassette, digitised as MP3 (46 minutes)'],
  ['Identifier', 'TVMP-OH-0142'],
  ['Language', 'English'],
];
const oNav = ['Browse Items', 'Browse Collections', 'Exhibits', 'About the Project'];
const oTags = ['slate-industry', 'women-at-work', 'strike-1934'];
const el = (id: string, label: string, value: string): string => `<div id="${id}" class="element"><h3>${label}</h3>
<div class="element-text">${value}</div></div>`;
const oHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${oTitle} · Tollmere Valley Memory Project</title><meta name="description" content="${oDesc.slice(0, 120)}">
<link href="/themes/berlin/css/style.css?v=3.1.2" media="all" rel="stylesheet" type="text/css">
<link rel="alternate" type="application/rss+xml" title="Omeka RSS Feed" href="/items/browse?output=rss2">
<script type="text/javascript">jQuery(document).ready(function () { Omeka.showAdvancedForm(); Omeka.skipNav(); });</script></head>
<body class="items show"><a href="#content" id="skipnav">Skip to main content</a><div id="wrap"><header role="banner">
<div id="site-title"><a href="https://memory.tollmere.example">Tollmere Valley Memory Project</a></div>
<div id="search-container" role="search"><form id="search-form" name="search-form" action="/search" method="get"><input type="text" name="query"
id="query" value="" title="Search"><button name="submit_search" id="submit_search" type="submit" value="Submit">Submit</button></form></div></header>
<nav id="top-nav" role="navigation"><ul class="navigation">${links(oNav)}</ul></nav>
<div id="content" role="main" tabindex="-1"><h1>${oTitle}</h1>
<div id="primary"><div class="element-set"><h2>Dublin Core</h2>
${el('dublin-core-title', 'Title', oTitle)}
${el('dublin-core-subject', 'Subject', oMeta[0]?.[1] ?? '')}
${el('dublin-core-description', 'Description', oDesc)}
${el('dublin-core-creator', 'Creator', 'Tollmere Valley Memory Project')}
${el('dublin-core-date', 'Date', '1987-06-14')}
${el('dublin-core-rights', 'Rights', oMeta[1]?.[1] ?? '')}
${el('dublin-core-format', 'Format', oMeta[2]?.[1] ?? '')}
${el('dublin-core-language', 'Language', 'English')}
${el('dublin-core-identifier', 'Identifier', oMeta[3]?.[1] ?? '')}</div>
<div class="element-set"><h2>Oral History Item Type Metadata</h2>
${el('oral-history-item-type-metadata-interviewer', 'Interviewer', 'Carys Penwarden')}
${el('oral-history-item-type-metadata-interviewee', 'Interviewee', 'Merrit Gaunce')}
${el('oral-history-item-type-metadata-location', 'Location', 'Upper Tollmere, Gwenlas')}
<div id="oral-history-item-type-metadata-transcription" class="element"><h3>Transcription</h3><div class="element-text">
${oTranscript.map((t) => `<p>${t}</p>`).join('\n')}</div></div></div>
<div id="itemfiles" class="element"><h3>Files</h3><div class="element-text"><div class="item-file audio-mpeg"><a class="download-file"
href="/files/original/tvmp-oh-0142.mp3">tvmp-oh-0142.mp3</a></div></div></div>
<div id="collection" class="element"><h3>Collection</h3><div class="element-text"><p><a href="/collections/show/4">Quarry Voices</a></p></div></div>
<div id="item-tags" class="element"><h3>Tags</h3>
<div class="element-text">${oTags.map((t) => `<a href="/items/browse?tags=${t}" rel="tag">${t}</a>`).join(', ')}</div></div>
<div id="item-citation" class="element"><h3>Citation</h3><div class="element-text">Tollmere Valley Memory Project, “${oTitle},” <em>Tollmere Valley Memory
Project</em>, accessed March 6, 2026, https://memory.tollmere.example/items/show/142.</div></div>
<nav><ul class="item-pagination navigation"><li id="previous-item" class="previous"><a href="/items/show/141">← Previous Item</a></li>
<li id="next-item" class="next"><a href="/items/show/143">Next Item →</a></li></ul></nav></div></div>
<footer role="contentinfo"><div id="footer-text">
<p>The Tollmere Valley Memory Project is run by volunteers with support from the Gwenlas Heritage Fund.</p></div>
<p>Proudly powered by <a href="http://omeka.org">Omeka</a>.</p></footer></div></body></html>`;
const omeka: TestPage = {
  name: 'heldout276-omeka-oral-history-docs',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([oDesc, ...oTranscript]),
  bylines: ['Tollmere Valley Memory Project', '1987-06-14', 'Carys Penwarden', 'Merrit Gaunce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit', ...oNav, 'Dublin Core', 'Title', 'Subject', oMeta[0]?.[1] ?? '', 'Description', 'Creator', 'Date', 'Rights',
    oMeta[1]?.[1] ?? '', 'Format', oMeta[2]?.[1] ?? '', 'Language', 'English', 'Identifier', 'TVMP-OH-0142', 'Oral History Item Type Metadata',
    'Interviewer', 'Interviewee', 'Location', 'Upper Tollmere, Gwenlas', 'Transcription', 'Files', 'tvmp-oh-0142.mp3', 'Collection', 'Quarry Voices',
    'Tags', ...oTags, 'Citation', 'accessed March 6, 2026, https://memory.tollmere.example/items/show/142.', 'Previous Item', 'Next Item',
    'The Tollmere Valley Memory Project is run by volunteers with support from the Gwenlas Heritage Fund.', 'Proudly powered by Omeka.',
  ],
};

export const HELDOUT276_F: readonly TestPage[] = [omeka, ama];
