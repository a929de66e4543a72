import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout246-kit.js';
import { readme } from './pages-heldout246-f2.js';

/**
 * Held-out batch 246, file f: a token price page in the CoinGecko style (Tailwind markup: global stats strip, navbar, breadcrumb,
 * the h1 of name, symbol and "Price", price and change, watchlist count, statistics table, generated price summary, tabs, the
 * editorial "About" section, markets table, "People Also Watch" rail, disclaimer, footer) and, from file f2, a payments API's
 * changelog entry on ReadMe.
 */
const tTitle = 'Lumen Stake LMS Price';
const tH1 = 'What is Lumen Stake (LMS)?';
const tA = [
  j(
    'Lumen Stake is a liquid staking protocol for the Arcadia network. Users deposit ARC and receive stARC, a token that represents',
    'their staked position and keeps earning staking rewards while it can still be traded or used as collateral elsewhere.',
  ),
  j(
    'LMS is the protocol\u2019s governance token. Holders vote on which validators receive delegated stake, on the fee taken from',
    'staking rewards, and on how the protocol treasury is spent.',
  ),
];
const tH2 = 'How does Lumen Stake work?';
const tB = [
  j(
    'Deposited ARC is spread across a set of about sixty validators chosen by governance. The protocol takes 8% of staking rewards:',
    'half goes to the validators as a commission and half to the treasury. Rewards are added to the value of stARC once a day rather',
    'than paid out, so the number of stARC tokens in a wallet stays the same while each token becomes redeemable for more ARC.',
  ),
  j(
    'Withdrawals follow the network\u2019s own unbonding period of fourteen days. Users who need ARC sooner can swap stARC on',
    'decentralised exchanges, usually at a small discount.',
  ),
];
const tH3 = 'Who created Lumen Stake?';
const tC = [
  j(
    'Lumen Stake was started in 2023 by a team of four developers who had previously run validators on Arcadia. The LMS token launched',
    'in 2024 with a supply of one billion, of which 42% was set aside for the community, 20% for contributors with a three-year',
    'vesting schedule and the rest for the treasury and early backers.',
  ),
];
const tH4 = 'Where can you buy Lumen Stake?';
const tD = [
  j(
    'LMS trades on several centralised exchanges, including Kestrel and Quayside, and on decentralised exchanges on Arcadia. Most',
    'volume is in pairs against USDT and ARC. Because liquidity on smaller venues can be thin, large orders may move the price; check',
    'the order book depth before you trade, and store tokens you do not trade in a wallet you control.',
  ),
];
const tStats = [
  ['Market Cap', '$192,840,117'],
  ['Fully Diluted Valuation', '$482,100,000'],
  ['24 Hour Trading Vol', '$12,408,332'],
  ['Circulating Supply', '400,000,000'],
  ['Total Supply', '1,000,000,000'],
  ['Max Supply', '1,000,000,000'],
];
const tGen = j(
  'The price of Lumen Stake (LMS) is $0.4821 today with a 24-hour trading volume of $12,408,332. This represents a 3.2% price',
  'increase in the last 24 hours and a 7.9% price increase in the past 7 days.',
);
const tMarkets = [
  ['Kestrel', 'LMS/USDT', '$0.4823', '$4,912,004'],
  ['Quayside', 'LMS/USD', '$0.4817', '$2,306,551'],
  ['Pebble Swap', 'LMS/ARC', '$0.4830', '$1,188,920'],
];
const tWatch = ['Arcadia ARC $2.14', 'Brightpool BPL $0.0912', 'Ferrule FRL $1.87'];
const tNav = ['Cryptocurrencies', 'Exchanges', 'NFT', 'Learn', 'Products', 'API'];
const tFoot = ['About Us', 'Methodology', 'Careers', 'Advertising', 'Terms of Service', 'Privacy Policy'];
const tDisc = j(
  'IMPORTANT DISCLAIMER: The content and information on this page are for general information only and are not investment advice.',
  'Prices are gathered from third-party exchanges and may be delayed.',
);
const td = (c: string): string => `<td class="tw-px-1 tw-py-2.5 tw-text-right">${c}</td>`;
const tHtml = `<!DOCTYPE html><html lang="en" class="tw-scroll-smooth"><head><meta charset="utf-8">
<title>Lumen Stake Price: LMS Live Price Chart, Market Cap &amp; News Today | CoinPeak</title>
<meta name="description" content="Get the latest Lumen Stake (LMS) price, market cap, trading pairs, charts and data today.">
<link rel="canonical" href="https://www.coinpeak.example/en/coins/lumen-stake"><meta property="og:site_name" content="CoinPeak">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ExchangeRateSpecification","currency":"LMS","currentExchangeRate":
{"@type":"UnitPriceSpecification","price":0.4821,"priceCurrency":"USD"}}</script>
<script>window.gon={"coin_id":18842,"coin_symbol":"lms","currency":"usd"};</script></head>
<body class="tw-bg-white dark:tw-bg-moon-900"><div data-controller="header" class="tw-sticky tw-top-0 tw-z-50">
<div class="global-stats tw-flex tw-gap-4 tw-text-xs tw-text-gray-500"><span>Coins: 17,904</span><span>Exchanges: 1,312</span>
<span>Market Cap: $2.61T</span><span>24h Vol: $98.4B</span></div>
<nav class="tw-flex tw-items-center tw-justify-between tw-py-3"><a href="/" class="tw-font-bold">CoinPeak</a><ul class="tw-flex tw-gap-6">
${links(tNav, 'tw-font-semibold')}</ul>
<div class="tw-flex tw-gap-2"><button class="tw-btn">Login</button><button class="tw-btn tw-bg-primary-500">Sign Up</button>
</div></nav></div>
<main class="tw-container tw-mx-auto"><nav aria-label="Breadcrumb" class="tw-text-sm">
<ol class="tw-flex">${links(['Cryptocurrencies', 'Liquid Staking Tokens'])}
<li class="tw-text-gray-500">Lumen Stake Price</li></ol></nav>
<div class="tw-grid tw-grid-cols-1 lg:tw-grid-cols-3 tw-gap-8"><div data-coin-show-target="sidebar" class="tw-col-span-1">
<div class="tw-flex tw-items-center tw-gap-2"><img src="https://assets.coinpeak.example/coins/18842/small/lms.png" alt="Lumen Stake" class="tw-w-6">
<h1 class="tw-flex tw-items-center tw-gap-1"><span class="tw-font-bold tw-text-gray-900">Lumen Stake</span>
<span class="tw-font-normal tw-text-gray-500 tw-text-sm">LMS Price</span></h1><span class="tw-rounded-md tw-bg-gray-100 tw-px-1.5">#388</span></div>
<div class="tw-mb-3 tw-flex tw-items-center"><span data-converter-target="price" class="tw-text-gray-900 tw-text-3xl tw-font-bold">$0.4821</span>
<span class="gecko-up tw-ml-2 tw-font-bold">▲ 3.2% (24h)</span></div><div class="tw-text-sm tw-text-gray-500">0.00002271 BTC</div>
<button class="tw-btn tw-mt-2">Add to Portfolio</button><span class="tw-text-xs tw-text-gray-500">• 21,408 added to portfolio</span>
<table class="tw-w-full"><tbody>${tStats.map(([k, v]) => `<tr class="tw-border-b"><th class="tw-text-left tw-py-3">${k}</th>${td(v ?? '')}</tr>`).join('\n')}
</tbody></table></div>
<div class="tw-col-span-2"><div class="tw-flex tw-gap-2" role="tablist"><button role="tab" aria-selected="true">Overview</button><button role="tab">Markets
</button><button role="tab">Historical Data</button><button role="tab">Tokenomics</button></div>
<div class="chart-container" data-controller="coin-chart"><div class="tw-text-xs tw-text-gray-400">Chart data loading</div></div>
<p class="tw-text-gray-700 tw-text-sm">${tGen}</p>
<div class="coin-page-editorial-content tw-prose"><h2 class="tw-text-xl tw-font-bold">About Lumen Stake</h2>
<h3 id="what-is">${tH1}</h3>
${ps(tA)}
<h3>${tH2}</h3>
${ps(tB)}
<h3>${tH3}</h3>
${ps(tC)}
<h3>${tH4}</h3>
${ps(tD)}
</div>
<div class="tw-mt-8"><h2 class="tw-text-xl tw-font-bold">Lumen Stake Markets</h2><table class="tw-w-full"><thead><tr><th>Exchange</th><th>Pair</th>
<th>Price</th><th>24h Volume</th></tr></thead><tbody>${tMarkets.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n')}</tbody></table></div>
<div class="tw-mt-8"><h2 class="tw-text-xl tw-font-bold">People Also Watch</h2><ul class="tw-grid tw-grid-cols-3">${links(tWatch, 'tw-p-3')}</ul></div>
<div class="tw-mt-6 tw-rounded tw-bg-warning-50 tw-p-4 tw-text-xs">${tDisc}</div></div></div></main>
<footer class="tw-bg-gray-50 tw-mt-12"><div class="tw-container"><p class="tw-text-sm">CoinPeak provides a fundamental analysis of the crypto market.</p>
<ul class="tw-grid tw-grid-cols-3">${links(tFoot)}</ul><p class="tw-text-xs">© 2026 CoinPeak. All Rights Reserved.</p></div></footer>
<div id="cookie-notice" class="tw-fixed tw-bottom-4"><p>We use cookies to personalise content and to analyse our traffic.</p><button>Allow Cookies</button>
</div><script src="https://static.coinpeak.example/packs/js/coin-show.8f1a.js" defer></script></body></html>`;
const tokenPage: TestPage = {
  name: 'heldout246-coingecko-style-token-price-page',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['About Lumen Stake', tH1, tH2, tH3, tH4],
  body: texts([...tA, ...tB, ...tC, ...tD]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Coins: 17,904', 'Exchanges: 1,312', 'Market Cap: $2.61T', '24h Vol: $98.4B', 'CoinPeak', ...tNav, 'Login', 'Sign Up', 'Liquid Staking Tokens',
    'Lumen Stake Price', '#388', '$0.4821', '▲ 3.2% (24h)', '0.00002271 BTC', 'Add to Portfolio', '• 21,408 added to portfolio', ...tStats.flat(),
    'Overview', 'Markets', 'Historical Data', 'Tokenomics', 'Chart data loading', tGen, 'Lumen Stake Markets',
    ...tMarkets.flatMap((r) => r.slice(1)), 'Pebble Swap', 'Exchange', 'Pair',
    'Price', '24h Volume', 'People Also Watch', ...tWatch, tDisc, 'CoinPeak provides a fundamental analysis of the crypto market.', ...tFoot,
    '© 2026 CoinPeak. All Rights Reserved.', 'We use cookies to personalise content and to analyse our traffic.', 'Allow Cookies',
  ],
};

export const HELDOUT246_F: readonly TestPage[] = [tokenPage, readme];
