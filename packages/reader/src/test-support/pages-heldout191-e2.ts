import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 191, file e2: a letter to shareholders page on a Q4-hosted investor relations site (the corporate
 * header, the "Investors" menu, the stock quote strip with its delay note, the page title and the "Download PDF" link,
 * the left sub-navigation, the letter with its salutation and signature, the forward-looking statements module after
 * the letter, the "Email Alerts" signup, the investor contact block and the footer).
 */
const title = '2024 Letter to Shareholders';
const p1 = ['Dear Fellow Shareholders,'] as const;
const p2 = [
  '2024 was a year of steady progress for Northbay Industrial. Revenue grew 7% to $3.2 billion, adjusted operating margin ' +
    'improved by 110 basis points to 14.6%, and we generated $412 million of free cash flow, the highest in our history. ' +
    'We returned $186 million to you through dividends and share repurchases while continuing to invest in our plants and our people.',
  'These results did not come from a single large bet. They came from thousands of small improvements made by 11,400 colleagues ' +
    'in 38 facilities, and I want to begin by thanking them.',
] as const;
const h1 = 'Focusing the portfolio';
const p3 = [
  'A year ago, I told you we would concentrate our capital on the three businesses where we hold leading positions: fluid ' +
    'handling, precision motion and industrial filtration. In 2024 we completed the sale of our consumer hardware unit and ' +
    'closed two smaller sites that served low-margin markets. Together these steps reduced revenue by about $140 million but ' +
    'raised our overall margin and simplified the company.',
] as const;
const h2 = 'Investing in operations';
const p4 = [
  'We invested $164 million in capital projects during the year, with most of it going to automation and energy efficiency. ' +
    'Our new filtration plant in Tessaly, Ohio, began production in September, six weeks ahead of schedule. Across our ' +
    'network, on-time delivery improved to 94%, and our recordable injury rate fell for the fifth consecutive year.',
] as const;
const h3 = 'Priorities for 2025';
const p5 = ['Looking ahead, our priorities are clear:'] as const;
const list = [
  'Grow organically at or above our end markets, led by new products in precision motion.',
  'Expand adjusted operating margin by a further 50 to 100 basis points.',
  'Deploy capital with discipline, balancing bolt-on acquisitions with returns to shareholders.',
  'Continue to reduce the energy intensity of our operations, in line with our 2030 targets.',
] as const;
const p6 = [
  'The environment remains uncertain, and some of our customers in heavy equipment are cautious about the year ahead. But our ' +
    'balance sheet is strong, our teams are focused, and I am confident in our ability to keep creating value for you.',
  'Thank you for your continued trust and support.',
  'Sincerely,',
] as const;
const sig = ['Margaret Okonkwo', 'Chair and Chief Executive Officer', 'March 28, 2025'] as const;
const corpNav = ['About Us', 'Products', 'Sustainability', 'Careers', 'Investors', 'News'] as const;
const irNav = ['Overview', 'News & Events', 'Financial Information', 'Stock Information', 'Governance', 'Resources'] as const;
const quote = ['NYSE: NBIH', '$48.12', '+0.36 (0.76%)', 'Pricing delayed by 20 minutes'] as const;
const sub = ['Annual Reports', 'Letter to Shareholders', 'Proxy Materials', 'SEC Filings', 'Quarterly Results'] as const;
const pdf = 'Download PDF (1.4 MB)';
const fls = [
  'Forward-Looking Statements',
  'This letter contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. ' +
    'Actual results may differ materially from those expressed or implied. Please refer to our most recent Annual Report on Form 10-K ' +
    'for a discussion of the risks and uncertainties that may affect our business.',
] as const;
const alerts = ['Email Alerts', 'Sign up to receive the latest news and filings by email.', 'Email Address', 'Submit'] as const;
const contact = ['Investor Contact', 'Rafael Duarte', 'Vice President, Investor Relations', 'investors@northbay.example'] as const;
const foot = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Site Map', 'Contact Us'] as const;
const copy = '© 2025 Northbay Industrial Holdings, Inc. All rights reserved.';
const powered = 'Powered By Q4 Inc. 5.150.1.1';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Northbay Industrial Holdings, Inc. - ${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Northbay Industrial ${title}">
<link rel="stylesheet" href="https://s1.q4cdn.example/946011833/files/design/site.css">
<script src="https://s1.q4cdn.example/946011833/files/js/q4.core.1.13.1.min.js"></script>
<script src="https://s1.q4cdn.example/js/q4.api.1.13.1.min.js"></script>
<script>var Q4ApiKey = "A1B2C3D4E5F6";</script></head>
<body class="ModuleBody page-letter-to-shareholders"><form method="post" action="./letter-to-shareholders" id="litPageDiv">
<div class="layout"><header class="layout_header"><div class="pane pane--header">
<a class="logo" href="https://www.northbay.example/" aria-label="Northbay Industrial"></a>
<nav class="nav--corporate"><ul>${links(corpNav, 'nav_item')}</ul></nav></div>
<div class="module-stock-header"><span class="module-stock-header_exchange">${quote[0]}</span><span class="module-stock-header_price">${quote[1]}</span>
<span class="module-stock-header_change module-stock-header_change--up">${quote[2]}</span><span class="module-stock-header_delay">${quote[3]}</span></div>
<nav class="nav nav--main" aria-label="Investors"><ul class="level1">${links(irNav, 'level1_item')}</ul></nav></header>
<div class="layout_content"><div class="pane pane--left"><nav class="nav nav--sub" aria-label="Financial Information"><ul class="level2">
${links(sub, 'level2_item')}</ul></nav></div>
<div class="pane pane--content"><div class="module module-pagetitle"><h1 class="module_title">${title}</h1></div>
<div class="module module-download"><a class="module_link module_link--pdf" href="https://s1.q4cdn.example/946011833/files/doc_financials/2024/ar/letter.pdf"
target="_blank">${pdf}</a></div>
<div class="module module-content module-letter"><div class="module_container module_container--content">
${ps(p1)}
${ps(p2)}
<h3>${h1}</h3>
${ps(p3)}
<h3>${h2}</h3>
${ps(p4)}
<h3>${h3}</h3>
${ps(p5)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p6)}
<p class="signature"><strong>${sig[0]}</strong><br>${sig[1]}<br>${sig[2]}</p>
</div></div>
<div class="module module-content module-fls"><div class="module_container"><h4>${fls[0]}</h4><p><em>${fls[1]}</em></p></div></div>
</div>
<div class="pane pane--right"><div class="module module-subscribe"><h2 class="module_title">${alerts[0]}</h2><p>${alerts[1]}</p>
<label for="sub_email">${alerts[2]}</label><input id="sub_email" type="email" class="module_input"><a class="button" href="#">${alerts[3]}</a></div>
<div class="module module-contact"><h2 class="module_title">${contact[0]}</h2><p>${contact[1]}<br>${contact[2]}<br>
<a href="mailto:${contact[3]}">${contact[3]}</a></p></div></div></div>
<footer class="layout_footer"><ul>${links(foot, 'footer_item')}</ul><p class="footer_copyright">${copy}</p><p class="footer_powered">${powered}</p></footer>
</div></form></body></html>`;
export const shareholderLetter: TestPage = {
  html,
  name: 'heldout191-ir-shareholder-letter',
  kind: 'docs',
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4), ...texts(p5), ...texts(list), ...texts(p6)],
  bylines: [...sig],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...corpNav, ...irNav, ...quote, ...sub.filter((t) => t !== 'Letter to Shareholders'), pdf, ...fls, ...alerts, ...contact, ...foot, copy, powered,
  ],
};
