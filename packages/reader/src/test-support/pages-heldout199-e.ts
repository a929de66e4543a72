import { links, ps, type TestPage, texts } from './page-kit.js';
import { ontarioNews } from './pages-heldout199-e2.js';

/**
 * Held-out batch 199, file e: a NSW Health fact sheet on the SharePoint publishing template (the s4-workspace wrapper, the
 * NSW Government masthead, search, the mega-menu nav, breadcrumb, the "Fact sheet" label, the rich-text field with a
 * "Key points" box, the left "In this section" nav, the "Page Updated" and "Contact page owner" lines, the share and print
 * tools, the Acknowledgement of Country and the footer) and, from file e2, an Ontario Newsroom news release.
 */
const nswTitle = 'Blue-green algae (cyanobacteria) and recreational water';
const nswKey = [
  'Some blue-green algae produce toxins that can make people and animals sick.',
  'Avoid swimming, boating or fishing in water where an amber or red alert is in place.',
  'If you have been in contact with affected water, rinse with clean water and see a doctor if you feel unwell.',
];
const nswH1 = 'What is blue-green algae?';
const nswP1 = [
  'Blue-green algae are microscopic organisms that occur naturally in rivers, lakes, dams and coastal lagoons. In warm, still water ' +
    'with high levels of nutrients they can multiply quickly to form a bloom. Blooms may look like green paint or scum on the surface ' +
    'of the water, and often have an earthy or musty smell.',
  'Not all blooms are toxic, but it is not possible to tell by looking at the water. Testing is needed to find out whether toxins are present.',
];
const nswH2 = 'What are the health risks?';
const nswP2 = ['Contact with water affected by a bloom can cause:'];
const nswL2 = ['skin rashes and itchiness', 'sore eyes, ears and throat', 'hay fever-like symptoms', 'nausea, vomiting and diarrhoea, if water is swallowed'];
const nswP2b = [
  'Children are at greater risk because they are more likely to swallow water while playing. Dogs and livestock can become seriously ill ' +
    'or die after drinking affected water or licking scum from their coats.',
];
const nswH3 = 'How are alerts issued?';
const nswP3 = ['Water authorities and local councils monitor popular recreational sites over the warmer months. Alerts are issued at three levels:'];
const nswL3 = [
  'Green: low numbers of algae are present. The water is suitable for recreation but should be monitored.',
  'Amber: numbers are increasing. Take care and avoid areas where scum is visible.',
  'Red: high numbers of algae are present. Do not use the water for swimming or other activities where you may have direct contact.',
];
const nswH4 = 'What should I do if I have been exposed?';
const nswP4 = [
  'Rinse your skin and hair with clean water as soon as possible. If you develop symptoms, see your GP or call healthdirect on ' +
    '1800 022 222. In an emergency, call Triple Zero (000).',
  'For further advice, contact your local public health unit on 1300 066 055.',
];
const nswNav = ['Your health', 'Health services', 'Professionals', 'Careers', 'About NSW Health', 'News', 'Research'];
const nswCrumbs = ['NSW Health', 'Environmental health', 'Water', 'Recreational water'];
const nswSide = ['Recreational water', 'Swimming pools and spas', 'Rivers, lakes and dams', 'Harmful algal blooms', 'Fact sheets'];
const nswShare = ['Share', 'Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const nswAck =
  'NSW Health acknowledges the Traditional Custodians of the lands across NSW. We acknowledge that we live and work on Aboriginal lands. ' +
  'We pay our respects to Elders past and present and to all Aboriginal people.';
const nswFoot = ['Accessibility', 'Copyright and disclaimer', 'Privacy', 'Contact us', 'Sitemap', 'Social media', 'Translation and interpreting'];
const nswHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-AU"><head><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${nswTitle}</title><meta name="description" content="Information about blue-green algae blooms, health risks and alert levels.">
<meta name="keywords" content="blue-green algae, cyanobacteria, recreational water, swimming"><meta name="DC.Date.Modified" content="2025-10-14">
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2Y8%2F7kDq">
<link rel="stylesheet" href="/Style Library/nswh/css/nswh.css">
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZK%2Bn5v"></script><script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl:
"\\u002fenvironment\\u002fwater",pageListId:"{a1b2c3}",pageItemId:341};</script></head>
<body><div id="ms-designer-ribbon"></div><div id="s4-workspace"><div id="s4-bodyContainer"><a class="skip-link" href="#content">Skip to content</a>
<header class="nswh-header"><div class="nswh-masthead"><div class="container"><a href="https://www.nsw.gov.au" class="nswh-masthead__gov">
<img src="/Style Library/nswh/img/nsw-gov-waratah.svg" alt="NSW Government"></a><a href="/" class="nswh-masthead__site">
<img src="/Style Library/nswh/img/nsw-health-logo.svg" alt="NSW Health"></a><form class="nswh-search" action="/search" role="search">
<label for="nswh-q" class="sr-only">Search NSW Health</label><input id="nswh-q" type="search" name="k" placeholder="Search NSW Health">
<button type="submit" class="nswh-search__btn">Search</button></form></div></div>
<nav class="nswh-megamenu" aria-label="Main menu"><div class="container"><ul class="nswh-megamenu__list">${links(nswNav, 'nswh-megamenu__item')}</ul>
</div></nav>
</header><div class="container"><nav class="nswh-breadcrumb" aria-label="Breadcrumb"><ol>${links(nswCrumbs, 'nswh-breadcrumb__item')}</ol></nav></div>
<div id="contentRow" class="container"><div class="row"><div id="sideNavBox" class="col-md-3"><nav class="nswh-leftnav" aria-labelledby="leftnav-title">
<h2 id="leftnav-title" class="nswh-leftnav__title">In this section</h2><ul>${links(nswSide, 'nswh-leftnav__item')}</ul></nav></div>
<div id="contentBox" class="col-md-9" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="nswh-page" id="content"><p class="nswh-page__label">Fact sheet</p><h1 class="nswh-page__title">${nswTitle}</h1>
<div class="nswh-tools"><span class="nswh-tools__label">${nswShare[0]}</span><ul class="nswh-share">${links(nswShare.slice(1, 5), 'nswh-share__item')}</ul>
<button class="nswh-print" onclick="window.print()">${nswShare[5]}</button></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_ctl01_label">
<div class="nswh-keypoints"><h2>Key points</h2><ul>${nswKey.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<h2>${nswH1}</h2>${ps(nswP1)}<h2>${nswH2}</h2>${ps(nswP2)}<ul>${nswL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(nswP2b)}
<h2>${nswH3}</h2>${ps(nswP3)}<ul>${nswL3.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2>${nswH4}</h2>${ps(nswP4)}</div>
<div class="nswh-pagemeta"><p>Page Updated: <span>Tuesday 14 October 2025</span></p><p>Contact page owner:
<a href="/environment/Pages/contact.aspx">Environmental Health</a></p></div></div></div></div></div></div>
<footer class="nswh-footer"><div class="nswh-footer__ack"><div class="container"><p>${nswAck}</p></div></div><div class="container">
<ul class="nswh-footer__links">${links(nswFoot, 'nswh-footer__item')}</ul><p class="nswh-footer__copy">Copyright © 2025 NSW Health</p>
<a href="https://www.nsw.gov.au" class="nswh-footer__gov"><img src="/Style Library/nswh/img/nsw-gov-waratah-white.svg" alt="NSW Government"></a>
</div></footer></div></div><script type="text/javascript" src="/Style Library/nswh/js/nswh.min.js"></script>
<script type="text/javascript">RegisterSod("sp.ribbon.js", "/_layouts/15/sp.ribbon.js?rev=1F9S");</script></body></html>`;
const nswHealth: TestPage = {
  html: nswHtml,
  name: 'heldout199-nsw-health-fact-sheet',
  kind: 'docs',
  // the "Key points" box is part of the fact sheet: its heading is a heading and its items body; "Page Updated" with its date
  // is a byline; the "Fact sheet" label, share and print tools, "Contact page owner", the left nav and footer are furniture
  title: nswTitle,
  headings: ['Key points', nswH1, nswH2, nswH3, nswH4],
  body: texts([...nswKey, ...nswP1, ...nswP2, ...nswL2, ...nswP2b, ...nswP3, ...nswL3, ...nswP4]),
  bylines: ['Page Updated: Tuesday 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search NSW Health', 'Search', ...nswNav, ...nswCrumbs.slice(0, 2), 'In this section', ...nswSide.slice(1), 'Fact sheet', ...nswShare,
    'Contact page owner: Environmental Health', nswAck, ...nswFoot, 'Copyright © 2025 NSW Health',
  ],
};

export const HELDOUT199_E: readonly TestPage[] = [nswHealth, ontarioNews];
