import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 25, file a2: a Los Angeles Times story on the California Times template (ps-* custom elements, the
 * "page-article" layout, section breadcrumb, headline and subheadline, byline with author title, the published date, the
 * share menu with "Share via" and "Copy Link", the automated-voice audio note, lead figure with caption and credit, the body
 * with promo "enhancements" (a related story card and a newsletter signup), "More to Read", "Subscribers are reading", the
 * author bio, a subscription offer bar and the footer with its legal links).
 */
const ltTitle = 'An old fire lookout above the San Gabriel Valley will be staffed again, this time by volunteers';
const ltDek =
  'Sawtooth Peak Lookout, closed since 1994, will reopen in May with a crew of 60 trained volunteers watching for smoke from ' +
  'a 7,400-foot perch in the Angeles National Forest.';
const ltBody = [
  'For three decades the squat wooden cab on top of Sawtooth Peak has been empty, its windows boarded over and its catwalk ' +
    'slowly giving way to snow and sun. Starting in May, someone will be sitting inside it again, with binoculars, a radio and a ' +
    'brass fire finder bolted to a table in the middle of the room.',
  'The U.S. Forest Service said this week that it had signed an agreement with the San Gabriel Lookout Assn., a nonprofit formed in ' +
    '2021, to staff the tower from May through November. The group has trained 60 volunteers, most of them retirees from the ' +
    'foothill cities below, to take shifts of two or three days at a time during the fire season.',
  '“People ask why we would bother when there are cameras on every ridge,” said Teresa Villaseñor, 67, a retired Pasadena ' +
    'schoolteacher who leads the association. “The cameras are wonderful. But a person who has sat up there for a week knows ' +
    'which haze is dust, which is fog and which is the start of something.”',
  'The lookout was built in 1935 by the Civilian Conservation Corps and was one of more than a dozen in the Angeles forest at the ' +
    'height of the program. Most were closed in the 1970s and 1980s as aircraft patrols and, later, remote cameras took over the ' +
    'job of spotting new fires.',
  'Restoring Sawtooth cost about $410,000, said Forest Service spokesperson Daniel Okimoto. Most of the money came from private ' +
    'donations and a state wildfire-prevention grant; volunteers replaced the roof, rebuilt the stairs and installed solar panels ' +
    'to power the radio.',
  'Fire officials stress that the volunteers are an addition to, not a replacement for, the network of about 1,100 cameras that ' +
    'now watch California’s backcountry. Lookout staff will report smoke to the Angeles Emergency Communications Center, which ' +
    'will decide whether to send crews.',
  'Villaseñor said the group also hopes to open the lookout to visitors on weekends, when volunteers can explain how the fire ' +
    'finder works. The nearest trailhead is a steep four-mile hike from the Angeles Crest Highway.',
  'She spent her first night in the restored cab in October. “You see the whole basin, from the ocean to the desert,” she said. ' +
    '“At night it looks like a field of stars that somebody spilled.”',
];
const ltCaption = 'Volunteer Teresa Villaseñor looks out from the restored Sawtooth Peak Lookout in the Angeles National Forest.';
const ltCredit = '(Genaro Molina / Los Angeles Times)';
const ltPromo = 'Fire season is getting longer in Southern California. Here’s what that means for your neighborhood';
const ltPromoDesc = 'Our analysis of 40 years of fire records found the season now starts about three weeks earlier than it did in the 1980s.';
const ltNlHead = 'Toward a more sustainable California';
const ltNlText = 'Get Boiling Point, our newsletter on climate, energy and the environment, delivered to your inbox every week.';
const ltNlLegal = 'You may occasionally receive promotional content from the Los Angeles Times.';
const ltAudio = 'This is read by an automated voice. Please report any issues or inconsistencies here.';
const ltBio =
  'Ruben Castellanos covers the San Gabriel Valley and the mountains above it for the Los Angeles Times. He joined The Times in 2019 ' +
  'after reporting for newspapers in Fresno and Bakersfield.';
const ltShare = ['Email', 'Facebook', 'X', 'LinkedIn', 'Threads', 'Reddit', 'WhatsApp'];
const ltNav = ['California', 'Politics', 'Climate', 'Entertainment & Arts', 'Food', 'Lifestyle', 'Opinion', 'Sports', 'World & Nation'];
const ltMore = [
  'Eaton fire survivors return to the Altadena hills a year later',
  'What to know before you hike Mt. Baldy this winter',
  'The Angeles Crest Highway reopens after two years of repairs',
];
const ltSubs = ['How a tiny Pasadena bakery outlasted three landlords', 'Why L.A.’s street trees are dying faster than the city can plant them'];
const ltFoot = ['Subscribe for unlimited access', 'Site Map', 'Follow Us', 'eNewspaper', 'Coupons', 'Find/Post Jobs', 'Place an Ad', 'Media Kit'];
const ltLegal = ['Terms of Service', 'Privacy Policy', 'CA Notice of Collection', 'Do Not Sell or Share My Personal Information'];
const ltPs = (p: readonly string[]) => p.map((t) => `<p>${t}</p>`).join('\n');
const ltHtml = `<!DOCTYPE html>
<html class="Page" lang="en" data-page-type="article"><head><meta charset="UTF-8">
<title>Fire lookout above San Gabriel Valley to be staffed again - Los Angeles Times</title>
<meta name="description" content="${ltDek}"><meta name="brightspot.contentId" content="00000199-7a3c-d8f1-a9fd-fbfe5e2b0000">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ltTitle}",
"author":[{"@type":"Person","name":"Ruben Castellanos","jobTitle":"Staff Writer"}],"datePublished":"2025-11-18T13:00:00Z",
"publisher":{"@type":"Organization","name":"Los Angeles Times"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"Article","section":"california","byline":"Ruben Castellanos"});</script>
</head><body class="page-body">
<ps-header class="Page-header" data-sticky><div class="Page-header-bar"><button class="Page-header-menu-trigger" aria-label="Show Search">Show Search</button>
<a class="Page-header-logo" href="https://www.latimes.com"><img alt="Los Angeles Times" src="/logo.svg"></a>
<a class="button subscribe" href="/subscriptions">Subscribe</a><a class="login" href="/login">Log In</a></div>
<nav class="Page-header-navigation"><ul>${links(ltNav, 'navigation-item')}</ul></nav></ps-header>
<div class="page-content"><div class="page-article-container"><div class="page-article"><div class="page-article-main">
<div class="page-lead"><div class="breadcrumb"><a class="link" href="https://www.latimes.com/california">California</a></div>
<h1 class="headline">${ltTitle}</h1><div class="subheadline"><h2>${ltDek}</h2></div>
<div class="byline"><div class="author-name"><a class="link" href="/people/ruben-castellanos">Ruben Castellanos</a></div>
<div class="author-title">Staff Writer</div><ps-follow-button class="follow-button" data-author="ruben-castellanos">Follow</ps-follow-button></div>
<div class="published-date"><time class="published-date-day" datetime="2025-11-18T05:00:00-08:00">Nov. 18, 2025 5 AM PT</time></div>
<ps-social-bar class="social-bar"><button class="social-bar-toggle" aria-label="Share">Share</button>
<div class="social-bar-menu" hidden><span class="social-bar-label">Share via</span><button
aria-label="Close extra sharing options">Close extra sharing options</button>
<ul>${links(ltShare, 'social-bar-item')}</ul><button class="copy-link">Copy Link URL</button><span class="copied" hidden>Copied!</span>
<a href="javascript:window.print()">Print</a></div></ps-social-bar>
<ps-tts class="text-to-speech"><button aria-label="Listen to this article">Listen</button><span class="tts-duration">4 min</span>
<p class="tts-disclaimer">${ltAudio.replace('here.', '<a href="https://www.latimes.com/tts-feedback">here</a>.')}</p></ps-tts>
<figure class="figure page-lead-media"><picture><img alt="${ltCaption}" src="https://ca-times.brightspotcdn.com/dims4/default/lookout.jpg"></picture>
<figcaption class="figure-caption"><div class="figure-caption-text"><p>${ltCaption}</p></div>
<div class="figure-credit">${ltCredit}</div></figcaption></figure></div>
<div class="rich-text-article-body" data-content-body>
<div class="rich-text-article-body-content rich-text-body">
${ltPs(ltBody.slice(0, 3))}
<div class="enhancement"><ps-promo class="promo promo-position-large promo-medium-horizontal" data-content-type="article">
<div class="promo-wrapper"><div class="promo-media"><img alt="" src="/fire-season.jpg"></div><div class="promo-content">
<div class="promo-category"><a class="link" href="/environment">Climate &amp; Environment</a></div>
<p class="promo-title"><a class="link" href="/california/story/2025-08-02/fire-season-longer">${ltPromo}</a></p>
<p class="promo-description">${ltPromoDesc}</p><div class="promo-timestamp">Aug. 2, 2025</div></div></div></ps-promo></div>
${ltPs(ltBody.slice(3, 6))}
<div class="enhancement"><ps-newsletter-module class="newsletter-module" data-newsletter="boiling-point">
<div class="newsletter-module-header">${ltNlHead}</div><p class="newsletter-module-description">${ltNlText}</p>
<form><label class="sr-only" for="nl-email">Enter email address</label><input id="nl-email" type="email" placeholder="Enter email address">
<button type="submit">Sign Me Up</button></form><p class="newsletter-module-legal">${ltNlLegal}</p></ps-newsletter-module></div>
${ltPs(ltBody.slice(6))}
</div></div>
<div class="author-about"><div class="author-about-heading">More to Read</div></div>
<section class="list-more-to-read"><ul>${links(ltMore, 'list-item')}</ul></section>
<div class="page-author-bio"><div class="author-bio-name"><a class="link" href="/people/ruben-castellanos">Ruben Castellanos</a></div>
<div class="author-bio-description"><p>${ltBio}</p></div></div>
<section class="list-subscribers-reading"><h2 class="list-title">Subscribers are reading</h2><ol>${links(ltSubs, 'list-item')}</ol></section>
</div></div></div></div>
<ps-offer-bar class="offer-bar" data-offer="article-bottom"><p>Get unlimited digital access. $1 for 6 months.</p>
<a class="button" href="/subscriptions/offer">Subscribe Now</a></ps-offer-bar>
<footer class="Page-footer"><div class="Page-footer-logo">Los Angeles Times</div><ul>${links(ltFoot, 'footer-item')}</ul>
<ul class="footer-legal">${links(ltLegal, 'footer-item')}</ul><p class="copyright">Copyright © 2025, Los Angeles Times</p></footer>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-LATIMES" height="0" width="0" style="display:none"></iframe></noscript>
</body></html>`;
export const laTimes: TestPage = {
  html: ltHtml,
  name: 'heldout25-latimes-story',
  kind: 'news',
  // the subheadline is body (the story's own dek, set in an h2 but not a section heading); the story has no section headings;
  // "Ruben Castellanos", his title "Staff Writer", the date and the end bio are bylines (the bio's name line repeats the byline,
  // listed once); the related-story promo card and the newsletter module sit inside the body container but are promos:
  // furniture with their labels; the automated-voice note, share menu, lead caption and credit, "More to Read", "Subscribers are
  // reading", the offer bar, header and footer are furniture
  title: ltTitle,
  headings: [],
  body: [ltDek, ...texts(ltBody)],
  bylines: ['Ruben Castellanos', 'Staff Writer', 'Nov. 18, 2025 5 AM PT', ltBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Show Search', 'Subscribe', 'Log In', ...ltNav, 'Follow', 'Share', 'Share via', 'Close extra sharing options', ...ltShare, 'Copy Link URL', 'Copied!',
    'Print', 'Listen', ltAudio, '4 min', ltCaption, ltCredit, 'Climate & Environment', ltPromo, ltPromoDesc, 'Aug. 2, 2025', ltNlHead, ltNlText,
    'Enter email address', 'Sign Me Up', ltNlLegal, 'More to Read', ...ltMore, 'Subscribers are reading', ...ltSubs,
    'Get unlimited digital access. $1 for 6 months.', 'Subscribe Now', 'Los Angeles Times', ...ltFoot, ...ltLegal, 'Copyright © 2025, Los Angeles Times',
  ],
};
