import { ps, type TestPage, texts } from './page-kit.js';
import { PARAGRAPH_POST } from './pages-heldout167-a2.js';
import { lis, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file a: a Mirror.xyz post as a visitor saves it (the Next.js shell with __NEXT_DATA__, the
 * publication header with avatar, "Subscribe" and "Connect", the cover image, the ENS author chip and date, the
 * entry body, the "Collect" card with edition counts, the subscribe card, the Verification box with Arweave and
 * digest labels, and the hidden collect dialog) and, from file a2, a Paragraph.xyz newsletter post.
 */
const mTitle = 'What a year of onchain grants did for our bike workshop';
const mP1 = paras(`
Last November the Harrowgate Community Bike Workshop had a leaking roof, two volunteers who could true a wheel, and a
donation jar that brought in about forty pounds a month. We decided to try something none of us really understood: we
would ask for small grants through a public funding round and publish every payment on a shared ledger.

This is a write-up of how that went, mostly for other small workshops who keep asking us whether it is worth the bother.
`);
const mH1 = 'Why we tried it';
const mP2 = paras(`
The honest reason is that the usual routes were closed to us. The council's small grants scheme had been cut, and the two
charitable trusts we applied to both wanted three years of audited accounts. We had eleven months of receipts in a shoebox.

A volunteer, Priya, had been following a quadratic funding round for local projects. The rules were simple enough: list
the project, explain what the money is for, and let people put in as little as a pound. Many small donations count for more
than one large one when the matching pool is shared out.
`);
const mH2 = 'What the money paid for';
const mP3 = paras(`Over two rounds we received 2,310 pounds from 186 donors, plus 1,940 pounds from matching pools. It went on:`);
const mList = [
  'A new roof for the container we work from, which was most of the first round.',
  'A second truing stand and a proper set of cone spanners.',
  'Twelve evening sessions teaching basic repairs to teenagers from the estate.',
  'Forty refurbished bikes given to people referred by the food bank.',
];
const mP4 = paras(`
Every payment out is listed with a receipt photo. Anyone can check that the roof cost what we said it cost, and several
people did, which was oddly reassuring.
`);
const mH3 = 'What did not work';
const mP5 = paras(`
Wallets were a barrier. Perhaps half of the people who wanted to give gave up halfway through setting one up, and we ended
up running a paper sign-up sheet at the Saturday market so that Priya could walk people through it over a cup of tea.

We also underestimated the writing. Each round needed updates, a budget and answers to questions from strangers. That is
maybe six hours a month of work that nobody had volunteered for.
`);
const mH4 = 'Would we do it again?';
const mP6 = paras(`
Yes, but as one source of money among several. The ledger did something we did not expect: it gave us a record. When we
applied to the county sports fund in September, we pointed them at a year of public spending and they did not ask for the
shoebox.

If you run a workshop like ours and want to try, write to us. We are happy to share the budget template and the sign-up sheet.
`);
const mBody = [...mP1, ...mP2, ...mP3, ...mList, ...mP4, ...mP5, ...mP6];
const mVerify = [
  'Verification',
  'This entry has been permanently stored onchain and signed by its creator.',
  'Arweave Transaction',
  'Author Address',
  'Content Digest',
  'NFT Address',
];
const mVals = ['qT4n8Wm2Lk0cZr7VbYx1sHfJ3pD9uEaG5oKiN6tRwQe', '0x7a3F…c91E', 'hX0vB4s…KpLq2', '0x1D5e…08aB'];
const mCollect = ['Collect', 'Mint this entry as an NFT to add it to your collection.', '38 collected', '0.00069 ETH', 'Open edition'];
const mSub = ['Subscribe to Harrowgate Bike Workshop', 'Receive the latest updates directly to your inbox.', 'Email address'];
const mDialog = ['Collect this entry', 'Quantity', 'Total', 'Connect wallet to collect', 'Powered by Zora'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${mTitle} — Harrowgate Bike Workshop</title>
<meta name="description" content="Last November the Harrowgate Community Bike Workshop had a leaking roof and a donation jar.">
<meta property="og:title" content="${mTitle}"><meta property="og:type" content="article">
<meta property="og:image" content="https://images.mirror-media.xyz/publication-images/Hq3bX9.png">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@viamirror">
<link rel="canonical" href="https://mirror.xyz/harrowgatebikes.eth/Xk2pQ8aLm3">
<link rel="preload" href="/_next/static/css/4b1c2a7e.css" as="style"><link rel="stylesheet" href="/_next/static/css/4b1c2a7e.css">
<script defer src="/_next/static/chunks/main-3fa1.js"></script><script defer src="/_next/static/chunks/pages/%5Bname%5D/%5Bdigest%5D-9c0d.js"></script>
</head>
<body><div id="__next"><div class="_1sjywpl0 _1sjywpl1 bc5nci4x7">
<header class="_2sqa5c0 _2sqa5c4"><div class="_2sqa5c6"><a class="_2sqa5c8" href="/harrowgatebikes.eth">
<img alt="" class="_15n6hxg0" src="https://images.mirror-media.xyz/publication-images/avatar.png">
<span class="_2sqa5ca">Harrowgate Bike Workshop</span></a></div>
<div class="_2sqa5cc"><button class="_1vo6umj0 _1vo6umj2" type="button">Subscribe</button>
<button class="_1vo6umj0 _1vo6umj5" type="button">Connect</button></div></header>
<main class="_1sjywpl2"><div class="_3n4b4k0"><img alt="" class="_3n4b4k1" src="https://images.mirror-media.xyz/publication-images/Hq3bX9.png"></div>
<div class="_1g7mkqu0"><h1 class="_1g7mkqu1 bc5nci1y5">${mTitle}</h1>
<div class="_1g7mkqu3"><a class="_1g7mkqu4" href="/harrowgatebikes.eth"><img alt="" class="_15n6hxg0" src="/avatar-sm.png">
<span>harrowgatebikes.eth</span></a><span class="_1g7mkqu6">November 3rd, 2025</span></div></div>
<div class="_158i0ku0 ProseMirror" data-entry-content="true">
${ps(mP1)}
<h2>${mH1}</h2>
${ps(mP2)}
<h2>${mH2}</h2>
${ps(mP3)}
<ul>${lis(mList)}</ul>
${ps(mP4)}
<h2>${mH3}</h2>
${ps(mP5)}
<h2>${mH4}</h2>
${ps(mP6)}
</div>
<div class="_2o0nf60"><div class="_2o0nf61"><p class="_2o0nf62">${mCollect[1]}</p>
<div class="_2o0nf64"><span>${mCollect[2]}</span><span>${mCollect[3]}</span><span>${mCollect[4]}</span></div>
<button class="_1vo6umj0 _1vo6umj2" type="button">${mCollect[0]}</button></div></div>
<div class="_4k2ax00"><h3 class="_4k2ax01">${mSub[0]}</h3><p class="_4k2ax02">${mSub[1]}</p>
<form><label>${mSub[2]}</label><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form></div>
<div class="_1bhq8ac0"><h4 class="_1bhq8ac1">${mVerify[0]}</h4><p class="_1bhq8ac2">${mVerify[1]}</p>
<div class="_1bhq8ac3"><div><span>${mVerify[2]}</span><a href="https://arweave.net/${mVals[0]}">${mVals[0]}</a></div>
<div><span>${mVerify[3]}</span><a href="https://etherscan.io/address/0x7a3f">${mVals[1]}</a></div>
<div><span>${mVerify[4]}</span><span>${mVals[2]}</span></div>
<div><span>${mVerify[5]}</span><a href="https://zora.co/collect/oeth:0x1d5e">${mVals[3]}</a></div></div></div>
</main></div>
<div role="dialog" aria-modal="true" hidden class="_9a7yq40"><h2>${mDialog[0]}</h2><label>${mDialog[1]}</label><input value="1">
<p>${mDialog[2]} <span>0.00069 ETH</span></p><button type="button">${mDialog[3]}</button><small>${mDialog[4]}</small></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"digest":"Xk2pQ8aLm3","publicationLayoutProject":
{"ens":"harrowgatebikes.eth","displayName":"Harrowgate Bike Workshop"},"entry":{"title":"${mTitle}","publishedAtTimestamp":1762171200}}},
"page":"/[name]/[digest]","buildId":"h8Dq2mYx","isFallback":false,"gssp":true}</script>
</body></html>`;
const MIRROR_POST: TestPage = {
  name: 'heldout167-mirror-xyz-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3, mH4],
  body: texts(mBody),
  bylines: ['harrowgatebikes.eth', 'November 3rd, 2025'],
  furniture: ['Harrowgate Bike Workshop', 'Subscribe', 'Connect', ...mCollect, ...mSub, ...mVerify, ...mVals, ...mDialog],
};

export const HELDOUT167_A: readonly TestPage[] = [MIRROR_POST, PARAGRAPH_POST];
