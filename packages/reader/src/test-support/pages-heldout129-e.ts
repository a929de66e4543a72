import { links, type TestPage, texts } from './page-kit.js';
import { politico } from './pages-heldout129-e2.js';

/**
 * Held-out batch 129, file e: a Vox explainer on the Vox Media "duet" template (skip link, the header with sections, "Menu"
 * and "Become a Member", the topic links, dek, byline with its hidden follow tooltip, the author blurb and date, the lead
 * image with caption and credit, body components with h2 sections and a list, an in-body "Today, Explained" newsletter box,
 * the membership ask after the body, "See More:" topics, the "Most Popular" rail, the OneTrust cookie banner and the footer)
 * and, from file e2, a Politico story.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const xTitle = 'Why your electric bill keeps going up';
const xDek = 'Utilities are spending billions on wires, not power plants. Here’s who pays for it.';
const xP1 = paras(`
If your electric bill has felt heavier lately, you’re not imagining it. Average residential electricity prices have climbed by about a
quarter over the past five years, faster than overall inflation, and many utilities have asked regulators for further increases next year.

The usual suspects — expensive fuel, greedy companies, the shift to renewables — each explain part of it. But the biggest single driver is
something most people never think about: the poles, wires, and substations that carry electricity from wherever it’s made to your house.`);
const xH1 = 'Most of your bill isn’t for electricity';
const xP2 = paras(`
A typical electric bill has two main parts. One covers the cost of generating the power itself. The other covers delivering it, which
includes building and maintaining the grid, and paying the utility a regulated profit on that investment.

For decades, generation was the bigger share. Now, for many households, delivery costs more than the electricity. In one analysis of 40
large utilities by the research group Gridwise, delivery charges rose nearly three times as fast as generation costs between 2019 and 2024.

There are a few reasons for that:`);
const xList = [
  '<strong>Aging equipment.</strong> Much of the grid was built between the 1950s and the 1970s, and a lot of it is reaching the end of ' +
    'its life at the same time.',
  '<strong>Extreme weather.</strong> Wildfires, hurricanes, and ice storms have pushed utilities to bury lines, replace wooden poles, ' +
    'and harden substations, all of which is expensive.',
  '<strong>New demand.</strong> Data centers, factories, and electric vehicles are adding load in places the grid was never designed to serve.',
];
const xH2 = 'Why utilities like building things';
const xP3 = paras(`
There’s another, less obvious factor. Most utilities in the US are regulated monopolies. They can’t set their own prices; instead, a state
commission lets them charge enough to cover their costs plus a set rate of return — often around 9 or 10 percent — on the money they
invest in infrastructure.

That system was designed to make sure someone would build the grid. But critics say it gives utilities an incentive to favor big
construction projects over cheaper fixes, like using existing lines more efficiently or paying customers to use less power at peak times.

“If you earn a return on every dollar you spend on steel and concrete, you’re going to spend a lot on steel and concrete,” said Renata
Sousa, an energy economist at Halvorsen College who studies utility regulation.

Utilities counter that the investments are needed and that regulators scrutinize every request. Many commissions have trimmed utilities’
proposed increases in recent rate cases, though rarely by much.`);
const xH3 = 'What could bring bills down';
const xP4 = paras(`
There’s no single fix, but economists point to a few ideas that have gained ground. Some states now require utilities to show they’ve
considered cheaper alternatives before approving new lines. Others are experimenting with “performance-based” rules that reward utilities
for hitting targets like fewer outages rather than for how much they spend.

Another fight is over who pays for new demand. When a data center needs a new substation, regulators in several states are now asking
the data center to cover more of the cost up front, rather than spreading it across every customer’s bill.

For households, the options are more limited. Switching to a time-of-use plan, where power is cheaper late at night, can help if you can
shift things like laundry and car charging. But the bigger decisions about what your bill looks like will be made at hearings most people
never hear about — which is exactly why it’s worth paying attention to them.`);
const xNav = ['Explainers', 'Politics', 'Culture', 'Advice', 'Listen', 'Video'];
const xTopics = ['Energy', 'Explainers', 'Money'];
const xTip = 'Posts from this author will be added to your daily email digest and your homepage feed.';
const xBio = 'is a senior correspondent covering energy and the economy for Vox. She has reported on utilities for more than a decade.';
const xCaption = 'Utility crews replace a transformer after a storm.';
const xCredit = 'Mel Ostrander/Stillframe via Getty Images';
const xNews = [
  'Get the Today, Explained newsletter',
  'Understand the world with a daily explainer plus the most compelling stories of the day.',
  'Email (required)',
  'Sign Up',
  'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy ' +
    'and Terms of Service apply.',
];
const xAsk = [
  'You’ve read 1 article in the last month',
  'Here at Vox, we explain the news so that everyone can understand the world, and reader support keeps that work free for all. Will ' +
    'you become a member today?',
  'Join now',
  'Maybe later',
];
const xPopular = [
  'The surprising reason so many people are quitting coffee',
  'What the new overtime rules mean for your paycheck',
  'Is it time to stop tipping at self-checkout?',
  'The quiet return of the landline',
  'Why every new apartment looks the same',
];
const xCookie =
  'We use cookies and similar technologies to run our site, measure how it is used, and show personalized content and ads. You can ' +
  'change your choices at any time in Cookie Settings.';
const xFoot = [
  'Terms of Use',
  'Privacy Notice',
  'Cookie Policy',
  'Do Not Sell or Share My Personal Info',
  'Licensing FAQ',
  'Accessibility',
  'Platform Status',
  'Contact',
  'Send Us a Tip',
  'Masthead',
  'About Us',
  'Editorial Ethics and Guidelines',
];
const xBody = (inner: string): string => `<div class="duet--article--article-body-component"><div class="_1ymtmqp1">${inner}</div></div>`;
const xPs = (a: readonly string[]): string =>
  a.map((p) => xBody(`<p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi">${p}</p>`)).join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why your electric bill keeps going up | Vox</title><meta name="description" content="${xDek}">
<meta property="og:title" content="${xTitle}"><meta property="og:site_name" content="Vox"><meta name="parsely-tags" content="Energy,Explainers,Money">
<link rel="canonical" href="https://www.vox.example/explainers/468201/electric-bill-rising-utilities-grid-rate-cases">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${xTitle}","description":"${xDek}",
"datePublished":"2025-11-04T11:30:00.000Z","author":[{"@type":"Person","name":"Nadia Ferraro"}],"publisher":{"@type":"Organization","name":"Vox"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="a1b2c3d4-vox" charset="UTF-8"></script>
<link rel="stylesheet" href="https://www.vox.example/_next/static/css/9c0e4b1d.css"></head>
<body class="_1xwtict1"><div id="__next"><a class="_1pq2hzb0" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation _1k8lwfu0"><div class="_1k8lwfu1"><a href="/" aria-label="Vox homepage" class="_1k8lwfu2"></a>
<nav aria-label="Site navigation"><ul class="_1k8lwfu4">${links(xNav, '_1k8lwfu5')}</ul></nav><div class="_1k8lwfu6">
<button class="_1k8lwfu7" aria-expanded="false"><span>Menu</span></button><a class="duet--cta--button _1k8lwfu8" href="/support">Become a Member</a></div></div>
</header><main id="content" class="_1xwtict2"><article id="zephr-anchor" class="duet--article--article _1xwtict3">
<div class="duet--article--lede _1xwtict5"><ul class="duet--article--topic-list _1xwtict7">
${xTopics.map((t) => `<li><a class="_1xwtict8" href="/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul>
<h1 class="_1xwtict9 _1xwticta">${xTitle}</h1><p class="duet--article--dek _1xwtictb">${xDek}</p>
<div class="duet--article--byline _1xwtictc"><p class="_1xwtictd"><span class="_1xwticte">by</span> <span class="_1xwtictf">
<a href="/authors/nadia-ferraro" class="_1xwtictg">Nadia Ferraro</a><button class="_1xwticth" aria-label="Follow Nadia Ferraro">
<span class="duet--tooltip" role="tooltip" hidden>${xTip}</span></button></span></p><p class="duet--article--author-bio _1xwtictw">
<span>Nadia Ferraro</span> ${xBio}</p><div class="_1xwticti"><time datetime="2025-11-04T11:30:00.000Z">Nov 4, 2025, 6:30 AM EST</time></div></div></div>
<div class="duet--article--lede-image _1xwtictp"><figure class="duet--media--figure"><img alt="Two utility workers in a bucket truck next to a pole."
src="https://platform.vox.example/wp-content/uploads/sites/2/2025/11/grid-crew.jpg"><figcaption class="duet--media--caption _1kwt8v80">
<span>${xCaption}</span> <cite class="_1kwt8v81">${xCredit}</cite></figcaption></figure></div>
<div class="duet--layout--entry-body-container _1xwtictq"><div class="duet--layout--entry-body _1xwtictr">
${xPs(xP1)}
${xBody(`<h2 class="duet--article--dangerously-set-cms-markup _1agbrix2">${xH1}</h2>`)}
${xPs(xP2)}
${xBody(`<ul class="duet--article--unordered-list">${xList.map((t) => `<li class="duet--article--dangerously-set-cms-markup">${t}</li>`).join('\n')}</ul>`)}
<div class="duet--cta--newsletter _1jma2k90" data-concert-ads-name="newsletter_inline"><h2 class="_1jma2k91">${xNews[0]}</h2><p>${xNews[1]}</p>
<form><label for="nl-inline" class="_1jma2k92">${xNews[2]}</label><input id="nl-inline" type="email"><button type="submit">${xNews[3]}</button></form>
<p class="_1jma2k93">${xNews[4]}</p></div>
${xBody(`<h2 class="duet--article--dangerously-set-cms-markup _1agbrix2">${xH2}</h2>`)}
${xPs(xP3)}
<div class="duet--ad--native-ad-slot _1c9qsdn0" aria-hidden="true"><div class="adslot" data-slot="article-inline-1"></div></div>
${xBody(`<h2 class="duet--article--dangerously-set-cms-markup _1agbrix2">${xH3}</h2>`)}
${xPs(xP4)}
</div></div>
<div class="duet--article--membership-ask _1qz4nb0"><p class="_1qz4nb1">${xAsk[0]}</p><p class="_1qz4nb2">${xAsk[1]}</p>
<a class="duet--cta--button" href="/support">${xAsk[2]}</a><button class="_1qz4nb3">${xAsk[3]}</button></div>
<div class="duet--article--see-more _1xwtictx"><span>See More:</span> ${xTopics.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' ')}</div></article>
<aside class="duet--layout--rail"><section class="duet--recirculation--most-popular"><h2 class="_1ls8xrx0">Most Popular</h2><ol class="_1ls8xrx1">
${xPopular.map((t, i) => `<li class="_1ls8xrx2"><a class="_1ls8xrx4" href="/popular/${i}">${t}</a></li>`).join('\n')}</ol></section></aside></main>
<footer class="duet--navigation--footer _1ob3e0s0"><ul class="_1ob3e0s1">${links(xFoot, '_1ob3e0s2')}</ul>
<p class="_1ob3e0s3">© 2025 Vox Media, LLC. All Rights Reserved</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<div id="onetrust-policy"><div id="onetrust-policy-text">${xCookie}</div></div><div id="onetrust-button-group-parent">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<script src="https://www.vox.example/_next/static/chunks/pages/_app-8d21c0.js" defer></script></body></html>`;
const vox: TestPage = {
  html: xHtml,
  name: 'heldout129-vox-news-explainer',
  kind: 'news',
  // the dek and the list items (with their bold lead-ins) are body; "by" with the author, and the date are bylines; the
  // author blurb, hidden follow tooltip, topics and "See More:", caption and credit, the in-body newsletter box, the
  // membership ask, "Most Popular", the cookie banner, nav and footer are furniture
  title: xTitle,
  headings: [xH1, xH2, xH3],
  body: texts([xDek, ...xP1, ...xP2, ...xList, ...xP3, ...xP4]),
  bylines: ['by Nadia Ferraro', 'Nov 4, 2025, 6:30 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...xNav, 'Menu', 'Become a Member', ...xTopics.filter((t) => t !== 'Explainers'), xTip, `Nadia Ferraro ${xBio}`, xCaption,
    xCredit, ...xNews, ...xAsk, 'See More:', 'Most Popular', ...xPopular, ...xFoot, '© 2025 Vox Media, LLC. All Rights Reserved', xCookie,
    'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT129_E: readonly TestPage[] = [vox, politico];
