import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 236, file b: an Oxford Learner's Dictionaries-style entry (top bar, search, the entry with level badge,
 * senses with examples, idioms, "Word Origin" box, ad slots, "Nearby words" rail, footer, consent banner) and a thesaurus
 * page (header, synonym groups as lists, antonyms, related-article promos, quiz promo, footer).
 */
const oxTitle = 'harbourage';
const oxHeads = ['harbourage', 'Idioms', 'Word Origin'];
const oxBody = [
  'a place where ships can shelter from storms or rough seas; the act of giving such shelter',
  'The small bay offered safe harbourage to fishing boats caught out in the gale.',
  'Ships were refused harbourage after the outbreak of fever in the town.',
  'a safe place for people or animals to stay, especially when they are in danger',
  'The old barn provided harbourage for a family of owls through the winter.',
  'The village became a harbourage for travellers crossing the mountains.',
  '(formal) the act of hiding or protecting somebody, especially somebody who is wanted by the authorities',
  'He was accused of giving harbourage to a known smuggler.',
  'find harbourage (in something): to find comfort or protection in a particular place or situation',
  'After the long voyage the crew found harbourage in the quiet routines of the port.',
  'late 16th cent.: from the noun harbour + -age, perhaps on the pattern of anchorage. The word was first used of the ' +
    'dues paid for the right to shelter a ship in a port, and later of the shelter itself. Its figurative sense of ' +
    'protection for people dates from the early 18th century, when it appeared in sermons and travel writing.',
];
const oxNav = ['Dictionaries', 'Grammar', 'Word Lists', 'Resources', 'My Word Lists', 'Sign in'];
const oxRail = ['harbour', 'harbour master', 'harbourside', 'hard', 'hardback'];
const oxFoot = ['About', 'Help', 'Privacy policy', 'Cookie policy', 'Legal notice', 'Accessibility'];
const oxHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>harbourage noun - Definition, pictures, pronunciation and usage notes | Orwen Learner's Dictionary</title>
<meta name="description" content="Definition of harbourage noun in Orwen Advanced Learner's Dictionary.">
<script src="https://cdn.orwenlearners.com/external/scripts/jquery.js"></script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script></head>
<body class="entry-page"><div id="ox-header"><div class="top-bar"><a class="logo" href="/">Orwen Learner's Dictionaries</a>
<ul class="top-nav">${links(oxNav)}</ul></div>
<form id="search-form"><input id="q" type="text" placeholder="Search English"><button type="submit">Search</button></form></div>
<div id="ad_topslot" class="ad-slot"><span class="ad-label">Advertisement</span></div>
<div id="main-container"><div id="entryContent" class="entry"><div class="oald"><div class="top-container"><div class="webtop">
<h1 class="headword">${oxTitle}</h1> <span class="pos">noun</span> <span class="symbols"><a href="/wordlists/oxford3000">C1</a></span>
<div class="phonetics"><span class="phon">/ˈhɑːbərɪdʒ/</span><span class="phon">/ˈhɑːrbərɪdʒ/</span></div>
<span class="grammar">[uncountable, countable]</span></div></div>
<h2 class="shcut" style="display:none">${oxHeads[0]}</h2>
<ol class="senses_multiple">
<li class="sense"><span class="def">${oxBody[0]}</span>
<ul class="examples"><li><span class="x">${oxBody[1]}</span></li><li><span class="x">${oxBody[2]}</span></li></ul></li>
<li class="sense"><span class="def">${oxBody[3]}</span>
<ul class="examples"><li><span class="x">${oxBody[4]}</span></li><li><span class="x">${oxBody[5]}</span></li></ul></li>
<li class="sense"><span class="def">${oxBody[6]}</span><ul class="examples"><li><span class="x">${oxBody[7]}</span></li></ul></li></ol>
<div class="collapse" data-ox-section="extra"><span class="box_title">Extra Examples</span><span class="hide">Show more examples</span></div>
<div class="idioms"><h2 class="idioms_heading">${oxHeads[1]}</h2><ul><li class="idm-g"><span class="def">${oxBody[8]}</span>
<ul class="examples"><li><span class="x">${oxBody[9]}</span></li></ul></li></ul></div>
<div class="collapse" data-ox-section="origin"><h2 class="heading">${oxHeads[2]}</h2><div class="body">${ps([oxBody[10] ?? ''])}</div></div>
<p class="see-also">See harbourage in the Orwen Advanced American Dictionary</p>
<p class="check-pron">Check pronunciation: harbourage</p></div></div>
<div id="rightcolumn"><div id="ad_btmslot" class="ad-slot"><span class="ad-label">Advertisement</span></div>
<div class="responsive_display_on_smartphone nearby"><h3>Nearby words</h3><ul class="list-col">${links(oxRail)}</ul></div>
<div class="promo"><p>Learn more with the Orwen Learner's Word Lists: the 5000 words every learner should know.</p></div></div></div>
<footer id="ox-footer"><ul>${links(oxFoot)}</ul><p>© Orwen University Press 2026</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-policy-text">This site uses cookies to improve your experience and to show relevant advertising.</div>
<button>Accept all cookies</button><button>Manage cookie settings</button></div></body></html>`;

const thTitle = 'Synonyms of steadfast';
const thHeads = ['Synonyms for steadfast', 'How to choose between them', 'Antonyms of steadfast'];
const thIntro = ['<em>adjective</em> firm in purpose, loyalty or resolve; not changing under pressure'];
const thSyn = ['loyal', 'faithful', 'unwavering', 'resolute', 'constant', 'dependable', 'unshakable', 'dogged'];
const thChoose = [
  'All of these words describe someone who stays the course, but they lean in different directions. Loyal and faithful ' +
    'point at a relationship: a person is loyal to a friend, a team or a cause, and faithful to a promise or a partner.',
  'Resolute and unwavering describe the strength of a decision rather than a bond. A resolute mayor keeps to a plan ' +
    'after the first complaints arrive; an unwavering voice does not change its message when the audience grows hostile.',
  'Constant and dependable are quieter words. They praise reliability over time, the colleague who answers every message ' +
    'and the bus that is never late. Dogged adds a note of effort, sometimes grudging admiration, for someone who keeps ' +
    'going long after it would be easier to stop.',
  'Steadfast itself carries a slightly formal, even old-fashioned tone, which is why it suits speeches, citations and ' +
    'obituaries better than casual conversation.',
];
const thAnt = ['fickle', 'wavering', 'disloyal', 'unreliable', 'capricious'];
const thNav = ['Dictionary', 'Thesaurus', 'Word of the Day', 'Games', 'Grammar Coach', 'Log In'];
const thRel = ['Is It "Affect" Or "Effect"?', '12 Words That Sound Rude But Are Not', 'The Difference Between Loyal And Faithful'];
const thFoot = ['About', 'Careers', 'Contact Us', 'Cookies, Terms, & Privacy', 'Do Not Sell Or Share My Info'];
const thHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>STEADFAST Synonyms: 58 Similar Words | Wordnook Thesaurus</title>
<meta name="description" content="Find 58 different ways to say STEADFAST, along with antonyms and related words.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Synonyms of steadfast"}</script>
<script src="/_next/static/chunks/main-4e2a.js" defer></script></head><body><div id="__next">
<header class="site-header"><a class="brand" href="/">Wordnook</a><nav><ul>${links(thNav)}</ul></nav>
<form role="search"><input type="text" placeholder="Enter a word" aria-label="search"></form></header>
<div class="top-ad" data-ad-slot="thes-top"><span>Advertisement</span></div>
<main><section class="thesaurus-entry" data-type="thesaurus-entry-module">
<div class="breadcrumb"><a href="/thesaurus">Thesaurus</a> / <span>steadfast</span></div>
<h1 class="entry-headword">${thTitle}</h1>${ps(thIntro, ' class="pos-block"')}
<p class="count">58 synonyms found</p>
<h2>${thHeads[0]}</h2><ul class="synonym-list strongest-match">${thSyn.map((w) => `<li><a href="/browse/${w}">${w}</a></li>`).join('')}</ul>
<div class="in-article-ad"><span>Advertisement</span></div>
<h2>${thHeads[1]}</h2>${ps(thChoose)}
<h2>${thHeads[2]}</h2><ul class="antonym-list">${thAnt.map((w) => `<li><a href="/browse/${w}">${w}</a></li>`).join('')}</ul>
<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Copy link</a></div></section>
<aside class="related"><h3>Related articles</h3><ul>${links(thRel)}</ul>
<div class="quiz-promo"><p>Test your vocabulary with our weekly synonym challenge.</p><a href="/games">Take the quiz</a></div></aside></main>
<footer><ul>${links(thFoot)}</ul><p>© 2026 Wordnook Media, LLC</p></footer></div></body></html>`;

export const HELDOUT236_B: readonly TestPage[] = [
  {
    name: 'heldout236-orwen-learners-entry',
    kind: 'docs',
    html: oxHtml,
    title: oxTitle,
    headings: oxHeads.slice(1),
    body: texts(oxBody),
    bylines: [],
    furniture: [
      ...oxNav,
      ...oxRail.slice(1),
      ...oxFoot,
      "Orwen Learner's Dictionaries",
      'Search',
      'Advertisement',
      'C1',
      '[uncountable, countable]',
      'Extra Examples',
      'Show more examples',
      'See harbourage in the Orwen Advanced American Dictionary',
      'Check pronunciation: harbourage',
      'Nearby words',
      "Learn more with the Orwen Learner's Word Lists: the 5000 words every learner should know.",
      '© Orwen University Press 2026',
      'This site uses cookies to improve your experience and to show relevant advertising.',
      'Accept all cookies',
      'Manage cookie settings',
    ],
  },
  {
    name: 'heldout236-wordnook-thesaurus',
    kind: 'docs',
    html: thHtml,
    title: thTitle,
    headings: thHeads,
    body: texts([...thIntro, ...thSyn, ...thChoose, ...thAnt]),
    bylines: [],
    furniture: [
      ...thNav,
      ...thRel,
      ...thFoot,
      'Wordnook',
      'Advertisement',
      '58 synonyms found',
      'Share',
      'Facebook',
      'Copy link',
      'Related articles',
      'Test your vocabulary with our weekly synonym challenge.',
      'Take the quiz',
      '© 2026 Wordnook Media, LLC',
    ],
  },
];
