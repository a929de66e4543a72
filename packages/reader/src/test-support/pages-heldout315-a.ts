import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout315-kit.js';

/**
 * Held-out batch 315, file a: a Merriam-Webster-style dictionary entry (entry header with pronunciation and part of speech,
 * numbered senses, editors' example sentences, the automated "Recent Examples on the Web" block, word history, first known
 * use, Time Traveler, entries near, cite box, the cookie banner and the footer) and a Thesaurus.com-style synonym page built
 * with Next.js markup (hashed classes, strength-of-match synonym lists, antonyms, a synonym study, ads and a quiz promo).
 */
const mwWord = 'brindlework';
const mwSenses = [
  '<strong class="mw_t_bc">: </strong>fine ornamental stitching worked in two or more shades of thread so that the colours seem to streak into each other',
  j(
    '<strong class="mw_t_bc">: </strong>a pattern or surface marked with streaks of a darker shade, as on worn leather, weathered',
    'boards, or the hide of a brindled animal',
  ),
  '<strong class="mw_t_bc">: </strong>work that is patched together from mismatched parts and yet holds up better than expected',
];
const mwExamples = [
  'The saddle had been repaired so many times that its flanks were nothing but <em>brindlework</em>.',
  'Her grandmother taught her <em>brindlework</em> on winter evenings, using the ends of skeins left over from larger jobs.',
  'The committee’s final report was a piece of <em>brindlework</em>, but it passed without a single amendment.',
];
const mwHistory = [
  j(
    'The word comes from <em>brindle</em>, an older form of <em>brinded</em>, "marked with streaks", combined with <em>work</em> in its',
    'sense of "needlework". It first turns up in the account books of a harness maker in Norwich, where it names a kind of',
    'two-colour stitching used to hide repairs on saddle flaps.',
  ),
  j(
    'By the middle of the nineteenth century the word had drifted from the workshop into general speech, and writers began',
    'to use it for anything assembled from odds and ends. The figurative sense, now the most common in print, still keeps',
    'a trace of the old craft pride: <em>brindlework</em> is patched, but it is patched well.',
  ),
];
const mwFirstUse = 'circa 1742, in the meaning defined at sense 1';
const mwRecent = [
  'The new library’s façade is a careful brindlework of reclaimed brick and pale stone. — Lorna Tey, Harbour Ledger, 3 Feb. 2026',
  'Its plot is brindlework, stitched from three earlier drafts, and it shows. — Cass Odum, Fenwick Review, 12 Dec. 2025',
];
const mwNav = ['Games & Quizzes', 'Word of the Day', 'Grammar', 'Word Finder', 'Slang', 'Rhymes', 'Thesaurus', 'Join MWU'];
const mwNear = ['brindle moth', 'brindle cattle', 'brindlework', 'brine shrimp', 'brinell hardness'];
const mwFoot = ['Help', 'About Us', 'Advertising Info', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const mwHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Brindlework Definition &amp; Meaning - Merriam-Webster</title>
<meta name="description" content="The meaning of BRINDLEWORK is fine ornamental stitching worked in two or more shades of thread.">
<link rel="canonical" href="https://www.merriam-webster.com/dictionary/brindlework">
<meta property="og:title" content="Definition of BRINDLEWORK"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"brindlework","inDefinedTermSet":"Merriam-Webster"}</script>
<script>window.mwdata = {"pageType":"dictionary","entry":"brindlework","ads":{"slots":["AD_LEFT","AD_RIGHT_RAIL"]}};</script>
</head><body class="definitions-page">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to personalize content and ads and to analyze our traffic.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<header class="global-header"><div class="header-top"><a class="logo" href="/" title="Merriam-Webster Logo"></a>
<form class="search-form" action="/dictionary"><input type="search" name="s" placeholder="Search Dictionary"></form>
<ul class="nav-menu">${links(mwNav, 'nav-item')}</ul><a class="sign-up" href="/login">Log In</a></div></header>
<div class="main-wrapper"><div class="left-rail" id="left-content">
<div class="entry-word-section-container"><div class="row entry-header"><div class="col-12">
<div class="entry-header-content d-flex flex-wrap align-items-baseline">
<h1 class="hword">${mwWord}</h1><h2 class="parts-of-speech"><a class="important-blue-link" href="/dictionary/noun">noun</a></h2></div>
<div class="word-syllables-prons-header-content"><span class="word-syllables-entry">brin·dle·work</span>
<span class="prons-entries-list-inline"><a class="play-pron-v2 prons-entry-list-item" data-lang="en_us">ˈbrin-dᵊl-ˌwərk</a></span></div>
</div></div>
<div class="vg"><div class="sb has-num"><div class="sb-0 sb-entry"><div class="sense has-sn">
<span class="sn sense-1">1</span><span class="dt "><span class="dtText">${mwSenses[0]}</span></span></div></div>
<div class="sb-1 sb-entry"><div class="sense has-sn"><span class="sn sense-2">2</span>
<span class="dt "><span class="dtText">${mwSenses[1]}</span></span></div></div>
<div class="sb-2 sb-entry"><div class="sense has-sn"><span class="sn sense-3">3</span>
<span class="dt "><span class="dtText">${mwSenses[2]}</span></span></div></div></div></div></div>
<div class="widget more_defs"><a href="#" class="see-more">See the full definition</a></div>
<div id="ad-left-mid" class="ad-wrapper"><span class="ad-label">Advertisement</span><div id="AD_LEFT"></div></div>
<div id="examples" class="examples-box"><h2 class="function-label">Examples of <em>brindlework</em> in a Sentence</h2>
<div class="on-web-container"><div class="in-sentences">
${mwExamples.map((e) => `<span class="ex-sent first-child t no-aq sents">${e}</span>`).join('\n')}</div>
<h3 class="ex-header">Recent Examples on the Web</h3>
${mwRecent.map((e) => `<span class="ex-sent has-aq sents">${e}</span>`).join('\n')}
<p class="on-web-disclaimer"><em>These examples are programmatically compiled from various online sources to illustrate current usage of the
word 'brindlework.' Any opinions expressed in the examples do not represent those of Merriam-Webster or its editors.</em>
<a href="/feedback">Send us feedback</a> about these examples.</p></div></div>
<div id="word-history" class="word-history-section"><h2>Word History</h2><p class="function-label">Etymology</p>
<div class="etymology-content-section">${ps(mwHistory, ' class="et"')}</div>
<h3 class="first-known-heading">First Known Use</h3><p class="ety-sl">${mwFirstUse}</p>
<h3 class="time-traveler-heading">Time Traveler</h3><p class="tt-text">The first known use of <em>brindlework</em> was
<a href="/time-traveler/1742">circa 1742</a></p><p class="tt-link"><a href="/time-traveler/1742">See more words from the same year</a></p></div>
<div id="nearby-entries" class="dictionary-entry-nearby"><h2>Dictionary Entries Near <em>brindlework</em></h2>
<ul class="nearby-list">${links(mwNear, 'b-link')}</ul></div>
<div id="cite-entry"><h2>Cite this Entry</h2><p class="cite-styles">“Brindlework.” <em>Merriam-Webster.com Dictionary</em>,
Merriam-Webster, https://www.merriam-webster.com/dictionary/brindlework. Accessed 4 Mar. 2026.</p>
<div class="share-links"><span>Share</span><a class="social-fb" href="#">Post the Definition of <em>brindlework</em> to Facebook</a>
<a class="social-tw" href="#">Share the Definition of <em>brindlework</em> on Twitter</a></div></div></div>
<aside class="right-rail"><div class="ad-wrapper"><span class="ad-label">Advertisement</span><div id="AD_RIGHT_RAIL"></div></div>
<div class="wotd-side"><h2>Word of the Day</h2><a href="/word-of-the-day"><span class="wotd-word">lucubrate</span></a>
<p><a href="/word-of-the-day">See Definitions and Examples »</a></p>
<p class="wotd-sign-up">Get Word of the Day daily email!</p></div>
<div class="games-side"><h2>Test Your Vocabulary</h2><p><a href="/games/name-that-thing">Name That Thing</a></p>
<p><a href="/games/spelling-bee">Take the quiz: Odd Spellings</a></p></div></aside></div>
<footer class="global-footer"><ul class="footer-links">${links(mwFoot)}</ul>
<p class="copyright">© 2026 Merriam-Webster, Incorporated</p></footer></body></html>`;

const mw: TestPage = {
  name: 'heldout315-merriam-webster-wiki',
  kind: 'wiki',
  html: mwHtml,
  title: mwWord,
  headings: ['Examples of brindlework in a Sentence', 'Word History'],
  body: [...texts(mwSenses), ...texts(mwExamples), ...texts(mwHistory)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All Cookies', 'Cookies Settings', ...mwNav,
    'Log In', 'noun', 'brin·dle·work', 'ˈbrin-dᵊl-ˌwərk', 'See the full definition', 'Advertisement', 'Recent Examples on the Web', ...mwRecent,
    "These examples are programmatically compiled from various online sources to illustrate current usage of the word 'brindlework.'",
    'Send us feedback', 'Etymology', 'First Known Use', mwFirstUse, 'Time Traveler', 'The first known use of brindlework was circa 1742',
    'See more words from the same year', 'Dictionary Entries Near brindlework', 'brindle moth', 'brindle cattle', 'brine shrimp', 'brinell hardness',
    'Cite this Entry', 'Merriam-Webster.com Dictionary', 'Accessed 4 Mar. 2026.', 'Share', 'Post the Definition of brindlework to Facebook',
    'Share the Definition of brindlework on Twitter', 'Word of the Day', 'lucubrate', 'See Definitions and Examples »', 'Get Word of the Day daily email!',
    'Test Your Vocabulary', 'Name That Thing', 'Take the quiz: Odd Spellings', ...mwFoot, '© 2026 Merriam-Webster, Incorporated',
  ],
};

const tsWord = 'brisk';
const tsSense = 'adjective as in energetic, quick';
const tsStrongest = ['energetic', 'lively', 'quick', 'snappy', 'spry', 'vigorous', 'zippy'];
const tsStrong = ['active', 'agile', 'bustling', 'expeditious', 'nimble', 'speedy', 'spirited', 'swift'];
const tsWeak = ['alert', 'animated', 'busy', 'crisp', 'effective', 'keen', 'stimulating', 'vital'];
const tsAnt = ['lethargic', 'listless', 'slow', 'sluggish', 'torpid'];
const tsSense2 = 'adjective as in cold and refreshing';
const tsStrongest2 = ['bracing', 'chilly', 'fresh', 'invigorating', 'nippy'];
const tsStudy = [
  j(
    '<em>Brisk</em>, <em>quick</em> and <em>swift</em> all describe speed, but they do not weigh the same. <em>Quick</em> is the plain,',
    'all-purpose choice; it says only that little time passed. <em>Swift</em> adds smoothness and often a certain grace, which is why',
    'it suits rivers, birds and decisions that go well.',
  ),
  j(
    '<em>Brisk</em> leans toward energy and purpose rather than raw speed. A brisk walk is not a run; it is a walk taken with',
    'intent. A brisk manner can be efficient and pleasant, but it can also shade into curtness, as when a clerk gives a brisk',
    'answer and turns to the next customer.',
  ),
  j(
    'Used of weather, <em>brisk</em> means cool and fresh in a way that wakes you up. <em>Nippy</em> and <em>chilly</em> point more',
    'plainly at the cold, while <em>bracing</em> and <em>invigorating</em> keep the sense that the cold does you good.',
  ),
];
const tsNav = ['Dictionary', 'Thesaurus', 'Sentences', 'Grammar', 'Vocabulary', 'Usage', 'Reading & Writing', 'Games'];
const tsTrend = ['ephemeral', 'cogent', 'ubiquitous', 'candor', 'ameliorate'];
const tsFoot = ['About', 'Careers', 'Contact us', 'Cookies, terms, & privacy', 'Help', 'Follow us'];
const word = (w: string): string => `<li class="Y3A1jjAsFvMn6tOd1wF0"><a class="Cil3vYUkZ9Rt0cX4O3Oq" data-linkid="nn1ov4" href="/browse/${w}">${w}</a></li>`;
const group = (label: string, words: readonly string[]): string => `<div class="QXhVD4zXdAnJKNytqXmK" data-type="synonym-strength">
<p class="Xd0r6Fk7R2lkUi3GqQ4m">${label}</p><ul class="BPbhLyIU5GI8GNXUM7Wn">${words.map(word).join('')}</ul></div>`;
const tsHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>BRISK Synonyms: 124 Similar and Opposite Words | Thesaurus.com</title>
<meta name="description" content="Find 124 different ways to say BRISK, along with antonyms, related words, and example sentences at Thesaurus.com.">
<meta property="og:site_name" content="Thesaurus.com"><link rel="canonical" href="https://www.thesaurus.com/browse/brisk">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"BRISK Synonyms","publisher":"Dictionary.com, LLC"}</script>
<link rel="preload" href="/_next/static/css/8a1f0b2d9e.css" as="style"></head><body><div id="__next">
<div class="fc-consent-root" role="dialog"><div class="fc-dialog-content"><p class="fc-dialog-headline">Thesaurus.com asks for your consent to use
your personal data to:</p><p class="fc-dialog-body">Personalised advertising and content, advertising and content measurement, audience research
and services development</p><button class="fc-cta-consent"><p class="fc-button-label">Consent</p></button>
<button class="fc-cta-manage-options"><p class="fc-button-label">Manage options</p></button></div></div>
<header class="o4fMAd4yfp8K1T8_pJ8g" data-type="site-header"><a href="/" aria-label="Thesaurus.com home" class="TgA4pvT2N5XmP7MNQxoE"></a>
<nav class="Cn2fiCPLkeKsu9ZuE1vS"><ul>${links(tsNav, 'D0ps6wT0Y5U9oI3DsOzh')}</ul></nav>
<form role="search" class="PwuWbGXNbVMrHdEe2tJB"><input aria-label="Search" placeholder="Start typing a word"></form></header>
<main class="WqZk1Nc42xRZyR5Q6pJY"><div class="xrpwHdasvu2xYP7W6qKo" data-type="ad-leaderboard"><span>Advertisement</span></div>
<section class="L6g2OiPswxxQGmlNiWyp" data-type="synonym-and-antonym-card"><div class="Zq9ZZPMWh9tLx8A2hUo4">
<h1 class="elMfuCTjKMwxJFfYQkbW">${tsWord}</h1><p class="HktIfKj6v8dXWiMwQIdC">[ brisk ]</p>
<p class="Zq9ZZPMWh9tLx8A2hUo5">Synonyms</p></div>
<div class="xBrokOGDmi1yyCPrMzI8" data-type="word-definitions"><button class="ew5CdSP5W3vJK3kGKTlp" aria-selected="true">${tsSense}</button>
<button class="ew5CdSP5W3vJK3kGKTlp" aria-selected="false">${tsSense2}</button></div>
<div class="ZAMmG9U6aU4HKFjHCRSS" data-type="synonyms-pane"><h2 class="S5l1F5D5_yvuG7bbT9VD">Synonyms for ${tsWord}</h2>
<p class="HP1BTj2YB9lMFrkXAIkB"><strong>${tsSense}</strong></p>
${group('Strongest matches', tsStrongest)}
${group('Strong matches', tsStrong)}
${group('Weak matches', tsWeak)}
<p class="HP1BTj2YB9lMFrkXAIkB"><strong>${tsSense2}</strong></p>
${group('Strongest match', tsStrongest2)}</div>
<div class="ZAMmG9U6aU4HKFjHCRSS" data-type="antonyms-pane"><h2 class="S5l1F5D5_yvuG7bbT9VD">Antonyms for ${tsWord}</h2>
${group('Strongest matches', tsAnt)}</div>
<div class="tcn2TEXsxz5sVJa5SWgY" data-type="ad-inline"><span>Advertisement</span></div></section>
<section class="xdt8QMslLeSUy1x1IxPa" data-type="synonym-study"><h2 class="S5l1F5D5_yvuG7bbT9VD">Choosing between brisk, quick and swift</h2>
<div class="ESah86zaufmd2_wmDDil">${ps(tsStudy, ' class="PZq6z7e8UKzPD1X9ZRJc"')}</div></section>
<section class="tKcmNwmSsTwVXaKwZ8Ux" data-type="quiz-promo"><p class="QuizPromo_title">Can you ace this brisk vocabulary quiz?</p>
<a href="/games/quizzes" class="QuizPromo_cta">Start the quiz</a></section>
<aside class="pWcsbYUXuS1kvCZLszo3" data-type="trending"><h2>Trending Words</h2><ul>${links(tsTrend)}</ul></aside></main>
<footer class="ZuVG8LWhDHPWYpWGgJxX"><ul>${links(tsFoot)}</ul><p>© 2026 Dictionary.com, LLC</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"word":"brisk","slugLuna":"brisk"}},"page":"/browse/[word]"}</script>
</body></html>`;

const thesaurus: TestPage = {
  name: 'heldout315-thesaurus-com-wiki',
  kind: 'wiki',
  html: tsHtml,
  title: tsWord,
  headings: ['Synonyms for brisk', 'Antonyms for brisk', 'Choosing between brisk, quick and swift'],
  body: [tsSense, ...tsStrongest, ...tsStrong, ...tsWeak, tsSense2, ...tsStrongest2, ...tsAnt, ...texts(tsStudy)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thesaurus.com asks for your consent to use your personal data to:', 'Consent', 'Manage options',
    'Personalised advertising and content, advertising and content measurement, audience research and services development',
    ...tsNav, 'Advertisement', '[ brisk ]', 'Synonyms', 'Strongest matches', 'Strong matches', 'Weak matches', 'Strongest match',
    'Can you ace this brisk vocabulary quiz?', 'Start the quiz', 'Trending Words', ...tsTrend, ...tsFoot, '© 2026 Dictionary.com, LLC',
  ],
};

export const HELDOUT315_A: readonly TestPage[] = [mw, thesaurus];
