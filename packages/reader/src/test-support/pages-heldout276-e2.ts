import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file e2: a radio programme's transcript page on an NPR-style public-radio site (the invented "Northwind
 * Public Radio"): global nav, the programme slug, title, the audio module with duration and download / transcript links,
 * the heard-on line and date, the host and reporter bylines, uppercase speaker labels inline in the paragraphs, the share
 * tools, the standard transcript disclaimer and copyright, the "More Stories From NPR" style rail and the footer.
 */
const rTitle = 'Why a fishing town is paying people to move back';
const rParas = [
  j(
    'AILSA MORROW, HOST: The harbour town of Skerrow has lost a third of its population since 2000. Now the town council is',
    'offering a grant of 15,000 to young families who move back. Our reporter went to see whether anyone is taking it.',
  ),
  j(
    'BASTIAN QUILL, BYLINE: On a Tuesday morning the only sound on Skerrow\u2019s main street is the wind rattling a for-sale sign.',
    'Of the 40 shopfronts, 13 are empty. But at the far end, a new bakery has its lights on, and Greta Lindahl is pulling trays of rolls.',
  ),
  j(
    'GRETA LINDAHL: I grew up above the chandlery across the road. I left at eighteen like everybody did. When I saw the council',
    'grant, my husband and I did the sums on the back of an envelope, and it was the first time coming home looked possible.',
  ),
  j(
    'QUILL: The grant comes with conditions. Families must stay five years and at least one adult must work in the town. So far,',
    '22 households have applied and 14 have moved. Council leader Ruaridh Kell says that is more than they hoped for.',
  ),
  j(
    'RUARIDH KELL: Every family that comes back is two or three more children in the primary school. If we had lost the school, we',
    'would have lost the town. It is as simple as that.',
  ),
  j(
    'QUILL: Not everyone is convinced. Economist Sunniva Brenholt, who studies rural labour markets, says grants like this can fill',
    'houses without creating the jobs that keep people there.',
  ),
  j(
    'SUNNIVA BRENHOLT: The money gets you through the door. It does not pay the rent in year six. The towns where these schemes have',
    'worked are the ones that paired them with something lasting, a ferry link, a broadband line, a processing plant.',
  ),
  j(
    'QUILL: Skerrow is trying that too. The council has applied for funding to reopen the fish processing shed that closed in 2011,',
    'which would bring back around thirty jobs. Back at the bakery, Greta Lindahl says she is not waiting for it.',
  ),
  'LINDAHL: We sold out of rolls by ten every day last week. People keep saying the town is dying. Somebody forgot to tell the customers.',
  'QUILL: For Northwind, reporting from Skerrow.',
  '(SOUNDBITE OF MUSIC)',
];
const rNav = ['News', 'Culture', 'Arts & Life', 'Podcasts & Shows', 'Search'];
const rMore = ['A ferry route returns to the outer islands after 12 years', 'The school with seven pupils and a waiting list'];
const rFoot = ['Terms of Use', 'Privacy', 'Your Privacy Choices', 'Text Only', 'Sponsorship'];
const rHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>${rTitle} : Northwind Public Radio</title>
<meta name="description" content="The harbour town of Skerrow is offering grants to young families who move back."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"datePublished":"2026-03-05T05:04:00-05:00"}</script>
<script>var NPR = NPR || {}; NPR.serverVars = {"storyId":"nw-5521847","topicIds":["1003"],"programId":"3"};</script></head>
<body class="transcript-page"><div id="global-navigation"><header class="global-header">
<a href="/" class="npr-logo" aria-label="Northwind Public Radio">Northwind
Public Radio</a><nav class="global-nav" aria-label="main"><ul>${links(rNav, 'menu__item')}</ul></nav>
<a href="/donate" class="header-donate">Donate</a></header></div>
<main><section id="main-section"><article id="story" class="story transcript"><div class="story-meta"><div class="slug-wrap"><h3 class="slug"><a
href="/programs/morning-tide/">Morning Tide</a></h3></div><div class="storytitle"><h1>${rTitle}</h1></div></div>
<div class="audio-module"><div class="audio-module-controls-wrap"><button class="audio-module-listen"><b class="audio-module-listen-text">Listen</b> · <b
class="audio-module-listen-duration">4:12</b></button></div><ul class="audio-module-tools"><li class="audio-tool audio-tool-download"><a
href="https://ondemand.northwind.example/skerrow.mp3">Download</a></li><li class="audio-tool audio-tool-embed"><a href="#embed">Embed</a></li>
<li class="audio-tool audio-tool-transcript"><a href="/transcripts/nw-5521847">Transcript</a></li></ul></div>
<div class="story-meta__two"><div class="dateblock"><time datetime="2026-03-05T05:04:00-05:00"><span class="date">March 5, 2026</span><span class="time">5:04 AM
ET</span></time></div><p class="heard-on">Heard on <a href="/programs/morning-tide/archive">Morning Tide</a></p>
<div id="storybyline" class="storylocation linkLocation"><div class="byline-container--block"><div class="byline byline--block"><p class="byline__name
byline__name--block"><a href="/people/ailsa-morrow">Ailsa Morrow</a></p></div><div class="byline byline--block"><p class="byline__name byline__name--block"><a
href="/people/bastian-quill">Bastian Quill</a></p></div></div></div></div>
<div class="share-tools share-tools--primary" aria-label="Share"><ul><li><a href="#facebook" class="share-tools__service">Facebook</a></li><li>
<a href="#flipboard"
class="share-tools__service">Flipboard</a></li><li><a href="#email" class="share-tools__service">Email</a></li></ul></div>
<div class="transcript storytext">
${ps(rParas)}
<p class="disclaimer">Copyright © 2026 Northwind Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further
information.</p><p class="disclaimer">Northwind transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be
updated or revised in the future. Accuracy and availability may vary.</p></div></article>
<aside id="recommendations" class="related-stories"><h3 class="related-stories__title">More Stories From Northwind</h3><ul>${links(rMore, 'item')}</ul></aside>
</section></main><footer id="npr-footer"><ul class="footer-links">${links(rFoot)}</ul><p>© 2026 Northwind Public Radio</p></footer>
<script src="https://static.northwind.example/js/build/app.min.js"></script></body></html>`;
export const radio: TestPage = {
  name: 'heldout276-northwind-radio-transcript-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rParas),
  bylines: ['March 5, 2026', '5:04 AM ET', 'Ailsa Morrow', 'Bastian Quill'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northwind Public Radio', ...rNav, 'Donate', 'Morning Tide', 'Listen', '4:12', 'Download', 'Embed', 'Transcript', 'Heard on', 'Facebook', 'Flipboard',
    'Email', 'Copyright © 2026 Northwind Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.',
    'Northwind transcripts are created on a rush deadline by a contractor. This text may not be in its final form ' +
      'and may be updated or revised in the future. Accuracy and availability may vary.',
    'More Stories From Northwind', ...rMore, ...rFoot, '© 2026 Northwind Public Radio',
  ],
};
