import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout356-kit.js';

/**
 * Held-out batch 356, file a: a Project Gutenberg HTML book (the pg-header with the machine header, the book's title page,
 * the table of contents, two chapters with an illustration and its caption, a transcriber's note and the pg-footer licence)
 * and a Wikisource work page (Vector 2022 skin, the header template with previous / next links and notes, the licence
 * template, the side menu, the tools and the footer).
 */
const gTitle = 'THE FERRYMAN OF COLDMARSH';
const gCh1 = [
  j(
    'The ferry at Coldmarsh had been kept by a Penhallow for as long as the parish had kept a register, and Amos Penhallow,',
    'who kept it in the year of the great frost, was of the opinion that the river had been made chiefly for his inconvenience.',
  ),
  j(
    'He was a broad, slow man with a voice like a barrel rolled down a cellar step, and he spoke to the river more often than',
    'to his neighbours. The river, for its part, rose when he wished it to fall, and froze when he had a cart waiting on the far bank.',
  ),
  j(
    'On the morning this history begins, the water lay black and still between two shelves of ice, and a girl in a grey cloak',
    'stood on the landing stage with a basket on her arm and a letter in her hand. She asked to be taken across, and she asked',
    'it in a voice that Amos had not heard in Coldmarsh before.',
  ),
  '“The fare is a penny,” said he, “and twopence when the ice is in.”',
  '“Then it is twopence,” said the girl, and paid it without a word more, which astonished him greatly.',
];
const gCh2 = [
  j(
    'The letter was addressed to the Reverend Josiah Marrable, and Amos, who could read a little when nobody was watching,',
    'made out the name as the girl turned it in her gloved fingers. The Reverend Marrable had been dead since Michaelmas.',
  ),
  j(
    'He did not tell her so. He told himself afterwards that it was not his business to carry news, only passengers; but the',
    'truth was that he had no notion how to say such a thing to a stranger in the middle of a frozen river.',
  ),
  j(
    'They landed at the Marsh End stage as the church clock struck nine. The girl thanked him, gathered her cloak and went up',
    'the causeway towards the parsonage, and Amos stood with the pole in his hands and watched her go until the mist took her.',
  ),
  j(
    'It was Widow Tregear who found him there an hour later, still watching. “You will catch your death,” said she; and he',
    'answered that he had caught worse things on that river, and that death would have to wait its turn like everybody else.',
  ),
];
const gContents = ['I. THE GIRL ON THE LANDING STAGE', 'II. A LETTER FOR A DEAD MAN', 'III. THE WIDOW TREGEAR', 'IV. THE THAW'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Project Gutenberg eBook of The Ferryman of Coldmarsh, by Tamsin Ould</title>
<link rel="icon" href="images/cover.jpg" type="image/x-cover"><meta name="generator" content="Ebookmaker 0.12.42 by Project Gutenberg">
<meta property="og:title" content="The Ferryman of Coldmarsh"><meta property="og:type" content="Text">
<meta name="dcterms.creator" content="Ould, Tamsin, 1841-1907"><meta name="dcterms.language" content="en">
<link rel="schema.dc" href="http://purl.org/dc/elements/1.1/"><link rel="schema.dcterms" href="http://purl.org/dc/terms/">
<style>body { margin-left: 10%; margin-right: 10%; } h1, h2 { text-align: center; clear: both; } .caption { font-size: small; }</style>
</head><body><section class="pg-boilerplate pgheader" id="pg-header" lang="en">
<h2 id="pg-header-heading" title="">The Project Gutenberg eBook of <span lang="en" id="pg-title-no-subtitle">The Ferryman of Coldmarsh</span></h2>
<div>This ebook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost no
restrictions whatsoever.</div>
<div class="container" id="pg-machine-header"><p><strong>Title</strong>: The Ferryman of Coldmarsh</p>
<div id="pg-header-authlist"><p><strong>Author</strong>: Tamsin Ould</p></div>
<p><strong>Release date</strong>: February 11, 2026 [eBook #80114]</p><p><strong>Language</strong>: English</p>
<p><strong>Credits</strong>: Hollis Farrant and the Online Distributed Proofreading Team</p></div>
<div id="pg-start-separator"><span>*** START OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF COLDMARSH ***</span></div></section>
<div class="transnote"><p><b>Transcriber’s Note:</b> Obvious printer’s errors have been silently corrected; dialect spellings are as printed.</p></div>
<h1>THE FERRYMAN OF COLDMARSH</h1>
<p class="center">A TALE OF THE FEN COUNTRY</p><p class="center">BY<br>
TAMSIN OULD</p>
<p class="center">LONDON<br>
HARTWELL &amp; BRISCOE, PATERNOSTER ROW<br>
1889</p>
<hr class="chap x-ebookmaker-drop"><h2 class="nobreak" id="CONTENTS">CONTENTS</h2>
<table class="toc" summary="Contents"><tbody>
${gContents.map((c, i) => `<tr><td class="tdr"><a href="#CHAPTER_${i + 1}" class="pginternal">${c}</a></td><td class="tdr">${1 + i * 14}</td></tr>`).join('\n')}
</tbody></table>
<hr class="chap x-ebookmaker-drop"><div class="chapter"><h2 class="nobreak" id="CHAPTER_1">CHAPTER I.<br>
THE GIRL ON THE LANDING STAGE</h2>
<span class="pagenum" id="Page_1">[1]</span>
${ps(gCh1)}
<div class="figcenter" style="width: 400px;"><img src="images/i_006.jpg" width="400" alt="" id="id-4472">
<p class="caption">“THE FARE IS A PENNY,” SAID HE.</p></div></div>
<hr class="chap x-ebookmaker-drop"><div class="chapter"><h2 class="nobreak" id="CHAPTER_2">CHAPTER II.<br>
A LETTER FOR A DEAD MAN</h2>
<span class="pagenum" id="Page_15">[15]</span>
${ps(gCh2)}
</div>
<section class="pg-boilerplate pgheader" id="pg-footer" lang="en">
<div id="pg-end-separator"><span>*** END OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF COLDMARSH ***</span></div>
<div>Updated editions will replace the previous one—the old editions will be renamed.</div>
<h2 id="pg-footer-heading">START: FULL LICENSE</h2>
<div>THE FULL PROJECT GUTENBERG LICENSE</div><div>PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK</div>
<div>Project Gutenberg™ is synonymous with the free distribution of electronic works in formats readable by the widest variety of computers.</div>
</section></body></html>`;
const gutenberg: TestPage = {
  name: 'heldout356-project-gutenberg-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: ['CHAPTER I. THE GIRL ON THE LANDING STAGE', 'CHAPTER II. A LETTER FOR A DEAD MAN'],
  body: texts([...gCh1, ...gCh2]),
  bylines: ['Author: Tamsin Ould', 'Release date: February 11, 2026 [eBook #80114]', 'BY TAMSIN OULD'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Project Gutenberg eBook of The Ferryman of Coldmarsh',
    j('This ebook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost no',
      'restrictions whatsoever.'),
    'Title: The Ferryman of Coldmarsh', 'Language: English', 'Credits: Hollis Farrant and the Online Distributed Proofreading Team',
    '*** START OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF COLDMARSH ***',
    'Transcriber’s Note: Obvious printer’s errors have been silently corrected; dialect spellings are as printed.',
    'A TALE OF THE FEN COUNTRY', 'LONDON HARTWELL & BRISCOE, PATERNOSTER ROW 1889', 'CONTENTS', ...gContents, '[1]', '[15]',
    '“THE FARE IS A PENNY,” SAID HE.', '*** END OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF COLDMARSH ***',
    'Updated editions will replace the previous one—the old editions will be renamed.', 'START: FULL LICENSE', 'THE FULL PROJECT GUTENBERG LICENSE',
    'PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK',
    'Project Gutenberg™ is synonymous with the free distribution of electronic works in formats readable by the widest variety of computers.',
  ],
};

const wTitle = 'The Keeping of Bees in Winter';
const wBody = [
  j(
    'There is no season in which the bee-keeper is so much tempted to meddle, and none in which meddling does so much harm, as',
    'the months between the last ivy bloom and the first willow catkin. The hive that is left alone in November is, nine times',
    'in ten, the hive that swarms in May.',
  ),
  j(
    'The colony does not sleep, as many cottagers suppose. It draws together into a ball upon the combs, the workers on the',
    'outside packed close as the scales of a fir cone, and those within shivering their wings to make a warmth that a careful',
    'hand may feel through the crown board on the coldest morning.',
  ),
  'The Stores',
  j(
    'A strong stock will want from twenty to thirty pounds of honey to carry it to the spring. The weight is best judged by',
    'hefting the hive from behind in October, once the brood is done; a hive that will hardly rise from the stand is safe, and',
    'one that lifts easily must be fed at once, before the cold makes the bees unwilling to take syrup.',
  ),
  'The Hive',
  j(
    'Damp kills more bees than frost. The hive should stand a little higher at the back than at the front, so that the wet of',
    'the cluster runs out at the door, and the roof should be tight without being airless. I have seen whole apiaries lost',
    'under a good thatch because the owner stopped every crack against the wind.',
  ),
  'The following are the rules I have given my own neighbours for thirty winters:',
  'Do not open the hive between the first frost and the first warm day of March.',
  'Narrow the entrance to a finger’s width, and keep it clear of dead bees after snow.',
  'Set a tile or a board against the door when the sun lies on snow, lest the bees be tempted out and chilled.',
  'Keep mice out with a strip of perforated zinc; a mouse in a hive eats comb, bees and all.',
  j(
    'The bee-keeper who has done these things may sit by his own fire with a clear conscience, and leave the rest to the bees,',
    'who have managed their winters very well for a good deal longer than we have managed ours.',
  ),
];
const wParas = wBody.filter((_, i) => i !== 2 && i !== 4);
const wItems = wBody.slice(7, 11);
const wSide = ['Main Page', 'Community portal', 'Central discussion', 'Recent changes', 'Subject index', 'Authors', 'Random work', 'Random author'];
const wHelp = ['Help', 'Display options', 'Donate'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page'];
const wFoot = ['Privacy policy', 'About Wikisource', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>The Keeping of Bees in Winter - Wikisource, the free online library</title>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgCanonicalNamespace":"","wgPageName":"The_Keeping_of_Bees_in_Winter",
"wgTitle":"The Keeping of Bees in Winter","wgCurRevisionId":14820331,"wgIsArticle":true,"wgAction":"view"});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.wikisource.HeaderTemplate%7Cskins.vector.styles&amp;skin=vector-2022">
<meta property="og:title" content="The Keeping of Bees in Winter - Wikisource, the free online library">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"The Keeping of Bees in Winter",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"datePublished":"2019-05-14T08:12:40Z"}</script>
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-The_Keeping_of_Bees_in_Winter">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Wikisource</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Wikisource" id="searchInput"></form></div>
<nav class="vector-user-links"><ul><li id="pt-createaccount"><a href="/wiki/Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/wiki/Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="vector-main-menu" class="vector-menu">
<div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul>
<div class="vector-menu-heading">Help and info</div><ul class="vector-menu-content-list">${links(wHelp, 'mw-list-item')}</ul></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">The Keeping of Bees in Winter</span></h1></header>
<div class="vector-page-toolbar"><nav id="p-associated-pages"><ul><li id="ca-nstab-main" class="selected"><a href="#">Text</a></li>
<li id="ca-talk"><a href="/wiki/Talk:The_Keeping_of_Bees_in_Winter">Discussion</a></li></ul></nav>
<nav id="p-views"><ul><li id="ca-view" class="selected"><a href="#">Read</a></li><li id="ca-edit"><a href="?action=edit">Edit</a></li>
<li id="ca-history"><a href="?action=history">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikisource</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="wst-header-mainblock ws-header ws-noexport noprint dynlayout-exempt" id="headertemplate">
<div class="wst-header-structure"><div class="wst-header-left header-prev"><a href="/wiki/On_the_Cutting_of_Osiers">←On the Cutting of Osiers</a></div>
<div class="wst-header-central header-title"><span id="header-title-text"><b>The Keeping of Bees in Winter</b> (1894)</span>
<br>by <span class="author-name"><a href="/wiki/Author:Hesper_Coldridge">Hesper Coldridge</a></span></div>
<div class="wst-header-right header-next"><a href="/wiki/A_Calendar_of_the_Hedgerow">A Calendar of the Hedgerow→</a></div></div>
<div class="wst-header-notes header-notes" id="navigationNotes"><div class="wst-header-notes-content">
<p>First printed in <i>The Provincial Almanac and Husbandman’s Companion</i> for November 1894.</p></div></div></div>
<div class="prp-pages-output" lang="en">
${ps(wBody.slice(0, 2))}
<h3><span class="mw-headline" id="The_Stores">${wBody[2] ?? ''}</span></h3>
<p>${wBody[3] ?? ''}</p>
<h3><span class="mw-headline" id="The_Hive">${wBody[4] ?? ''}</span></h3>
${ps(wBody.slice(5, 7))}
<ol>${wItems.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p>${wBody[11] ?? ''}</p></div>
<div class="licenseContainer licenseBanner dynlayout-exempt"><div class="wst-license-container"><div class="wst-license-text">
<p><b>This work was published before January 1, 1931, and is in the public domain worldwide because the author died at least 100 years
ago.</b></p></div></div></div></div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>
<li><a href="/wiki/Category:Beekeeping">Beekeeping</a></li><li><a href="/wiki/Category:1894_works">1894 works</a></li></ul></div></div></div></main>
<div class="vector-column-end"><nav class="vector-page-tools"><div class="vector-menu-heading">Tools</div><ul>${links(wTools, 'mw-list-item')}</ul>
<div class="vector-menu-heading">Download</div><ul><li><a href="#">Download EPUB</a></li><li><a href="#">Download PDF</a></li></ul></nav></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 11:04.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div></div></body></html>`;
const wikisource: TestPage = {
  name: 'heldout356-wikisource-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['The Stores', 'The Hive'],
  body: texts(wParas),
  bylines: ['Hesper Coldridge', 'This page was last edited on 2 March 2026, at 11:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Wikisource', 'Create account', 'Log in', 'Navigation', ...wSide, 'Help and info', ...wHelp, 'Text', 'Discussion', 'Read',
    'Edit', 'View history', 'From Wikisource', '←On the Cutting of Osiers', 'A Calendar of the Hedgerow→',
    'First printed in The Provincial Almanac and Husbandman’s Companion for November 1894.',
    'This work was published before January 1, 1931, and is in the public domain worldwide because the author died at least 100 years ago.',
    'Categories', 'Beekeeping', '1894 works', 'Tools', ...wTools, 'Download', 'Download EPUB', 'Download PDF',
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...wFoot,
  ],
};

export const HELDOUT356_A: readonly TestPage[] = [gutenberg, wikisource];
