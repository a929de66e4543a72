import { type TestPage, texts } from './page-kit.js';
import { councilPlanning } from './pages-heldout209-d2.js';

/**
 * Held-out batch 209, file d: a mortgage broker's first-time buyer guide on a Webflow site (the navbar with "Book a free
 * call", the guide hero with reading time and "Reviewed by" line, the sticky "Contents" list, the guide with a
 * stamp duty table and a "Key takeaway" callout, the FCA risk warning box, a Trustpilot strip, the FAQ accordion below the
 * guide, the "More guides" cards, the consent banner and the regulatory footer) and, from file d2, a UK council planning
 * application page.
 */
const mbTitle = 'The first-time buyer’s guide to getting a mortgage';
const mbIntro = 'Everything you need to know, from saving a deposit to getting the keys, explained by our advisers in plain English.';
const mbH = ['How much can I borrow?', 'Saving your deposit', 'Schemes that can help', 'Stamp duty for first-time buyers', 'From offer to completion'];
const mbP1 = [
  'Most lenders will lend between four and four and a half times your household income, although some will go to five or even ' +
    'five and a half times for buyers in certain professions or on higher salaries. What you can actually borrow depends on your ' +
    'outgoings as well as your income: lenders look at credit card balances, car finance, childcare and even subscriptions.',
  'An agreement in principle gives you an idea of what a lender is willing to offer and shows estate agents that you are a serious ' +
    'buyer. It usually takes around fifteen minutes and involves a soft credit search, which will not affect your credit score.',
];
const mbP2 = [
  'You will normally need a deposit of at least 5% of the purchase price, but the bigger your deposit, the lower the interest rates ' +
    'you will be offered. The best rates usually start at a 40% deposit, with noticeable steps at 25%, 15% and 10%.',
  'If family members are helping, the lender will want a signed gifted deposit letter confirming the money is a gift and not a loan, ' +
    'and your solicitor will need to see where the money came from.',
];
const mbP3 = ['Several schemes are designed to help first-time buyers onto the ladder:'];
const mbL3 = [
  'Lifetime ISA: save up to £4,000 a year and receive a 25% government bonus towards your first home, worth up to £450,000.',
  'Shared ownership: buy a share of between 10% and 75% of a home and pay rent on the rest.',
  'First Homes: buy a new-build home at a discount of at least 30% if you meet local eligibility criteria.',
  'Family-assisted mortgages: a relative uses their savings or property as security instead of you putting down a large deposit.',
];
const mbP4 = ['First-time buyers in England and Northern Ireland pay reduced stamp duty on homes costing up to £500,000:'];
const mbTable = [
  ['Up to £300,000', '0%'],
  ['£300,001 to £500,000', '5% on the portion above £300,000'],
  ['Over £500,000', 'Standard rates apply to the whole price'],
];
const mbKey = 'Key takeaway: on a £350,000 first home you would pay £2,500 in stamp duty rather than £7,500.';
const mbP5 = [
  'Once your offer is accepted, we submit your full mortgage application and the lender instructs a valuation. A mortgage offer ' +
    'usually follows within two to four weeks, and is normally valid for six months.',
  'Your solicitor then carries out searches, raises enquiries with the seller’s solicitor and, once everything is in place, ' +
    'arranges exchange of contracts. Completion, when you get the keys, is usually one to four weeks after exchange.',
];
const mbNav = ['Mortgages', 'Remortgage', 'Buy to let', 'Protection', 'Guides', 'About', 'Book a free call'];
const mbMeta = ['Guides', '9 min read', 'Reviewed by Aisha Rahman CeMAP, Senior Mortgage Adviser', 'Updated 3 October 2025'];
const mbToc = ['Contents'];
const mbTh = ['Property price', 'First-time buyer rate'];
const mbRisk = 'Your home may be repossessed if you do not keep up repayments on your mortgage. Think carefully before securing other debts against your home.';
const mbTrust = ['Excellent', '4.9 out of 5 based on 1,284 reviews', 'Trustpilot'];
const mbFaqH = 'Frequently asked questions';
const mbFaq = [
  ['Do I need to use a broker?', 'No, but a broker can search a wider range of lenders and help with the application.'],
  ['How long does buying a home take?', 'Typically three to four months from offer accepted to completion.'],
  ['Will checking my eligibility affect my credit score?', 'No. Our eligibility check uses a soft search only.'],
];
const mbMore = ['More guides', 'Remortgaging explained', 'Buying a new-build home', 'Mortgages for the self-employed'];
const mbCta = ['Ready to take the first step?', 'Speak to an adviser today. There’s no charge for our advice.', 'Book a free call'];
const mbConsent = ['By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation.', 'Preferences', 'Deny', 'Accept'];
const mbReg =
  'Harbourline Mortgages is a trading name of Harbourline Financial Ltd, which is authorised and regulated by the Financial Conduct Authority. FRN 912274.';
const mbFoot = ['Privacy notice', 'Complaints', 'Terms of business', 'Cookie policy'];
const mbId = (t: string): string => t.toLowerCase().replace(/\W+/g, '-');
const mbP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const mbHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.harbourline.example" data-wf-page="64f1c2a0b8e3" data-wf-site="64f1c2a0b8d9" lang="en"><head><meta charset="utf-8">
<title>First-time buyer mortgage guide | Harbourline Mortgages</title><meta content="${mbIntro}" name="description">
<meta content="${mbTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://cdn.prod.website-files.example/64f1c2a0b8d9/css/harbourline.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${mbFaq[0]![0]}",
"acceptedAnswer":{"@type":"Answer","text":"${mbFaq[0]![1]}"}}]}</script>
<script>!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" class="navbar w-nav" role="banner"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="/images/logo.svg" alt="Harbourline Mortgages"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${mbNav.map((t) => `<a href="/${mbId(t)}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-guide-hero"><div class="container-large">
<div class="guide-meta"><a href="/guides" class="guide-category">${mbMeta[0]}</a><div class="read-time">${mbMeta[1]}</div></div>
<h1 class="heading-style-h1">${mbTitle}</h1><p class="text-size-large">${mbIntro}</p>
<div class="guide-reviewer"><img src="/images/aisha.jpg" alt="" class="reviewer-avatar"><div>${mbMeta[2]}</div><div class="text-size-small">${mbMeta[3]}</div>
</div>
</div></section>
<section class="section-guide-body"><div class="container-large guide-grid"><div class="guide-sidebar"><div class="toc-sticky">
<div class="toc-heading">${mbToc[0]}</div><div class="toc-list">${mbH.map((t) => `<a href="#${mbId(t)}" class="toc-link">${t}</a>`).join('')}</div>
</div></div><div class="guide-content"><div class="rich-text w-richtext">
<h2 id="${mbId(mbH[0]!)}">${mbH[0]}</h2>${mbP(mbP1)}
<h2 id="${mbId(mbH[1]!)}">${mbH[1]}</h2>${mbP(mbP2)}
<h2 id="${mbId(mbH[2]!)}">${mbH[2]}</h2>${mbP(mbP3)}<ul role="list">${mbL3.map((t) => `<li><strong>${t.replace(':', ':</strong>')}</li>`).join('\n')}</ul>
<h2 id="${mbId(mbH[3]!)}">${mbH[3]}</h2>${mbP(mbP4)}
<div class="w-embed"><table class="sdlt-table"><thead><tr>${mbTh.map((t) => `<th>${t}</th>`).join('')}</tr></thead>
<tbody>${mbTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<blockquote>${mbKey}</blockquote>
<h2 id="${mbId(mbH[4]!)}">${mbH[4]}</h2>${mbP(mbP5)}</div>
<div class="risk-warning"><div class="risk-icon"></div><p class="text-weight-semibold">${mbRisk}</p></div></div></div></section>
<section class="section-trust"><div class="trustpilot-strip"><span>${mbTrust[0]}</span><span>${mbTrust[1]}</span><span>${mbTrust[2]}</span></div></section>
<section class="section-faq"><div class="container-medium"><h2 class="heading-style-h2">${mbFaqH}</h2>${mbFaq
  .map(
    ([q, a]) => `<div class="faq-item"><div class="faq-question" role="button" tabindex="0"><h3 class="faq-q-text">${q}</h3><div class="faq-icon"></div></div>
<div class="faq-answer" style="height:0px"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div></section>
<section class="section-more"><h2>${mbMore[0]}</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">${mbMore
  .slice(1)
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="/guides/${mbId(t)}" class="guide-card"><h3>${t}</h3></a></div>`)
  .join('')}</div></div></section>
<section class="section-cta"><h2>${mbCta[0]}</h2><p>${mbCta[1]}</p><a href="/book" class="button w-button">${mbCta[2]}</a></section></main>
<footer class="footer"><div class="footer-reg"><p>${mbRisk}</p><p>${mbReg}</p></div><div class="footer-links">${mbFoot
  .map((t) => `<a href="/${mbId(t)}" class="footer-link">${t}</a>`)
  .join('')}</div><div class="footer-copy">© 2025 Harbourline Financial Ltd</div></footer>
<div class="fs-cc-banner_component" fs-cc="banner"><div class="fs-cc-banner_text">${mbConsent[0]}</div><div class="fs-cc-banner_buttons-wrapper">
${mbConsent
  .slice(1)
  .map((t) => `<a href="#" class="fs-cc-banner_button w-button">${t}</a>`)
  .join('')}</div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/64f1c2a0b8d9/js/webflow.js" type="text/javascript"></script></body></html>`;

const brokerGuide: TestPage = {
  html: mbHtml,
  name: 'heldout209-mortgage-broker-ftb-guide-docs',
  kind: 'docs',
  // the standfirst, the table data cells and the "Key takeaway" blockquote are body (table header cells in neither list);
  // the reviewer and "Updated" lines and the read time are bylines; the contents list repeats the headings and is left
  // out; the FCA risk warning, Trustpilot strip, FAQ accordion after the guide, cards, CTA, consent and footer are furniture
  title: mbTitle,
  headings: mbH,
  body: [mbIntro, ...texts(mbP1), ...mbP2, ...mbP3, ...texts(mbL3), ...mbP4, ...mbTable.flat(), mbKey, ...texts(mbP5)],
  bylines: [mbMeta[1]!, mbMeta[2]!, mbMeta[3]!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbNav, 'Guides', ...mbToc, mbRisk, ...mbTrust, mbFaqH, ...mbFaq.flat(), ...mbMore, ...mbCta, ...mbConsent, mbReg, ...mbFoot,
    '© 2025 Harbourline Financial Ltd',
  ],
};

export const HELDOUT209_D: readonly TestPage[] = [brokerGuide, councilPlanning];
