import { links, ps, type TestPage, texts } from './page-kit.js';
import { bankrateExplainer } from './pages-heldout190-a2.js';

/**
 * Held-out batch 190, file a: a NerdWallet article as a signed-out visitor saves it (Next.js shell, the header with the mega
 * menu and "Sign in", breadcrumbs, the advertiser disclosure line and its hidden popover, "Written by" / "Edited by" and the
 * update date, the "Nerdy takeaways" box, a partner product table with "Learn more" buttons, a "MORE LIKE THIS" tag row, the
 * author box, the newsletter sign-up, the related rail and the footer disclaimer) and, from file a2, a Bankrate explainer.
 */
const nwTitle = 'How to build an emergency fund when your income changes every month';
const nwTake = [
  'Base your target on your leanest months, not your average month.',
  'Save a fixed share of every payment rather than a fixed dollar amount.',
  'Keep the fund in a separate high-yield savings account you do not see every day.',
];
const nwP1 = [
  'Most advice about emergency funds assumes a paycheck that lands on the same day for the same amount. If you drive for a ' +
    'delivery app, freelance, work on commission or run a seasonal business, that advice can feel like it was written for ' +
    'somebody else. A good month can be followed by a terrible one, and the terrible one is exactly when you need a cushion.',
  'The goal is the same as for anyone else: cash you can reach quickly that keeps a rough patch from turning into credit card ' +
    'debt. The way you get there just looks a little different.',
];
const nwH1 = 'Start with your bare-bones budget';
const nwP2 = [
  'Go back through the last twelve months of bank statements and add up what you must pay no matter what: rent or mortgage, ' +
    'utilities, insurance, minimum debt payments, groceries and the cost of getting to work. Leave out streaming services, ' +
    'takeout and anything you could pause for a few months.',
  'That total is your monthly floor. People with steady pay are often told to save three to six months of expenses. With an ' +
    'irregular income, aim for six months of your floor, and consider nine if one client or one season makes up most of your ' +
    'earnings.',
];
const nwH2 = 'Save a percentage, not a dollar amount';
const nwP3 = [
  'A fixed monthly transfer works against you when income swings. In a slow month it can overdraw your account; in a busy month ' +
    'it leaves money on the table. Instead, pick a share of every payment that comes in and move it the day it arrives.',
  'Ten percent is a reasonable place to start. Freelancer Marisol Quintero, a graphic designer in Tucson, moves 15% of every ' +
    'invoice the moment it is paid. “I stopped thinking of it as saving,” she says. “It is just money that was never mine to ' +
    'spend.”',
];
const nwH3 = 'Pay yourself a steady salary';
const nwP4 = [
  'Another approach is to pay all of your earnings into one holding account and then pay yourself the same amount on the first ' +
    'of each month, based on your floor plus a little breathing room. Anything left over after a good month stays put and becomes ' +
    'the buffer for the next slow one.',
  'This takes a few months to set up, because the holding account needs a starting balance, but it turns lumpy income into ' +
    'something that behaves like a paycheck.',
];
const nwH4 = 'Where to keep the money';
const nwP5 = [
  'An emergency fund should be safe, easy to reach and out of sight. A high-yield savings account at a different bank from your ' +
    'checking account ticks all three boxes. Transfers usually take a day or two, which is fast enough for a real emergency and ' +
    'slow enough to discourage impulse spending.',
  'Look for an account with no monthly fee, no minimum balance and federal deposit insurance. Rates change often, so compare a ' + 'few before you open one.',
];
const nwH5 = 'Don’t forget taxes';
const nwP6 = [
  'If you are self-employed, nobody is withholding tax from your payments. Keep your tax savings in a separate account from your ' +
    'emergency fund so a quarterly estimated payment never eats into your cushion. Treating the two pots as one is one of the most ' +
    'common ways freelancers end up short in April.',
];
const nwNav = ['Credit Cards', 'Banking', 'Mortgages', 'Insurance', 'Loans', 'Personal Finance', 'Investing', 'Small Business', 'Taxes'];
const nwCrumbs = ['Banking', 'Savings'];
const nwDisclose =
  'Many of the products we feature come from partners who pay us. That can affect which products we write about and where they ' +
  'appear, but not our evaluations.';
const nwProducts = [
  { name: 'Cedar Ridge Bank High-Yield Savings', apy: '4.05%', min: '$0' },
  { name: 'Northstar Direct Savings', apy: '3.90%', min: '$100' },
  { name: 'Quayside Online Savings', apy: '3.75%', min: '$0' },
];
const nwTags = ['Savings Accounts', 'Budgeting', 'Emergency Fund'];
const nwBio = 'Amara Whitfield writes about banking and budgeting for NerdWallet. Before joining, she spent eight years as a credit ' + 'counselor in Ohio.';
const nwNews = ['Get smarter about your money', 'Sign up for our free weekly newsletter.', 'Email address', 'Sign up'];
const nwRelated = [
  'Best high-yield savings accounts this month',
  'How much should you keep in an emergency fund?',
  'Budgeting for freelancers: a simple system',
];
const nwFoot = ['About Us', 'Careers', 'Press', 'Help', 'Privacy Policy', 'Terms of Use', 'Licenses', 'Do Not Sell or Share My Personal Information'];
const nwDisclaimer =
  'Disclaimer: NerdWallet tries to keep its information accurate and current. It may differ from what you see at a financial ' +
  'institution or in a product’s terms. All products are presented without warranty.';
const nwH2tag = (t: string, id: string): string => `<h2 id="${id}" class="_1Gy4Ox _2Kd6CZ">${t}</h2>`;
const nwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How to Build an Emergency Fund on an Irregular Income - NerdWallet</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Freelancers and gig workers can build a cushion too.">
<meta property="og:site_name" content="NerdWallet"><meta property="og:type" content="article"><meta property="og:title" content="${nwTitle}">
<meta name="author" content="Amara Whitfield"><meta property="article:modified_time" content="2026-01-14T09:12:00-08:00">
<link rel="canonical" href="https://www.nerdwallet.com/article/banking/emergency-fund-irregular-income">
<link rel="stylesheet" href="/cdn/_next/static/css/4f1c2a9b7e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nwTitle}","dateModified":"2026-01-14T09:12:00-08:00",
"author":[{"@type":"Person","name":"Amara Whitfield"}],"publisher":{"@type":"Organization","name":"NerdWallet"}}</script>
<script>window.dataLayer=window.dataLayer||[];window.__NW_EXPERIMENTS__={"nav":"v3"};</script></head>
<body><div id="__next"><a class="_3Y3Ypr skip-link" href="#main">Skip to content</a>
<header class="_2tqHtB" data-testid="global-header"><div class="_1wVtUh"><a href="/" aria-label="NerdWallet home" class="_3wQmVH"><svg role="img"></svg></a>
<nav aria-label="Main navigation" class="_3Pz2Hx"><ul class="_1RQ9cd">${links(nwNav, '_3Ff5Xk')}</ul></nav>
<div class="_2c8Hqw"><button class="_1l2Qrs" aria-label="Search"><svg></svg></button><a class="_24mWz8" href="/login">Sign in</a>
<a class="_3vYlFe _1wJ6wD" href="/register">Sign up</a></div></div></header>
<main id="main" class="_1d7YwM"><article class="_2VYcd9" data-content-type="article">
<nav aria-label="breadcrumbs" class="_1fkQ1j"><ol>${links(nwCrumbs, '_2gD1Ll')}</ol></nav>
<div class="_3hW8Qm"><div class="_1FxSzd" data-testid="advertiser-disclosure"><button class="_2UN6Zw" aria-expanded="false">Advertiser disclosure</button>
<div class="_2Vp8Xc" role="tooltip" hidden><p>${nwDisclose}</p><a href="/how-we-make-money">How we make money</a></div></div>
<h1 class="_2Ssp0j _1KDMdw">${nwTitle}</h1>
<div class="_1fM3gL" data-testid="article-bylines"><div class="_3KZQl5">
<span class="_1jHRpx">Written by </span><a href="/author/amara-whitfield">Amara Whitfield</a></div>
<div class="_3KZQl5"><span class="_1jHRpx">Edited by </span><a href="/author/desmond-orley">Desmond Orley</a></div>
<div class="_2xQ0KP"><span>Updated on Jan 14, 2026</span></div></div>
<div class="_3uRUcL" data-testid="share-bar"><button aria-label="Share on Facebook"></button><button aria-label="Share on X"></button>
<button aria-label="Copy link"></button></div></div>
<figure class="_1kfbVq"><img src="/assets/blog/emergency-fund-jar.jpg" alt="A glass jar of coins on a kitchen table">
<figcaption class="_2L3oTn">Getty Images</figcaption></figure>
<div class="_3ZQv6S" data-testid="article-body"><div class="_1TDmQP nerdy-takeaways"><h2 class="_1CcHTz">Nerdy takeaways</h2>
<ul>${nwTake.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<p class="_2Ms5Vz">${nwDisclose} <a href="/how-we-make-money">How we make money</a></p>
${ps(nwP1)}
${nwH2tag(nwH1, 'bare-bones')}
${ps(nwP2)}
${nwH2tag(nwH2, 'percentage')}
${ps(nwP3)}
${nwH2tag(nwH3, 'salary')}
${ps(nwP4)}
${nwH2tag(nwH4, 'where')}
${ps(nwP5)}
<div class="_1Wc9Ag product-table" data-testid="product-table"><table><thead><tr><th>Account</th><th>NerdWallet rating</th><th>APY</th>
<th>Min. balance for APY</th><th></th></tr></thead><tbody>${nwProducts
  .map(
    (p) => `<tr><td><span class="_3PcdKm">${p.name}</span></td><td><span class="_1bTxyv">4.5/5</span></td><td>${p.apy}</td><td>${p.min}</td>
<td><a class="_3vYlFe" href="/redirect?pid=${p.apy}" rel="sponsored">Learn more</a><div class="_2mPHaT">on partner’s site</div></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
${nwH2tag(nwH5, 'taxes')}
${ps(nwP6)}
<div class="_2KsS2r more-like-this"><span class="_1lQ5Hm">MORE LIKE THIS</span><ul>${links(nwTags, '_9Qw2bB')}</ul></div></div>
<aside class="_3zPYmK author-box" data-testid="author-box"><img src="/authors/aw.jpg" alt=""><div><h3 class="_27Sg0Y">About the author</h3>
<p class="_1R3fwB">${nwBio}</p><a href="/author/amara-whitfield">Read more</a></div></aside></article>
<aside class="_1mCWQk" data-testid="newsletter"><h2>${nwNews[0]}</h2><p>${nwNews[1]}</p><form><label for="nl-email">${nwNews[2]}</label>
<input id="nl-email" type="email"><button type="submit">${nwNews[3]}</button></form></aside>
<section class="_2PQhMd" data-testid="related-rail"><h2>Related articles</h2><ul>${links(nwRelated, '_1UpQ2m')}</ul></section></main>
<footer class="_3aYQ7v" data-testid="global-footer"><ul>${links(nwFoot, '_2qz4Z1')}</ul><p class="_1MYh9X">${nwDisclaimer}</p>
<p>© 2026 NerdWallet, Inc. All Rights Reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"emergency-fund-irregular-income"}},"page":"/article/[...slug]"}</script>
<script src="/cdn/_next/static/chunks/main-8d1c.js" defer></script></body></html>`;
const nerdwallet: TestPage = {
  html: nwHtml,
  name: 'heldout190-nerdwallet-blog',
  kind: 'blog',
  // the "Nerdy takeaways" box is the article's own summary (items body, label a heading); the partner product table is
  // furniture (names, ratings, rates, buttons); the repeated disclosure paragraph in the body is furniture;
  // the "Taxes" menu item is left out (a word of a heading)
  title: nwTitle,
  headings: ['Nerdy takeaways', nwH1, nwH2, nwH3, nwH4, nwH5],
  body: texts([...nwTake, ...nwP1, ...nwP2, ...nwP3, ...nwP4, ...nwP5, ...nwP6]),
  bylines: ['Written by Amara Whitfield', 'Edited by Desmond Orley', 'Updated on Jan 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nwNav.filter((t) => t !== 'Taxes'), 'Sign in', 'Sign up', 'Savings', 'Advertiser disclosure', nwDisclose,
    'How we make money', 'Getty Images',
    ...nwProducts.flatMap((p) => [p.name, p.apy]), 'NerdWallet rating', 'Min. balance for APY', 'Learn more', 'on partner’s site', 'MORE LIKE THIS',
    ...nwTags, 'About the author', nwBio, 'Read more', ...nwNews.slice(0, 3), 'Related articles', ...nwRelated, ...nwFoot, nwDisclaimer,
    '© 2026 NerdWallet, Inc. All Rights Reserved.',
  ],
};

export const HELDOUT190_A: readonly TestPage[] = [nerdwallet, bankrateExplainer];
