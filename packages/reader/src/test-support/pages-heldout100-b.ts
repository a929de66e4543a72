import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout100-b2.js';

/**
 * Held-out batch 100, file b: a Vox explainer on the 2024 "duet" template (skip link, the top nav with "Give" and the menu
 * button, the section label, the dek, the byline with the author and "Updated" time, the share bar, a lead image caption with
 * credit, a "Vox’s journalism" support box at the top of the article and the contribution ask after it, an in-body
 * "Related" link list, the author bio card, the "More in" rail, the newsletter module and the footer) and, from file b2, a
 * Ghost newsletter post on the web.
 */
const vxTitle = 'Why your electricity bill keeps going up even when you use less power';
const vxDek = 'The hidden cost on every bill is the wires, not the watts. Here’s how that happened.';
const vxP0 = [
  'If you opened your electricity bill this fall and felt a small jolt of outrage, you are not alone. Across much of the country, ' +
    'households are paying more each month even as they use the same amount of power, or less.',
  'The reason has less to do with the electricity itself than with everything it takes to get it to your house. To understand why, ' +
    'it helps to look at what you are actually paying for.',
];
const vxH1 = 'What’s on the bill';
const vxP1 = [
  'A typical residential bill has two big pieces. One is supply: the cost of generating the electricity. The other is delivery: ' +
    'the poles, wires, substations and transformers that carry it, plus the people who maintain them.',
  'Twenty years ago, supply was usually the larger share. Today, in many places, delivery is. In the fictional but typical ' +
    'utility territory we modeled for this piece, delivery charges rose from 38 percent of the bill in 2010 to 56 percent in 2025.',
];
const vxH2 = 'Why the wires cost so much';
const vxP2 = ['Three things have pushed delivery costs up at the same time:'];
const vxList = [
  'Old equipment. Much of the grid was built in the 1960s and 1970s and is reaching the end of its life all at once.',
  'Storms and fires. Utilities are spending heavily to bury lines, clear trees and harden substations against extreme weather.',
  'New demand. Data centers and new factories need big new connections, and the cost of building them is often spread across all customers.',
];
const vxP3 = [
  'Utilities earn a regulated rate of return on the money they spend building equipment, which critics say gives them an ' +
    'incentive to build rather than to find cheaper fixes. Utilities respond that the work is necessary and overdue.',
];
const vxH3 = 'Can anything bring the bill down?';
const vxP4 = [
  'Some states are trying. Regulators in a handful of places now require utilities to show that a cheaper option, such as ' +
    'managing demand at peak hours, would not do the same job before they approve a new substation.',
  'Others are changing who pays. Several are considering rules that would make large new customers, like data centers, cover ' +
    'more of the cost of the connections they need rather than sharing it with households.',
  'For individual households, the options are narrower. Using less power lowers the supply part of the bill, but the fixed ' +
    'delivery charges will keep coming. That is the part of the bill that will be decided in hearing rooms, not living rooms.',
];
const vxNav = ['Explainers', 'Politics', 'Culture', 'Advice', 'Science', 'Technology', 'Climate', 'Health', 'Money', 'Life', 'Future Perfect', 'Newsletters'];
const vxSupportTop = [
  'Vox’s journalism is free because readers like you support it.',
  'We rely on readers to keep our explainers free for everyone. Will you join them?',
];
const vxAsk = [
  'You’ve read 1 article in the last month',
  'Here at Vox, we believe in helping everyone understand our complicated world, so that we can all help to shape it. Our ' +
    'mission is to create clear, accessible journalism to empower understanding and action.',
  'If you share our vision, please consider supporting our work by becoming a Vox Member. Your support ensures Vox a stable, ' +
    'independent source of funding to underpin our journalism.',
  'One-time',
  'Monthly',
  'Annual',
  '$5/month',
  '$10/month',
  '$25/month',
  '$50/month',
  'Other',
  'Yes, I’ll give $5/month',
  'We accept credit card, Apple Pay, and Google Pay. You can also contribute via',
];
const vxRelated = ['The grid is getting old all at once', 'What a data center does to a small town’s power bill'];
const vxCaption = 'Utility crews replace a transformer after a summer storm.';
const vxCredit = 'Bo Lindqvist/Getty Images';
const vxBio = 'Priya Venkataraman is a senior correspondent at Vox, covering energy, climate policy and the economics of utilities.';
const vxMore = [
  'How heat pumps actually work, explained',
  'The surprising reason gas stoves are back in the news',
  'What happens when a utility goes bankrupt',
];
const vxFoot = [
  'About us',
  'Our staff',
  'Ethics & Guidelines',
  'How we make money',
  'Contact us',
  'How to pitch Vox',
  'Newsletters',
  'Privacy Notice',
  'Terms of Use',
  'Cookie Policy',
  'Cookie Settings',
  'Accessibility',
  'Platform Status',
];
const vxShare = ['Link', 'Facebook', 'Threads', 'Bluesky', 'Gift'];
const vxPs = (a: readonly string[]): string =>
  ps(a, ' class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrix0"');
const vxH = (t: string): string => `<h2 class="duet--article--dangerously-set-cms-markup _1agbrixl">${t}</h2>`;
const vxHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why your electricity bill keeps going up even when you use less power | Vox</title><meta name="description" content="${vxDek}">
<meta property="og:title" content="${vxTitle}"><meta property="og:site_name" content="Vox"><meta name="parsely-section" content="Energy and Environment">
<link rel="canonical" href="https://www.vox.com/climate/471204/electricity-bills-rising-delivery-charges-explained">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vxTitle}","description":"${vxDek}",
"author":[{"@type":"Person","name":"Priya Venkataraman","url":"https://www.vox.com/authors/priya-venkataraman"}],"datePublished":"2025-11-10T11:00:00.000Z",
"dateModified":"2025-11-11T13:30:00.000Z","publisher":{"@type":"Organization","name":"Vox"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"EntryLayoutQuery"}]}}}}</script>
<link rel="stylesheet" href="https://www.vox.example/_next/static/css/8e1b6f.css"></head>
<body class="_1crsvg0"><div id="__next"><a class="_1n6s2vi0" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation _1ymtmqp0"><div class="_1ymtmqp3"><button class="_1ymtmqp6" aria-label="Open Navigation Menu">
<span class="_1ymtmqp7">Menu</span></button><a href="/" class="_1ymtmqp8" aria-label="Vox homepage"><svg role="img"><title>Vox logo</title></svg></a>
<nav class="_1ymtmqpa" aria-label="Main"><ul>${links(vxNav, '_1ymtmqpb')}</ul></nav>
<a class="duet--cta--button _1ymtmqpd" href="https://www.vox.com/support-now?itm_source=header">Give</a></div></header>
<main id="content" class="_1ob9w7l0"><article class="duet--layout--entry-body-container"><div class="duet--article--lede _1xwticl0">
<div class="_1xwticl2"><a class="_1xwticl3 duet--article--label" href="/explainers">Explainers</a></div>
<h1 class="_1xwticl7 xkp0cg1">${vxTitle}</h1><p class="_1xwticla duet--article--dek">${vxDek}</p>
<div class="_1xwticlc duet--article--byline"><span class="_1xwticld">by <a href="/authors/priya-venkataraman" class="_1xwticle">Priya Venkataraman</a></span>
<div class="_1xwticlf"><time datetime="2025-11-11T13:30:00.000Z">Updated Nov 11, 2025, 8:30 AM EST</time></div></div>
<div class="duet--article--share-buttons _1kq0ggm0">${vxShare
  .map(
    (t) => `<button class="_1kq0ggm1" aria-label="${t}"><span
class="_1kq0ggm2">${t}</span></button>`,
  )
  .join('')}</div>
<figure class="duet--article--lede-image _1ltuvfs0"><img alt="" src="https://platform.vox.example/wp-content/uploads/sites/2/2025/11/transformer.jpg">
<figcaption class="_1ltuvfs3"><span class="_1ltuvfs4">${vxCaption}</span> <span class="_1ltuvfs5 duet--media--caption-credit">${vxCredit}</span></figcaption>
</figure></div>
<div class="duet--article--article-body-component-container _1agbrix9"><div class="duet--article--article-body-component">
<div class="duet--article--contribution-top _4hx4il0"><p class="_4hx4il1">${vxSupportTop[0]}</p><p class="_4hx4il2">${vxSupportTop[1]}</p>
<a class="_4hx4il3" href="https://www.vox.com/support-now?itm_source=top">Give</a></div>
${vxPs(vxP0)}
${vxH(vxH1)}
${vxPs(vxP1)}
<div class="duet--article--related-list _9a2fdk0"><p class="_9a2fdk1">Related</p><ul>${vxRelated
  .map(
    (t) => `<li><a
href="/r">${t}</a></li>`,
  )
  .join('')}</ul></div>
${vxH(vxH2)}
${vxPs(vxP2)}
<ul class="duet--article--unordered-list _1agbrixr">${vxList.map((t) => `<li class="_1agbrixs">${t}</li>`).join('\n')}</ul>
${vxPs(vxP3)}
<div class="duet--ad--native-ad-slot" data-ad-slot="article-middle"><span class="_1d3wu0g0">Advertisement</span><div id="ad-middle"></div></div>
${vxH(vxH3)}
${vxPs(vxP4)}
</div></div>
<div class="duet--article--contribution-ask _1cdy0l0" data-concert-ads-name="contributions"><p class="_1cdy0l1">${vxAsk[0]}</p><p>${vxAsk[1]}</p>
<p>${vxAsk[2]}</p><div class="_1cdy0l5" role="tablist">${vxAsk
  .slice(3, 6)
  .map((t) => `<button role="tab">${t}</button>`)
  .join('')}</div><div class="_1cdy0l6">${vxAsk
  .slice(6, 11)
  .map((t) => `<button>${t}</button>`)
  .join('')}</div>
<a class="_1cdy0l7" href="/support-now">${vxAsk[11]}</a><p class="_1cdy0l8">${vxAsk[12]} <a href="/paypal">PayPal</a>.</p></div>
<div class="duet--article--article-tags"><a href="/energy-and-environment">Energy and Environment</a><a href="/explainers">Explainers</a></div>
<div class="duet--author--author-bio _5x3vmx0"><img alt="" src="/priya.jpg"><p>${vxBio}</p></div></article>
<aside class="duet--layout--rail"><section><h2 class="_p1t6ex0">More in Explainers</h2><ul>${vxMore
  .map(
    (t) => `<li><a
href="/m">${t}</a></li>`,
  )
  .join('\n')}</ul>
</section><section class="duet--newsletter"><h2>Sign up for the Vox Today newsletter</h2><p>Understand the world with a daily explainer plus the most
compelling stories of the day.</p>
<input type="email" aria-label="Email (required)" placeholder="Email (required)"><button>Sign Up</button>
<p class="_nl8">By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy
and Terms of Service apply.</p>
</section></aside></main>
<footer class="duet--navigation--footer"><ul>${links(vxFoot)}</ul><p>© 2025 Vox Media, LLC. All Rights Reserved</p></footer></div>
<script src="https://www.vox.example/_next/static/chunks/pages/_app-5b2e1f.js" defer></script></body></html>`;
const voxExplainer: TestPage = {
  html: vxHtml,
  name: 'heldout100-vox-explainer-news',
  kind: 'news',
  // the dek is body; the support box at the top of the body, the "Related" list inside it, the ad label, the contribution
  // ask, tags, bio, rail, newsletter and footer are furniture
  title: vxTitle,
  headings: [vxH1, vxH2, vxH3],
  body: texts([vxDek, ...vxP0, ...vxP1, ...vxP2, ...vxList, ...vxP3, ...vxP4]),
  bylines: ['Priya Venkataraman', 'Updated Nov 11, 2025, 8:30 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', ...vxNav, 'Give', ...vxShare, vxCaption, vxCredit, ...vxSupportTop, 'Related', ...vxRelated, 'Advertisement',
    ...vxAsk, 'PayPal', 'Energy and Environment', vxBio, 'More in Explainers', ...vxMore, 'Sign up for the Vox Today newsletter',
    'Understand the world with a daily explainer plus the most compelling stories of the day.', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.', ...vxFoot.filter((t) => t !== 'Newsletters'),
    '© 2025 Vox Media, LLC. All Rights Reserved',
  ],
};

export const HELDOUT100_B: readonly TestPage[] = [voxExplainer, ghostPost];
