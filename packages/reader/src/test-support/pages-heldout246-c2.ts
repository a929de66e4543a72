import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 246, file c2: a blockchain explorer's transaction page in the Etherscan style (price and gas strip, navbar,
 * search, sponsored slot, tabs, tooltip icons, overview rows, "More Details" toggle, private note prompt, footer columns and
 * the cookie bar). The page's main text is short: the overview rows, each label with its value, are the body.
 */
const eTitle = 'Transaction Details';
const hash = '0x7c4e19a2f0b85d3e6a1c7f24d9b03e5a8c6f1d2b4e7a90c3f5d18b62e4a7c9f1';
const row = (label: string, value: string): string => `<div class="row align-items-center mb-4"><div class="col-md-3 text-muted mb-2 mb-md-0">
<i class="far fa-question-circle me-1" data-bs-toggle="tooltip" data-bs-title="Details of ${label}"></i>${label}:</div>
<div class="col col-md-9">${value}</div></div>`;
const eRows = [
  row('Transaction Hash', `<span id="spanTxHash" class="me-1">${hash}</span>`),
  row('Status', '<span class="badge bg-success bg-opacity-10 border border-success text-green-600">Success</span>'),
  row('Block', '<a href="/block/19884201">19884201</a> <span class="badge bg-light text-muted">1204 Block Confirmations</span>'),
  row('Timestamp', '<span>4 hrs ago (Mar-11-2026 09:42:11 AM +UTC)</span>'),
  row('Transaction Action', '<span>Swap 2,500 USDC For 0.6912 ETH On Pebble Swap</span>'),
  row('From', '<a href="/address/0x3fa1">0x3fA1c09E27b4D5e8a6F0c2B71d9E4a5c8B30e7D2</a>'),
  row('To', '<a href="/address/0x91bd">Pebble Swap: Router 2</a>'),
  row('Value', '<span>0 ETH ($0.00)</span>'),
  row('Transaction Fee', '<span>0.000412771 ETH ($1.49)</span>'),
  row('Gas Price', '<span>3.118 Gwei (0.000000003118 ETH)</span>'),
];
const eNav = ['Home', 'Blockchain', 'Tokens', 'NFTs', 'Resources', 'Developers', 'More'];
const eFoot1 = ['About Us', 'Brand Assets', 'Contact Us', 'Careers', 'Terms of Service', 'Bug Bounty'];
const eFoot2 = ['API Documentation', 'Knowledge Base', 'Network Status', 'Newsletters'];
const eHtml = `<!doctype html><html id="html" lang="en"><head><meta charset="utf-8"/><title>Arcadia Transaction Hash (Txhash) Details | Veilscan</title>
<meta name="description" content="Arcadia (ARC) detailed transaction info for txhash ${hash}. The transaction status, block confirmation, gas fee."/>
<meta property="og:site_name" content="Veilscan"/><meta name="twitter:card" content="summary"/>
<link rel="canonical" href="https://veilscan.example/tx/${hash}"/>
<link rel="stylesheet" href="/assets/vendor/bootstrap/bootstrap.min.css?v=26.3.1.0"/>
<script>var strNetwork = "Mainnet"; var txHash = "${hash}"; var litreturn = false;</script></head>
<body id="body" class="d-flex flex-column min-vh-100"><header id="masterHeader" class="header border-bottom d-print-none">
<div class="container-xxl"><div class="d-flex align-items-center justify-content-between py-1"><div class="d-none d-lg-flex align-items-center gap-4">
<div class="text-muted">ARC Price: <a href="/chart/etherprice">$2.14</a> <span class="text-success">(+1.92%)</span></div>
<div class="text-muted">Gas: <a href="/gastracker">3.1 Gwei</a></div></div>
<form action="/search" method="GET" class="d-none d-lg-block"><select class="form-select" aria-label="Filter"><option>All Filters</option>
<option>Addresses</option><option>Tokens</option></select><input type="search" id="search-panel" class="form-control"
placeholder="Search by Address / Txn Hash / Block / Token / Domain Name"/></form></div></div>
<nav id="mainNavbar" class="navbar navbar-expand-lg main-navbar p-0"><div class="container-xxl"><a class="navbar-brand" href="/">Veilscan</a>
<ul class="navbar-nav gap-1">${links(eNav, 'nav-item')}</ul><a class="nav-link" href="/login">Sign In</a></div></nav></header>
<main id="content" class="main-content flex-grow-1" role="main"><section class="container-xxl"><div class="d-sm-flex align-items-baseline pt-3 pb-5">
<h1 class="h5 mb-0">${eTitle}</h1></div>
<div id="ContentPlaceHolder1_divSponsored" class="d-flex flex-wrap align-items-center gap-1 mb-4"><span class="text-muted">Sponsored</span>
<a href="https://ad.example/go" rel="nofollow">Lend your ARC at up to 9% APY with Brightpool. Start now.</a></div>
<div class="d-flex flex-wrap justify-content-between align-items-center gap-3 mb-4"><ul class="nav nav-pills nav-pills-bordered" role="tablist">
<li class="nav-item"><a class="nav-link active" href="#home" data-bs-toggle="pill">Overview</a></li><li class="nav-item"><a class="nav-link"
href="#eventlog" data-bs-toggle="pill">Logs (4)</a></li><li class="nav-item"><a class="nav-link" href="#statechange">State</a></li></ul>
<div class="dropdown"><button class="btn btn-sm btn-white dropdown-toggle" type="button">Other Views</button></div></div>
<div class="tab-content"><div class="tab-pane fade show active" id="home" role="tabpanel"><div id="ContentPlaceHolder1_maintable" class="card p-5 mb-3">
${eRows.join('\n<hr class="hr-space"/>\n')}
<div id="ContentPlaceHolder1_collapseContent" class="collapse"><div class="row mb-4"><div class="col-md-3 text-muted">Input Data:</div>
<div class="col-md-9"><textarea readonly class="form-control" rows="4">Function: swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin)
MethodID: 0x18cbafe5</textarea></div></div></div>
<a class="d-block collapsed" data-bs-toggle="collapse" href="#ContentPlaceHolder1_collapseContent"><span>More Details:</span>
<span class="card-arrow-more">+ Click to show more</span></a></div>
<div class="card p-5"><div class="row"><div class="col-md-3 text-muted">Private Note:</div><div class="col-md-9">To access the Private Note feature, you
must be <a href="/login">Logged In</a></div></div></div>
<div class="alert alert-info mt-4"><span>A transaction is a cryptographic message that changes the state of the blockchain.</span>
<a href="/learn/transactions">Learn more</a></div></div></div></section></main>
<footer id="masterFooter" class="footer bg-light py-6 d-print-none"><div class="container-xxl"><div class="row"><div class="col-md-4"><h2 class="h5">Powered by
Arcadia</h2><p class="text-muted">Veilscan is a Block Explorer and Analytics Platform for Arcadia, a proof-of-stake smart contract chain.</p></div>
<div class="col-md-4"><h3 class="h6">Company</h3><ul class="list-unstyled">${links(eFoot1, 'mb-1')}</ul></div>
<div class="col-md-4"><h3 class="h6">Community</h3><ul class="list-unstyled">${links(eFoot2, 'mb-1')}</ul></div></div>
<p class="mt-4 text-muted">Veilscan © 2026 (B2)</p></div></footer>
<div id="divCookieBar" class="cookie-bar fixed-bottom"><p>This website <a href="/privacypolicy">uses cookies to improve your experience</a>. By continuing
to use this website, you agree to its Terms and Privacy Policy.</p><button id="btnCookie" class="btn btn-primary">Got It</button></div>
<script src="/assets/js/tx.min.js?v=26.3.1.0"></script></body></html>`;
export const explorer: TestPage = {
  name: 'heldout246-etherscan-style-transaction-page',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eRows),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ARC Price: $2.14 (+1.92%)', 'Gas: 3.1 Gwei', 'All Filters', 'Addresses', ...eNav, 'Veilscan', 'Sign In', 'Sponsored',
    'Lend your ARC at up to 9% APY with Brightpool. Start now.', 'Overview', 'Logs (4)', 'State', 'Other Views', 'Input Data:',
    'Function: swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin) MethodID: 0x18cbafe5', 'More Details:', '+ Click to show more',
    'Private Note:', 'To access the Private Note feature, you must be Logged In',
    'A transaction is a cryptographic message that changes the state of the blockchain.', 'Learn more', 'Powered by Arcadia',
    'Veilscan is a Block Explorer and Analytics Platform for Arcadia, a proof-of-stake smart contract chain.', 'Company', 'Community', ...eFoot1,
    ...eFoot2, 'Veilscan © 2026 (B2)',
    'This website uses cookies to improve your experience. By continuing to use this website, you agree to its Terms and Privacy Policy.',
    'Got It',
  ],
};
