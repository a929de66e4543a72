import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout310-kit.js';

/**
 * Held-out batch 310, file b: a Project Gutenberg HTML book (the pg-header boilerplate with the eBook's title, author,
 * release date and language, the book's title page, a contents list, two chapters, the pg-footer licence) and a Wattpad
 * story part written in the React markup of its reader (story header with reads, votes and parts, paragraph comment
 * counts, vote button, "Continue reading next part", the story's comments, the "You'll also like" rail).
 */
const gTitle = 'THE WEIGHER OF ASHFORD MILL';
const gHeads = ['CHAPTER I. THE NEW SCALES', 'CHAPTER II. A SHORT MEASURE'];
const gC1 = [
  j(
    'When the old miller died, the parish of Ashford was agreed upon two things: that he had been an honest man, and that his',
    'scales had not been. The first was said at his burying; the second was said at every hearth in the valley for a month after.',
  ),
  j(
    'His nephew, Tobias Keel, who came up from the coast to take the mill, had heard neither remark, and so he was much surprised',
    'on his first market-day to find that no farmer would leave a sack with him until it had been weighed twice, once upon his',
    'machine and once upon a steelyard which Mrs. Prudence Hale carried about in her cart for the purpose.',
  ),
  j(
    '“It is not that we doubt you, Mr. Keel,” said Mrs. Hale, with great kindness and no sincerity at all.',
    '“It is only that we have got into the habit, and a habit is a hard thing to put down in a valley.”',
  ),
  j(
    'Tobias, who was a patient young man, ordered a new pair of scales from the foundry at Wexcombe, and paid for them out of his',
    'own pocket, and set them up in the yard where all the parish might see.',
  ),
];
const gC2 = [
  j(
    'The new scales gave satisfaction for exactly eleven days. On the twelfth, Mrs. Hale’s steelyard found a sack of barley',
    'from the Drover farm to be three pounds lighter than the mill had said; and the whole valley, which had been waiting for',
    'precisely this, was pleased beyond measure.',
  ),
  j(
    'Tobias weighed the sack again before them all. The scales gave the same figure as before. Mrs. Hale’s steelyard gave',
    'the same figure as before. Both instruments, it seemed, were quite confident.',
  ),
  j(
    '“Then one of them is a liar,” said old Drover, “and I know which I have known the longer.” It was at this point that the',
    'schoolmaster, Mr. Abel Finch, stepped forward and asked, very mildly, whether anybody had lately weighed the steelyard.',
  ),
  j(
    'Nobody had. It was found, upon examination, that a small brass weight had been soldered to its hook at some time in the',
    'past, and that the solder was of the same make as the old miller’s. The parish did not speak of this for some years.',
  ),
];
const gBoiler = [
  j(
    'This eBook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost',
    'no restrictions whatsoever. You may copy it, give it away or re-use it under the terms of the Project Gutenberg License included',
    'with this eBook or online at www.gutenberg.org.',
  ),
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>The Project Gutenberg eBook of The Weigher of Ashford Mill, by Hester Vane.</title>
<link rel="icon" href="images/cover.jpg" type="image/x-cover"><meta name="generator" content="Ebookmaker 0.12.47 by Project Gutenberg">
<meta property="og:title" content="The Weigher of Ashford Mill"><meta property="og:type" content="Text">
<meta property="og:url" content="https://www.gutenberg.org/ebooks/76902/pg76902-images.html"><meta name="dc.language" content="en">
<style>body { margin-left: 10%; margin-right: 10%; } h1,h2 { text-align: center; clear: both; } .toc { list-style-type: none; }
.pg-boilerplate { font-family: sans-serif; }</style></head>
<body><section class="pg-boilerplate pgheader" id="pg-header" lang="en">
<h2 id="pg-header-heading" title="">The Project Gutenberg eBook of <span lang="en" id="pg-title-no-subtitle">The Weigher of Ashford Mill</span></h2>
<div>${gBoiler[0]}</div>
<div class="container" id="pg-machine-header"><p><strong>Title</strong>: The Weigher of Ashford Mill</p>
<div id="pg-header-authlist"><p><strong>Author</strong>: Hester Vane</p></div>
<p><strong>Release date</strong>: September 9, 2025 [eBook #76902]</p><p><strong>Language</strong>: English</p>
<p><strong>Original publication</strong>: London: Crane &amp; Mottram, 1889</p>
<p><strong>Credits</strong>: Lena Strout and the Online Distributed Proofreading Team</p></div>
<div id="pg-start-separator"><span>*** START OF THE PROJECT GUTENBERG EBOOK THE WEIGHER OF ASHFORD MILL ***</span></div></section>
<div class="titlepage"><h1>${gTitle}</h1><p class="center">A TALE OF THE WEALD</p>
<p class="center">BY</p><p class="center">HESTER VANE</p><p class="center">LONDON<br>CRANE &amp; MOTTRAM<br>1889</p></div>
<hr class="chap x-ebookmaker-drop">
<h2 class="nobreak" id="CONTENTS">CONTENTS</h2><ul class="toc"><li><a href="#CHAPTER_I">I. The New Scales</a></li>
<li><a href="#CHAPTER_II">II. A Short Measure</a></li></ul>
<hr class="chap x-ebookmaker-drop"><div class="chapter">
<h2 class="nobreak" id="CHAPTER_I">${gHeads[0]}</h2>
<p><span class="pagenum"><a id="Page_1">[Pg 1]</a></span></p>
${ps(gC1)}
</div><hr class="chap x-ebookmaker-drop"><div class="chapter">
<h2 class="nobreak" id="CHAPTER_II">${gHeads[1]}</h2>
${ps(gC2)}
<p class="center">THE END.</p></div>
<section class="pg-boilerplate pgheader" id="pg-footer" lang="en">
<div id="pg-end-separator"><span>*** END OF THE PROJECT GUTENBERG EBOOK THE WEIGHER OF ASHFORD MILL ***</span></div>
<div>Updated editions will replace the previous one—the old editions will be renamed.</div>
<div>Creating the works from print editions not protected by U.S. copyright law means that no one owns a United States copyright in these works.</div>
<h2 id="project-gutenberg-license">START: FULL LICENSE</h2><div>THE FULL PROJECT GUTENBERG LICENSE</div>
<div>PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK</div></section></body></html>`;
const gutenberg: TestPage = {
  name: 'heldout310-project-gutenberg-book-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gC1, ...gC2]),
  bylines: ['Author: Hester Vane', 'Release date: September 9, 2025 [eBook #76902]', 'HESTER VANE'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Project Gutenberg eBook of The Weigher of Ashford Mill', gBoiler[0] ?? '', 'Title: The Weigher of Ashford Mill', 'Language: English',
    'Original publication: London: Crane & Mottram, 1889', 'Credits: Lena Strout and the Online Distributed Proofreading Team',
    '*** START OF THE PROJECT GUTENBERG EBOOK THE WEIGHER OF ASHFORD MILL ***', 'A TALE OF THE WEALD', 'CRANE & MOTTRAM', 'CONTENTS', '[Pg 1]',
    'THE END.', '*** END OF THE PROJECT GUTENBERG EBOOK THE WEIGHER OF ASHFORD MILL ***',
    'Updated editions will replace the previous one—the old editions will be renamed.',
    'Creating the works from print editions not protected by U.S. copyright law means that no one owns a United States copyright in these works.',
    'START: FULL LICENSE', 'THE FULL PROJECT GUTENBERG LICENSE', 'PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK',
  ],
};

const wTitle = 'Part 7: Static on Channel Nine';
const wBody = [
  'The walkie-talkie crackled at 2:14 in the morning, which was exactly when Noor had told herself she would finally sleep.',
  '“Noor. Noor, are you there? Over.”',
  j(
    'She knew the voice before she knew she was awake. Everyone in Harlow Creek knew that voice, because for three years it had',
    'read the school announcements, badly, every single morning. Dev Anand. Who had not spoken to her since the bonfire.',
  ),
  '“It’s two in the morning,” she whispered into the handset. “Over.”',
  '“I know. I need you to look out your window. Not the front one. The one that faces the quarry. Over.”',
  j(
    'Noor pulled back the curtain. The quarry was a black bowl under a blacker sky, and in the middle of it, where the water had',
    'been since before either of them was born, there was a light. Not a torch. Not a car. A steady white square, like a doorway',
    'someone had left open.',
  ),
  '“Dev,” she said. “What is that?”',
  j(
    'For a long moment there was nothing but static. Then: “I was hoping you’d tell me. Because my grandma just walked out of the',
    'house in her nightgown, and she’s heading straight for it.”',
  ),
  j(
    'Noor was already pulling on her sneakers. Her brain was making a list of every reason this was a terrible idea, and her',
    'hands were ignoring it completely.',
  ),
  '“Meet me at the fence,” she said. “Five minutes. And Dev?”',
  '“Yeah?”',
  '“You still owe me an apology. Over and out.”',
  j(
    'She clipped the walkie-talkie to her belt, eased the window open, and climbed out onto the porch roof the way she had',
    'not done since she was fourteen. The shingles were cold and damp under her palms.',
  ),
  j('Across the quarry, the white square flickered once, like an eye blinking, and then held steady again. Waiting.'),
];
const wCounts = ['12', '4', '38', '9', '7', '51', '3', '22', '6', '17', '9', '64', '25', '88'];
const wAlso = ['The Quarry Girls', 'Signals from Harlow Creek', 'Everything After the Bonfire'];
const wComments = [
  ['moth_and_marrow', 'DEV FINALLY TALKING TO HER I am screaming'],
  ['readsbynightlight', 'the grandma part gave me chills'],
] as const;
const wHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>The Quarry Light - ${wTitle} - Wattpad</title>
<meta name="description" content="Noor hears a voice on the walkie-talkie at 2:14 in the morning."><meta property="og:site_name" content="Wattpad">
<meta property="og:type" content="book"><meta property="og:title" content="The Quarry Light - ${wTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Chapter","name":"${wTitle}","isPartOf":{"@type":"Book",
"name":"The Quarry Light","author":{"@type":"Person","name":"juniperhollis"}},"datePublished":"2026-02-21"}</script>
<script>window.wattpad = window.wattpad || {}; wattpad.currentStoryId = "1340022981"; wattpad.currentPartId = "1598800412";</script>
<link rel="stylesheet" href="https://static.wattpad.example/css/app.4f1c0d.css"></head>
<body class="js-app-off"><div id="app-container"><header id="header-container"><nav id="header" class="header-nav">
<a href="/home" class="logo" aria-label="Wattpad Home"></a><ul class="header-links"><li><a href="/stories">Browse</a></li>
<li><a href="/community">Community</a></li></ul><form class="search-form"><input placeholder="Search" type="search"></form>
<a href="/premium" class="premium-link">Try Premium</a><a href="/login" class="btn-login">Log in</a><a href="/signup" class="btn-signup">Sign Up</a></nav>
</header>
<main id="parts-container-new" class="container"><div class="story-part" data-part-id="1598800412"><header class="panel panel-reading text-center">
<div class="toc-header"><a href="/story/1340022981-the-quarry-light" class="on-navigate"><span class="story-info__title">The Quarry Light</span></a>
<div class="author-info"><span>by</span> <a href="/user/juniperhollis" class="on-navigate">juniperhollis</a></div></div>
<h1 class="h2">${wTitle}</h1>
<div class="story-stats"><span class="reads" title="Reads"><span class="icon-view"></span> 48.2K</span>
<span class="votes" title="Votes"><span class="icon-vote"></span> 3.1K</span><span class="comments" title="Comments"><a href="#comments">612</a></span></div>
</header><div class="row part-content"><div class="col-xs-10 col-xs-offset-1 col-sm-10 col-sm-offset-1 col-md-7 col-md-offset-1 col-lg-6 col-lg-offset-3 panel
panel-reading" dir="ltr"><pre>
${wBody
  .map(
    (p, i) => `<p data-p-id="a${i}f0${i}c">${p}<span class="comment-marker on-inline-comments-modal" data-id="a${i}f0${i}c">
<span class="num-comment">${wCounts[i]}</span></span></p>`,
  )
  .join('\n')}
</pre></div></div>
<div class="part-footer"><button class="btn-vote on-vote" aria-label="Vote"><span class="icon-vote"></span> Vote</button>
<button class="btn-comment on-comments">Comment</button><button class="btn-share on-share">Share</button>
<a href="/1598811003-the-quarry-light-part-8" class="next-part-link on-navigate">Continue reading next part</a></div>
<section id="comments" class="comments-section"><h3>Comments</h3><ul class="comments-list">
${wComments.map(([u, c]) => `<li class="comment"><a href="/user/${u}" class="username">${u}</a><p class="body">${c}</p></li>`).join('\n')}
</ul><button class="show-more-btn">Show more</button></section>
<aside class="similar-stories"><h3>You'll also like</h3><ul>${wAlso
  .map(
    (t) => `<li class="story-card"><a href="#"><h4>${t}</h4></a>
</li>`,
  )
  .join('\n')}</ul></aside>
</div></main><footer id="footer"><ul><li><a href="/about">About</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/help">Help</a></li>
<li><a href="/guidelines">Guidelines</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>© 2026 Wattpad</p></footer></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to personalise content and ads, and to analyse our traffic.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script>window.__remixContext = {"state":{"loaderData":{"part":{"id":1598800412,"commentCount":612}}}};</script></body></html>`;
const wattpad: TestPage = {
  name: 'heldout310-wattpad-story-part-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['juniperhollis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Browse', 'Community', 'Try Premium', 'Log in', 'Sign Up', 'The Quarry Light', '48.2K', '3.1K', '612', 'Vote', 'Comment', 'Share',
    'Continue reading next part', 'Comments', ...wComments.flatMap((c) => [...c]), 'Show more', "You'll also like", ...wAlso, 'About', 'Jobs',
    'Help', 'Guidelines', 'Terms', 'Privacy', '© 2026 Wattpad', 'We use cookies to personalise content and ads, and to analyse our traffic.',
    'I Accept', 'Cookie Settings',
  ],
};

export const HELDOUT310_B: readonly TestPage[] = [gutenberg, wattpad];
