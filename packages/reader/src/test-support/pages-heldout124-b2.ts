import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 124, file b2: a BBC News story on the current Next.js site (cookie banner, "Skip to content", the level-1
 * and News level-2 navigation, "Register" and "Sign In", headline block, the byline block with time, contributor and role,
 * "Share" and "Save", image blocks with visually hidden "Image source," and "Image caption," prefixes, bold intro, text and
 * subheadline blocks, an embedded "Related" links block, topic tags, the "More from the BBC" and "Most read" rails and the
 * footer with its copyright and external-links line).
 */
const bbTitle = 'Island ferry suspended for weeks after storm wrecks pier';
const bbIntro = 'Ferry sailings to the island of Inchmorra have been suspended until at least the middle of December after a storm damaged its only pier.';
const bbP1 = [
  'About 380 people live on the island, which lies four miles off the west coast and relies on a daily car ferry for food, fuel and post.',
  'Storm Bronagh brought gusts of more than 90mph on Sunday night. Engineers who inspected the pier on Monday found that two of its ' +
    'supporting piles had cracked and part of the deck had moved.',
  'Harbour operator Westway Marine said it could not allow vessels to berth until repairs were complete.',
];
const bbH1 = '‘We have been here before’';
const bbP2 = [
  'A smaller passenger boat will run three times a week from the slipway at Port Ailie, weather permitting, but it cannot carry ' +
    'vehicles or heavy freight.',
  'Kirsty MacAulay, who runs the island’s only shop, said she had been told to expect one delivery a week by landing craft.',
  '“We have been here before, in 2019, and we managed, but it was hard,” she said. “People will be fine for bread and milk. It is ' +
    'things like heating oil and animal feed that worry me.”',
  'The island’s primary school, which has 22 pupils, will stay open. Two teachers who live on the mainland will stay on the island ' + 'during the week.',
];
const bbH2 = 'Repairs ‘a priority’';
const bbP3 = [
  'Westway Marine said divers would begin work on the damaged piles as soon as sea conditions allowed, and that a temporary steel ' +
    'frame could be in place within six weeks.',
  'In a statement, a spokesperson said: “We understand how important this link is to the community. Getting the pier safely back ' +
    'into use is our priority.”',
  'Local councillor Angus Rennie said the damage showed why a long-promised replacement pier was needed. Plans for a new pier were ' +
    'approved in 2021 but have been delayed by rising costs.',
  '“The old pier was built in 1964 for a much smaller boat,” he said. “Every winter we cross our fingers. This time our luck ran out.”',
  'The council said it would meet islanders on Thursday to discuss how deliveries and medical appointments would be handled during ' + 'the suspension.',
];
const bbCap1 = 'The pier at Inchmorra was damaged when Storm Bronagh struck on Sunday night';
const bbCap2 = 'Islanders rely on the daily car ferry for food, fuel and post';
const bbSrc1 = 'Westway Marine';
const bbSrc2 = 'BBC';
const bbNav1 = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const bbNav2 = ['US & Canada', 'UK', 'UK Politics', 'England', 'N. Ireland', 'Scotland', 'Wales', 'Africa', 'Asia', 'Europe', 'Middle East', 'BBC Verify'];
const bbRelated = ['Storm Bronagh: Thousands without power across north and west', 'Replacement pier plans for Inchmorra delayed again'];
const bbTags = ['Ferries', 'Storms', 'Highland', 'Transport'];
const bbMoreFrom = [
  'The fishing village that turned its old school into a hostel',
  'Why Scotland’s salmon rivers are running warmer',
  'Last bus: The rural routes that disappeared this year',
];
const bbMost = [
  'Man charged after police chase on A9',
  'Hospital waiting lists fall for third month',
  'Snow forecast for higher ground this weekend',
  'Pupils return to school closed by flooding',
  'Distillery to create 40 jobs in new expansion',
];
const bbFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Contact the BBC',
  'Advertise with us',
  'Do not share or sell my info',
];
const bbCopy = 'Copyright 2025 BBC. All rights reserved.';
const bbExt = 'The BBC is not responsible for the content of external sites.';
const bbExtLink = 'Read about our approach to external linking.';
const bbCookie = [
  'Let us know you agree to cookies',
  'We use cookies to give you the best online experience. Let us know if you agree to all of these cookies.',
  'Yes, I agree',
  'No, take me to settings',
];
const bbText = (inner: string): string => `<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fezwLZ">${inner}</p></div>`;
const bbTexts = (a: readonly string[]): string => a.map(bbText).join('\n');
const bbSub = (t: string): string => `<div data-component="subheadline-block" class="sc-18fde0d6-0 dlWCEZ"><h2 class="sc-9d830f2a-0 hfGmkO">${t}</h2></div>`;
const bbImage = (cap: string, src: string, img: string): string => `<figure><div data-component="image-block" class="sc-18fde0d6-0 gGHnsV">
<div class="sc-a34861b-1 jxzoZC"><img sizes="(min-width: 1280px) 50vw, (min-width: 1008px) 66vw, 96vw" alt="" class="sc-a34861b-0 efFcac"
src="https://ichef.bbci.example/news/480/cpsprodpb/${img}/live/${img}.jpg.webp" width="1600" height="900"></div>
<div class="sc-a34861b-3 jNhmIT"><span role="text" class="sc-a34861b-2 dKCXgc"><span class="visually-hidden">Image source, </span>${src}</span></div>
<figcaption class="sc-8a068d35-0 dJgNkn"><span class="visually-hidden sc-8a068d35-1">Image caption, </span>${cap}</figcaption></div></figure>`;
const bbHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Island ferry suspended for weeks after storm wrecks pier - BBC News</title><meta name="description" content="${bbIntro}">
<meta property="og:title" content="${bbTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="BBC News">
<link rel="canonical" href="https://www.bbc.co.uk/news/articles/c8x2k1m0pq4o"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","url":"https://www.bbc.co.uk/news/articles/c8x2k1m0pq4o",
"headline":"${bbTitle}","datePublished":"2025-11-04T11:42:13.000Z","dateModified":"2025-11-04T11:42:13.000Z",
"author":[{"@type":"Person","name":"Eilidh Strachan","jobTitle":"BBC Scotland News"}],"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>
<script>window.__reverb = {}; window.bbcpage = {"contentType":"article","section":"scotland-highlands-islands"};</script>
<link rel="stylesheet" href="https://static.files.bbci.example/core/bundle-service-bar.003e2a1fe.css"></head>
<body><div id="__next"><div class="sc-7ec4d07f-0 kVqBvi">
<div id="cookiePrompt" class="bbccookies-banner" role="region" aria-label="Cookie banner"><div class="bbccookies-banner-content">
<h2 id="bbccookies-prompt-title">${bbCookie[0]}</h2><p>${bbCookie[1]}</p><ul class="bbccookies-buttons"><li><button id="bbccookies-continue-button">
${bbCookie[2]}</button></li><li><a id="bbccookies-settings-button" href="https://www.bbc.co.uk/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/">
${bbCookie[3]}</a></li></ul></div></div>
<header data-testid="header-container" class="sc-e4d0c3bb-0 bxfQqo"><a href="#main-content" class="sc-b1b4b0ea-0 gWRIKE">Skip to content</a>
<a href="https://www.bbc.co.uk" aria-label="British Broadcasting Corporation" class="sc-c7b8d6f0-0"><svg viewBox="0 0 83 24"></svg></a>
<div class="sc-3387c905-0 cEbzuU"><button class="sc-4b66b1cb-0" data-testid="header-register-button">Register</button>
<button class="sc-4b66b1cb-0" data-testid="header-signin-button">Sign In</button></div>
<nav data-testid="level1-navigation-container" aria-label="BBC"><ul class="sc-3a1b7c3e-0 jsvGqk">${links(bbNav1, 'sc-3a1b7c3e-1')}</ul></nav>
<nav data-testid="level2-navigation-container" aria-label="News"><ul class="sc-3a1b7c3e-0 bjyuLd">${links(bbNav2, 'sc-3a1b7c3e-2')}</ul></nav></header>
<main id="main-content" data-testid="main-content" class="sc-c9ee0a70-0"><article class="sc-6d4c2a5d-0 gkzfQl">
<div data-component="headline-block" class="sc-18fde0d6-0 dlWCEZ"><h1 id="main-heading" type="normal" class="sc-f98b1ad2-0 dfvxux">${bbTitle}</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0 dlWCEZ"><div data-testid="byline-new" class="sc-2b5e3b35-0 jGxomR">
<div class="sc-2b5e3b35-1 cJfaWR"><time type="timestamp" datetime="2025-11-04T11:42:13.000Z" class="sc-801dd632-2 IvNnh">4 November 2025</time></div>
<div class="sc-2b5e3b35-2 fZcbeL"><div data-testid="byline-new-contributors" class="sc-2b5e3b35-3 kVfMuO"><div class="sc-801dd632-4 hhJVfz">
<span data-testid="byline-name" class="sc-801dd632-5 eyMLfQ">Eilidh Strachan</span></div><div class="sc-801dd632-6 iyLqkN">
<span class="sc-801dd632-7 hIrdHm">BBC Scotland News</span></div></div></div>
<div class="sc-35aa3a40-0 bnqpIX" data-testid="share-save"><button class="sc-35aa3a40-1" aria-label="Share"><span>Share</span></button>
<button class="sc-35aa3a40-1" aria-label="Save"><span>Save</span></button></div></div></div>
${bbImage(bbCap1, bbSrc1, 'a3f1')}
${bbText(`<b class="sc-7dcfb11b-0 cWJEJf">${bbIntro}</b>`)}
${bbTexts(bbP1)}
${bbSub(bbH1)}
${bbTexts(bbP2.slice(0, 2))}
${bbImage(bbCap2, bbSrc2, 'b7c2')}
${bbTexts(bbP2.slice(2))}
<div data-component="links-block" class="sc-18fde0d6-0 dlWCEZ"><div class="sc-a3412e18-0 fQJoRh"><h2 class="sc-a3412e18-1 ihTvWO">Related</h2><ul>
${bbRelated.map((t) => `<li class="sc-a3412e18-2"><a href="https://www.bbc.co.uk/news/articles/c${t.length}" class="sc-2e6baa30-0">${t}</a></li>`).join('\n')}
</ul></div></div>
${bbSub(bbH2)}
${bbTexts(bbP3)}
<div data-component="tags" class="sc-18fde0d6-0 dlWCEZ"><div class="sc-bd3b6b3f-0 kvWqEu"><ul class="sc-bd3b6b3f-1 gYeqmn">
${links(bbTags, 'sc-bd3b6b3f-2 bfKHnw')}</ul></div></div></article>
<section data-analytics_group_name="More" class="sc-e8bd1b7c-0"><h2 class="sc-4fe6de7d-0 yDbFm">More from the BBC</h2><ul>
${bbMoreFrom
  .map(
    (t) => `<li><div data-testid="anchor-inner-wrapper"><a href="https://www.bbc.co.uk/news/articles/m${t.length}" data-testid="internal-link">
<div data-testid="card-text-wrapper"><h2 data-testid="card-headline" class="sc-87075214-3">${t}</h2></div></a></div></li>`,
  )
  .join('\n')}</ul></section>
<section data-analytics_group_name="Most read" class="sc-e8bd1b7c-0"><h2 class="sc-4fe6de7d-0 yDbFm">Most read</h2><ol>
${bbMost
  .map(
    (t, i) => `<li><span class="sc-30b4f8d5-0" aria-hidden="true">${i + 1}</span><a
href="https://www.bbc.co.uk/news/articles/r${i}">${t}</a></li>`,
  )
  .join('\n')}
</ol></section></main>
<footer data-testid="footer" class="sc-2e0ac4b8-0 hWyWSw"><nav aria-label="BBC footer"><ul>${links(bbNav1.slice(0, 6), 'sc-2e0ac4b8-1')}</ul>
<ul class="sc-2e0ac4b8-3">${links(bbFoot, 'sc-2e0ac4b8-4')}</ul></nav><p class="sc-2e0ac4b8-5"><span>${bbCopy}</span> <span>${bbExt}</span>
<a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links"><b>${bbExtLink}</b></a></p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"@"}}},"page":"/news/articles/[id]"}</script></body></html>`;
export const bbcStory: TestPage = {
  name: 'heldout124-bbc-news',
  kind: 'news',
  html: bbHtml,
  // the bold intro is body; image sources, captions and their visually hidden prefixes, the "Related" links block inside the
  // article, tags, rails, cookie banner and footer are furniture; the time, name and role are bylines
  title: bbTitle,
  headings: [bbH1, bbH2],
  body: texts([bbIntro, ...bbP1, ...bbP2, ...bbP3]),
  bylines: ['4 November 2025', 'Eilidh Strachan', 'BBC Scotland News'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...bbCookie, 'Skip to content', 'Register', 'Sign In', ...bbNav1, ...bbNav2, 'Share', 'Save', 'Image source,', bbSrc1, bbSrc2, 'Image caption,', bbCap1,
    bbCap2, 'Related', ...bbRelated, ...bbTags, 'More from the BBC', ...bbMoreFrom, 'Most read', ...bbMost, ...bbFoot, bbCopy, bbExt, bbExtLink,
  ])],
};
