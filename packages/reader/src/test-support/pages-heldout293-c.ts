import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout293-kit.js';

/**
 * Held-out batch 293, file c: a letter in a digital scholarly edition whose TEI is rendered in the browser by CETEIcean
 * (tei-* custom elements for opener, dateline, salute, paragraphs, closer and signature; edition header with editor and
 * publication date, view toggles, metadata panel, editorial notes, "Cite this letter", previous / next letter) and a
 * poem page on a Poetry Foundation-style site (c-feature header, o-poem lines as divs, source line, poet bio, "More poems
 * by", newsletter and footer).
 */
const tTitle = 'Cordelia Ashby to Tobias Vane, 4 March 1861';
const tOpen = ['Ravensholm, Monday 4th March 1861', 'My dear Tobias,'];
const tPs = [
  j(
    'Your parcel came on Saturday by the carrier, the seeds quite dry and the little book of ferns only a trifle damp at one corner.',
    'I have set the book by the kitchen fire, where Mrs Lowther says it will recover its spirits sooner than I shall recover mine,',
    'for the house is very quiet since Father went to Carlisle.',
  ),
  j(
    'You ask whether the school has opened. It has, after a fashion. We have eleven children, the youngest not five and the eldest a',
    'great boy of thirteen who can plough but cannot write his name. Mr Cray lends us the chapel vestry on weekdays, and the stove',
    'smokes so that we read our lessons with streaming eyes. I do not complain of it, for the children think it a great joke.',
  ),
  j(
    'I have begun them on the letters with slates, and in the afternoons I read to them from the book of voyages you sent at',
    'Christmas. They like best the account of the ice, and Jenny Marr asked me whether the sailors had mothers who worried. I said',
    'they had, and that the mothers wrote to them, as I write to you, without knowing when the letters would arrive.',
  ),
  j(
    'Pray tell me truthfully how your chest is. Your last was cheerful, but you wrote it in pencil, and you only write in pencil when',
    'you are in bed. I shall know if you are keeping things from me, so you had better not.',
  ),
  j('The snowdrops are out along the beck. I have pressed three for you, and they are in this letter if the post does not lose them.'),
];
const tClose = ['Ever your affectionate sister,', 'Cordelia'];
const tPs2 = 'P.S. Father sends his love and bids me say the fern book cost too much.';
const tNotes = [
  'Ravensholm: the Ashby family house near Kirkby Thore, let in 1864.',
  'Mr Cray: Rev. Josiah Cray, minister of the Ravensholm Independent Chapel 1852–1870.',
  'the book of voyages: probably an abridged account of an Arctic expedition; the copy has not survived.',
];
const tNav = ['Letters', 'People', 'Places', 'About the Edition', 'Editorial Principles', 'Search'];
const tMeta = [
  'Letter ID: MLP-0187',
  'Repository: Cumbria Record Office, D/ASH/2/14',
  'Physical description: 2 leaves, 4 pages, black ink',
  'Language: English',
];
const tPeople = ['Vane, Tobias (1836–1866)', 'Marr, Jenny (1852–1931)', 'Cray, Josiah (1809–1870)'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tTitle} | The Marren Letters Project</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="DC.title" content="${tTitle}">
<meta name="DC.creator" content="Cordelia Ashby"><meta name="DC.date" content="1861-03-04"><meta name="DC.publisher" content="The Marren Letters Project">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/tei.css">
<script src="/assets/js/CETEI.js"></script>
<script>let c = new CETEI(); c.addBehaviors({"tei":{"note":function(el){el.setAttribute('data-note','');}}});
c.getHTML5('/tei/MLP-0187.xml', function(data){document.getElementById('letter').appendChild(data);});</script></head>
<body><nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/">The Marren Letters Project</a>
<ul class="navbar-nav me-auto">${links(tNav, 'nav-item')}</ul></div></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
<li class="breadcrumb-item"><a href="/letters/">Letters</a></li><li class="breadcrumb-item active" aria-current="page">MLP-0187</li></ol></nav>
<div class="row"><div class="col-lg-8"><header class="letter-header"><h1 class="letter-title">${tTitle}</h1>
<p class="edition-credit">Edited by Ruth Calloway</p><p class="edition-date">Published 2 October 2024 · Revised 18 January 2026</p></header>
<div class="btn-group view-toggle" role="group"><button class="btn btn-outline-secondary active">Reading text</button>
<button class="btn btn-outline-secondary">Diplomatic</button><button class="btn btn-outline-secondary">Show line breaks</button>
<button class="btn btn-outline-secondary">View XML</button></div>
<div id="letter" class="tei-container"><tei-TEI data-origname="TEI" data-processed=""><tei-teiHeader data-origname="teiHeader" hidden="">
<tei-fileDesc><tei-titleStmt><tei-title>${tTitle}</tei-title></tei-titleStmt></tei-fileDesc></tei-teiHeader>
<tei-text data-origname="text"><tei-body data-origname="body"><tei-div type="letter" data-origname="div">
<tei-opener data-origname="opener"><tei-dateline data-origname="dateline"><tei-placeName ref="#ravensholm">Ravensholm</tei-placeName>,
<tei-date when="1861-03-04">Monday 4th March 1861</tei-date></tei-dateline>
<tei-salute data-origname="salute">${tOpen[1]}</tei-salute></tei-opener>
${tPs.map((p, i) => `<tei-p data-origname="p"><tei-pb n="${i + 1}" data-origname="pb"></tei-pb>${p}</tei-p>`).join('\n')}
<tei-closer data-origname="closer"><tei-salute data-origname="salute">${tClose[0]}</tei-salute>
<tei-signed data-origname="signed">${tClose[1]}</tei-signed></tei-closer>
<tei-postscript data-origname="postscript"><tei-p data-origname="p">${tPs2}</tei-p></tei-postscript>
</tei-div></tei-body></tei-text></tei-TEI></div>
<section class="editorial-notes"><h2 class="notes-heading">Editorial notes</h2><ol class="notes">${tNotes.map((n) => `<li>${n}</li>`).join('\n')}</ol></section>
<nav class="letter-pager"><a href="/letters/MLP-0186/" class="prev">Previous letter: Tobias Vane to Cordelia Ashby, 19 February 1861</a>
<a href="/letters/MLP-0188/" class="next">Next letter: Cordelia Ashby to Tobias Vane, 22 March 1861</a></nav></div>
<aside class="col-lg-4 letter-meta"><div class="card"><div class="card-header">About this letter</div><ul class="list-group list-group-flush">
${tMeta.map((m) => `<li class="list-group-item">${m}</li>`).join('\n')}</ul></div>
<div class="card"><div class="card-header">People in this letter</div>
<ul class="list-group">${links(tPeople, 'list-group-item')}</ul></div>
<div class="card cite"><div class="card-header">Cite this letter</div><p class="card-body">Ruth Calloway, ed., “${tTitle}”, The Marren
Letters Project, MLP-0187 (2024).</p><button class="btn btn-sm btn-secondary">Copy citation</button></div>
<div class="card"><a href="/tei/MLP-0187.xml" class="card-link">Download TEI XML</a> <a href="/facsimile/MLP-0187/" class="card-link">View manuscript images</a>
</div></aside></div></div>
<footer class="footer bg-light"><div class="container"><p>The Marren Letters Project is supported by the Northfell Foundation.</p>
<p>Text licensed under CC BY 4.0. Manuscript images © Cumbria Record Office.</p></div></footer></body></html>`;
const teiLetter: TestPage = {
  name: 'heldout293-ceteicean-tei-letter',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tOpen[0] ?? '', ...texts([tOpen[1] ?? '', ...tPs, ...tClose, tPs2])],
  bylines: ['Edited by Ruth Calloway', 'Published 2 October 2024 · Revised 18 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Marren Letters Project', ...tNav, 'Home', 'MLP-0187', 'Reading text', 'Diplomatic', 'Show line breaks', 'View XML', 'Editorial notes', ...tNotes,
    'Previous letter: Tobias Vane to Cordelia Ashby, 19 February 1861', 'Next letter: Cordelia Ashby to Tobias Vane, 22 March 1861',
    'About this letter', ...tMeta, 'People in this letter', ...tPeople, 'Cite this letter', 'Copy citation',
    'Download TEI XML', 'View manuscript images', 'The Marren Letters Project is supported by the Northfell Foundation.',
    'Text licensed under CC BY 4.0. Manuscript images © Cumbria Record Office.',
  ],
};

const pTitle = 'Inventory at Low Water';
const pLines = [
  'My mother counted what the tide left back:',
  'one boot, a float of cork, a length of rope',
  'the colour of a kettle. On the track',
  'above the shingle, all the town’s small hope',
  '',
  'was laid out drying, nets and shirts and sheets.',
  'She wrote it in a ledger, line by line,',
  'as if the sea kept books, as if receipts',
  'could make it pay. I watched her tally brine',
  '',
  'and broken crates as careful as a clerk.',
  'She never found the thing she looked for there.',
  'She never said its name. When it got dark',
  'she closed the ledger, smoothed her salted hair,',
  '',
  'and walked us home along the harbour wall,',
  'the columns balanced, nothing owed at all.',
];
const pBio = [
  j(
    'Isobel Marrane was born in 1979 in Skellhaven, a fishing town on the east coast, and worked for ten years as a harbour',
    'clerk before publishing her first collection, Ledger Weather (2014). Her poems return again and again to the coast she grew',
    'up on, to the work of counting and recording, and to the gaps that records leave.',
  ),
  j(
    'Her second book, The Salt Accounts (2021), received the Orrery Prize for poetry. She teaches in the adult education',
    'programme at Skellhaven College and edits the small magazine Tideline.',
  ),
];
const pNav = ['Poems', 'Poets', 'Magazine', 'Podcasts', 'Learn', 'Events', 'Newsletter'];
const pMore = ['Tally at Skellhaven Quay', 'The Harbour Clerk’s Daughter', 'Counting Gulls in February'];
const pRel = ['Poems about the sea', 'Poems about mothers', 'Sonnets for beginners'];
const pFoot = ['About Us', 'Contact Us', 'Press', 'Jobs', 'Privacy Policy', 'Terms of Use'];
const pHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${pTitle} by Isobel Marrane | The Verse Commons</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${pTitle} by Isobel Marrane">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${pTitle}","author":{"@type":"Person",
"name":"Isobel Marrane"},"genre":"Poem"}</script><link rel="stylesheet" href="/css/screen.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'contentType': 'poem', 'poemId': '158812'});</script></head>
<body><div class="o-wrapper"><header class="c-hd" role="banner"><div class="c-hd-logo"><a href="/">The Verse Commons</a></div>
<nav class="c-nav" role="navigation"><ul class="c-nav-list">${links(pNav, 'c-nav-list-item')}</ul></nav>
<a href="/donate" class="c-btn c-btn_donate">Donate</a></header>
<main role="main"><article class="o-article"><div class="c-feature"><div class="c-feature-hd">
<h1 class="c-hdgSans c-hdgSans_2 c-mix-hdgSans_inline">${pTitle}</h1>
</div><div class="c-feature-sub c-feature-sub_vast"><span class="c-txt c-txt_attribution">By <a href="/poets/isobel-marrane">Isobel Marrane</a></span></div>
<div class="c-feature-bd"><div class="o-poem">
${pLines.map((l) => `<div style="text-indent: -1em; padding-left: 1em;">${l === '' ? '<br>' : l}</div>`).join('\n')}
</div></div><div class="c-feature-ft"><div class="c-txt c-txt_note c-txt_note_mini">Source: <em>Tideline</em> (Spring 2022)</div></div></div>
<div class="c-assetViewer"><ul class="c-socialList"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>
<li><a href="#">Email this poem</a></li><li><a href="#">Print this poem</a></li></ul>
<div class="c-audio"><button class="c-audio-play">Listen to the poet read this poem</button> <span class="c-audio-time">1:24</span></div></div>
<section class="c-poetBio"><h2 class="c-hdgSans c-hdgSans_3">About Isobel Marrane</h2>
<div class="c-userContent">${pBio.map((b) => `<p>${b}</p>`).join('\n')}
</div><a href="/poets/isobel-marrane" class="c-btn">Read full biography</a></section>
<section class="c-moreBy"><h3 class="c-hdgSerif">More poems by Isobel Marrane</h3><ul>${links(pMore)}</ul></section>
<section class="c-related"><h3 class="c-hdgSerif">Related collections</h3><ul>${links(pRel)}</ul></section></article>
<aside class="c-newsletter"><h2>Get a poem in your inbox every morning</h2><form><input type="email" placeholder="Email address">
<button type="submit">Sign up</button></form><p>You can unsubscribe at any time.</p></aside></main>
<footer class="c-ft" role="contentinfo"><ul>${links(pFoot)}</ul>
<p>© 2026 The Verse Commons. Poem © Isobel Marrane; reprinted by permission.</p></footer></div>
<div id="cookie-law-info-bar" class="cli-bar-container"><span>This site uses cookies to remember your preferences.
<a role="button" class="cli_settings_button">Cookie settings</a>
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a></span></div>
</body></html>`;
const poem: TestPage = {
  name: 'heldout293-verse-commons-poem-page',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['About Isobel Marrane'],
  body: [...pLines.filter((l) => l !== ''), ...texts(pBio)],
  bylines: ['By Isobel Marrane'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Verse Commons', ...pNav, 'Donate', 'Source: Tideline (Spring 2022)', 'Share on Facebook', 'Share on X', 'Email this poem', 'Print this poem',
    'Listen to the poet read this poem', '1:24', 'Read full biography', 'More poems by Isobel Marrane', ...pMore, 'Related collections', ...pRel,
    'Get a poem in your inbox every morning', 'Sign up', 'You can unsubscribe at any time.', ...pFoot,
    '© 2026 The Verse Commons. Poem © Isobel Marrane; reprinted by permission.', 'This site uses cookies to remember your preferences.',
    'Cookie settings', 'ACCEPT',
  ],
};

export const HELDOUT293_C: readonly TestPage[] = [teiLetter, poem];
