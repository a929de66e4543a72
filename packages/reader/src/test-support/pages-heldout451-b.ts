import { links, ps, type TestPage, texts } from './page-kit.js';
import { evernote } from './pages-heldout451-b2.js';
import { j } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file b: a news story in Instapaper's text view (the top bar with the folder menu, the reader controls,
 * the title bar with the origin line of source domain, author and date, the story, the bottom controls with "Move to" and
 * the reading-progress label, and the text-settings panel) and, from file b2, an Evernote web clip exported as HTML.
 */
const iTitle = 'Tidal turbines off Carrow Point begin feeding the grid';
const iP1 = [
  j(
    'Four tidal turbines anchored to the seabed off Carrow Point delivered their first electricity to the regional grid this week,',
    'ending a six-year project that its backers say could be repeated at a dozen sites along the Brennish coast.',
  ),
  j(
    'The turbines, each about the size of a city bus and mounted on a steel tripod in twenty-eight metres of water, turn in both',
    'directions as the tide floods and ebbs through the Carrow Sound. Together they are rated at 6 megawatts, enough at full output',
    'for roughly 5,000 homes.',
  ),
  j(
    '“The beauty of the tide is that you can print the timetable a century in advance,” said Ingrid Solbakk, chief engineer of',
    'Sound Current Energy, the company that built and operates the array. “Wind and sun are wonderful, but nobody can tell you how',
    'much they will produce next Tuesday at four in the afternoon. We can.”',
  ),
  j(
    'The project has not been cheap. Sound Current puts the total cost at about 94 million, around half of it from a public innovation',
    'fund, which makes each megawatt several times more expensive than offshore wind. The company argues that costs will fall quickly',
    'if more arrays are built, as they did for wind turbines in the early 2010s.',
  ),
  j(
    'Not everyone is convinced. The Carrow Fishermen’s Association opposed the array during planning, saying the exclusion zone',
    'around the turbines closed part of a productive crab ground. The association’s secretary, Owen Tredinnick, said this week that',
    'members would watch the first year of operation “very closely” and would press for compensation if catches fell.',
  ),
  j(
    'Marine biologists from Penharrow University have fitted underwater cameras and acoustic sensors to two of the tripods to record',
    'how seals, porpoises and fish behave around the moving blades. Early footage, the team said, shows fish sheltering in the lee of',
    'the structures at slack water and moving away as the current builds.',
  ),
  j(
    'The regional grid operator said the array’s output would be fed into the substation at Polwenna, where a new battery installed',
    'last year can store surplus power at the top of each tide and release it during the evening peak.',
  ),
  j(
    'Sound Current has applied for permission to add eight more turbines in the sound by 2029, which would bring the array to',
    '18 megawatts. A decision from the marine licensing authority is expected in the autumn.',
  ),
];
const iFolders = ['Home', 'Liked', 'Archive', 'Highlights', 'Browse All Notes'];
const iHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${iTitle} | Instapaper</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/css/compiled/reader.min.css?v=2026.02.1">
<script>var INSTAPAPER = INSTAPAPER || {}; INSTAPAPER.bookmark_id = 1734211984; INSTAPAPER.progress = 0.0;</script></head>
<body class="reader_mode theme_default font_serif size_4" data-bookmark-id="1734211984">
<div id="top_bar" class="top_bar"><div class="container"><a class="logo" href="/u">Instapaper</a>
<div class="dropdown folder_menu"><button class="dropdown-toggle">Folders</button><ul class="dropdown-menu">${links(iFolders)}</ul></div>
<div class="top_controls"><a class="control_button js_archive" href="#" title="Archive">Archive</a>
<a class="control_button js_like" href="#" title="Like">Like</a><a class="control_button js_share" href="#" title="Share">Share</a>
<a class="control_button js_text_settings" href="#" title="Text Settings">Text Settings</a></div></div></div>
<div id="reader_container" class="reader_container"><div id="titlebar" class="titlebar">
<h1 id="titlebar_title" class="title">${iTitle}</h1>
<div class="origin_line"><a class="original" href="https://www.brennishherald.example/environment/2026/mar/04/tidal-turbines-carrow">brennishherald.example</a>
<span class="sep">·</span> <span class="author">by Kieran Moyle</span> <span class="sep">·</span>
<time class="date" datetime="2026-03-04">March 4, 2026</time></div>
</div>
<div id="story" class="story" dir="ltr"><div data-instapaper-dom-id="0">
${ps(iP1)}
</div></div>
<div id="bottom_controls" class="bottom_controls"><div class="js_move_to dropdown"><button class="dropdown-toggle">Move to…</button></div>
<a class="js_archive_bottom" href="#">Archive and go to next</a><span class="progress_label">5 min left</span></div></div>
<div id="text_settings_panel" class="hidden"><h4>Text Settings</h4><ul class="fonts"><li>Georgia</li><li>Lyon</li><li>Tiempos</li></ul>
<div class="width_setting">Line width</div><div class="line_height_setting">Line height</div></div>
<footer class="footer"><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <span>© 2026 Instapaper</span></footer>
<script src="/static/js/compiled/reader.min.js?v=2026.02.1"></script></body></html>`;
const instapaper: TestPage = {
  name: 'heldout451-instapaper-text-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iP1),
  bylines: ['by Kieran Moyle', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Instapaper', 'Folders', ...iFolders, 'Like', 'Share', 'Text Settings', 'brennishherald.example', 'Move to…', 'Archive and go to next',
    '5 min left', 'Georgia', 'Lyon', 'Tiempos', 'Line width', 'Line height', 'About', 'Privacy', 'Terms', '© 2026 Instapaper',
  ],
};

export const HELDOUT451_B: readonly TestPage[] = [instapaper, evernote];
