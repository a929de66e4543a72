import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 210, file c2: a car maker's newsroom press release (corporate header, newsroom sub-nav, the "for media
 * use" interstitial hidden in the page, breadcrumbs, category and date, summary bullets, the release text with its dateline,
 * quotes, "Notes to editors" and the boilerplate, the media contacts card, the "Downloads" box with image captions and file
 * sizes, tags, share links, "Related releases", the press-alert sign-up, cookie bar and footer).
 */
const nrTitle = 'Aldren Motor Company opens £240 million battery assembly hall at Hinckley plant';
const nrBullets = [
  'New 38,000 square metre hall will assemble battery packs for three electric models from 2027',
  'Creates 650 jobs, with 200 roles filled by retraining existing engine plant staff',
  'Hall runs on electricity from on-site solar array and a long-term wind power contract',
];
const nrP1 = [
  'HINCKLEY, UK, 4 March 2026 – Aldren Motor Company today opened a new battery assembly hall at its Hinckley plant in ' +
    'Leicestershire, the largest single investment at the site since it opened in 1994.',
  'The hall will assemble battery packs from cells supplied by the company’s joint-venture partner, with capacity for 180,000 ' +
    'packs a year. Packs will go to Aldren’s Hinckley vehicle assembly line next door and to its plant in Zaragoza, Spain.',
  '“This hall secures the future of car making in Hinckley for the next generation,” said Miriam Castell, Aldren’s president ' +
    'for Europe. “Three years ago many people expected this site to wind down as engine production ended. Instead, it is ' +
    'becoming one of the most important plants in our global network.”',
];
const nrH1 = 'Retraining the engine plant team';
const nrP2 = [
  'Around 200 of the 650 roles in the new hall have been filled by staff from Hinckley’s engine plant, which will stop ' +
    'production at the end of 2026. Each completed a 14-week programme at the plant’s training centre, developed with ' +
    'North Warwickshire and South Leicestershire College, covering high-voltage safety, pack assembly and quality inspection.',
  '“I have built engines here for 22 years,” said Tom Awosika, a team leader in the new hall. “I was worried there would be no ' +
    'place for people like me. The training was hard work, but I am still building the heart of the car.”',
];
const nrH2 = 'Renewable energy and water recycling';
const nrP3 = [
  'A 14-megawatt solar array on the roofs of the hall and neighbouring buildings will supply around a third of its electricity. ' +
    'The remainder comes from a 15-year contract with a wind farm in Northumberland. Water used in testing is recycled on site.',
];
const nrH3 = 'Notes to editors';
const nrNotes = [
  'Production of battery packs begins in the first quarter of 2027.',
  'Total investment in the Hinckley plant since 2023 is £610 million.',
  'Images and b-roll video are available in the downloads section of this release.',
];
const nrH4 = 'About Aldren Motor Company';
const nrAbout =
  'Aldren Motor Company designs and builds cars and light commercial vehicles in the UK, Spain and Brazil, and sells them in ' +
  '46 markets. It employs 31,000 people worldwide.';
const nrContacts = ['Media contacts', 'Hannah Reyes', 'Manufacturing Communications Manager', '+44 (0)1455 200 410', 'hannah.reyes@aldren.example'];
const nrNav = ['Vehicles', 'Electric', 'Company', 'Sustainability', 'Careers', 'Investors'];
const nrSub = ['Press releases', 'Media kits', 'Images', 'Videos', 'Media contacts'];
const nrGate = ['This site is intended for journalists and media professionals.', 'Continue to newsroom'];
const nrDl = ['Downloads', 'Battery hall interior', 'JPG, 6.2 MB', 'Miriam Castell at the opening', 'JPG, 4.8 MB', 'Download all (ZIP, 48 MB)'];
const nrTags = ['Manufacturing', 'Electrification', 'UK'];
const nrShare = ['Share', 'LinkedIn', 'X', 'Email', 'Copy link'];
const nrRel = ['Aldren confirms electric Vela for Hinckley production', 'Aldren reports 2025 full-year results', 'Zaragoza plant marks 5 millionth car'];
const nrAlert = ['Get press alerts', 'Receive new releases by email.', 'Register'];
const nrCookie = ['We use cookies to make this site work and to understand how it is used.', 'Accept cookies', 'Cookie settings'];
const nrFoot = ['aldren.example', 'Legal', 'Privacy', 'Cookies', 'Accessibility', 'Modern Slavery Statement'];
const nrCopy = '© 2026 Aldren Motor Company Ltd';
const nrHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${nrTitle} | Aldren Newsroom</title><meta name="description" content="${nrBullets[0]}">
<meta property="og:title" content="${nrTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://media.aldren.example/en-gb/releases/1287">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nrTitle}","datePublished":"2026-03-04T09:00:00Z",
"publisher":{"@type":"Organization","name":"Aldren Motor Company"}}</script>
<script src="/assets/newsroom/runtime.4c1d.js" defer></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="a1d"></script>
</head><body class="newsroom release-page">
<div class="media-gate" id="mediaGate" hidden><p>${nrGate[0]}</p><button type="button">${nrGate[1]}</button></div>
<header class="global-header"><a class="global-header__logo" href="https://www.aldren.example/">Aldren</a><nav class="global-header__nav">
<ul>${links(nrNav)}</ul></nav></header>
<div class="newsroom-bar"><a class="newsroom-bar__title" href="/en-gb/">Newsroom</a><nav aria-label="Newsroom"><ul>${links(nrSub)}</ul></nav>
<form class="newsroom-bar__search" role="search"><input type="search" aria-label="Search the newsroom"><button>Search</button></form></div>
<main id="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(['Newsroom', 'Press releases'])}</ol></nav>
<div class="release-layout"><article class="release" itemscope itemtype="https://schema.org/NewsArticle">
<div class="release__meta"><span class="release__category">Corporate</span><time class="release__date" datetime="2026-03-04">04 March 2026</time></div>
<h1 class="release__title" itemprop="headline">${nrTitle}</h1>
<ul class="release__summary">${nrBullets.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="release__body rich-text" itemprop="articleBody">
${nrP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${nrH1}</h2>
${nrP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${nrH2}</h2>
${nrP3.map((p) => `<p>${p}</p>`).join('\n')}
<p class="release__end">ENDS</p>
<h3>${nrH3}</h3><ul>${nrNotes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${nrH4}</h3><p>${nrAbout}</p></div>
<div class="release__tags"><span class="release__tags-label">Tags:</span><ul>${links(nrTags)}</ul></div>
<div class="share-links"><span>${nrShare[0]}</span><ul>${links(nrShare.slice(1))}</ul></div></article>
<aside class="release-aside"><section class="contact-card"><h2>${nrContacts[0]}</h2><p><strong>${nrContacts[1]}</strong><br>${nrContacts[2]}<br>
<a href="tel:+441455200410">${nrContacts[3]}</a><br><a href="mailto:${nrContacts[4]}">${nrContacts[4]}</a></p></section>
<section class="downloads"><h2>${nrDl[0]}</h2><ul><li><img src="/media/1287/hall.jpg" alt=""><span class="downloads__caption">${nrDl[1]}</span>
<span class="downloads__meta">${nrDl[2]}</span></li><li><img src="/media/1287/castell.jpg" alt=""><span class="downloads__caption">${nrDl[3]}</span>
<span class="downloads__meta">${nrDl[4]}</span></li></ul><a class="btn" href="/media/1287/all.zip">${nrDl[5]}</a></section></aside></div>
<section class="related-releases"><h2>Related releases</h2><ul>${links(nrRel)}</ul></section>
<section class="press-alerts"><h2>${nrAlert[0]}</h2><p>${nrAlert[1]}</p><a class="btn" href="/en-gb/register">${nrAlert[2]}</a></section></main>
<footer class="global-footer"><ul>${links(nrFoot)}</ul><p>${nrCopy}</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${nrCookie[0]}</p><button>${nrCookie[1]}</button><button>${nrCookie[2]}</button></div>
</body></html>`;
export const newsroom: TestPage = {
  html: nrHtml,
  name: 'heldout210-carmaker-newsroom-release',
  kind: 'news',
  // the summary bullets, "Notes to editors" and the boilerplate are body; the dateline opens the first paragraph (body);
  // "ENDS" and the media contacts card are in neither list; the date is a byline, the category furniture
  title: nrTitle,
  headings: [nrH1, nrH2, nrH3, nrH4],
  body: texts([...nrBullets, ...nrP1, ...nrP2, ...nrP3, ...nrNotes, nrAbout]),
  bylines: ['04 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nrGate, 'Corporate', ...nrNav, 'Newsroom', ...nrSub, 'Search', ...nrDl, 'Tags:', ...nrTags, ...nrShare, 'Related releases', ...nrRel, ...nrAlert,
    ...nrCookie, ...nrFoot, nrCopy,
  ],
};
