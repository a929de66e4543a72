import { links, type TestPage, texts } from './page-kit.js';
import { irishTimesArticle } from './pages-heldout65-e2.js';

/**
 * Held-out batch 65, file e: a Sydney Morning Herald article on Nine's template (hashed class names and data-testid
 * attributes: the masthead with "Subscribe" and "Log in", the section nav, the "Transport" kicker, headline, the text-size,
 * save and share tools with their screen-reader labels, the byline and "November 12, 2025 — 5.00am" date, the lead image
 * with "Credit:" in its caption, the body with ad slots and an italic newsletter promo at its end, "License this article",
 * the topic link, the author profile with "Connect via X or email.", "Most Viewed in National", "From our partners", the
 * consent banner, the footer and the __INITIAL_STATE__ script).
 */
const smTitle = 'Bus waits in Sydney’s west cut by a third after network overhaul, data shows';
const smBody = [
  'Commuters on some of western Sydney’s busiest bus routes are waiting a third less time at their stops than a year ago, ' +
    'according to new data that suggests the state government’s timetable overhaul is beginning to pay off.',
  'Figures obtained by the <i>Herald</i> show the average wait on 14 routes through Blacktown, Mount Druitt and Penrith fell from ' +
    '11.2 minutes to 7.4 minutes between September 2024 and September 2025, after the routes were redesigned to run more often ' +
    'on fewer, straighter lines.',
  'The number of services that ran more than five minutes late also dropped, from about one in five to one in eight, while ' +
    'patronage on the redesigned routes rose 18 per cent.',
  'A Transport for NSW spokeswoman said the changes had been designed “from the passenger out”, with planners using anonymised ' +
    'Opal card data to work out where people actually travelled rather than where old routes happened to go.',
  '“We took some routes that wandered through every back street in the suburb and straightened them out, then put the buses we ' +
    'saved back on as extra trips,” she said.',
  'Not every passenger has welcomed the changes. Residents in parts of St Marys and Colyton lost direct services to Nepean ' +
    'Hospital and now have to change buses, a trip community groups say is difficult for older passengers and parents with prams.',
  'Margaret Nguyen, 74, said her trip to the hospital for weekly appointments now took longer even though her first bus came ' +
    'more often. “I spend more time standing at the interchange than I used to spend on the whole trip,” she said.',
  'University of Sydney transport researcher Dr Ravi Menon said the results were consistent with what had happened in other ' +
    'cities that redesigned their bus networks, including Auckland and Houston.',
  '“Frequency is the thing passengers value most, because it means you don’t have to plan your life around a timetable,” he ' +
    'said. “The trade-off is always that some people have to transfer. The question is whether you make those transfers quick ' +
    'and comfortable.”',
  'The government plans to extend the redesign to the Liverpool and Campbelltown areas next year. Consultation on the draft ' + 'routes opens on Monday.',
];
const smPromo =
  'Start the day with a summary of the day’s most important and interesting stories, analysis and insights. Sign up for our ' + 'Morning Edition newsletter.';
const smNav = ['Sydney', 'NSW', 'Politics', 'Business', 'World', 'National', 'Opinion', 'Property', 'Sport', 'Lifestyle', 'Culture', 'Good Food', 'Traveller'];
const smTools = ['Normal text size', 'Larger text size', 'Very large text size'];
const smMost = [
  'Man charged after alleged hit-and-run in Parramatta',
  'Why Sydney’s Harbour Bridge toll is about to rise again',
  'The suburbs where rents fell this spring',
  'School holiday dates for 2026 confirmed',
];
const smPartners = ['Five cruises from Sydney worth booking this summer', 'Inside the Hunter Valley’s newest cellar door'];
const smFoot = [
  'Contact & support',
  'Advertise with us',
  'Newsletters',
  'Accessibility guide',
  'Sitemap',
  'Photo sales',
  'Purchase front pages',
  'Content licensing',
  'Work with us',
  'Terms of use',
  'Privacy policy',
  'Press Council',
  'Charter of Editorial Independence',
];
const smCap = 'Passengers board a service at the Mount Druitt interchange.';
const smBio = 'Tom Kavanagh is a transport reporter for The Sydney Morning Herald.';
const smAd = `<div class="_1Jd5d" data-testid="ad"><span class="_2dEoK">Advertisement</span><div id="adspot-300x250-pos-2"></div></div>`;
const smHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>${smTitle}</title>
<meta name="description" content="Commuters on some of western Sydney’s busiest bus routes are waiting a third less time at their stops.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${smTitle}","datePublished":"2025-11-11T18:00:00.000Z",
"author":[{"@type":"Person","name":"Tom Kavanagh"}],"publisher":{"@type":"Organization","name":"The Sydney Morning Herald"},
"isAccessibleForFree":false}</script>
<style>._3R4Yo p{margin:0 0 1.25rem}._1Jd5d{text-align:center}._2dEoK{font-size:11px;text-transform:uppercase}</style></head>
<body><div id="app"><header class="_2gTe1" data-testid="header"><a class="_1p7P5" href="/" aria-label="The Sydney Morning Herald"><svg aria-hidden="true">
</svg></a>
<div class="_3mFhv"><a class="_2yTgu" href="/subscribe">Subscribe</a><a class="_1aJc9" href="/login">Log in</a></div>
<nav class="_3FwJd" data-testid="nav" aria-label="Sections"><ul>${links(smNav, '_2PQAD')}</ul></nav></header>
${smAd.replace('pos-2', 'pos-1')}
<main class="_2kK3x"><article class="_3Dz4X" data-testid="article"><header class="_1ax9B">
<a class="_2S3nD" data-testid="category-label" href="/topic/transport-6b9">Transport</a>
<h1 class="_3lFzE" data-testid="headline" itemprop="headline">${smTitle}</h1>
<div class="_3Ks1Y" data-testid="article-tools"><div role="group" aria-label="Text size">${smTools
  .map((t) => `<button class="_1sPku" aria-label="${t}"><span class="_3vnAz">${t}</span></button>`)
  .join('')}</div>
<button class="_2Ujxo" data-testid="save-button"><span>Save</span></button><div class="_1y6nX" role="tooltip" hidden>Log in, register or subscribe to save
 articles for later.</div><button class="_3vYhT" data-testid="share-button"><span>Share</span></button></div>
<div class="_1Oa0o"><span data-testid="byline"><a class="_3bDvI" data-testid="byline-author-link" href="/by/tom-kavanagh-p5388f">Tom Kavanagh</a></span>
<time class="_2_zR-" data-testid="datetime" datetime="2025-11-11T18:00:00.000Z">November 12, 2025 — 5.00am</time></div></header>
<figure class="_1mJyY" data-testid="image"><picture><img src="https://static.ffx.io/images/$zoom_0.4%2C$multiply_0.7/t_crop_custom/q_86/mtdruitt.jpg"
 alt="" loading="eager"></picture><figcaption class="_2SXFY"><span>${smCap}</span><span class="_17z3o">Credit: Nick Moir</span></figcaption></figure>
<div class="_3R4Yo" data-testid="body-content">
${smBody
  .slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${smAd}
${smBody
  .slice(4, 8)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${smAd.replace('pos-2', 'pos-3')}
${smBody
  .slice(8)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><em>${smPromo}</em></p>
</div>
<div class="_2IPW2"><a class="_1tCSh" href="https://licensing.smh.com.au/">License this article</a></div>
<ul class="_3e6y9" data-testid="topics"><li><a href="/topic/sydney-buses-1n5">Sydney buses</a></li></ul>
<section class="_3VPNZ" data-testid="author-profile"><img src="https://static.ffx.io/images/tom-kavanagh.png" alt="Tom Kavanagh" width="64">
<p><a href="/by/tom-kavanagh-p5388f">${smBio}</a><a class="_2Mtw-" href="https://x.com/tomkav_smh">Connect via X or email.</a></p></section>
</article><aside class="_2Ef3x"><section data-testid="most-viewed"><h2 class="_3lq8H">Most Viewed in National</h2>
<ol>${links(smMost, '_1KCwK')}</ol></section>${smAd.replace('pos-2', 'pos-4')}</aside></main>
<section class="_3GmT1" data-testid="partners"><h2>From our partners</h2><ul>${links(smPartners, '_1vQ2L')}</ul></section>
<footer class="_3O-7P" data-testid="footer"><ul>${links(smFoot, '_2rIr1')}</ul><p>Copyright © 2025</p></footer>
<div class="_1gqNt" data-testid="consent" role="dialog"><p>We use cookies to improve your experience. By continuing you agree to our use of cookies.</p>
<button>OK</button></div></div>
<script>window.INITIAL_STATE = {"page":{"type":"article","brand":"smh","section":"national/nsw"},"article":{"id":"p5tj3k","wordCount":512}};</script>
</body></html>`;
const smhArticle: TestPage = {
  html: smHtml,
  name: 'heldout65-smh-article',
  kind: 'news',
  // no standfirst on the page and no section headings: the ten paragraphs are the body. Bylines: the author (byline and
  // profile), the date and the profile's one-line bio. Furniture: the text-size, save and share tools with the
  // hidden "save for later" tooltip, the caption and its "Credit:", ad labels (once), the italic Morning Edition promo at the
  // end of the body (a newsletter pitch in the article's own paragraphs, not article text), "License this article", the
  // topic, "Connect via X or email.", "Most Viewed in National", "From our partners", the consent banner, masthead, nav and
  // footer. Left out as words of the title or body: the nav's "Sydney" and "NSW" and the kicker "Transport" ("Save" is kept:
  // the body has "saved", another word)
  title: smTitle,
  headings: [],
  body: texts(smBody),
  bylines: ['Tom Kavanagh', 'November 12, 2025 — 5.00am', smBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...smNav.filter((t) => t !== 'Sydney' && t !== 'NSW'), 'Advertisement', ...smTools, 'Save',
    'Log in, register or subscribe to save articles for later.', 'Share', smCap, 'Credit: Nick Moir', smPromo, 'License this article',
    'Sydney buses', 'Connect via X or email.', 'Most Viewed in National', ...smMost, 'From our partners', ...smPartners, ...smFoot,
    'Copyright © 2025', 'We use cookies to improve your experience. By continuing you agree to our use of cookies.', 'OK',
  ],
};

export const HELDOUT65_E: readonly TestPage[] = [smhArticle, irishTimesArticle];
