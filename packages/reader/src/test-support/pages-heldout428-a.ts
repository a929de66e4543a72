import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';
import { wikt } from './pages-heldout428-a2.js';

/**
 * Held-out batch 428, file a: a Merriam-Webster-style dictionary entry (header with mega-menu, the entry's headword, part
 * of speech and pronunciation, numbered senses with verbal illustrations, examples, Word History with etymology and first
 * known use, Time Traveler, entries near, citation box, right rail with word of the day and games, newsletter box, footer)
 * and, from file a2, a Wiktionary-style MediaWiki entry.
 */
const hTitle = 'brindlework';
const hSenses = [
  j(
    'a pattern of irregular darker streaks laid over a lighter ground, especially in woven cloth or in the coat of an animal',
    '<span class="ex-sent t has-aq sents">// the <em>brindlework</em> of the old saddle blanket had faded to a soft grey</span>',
  ),
  j('work done in such a pattern; <i>specifically</i> : the hand-dyeing of yarn in uneven bands so that a woven piece', 'shows streaks rather than stripes'),
  j(
    'something that is made up of mixed or unevenly distributed parts',
    '<span class="ex-sent t has-aq sents">// a <em>brindlework</em> of opinions, none of them quite settled</span>',
  ),
  'archaic : the trade or workshop of a dyer who specialized in streaked cloth',
];
const hExamples = [
  j('The weavers of the upper valley were known for a <em>brindlework</em> so fine that buyers at the Ostley market', 'mistook it for painted silk.'),
  'Under the lamp the dog’s <em>brindlework</em> seemed to move, dark bands sliding over the tan.',
  j(
    'Her first novel is a <em>brindlework</em> of letters, shipping records and half-remembered songs, and it holds together',
    'better than it has any right to.',
  ),
  'The restorers left the original <em>brindlework</em> on the chair seat untouched, patching only the fraying edge.',
];
const hEtym = [
  j(
    '<em>brindle</em> "streaked, tawny with darker marks" + <em>-work</em>, on the model of <em>needlework</em> and',
    '<em>ironwork</em>. The earliest uses come from the account books of dyers in the wool towns of the northern coast, where',
    'the word named a finished bolt of streaked cloth rather than the pattern itself.',
  ),
  j(
    'The figurative sense, "a mixture of uneven parts," appears about a century later in sermons and pamphlets, usually with',
    'a note of disapproval: a <em>brindlework</em> of doctrine was one that had been patched together from incompatible',
    'sources. By the twentieth century the disapproval had mostly worn off, and reviewers began to use the word as praise.',
  ),
];
const hFirst = ['1689, in the meaning defined at sense 2'];
const hNav = ['Games & Quizzes', 'Thesaurus', 'Word of the Day', 'Grammar', 'Wordplay', 'Slang', 'Rhymes', 'Word Finder'];
const hNear = ['brindled', 'brindle moth', 'brindlework', 'brine', 'brine shrimp'];
const hRail = ['Lexical Lookout: 9 words that changed sides', 'Is it "grisly" or "grizzly"?', 'The words of the year that never caught on'];
const hGames = ['Spelling Tower', 'Name That Pattern', 'The Missing Vowel Quiz'];
const hFoot = [
  'Help',
  'About Us',
  'Advertising Info',
  'Dictionary API',
  'Contact Us',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Brindlework Definition &amp; Meaning - Halloway-Bright</title>
<meta name="description" content="The meaning of BRINDLEWORK is a pattern of irregular darker streaks laid over a lighter ground. How to use brindlework in a
sentence.">
<link rel="canonical" href="https://www.hallowaybright.example/dictionary/brindlework">
<meta property="og:title" content="Definition of BRINDLEWORK"><meta property="og:type" content="article">
<meta property="og:image" content="https://www.hallowaybright.example/assets/hb-og-image.png"><meta name="twitter:site" content="@HBDictionary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"brindlework",
"inDefinedTermSet":"https://www.hallowaybright.example/dictionary",
"description":"a pattern of irregular darker streaks laid over a lighter ground"}</script>
<script>window.mwdata = {}; window.mwdata.assetsDomain1 = 'https://www.hallowaybright.example'; window.mwdata.pageType = 'entry';
window.mwdata.ads = {"slots":["AD_SLOT_RIGHT_TOP","AD_SLOT_IN_ENTRY"],"refresh":30};</script>
<link rel="stylesheet" href="/dist-cross-dungarees/2026-03-02--14-11/css/final/entry.css"></head>
<body class="definitions-page jumplinks-enabled"><div class="outer-container"><div class="main-container">
<header class="top-header position-relative"><div class="header-content d-flex align-items-center">
<a href="/" class="logo-link" aria-label="Halloway-Bright Logo"><svg class="logo" width="41" height="41"></svg></a>
<form class="search-form" action="/dictionary" method="get"><input type="search" class="form-control search-input" placeholder="Search Dictionary"
aria-label="Search Dictionary" name="s"><button type="submit" class="btn search-button" aria-label="Search"></button></form>
<ul class="navigation">${links(hNav, 'nav-item')}</ul>
<div class="user-area"><a class="login-link" href="/login">Log In</a></div></div></header>
<div class="main-wrapper clearfix"><main><article><div id="left-content" class="col-12 col-lg-8">
<div class="entry-header-content d-flex flex-wrap align-items-baseline flex-row mb-0">
<h1 class="hword">${hTitle}</h1>
<h2 class="parts-of-speech"><a class="important-blue-link" href="/dictionary/noun">noun</a></h2></div>
<div class="word-syllables-prons-header-content"><span class="word-syllables-entry">brin·dle·work</span>
<span class="prons-entries-list-inline"><a class="play-pron-v2 prons-entry-list-item" data-file="brindl01">ˈbrin-dᵊl-ˌwərk</a></span></div>
<div class="widget save-share-widget"><a href="#" class="save-word-link">Save Word</a>
<div class="share-links"><a href="#" class="social-link fb">Share on Facebook</a> <a href="#" class="social-link tw">Share on X</a></div></div>
<div id="dictionary-entry-1" class="entry-word-section-container"><h2 class="function-label" id="definition">Definition</h2>
<div class="vg"><div class="vg-sseq-entry-item">
${hSenses
  .map(
    (s, i) => `<div class="sb has-num has-let"><span class="sb-${i} sb-entry"><span class="sense has-sn"><span class="sn sense-${i + 1}">${i + 1}</span>
<span class="dt"><strong class="mw_t_bc">:</strong> <span class="dtText">${s}</span></span></span></span></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="abl ad-in-entry"><span class="ad-label">Advertisement</span><div id="AD_SLOT_IN_ENTRY"></div></div>
<div id="examples" class="on-web-container"><h2 class="function-label">Examples of <em>brindlework</em> in a Sentence</h2>
<div class="in-sentences">${hExamples.map((e) => `<span class="sub-content-thread ex-sent sents">${e}</span>`).join('\n')}</div>
<p class="on-web-disclaimer">These examples are programmatically compiled from various online sources to illustrate current usage of the word. Any
opinions expressed in the examples do not represent those of Halloway-Bright or its editors.</p></div>
<div id="word-history" class="etymology-section"><h2 class="function-label">Word History</h2>
<h3 class="et-label">Etymology</h3><div class="etymology-content-section">${ps(hEtym, ' class="function-label-header"')}</div>
<h3 class="fkl-label">First Known Use</h3><div class="first-use-content-section">${ps(hFirst)}</div>
<div class="time-traveler-container"><p class="tt-header">Time Traveler</p><p>The first known use of <em>brindlework</em> was in 1689</p>
<a href="/time-traveler/1689">See more words from the same year</a></div></div>
<div id="dictionary-entries-near" class="related-words-section"><h2>Dictionary Entries Near <em>brindlework</em></h2>
<ul class="entries-near">${links(hNear)}</ul></div>
<div id="cite-this-entry" class="citation-section"><h2>Cite this Entry</h2><p class="citation-style">“Brindlework.” <em>Halloway-Bright.com Dictionary</em>,
Halloway-Bright, https://www.hallowaybright.example/dictionary/brindlework. Accessed 6 Mar. 2026.</p></div>
</div></article>
<aside id="right-rail" class="col-lg-4 d-none d-lg-block"><div class="abl ad-rail"><span class="ad-label">Advertisement</span><div
id="AD_SLOT_RIGHT_TOP"></div></div>
<div class="wotd-side-container"><p class="header-label">Word of the Day</p><a href="/word-of-the-day" class="wotd-word">larkspurred</a>
<a href="/word-of-the-day" class="see-def">See Definitions and Examples »</a></div>
<div class="ul-must-read"><p class="header-label">Popular in Wordplay</p><ul>${links(hRail)}</ul></div>
<div class="games-rail"><p class="header-label">Games & Quizzes</p><ul>${links(hGames)}</ul></div></aside></main></div>
<div class="newsletter-footer-container"><p class="nl-header">Love words? Need even more definitions?</p>
<p class="nl-sub">Subscribe to America’s largest dictionary and get thousands more definitions and advanced search—ad free!</p>
<form class="nl-form"><input type="email" placeholder="Your email address" aria-label="Your email address"><button type="submit">Subscribe
Now</button></form></div>
<footer class="global-footer"><ul class="footer-links">${links(hFoot)}</ul>
<p class="copyright">© 2026 Halloway-Bright, Incorporated</p></footer></div></div>
<script src="/dist-cross-dungarees/2026-03-02--14-11/js/final/entry.js" defer></script></body></html>`;
const hb: TestPage = {
  name: 'heldout428-halloway-bright-dictionary-entry',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: ['Definition', 'Examples of brindlework in a Sentence', 'Word History', 'Etymology', 'First Known Use'],
  body: texts([...hSenses, ...hExamples, ...hEtym, ...hFirst]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Log In', 'noun', 'brin·dle·work', 'ˈbrin-dᵊl-ˌwərk', 'Save Word', 'Share on Facebook', 'Share on X', 'Advertisement',
    'These examples are programmatically compiled from various online sources to illustrate current usage of the word.', 'Time Traveler',
    'The first known use of brindlework was in 1689', 'See more words from the same year', 'Dictionary Entries Near brindlework', 'brindled', 'brindle moth',
    'brine shrimp', 'Cite this Entry', 'Accessed 6 Mar. 2026.', 'Word of the Day', 'larkspurred', 'See Definitions and Examples »', 'Popular in Wordplay',
    ...hRail, ...hGames, 'Love words? Need even more definitions?',
    'Subscribe to America’s largest dictionary and get thousands more definitions and advanced search—ad free!', 'Subscribe Now', ...hFoot,
    '© 2026 Halloway-Bright, Incorporated',
  ],
};

export const HELDOUT428_A: readonly TestPage[] = [hb, wikt];
