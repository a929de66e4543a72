import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: an ESO press release on eso.org/public (Djangoplicity template), as "Save page as" stores it. */
const title = 'Astronomers catch a young star swallowing its own planet-forming disc';
const code = 'eso2606 — Science Release';
const dek = 'Observations with ESO’s Very Large Telescope reveal an outburst lasting months, fed by a clump of the disc falling inwards';
const p1 = [
  'Astronomers using ESO’s Very Large Telescope (VLT) have watched a young star brighten a hundredfold as it devoured a ' +
    'dense clump of gas from the disc around it. The event, caught almost from its start, gives a rare look at how young ' +
    'stars grow in sudden bursts rather than steadily, and how such bursts may reshape the regions where planets form.',
  'The star, known as HRV 412, lies about 1500 light-years away in the constellation of Norma. It is only a few hundred ' +
    'thousand years old and is still surrounded by the flattened disc of gas and dust from which it formed.',
  '“We were lucky: we had observed this star a few weeks before the outburst began, so we have a clear before-and-after ' +
    'picture,” says Lucía Arrieta Bordón, an astronomer at the Institute of Astrophysics of Valdecano, Spain, who led the study.',
];
const p2 = [
  'Using the MUSE and CRIRES+ instruments on the VLT, the team tracked how the light of the star changed over seven months. ' +
    'The spectra show gas falling onto the star at speeds of several hundred kilometres per second, and the inner disc ' +
    'heating to more than 1000 degrees Celsius.',
  'By following the motion of the gas, the astronomers found that the outburst was triggered by a clump of material about ' +
    'the mass of Jupiter that spiralled in from the outer disc. Such clumps are predicted by models in which young discs ' +
    'are massive enough to become unstable under their own gravity.',
  '“The heat from these outbursts can change the chemistry of the disc, evaporating ices that would otherwise end up in ' +
    'planets,” explains co-author Henrik Aasland of the University of Skjervøy, Norway. “It means that the history of a ' +
    'young star’s tantrums may be written into the composition of its planets.”',
  'The team will continue to monitor HRV 412 as it fades, and plans to observe the disc with the ALMA array, in which ESO ' +
    'is a partner, to look for the gap left behind by the swallowed clump.',
];
const h1 = 'More information';
const p3 = [
  'This research was presented in a paper to appear in Astronomy &amp; Astrophysics.',
  'The European Southern Observatory (ESO) enables scientists worldwide to discover the secrets of the Universe for the ' +
    'benefit of all. We design, build and operate world-class observatories on the ground, which astronomers use to ' +
    'tackle exciting questions and spread the fascination of astronomy.',
];
const h2 = 'Links';
const linkList = ['Research paper', 'Photos of the VLT', 'For journalists: subscribe to receive our releases under embargo in your language'];
const contacts = ['Lucía Arrieta Bordón', 'Institute of Astrophysics of Valdecano', 'Valdecano, Spain', 'Email: larrieta@iav.example'];
const cap = 'Artist’s impression of the outburst of HRV 412';
const credit = 'Credit: ESO/L. Calçada';
const nav = ['Science', 'Public', 'Industry', 'Shop', 'ESO Supernova'];
const sub = ['News', 'Images', 'Videos', 'Announcements', 'Blog', 'Science Releases', 'Photo Releases', 'Organisation Releases'];
const about = [
  'Release No.:',
  'eso2606',
  'Name:',
  'HRV 412',
  'Type:',
  'Milky Way : Star : Evolutionary Stage : Protostar',
  'Facility:',
  'Very Large Telescope',
  'Instruments:',
  'MUSE, CRIRES+',
  'Science data:',
  '2026A&A...671A..42A',
];
const langs = ['Deutsch', 'Español', 'Français', 'Italiano', 'Português'];
const foot = ['Contact', 'Privacy policy', 'Accessibility statement', 'Copyright', 'Press room', 'Careers', 'Sitemap'];
const sideImgs = ['Artist’s impression of the outburst of HRV 412', 'HRV 412 before and during the outburst', 'The location of HRV 412 in Norma'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ESO</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta property="og:image" content="https://cdn.eso.org/images/screen/eso2606a.jpg"><meta name="twitter:site" content="@ESO">
<link rel="canonical" href="https://www.eso.org/public/news/eso2606/"><link rel="alternate" hreflang="de"
href="https://www.eso.org/public/germany/news/eso2606/">
<link rel="stylesheet" href="https://www.eso.org/public/archives/static/djp/css/main.7c3b1d.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-03-12T14:00:00+01:00",
"publisher":{"@type":"Organization","name":"ESO"}}</script><script defer src="https://www.eso.org/public/archives/static/djp/js/main.7c3b1d.js"></script></head>
<body><div id="top"></div><nav class="navbar" id="navbar"><a class="navbar-brand" href="/public/"><img src="/public/archives/logos/eso_logo.svg" alt="ESO"></a>
<ul class="nav-top">${links(nav, 'nav-item')}</ul><form class="search" action="/public/search/"><input name="q" type="text" placeholder="Search">
</form></nav><div class="subnav"><ul>${links(sub, 'subnav-item')}</ul></div>
<div class="container"><div class="breadcrumb"><a href="/public/">ESO</a> » <a href="/public/news/">Press Releases</a> » eso2606</div>
<div class="row"><div class="col-md-9 left-column"><div class="release-number">${code}</div>
<h1>${title}</h1><div class="release-date">12 March 2026</div>
<div class="lead"><p>${dek}</p></div>
<div class="release-image"><a href="/public/images/eso2606a/"><img src="https://cdn.eso.org/images/screen/eso2606a.jpg" alt="${cap}"></a>
<div class="release-image-caption">${cap}<br>${credit}</div></div>
${ps(p1)}
${ps(p2)}
<h3 id="moreinfo">${h1}</h3>
${ps(p3)}
<h3 id="links">${h2}</h3>
<ul>${linkList.map((t, i) => `<li><a href="/l/${i}">${t}</a></li>`).join('\n')}</ul>
<h3 id="contacts">Contacts</h3><p>${contacts.join('<br>')}</p>
<div class="print-fallback"><a href="#top">Back to top</a></div>
<div class="social-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Bluesky</a> <a href="#">LinkedIn</a></div>
<div class="feedback"><a href="/public/outreach/feedback/">Send us your comments!</a></div>
<div class="subscribe-box"><p>Subscribe to receive news from ESO in your language!</p><a class="btn" href="/public/outreach/newsletters/">Subscribe</a></div>
</div><div class="col-md-3 right-column"><h3 class="archive-heading">About the Release</h3>
<table class="table table-condensed"><tbody>${Array.from(
  { length: about.length / 2 },
  (_, i) => `<tr><td class="title">${about[2 * i]}</td>
<td>${about[2 * i + 1]?.replace(/&/g, '&amp;')}</td></tr>`,
).join('\n')}</tbody></table>
<h3 class="archive-heading">Images</h3>${sideImgs
  .map(
    (t, i) => `<div class="archive-thumb"><a href="/public/images/eso2606${'abc'[i]}/">
<img src="/t/${i}.jpg" alt=""></a><p class="thumb-title">${t}</p></div>`,
  )
  .join('\n')}
<h3 class="archive-heading">Videos</h3><div class="archive-thumb"><p class="thumb-title">ESOcast Light 311: A star eats its disc</p></div>
<h3 class="archive-heading">See also our</h3><ul>${links(['Press Releases', 'Picture of the Week', 'ESOblog'])}</ul>
<h3 class="archive-heading">Translations</h3><ul class="languages">${links(langs)}</ul></div></div></div>
<footer class="footer"><ul>${links(foot)}</ul><p class="copyright">© ESO 2026</p><p class="cdn">Accelerated by CDN77</p></footer>
<div class="cookie-consent" id="cookie-consent"><p>We use cookies that are essential for our site to work. We also use non-essential cookies to help us improve
our services. Any data collected is anonymised.</p><button class="btn accept">Accept all</button><button class="btn reject">Reject non-essential</button>
<a href="/public/about-eso/privacy/">Privacy policy</a></div></body></html>`;
export const esoPress: TestPage = {
  name: 'heldout212-eso-press-release',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3, ...linkList]),
  bylines: ['12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...sub, 'Press Releases', code, cap, credit, 'Back to top', 'Share', 'Facebook', 'Bluesky', 'LinkedIn', 'Send us your comments!',
    'Subscribe to receive news from ESO in your language!', 'Subscribe', 'About the Release', ...about.filter((t) => t !== 'HRV 412'),
    'HRV 412 before and during the outburst', 'The location of HRV 412 in Norma', 'ESOcast Light 311: A star eats its disc', 'See also our',
    'Picture of the Week', 'ESOblog', 'Translations', ...langs, ...foot, '© ESO 2026', 'Accelerated by CDN77',
    'We use cookies that are essential for our site to work.', 'Accept all', 'Reject non-essential',
  ],
};
