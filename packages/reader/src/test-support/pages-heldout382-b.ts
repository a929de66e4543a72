import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, st } from './pages-heldout382-kit.js';

/**
 * Held-out batch 382, file b: a Hymnary-style hymn text page (Drupal theme, Text Information table with the author as its
 * byline, Full Text stanzas, a handbook note, tunes and instances tables, donate banner) and a BrainyQuote-style author
 * quotes listing (bio line, quote cards with author links, topic buttons and share boxes, sidebar rails, pagination).
 */
const hStanzas = [
  st('1 Beneath the morning’s quiet wing', 'the fields lie washed in grey;', 'the sparrow and the ploughman sing', 'to greet the early day.'),
  st('2 Who set the frost upon the hill', 'and told the stream to run', 'still keeps the farmer’s table full', 'and brings the harvest on.'),
  st('3 When evening folds the valley in', 'and lamps are lit once more,', 'let every house that shelters kin', 'keep open wide its door.'),
  st('4 So let us rise, and let us rest,', 'and, when the seasons cease,', 'be gathered with the ones we blessed', 'into the fold of peace.'),
];
const hNotes = [
  j(
    'Hesper Callow wrote this text for the harvest festival of the chapel at Lowe Marren in 1871, where her husband was the',
    'schoolmaster. It first appeared in a four-page leaflet printed for the service and was sung to a tune now lost.',
  ),
  j(
    'The hymn moves through a single day as a picture of a whole life: morning work in stanza 1, the providing hand of the Creator',
    'in stanza 2, hospitality at nightfall in stanza 3, and rest in stanza 4. Some later books omit the third stanza, which',
    'weakens that shape.',
  ),
  j(
    'Callow’s text entered general use through the Marren Valley Hymnal of 1904, which paired it with the common-meter tune',
    'WESTBROOK LANE. Congregations may also sing it to any familiar tune in the same meter.',
  ),
  j(
    'The final stanza gathers the images of the earlier ones. The fold of the last line recalls both the sheepfold of the farm',
    'and the folding of the valley at evening, so that rest after labour and rest after death are spoken of in the same words.',
    'Callow herself called it “a small hymn for those who work outdoors”, and it is still most often sung at harvest.',
  ),
];
const hNav = ['Texts', 'Tunes', 'Instances', 'People', 'Hymnals', 'FlexScores'];
const hInst = ['Marren Valley Hymnal (1904)', 'Songs of the Harvest Field (1911)', 'The Chapel Psalter and Hymnal (1962)'];
const hHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Beneath the Morning's Quiet Wing | Hymnfold.example</title>
<meta name="description" content="Beneath the morning's quiet wing the fields lie washed in grey">
<link rel="canonical" href="https://hymnfold.example/text/beneath_the_mornings_quiet_wing">
<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":""});</script></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-text">
<div id="sitewideBanner" class="donate-banner"><p>Hymnfold is a not-for-profit ministry. Please give to keep it free.</p>
<a href="/donate" class="button">Donate</a></div>
<div id="page"><div id="header"><a href="/" id="logo" title="Home">Hymnfold.example</a>
<form id="search-block-form" action="/search"><input type="text" name="qu" title="Search Hymnfold"><input type="submit" value="Search"></form>
<ul id="main-menu" class="links">${links(hNav, 'menu-item')}</ul></div>
<div id="main"><div id="content" class="column"><div class="breadcrumb"><a href="/">Home</a> › <a href="/text">Texts</a></div>
<h1 class="title" id="page-title">Beneath the Morning's Quiet Wing</h1>
<div class="region region-content"><div id="text"><div id="at_textinfo"><h2>Text Information</h2><table class="infoTable">
<tr class="result-row"><td><span class="hy_infoLabel">First Line:</span></td><td><span class="hy_infoItem">Beneath the morning’s quiet wing</span></td></tr>
<tr class="result-row"><td><span class="hy_infoLabel">Author:</span></td><td><span class="hy_infoItem">
<a href="/person/Callow_Hesper">Hesper Callow (1871)</a></span></td></tr>
<tr class="result-row"><td><span class="hy_infoLabel">Meter:</span></td><td><span class="hy_infoItem">8.6.8.6</span></td></tr>
<tr class="result-row"><td><span class="hy_infoLabel">Topic:</span></td><td><span class="hy_infoItem">Harvest; Evening; Hospitality</span></td></tr>
</table></div>
<div id="at_fulltext"><h2>Full Text</h2><div class="textcontent">${ps(hStanzas)}</div>
<p class="copyright-note">Source: Marren Valley Hymnal, 1904, #212</p></div>
<div id="at_notes"><h2>Notes</h2>${ps(hNotes)}<p class="source">— Brede Ollis, Marren Valley Hymnal Handbook</p></div>
<div id="at_tunes"><h2>Tunes</h2><table class="infoTable"><tr><td><a href="/tune/westbrook_lane">WESTBROOK LANE</a></td>
<td>Composer: Amos Treddle</td><td>Incipit: 51123 45432</td></tr></table></div>
<div id="at_instances"><h2>Instances</h2><table class="instances"><tr><th>Hymnal</th><th>Number</th></tr>
${hInst.map((t, i) => `<tr><td><a href="/hymnal/${i}">${t}</a></td><td>${212 + i * 40}</td></tr>`).join('\n')}</table></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="block"><h2>Your Account</h2><ul>${links(['Log in', 'Create account'])}</ul></div></div></div>
<div id="footer"><p>Hymnfold.example is a project of the Marren Institute for Congregational Song.</p>
<ul>${links(['About', 'Contact', 'Privacy'])}</ul></div></div>
<div class="eu-cookie-compliance-banner"><p>This website uses cookies to remember your preferences.</p><button class="agree-button">OK, I agree</button></div>
</body></html>`;
const hymnary: TestPage = {
  name: 'heldout382-hymnary-text-page',
  kind: 'wiki',
  html: hHtml,
  title: "Beneath the Morning's Quiet Wing",
  headings: ['Full Text', 'Notes'],
  body: texts([...hStanzas, ...hNotes]),
  bylines: ['Hesper Callow (1871)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hymnfold is a not-for-profit ministry. Please give to keep it free.', 'Donate', 'Hymnfold.example', ...hNav, 'Home', 'Text Information',
    'First Line:', 'Author:', 'Meter:', '8.6.8.6', 'Topic:', 'Harvest; Evening; Hospitality', 'Source: Marren Valley Hymnal, 1904, #212',
    '— Brede Ollis, Marren Valley Hymnal Handbook', 'Tunes', 'Composer: Amos Treddle', 'Incipit: 51123 45432', 'Number', ...hInst,
    'Your Account', 'Log in', 'Create account', 'Hymnfold.example is a project of the Marren Institute for Congregational Song.', 'Contact',
    'Privacy', 'This website uses cookies to remember your preferences.', 'OK, I agree',
  ],
};

const bQuotes = [
  'A library is a lighthouse that forgot the sea and learned to shine for people instead.',
  'I have never met a sentence that could not be improved by a longer walk before writing it.',
  'Kindness is a debt nobody collects, which is why we should all keep paying it.',
  'The best stories are the ones the reader finishes for you on the train back.',
  'Every town has one old woman who knows where the bodies are buried and one who planted roses over them.',
  'You do not find your voice. You wear it in, like a pair of boots, one muddy field at a time.',
  'Grief is only love that has lost its forwarding address.',
  'I write in the mornings because by noon the world has already started arguing with me.',
  'A good friend tells you the truth; a great one tells you the truth and then makes soup.',
  'The sea does not apologise for the weather, and neither should a writer.',
  'Children ask the questions that adults have simply grown too tired to carry.',
  'There is no such thing as a small town, only a town that nobody has put in a book yet.',
];
const bTopics = ['Books', 'Creativity', 'Friendship', 'Loss', 'Youth', 'Ocean'];
const bPopular = ['Motivational Quotes', 'Inspirational Quotes', 'Positive Quotes', 'Success Quotes', 'Life Quotes'];
const bRelated = ['Quentin Asheby', 'Olwen Tarrant', 'Mordecai Lusk', 'Fenna Rook'];
const bNav = ['Home', 'Authors', 'Topics', 'Quote Of The Day', 'Pictures'];
const bFoot = ['About', 'Privacy', 'Terms', 'Copyright', 'Cookie Settings'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marisol Entwhistle Quotes - QuoteQuarry</title>
<meta name="description" content="Enjoy the best Marisol Entwhistle Quotes at QuoteQuarry. Quotations by Marisol Entwhistle, Novelist, Born March 3, 1952.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Authors"},{"@type":"ListItem","position":2,"name":"Marisol Entwhistle"}]}</script>
<script>var infAdBlk = {}; window.bqWidth = 1200;</script></head><body class="bq_body">
<nav class="navbar navbar-expand-lg bq-nav"><a class="navbar-brand" href="/">QuoteQuarry</a><ul class="navbar-nav">${links(bNav, 'nav-item')}</ul>
<form class="bq-search" action="/search_results"><input name="q" placeholder="Search for quotes"></form></nav>
<div class="bq_center"><div class="breadcrumb"><a href="/authors">Authors</a> <span>/</span> <span>Marisol Entwhistle</span></div>
<div class="bq-subnav"><h1 class="bq-subnav-h1">Marisol Entwhistle Quotes</h1>
<div class="subnav-below-p"><a href="/profession/novelist">Novelist</a> | Born: <a href="/birthdays/march-3">March 3</a>, 1952</div></div>
<div class="bq-ad-top"><span class="ad-label">Advertisement</span></div>
<div id="quotesList" class="reflow_body bqcpx" data-ab="b">
${bQuotes
  .map(
    (q, i) => `<div class="grid-item qb clearfix bqQt"><a href="/quotes/marisol_entwhistle_${4410 + i}" class="b-qt qt_${4410 + i} oncl_q"
title="view quote"><div style="display: flex;justify-content: space-between">${q}</div></a>
<a href="/authors/marisol-entwhistle-quotes" class="bq-aut qa_${4410 + i} oncl_a" title="view author">Marisol Entwhistle</a>
<div class="kw-box"><a href="/topics/${(bTopics[i % 6] ?? '').toLowerCase()}-quotes" class="qkw-btn btn btn-xs oncl_list_kc">${bTopics[i % 6] ?? ''}</a></div>
<div class="sh-box"><a class="sh-fb" aria-label="Share on Facebook"></a><a class="sh-tw" aria-label="Share on Twitter"></a></div></div>`,
  )
  .join('\n')}
</div><ul class="pagination bq_pageNumbersCont"><li class="page-item active"><span>1</span></li><li class="page-item">
<a href="/authors/marisol-entwhistle-quotes_2">Next</a></li></ul>
<div class="bq_right_col"><div class="bq_s"><h2 class="bq_h2">Popular Topics</h2><ul>${links(bPopular)}</ul></div>
<div class="bq_s"><h2 class="bq_h2">Related Authors</h2><ul>${links(bRelated)}</ul></div>
<div class="bq_s qotd"><h2 class="bq_h2">Quote of the Day</h2><p>Patience is the only clock that never runs fast.</p><p>Havel Ostrander</p></div></div></div>
<footer class="bq_footer"><ul>${links(bFoot)}</ul><p>Copyright © 2001 - 2026 QuoteQuarry</p></footer>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on your
device, such as cookies.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></body></html>`;
const brainyquote: TestPage = {
  name: 'heldout382-brainyquote-author-listing',
  kind: 'wiki',
  html: bHtml,
  title: 'Marisol Entwhistle Quotes',
  headings: [],
  body: bQuotes,
  bylines: ['Marisol Entwhistle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'QuoteQuarry', ...bNav, 'Authors', 'Novelist', 'March 3', 'Advertisement', ...bTopics, 'Next', 'Popular Topics', ...bPopular, 'Related Authors',
    ...bRelated, 'Quote of the Day', 'Patience is the only clock that never runs fast.', 'Havel Ostrander', ...bFoot, 'Copyright © 2001 - 2026 QuoteQuarry',
    'We value your privacy. We and our partners store and access information on your device, such as cookies.', 'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT382_B: readonly TestPage[] = [hymnary, brainyquote];
