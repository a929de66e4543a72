import { links, ps, type TestPage, texts } from './page-kit.js';
import { cnnStory } from './pages-heldout107-a2.js';

/**
 * Held-out batch 107, file a: a BBC News story on the current bbc.co.uk/news template (the cookie consent banner, "Skip to
 * content", the masthead with "Register" and "Sign In", the main and News sub-navigation, the headline block, the byline block
 * with the relative time, author and role, "Share" and "Save" buttons, image blocks with credit and caption, text and
 * subheadline blocks, the "Related" links, "More from the BBC" cards, the "Most read" list and the footer) and, from file a2,
 * a CNN story.
 */
const bbcTitle = 'Ferry link to Ynys Wen cut for a month after pier is found to be unsafe';
const bbcP1 = [
  '<b>The only car ferry to the island of Ynys Wen will not sail for at least four weeks after engineers found serious corrosion in the pier at ' +
    'Porth Deiniol.</b>',
  'About 900 people live on the island, which lies three miles off the coast of Gwynedd, and most of their food, fuel and post arrives on the ferry.',
  'Gwynedd Council said a routine survey on Monday found that several of the steel piles holding up the pier had thinned by more than half in places.',
  'A passenger-only boat will run twice a day from Wednesday, but vehicles and heavy freight will have to wait until temporary repairs are finished.',
];
const bbcH1 = '‘We were given two days’ notice’';
const bbcP2 = [
  'Sioned Parry, who runs the island’s only shop, said she had spent Tuesday morning phoning suppliers to ask whether they could deliver to the ' +
    'harbour in smaller loads.',
  '“We were given two days’ notice that there would be no lorry for a month,” she said. “Bread and milk I can carry on a passenger boat. Gas ' +
    'bottles and animal feed I cannot.”',
  'Farmers on the island said they were worried about moving sheep to the mainland for the autumn sales, which start later this month.',
  'Gareth Lloyd, who keeps about 400 ewes near the north end of the island, said: “If the ferry is not back by the last sale, we will be ' +
    'overwintering animals we had planned to sell, and we do not have the fodder for them.”',
];
const bbcH2 = 'What happens next?';
const bbcP3 = [
  'The council said divers and structural engineers would spend the rest of the week examining the pier below the waterline before deciding on a repair.',
  'A spokesperson said the most likely option was to fit steel sleeves around the worst of the piles, which could be done within four weeks if ' +
    'the weather allowed.',
  'The council added that it was speaking to the Welsh government about the cost of a longer-term replacement, which a report in 2022 put at £14m.',
  'Local Senedd member Rhodri ap Iwan said the island had been “living on borrowed time” and called for the replacement to be brought forward.',
  'The Welsh government said it would “look carefully at any request for support” once the council’s survey was complete.',
  'The passenger boat will leave Porth Deiniol at 08:00 and 16:00 each day, and the council said it would book space for urgent medical and ' +
    'freight needs through its customer contact centre.',
];
const bbcCookie = [
  'Let us know you agree to cookies',
  'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
];
const bbcNav = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const bbcSub = ['US & Canada', 'UK', 'UK Politics', 'England', 'N. Ireland', 'Scotland', 'Wales', 'Africa', 'Asia', 'Australia', 'Europe', 'Middle East'];
const bbcCaps = [
  'The ferry has carried cars and freight to Ynys Wen since 1987',
  'Sioned Parry says gas bottles and animal feed cannot go on the passenger boat',
];
const bbcCredits = ['Getty Images', 'BBC'];
const bbcRelated = ['Islanders warn of ‘lifeline’ ferry fears', 'Council sets aside money for pier survey', 'Gwynedd Council'];
const bbcMore = [
  'How a village saved its last pub by buying it',
  'The coastal path walkers who map every stile',
  'Why some of Wales’ smallest schools are growing',
];
const bbcMoreTags = ['Wales', 'North West Wales'];
const bbcMost = [
  'Man charged after lorry hits railway bridge',
  'Snow warning for high ground as temperatures drop',
  'Hospital to close ward for three months for repairs',
  'Rugby club’s new stand opens after 40-year wait',
  'Shop owner praised for returning lost wedding ring',
];
const bbcFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Contact the BBC',
  'BBC emails for you',
  'Advertise with us',
  'Do not share or sell my info',
];
const bbcCopy = 'Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.';
const bbcText = (p: string): string => `<div data-component="text-block" class="sc-3b6b161a-0 dEGcKf">${ps([p], ' class="sc-9a00e533-0 hxuGS"')}</div>`;
const bbcSubhead = (h: string): string =>
  `<div data-component="subheadline-block" class="sc-3b6b161a-0 dEGcKf"><h2 class="sc-518485e5-0 bWszMR">${h}</h2></div>`;
const bbcImage = (
  cap: string,
  credit: string,
  n: number,
): string => `<figure class="sc-a34861b-0 efFcac" data-component="image-block"><div class="sc-a34861b-1 jxzoZC"><span class="sc-a34861b-2 hDYbat">
<img sizes="(min-width: 1280px) 50vw, 100vw" src="https://ichef.bbci.example/news/480/cpsprodpb/${n}a2f/live/ferry.jpg" alt="" loading="lazy"
class="sc-a34861b-0 hIXOPW"><span class="sc-a34861b-3 dKHDaa" role="text"><span class="visually-hidden">Image source, </span>${credit}</span></span></div>
<figcaption class="sc-8a623a54-0 hXjyLC"><span class="visually-hidden">Image caption, </span>${cap}</figcaption></figure>`;
const bbcCard = (t: string, i: number): string =>
  `<div data-testid="card" class="sc-93223220-1"><a href="/news/articles/c${i}x"><h2 data-testid="card-headline">${t}</h2></a></div>`;
const bbcHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${bbcTitle} - BBC News</title>
<meta name="description" content="About 900 people live on the island and most of their food, fuel and post arrives on the ferry.">
<meta property="og:title" content="${bbcTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="BBC News">
<meta name="article:author" content="https://www.facebook.com/bbcnews"><link rel="canonical" href="https://www.bbc.co.uk/news/articles/c4gz81x7e2wo">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://www.bbc.co.uk/news/articles/c4gz81x7e2wo",
"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"},"datePublished":"2025-11-11T06:12:40.118Z","dateModified":"2025-11-11T09:31:02.551Z",
"headline":"${bbcTitle}","author":[{"@type":"Person","name":"Elin Rowlands"}]}</script>
<script>window.__reverb = {}; window.__reverb.__reverbLoadedPromise = new Promise(function (r) { window.__reverb.__resolveReverbLoaded = r; });</script>
<link rel="stylesheet" href="/bbcx/_next/static/css/6f3e2b1a0e9d2c54.css"></head>
<body><div id="__next">
<div class="sc-b1b2b6b0-0 ccpa-banner" id="bbccookies" data-testid="consent-banner" role="region" aria-label="Cookie banner"><div class="bbccookies-banner">
<h2 class="sc-2b4d0e1b-0">${bbcCookie[0]}</h2><p>${bbcCookie[1]}</p><div class="sc-2b4d0e1b-1"><button id="bbccookies-continue-button">Yes, I agree</button>
<a href="https://www.bbc.co.uk/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/">No, take me to settings</a></div></div></div>
<a href="#main-content" class="sc-fd0f7a20-0 skip-link">Skip to content</a>
<header data-testid="header-content" class="sc-d1200759-0 dVPKVk"><div class="sc-d1200759-1">
<a href="https://www.bbc.co.uk/" aria-label="British Broadcasting Corporation">
<svg viewBox="0 0 83 24"></svg></a><div class="sc-f0f12574-0"><a href="https://account.bbc.com/register">Register</a>
<a href="https://account.bbc.com/signin">Sign In</a></div></div>
<nav aria-label="BBC" data-testid="level1PageLinks" class="sc-2f092172-0"><ul role="list" class="sc-2f092172-1">${links(bbcNav, 'sc-2f092172-2')}</ul></nav>
<nav aria-label="News" data-testid="level2PageLinks" class="sc-2f092172-3"><ul role="list">${links(bbcSub, 'sc-2f092172-4')}</ul></nav></header>
<div class="sc-c55a2c36-0 gYxRsu"><main id="main-content" data-testid="main-content" class="sc-7d26a6f6-0"><article class="sc-a9ddf2c-0 iMRRZe">
<div data-component="headline-block" class="sc-3b6b161a-0 dEGcKf"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-518485e5-0 bWszMR">
<span role="text">${bbcTitle}</span></h1></div>
<div data-component="byline-block" class="sc-3b6b161a-0 dEGcKf"><div class="sc-801dd632-0 fKqFhN"><div data-testid="byline-new" class="sc-801dd632-1 jXLqyB">
<div class="sc-801dd632-2"><time data-testid="timestamp" datetime="2025-11-11T06:12:40.118Z" class="sc-801dd632-2 IvNnh">2 hours ago</time></div>
<div data-testid="byline-new-contributors" class="sc-801dd632-3"><div class="sc-801dd632-4">
<span data-testid="byline-name" class="sc-801dd632-5">Elin Rowlands</span>
<div class="sc-801dd632-6"><span class="sc-801dd632-7">BBC Wales</span></div></div></div>
<div class="sc-e3b5d2e8-0 share-tools"><button type="button" aria-label="Share" class="sc-e3b5d2e8-1">Share</button>
<button type="button" aria-label="Save" class="sc-e3b5d2e8-2">Save</button></div></div></div></div>
${bbcImage(bbcCaps[0] as string, bbcCredits[0] as string, 1)}
${bbcP1.map(bbcText).join('\n')}
${bbcSubhead(bbcH1)}
${bbcP2.slice(0, 2).map(bbcText).join('\n')}
${bbcImage(bbcCaps[1] as string, bbcCredits[1] as string, 2)}
${bbcP2.slice(2).map(bbcText).join('\n')}
${bbcSubhead(bbcH2)}
${bbcP3.map(bbcText).join('\n')}
<div data-component="links-block" class="sc-3b6b161a-0 dEGcKf"><div class="sc-a7e1bd1e-0"><h2 class="sc-a7e1bd1e-1">Related</h2>
<ul role="list">${links(bbcRelated, 'sc-a7e1bd1e-2')}</ul></div></div>
<div data-component="tags" class="sc-3b6b161a-0"><ul role="list">${links(bbcMoreTags, 'sc-ba6e6be8-0')}</ul></div>
</article>
<section data-testid="more-from-the-bbc" class="sc-1a0ac2b8-0"><h2 class="sc-1a0ac2b8-1">More from the BBC</h2><div class="sc-93223220-0">
${bbcMore.map(bbcCard).join('\n')}
</div></section></main>
<aside class="sc-c55a2c36-1" data-testid="most-read"><h2 class="sc-f9e7b8d3-0">Most read</h2>
<ol class="sc-f9e7b8d3-1">${links(bbcMost, 'sc-f9e7b8d3-2')}</ol></aside></div>
<footer data-testid="footer" class="sc-b71a1f8e-0"><a href="https://www.bbc.co.uk/" aria-label="British Broadcasting Corporation Home"><svg></svg></a>
<ul role="list" class="sc-b71a1f8e-1">${links(bbcFoot, 'sc-b71a1f8e-2')}</ul><p class="sc-b71a1f8e-3">${bbcCopy}
<a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links"><b>Read about our approach to external linking.</b></a></p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"@\\"news\\",\\"articles\\",\\"c4gz81x7e2wo\\",":{"contents":[]}}}}}</script>
<script src="/bbcx/_next/static/chunks/main-4e7c5b1a.js" async></script></body></html>`;
const bbcStory: TestPage = {
  html: bbcHtml,
  name: 'heldout107-bbc-news',
  kind: 'news',
  // the bold opening paragraph is body; the relative time, author and desk are bylines; image credits and captions (with
  // their visually hidden "Image source, " and "Image caption, " prefixes), related links, tags and rails are furniture
  title: bbcTitle,
  headings: [bbcH1, bbcH2],
  body: texts([...bbcP1, ...bbcP2, ...bbcP3]),
  bylines: ['2 hours ago', 'Elin Rowlands', 'BBC Wales'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bbcCookie, 'Yes, I agree', 'No, take me to settings', 'Skip to content', 'Register', 'Sign In', ...bbcNav, ...bbcSub, 'Share', 'Save',
    ...bbcCaps, 'Getty Images', 'Image source,', 'Image caption,', 'Related', ...bbcRelated, ...bbcMoreTags, 'More from the BBC', ...bbcMore,
    'Most read', ...bbcMost, ...bbcFoot, bbcCopy, 'Read about our approach to external linking.',
  ],
};

export const HELDOUT107_A: readonly TestPage[] = [bbcStory, cnnStory];
