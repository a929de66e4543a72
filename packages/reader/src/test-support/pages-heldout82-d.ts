import { links, type TestPage, texts } from './page-kit.js';
import { howstuffPage } from './pages-heldout82-d2.js';

/**
 * Held-out batch 82, file d: a dictionary word page shaped like Merriam-Webster's (header with the dictionary/thesaurus
 * search, the nav and account links, the left jump-link sidebar, the headword with part of speech, syllables and
 * pronunciation, numbered senses, "Did You Know?", example sentences with the "Recent Examples on the Web" disclaimer and
 * source credits, "Word History" with its labels and the "Time Traveler", "Dictionary Entries Near", "Cite this Entry", the
 * "Last Updated" line, the subscription promo, the Word of the Day rail and the footer), and a HowStuffWorks-style article
 * page 2 of 4 (file d2).
 */
const dwWord = 'quillage';
const dwSenses = [
  '<strong class="mw_t_bc">: </strong>the faint scratching sound made by many pens writing at once',
  '<strong class="mw_t_bc">: </strong>handwriting considered as a whole, especially with regard to its quality or style',
  '<strong class="mw_t_bc">: </strong><em>archaic</em> : a fee once charged by a scrivener for copying a document',
];
const dwKnow = [
  'If you have ever sat an exam in a crowded hall, you have heard <em>quillage</em>, even if you had no name for it. The word was coined from ' +
    '<em>quill</em>, the feather pen that was standard until the middle of the 19th century, and the suffix <em>-age</em>, which forms nouns ' +
    'for collections and for fees (think of <em>postage</em> or <em>foliage</em>).',
  'Both of those senses show up in its history. The earliest uses refer to the charge a copying clerk made per page, while the “sound” sense ' +
    'became popular with essayists who wrote nostalgically about schoolrooms and counting houses. Today the sound sense is by far the most ' +
    'common, and it has found new life in descriptions of crowded libraries and of people taking notes by hand at lectures.',
  'Writers sometimes reach for <em>quillage</em> when they want a word for handwriting that sounds a little grander than <em>penmanship</em>. ' +
    'That use is perfectly established, but it can sound mannered in everyday prose, so most style guides suggest keeping it for contexts ' +
    'where the history of writing by hand is part of the point.',
];
const dwExamples = [
  'The only noise in the reading room was the steady <em>quillage</em> of forty students copying the inscriptions.',
  'Her <em>quillage</em> was so neat that the registrar asked her to fill in the certificates.',
  'By midnight the <em>quillage</em> in the newsroom had given way to the clatter of typewriters.',
];
const dwRecent = [
  'The hall filled with the soft <em>quillage</em> of a hundred people signing the condolence books.',
  'There’s a particular <em>quillage</em> to a lecture theater where nobody has brought a laptop.',
];
const dwRecentCredits = ['Mara Lindqvist, The Harbor Review, 12 Sep. 2025', 'Devon Achterberg, Longhand Quarterly, 3 Mar. 2025'];
const dwEtym = ['<em>quill</em> entry 1 + <em>-age</em>; earliest in the sense “a scrivener’s fee,” later applied to the sound of pens at work'];
const dwFirstUse = ['1823, in the meaning defined at sense 3'];
const dwNav = ['Games & Quizzes', 'Word of the Day', 'Grammar', 'Wordplay', 'Rhymes', 'Word Finder', 'Thesaurus', 'Join HQ Unabridged'];
const dwAccount = ['Log In', 'My Words', 'Recents'];
const dwSide = ['Definition', 'Did You Know?', 'Example Sentences', 'Word History', 'Entries Near', 'Cite this Entry', 'Related Articles'];
const dwNear = ['quill', 'quillai', 'quill-driver', 'quillage', 'quillback', 'quilled', 'quillet'];
const dwRecentNote =
  'These examples are programmatically compiled from various online sources to illustrate current usage of the word ’quillage.’ Any opinions ' +
  'expressed in the examples do not represent those of Hallworth-Quinn or its editors. Send us feedback about these examples.';
const dwCite = ['Style', 'MLA', 'Chicago', 'APA', 'Hallworth-Quinn'];
const dwCiteText = '“Quillage.” Hallworth-Quinn.com Dictionary, Hallworth-Quinn, https://www.hallworthquinn.com/dictionary/quillage. Accessed 5 Nov. 2025.';
const dwShare = ['Share', 'Post the Definition of quillage to Facebook', 'Share the Definition of quillage on X'];
const dwUpdated = 'Last Updated: 21 Oct 2025 - Updated example sentences';
const dwPromo = [
  'Love words? Need even more definitions?',
  'Subscribe to America’s largest independent dictionary and get thousands more definitions and advanced search—ad free!',
  'Hallworth-Quinn Unabridged',
];
const dwWotd = ['Word of the Day', 'clement', 'See Definitions and Examples »', 'Get Word of the Day daily email!'];
const dwPopular = ['Popular in Grammar & Usage', 'Is it ‘affect’ or ‘effect’?', '8 Words for Lesser-Known Musical Instruments', 'Popular in Wordplay'];
const dwFoot = ['Help', 'About Us', 'Advertising Info', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const dwFootNews = 'Learn a new word every day. Delivered to your inbox!';
const dwCopy = '© 2025 Hallworth-Quinn, Incorporated';
const dwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quillage Definition &amp; Meaning - Hallworth-Quinn</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The meaning of QUILLAGE is the faint scratching sound
made by many pens writing at once. How to use quillage in a sentence.">
<link rel="canonical" href="https://www.hallworthquinn.com/dictionary/quillage">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Definition of QUILLAGE","url":
"https://www.hallworthquinn.com/dictionary/quillage","publisher":{"@type":"Organization","name":"Hallworth-Quinn"}}</script>
<link rel="stylesheet" href="/dist-cross-dungarees/2025-10-28--15-22-40-a9c1/css/final/dictionary-entry.css">
<script>window.mwdata={};window.mwdata.pageType="dictionary";window.mwdata.queryWord="quillage";window.mwdata.isAdFree=false;</script></head>
<body class="definitions-page jumplinks-enabled"><div class="outer-container"><div class="main-container">
<header class="top-header position-relative"><div class="header-left"><a class="logo" href="/" title="Hallworth-Quinn Logo"><img
src="/dist-cross-dungarees/images/hq-logo.png"
alt="Hallworth-Quinn Logo" width="41" height="41"></a></div>
<div class="search-container"><form class="search-form" action="/dictionary"><div class="search-toggle"><span
class="active">Dictionary</span><span>Thesaurus</span>
</div><input type="search" name="s" placeholder="Search Dictionary" aria-label="Search Dictionary" class="search-input"></form></div>
<nav class="header-nav" aria-label="Main"><ul class="header-nav-list">${links(dwNav, 'header-nav-item')}</ul></nav>
<div class="header-account"><ul>${links(dwAccount)}</ul></div></header>
<div class="container-fluid"><div class="row"><aside class="left-sidebar col-lg-2 d-none d-lg-block"><nav class="sticky-top jump-links"
aria-label="Jump links"><ul
class="list-unstyled">${dwSide.map((t, i) => `<li><a href="#jump-${i}" class="${i === 0 ? 'active' : ''}">${t}</a></li>`).join('\n')}</ul></nav></aside>
<main class="col-lg-8 main-wrapper"><div id="left-content" class="left-content">
<div id="dictionary-entry-1" class="entry-word-section-container"><div class="row entry-header"><div class="entry-header-content"><h1
class="hword">${dwWord}</h1>
<h2 class="parts-of-speech"><a class="important-blue-link" href="/dictionary/noun">noun</a></h2></div></div>
<div class="row entry-attr"><span class="word-syllables-entry">quill·​age</span> <span class="prons-entries-list-inline"><a
class="play-pron-v2 text-decoration-none"
data-file="quill001" title="How to pronounce quillage (audio)">ˈkwi-lij</a></span></div>
<div id="dictionary-entry-1-sense" class="vg" data-id="jump-0"><div class="vg-sseq-entry-item">${dwSenses
  .map(
    (s, i) => `<div class="sb has-num sb-${i}"><span class="sb-entry"><span class="sense has-sn"><span class="sn sense-${i + 1}">${i + 1}</span>
<span class="dt"><span class="dtText">${s}</span></span></span></span></div>`,
  )
  .join('\n')}</div></div></div>
<div id="did-you-know" class="did-you-know-wrapper" data-id="jump-1"><h2 class="widget-title">Did You
Know?</h2>${dwKnow.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="abl abl-m320-t300-d300" id="AD_SLOT_1"><div class="ad-label">Advertisement</div></div>
<div id="examples" class="on-web-container" data-id="jump-2"><h2 class="ex-header">Examples of <em>quillage</em> in a Sentence</h2>
<div class="in-sentences">${dwExamples.map((e) => `<span class="ex-sent first-child t no-aq sents">${e}</span>`).join('\n')}</div>
<h3 class="ex-header-sub">Recent Examples on the Web</h3><div class="on-web t">${dwRecent
  .map((e, i) => `<div class="sub-content-thread ex-sent"><span class="t">${e}</span> <span class="auth">— ${dwRecentCredits[i]}</span></div>`)
  .join('\n')}</div><p class="ex-disclaimer">${dwRecentNote}</p></div>
<div id="word-history" class="etymology-content-section" data-id="jump-3"><h2>Word History</h2><div class="etymology-section">
<p class="function-label">Etymology</p><p class="et">${dwEtym[0]}</p><p class="function-label">First Known Use</p><p class="fl-xref">${dwFirstUse[0]}</p>
<p class="function-label">Time Traveler</p><p class="time-traveler">The first known use of <em>quillage</em> was in 1823</p>
<a href="/time-traveler/1823" class="time-traveler-link">See more words from the same year</a></div></div>
<div id="nearby-entries" class="nearby-entries" data-id="jump-4"><h2>Dictionary Entries Near <em>quillage</em></h2><ul>${links(dwNear)}</ul></div>
<div id="cite-this-entry" class="cite-this-entry" data-id="jump-5"><h2>Cite this Entry</h2><div class="cite-style"><span>${dwCite[0]}</span>
<ul class="cite-tabs">${dwCite
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div><p class="cite-text">${dwCiteText}</p></div>
<div class="social-share"><span class="share-title">${dwShare[0]}</span><a href="#" aria-label="${dwShare[1]}" class="social-link"><span
class="sr-only">${dwShare[1]}</span>
</a><a href="#" aria-label="${dwShare[2]}" class="social-link"><span class="sr-only">${dwShare[2]}</span></a></div>
<p class="last-updated">${dwUpdated}</p>
<div class="more-from"><h2>More from Hallworth-Quinn on <em>quillage</em></h2><p><a href="/thesaurus/quillage">Thesaurus: All synonyms and antonyms for
<em>quillage</em></a></p></div>
<div class="subscribe-promo"><p class="subscribe-promo-title">${dwPromo[0]}</p><p>${dwPromo[1]}</p><a
href="https://unabridged.hallworthquinn.com/subscriber/register"
class="btn">${dwPromo[2]}</a></div></div></main>
<aside class="right-rail col-lg-2"><div class="wotd-side-panel"><h2 class="wotd-title">${dwWotd[0]}</h2><p class="wotd-word">${dwWotd[1]}</p><a
href="/word-of-the-day"
>${dwWotd[2]}</a><p class="wotd-email">${dwWotd[3]}</p></div><div class="abl" id="AD_SLOT_RR"><div class="ad-label">Advertisement</div></div>
<div class="popular-panel"><h2>${dwPopular[0]}</h2><ul>${links(dwPopular.slice(1, 3))}</ul><h2>${dwPopular[3]}</h2></div></aside></div></div>
<footer class="global-footer"><p class="footer-newsletter">${dwFootNews}</p><ul class="footer-links">${links(dwFoot)}</ul><p class="copyright">${dwCopy}</p>
</footer></div></div><script src="/dist-cross-dungarees/2025-10-28--15-22-40-a9c1/js/final/dictionary-entry.js" defer></script></body></html>`;
const dictionaryPage: TestPage = {
  html: dwHtml,
  name: 'heldout82-merriam-webster-style-word-page',
  kind: 'wiki',
  // the entry's article: the senses (each with its leading ": "), "Did You Know?" paragraphs, the example sentences (the
  // web examples too), the etymology and the first-use line are body; the headword's part of speech, syllables,
  // pronunciation, sense numbers and the "Etymology" / "First Known Use" labels are in neither list; the web examples'
  // source credits, their disclaimer, the jump links (those equal to headings left out), the "Time Traveler", entries
  // near, citation box, share links, promo, rail and footer are furniture; "Last Updated" is a byline
  title: dwWord,
  headings: ['Did You Know?', 'Examples of quillage in a Sentence', 'Word History'],
  body: texts([...dwSenses, ...dwKnow, ...dwExamples, ...dwRecent, ...dwEtym, ...dwFirstUse]),
  bylines: [dwUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Dictionary', 'Thesaurus', ...dwNav, ...dwAccount, 'Definition', 'Example Sentences', 'Entries Near', 'Cite this Entry',
    'Related Articles', 'Advertisement', 'Recent Examples on the Web', ...dwRecentCredits.map((c) => `— ${c}`), dwRecentNote, 'Time Traveler',
    'The first known use of quillage was in 1823', 'See more words from the same year', 'Dictionary Entries Near quillage',
    ...dwNear.filter((w) => w !== 'quillage' && w !== 'quill'), ...dwCite, dwCiteText, ...dwShare, 'More from Hallworth-Quinn on quillage',
    'Thesaurus: All synonyms and antonyms for quillage', ...dwPromo, ...dwWotd, ...dwPopular, dwFootNews, ...dwFoot, dwCopy,
  ])],
};

export const HELDOUT82_D: readonly TestPage[] = [dictionaryPage, howstuffPage];
