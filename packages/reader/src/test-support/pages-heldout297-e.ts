import { links, ps, type TestPage, texts } from './page-kit.js';
import { webflow } from './pages-heldout297-e2.js';
import { j, lis } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file e: a JustGiving Crowdfunding page as its React app saves it (data-qa attributes, global header, the
 * title with "Raising money for" owner line, totals card with target, supporters and days left, Donate and Share buttons,
 * Story / Updates / Supporters tabs, the story with its headings and list, a rewards list, supporter messages, "Report this
 * page", cookie banner and footer) and, from file e2, a volunteer-recruitment listing on Webflow.
 */
const kTitle = 'Reopen the Kettlewick Lido for summer 2026';
const kHeads = ['Why the lido matters', 'Where your money goes', 'What happens if we go over target'];
const kStory = [
  j(
    'Kettlewick Lido has been the heart of our town every summer since 1937. It closed in 2023 when the council could no longer afford to',
    'run it, and last year a group of swimmers, parents and local businesses formed a charitable trust to take it over.',
  ),
  j(
    'We have signed a 25-year lease, recruited 60 volunteers and trained six lifeguards. What we still need is the money to repair the',
    'pool’s filtration plant, which failed in the final season and has sat idle ever since.',
  ),
];
const kWhy = [
  j(
    'For generations of Kettlewick children the lido is where they learned to swim. Since it closed, the nearest public pool is a',
    'forty-minute bus ride away, and the primary schools have cut swimming lessons because they cannot afford the coaches.',
  ),
  j(
    'It is also one of the few places in town where everyone mixes: early-morning swimmers in their eighties, teenagers on the diving',
    'board, families with a picnic on the grass. A town without a place like that is a poorer place to live.',
  ),
];
const kMoney = [
  'Our target of £12,000 covers the part of the repair bill not met by our grant from the Pennine Community Fund:',
  'a new sand filter and pump, £7,400;',
  'replacing the chemical dosing system, £2,900;',
  'safety signage, rescue equipment and first-aid kits, £1,100;',
  'the fees charged by this platform and card providers, about £600.',
];
const kOver = [
  j(
    'Anything we raise above £12,000 will go into a reserve for the heating the pool needs before it can open in May and September, which',
    'would let us stretch the season from ten weeks to nearly five months.',
  ),
  j(
    'We will post an update here every fortnight with photos from the plant room, so you can see exactly where your money has gone.',
    'Thank you for helping us bring the lido back.',
  ),
];
const kRewards = [
  '£10 or more: your name on the thank-you board by the entrance',
  '£50 or more: a season swim pass for one adult',
  '£250 or more: a private evening swim for up to 20 friends',
];
const kSupp = ['Learned to swim there in 1961. Can’t wait to go back in!', 'Good luck from the Tuesday morning swim club.'];
const kFoot = ['About us', 'Help', 'Blog', 'Fees', 'Careers', 'Terms of service', 'Privacy notice', 'Cookie notice', 'Modern Slavery Act'];
const kHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${kTitle} - JustGiving</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="JustGiving">
<meta property="og:title" content="${kTitle}"><meta property="og:description" content="Help Kettlewick Lido Trust raise £12,000 to repair the lido.">
<link rel="canonical" href="https://www.justgiving.com/crowdfunding/kettlewick-lido">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${kTitle}","publisher":{"@type":"Organization",
"name":"JustGiving"}}</script><script>window.__APOLLO_STATE__={"Page:kettlewick-lido":{"type":"CROWDFUNDING","targetAmount":12000}};</script></head>
<body><div id="root"><div class="jg-app">
<header class="jg-header" data-qa="global-header"><a href="/" class="jg-header__logo" aria-label="JustGiving home"></a>
<nav class="jg-header__nav"><ul>${links(['Search', 'Start fundraising', 'Crowdfunding', 'Log in'], 'jg-header__item')}</ul></nav></header>
<main class="cp-page" data-qa="crowdfunding-page"><section class="cp-header"><div class="cp-hero"><img src="https://images.jg-cdn.example/lido-hero.jpg"
alt=""></div><h1 class="cp-heading-large" data-qa="page-title">${kTitle}</h1>
<div class="cp-owner" data-qa="page-owner"><span class="jg-text--small">Raising money for</span> <a href="/crowdfunding/kettlewick-lido/owner">Kettlewick Lido
Trust</a></div><div class="cp-owner-person" data-qa="page-owner-name">Page created by Corin Blakeley on 10 February 2026</div></section>
<aside class="cp-totals" data-qa="totals-card"><div class="cp-totals__raised"><span data-qa="amount-raised">£8,420</span> raised of £12,000 target</div>
<div class="jg-progress-bar" role="progressbar" aria-valuenow="70"></div><ul class="cp-totals__stats"><li><strong>173</strong> supporters</li>
<li><strong>21</strong> days left</li></ul><p class="jg-text--small">All or nothing: this project will only be funded if it reaches its target.</p>
<a class="jg-btn jg-btn--brand" data-qa="donate-button" href="/crowdfunding/kettlewick-lido/donate">Donate</a>
<button class="jg-btn jg-btn--secondary" data-qa="share-button">Share</button></aside>
<nav class="cp-tabs" role="tablist">${['Story', 'Updates (3)', 'Supporters (173)']
  .map((t) => `<button role="tab" class="cp-tabs__tab">${t}</button>`)
  .join('')}</nav>
<section class="cp-story" data-qa="story"><div class="jg-rich-text">
${ps(kStory)}
<h2>${kHeads[0]}</h2>
${ps(kWhy)}
<h2>${kHeads[1]}</h2>
<p>${kMoney[0]}</p>
<ul>${lis(kMoney.slice(1))}</ul>
<h2>${kHeads[2]}</h2>
${ps(kOver)}
</div></section>
<section class="cp-rewards" data-qa="rewards"><h3 class="cp-heading-small">Rewards</h3><ul>${lis(kRewards, 'cp-reward')}</ul></section>
<section class="cp-supporters" data-qa="supporters"><h3 class="cp-heading-small">Supporters</h3>
${kSupp
  .map(
    (m, i) => `<div class="cp-supporter"><p class="cp-supporter__name">${['Edna Harrop', 'Tuesday Tumblers'][i]}</p>
<p class="cp-supporter__message">${m}</p><p class="cp-supporter__meta">${['£25.00', '£120.00'][i]} · ${['2 days ago', '5 days ago'][i]}</p></div>`,
  )
  .join('\n')}
<button class="jg-btn jg-btn--link">Show more supporters</button></section>
<div class="cp-report"><a href="/report">Report this page</a></div></main>
<footer class="jg-footer"><ul>${links(kFoot)}</ul><p>© 2026 JustGiving. All rights reserved.</p></footer>
<div class="jg-cookie-banner" role="dialog"><p>We use cookies to make JustGiving work and to improve it. Choose which cookies we can use.</p>
<button>Accept all cookies</button><button>Only necessary cookies</button><a href="/cookies">Manage settings</a></div></div></div></body></html>`;
const justgiving: TestPage = {
  name: 'heldout297-justgiving-crowdfunding',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kStory, ...kWhy, ...kMoney, ...kOver]),
  bylines: ['Page created by Corin Blakeley on 10 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Start fundraising', 'Crowdfunding', 'Log in', 'Raising money for', 'Kettlewick Lido Trust', '£8,420', 'raised of £12,000 target',
    'supporters', 'days left', 'All or nothing: this project will only be funded if it reaches its target.', 'Donate', 'Share', 'Story',
    'Updates (3)', 'Supporters (173)', 'Rewards', ...kRewards, 'Edna Harrop', 'Tuesday Tumblers', ...kSupp, '£25.00', '£120.00', '2 days ago', '5 days ago',
    'Show more supporters', 'Report this page', ...kFoot, '© 2026 JustGiving. All rights reserved.',
    'We use cookies to make JustGiving work and to improve it. Choose which cookies we can use.', 'Accept all cookies', 'Only necessary cookies',
    'Manage settings',
  ],
};

export const HELDOUT297_E: readonly TestPage[] = [justgiving, webflow];
