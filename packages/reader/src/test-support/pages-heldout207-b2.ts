import { links, type TestPage, texts } from './page-kit.js';
import { type KhorosMsg, khorosMsg } from './pages-heldout207-a2.js';

/**
 * Held-out batch 207, file b2: an HP Support Community thread on Khoros (the hp.com header and "Community" menu, the scam
 * warning alert above the thread, the breadcrumb, the "Solved!" / "Go to Solution." line, the product box of the question,
 * each message's "HP Recommended" label, rank, date and time, "Kudos" counts, "Reply", the "Was this reply helpful?" widget,
 * the expert's signature line, the "Didn't find what you were looking for?" box, the "Auto-suggest" related topics, the
 * TrustArc cookie banner and the hp.com footer).
 */
const hpTitle = 'LaserJet prints a grey streak down the left side of every page';
const hpMsgs: KhorosMsg[] = [
  {
    id: 9034410,
    name: 'GwilymP',
    rank: 'Level 1',
    date: '10-14-2025',
    time: '03:26 PM',
    kudos: '0',
    paras: [
      'Our office LaserJet has started printing a light grey streak about two centimetres from the left edge of every page. ' +
        'It is there on copies and on prints from every computer, so I do not think it is a driver problem.',
      'I have already replaced the toner cartridge with a new genuine one and the streak is still there, in exactly the same ' +
        'place. The printer is about three years old and prints around 2,000 pages a month.',
    ],
  },
  {
    id: 9034566,
    name: 'Rhiannon_Tech',
    rank: 'Level 13',
    date: '10-14-2025',
    time: '05:02 PM',
    kudos: '3',
    solution: true,
    paras: [
      'Hi GwilymP, since a new cartridge did not change anything, the streak is coming from somewhere the cartridge does not ' +
        'touch. On this model that is usually the fuser film or the transfer roller.',
      'A quick way to tell which: print a cleaning page from the printer control panel (Setup, Service, Cleaning Page). If ' +
        'the streak fades after two or three cleaning pages, it was toner built up on the fuser and you are done.',
      'If the streak does not change at all, print the Print Quality Troubleshooting page and measure the gap between ' +
        'repeating marks. Marks every 56 mm point to the fuser, every 38 mm to the transfer roller. Both are replaceable parts.',
    ],
  },
  {
    id: 9035100,
    name: 'GwilymP',
    rank: 'Level 1',
    date: '10-15-2025',
    time: '09:48 AM',
    kudos: '1',
    paras: [
      'Three cleaning pages and the streak is almost gone. A fourth and I cannot see it at all. I did not know that menu ' +
        'existed. Thank you for the clear explanation, I have marked it as the solution.',
    ],
  },
  {
    id: 9035311,
    name: 'Juno-K',
    rank: 'Level 3',
    date: '10-16-2025',
    time: '11:20 AM',
    kudos: '0',
    paras: [
      'Useful thread. On ours the cleaning page did nothing and the marks were 38 mm apart, so it was the transfer roller. ' +
        'Replaced it in twenty minutes with the guide from the support site and the prints are clean again.',
      'Tip if you do the same: keep the old roller in its bag for a week. Ours came with a small spacer that had to be moved across, ' +
        'and it was easy to miss.',
    ],
  },
];
const hpHead = ['Products', 'Support', 'Community', 'Sign In'];
const hpMenu = ['Printers', 'Notebooks', 'Desktops', 'Gaming', 'Software', 'Knowledge Base'];
const hpAlert =
  'Be alert for scammers posting fake support phone numbers and email addresses on the community. If you think you have ' +
  'received a fake HP Support message, please report it to us by clicking on "Flag Post".';
const hpCrumbs = ['Community Home', 'Printers', 'Printing Errors or Lights & Stuck Print Jobs'];
const hpProduct = ['Product: LaserJet Pro MFP 4102fdw', 'Operating System: Microsoft Windows 11'];
const hpSig = 'I am an HP Employee';
const hpHelp = ['Was this reply helpful?', 'Yes', 'No'];
const hpAsk = ["Didn't find what you were looking for? Ask the community", 'Ask the community'];
const hpAuto = ['Faded print on one side after toner change', 'Printer makes a clicking noise before each page', 'Vertical lines on scans only'];
const hpCookie = [
  'HP and our partners use cookies and similar technologies to improve your experience, analyse site use and show you ' + 'relevant ads.',
  'Manage Choices',
  'Accept All Cookies',
];
const hpFoot = ['About Us', 'Careers', 'Investor relations', 'Sustainable impact', 'Contact HP', 'Privacy', 'Terms of use', 'Your privacy choices'];
const hpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Solved: ${hpTitle} - HP Support Community - 9034410</title>
<meta name="description" content="Our office LaserJet has started printing a light grey streak about two centimetres from the left edge.">
<meta property="og:title" content="${hpTitle}"><meta property="og:site_name" content="HP Support Community">
<link rel="canonical" href="https://h30434.www3.hp.com/t5/Printing-Errors-or-Lights-Stuck-Print-Jobs/LaserJet-grey-streak/td-p/9034410">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${hpTitle}",
"answerCount":3,"author":{"@type":"Person","name":"GwilymP"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Rhiannon_Tech"}}}}</script>
<link rel="stylesheet" href="/skins/7155123/ab12/hp/desktop.css"><script
src="https://www8.hp.example/caas/header-footer/us/en/default/latest.js"></script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body">
<header class="hpi-header" role="banner"><a class="hpi-logo" href="https://www.hp.com/us-en/home.html"><span class="screenReading">HP</span></a>
<ul class="hpi-header__nav">${links(hpHead, 'hpi-header__item')}</ul></header>
<nav class="hp-community-menu" aria-label="Community"><ul>${links(hpMenu, 'hp-community-menu__item')}</ul></nav>
<div class="lia-panel-feedback-banner-alert lia-component-common-widget-announcement" role="alert"><div class="lia-text">${hpAlert}</div></div>
<ul class="lia-list-standard-inline BreadCrumb crumb-line lia-breadcrumb" aria-label="breadcrumbs">${hpCrumbs
  .map((t) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation" href="#">${t.replace(/&/g, '&amp;')}</a></li>`)
  .join('\n')}</ul>
<div class="lia-content"><div class="lia-message-subject-wrapper"><span class="lia-img-message-type-solved" title="Solved!">Solved!</span>
<h1 class="PageTitle lia-component-common-widget-page-title"><span class="lia-link-navigation lia-link-disabled">${hpTitle}</span></h1>
<a class="lia-link-navigation lia-link-accepted-solution" href="#M9034566">Go to Solution.</a></div>
<div class="hp-product-info custom-message-product-info">${hpProduct.map((t) => `<div class="product-line">${t}</div>`).join('')}</div>
${hpMsgs
  .map(
    (m, i) => `<div class="hp-recommended-label">HP Recommended</div>
${khorosMsg(m, i === 0 ? hpTitle : `Re: ${hpTitle}`, 'Kudos', i === 0)}
${
  m.name === 'Rhiannon_Tech'
    ? `<div class="lia-message-signature"><p>${hpSig}</p></div><div class="hp-was-this-helpful"><span>${hpHelp[0]}</span>
<button>${hpHelp[1]}</button><button>${hpHelp[2]}</button></div>`
    : ''
}`,
  )
  .join('\n')}
<div class="lia-panel hp-ask-community"><p class="hp-ask-community__text">${(hpAsk[0] ?? '').replace("'", '&#39;')}</p>
<a class="lia-button lia-button-primary" href="/t5/forums/postpage">${hpAsk[1]}</a></div></div>
<aside class="lia-quilt-column-side-content"><div class="lia-panel auto-suggest"><h2
class="lia-panel-heading-bar-title">Auto-suggest helps you quickly narrow down
your search results by suggesting possible matches as you type.</h2><h3>Related topics</h3><ul>${links(hpAuto, 'lia-list-row')}</ul></div></aside>
<div id="consent_blackbar" class="truste_box_overlay" role="dialog" aria-label="Cookie consent"><p class="truste-message">${hpCookie[0]}</p>
<button id="truste-show-consent">${hpCookie[1]}</button><button id="truste-consent-button">${hpCookie[2]}</button></div>
<footer class="hpi-footer" role="contentinfo"><ul>${links(hpFoot, 'hpi-footer__item')}</ul><p
class="hpi-footer__copy">©2025 HP Development Company, L.P.</p></footer>
<script>LITHIUM.Solutions({"accepted":9034566});</script></body></html>`;

export const hpThread: TestPage = {
  html: hpHtml,
  name: 'heldout207-hp-support-community-thread',
  kind: 'forum',
  // the question's product box is furniture; the employee signature line is furniture
  title: hpTitle,
  headings: [],
  body: texts(hpMsgs.flatMap((m) => m.paras)),
  bylines: [...new Set(hpMsgs.flatMap((m) => [m.name, m.date, m.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hpHead, ...hpMenu, hpAlert, ...hpCrumbs, 'Solved!', 'Go to Solution.', ...hpProduct, 'HP Recommended', 'Level 1', 'Level 13', 'Level 3',
    'Accepted Solution', 'Options', 'Kudos', 'Reply', hpSig, ...hpHelp, ...hpAsk, 'Related topics', ...hpAuto,
    'Auto-suggest helps you quickly narrow down your search results by suggesting possible matches as you type.', ...hpCookie, ...hpFoot,
    '©2025 HP Development Company, L.P.',
  ],
};
