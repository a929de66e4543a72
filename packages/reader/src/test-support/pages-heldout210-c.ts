import { links, type TestPage, texts } from './page-kit.js';
import { newsroom } from './pages-heldout210-c2.js';

/**
 * Held-out batch 210, file c: a MotorTrend news story (the MotorTrend+ header with "Watch" and "Sign In", the "News"
 * eyebrow, the writer and photographer credits with date, the "See All 14 Photos" gallery button and caption, the share
 * row, mid-article "Advertisement" slots, an inline "Read more" link block, the topic tags, "Latest News" and "Sponsored"
 * rails, the newsletter box, the TrustArc banner and the footer) and, from file c2, a car maker's newsroom press release.
 */
const mtTitle = 'Corvane Confirms V-8 Will Survive in Next Tarrant Pickup, Adds Hybrid Option';
const mtDek = 'The big pickup’s redesign keeps the 5.7-liter and adds a parallel hybrid aimed squarely at towing buyers.';
const mtP1 = [
  'Corvane will keep a V-8 under the hood of its full-size Tarrant pickup when the next generation arrives for the 2028 model ' +
    'year, the company confirmed at a dealer meeting in Las Vegas on Tuesday. The updated 5.7-liter engine will be joined by a ' +
    'new parallel hybrid that Corvane says will tow more than any other truck in the class.',
  '“Our customers told us very clearly that they were not ready to give up the V-8,” said Renata Ostrowski, Corvane’s vice ' +
    'president of truck programs. “So we are going to give them a choice, not a lecture.”',
];
const mtH1 = 'What the Hybrid Brings';
const mtP2 = [
  'The hybrid pairs a twin-turbocharged 3.0-liter inline-six with an electric motor built into the 10-speed automatic ' +
    'transmission. Corvane did not release final figures, but Ostrowski said combined output would be “north of 500 ' +
    'horsepower” and that the system would offer a maximum tow rating above 14,000 pounds.',
  'Unlike some rivals, the Tarrant hybrid will not be a plug-in. Corvane says its research showed that truck owners who tow ' +
    'regularly rarely charge, and that the weight of a large battery cost more in payload than it gained in fuel economy.',
];
const mtH2 = 'Why the V-8 Stays';
const mtP3 = [
  'The decision puts Corvane at odds with the direction of several competitors, which have dropped eight-cylinder engines ' +
    'from their half-ton trucks. Industry analysts say that choice has cost those companies sales in rural markets.',
  '“There is a group of buyers who will drive past three dealers to get a V-8,” said Dana Whitlock, an analyst at Meridian ' +
    'Automotive Research. “Corvane has looked at those numbers and decided that is a group worth keeping.”',
  'The V-8 will get cylinder deactivation across more of the rev range and a revised exhaust, which Corvane says will improve ' +
    'highway fuel economy by about 2 mpg.',
];
const mtH3 = 'When to Expect It';
const mtP4 = [
  'Corvane plans to reveal the new Tarrant in full next spring, with production beginning at its Fort Wayne plant that ' +
    'summer. Pricing will be announced closer to launch. The current truck continues unchanged for the 2027 model year.',
];
const mtNav = ['News', 'Reviews', 'Car of the Year', 'Buyer’s Guide', 'Trucks', 'EVs', 'MotorTrend+'];
const mtShare = ['Facebook', 'X', 'Pinterest', 'Email', 'Copy Link'];
const mtCaption = 'The current Corvane Tarrant, which carries on for 2027.';
const mtRead = 'Read more: Corvane Tarrant 2027 First Test: Still the Towing Champ?';
const mtTags = ['Corvane', 'Tarrant', 'Pickup Trucks', 'Hybrid'];
const mtLatest = ['2027 Aster Kite EV First Drive: Small Car, Big Range', 'The 10 Best Selling Trucks of 2025', 'Ridgeway Recalls 82,000 SUVs Over Seat Belts'];
const mtSponsored = ['Sponsored', 'Drivers Are Switching Insurance After Seeing These Rates'];
const mtNews = ['Get the MotorTrend Newsletter', 'News, reviews, and videos delivered to your inbox.', 'Email address', 'Subscribe'];
const mtTrust = ['This site uses cookies and related technologies for site operation, analytics and advertising.', 'Agree and Proceed', 'Manage Preferences'];
const mtFoot = ['About MotorTrend', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Your Privacy Choices', 'Site Map'];
const mtCopy = '©2026 MotorTrend Group, LLC. All Rights Reserved.';
const mtPs = (a: readonly string[]): string => a.map((p) => `<p class="mb-6 text-lg leading-7">${p}</p>`).join('\n');
const mtH = (t: string): string => `<h2 class="mb-4 font-heading text-2xl">${t}</h2>`;
const mtAd = '<div class="ad-container my-6" data-ad-pos="inarticle"><span class="text-xs uppercase text-neutral-4">Advertisement</span></div>';
const mtHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${mtTitle}</title>
<meta name="description" content="${mtDek}"><meta property="og:type" content="article"><meta property="og:title" content="${mtTitle}">
<meta property="article:section" content="News"><link rel="canonical" href="https://www.motortrend.com/news/corvane-tarrant-v8-hybrid-2028/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mtTitle}","datePublished":"2026-01-20T14:30:00Z",
"author":[{"@type":"Person","name":"Alex Leanse"}],"publisher":{"@type":"Organization","name":"MotorTrend"}}</script>
<script>window.__mtConfig={"section":"news","adZone":"news/trucks"};</script><script src="/_next/static/chunks/main-7e1c.js" async></script>
</head><body class="bg-neutral-8"><div id="__next">
<header class="sticky top-0 z-50 bg-black"><div class="flex items-center justify-between"><a href="/" aria-label="MotorTrend Home" class="logo"></a>
<nav aria-label="Primary"><ul class="flex gap-6">${links(mtNav, 'text-sm font-bold uppercase text-white')}</ul></nav>
<div class="flex gap-3"><a href="/plus/" class="btn-watch">Watch</a><button class="btn-signin">Sign In</button></div></div></header>
<div class="ad-container leaderboard" data-ad-pos="top"><span class="text-xs uppercase text-neutral-4">Advertisement</span></div>
<main class="mx-auto max-w-screen-xl"><article class="grid grid-cols-12 gap-6">
<div class="col-span-12 lg:col-span-8"><header class="mb-6"><a class="text-xs font-bold uppercase text-red-1" href="/news/">News</a>
<h1 class="font-heading text-4xl">${mtTitle}</h1><h2 class="mt-2 text-xl text-neutral-3" data-c="subtitle">${mtDek}</h2>
<div class="mt-4 flex flex-wrap gap-x-4 text-sm"><span>Writer <a class="font-bold" href="/staff/alex-leanse/">Alex Leanse</a></span>
<span>Photographer <a class="font-bold" href="/staff/manufacturer/">Manufacturer</a></span><time datetime="2026-01-20T14:30:00Z">Jan 20, 2026</time></div>
</header>
<figure class="relative"><img src="https://www.motortrend.com/uploads/2026/01/corvane-tarrant.jpg" alt="Corvane Tarrant">
<button class="absolute bottom-3 right-3 gallery-btn">See All 14 Photos</button><figcaption class="text-sm text-neutral-4">${mtCaption}</figcaption></figure>
<div class="my-4 flex gap-2 share-row" aria-label="Share">${mtShare.map((s) => `<button aria-label="Share on ${s}">${s}</button>`).join('')}</div>
<div class="article-body">
${mtPs(mtP1)}
${mtAd}
${mtH(mtH1)}
${mtPs(mtP2)}
<p class="read-more mb-6 font-bold"><a href="/reviews/corvane-tarrant-2027-first-test/">${mtRead}</a></p>
${mtH(mtH2)}
${mtPs(mtP3)}
${mtAd}
${mtH(mtH3)}
${mtPs(mtP4)}
</div>
<ul class="mt-8 flex flex-wrap gap-2 tags">${links(mtTags, 'rounded border px-2 text-xs uppercase')}</ul></div>
<aside class="col-span-12 lg:col-span-4"><section class="latest"><h3 class="text-lg font-bold">Latest News</h3><ul>${links(mtLatest)}</ul></section>
<section class="sponsored-unit"><span class="text-xs">${mtSponsored[0]}</span><a href="https://ads.example/c">${mtSponsored[1]}</a></section></aside>
</article>
<section class="newsletter bg-black text-white"><h3>${mtNews[0]}</h3><p>${mtNews[1]}</p><input type="email" aria-label="${mtNews[2]}" placeholder="">
<label class="sr-only">${mtNews[2]}</label><button>${mtNews[3]}</button></section></main>
<footer class="bg-black text-neutral-5"><ul>${links(mtFoot)}</ul><p>${mtCopy}</p></footer></div>
<div id="truste-consent-track" class="truste-banner"><p id="truste-consent-text">${mtTrust[0]}</p>
<button id="truste-consent-button">${mtTrust[1]}</button><button id="truste-show-consent">${mtTrust[2]}</button></div>
</body></html>`;
const motortrend: TestPage = {
  html: mtHtml,
  name: 'heldout210-motortrend-news',
  kind: 'news',
  // the dek (an h2 under the h1) is body, not a heading; the "Read more" link block is furniture
  title: mtTitle,
  headings: [mtH1, mtH2, mtH3],
  body: texts([mtDek, ...mtP1, ...mtP2, ...mtP3, ...mtP4]),
  bylines: ['Alex Leanse', 'Jan 20, 2026', 'Writer Alex Leanse', 'Photographer Manufacturer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mtNav, 'Watch', 'Sign In', 'Advertisement', mtCaption, 'See All 14 Photos', ...mtShare, mtRead, ...mtTags, 'Latest News', ...mtLatest,
    ...mtSponsored, ...mtNews, ...mtFoot, mtCopy, ...mtTrust,
  ],
};

export const HELDOUT210_C: readonly TestPage[] = [motortrend, newsroom];
