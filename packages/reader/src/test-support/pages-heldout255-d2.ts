import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file d2: an Open Collective project page, rendered by Next.js with styled-components class names
 * (top bar, hero with the collective's name, fiscal host and buttons, the section menu, contribution tiers, the
 * contributors wall, the budget with balance, totals and the latest expenses and contributions, the About text, the
 * "Our team" list and the footer). Only the About text is the article.
 */
const oTitle = 'Ferncliff Maps';
const oH = ['What we build', 'Where the money goes', 'How to help'];
const oP1 = [
  j(
    'Ferncliff Maps is a set of open vector map tiles and a small self-hostable tile server, made for people who want a',
    'street map on their website without sending every visitor’s location to an advertising company.',
  ),
  j(
    'We publish a fresh planet-wide tile set every month, built from open geodata, and a server that runs on a single',
    'modest machine. Around nine hundred sites use the tiles, from a regional bus timetable to a network of community',
    'fridges, and most of them never tell us.',
  ),
];
const oP2 = [
  j(
    'Building the planet takes about thirty hours on a large machine, and storing and serving the results costs money every',
    'month whether or not anybody donates. Our budget is public on this page, and every expense has a receipt attached.',
  ),
];
const oL1 = [
  'Build servers for the monthly planet render, rented by the hour.',
  'Object storage and bandwidth for the public tile mirror.',
  'A small monthly stipend for the two maintainers who run the release.',
  'Travel to one conference a year so that contributors can meet in person.',
];
const oP3 = [
  j(
    'If your organisation uses the tiles, a monthly contribution helps us plan ahead. If you cannot give money, we need',
    'help just as much with the style files, translations of place-name labels and testing the server on small hardware.',
  ),
  j(
    'Every contributor, whatever the amount, is listed on this page unless they choose to give anonymously. Organisations that',
    'give 100 dollars a month or more can have their logo on the project website, but we do not sell placement in the tiles',
    'themselves, and we never will: the map should look the same whoever paid for it.',
  ),
  'Questions about sponsorship or invoices can go to the team by email; we answer within a week.',
];
const oTiers = ['Backer', '$5 USD / month', 'Sponsor', '$100 USD / month', 'Custom contribution', 'Contribute'];
const oContrib = ['Northgate Transit Authority', 'Sunny Fridges Network', 'Amara Oyelaran', 'Hollis Brandt', 'Guest'];
const oBudget = [
  'Today’s balance',
  '$8,214.60 USD',
  'Total raised',
  '$41,903.12 USD',
  'Total disbursed',
  '$33,688.52 USD',
  'Estimated annual budget',
  '$19,420 USD',
];
const oTx = [
  'Expense: Build server, February planet render',
  '-$612.40 USD',
  'Expense: Object storage and egress, February',
  '-$288.15 USD',
  'Contribution from Northgate Transit Authority',
  '+$500.00 USD',
  'Expense: Maintainer stipend, February',
  '-$1,000.00 USD',
];
const oTeam = ['Rosalind Achterberg', 'Core maintainer', 'Dev Malhotra', 'Core maintainer'];
const oFoot = ['About', 'Discover', 'Pricing', 'Documentation', 'Blog', 'Privacy', 'Terms of Service', 'Help & Support'];
const sc = (n: number, tag: string, inner: string, extra = ''): string =>
  `<${tag} class="sc-${(n * 7919).toString(16)}-0 ${['gKmPbQ', 'hXzRt', 'bvQwEe', 'fSnTZa'][n % 4]}"${extra}>${inner}</${tag}>`;
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${oTitle} - Open Collective</title>
<meta name="description" content="Open vector map tiles and a self-hostable tile server."><meta property="og:title" content="${oTitle} - Open Collective">
<meta name="twitter:site" content="@opencollect"><link rel="canonical" href="https://opencollective.com/ferncliff-maps">
<style data-styled="" data-styled-version="6.1.13">.gKmPbQ{display:flex;flex-direction:column;}.hXzRt{font-size:14px;line-height:20px;}</style>
<link rel="preload" href="/_next/static/css/6b7d1f3e8c2a.css" as="style"><script src="/_next/static/chunks/webpack-2a1f.js" defer></script>
<script src="/_next/static/chunks/pages/_app-91c4.js" defer></script></head>
<body><div id="__next">
${sc(
  1,
  'div',
  `<a href="/" class="sc-logo">Open Collective</a><nav>${sc(2, 'ul', lis(['Solutions', 'Product', 'Company']))}</nav>
<a href="/signin" data-cy="signin">Log in</a><a href="/create-account" data-cy="signup">Sign up</a>`,
  ' data-cy="topbar"',
)}
<main>${sc(
  3,
  'section',
  `<h1 data-cy="collective-title">${oTitle}</h1>
${sc(4, 'p', 'Open map tiles and a tile server anyone can run', ' data-cy="collective-description"')}
${sc(5, 'div', '<span>Fiscal Host:</span> <a href="/opensource">Open Source Collective</a>')}
<a href="/ferncliff-maps/donate" data-cy="donate-btn">Contribute</a> <a href="/ferncliff-maps/apply">Apply to this collective</a>`,
  ' id="section-hero"',
)}
<nav data-cy="CollectiveNavbar">${sc(6, 'ul', lis(['Contribute', 'Contributors', 'Budget', 'About', 'Our team']))}</nav>
${sc(
  7,
  'section',
  `<h2>Contribute</h2>${oTiers
    .slice(0, 4)
    .map((t, i) =>
      i % 2 === 0 ? `<div data-cy="contribute-card-tier"><h3>${t}</h3>` : `<p>${t}</p><a href="/ferncliff-maps/contribute/t">Contribute</a></div>`,
    )
    .join('\n')}
<div data-cy="contribute-card-custom"><h3>${oTiers[4]}</h3><p>Support us with a one-time or recurring contribution of any amount.</p></div>`,
  ' id="section-contribute"',
)}
${sc(
  8,
  'section',
  `<h2>Contributors</h2><p>Thank you for supporting us.</p><ul>${lis(oContrib, 'contributor-card')}</ul>
<a href="/ferncliff-maps/contributors">See all 214 contributors</a>`,
  ' id="section-contributors"',
)}
${sc(
  9,
  'section',
  `<h2>Budget</h2><p>Transparent and open finances.</p>
<dl>${oBudget.map((b, i) => (i % 2 === 0 ? `<dt>${b}</dt>` : `<dd>${b}</dd>`)).join('\n')}</dl>
<ul data-cy="budget-transactions">${oTx.map((t, i) => (i % 2 === 0 ? `<li><span>${t}</span>` : `<span>${t}</span></li>`)).join('\n')}</ul>
<a href="/ferncliff-maps/expenses">View all expenses</a> <a href="/ferncliff-maps/transactions">View all transactions</a>`,
  ' id="section-budget"',
)}
${sc(
  10,
  'section',
  `<h2>About</h2><div data-cy="longDescription" class="rich-text">
${ps(oP1)}
<h3>${oH[0]}</h3>
<p>The collective funds two things: the monthly tile build and the tile server software.</p>
<h3>${oH[1]}</h3>
${ps(oP2)}
<ul>
${lis(oL1)}
</ul>
<h3>${oH[2]}</h3>
${ps(oP3)}
</div>`,
  ' id="section-about"',
)}
${sc(
  11,
  'section',
  `<h2>Our team</h2><ul>${oTeam.map((t, i) => (i % 2 === 0 ? `<li><a href="/u${i}">${t}</a>` : `<span>${t}</span></li>`)).join('\n')}</ul>`,
  ' id="section-our-team"',
)}
</main>
${sc(12, 'footer', `<ul>${lis(oFoot)}</ul><p>Make your community sustainable. Collect and spend money transparently.</p><span>English</span>`)}
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"ferncliff-maps","collective":{"name":"${oTitle}","type":"COLLECTIVE",
"stats":{"balance":821460,"totalAmountReceived":4190312}}}},
"page":"/collective-page","query":{"slug":"ferncliff-maps"},"buildId":"k2Hq9","isFallback":false}</script>
</body></html>`;
const p2 = 'The collective funds two things: the monthly tile build and the tile server software.';
export const openCollective: TestPage = {
  name: 'heldout255-opencollective-project-page',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oP1, p2, ...oP2, ...oL1, ...oP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open Collective', 'Solutions', 'Product', 'Company', 'Log in', 'Sign up', 'Open map tiles and a tile server anyone can run', 'Fiscal Host:',
    'Open Source Collective', 'Contribute', 'Apply to this collective', 'Contributors', 'Budget', 'Our team', ...oTiers.slice(0, 5),
    'Support us with a one-time or recurring contribution of any amount.', 'Thank you for supporting us.', ...oContrib, 'See all 214 contributors',
    'Transparent and open finances.', ...oBudget, ...oTx, 'View all expenses', 'View all transactions', ...oTeam, ...oFoot,
    'Make your community sustainable. Collect and spend money transparently.', 'English',
  ],
};
