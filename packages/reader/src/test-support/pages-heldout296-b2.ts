import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file b2: a fund factsheet page built on Adobe Experience Manager core components (aem-Grid layout,
 * cmp-title / cmp-text / cmp-tabs, a professional-investor gate dialog, share-class selector, price strip, key facts and
 * performance tables, document downloads, risk warnings, a "Funds you may also like" carousel and footer): a data page whose
 * running text is short.
 */
const fTitle = 'Ashgrove Global Sustainable Income Fund';
const fObjective = j(
  'The fund aims to provide an income of at least 3.5% a year, and to grow capital over any five-year period, by investing at',
  'least 80% of its assets in the shares of companies worldwide that meet our sustainability criteria.',
);
const fH = ['Fund objective', 'Key facts', 'Performance', 'Manager commentary'];
const fFacts = [
  ['Fund launch date', '12 March 2018'],
  ['Fund size', '£642.3m'],
  ['Ongoing charges figure', '0.79%'],
  ['Number of holdings', '54'],
  ['Distribution frequency', 'Quarterly'],
  ['Historic yield', '3.9%'],
];
const fPerf = [
  ['Fund', '8.4%', '21.7%', '46.2%'],
  ['Sector average', '6.9%', '17.3%', '38.5%'],
];
const fPerfNote = 'Performance is shown in pounds sterling, net of fees, with income reinvested, to 31 March 2026.';
const fCommentary = [
  j(
    'The fund returned 2.1% over the first quarter, ahead of its sector. Holdings in electricity networks and water utilities',
    'added most to returns, as investors favoured companies with inflation-linked revenue.',
  ),
  j(
    'We sold our position in a Scandinavian packaging group after its dividend was cut, and added to a Canadian rail operator',
    'whose cash flow we expect to grow steadily. The portfolio remains tilted towards companies with low debt.',
  ),
];
const fHoldingsLead = 'Top five holdings, as a percentage of the fund:';
const fHoldings = ['Vesterby Power 4.1%', 'Coldharbour Water 3.8%', 'Maplecross Rail 3.5%', 'Orrin Medical Devices 3.2%', 'Sunfield Insurance Group 3.0%'];
const fDocs = ['Factsheet (PDF)', 'Key Investor Information Document', 'Annual report and accounts', 'Prospectus'];
const fAlso = ['Ashgrove UK Equity Income Fund', 'Ashgrove Strategic Bond Fund', 'Ashgrove Global Smaller Companies Fund'];
const fNav = ['Our funds', 'Insights', 'Sustainability', 'About us', 'Contact'];
const fFoot = ['Legal information', 'Privacy notice', 'Cookie settings', 'Modern slavery statement', 'Complaints'];
const cmpText = (inner: string): string => `<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${inner}</div></div>`;
const cmpTitle = (t: string): string =>
  `<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h2 class="cmp-title__text">${t}</h2></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${fTitle} | Ashgrove Investors</title>
<meta name="template" content="fund-detail-page"><meta name="description" content="Fund objective, key facts, performance and documents.">
<link rel="stylesheet" href="/etc.clientlibs/ashgrove/clientlibs/clientlib-site.lc-8e1f-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"InvestmentFund","name":"${fTitle}",
"feesAndCommissionsSpecification":"OCF 0.79%"}</script>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-1e0.min.js"></script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"template":"fund-detail","isin":"GB00B8KX4421"}});</script>
</head><body class="page basicpage" id="page-5e2a1c"><div class="root container responsivegrid"><div class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="header experiencefragment aem-GridColumn aem-GridColumn--default--12">
<header class="cmp-header"><a class="cmp-header__logo" href="/content/ashgrove/uk/en.html">Ashgrove Investors</a>
<nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(fNav, 'cmp-navigation__item')}</ul></nav>
<a class="cmp-header__login" href="/login">Investor login</a></header></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/content/ashgrove/uk/en.html" class="cmp-breadcrumb__item-link"><span>Home</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/content/ashgrove/uk/en/funds.html" class="cmp-breadcrumb__item-link"><span>Our funds</span></a></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Global Sustainable Income</span></li></ol></nav></div>
<div class="fund-hero aem-GridColumn aem-GridColumn--default--12"><div class="cmp-fund-hero"><h1 class="cmp-fund-hero__title">${fTitle}</h1>
<div class="cmp-fund-hero__class"><label for="share-class">Share class</label><select id="share-class"><option>B Accumulation</option>
<option>B Income</option></select></div><dl class="cmp-fund-hero__prices"><dt>Price</dt><dd>182.64p</dd><dt>Change</dt><dd>+0.41p</dd>
<dt>As at</dt><dd>16/04/2026</dd></dl><p class="cmp-fund-hero__rating">Sustainability rating: 4 out of 5 globes</p>
<a class="cmp-button" href="/invest">Invest now</a></div></div>
<div class="tabs panelcontainer aem-GridColumn aem-GridColumn--default--12"><div class="cmp-tabs"><ol role="tablist" class="cmp-tabs__tablist">
<li role="tab" class="cmp-tabs__tab cmp-tabs__tab--active">Overview</li><li role="tab" class="cmp-tabs__tab">Portfolio</li>
<li role="tab" class="cmp-tabs__tab">Documents</li></ol><div role="tabpanel" class="cmp-tabs__tabpanel cmp-tabs__tabpanel--active">
<div class="aem-Grid aem-Grid--12">
${cmpTitle(fH[0] ?? '')}
${cmpText(ps([fObjective]))}
${cmpTitle(fH[1] ?? '')}
<div class="table aem-GridColumn aem-GridColumn--default--6"><table class="cmp-fund-table"><tbody>${trs(fFacts)}</tbody></table></div>
${cmpTitle(fH[2] ?? '')}
<div class="table aem-GridColumn aem-GridColumn--default--12"><table class="cmp-fund-table cmp-fund-table--performance">
<thead>${trs([['', '1 year', '3 years', '5 years']], 'th')}</thead><tbody>${trs(fPerf)}</tbody></table></div>
${cmpText(`<p class="cmp-text__small">${fPerfNote}</p>`)}
${cmpTitle(fH[3] ?? '')}
${cmpText(`<p class="cmp-text__meta">Written by Hester Calloway, Fund Manager</p><p class="cmp-text__meta">2 April 2026</p>\n${ps(fCommentary)}`)}
${cmpText(`${ps([fHoldingsLead])}<ul>${lis(fHoldings)}</ul>`)}
</div></div></div></div>
<div class="downloads aem-GridColumn aem-GridColumn--default--12"><div class="cmp-downloads"><h3>Fund documents</h3>
<ul>${links(fDocs, 'cmp-download')}</ul></div></div>
<div class="disclaimer aem-GridColumn aem-GridColumn--default--12"><div class="cmp-disclaimer"><h3>Important information</h3>
<p>The value of investments and the income from them can go down as well as up, and you may get back less than you invested.</p>
<p>Past performance is not a reliable indicator of future returns.</p></div></div>
<div class="carousel aem-GridColumn aem-GridColumn--default--12"><div class="cmp-carousel"><h3>Funds you may also like</h3>
<div class="cmp-carousel__content">${fAlso.map((t) => `<div class="cmp-carousel__item"><a href="/funds">${t}</a></div>`).join('\n')}</div>
<button class="cmp-carousel__action cmp-carousel__action--previous">Previous</button>
<button class="cmp-carousel__action cmp-carousel__action--next">Next</button></div></div>
<div class="footer experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer"><ul>${links(fFoot)}</ul>
<p>Issued by Ashgrove Investors Limited, authorised and regulated by the Financial Conduct Authority. Registered in Scotland SC481120.</p></footer></div>
</div></div></div>
<div class="cmp-investor-gate" role="dialog" aria-modal="true"><h2>Please confirm you are a UK private investor</h2>
<p>The information on this page is intended for UK residents only.</p><button>I confirm</button><button>I am a professional adviser</button></div>
<div id="onetrust-banner-sdk"><p>We use cookies to make our website work and to understand how you use it.</p><button>Allow all</button>
<button>Reject non-essential</button></div></body></html>`;

export const factsheet: TestPage = {
  name: 'heldout296-aem-factsheet-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([fObjective, ...rowTexts(fFacts), ...rowTexts(fPerf), fPerfNote, ...fCommentary, fHoldingsLead, ...fHoldings]),
  bylines: ['Written by Hester Calloway, Fund Manager', '2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashgrove Investors', ...fNav, 'Investor login', 'Home', 'Global Sustainable Income', 'Share class', 'B Accumulation', 'B Income', 'Price',
    '182.64p', 'Change', 'As at', '16/04/2026', 'Sustainability rating: 4 out of 5 globes', 'Invest now', 'Overview', 'Portfolio', 'Documents',
    'Fund documents', ...fDocs, 'Important information', 'The value of investments and the income from them can go down as well as up',
    'Past performance is not a reliable indicator of future returns.', 'Funds you may also like', ...fAlso, 'Previous', 'Next',
    ...fFoot, 'Issued by Ashgrove Investors Limited, authorised and regulated by the Financial Conduct Authority.',
    'Please confirm you are a UK private investor', 'The information on this page is intended for UK residents only.', 'I confirm',
    'I am a professional adviser', 'We use cookies to make our website work and to understand how you use it.', 'Allow all',
    'Reject non-essential',
  ],
};
