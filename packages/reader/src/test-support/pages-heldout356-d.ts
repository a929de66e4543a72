import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout356-kit.js';

/**
 * Held-out batch 356, file d: a FromThePage-style transcription page of a diary (the site header, the breadcrumbs from
 * collection to work to page, the page tabs, the facsimile image with zoom controls, the transcription with its dated
 * entries, the "Subjects" links, the contributor line, the volunteers' "Notes and Questions" thread, the page pager and
 * the footer) and a Bartleby-style essay page (the table layout with the site banner, the ancestor breadcrumb, the title
 * block with the author and the collection line, paragraph numbers in a margin cell, advertisement slots, the contents /
 * bibliographic record links and the copyright footer).
 */
const fTitle = 'Diary of Eliza Dunmore, 1871 – Page 14';
const fEntries = [
  j(
    'Monday 6th. Hard frost again & the pump froze so that Jem had to carry water from the spring. Mother poorly with her chest.',
    'I did the bread & the churning & mended the grey shawl. Mr Alcott came about the rent & went away again without it.',
  ),
  j(
    'Tuesday 7th. Thaw in the night & all the yard a slough. Walked to Fennick for the post, nothing from William. Paid',
    'Mrs Ross 1s 4d for the eggs. Read two chapters to Mother in the evening & she slept better.',
  ),
  j(
    'Wednesday 8th. Washing day. Could not dry anything for the rain so hung it all in the kitchen & we sat among sheets like',
    'ghosts. Jem says the lower field will not be fit to plough this side of Lady Day.',
  ),
  j(
    'Thursday 9th. A letter from William at last, from Liverpool. He is well & has a berth on the Marianne for Quebec &',
    'sails on the 20th. He sends 10s which I have put by in the tea caddy against the rent. Mother cried & then laughed & then',
    'cried again. I could not settle to anything all day.',
  ),
  j(
    'Friday 10th. Fine & cold. Took the 10s to Mr Alcott myself so he should not come again. He was civil. Bought a',
    'quarter of tea & a reel of black cotton in the village. Began a letter to William but could not finish it.',
  ),
  j(
    'Saturday 11th. Jem killed the old hen that would not lay. Mother better & sat up by the fire all afternoon & told me',
    'about the year the river came into the house, which I have heard many times but did not say so.',
  ),
  j(
    'Sunday 12th. To chapel in the morning with Jem, Mother not fit to walk so far. Mr Pryce preached on the sparrows & I',
    'thought of William the whole time & heard not one word. Finished the letter in the afternoon & Jem will take it Monday.',
  ),
];
const fSubjects = ['William Dunmore', 'Alcott, Josiah', 'Fenwick (village)', 'Marianne (ship)', 'Tenancy'];
const fNotes = [
  'Could "Fennick" be Fenwick? The village is spelled Fenwick on the 1871 census.',
  'She writes it as Fennick throughout the diary, so we have kept her spelling and linked it to the Fenwick subject.',
];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FromThePage | Diary of Eliza Dunmore, 1871 | Page 14</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hT0q9xW2n1">
<link rel="stylesheet" href="/assets/application-5f1c2.css" media="all"><script src="/assets/application-9ab21.js"></script>
<script>var openseadragonTiles = {"type":"image","url":"https://fromthepage.example/image-service/62188/full/full/0/default.jpg"};</script></head>
<body class="display page-display"><header class="header"><div class="header_logo"><a href="/">FromThePage</a></div>
<nav class="header_nav"><a href="/dashboard">Dashboard</a><a href="/findaproject">Find a Project</a><a href="/landing">How It Works</a>
<a href="/users/sign_in">Sign In</a></nav></header>
<div class="breadcrumbs"><a href="/holbrook-historical">Holbrook Historical Society</a> <span>/</span>
<a href="/holbrook-historical/farm-diaries">Farm Diaries of the Holbrook Valley</a> <span>/</span>
<a href="/holbrook-historical/farm-diaries/diary-of-eliza-dunmore-1871">Diary of Eliza Dunmore, 1871</a></div>
<main class="page-main"><div class="headline"><h1 class="headline_title">${fTitle}</h1>
<nav class="page-nav"><a class="page-nav_prev" href="?page=13">Previous page</a> <span>14 of 96</span> <a class="page-nav_next" href="?page=15">Next
page</a></nav></div>
<div class="tabs"><a class="active" href="#">Overview</a><a href="/transcribe">Transcribe</a><a href="/versions">Versions</a>
<a href="/contributors">Contributors</a></div>
<div class="page-columns"><div class="page-column page-image"><div id="page-viewer" class="openseadragon"></div>
<div class="viewer-controls"><button title="Zoom in">Zoom in</button><button title="Zoom out">Zoom out</button>
<button title="Rotate">Rotate</button></div></div>
<div class="page-column"><div class="page-status"><span class="label label-complete">Transcribed</span></div>
<div class="page-content">
${ps(fEntries)}
</div>
<div class="page-subjects"><h4>Subjects</h4><ul class="subjects-list">${links(fSubjects)}</ul></div>
<p class="page-credit">Transcribed by <a href="/orchardwren">orchardwren</a> and <a href="/tbrassey">tbrassey</a>. Last edited 11 February 2026.</p>
<section class="page-notes"><h3>Notes and Questions</h3>
${fNotes
  .map(
    (n, i) => `<div class="user-bubble"><div class="user-bubble_meta"><a href="/u${i}">${i === 0 ? 'kestrelhill' : 'tbrassey'}</a>
<time>${i === 0 ? '2 months ago' : '1 month ago'}</time></div><div class="user-bubble_content"><p>${n}</p></div></div>`,
  )
  .join('\n')}
<form class="note-form"><textarea placeholder="Add a note or question"></textarea><button type="submit">Save Note</button></form></section></div></div></main>
<footer class="footer"><p>FromThePage is a platform for crowdsourced transcription of historical documents.</p>
<ul>${links(['Blog', 'Documentation', 'Terms of Service', 'Privacy Policy', 'Contact'])}</ul></footer></body></html>`;
const fromThePage: TestPage = {
  name: 'heldout356-fromthepage-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fEntries),
  bylines: ['Transcribed by orchardwren and tbrassey. Last edited 11 February 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FromThePage', 'Dashboard', 'Find a Project', 'How It Works', 'Sign In', 'Holbrook Historical Society', 'Farm Diaries of the Holbrook Valley',
    'Previous page', '14 of 96', 'Next page', 'Overview', 'Transcribe', 'Versions', 'Contributors', 'Zoom in', 'Zoom out', 'Rotate', 'Transcribed',
    'Subjects', ...fSubjects, 'Notes and Questions', ...fNotes, 'kestrelhill', '2 months ago', '1 month ago', 'Save Note',
    'FromThePage is a platform for crowdsourced transcription of historical documents.', 'Blog', 'Documentation', 'Terms of Service', 'Privacy Policy',
    'Contact',
  ],
};

const bTitle = 'Of Walking Alone';
const bParas = [
  j(
    'I have been told by my friends, with that kindness which friends reserve for a man’s faults, that I am a poor companion',
    'upon a road. I walk too fast uphill and too slow down; I stop without warning to look at a wall; I do not talk. The',
    'charge is true, and I have long since ceased to defend myself against it, except in the one way left to me, which is to',
    'walk alone.',
  ),
  j(
    'There is a notion abroad that the solitary walker is a melancholy man, who goes out to nurse a grievance where nobody can',
    'see him. It is the opposite of the truth. The melancholy man seeks company, because company will not let him think; the',
    'cheerful man can bear his own society for a whole day together, and be the better for it at night.',
  ),
  j(
    'Consider what the companion takes from you. He takes the choice of the path, for you must agree upon it; he takes the',
    'pace, for you must meet him half-way; he takes the silence, which is the best part of any walk, and gives you in exchange',
    'his opinions upon the Government, which you had already read in the morning paper.',
  ),
  j(
    'Alone, a man may go where the lane leads him. He may sit an hour upon a stile for no better reason than that the stile',
    'is there and the sun is upon it. He may turn back at the first shower or go on through the second, and nobody will call',
    'him either a coward or a fool. I have walked in this fashion over most of the western counties, and I do not remember',
    'one day of it that I would give back.',
  ),
  j(
    'I do not say that a man should always walk alone. There is a time for the long talk on the homeward road, when the',
    'light is going and the legs are tired and the tongue is loosened; but that is a different pleasure, and a lesser one,',
    'and it ought not to be confused with walking at all.',
  ),
  j(
    'Let the young man, then, who would learn to walk, go out alone on a fine morning with a crust in his pocket and no map.',
    'He will lose his way before noon, and find it again by evening, and he will have learned more of the country, and of',
    'himself, than a whole summer of excursions could teach him.',
  ),
];
const bHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Of Walking Alone. Fenwick Aldous. 1910. Essays of the Open Road. The Harrow Library of Essays</title>
<meta name="description" content="Of Walking Alone. By Fenwick Aldous. Essays of the Open Road.">
<meta name="keywords" content="essays, walking, Fenwick Aldous, Harrow Library of Essays">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {cmd: []}; googletag.cmd.push(function() { googletag.defineSlot('/1024/bartleby_top', [728, 90],
'div-gpt-top').addService(googletag.pubads()); googletag.enableServices(); });</script></head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#551A8B">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="logo"><a href="/">Bartleby.com</a></td>
<td class="topnav"><a href="/reference">Reference</a> &gt; <a href="/verse">Verse</a> &gt; <a href="/fiction">Fiction</a> &gt;
<a href="/nonfiction">Nonfiction</a></td><td><form action="/cgi-bin/texis/webinator/sitesearch"><input type="text" name="query" size="20">
<input type="submit" value="Search"></form></td></tr></table>
<div class="ad-slot" id="div-gpt-top"><span class="ad-label">Advertisement</span></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="ancestors"><a href="/">Bartleby.com</a> &gt;
<a href="/nonfiction">Nonfiction</a> &gt; <a href="/harrow">The Harrow Library of Essays</a> &gt; <a href="/harrow/12">Essays of the Open Road</a></td>
<td align="right" class="prevnext"><a href="/harrow/12/3.html">Previous</a> | <a href="/harrow/12/">Contents</a> | <a href="/harrow/12/5.html">Next</a>
</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="chapter-info">
<div class="collection">The Harrow Library of Essays. 1910.</div><div class="book">Essays of the Open Road</div>
<h1 class="chapter">Of Walking Alone</h1><div class="author">Fenwick Aldous</div></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="text">
${bParas.map((p, i) => `<tr><td valign="top"><p>${p}</p></td><td valign="top" align="right" class="pnum"><a name="${i + 1}">${i + 1}</a></td></tr>`).join('\n')}
</table>
<div class="ad-slot" id="div-gpt-bottom"><span class="ad-label">Sponsored</span></div>
<table width="100%"><tr><td align="center" class="pagefoot"><a href="/harrow/12/">CONTENTS</a> · <a href="/harrow/12/biblio.html">BIBLIOGRAPHIC
RECORD</a></td></tr></table>
<table width="100%"><tr><td class="footer"><a href="/about">About Us</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a>
<br>
Copyright © 1993–2026 Bartleby.com</td></tr></table></body></html>`;
const bartleby: TestPage = {
  name: 'heldout356-bartleby-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bParas),
  bylines: ['Fenwick Aldous', 'The Harrow Library of Essays. 1910.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bartleby.com', 'Reference', 'Verse', 'Fiction', 'Nonfiction', 'Advertisement', 'The Harrow Library of Essays', 'Essays of the Open Road', 'Previous',
    'Contents', 'Next', 'Sponsored', 'CONTENTS · BIBLIOGRAPHIC RECORD', 'About Us', 'Privacy Policy', 'Terms of Use', 'Copyright © 1993–2026 Bartleby.com',
  ],
};

export const HELDOUT356_D: readonly TestPage[] = [fromThePage, bartleby];
