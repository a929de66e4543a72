import { links, type TestPage, texts } from './page-kit.js';
import { toiCity } from './pages-heldout88-f2.js';

/**
 * Held-out batch 88, file f: a science story in The Guardian's DCR (dotcom-rendering) shape, for an invented paper (skip
 * links, the support header with "Support us", "Print subscriptions", "Sign in", the pillar nav and subnav, the section tag,
 * headline and standfirst, the main image with caption and credit, the byline with job title, dateline and share button,
 * a multi-image gallery of four figures inside the article body with captions and credits, an inline ad slot with its
 * label, the newsletter promotion with its "skip past" and "after" markers, the "This article was amended on ..." footnote
 * at the end of the text, "Explore more on these topics", "Reuse this content", the support epic, "Most viewed", and the
 * footer).
 */
const gdTitle = 'Seamount survey finds more than 40 species new to science off Tasmania';
const gdStandfirst =
  'Researchers using a remotely operated vehicle found glass sponges, a ghostly octopus and a carnivorous sea squirt on an ' +
  'undersea mountain 2km below the surface';
const gdP1 = [
  'An expedition to an unexplored undersea mountain off the south-east coast of Tasmania has found more than 40 animals ' +
    'that scientists believe are new to science, including a translucent octopus, several glass sponges and a sea squirt ' +
    'that traps small shrimp like a Venus flytrap.',
  'The 18-day voyage surveyed the Kellaway seamount, a volcanic peak that rises about 2,800 metres from the sea floor but ' +
    'stops well short of the surface. Using a remotely operated vehicle, the team filmed and collected animals at depths ' +
    'of between 900 and 2,100 metres.',
  '“Every dive brought up something we couldn’t put a name to,” said Dr Anika Hollis, a deep-sea ecologist at the ' +
    'University of Launceston who led the expedition. “On some dives it was most of what we saw.”',
];
const gdP2 = [
  'Confirming that a species is new can take years, as specimens are compared with collections in museums around the ' +
    'world and their DNA is sequenced. But Hollis said the team was confident that at least 42 of the animals it had ' +
    'collected had not been described before, and that the true number could be more than 100.',
  'Among the most striking finds was a small, almost transparent octopus whose internal organs are visible through its ' +
    'skin. The team also found a stalked sea squirt that closes its hooded mouth around small crustaceans drifting past, ' +
    'and a bright orange sea star with 14 arms.',
  'Seamounts are hotspots of marine life because they force deep, nutrient-rich water upwards, and because the hard rock ' +
    'gives animals such as corals and sponges something to anchor to. Many of the creatures found on them live nowhere ' +
    'else.',
];
const gdP3 = [
  'That makes them vulnerable. Bottom trawling on seamounts in the Southern Ocean during the 1980s and 1990s destroyed ' +
    'coral reefs that had taken thousands of years to grow, and many have shown little sign of recovery.',
  'The Kellaway seamount lies just outside an existing marine park, and the researchers said their findings made a strong ' +
    'case for extending its boundaries. “We have found an extraordinary community of animals on a mountain that almost ' +
    'nobody knew existed,” Hollis said. “It would be a tragedy to lose it before we have even named them.”',
  'A spokesperson for the federal environment department said it would consider the expedition’s findings as part of a ' +
    'review of the marine park network due next year.',
  'The voyage was funded by the Ocean Census programme, an international effort to speed up the discovery of marine ' +
    'species. The specimens will be held at the Tasmanian Museum of Natural History.',
];
const gdAmend =
  '• This article was amended on 13 November 2025. An earlier version said the expedition was led from the University of ' +
  'Hobart; it was led from the University of Launceston.';
const gdSkip = ['Skip to main content', 'Skip to navigation'];
const gdSupport = ['Support the Sentinel', 'Fund the free, independent journalism the world needs', 'Support us', 'Print subscriptions', 'Sign in'] as const;
const gdPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gdSubnav = ['World', 'UK', 'Climate crisis', 'Environment', 'Science', 'Global development', 'Tech', 'Business', 'Obituaries'];
const gdMain = ['The remotely operated vehicle is lowered from the research vessel Investigator.', 'Photograph: Marcus Trevena/CSIRO'] as const;
const gdGallery = [
  ['A translucent octopus, its organs visible through its skin.', 'Photograph: Ocean Census/University of Launceston'],
  ['A stalked sea squirt with its hood open to catch passing prey.', 'Photograph: Ocean Census/University of Launceston'],
  ['A glass sponge anchored to volcanic rock at 1,900 metres.', 'Photograph: Lin Zhao/Ocean Census'],
  ['An orange sea star with 14 arms.', 'Photograph: Lin Zhao/Ocean Census'],
] as const;
const gdNews = [
  'skip past newsletter promotion',
  'Sign up to Down to Earth',
  'Free weekly newsletter',
  'The planet’s most important stories. Get all the week’s environment news - the good, the bad and the essential',
  'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
  'after newsletter promotion',
];
const gdTopics = ['Marine life', 'Oceans', 'Tasmania', 'Biodiversity', 'news'];
const gdEpic = [
  'You’ve read 9 articles in the last year',
  'Our journalism is free to read because tens of thousands of readers choose to support it. If you can, please join them.',
  'Support us',
] as const;
const gdMost = [
  'Birdwatchers flock to Norfolk after rare warbler sighting',
  'Why some people never catch a cold',
  'Archaeologists find Roman shoes in a Cumbrian bog',
];
const gdFoot = [
  'About us',
  'Contact us',
  'Complaints & corrections',
  'SecureDrop',
  'Work for us',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Help',
];
const gdCopy = '© 2025 Sentinel News & Media Limited or its affiliated companies. All rights reserved.';
const gdPs = (a: readonly string[]): string => a.map((p) => `<p class="dcr-16w5gq9">${p}</p>`).join('\n');
const gdFig = (f: readonly string[], i: number): string => `<figure id="gal-${i}" data-spacefinder-role="inline" class="dcr-173mewl">
<div class="dcr-1t8m8f2"><picture><img alt="${f[0]}" src="https://i.sentinel.example/img/media/gal${i}/master/2000.jpg?width=620&amp;dpr=1&amp;s=none"
width="620" height="413" loading="lazy" class="dcr-evn1e9"></picture></div><figcaption class="dcr-9ktzqp"><span class="dcr-1inf02i">${f[0]}</span>
<span class="dcr-1inf02i">${f[1]}</span></figcaption></figure>`;
const gdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${gdTitle} | Marine life | The Sentinel</title><meta name="description" content="${gdStandfirst}">
<meta property="og:title" content="${gdTitle}"><meta property="og:type" content="article"><meta property="article:section" content="Science">
<meta property="article:published_time" content="2025-11-12T16:00:06.000Z"><meta property="article:modified_time" content="2025-11-13T09:41:22.000Z">
<link rel="canonical" href="https://www.sentinel.example/science/2025/nov/12/seamount-survey-new-species-tasmania">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gdTitle}","datePublished":"2025-11-12T16:00:06.000Z",
"dateModified":"2025-11-13T09:41:22.000Z","author":[{"@type":"Person","name":"Graham Ellery","sameAs":"https://www.sentinel.example/profile/graham-ellery"}],
"publisher":{"@type":"Organization","name":"The Sentinel"}}]</script>
<script>window.guardian = {"config":{"page":{"section":"science","contentType":"Article","isPaidContent":false}}};</script></head>
<body><div id="bannerandheader">
<div class="dcr-1ai7a5g">${gdSkip.map((s, i) => `<a href="#${i === 0 ? 'maincontent' : 'navigation'}" class="dcr-1r7jt9">${s}</a>`).join('')}</div>
<header data-component="header" class="dcr-1h8v3ki"><div class="dcr-1lqwjd1"><div class="dcr-7vkrl"><h2 class="dcr-1f09zw">${gdSupport[0]}</h2>
<p class="dcr-1lgvr1b">${gdSupport[1]}</p><a href="https://support.sentinel.example/" class="dcr-1ty2q4k">${gdSupport[2]}</a></div>
<div class="dcr-14ik0ss"><a href="https://support.sentinel.example/subscribe/weekly">${gdSupport[3]}</a>
<a href="https://profile.sentinel.example/signin">${gdSupport[4]}</a>
</div><a href="/" class="dcr-1sm0rsm"><span class="dcr-1i8kx5">The Sentinel - Back to home</span><svg></svg></a></div>
<nav id="navigation" aria-label="Sentinel sections" data-component="nav2"><ul class="dcr-1p2h2wb">${links(gdPillars, 'dcr-6wo3f')}</ul>
<ul class="dcr-17p4ldm" data-testid="sub-nav">${links(gdSubnav, 'dcr-1h1b3zs')}</ul></nav></header></div>
<main data-layout="StandardLayout"><article class="dcr-kgq8b1"><div class="dcr-1wg8uew">
<div data-gu-name="title" class="dcr-1kxyyja"><a href="/science/marine-life" class="dcr-1p0h8v">Marine life</a></div>
<div data-gu-name="headline" class="dcr-1dl0hba"><div class="dcr-1n4ub8y"><h1 class="dcr-1eoa1wx">${gdTitle}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1slp9gb"><div class="dcr-f8zv8"><p>${gdStandfirst}</p></div></div>
<div data-gu-name="media" class="dcr-1lvmm5m"><figure id="img-1" class="dcr-1kh5m3a"><div class="dcr-lb8z0o"><picture><img alt="ROV being lowered"
src="https://i.sentinel.example/img/media/rov/master/3000.jpg?width=700&amp;dpr=1&amp;s=none" width="700" height="420"></picture></div>
<figcaption class="dcr-jpt46l"><span class="dcr-1inf02i"><svg width="18" height="13" viewBox="0 0 18 13"></svg>${gdMain[0]}</span>
<span class="dcr-1inf02i">${gdMain[1]}</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1xdrh8l"><div class="dcr-1cfpnlw"><address aria-label="Contributor info" class="dcr-1cfpnlw">
<a rel="author" href="/profile/graham-ellery" data-link-name="auto tag link">Graham Ellery</a> Science correspondent</address></div>
<details class="dcr-1ky9k5p"><summary><span class="dcr-u0h1qy">Wed 12 Nov 2025 16.00 GMT</span></summary>
<span class="dcr-u0h1qy">Last modified on Thu 13 Nov 2025 09.41 GMT</span>
</details><div class="dcr-1r74dl4" data-gu-name="share"><button class="dcr-zbc6j1" aria-label="Share">Share</button></div></div>
<div data-gu-name="body" class="dcr-1yd8ctl"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-fp1ya">
${gdPs(gdP1)}
<aside class="ad-slot-container dcr-14l2fe"><div class="ad-slot__label dcr-1ctr7hr">Advertisement</div><div id="dfp-ad--inline1"
class="js-ad-slot ad-slot ad-slot--inline" data-link-name="ad slot inline1" aria-hidden="true"></div></aside>
${gdPs(gdP2.slice(0, 2))}
<div class="dcr-1vzcmkl" data-spacefinder-role="inline" data-component="multi-image">${gdGallery.map(gdFig).join('\n')}</div>
${gdPs(gdP2.slice(2))}
<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-14" class="dcr-jzxpee">${gdNews[0]}</a>
<div data-component="newsletter-signup" class="dcr-1glbmzd"><div class="dcr-1ub0hxe"><p class="dcr-1pxb3u1">${gdNews[1]}</p>
<p class="dcr-1cqo2wf">${gdNews[2]}</p></div>
<p class="dcr-1vn5kcg">${gdNews[3]}</p><form><label for="email" class="dcr-1rx8wse">Enter your email address</label><input id="email" type="email">
<button type="submit" class="dcr-11hbe5l">Sign up</button></form><p class="dcr-1jj98u3">${gdNews[4]}</p></div>
<div id="EmailSignup-skip-link-14" tabindex="0" aria-label="after newsletter promotion" role="note" class="dcr-jzxpee">${gdNews[5]}</div>
${gdPs(gdP3)}
<p class="dcr-16w5gq9"><em>${gdAmend}</em></p>
</div></div>
<div data-gu-name="submeta" class="dcr-1a7w3ge"><span class="dcr-1q0sdpx">Explore more on these topics</span><ul>${links(gdTopics, 'dcr-jvt9oq')}</ul>
<div class="dcr-1r74dl4"><button class="dcr-zbc6j1">Share</button><a href="https://syndication.sentinel.example/" class="dcr-1bu7kwx">Reuse this content</a>
</div></div>
</div></article>
<div id="slot-body-end" class="dcr-19hkkqw"><div class="dcr-1mnkw9t" data-component="contributions-epic"><h2 class="dcr-1uwu4pw">${gdEpic[0]}</h2>
<p class="dcr-1jvv1sh">${gdEpic[1]}</p><a href="https://support.sentinel.example/contribute" class="dcr-1ty2q4k">${gdEpic[2]}</a></div></div>
<section data-component="most-viewed" class="dcr-1gx9z7s"><h2 class="dcr-10p2ka">Most viewed</h2><ol>${links(gdMost, 'dcr-1m4mt4r')}</ol></section></main>
<footer data-component="footer" class="dcr-1h1kfrx"><ul class="dcr-1w6icqz">${links(gdFoot, 'dcr-1mp8azm')}</ul>
<a href="#top" class="dcr-1xblgcs">Back to top</a>
<p class="dcr-1w7ogi9">${gdCopy}</p></footer>
<script type="module" src="https://assets.sentinel.example/assets/frameworks.web.e9d1b2.js"></script></body></html>`;
const sentinel: TestPage = {
  html: gdHtml,
  name: 'heldout88-guardian-science-news',
  kind: 'news',
  // the standfirst is body; the amendment footnote at the end of the text is a notice about the article, not part of the
  // story: furniture; the gallery captions and credits, the ad label and the newsletter promotion are furniture
  title: gdTitle,
  headings: [],
  body: [gdStandfirst, ...texts(gdP1), ...gdP2, ...gdP3],
  bylines: ['Graham Ellery', 'Science correspondent', 'Wed 12 Nov 2025 16.00 GMT', 'Last modified on Thu 13 Nov 2025 09.41 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gdSkip, gdSupport[0], gdSupport[1], 'Support us', ...gdSupport.slice(3), 'The Sentinel - Back to home', ...gdPillars, ...gdSubnav, 'Marine life',
    ...gdMain, 'Share', 'Advertisement', ...new Set(gdGallery.flat()), ...gdNews, 'Enter your email address', 'Sign up', gdAmend,
    'Explore more on these topics',
    ...gdTopics.slice(1), 'Reuse this content', gdEpic[0], gdEpic[1], 'Most viewed', ...gdMost, ...gdFoot, 'Back to top', gdCopy,
  ],
};

export const HELDOUT88_F: readonly TestPage[] = [sentinel, toiCity];
