import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';

/**
 * Held-out batch 246, file a: a crypto news article on a CoinDesk-style Next.js site (price ticker, nav, "What to know" box,
 * byline with editor and updated / published lines, share bar, figure with credit, "Read more" promos, disclosure, tags,
 * "More For You" rail, newsletter box, footer, cookie banner) and an exchange's help-center article on Zendesk Guide
 * (Copenhagen theme: header, search, breadcrumbs, article meta, "Was this article helpful?", related and recently viewed).
 */
const cTitle = 'Stablecoin Issuer Harbor Mint Pauses Redemptions for Six Hours After Bank Wire Glitch';
const cDek = 'The brief halt left HUSD trading as low as 99.2 cents on two exchanges before arbitrage desks closed the gap.';
const cKnow = [
  'Harbor Mint paused direct redemptions of its HUSD stablecoin for about six hours on Thursday.',
  'The company blamed a failed batch of outgoing wires at one of its three custodian banks.',
  'HUSD briefly slipped to 99.2 cents on secondary markets but recovered by the evening.',
];
const cP1 = [
  j(
    'Harbor Mint, the Lisbon-based issuer of the HUSD dollar stablecoin, halted direct redemptions for roughly six hours on Thursday',
    'after a batch of outgoing bank wires failed to settle, the company said in a statement posted to its status page.',
  ),
  j(
    'Minting of new tokens continued throughout the pause, but holders who wanted to swap HUSD back into dollars at the issuer were',
    'shown a maintenance notice from about 09:40 UTC until shortly before 16:00 UTC.',
  ),
  j(
    'The halt rippled into secondary markets. On the exchanges Kestrel and Quayside, HUSD traded as low as $0.992 in the early afternoon,',
    'according to data from the analytics firm Tallyhouse, before market makers stepped in to buy the discount.',
  ),
];
const cH1 = 'What went wrong';
const cP2 = [
  j(
    'In a post on its blog, Harbor Mint said one of its three custodian banks had rejected a file of 212 outgoing wires because of a',
    'formatting change on the bank side. The rejected payments were worth about $41 million in total.',
  ),
  j(
    '"No reserve assets were at risk at any point," chief operating officer Inês Valcourt wrote. "We paused redemptions because we',
    'would rather stop the queue than send customers a confirmation for money that has not actually left."',
  ),
  j(
    'The issuer said reserves backing HUSD stood at $3.8 billion on Wednesday, held in short-dated Treasury bills, overnight repurchase',
    'agreements and bank deposits spread across the three institutions.',
  ),
];
const cH2 = 'Market reaction';
const cP3 = [
  j(
    'Traders said the dip was shallow compared with past stablecoin wobbles. The token has about 4,100 wallets holding more than',
    '$10,000 each, and on-chain data showed no rush of large holders moving HUSD to exchanges during the pause.',
  ),
  j(
    '"Six hours is long enough to make people nervous but short enough that nobody was forced to sell," said Oren Blakesley, head of',
    'trading at the market maker Northgate Liquidity. "The arbitrage was obvious once redemptions reopened."',
  ),
  j(
    'Harbor Mint said it would add a fourth banking partner in the second quarter and publish a post-incident report within two weeks.',
    'The company has not said whether it will compensate customers whose redemptions were delayed.',
  ),
];
const cTicker = ['BTC $71,204.11 +1.42%', 'ETH $3,618.40 -0.37%', 'SOL $162.85 +3.05%', 'XRP $0.6120 +0.88%', 'DOGE $0.1544 -1.20%'];
const cNav = ['Markets', 'Finance', 'Tech', 'Policy', 'Web3', 'Videos', 'Podcasts', 'Data & Indices', 'Events'];
const cShare = ['Share on X', 'Share on LinkedIn', 'Share on Facebook', 'Copy link'];
const cTags = ['Stablecoins', 'Markets', 'Harbor Mint'];
const cMore = [
  'Bitcoin Options Traders Load Up on $80K Calls Ahead of Quarterly Expiry',
  'Regulators in Three Countries Propose Shared Rulebook for Stablecoin Reserves',
  'Ether Staking Yields Fall to a Two-Year Low as Validator Queue Empties',
];
const cFoot = ['About', 'Masthead', 'Careers', 'Contact', 'Ethics Policy', 'Accessibility', 'Privacy', 'Terms of Use', 'Do Not Sell My Info'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${cTitle}</title>
<meta name="description" content="${cDek}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="CoinLedger Daily"/>
<meta property="article:published_time" content="2026-03-12T14:05:00Z"/><meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="https://www.coinledgerdaily.example/markets/2026/03/12/stablecoin-issuer-harbor-mint-pauses-redemptions"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}",
"datePublished":"2026-03-12T14:05:00Z","dateModified":"2026-03-12T16:18:00Z","author":[{"@type":"Person","name":"Marisol Fenwick"}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"markets"});</script></head>
<body><div id="__next"><div class="price-ticker bg-black text-white" data-module-name="ticker"><div class="ticker-track flex gap-6 animate-marquee">
${cTicker.map((t) => `<a class="ticker-item font-mono text-xs" href="/price/${t.split(' ')[0]?.toLowerCase()}">${t}</a>`).join('\n')}
</div></div>
<header class="site-header sticky top-0 z-40 bg-white"><div class="container flex items-center"><a href="/" aria-label="CoinLedger Daily home"
class="logo">CoinLedger Daily</a>
<nav aria-label="primary" class="main-nav hidden md:flex"><ul class="flex gap-4">${links(cNav, 'nav-item font-title-sm')}</ul></nav>
<button class="search-btn" aria-label="Search">Search</button><a class="btn btn-primary" href="/newsletters">Sign Up</a></div></header>
<main id="main-content"><article class="article-layout container grid grid-cols-12"><div class="col-span-12 lg:col-span-8">
<div class="article-eyebrow uppercase text-charcoal-600"><a href="/markets">Markets</a></div>
<h1 class="font-headline-lg font-medium">${cTitle}</h1>
<h2 class="font-headline-xs text-charcoal-600 article-dek">${cDek}</h2>
<div class="at-byline flex flex-col"><div class="byline-authors"><span>By <a href="/author/marisol-fenwick">Marisol Fenwick</a></span>
<span class="editor">Edited by Tobias Reinholt</span></div>
<div class="byline-dates font-metadata"><span>Updated Mar 12, 2026, 4:18 p.m. UTC</span><span>Published Mar 12, 2026, 2:05 p.m. UTC</span></div>
<div class="share-bar flex gap-2" aria-label="Share">${cShare.map((s) => `<button class="share-btn" aria-label="${s}">${s}</button>`).join('')}</div></div>
<figure class="article-lead-image"><img src="https://cdn.coinledgerdaily.example/hm.jpg" alt="Stacked coins"/><figcaption class="font-body-xs">
<span class="caption">A stablecoin is meant to hold its dollar value at all times.</span> <span class="credit">(Kasia Merrow/Unsplash)</span>
</figcaption></figure>
<div class="document-body font-body-lg"><div class="key-takeaways border-l-4"><p class="font-title-sm">What to know:</p><ul>${lis(cKnow)}</ul></div>
${ps(cP1.slice(0, 2))}
<p class="read-more"><strong>Read more:</strong> <a href="/policy/2026/02/stablecoin-audits">Auditors Push Issuers Toward Daily Reserve Reports</a></p>
${ps(cP1.slice(2))}
<h2>${cH1}</h2>
${ps(cP2)}
<div class="ad-slot" data-slot="mid-article"><span class="ad-label">Advertisement</span></div>
<h2>${cH2}</h2>
${ps(cP3)}
<p class="read-more"><strong>Read more:</strong> <a href="/markets/2026/01/stablecoin-supply">Stablecoin Supply Hits a Record as Payments Use Grows</a></p>
</div>
<div class="article-disclosure font-body-xs"><p>Disclosure &amp; Polices: CoinLedger Daily is an independent media outlet covering the digital asset
industry. Our journalists abide by a strict set of editorial policies.</p></div>
<div class="article-tags flex gap-2">${links(cTags, 'tag-pill')}</div></div>
<aside class="col-span-4 hidden lg:block"><div class="newsletter-box"><h3>The Protocol</h3><p>A weekly look at the technology behind crypto.</p>
<form><input type="email" placeholder="Email address"/><button>Sign me up</button></form>
<p class="fine-print">By signing up, you will receive emails about products and events.</p></div></aside></article>
<section class="more-for-you container"><h2 class="font-headline-sm">More For You</h2><ul class="grid grid-cols-3">${links(cMore, 'card')}</ul></section></main>
<footer class="site-footer bg-black text-white"><ul class="footer-links">${links(cFoot)}</ul>
<p class="copyright">© 2026 CoinLedger Daily. All rights reserved.</p></footer>
<div id="cookie-consent" class="fixed bottom-0 consent-banner"><p>We use cookies to improve your experience and to show you personalised ads.</p>
<button>Accept All</button><button>Manage Preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"stablecoin-issuer-harbor-mint"}},"page":"/[...slug]"}</script>
</body></html>`;
const coinNews: TestPage = {
  name: 'heldout246-coindesk-style-nextjs-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2],
  body: texts([cDek, ...cKnow, ...cP1, ...cP2, ...cP3]),
  bylines: ['Marisol Fenwick', 'Edited by Tobias Reinholt', 'Updated Mar 12, 2026, 4:18 p.m. UTC', 'Published Mar 12, 2026, 2:05 p.m. UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cTicker, 'CoinLedger Daily', ...cNav, 'Search', 'Sign Up', ...cShare, 'A stablecoin is meant to hold its dollar value at all times.',
    '(Kasia Merrow/Unsplash)', 'What to know:', 'Read more:', 'Auditors Push Issuers Toward Daily Reserve Reports', 'Advertisement',
    'Stablecoin Supply Hits a Record as Payments Use Grows',
    'Disclosure & Polices: CoinLedger Daily is an independent media outlet covering the digital asset industry.', cTags[0] ?? '',
    'The Protocol', 'A weekly look at the technology behind crypto.', 'Sign me up', 'By signing up, you will receive emails about products and events.',
    'More For You', ...cMore, ...cFoot, '© 2026 CoinLedger Daily. All rights reserved.',
    'We use cookies to improve your experience and to show you personalised ads.', 'Accept All', 'Manage Preferences',
  ],
};

const zTitle = 'How do I set up a withdrawal address whitelist?';
const zIntro = [
  j(
    'A withdrawal address whitelist lets you restrict crypto withdrawals from your Tidewell account to addresses you have approved in',
    'advance. Once the whitelist is switched on, any withdrawal to an address that is not on the list is blocked, even if someone',
    'has your password.',
  ),
  'We recommend turning it on for every account that holds more than a small balance.',
];
const zH1 = 'Before you start';
const zBefore = [
  'Two-factor authentication (2FA) must be enabled with an authenticator app. SMS codes are not accepted for whitelist changes.',
  'You need access to the email address registered on your account.',
  'Have the full address, and the network, of each wallet you want to add. A memo or tag is required for some assets.',
];
const zH2 = 'Turn on the whitelist';
const zSteps = [
  'Log in on the web and open <strong>Account</strong> &gt; <strong>Security</strong>.',
  'Under <strong>Withdrawal protection</strong>, select <strong>Address whitelist</strong> and then <strong>Turn on</strong>.',
  'Enter your 2FA code and confirm the link we send to your email address.',
  'Add your first address: pick the asset and network, paste the address, give it a label and save.',
];
const zH3 = 'The 24-hour hold';
const zHold = [
  j(
    'Every new address goes through a 24-hour hold before you can withdraw to it. During the hold the address shows as',
    '<em>Pending</em>. This delay gives you time to react if someone else added the address.',
  ),
  j(
    'Removing an address or turning the whitelist off also triggers a 24-hour hold on all withdrawals. Deposits and trading are not',
    'affected by either hold.',
  ),
];
const zH4 = 'Common problems';
const zRows = [
  ['The address is rejected as invalid', 'Check that you picked the same network as the wallet you are sending to.'],
  ['I do not receive the confirmation email', 'Look in your spam folder, or resend it from the Security page after five minutes.'],
  ['I lost my 2FA device', 'Start a 2FA reset from the login page; whitelist changes stay locked until the reset is complete.'],
];
const zTip = 'Tip: labels are only visible to you. Use a name you will recognise in a year.';
const zTail = 'If you still need help, contact our support team from the Help Center and include the label of the address.';
const zCrumbs = ['Tidewell Help Center', 'Account & Security', 'Account protection'];
const zRelated = ['Why is my withdrawal pending?', 'Setting up an authenticator app', 'Which networks does Tidewell support?'];
const zRecent = ['How long do crypto deposits take?', 'Verifying your identity'];
const zFoot = ['Status', 'Fees', 'Legal', 'Privacy Notice', 'Careers'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-us"><head><meta charset="utf-8" />
<title>${zTitle} – Tidewell Help Center</title><meta name="description" content="A withdrawal address whitelist lets you restrict crypto withdrawals." />
<link rel="canonical" href="https://help.tidewell.example/hc/en-us/articles/8812450931217" />
<meta property="og:type" content="website" /><meta property="og:site_name" content="Tidewell Help Center" />
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-8bd2.css" media="all" id="stylesheet" />
<script>window.HelpCenter = {"account":{"subdomain":"tidewell"},"user":{"role":"anonymous"},"internal":{"current_session":{"locale":"en-us"}}};</script>
</head><body class="community-enabled">
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="Tidewell Help Center home page" />
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search">
<input type="search" name="query" placeholder="Search" aria-label="Search" /></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul><li><a href="#" class="sidenav-item current-article">${zTitle}</a></li>
${links(['Why withdrawals can be locked for 24 hours', 'Managing trusted devices'], 'sidenav-item-li')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//tidewell.zendesk.example/avatar.png" alt="Avatar" class="user-avatar" /></div>
<div class="article-meta"><a href="/hc/en-us/profiles/401-Rosalind-Achterberg">Rosalind Achterberg</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-19T10:44:02Z" title="2026-02-19 10:44" data-datetime="relative">
Updated February 19, 2026</time></li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" href="/hc/en-us/articles/8812450931217/subscription">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zH1}</h2><ul>${lis(zBefore)}</ul>
<h2>${zH2}</h2><ol>${zSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<div class="callout callout--tip"><p>${zTip}</p></div>
<h2>${zH3}</h2>
${ps(zHold)}
<h2>${zH4}</h2><table><thead><tr><th>Problem</th><th>What to do</th></tr></thead><tbody>
${zRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<p>${zTail}</p></div>
<div class="article-attachments"></div></div></section><footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.example/share.php" class="share-facebook">Facebook</a></li><li><a href="#" class="share-twitter">X Corp</a></li>
<li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">148 out of 163 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul>${links(zRecent)}</ul>
</section></div><div data-related-articles><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></div></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(zFoot)}</ul>
<p class="footer-copy">© 2026 Tidewell Digital Assets Ltd. Crypto assets are volatile and you may lose money.</p>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></div></footer>
<div id="cookie-notice" class="cookie-banner"><p>Tidewell uses essential cookies to run the Help Center and optional cookies for analytics.</p>
<button class="button">Allow all</button><button class="button">Essential only</button></div>
<script src="//static.zdassets.example/hc/assets/en-us.f2a.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout246-zendesk-guide-help-article',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH1, zH2, zH3, zH4],
  body: texts([...zIntro, ...zBefore, ...zSteps, zTip, ...zHold, ...zRows.flat(), zTail]),
  bylines: ['Rosalind Achterberg', 'Updated February 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', 'Why withdrawals can be locked for 24 hours',
    'Managing trusted devices', 'Follow', 'Facebook', 'X Corp',
    'LinkedIn', 'Was this article helpful?', 'Yes', '148 out of 163 found this helpful', 'Have more questions?', 'Return to top',
    'Recently viewed articles', ...zRecent, 'Related articles', ...zRelated, ...zFoot,
    '© 2026 Tidewell Digital Assets Ltd. Crypto assets are volatile and you may lose money.', 'Powered by Zendesk',
    'Tidewell uses essential cookies to run the Help Center and optional cookies for analytics.', 'Allow all', 'Essential only',
  ],
};

export const HELDOUT246_A: readonly TestPage[] = [coinNews, zendesk];
